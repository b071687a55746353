"""Facade behaviour around the calls: input validation, timeouts, usage headers, resume import."""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

import jobo_ext
from jobo_ext import JoboError, RetryPolicy, _json
from tests.facade_helpers import KEY, Router, collect, json_response, make_client, run
from tests.spec_utils import load_fixture

JOB_ID = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"


def _everything_ok(request: httpx.Request) -> httpx.Response:
    return json_response({})


INVALID_CALLS = [
    ("page_size must be between 1 and 100 (got 0)", lambda c: c.jobs.search(page_size=0)),
    ("page_size must be between 1 and 100 (got 101)", lambda c: c.jobs.search(page_size=101)),
    ("page must be at least 1 (got 0)", lambda c: c.jobs.search(page=0)),
    ("page_size must be between 1 and 100 (got 500)", lambda c: c.jobs.search_advanced(page_size=500)),
    ("batch_size must be between 1 and 1000 (got 1001)", lambda c: c.feed.jobs(batch_size=1001)),
    ("batch_size must be between 1 and 1000 (got 0)", lambda c: c.feed.managed_jobs(batch_size=0)),
    ("batch_size must be between 1 and 10000 (got 10001)", lambda c: c.feed.expired(batch_size=10001)),
    ("location is required", lambda c: c.locations.geocode("  ")),
    ("id must be a UUID (got 'not-a-uuid')", lambda c: c.jobs.get("not-a-uuid")),
    ("id must be a UUID", lambda c: c.companies.get("123")),
    ("id must be a UUID", lambda c: c.auto_apply.profiles.get("nope")),
    ("facet must be one of", lambda c: c.filters.options("colours")),
    (
        "answers must contain at least one answer",
        lambda c: c.auto_apply.sessions.submit_answers(JOB_ID, answers=[]),
    ),
    ("do not pass sources beside it", lambda c: c.feed.jobs(cursor="abc", sources=["greenhouse"])),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("message", "call"), INVALID_CALLS, ids=[m for m, _ in INVALID_CALLS])
def test_bad_input_is_refused_before_any_request(mode: str, message: str, call: Any) -> None:
    router = Router()
    client = make_client(mode, router)
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        result = call(client)
        run(result) if not hasattr(result, "__aiter__") else collect(result)
    assert router.requests == []


def _timeouts(router: Router) -> list[dict[str, float | None]]:
    return [r.extensions["timeout"] for r in router.requests]


def test_default_timeout_is_30s_and_feeds_read_for_120s() -> None:
    feed = {"jobs": [], "has_more": False, "next_cursor": None}
    router = Router(
        {
            ("GET", f"/api/jobs/{JOB_ID}"): lambda r: json_response(load_fixture("job.json")),
            ("POST", "/api/jobs/feed"): lambda r: json_response(feed),
        }
    )
    client = make_client("sync", router)
    client.jobs.get(JOB_ID)
    client.feed.jobs()
    plain, feed_timeout = _timeouts(router)
    assert plain == {"connect": 30.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    assert feed_timeout["read"] == 120.0 and feed_timeout["connect"] == 30.0


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_with_options_overrides_timeout_and_retries_per_call(mode: str) -> None:
    attempts = 0

    def flaky(request: httpx.Request) -> httpx.Response:
        nonlocal attempts
        attempts += 1
        return httpx.Response(500, json={"status": 500, "error": "Internal Server Error", "message": "x"})

    router = Router({("GET", f"/api/jobs/{JOB_ID}"): flaky})
    client = make_client(mode, router)
    quick = client.with_options(timeout=5, retry_policy=RetryPolicy.disabled())
    with pytest.raises(jobo_ext.InternalServerError):
        run(quick.jobs.get(JOB_ID))
    assert attempts == 1
    assert _timeouts(router)[0] == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    attempts = 0
    with pytest.raises(jobo_ext.InternalServerError):
        run(client.jobs.get(JOB_ID))  # the original client keeps its policy: 1 + 4 retries
    assert attempts == 5
    assert quick.usage is client.usage


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_usage_accumulates_credit_and_rate_limit_headers(mode: str) -> None:
    headers = load_fixture("response-headers.json")["search_200"] | {"X-Request-Id": "req-1"}
    router = Router(
        {("GET", "/api/jobs"): lambda r: json_response(load_fixture("search-response.json"), headers=headers)}
    )
    client = make_client(mode, router)
    with jobo_ext.capture() as calls:
        run(client.jobs.search(q="a"))
        run(client.jobs.search(q="b"))
    usage = client.usage.snapshot()
    assert usage.requests == 2 and usage.credits_deducted == 150.0 and usage.credits_balance == 4200.0
    assert usage.rate_limit == jobo_ext.RateLimit(limit=360, remaining=59, reset=1709510400)
    assert usage.last_request_id == "req-1"
    assert [c.credits_deducted for c in calls] == [75.0, 75.0]
    assert calls[0].path == "/api/jobs" and calls[0].headers["x-total-count"] == "812"


def test_errors_count_in_usage_too() -> None:
    router = Router(
        {
            ("POST", "/api/jobs/search"): lambda r: json_response(
                load_fixture("error-402.json"), 402, load_fixture("response-headers.json")["error_402"]
            )
        }
    )
    client = make_client("sync", router)
    with pytest.raises(jobo_ext.InsufficientCreditsError) as info:
        client.jobs.search_advanced(queries=["x"])
    assert info.value.credits_required == 10 and info.value.credits_balance == 3
    assert client.usage.credits_balance == 3.0 and client.usage.requests == 1


def test_the_key_is_in_no_repr_of_the_facade() -> None:
    client = make_client("sync", Router())
    for obj in (client, client.jobs, client.with_options(timeout=1), client.generated, client.usage):
        assert KEY not in repr(obj)


class ImportServer:
    """Answers the import with ``importing``; the profile is ready after ``polls`` reads."""

    def __init__(self, polls: int) -> None:
        self.polls = polls
        self.profile_id = str(uuid.UUID(int=7))
        self.uploaded = b""

    def routes(self) -> dict[tuple[str, str], Any]:
        return {
            ("POST", "/api/auto-apply/profiles/import"): self.upload,
            ("GET", f"/api/auto-apply/profiles/{self.profile_id}"): self.read,
        }

    def upload(self, request: httpx.Request) -> httpx.Response:
        self.uploaded = request.content
        return json_response({"profile_id": self.profile_id, "status": "importing"}, 202, {"Location": "/x"})

    def read(self, request: httpx.Request) -> httpx.Response:
        self.polls -= 1
        status = "ready" if self.polls <= 0 else "importing"
        return json_response({"id": self.profile_id, "status": status, "name": "Imported"})


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_import_resume_streams_the_file_and_polls_until_ready(mode: str, tmp_path: Path) -> None:
    resume = tmp_path / "ada.pdf"
    resume.write_bytes(b"%PDF-1.4 resume")
    server = ImportServer(polls=3)
    fake = FakeTime()
    policy = RetryPolicy(sleep=fake.sleep, async_sleep=fake.async_sleep, clock=fake.clock)
    client = make_client(mode, Router(server.routes()), retry_policy=policy)
    profile = run(client.auto_apply.profiles.import_resume(resume, poll_interval=2.0))
    assert profile.status == "ready"
    assert fake.sleeps == [2.0, 2.0]
    assert b'filename="ada.pdf"' in server.uploaded and b"%PDF-1.4 resume" in server.uploaded


def test_import_resume_gives_up_after_wait_timeout(tmp_path: Path) -> None:
    resume = tmp_path / "cv.md"
    resume.write_text("# Ada")
    fake = FakeTime()
    policy = RetryPolicy(sleep=fake.sleep, clock=fake.clock)
    client = make_client("sync", Router(ImportServer(polls=10**6).routes()), retry_policy=policy)
    with pytest.raises(JoboError, match="still importing after 5 s"):
        client.auto_apply.profiles.import_resume(resume, wait_timeout=5, poll_interval=2)
    assert sum(fake.sleeps) <= 5


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("cv.exe", b"x", "file must be one of .pdf, .docx, .txt, .rtf, .md"),
        ("cv.pdf", b"", "file must not be empty"),
        ("cv.pdf", b"x" * (10 * 1024 * 1024 + 1), "file must be at most 10 MB"),
    ],
)
def test_import_resume_checks_extension_and_size_before_sending(
    name: str, content: bytes, message: str, tmp_path: Path
) -> None:
    router = Router()
    client = make_client("sync", router)
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValueError, match=message):
        client.auto_apply.profiles.import_resume(path)
    stream = io.BytesIO(content)
    stream.name = name
    with pytest.raises(ValueError, match=message):
        client.auto_apply.profiles.import_resume(stream)
    assert router.requests == []


def test_import_resume_leaves_a_caller_file_open(tmp_path: Path) -> None:
    server = ImportServer(polls=1)
    client = make_client("sync", Router(server.routes()))
    with (tmp_path / "cv.txt").open("wb+") as fh:
        fh.write(b"Ada Lovelace")
        fh.seek(0)
        client.auto_apply.profiles.import_resume(fh, wait=False)
        assert not fh.closed
    assert json.dumps(server.uploaded.decode()).count("Ada Lovelace") == 1


def test_a_json_body_is_decoded_once_per_response(monkeypatch: pytest.MonkeyPatch) -> None:
    body = json.dumps(load_fixture("job.json")).encode()
    headers = {"Content-Type": "application/json"}
    router = Router(
        {("GET", f"/api/jobs/{JOB_ID}"): lambda r: httpx.Response(200, content=body, headers=headers)}
    )
    client = make_client("sync", router)
    decodes = 0
    inside = False  # a json.loads inside jobo_ext._json.loads is that same decode
    real_loads, real_fast = json.loads, _json.loads

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal decodes
        decodes += not inside
        return real_loads(*args, **kwargs)

    def counting_fast(content: bytes) -> object:
        # The transport's decoder (orjson when the speed extra is installed, else json.loads).
        nonlocal decodes, inside
        decodes += 1
        inside = True
        try:
            return real_fast(content)
        finally:
            inside = False

    monkeypatch.setattr(json, "loads", counting)
    monkeypatch.setattr(_json, "loads", counting_fast)
    assert client.jobs.get(JOB_ID).title == "Senior Software Engineer"
    assert decodes == 1


class ChunkTrackingFile(io.BytesIO):
    """A seekable resume that records how much each read asks for."""

    name = "resume.pdf"

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reads: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        self.reads.append(-1 if size is None else size)
        return super().read(size)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_import_resume_streams_in_chunks_and_replays_after_a_503(mode: str) -> None:
    server = ImportServer(polls=1)
    bodies: list[bytes] = []

    def upload(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        if len(bodies) == 1:
            return httpx.Response(
                503, headers={"Retry-After": "0"}, json={"status": 503, "error": "Service Unavailable"}
            )
        return server.upload(request)

    routes = server.routes() | {("POST", "/api/auto-apply/profiles/import"): upload}
    client = make_client(mode, Router(routes))
    resume = ChunkTrackingFile(b"%PDF" + b"x" * 300_000)
    profile = run(client.auto_apply.profiles.import_resume(resume, wait=False))
    assert str(profile.id) == server.profile_id
    assert len(bodies) == 2 and bodies[0] == bodies[1]  # replayed byte for byte after the 503
    assert resume.reads and all(0 < size <= 64 * 1024 for size in resume.reads)  # never read whole
