"""The full client (facade, retries, errors) against MockJoboServer over real sockets, sync and async."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from jobo_client.models.job_feed_response import JobFeedResponse

import jobo_ext
from jobo_ext import AsyncJoboClient, JoboClient, RetryPolicy
from jobo_ext.testing import MockJoboServer
from tests.facade_helpers import collect, run

MODES = ["sync", "async"]


class Waits:
    """Injected sleeps: record the delays, never wait."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    def policy(self, **kwargs: Any) -> RetryPolicy:
        return RetryPolicy(sleep=self.sleep, async_sleep=self.async_sleep, **kwargs)


@pytest.fixture(scope="module")
def server() -> Iterator[MockJoboServer]:
    with MockJoboServer(jobs=2_500, seed=11) as mock:
        yield mock


@pytest.fixture(autouse=True)
def clean(server: MockJoboServer) -> Iterator[None]:
    server.reset()
    server.auto_apply_gate = False
    yield
    server.reset()


def client_for(mode: str, server: MockJoboServer, waits: Waits | None = None, **kwargs: Any) -> Any:
    cls = JoboClient if mode == "sync" else AsyncJoboClient
    policy = (waits or Waits()).policy()
    return cls(api_key=server.api_key, base_url=server.url, retry_policy=policy, **kwargs)


@pytest.mark.parametrize("mode", MODES)
def test_every_operation_over_real_sockets(mode: str, server: MockJoboServer, tmp_path: Any) -> None:
    jobo = client_for(mode, server)
    page = run(jobo.jobs.search(q="engineer", page_size=3))
    assert page.total > 0 and len(page.jobs) == 3
    advanced = run(jobo.jobs.search_advanced(queries=["engineer"], work_models=["remote"], page_size=2))
    assert all(j.workplace_type == "Remote" for j in advanced.jobs)
    job = run(jobo.jobs.get(page.jobs[0].id))
    assert job.id == page.jobs[0].id
    assert len(run(jobo.feed.jobs(batch_size=5)).jobs) == 5
    assert run(jobo.feed.managed_jobs(batch_size=5)).jobs is not None
    assert run(jobo.feed.expired()).job_ids is not None
    assert run(jobo.career_sites.feed()).has_more in (True, False)
    assert job.company is not None
    assert run(jobo.companies.get(job.company.id)).id == job.company.id
    assert run(jobo.companies.jobs(job.company.id, page_size=2)).jobs is not None
    assert run(jobo.locations.geocode("Berlin")).succeeded
    assert run(jobo.locations.suggest("Ber")).suggestions
    assert run(jobo.filters.get()).sources
    assert run(jobo.filters.options("sources", limit=3)).options
    profile = run(jobo.auto_apply.profiles.create(name="Default"))
    assert run(jobo.auto_apply.profiles.get(profile.id)).name == "Default"
    assert any(p.id == profile.id for p in run(jobo.auto_apply.profiles.list()))
    resume = tmp_path / "cv.md"
    resume.write_text("# Ada Lovelace\n")
    imported = run(jobo.auto_apply.profiles.import_resume(resume, poll_interval=0.01))
    assert imported.status != "importing"
    operations = {(r.method, r.path) for r in server.requests}
    assert len(operations) >= 17


def test_the_public_company_profile_works_without_a_key(server: MockJoboServer) -> None:
    company_id = server.dataset.company_ids()[0]
    with JoboClient(api_key=None, base_url=server.url) as anonymous:
        assert str(anonymous.companies.get(company_id).id) == company_id
        with pytest.raises(jobo_ext.MissingAPIKeyError):
            anonymous.companies.jobs(company_id)
    assert "x-api-key" not in {k.lower() for k in server.requests.last.headers}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("fault", "error", "attempts"),
    [
        ({"status": 400}, jobo_ext.BadRequestError, 1),
        ({"status": 403}, jobo_ext.PermissionDeniedError, 1),
        ({"status": 500, "times": None}, jobo_ext.InternalServerError, 5),
        ({"kind": "html_502", "times": None}, jobo_ext.ServerError, 5),
        ({"kind": "unknown_520", "times": None}, jobo_ext.ServerError, 5),
        ({"kind": "drop", "times": None}, jobo_ext.APIConnectionError, 5),
        ({"kind": "truncated_json", "times": None}, jobo_ext.APIResponseError, 5),  # retried as a 500
        ({"status": 429, "retry_after": 3600}, jobo_ext.RateLimitError, 1),
    ],
)
def test_each_fault_becomes_its_typed_error(
    mode: str, server: MockJoboServer, fault: dict[str, Any], error: type[Exception], attempts: int
) -> None:
    server.faults.add(path="/api/jobs", **fault)
    with pytest.raises(error) as info:
        run(client_for(mode, server).jobs.search(q="x"))
    if isinstance(info.value, jobo_ext.APIStatusError | jobo_ext.APIConnectionError):
        assert info.value.attempts == attempts
    assert len(server.requests.to("/api/jobs")) == attempts
    assert server.api_key not in str(info.value) and server.api_key not in repr(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_transient_faults_are_retried_to_success(mode: str, server: MockJoboServer) -> None:
    waits = Waits()
    server.faults.add(path="/api/jobs/feed", status=503, times=2, retry_after=5)
    server.faults.add(path="/api/jobs/feed", status=429, times=1, retry_after=2)
    server.faults.add(path="/api/jobs/feed", kind="drop", times=1)
    server.faults.add(path="/api/jobs/feed", status=500, times=1)
    batch = run(client_for(mode, server, waits).feed.jobs(batch_size=10))
    assert len(batch.jobs) == 10
    assert waits.delays[:3] == [5.0, 5.0, 2.0]
    assert 1.0 <= waits.delays[3] <= 1.1  # the dropped connection: like a 500, first retry
    assert len(waits.delays) == 5 and len(server.requests.to("/api/jobs/feed")) == 6


@pytest.mark.parametrize("mode", MODES)
def test_auto_apply_gate_raises_at_once(mode: str, server: MockJoboServer) -> None:
    server.auto_apply_gate = True
    waits = Waits()
    with pytest.raises(jobo_ext.ServiceUnavailableError) as info:
        run(client_for(mode, server, waits).auto_apply.profiles.create(name="x"))
    assert info.value.code == "auto_apply_coming_soon" and info.value.attempts == 1 and waits.delays == []


@pytest.mark.parametrize("mode", MODES)
def test_non_idempotent_create_is_not_replayed_after_a_500(mode: str, server: MockJoboServer) -> None:
    server.faults.add(path="/api/auto-apply/profiles", method="POST", status=500, times=None)
    with pytest.raises(jobo_ext.InternalServerError) as info:
        run(client_for(mode, server).auto_apply.profiles.create(name="x"))
    assert info.value.attempts == 1


@pytest.mark.parametrize("mode", MODES)
def test_pagination_across_many_pages(mode: str, server: MockJoboServer) -> None:
    jobo = client_for(mode, server)
    ids = [j.id for j in collect(jobo.feed.iter_jobs(batch_size=100))]
    assert len(ids) == len(set(ids)) == len(server.dataset)
    assert len(server.requests.to("/api/jobs/feed")) == 25
    searched = collect(jobo.jobs.iter_search(q="engineer", page_size=100))
    first = run(jobo.jobs.search(q="engineer", page_size=100))
    assert len(searched) == first.total


@pytest.mark.parametrize("mode", MODES)
def test_backfill_interrupted_by_a_dropped_connection_resumes_from_the_saved_cursor(
    mode: str, server: MockJoboServer
) -> None:
    delivered: list[uuid.UUID] = []
    saved: str | None = None

    def store(batch: JobFeedResponse) -> None:
        nonlocal saved
        delivered.extend(job.id for job in batch.jobs)  # a real store upserts, then saves the cursor
        saved = batch.next_cursor if isinstance(batch.next_cursor, str) else None

    server.faults.add(path="/api/jobs/feed", kind="drop", times=None, after=3)
    jobo = client_for(mode, server)
    with pytest.raises(jobo_ext.APIConnectionError):
        _consume(jobo.feed.iter_pages(batch_size=200), store)
    assert len(delivered) == 600 and saved is not None
    server.faults.clear()
    _consume(jobo.feed.iter_pages(cursor=saved), store)
    assert len(delivered) == len(set(delivered)) == len(server.dataset)  # no gap, no duplicate


def _consume(pages: Any, store: Any) -> None:
    """Store each page as it arrives (so pages before a failure are kept), sync or async."""
    if not hasattr(pages, "__aiter__"):
        for page in pages:
            store(page)
        return

    async def drain() -> None:
        async for page in pages:
            store(page)

    run(drain())
