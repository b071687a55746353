"""The retry loop of the policy transports: exact waits, request counts, replay and logging, sync and async."""

from __future__ import annotations

import asyncio
import email.utils
import io
import logging
import random
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from jobo_ext import (
    APIConnectionError,
    APITimeoutError,
    CursorRestartRequiredError,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    ServiceUnavailableError,
)
from jobo_ext._context import call_options
from jobo_ext._transport import AsyncPolicyTransport
from tests.policy_harness import (
    API_KEY,
    BASE_URL,
    MODES,
    FakeTime,
    FixedRandom,
    Mode,
    Script,
    bodies,
    call,
    status,
)

# (method, path, body) for an idempotent GET and an idempotent (read-only) POST.
IDEMPOTENT_CALLS = [
    ("GET", "/api/jobs/123", None),
    ("POST", "/api/jobs/search", {"queries": ["rust"], "page_size": 25}),
]
CREATE_PROFILE = ("POST", "/api/auto-apply/profiles", {"name": "Default Profile"})


def _kwargs(body: dict[str, Any] | None) -> dict[str, Any]:
    return {} if body is None else {"json": body}


# --- one test per row of the table: exact waits and request counts, sync and async, GET and POST ----


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("method", "path", "body"), IDEMPOTENT_CALLS)
@pytest.mark.parametrize("code", [500, 502, 504, 520])
def test_5xx_waits_1_2_4_8_then_raises_after_five_requests(
    mode: Mode, method: str, path: str, body: dict[str, Any] | None, code: int
) -> None:
    time, script = FakeTime(), Script([status(code)])
    with pytest.raises(ServerError) as caught:
        call(mode, script.transport(), method, path, policy=time.policy(), **_kwargs(body))
    assert time.sleeps == [1.0, 2.0, 4.0, 8.0]
    assert len(script.requests) == 5
    assert caught.value.attempts == 5
    assert caught.value.status_code == code


@pytest.mark.parametrize("mode", MODES)
def test_5xx_jitter_adds_at_most_ten_percent(mode: Mode) -> None:
    time, script = FakeTime(), Script([status(500)])
    with pytest.raises(InternalServerError):
        call(mode, script.transport(), policy=time.policy(rng=FixedRandom(1.0)))
    assert time.sleeps == pytest.approx([1.1, 2.2, 4.4, 8.8])
    time, script = FakeTime(), Script([status(500)])
    with pytest.raises(InternalServerError):
        call(mode, script.transport(), policy=time.policy(rng=random.Random(2024)))
    for got, base in zip(time.sleeps, [1.0, 2.0, 4.0, 8.0], strict=True):
        assert base <= got <= base * 1.1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("method", "path", "body"), [*IDEMPOTENT_CALLS, CREATE_PROFILE])
def test_503_without_hint_waits_30_to_60_seconds_five_times(
    mode: Mode, method: str, path: str, body: dict[str, Any] | None
) -> None:
    time, script = FakeTime(), Script([status(503)])
    with pytest.raises(ServiceUnavailableError) as caught:
        call(
            mode, script.transport(), method, path, policy=time.policy(rng=FixedRandom(0.5)), **_kwargs(body)
        )
    assert time.sleeps == [45.0] * 5
    assert len(script.requests) == 6
    assert caught.value.attempts == 6


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("method", "path", "body"), [*IDEMPOTENT_CALLS, CREATE_PROFILE])
def test_503_with_retry_after_waits_it_literally(
    mode: Mode, method: str, path: str, body: dict[str, Any] | None
) -> None:
    time, script = FakeTime(), Script([status(503, headers={"Retry-After": "5"}), status(200)])
    response = call(mode, script.transport(), method, path, policy=time.policy(), **_kwargs(body))
    assert response.status_code == 200
    assert time.sleeps == [5.0]
    assert len(script.requests) == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("method", "path", "body"), [*IDEMPOTENT_CALLS, CREATE_PROFILE])
def test_429_waits_retry_after_then_backs_off_never_below_it(
    mode: Mode, method: str, path: str, body: dict[str, Any] | None
) -> None:
    time, script = FakeTime(), Script([status(429, headers={"Retry-After": "7"})])
    with pytest.raises(RateLimitError) as caught:
        call(mode, script.transport(), method, path, policy=time.policy(), **_kwargs(body))
    assert time.sleeps == [7.0, 7.0, 7.0, 8.0, 16.0]
    assert len(script.requests) == 6
    assert (caught.value.attempts, caught.value.retry_after) == (6, 7.0)


@pytest.mark.parametrize("mode", MODES)
def test_429_without_hint_backs_off_from_one_second(mode: Mode) -> None:
    time, script = FakeTime(), Script([status(429), status(429), status(200)])
    assert call(mode, script.transport(), policy=time.policy()).status_code == 200
    assert time.sleeps == [1.0, 2.0]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("method", "path", "body"), IDEMPOTENT_CALLS)
@pytest.mark.parametrize(
    ("failure", "error"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), APIConnectionError),
        (httpx.ReadError("[Errno 104] Connection reset by peer"), APIConnectionError),
        (httpx.RemoteProtocolError("Server disconnected without sending a response."), APIConnectionError),
        (httpx.ReadTimeout("timed out"), APITimeoutError),
        (httpx.ConnectTimeout("timed out"), APITimeoutError),
    ],
)
def test_connection_failures_wait_like_500_for_idempotent_operations(
    mode: Mode,
    method: str,
    path: str,
    body: dict[str, Any] | None,
    failure: Exception,
    error: type[APIConnectionError],
) -> None:
    time, script = FakeTime(), Script([failure])
    with pytest.raises(error) as caught:
        call(mode, script.transport(), method, path, policy=time.policy(), **_kwargs(body))
    assert time.sleeps == [1.0, 2.0, 4.0, 8.0]
    assert len(script.requests) == 5
    assert caught.value.attempts == 5
    assert caught.value.__cause__ is failure
    assert type(caught.value) is error


# --- non-idempotent operations ----------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "step", [status(500), status(502), httpx.ReadError("reset"), httpx.ReadTimeout("slow")], ids=repr
)
def test_non_idempotent_post_is_sent_once_after_5xx_or_failure_after_sending(mode: Mode, step: Any) -> None:
    time, script = FakeTime(), Script([step, status(201)])
    method, path, body = CREATE_PROFILE
    with pytest.raises((ServerError, APIConnectionError)) as caught:
        call(mode, script.transport(), method, path, policy=time.policy(), json=body)
    assert len(script.requests) == 1
    assert time.sleeps == []
    assert isinstance(caught.value, ServerError | APIConnectionError) and caught.value.attempts == 1


@pytest.mark.parametrize("mode", MODES)
def test_non_idempotent_post_is_retried_when_the_request_never_left(mode: Mode) -> None:
    time, script = FakeTime(), Script([httpx.ConnectError("refused"), status(201)])
    method, path, body = CREATE_PROFILE
    assert call(mode, script.transport(), method, path, policy=time.policy(), json=body).status_code == 201
    assert time.sleeps == [1.0]


@pytest.mark.parametrize("mode", MODES)
def test_non_idempotent_post_is_retried_on_500_when_opted_in(mode: Mode) -> None:
    time, script = FakeTime(), Script([status(500), status(500), status(201)])
    method, path, body = CREATE_PROFILE
    policy = time.policy(retry_non_idempotent=True)
    assert call(mode, script.transport(), method, path, policy=policy, json=body).status_code == 201
    assert time.sleeps == [1.0, 2.0]
    assert len(script.requests) == 3


@pytest.mark.parametrize("mode", MODES)
def test_unknown_post_route_is_treated_as_non_idempotent(mode: Mode) -> None:
    time, script = FakeTime(), Script([status(500), status(200)])
    with pytest.raises(InternalServerError):
        call(mode, script.transport(), "POST", "/api/brand-new/thing", policy=time.policy(), json={})
    assert len(script.requests) == 1
    time, script = FakeTime(), Script([status(500), status(200)])
    assert (
        call(mode, script.transport(), "GET", "/api/brand-new/thing", policy=time.policy()).status_code == 200
    )


# --- codes that mean "do not retry" -----------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_auto_apply_gate_503_is_not_retried(mode: Mode) -> None:
    gate = httpx.Response(
        503,
        json={
            "title": "Service Unavailable",
            "status": 503,
            "code": "auto_apply_coming_soon",
            "detail": "Not yet.",
        },
        headers={"Content-Type": "application/problem+json", "Retry-After": "1"},
    )
    time, script = FakeTime(), Script([gate, status(200)])
    with pytest.raises(ServiceUnavailableError) as caught:
        call(
            mode,
            script.transport(),
            "POST",
            "/api/auto-apply/sessions/abc/answers",
            policy=time.policy(),
            json={},
        )
    assert (len(script.requests), time.sleeps, caught.value.retryable) == (1, [], False)


@pytest.mark.parametrize("mode", MODES)
def test_feed_cursor_restart_409_is_not_retried(mode: Mode) -> None:
    conflict = httpx.Response(409, json={"code": "feed_cursor_restart_required", "detail": "Cursor expired."})
    time, script = FakeTime(), Script([conflict, status(200)])
    with pytest.raises(CursorRestartRequiredError):
        call(mode, script.transport(), "POST", "/api/jobs/feed", policy=time.policy(), json={"cursor": "c"})
    assert (len(script.requests), time.sleeps) == (1, [])


# --- Retry-After forms -------------------------------------------------------------------------------


def _http_date(offset: float) -> str:
    return email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=offset), usegmt=True)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("headers", "body", "expected"),
    [
        ({"Retry-After": "3"}, {}, 3.0),
        ({"Retry-After": "2.5"}, {}, 2.5),
        ({"Retry-After": "0"}, {}, 0.0),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, {}, 0.0),  # HTTP-date in the past
        ({"Retry-After": "-5"}, {}, 1.0),  # negative: ignored, backoff from 1 s
        ({"Retry-After": "soon"}, {}, 1.0),  # garbage: ignored
        ({"Retry-After": "nan"}, {}, 1.0),
        ({}, {"retry_after": 4}, 4.0),  # body-only hint, documented shape
        ({}, {"retry_after_seconds": 6}, 6.0),  # body-only hint, problem shape
        ({"Retry-After": "2"}, {"retry_after": 60}, 2.0),  # header beats body
        ({"Retry-After": "garbage"}, {"retry_after": 9}, 9.0),  # unusable header: body next
    ],
)
def test_retry_after_forms_on_429(
    mode: Mode, headers: dict[str, str], body: dict[str, Any], expected: float
) -> None:
    time, script = FakeTime(), Script([status(429, headers=headers, **body), status(200)])
    assert call(mode, script.transport(), policy=time.policy()).status_code == 200
    assert time.sleeps == [expected]


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_as_future_http_date(mode: Mode) -> None:
    time, script = FakeTime(), Script([status(429, headers={"Retry-After": _http_date(30)}), status(200)])
    assert call(mode, script.transport(), policy=time.policy()).status_code == 200
    [slept] = time.sleeps
    assert 28.0 < slept <= 30.0  # whole-second resolution, and a little time passes


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", ["3600", "1000000000", "9" * 400, "Fri, 01 Jan 2100 00:00:00 GMT"])
@pytest.mark.parametrize("code", [429, 503])
def test_huge_retry_after_raises_at_once_with_retry_after_set(mode: Mode, value: str, code: int) -> None:
    time, script = FakeTime(), Script([status(code, headers={"Retry-After": value}), status(200)])
    with pytest.raises((RateLimitError, ServiceUnavailableError)) as caught:
        call(mode, script.transport(), policy=time.policy())
    assert (len(script.requests), time.sleeps, caught.value.attempts) == (1, [], 1)
    assert caught.value.retry_after is not None and caught.value.retry_after > 120


# --- storms and the time budget ---------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_429_storm_stops_after_configured_retries(mode: Mode) -> None:
    time, script = FakeTime(), Script([status(429, headers={"Retry-After": "1"})])
    with pytest.raises(RateLimitError) as caught:
        call(mode, script.transport(), policy=time.policy())
    assert time.sleeps == [1.0, 2.0, 4.0, 8.0, 16.0]
    assert len(script.requests) == caught.value.attempts == 6

    time, script = FakeTime(), Script([status(429, headers={"Retry-After": "1"})])
    with pytest.raises(RateLimitError):
        call(mode, script.transport(), policy=time.policy(rate_limit_retries=2))
    assert time.sleeps == [1.0, 2.0]
    assert len(script.requests) == 3


@pytest.mark.parametrize("mode", MODES)
def test_429_storm_with_max_elapsed_stops_earlier(mode: Mode) -> None:
    time, script = FakeTime(), Script([status(429, headers={"Retry-After": "1"})])
    with pytest.raises(RateLimitError) as caught:
        call(mode, script.transport(), policy=time.policy(max_elapsed=10.0))
    assert time.sleeps == [1.0, 2.0, 4.0]  # 7 s slept; the next 8 s wait would end at 15 s > 10 s
    assert len(script.requests) == caught.value.attempts == 4


@pytest.mark.parametrize("mode", MODES)
def test_each_kind_of_failure_has_its_own_counter(mode: Mode) -> None:
    time = FakeTime()
    script = Script([status(503), status(500), status(429), status(500), httpx.ReadError("x"), status(200)])
    assert call(mode, script.transport(), policy=time.policy()).status_code == 200
    assert time.sleeps == [30.0, 1.0, 1.0, 2.0, 1.0]


@pytest.mark.parametrize("mode", MODES)
def test_disabled_policy_sends_one_request(mode: Mode) -> None:
    script = Script([status(503), status(200)])
    with pytest.raises(ServiceUnavailableError) as caught:
        call(mode, script.transport(), policy=RetryPolicy.disabled())
    assert (len(script.requests), caught.value.attempts) == (1, 1)


@pytest.mark.parametrize("mode", MODES)
def test_per_call_policy_from_context_overrides_the_clients(mode: Mode) -> None:
    time, script = FakeTime(), Script([status(500), status(200)])
    with call_options(retry_policy=RetryPolicy.disabled()), pytest.raises(InternalServerError):
        call(mode, script.transport(), policy=time.policy())
    assert len(script.requests) == 1
    assert call(mode, script.transport(), policy=time.policy()).status_code == 200  # outside: client policy


# --- replay, closing, streaming bodies ----------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_request_body_is_replayed_byte_for_byte(mode: Mode) -> None:
    payload = {"queries": ["rust", "go"], "location": {"city": "Zürich"}, "page_size": 25}
    time, script = FakeTime(), Script([status(500), status(503), status(429), status(200)])
    call(mode, script.transport(), "POST", "/api/jobs/search", policy=time.policy(), json=payload)
    sent = bodies(script.requests)
    assert len(sent) == 4 and len(set(sent)) == 1
    assert sent[0] == httpx.Request("POST", BASE_URL, json=payload).content
    lengths = {r.headers["content-length"] for r in script.requests}
    assert lengths == {str(len(sent[0]))}


@pytest.mark.parametrize("mode", MODES)
def test_multipart_upload_is_replayed_identically(mode: Mode) -> None:
    time, script = FakeTime(), Script([status(503), status(201)])
    files = {"file": ("resume.txt", b"Ada Lovelace\nAnalyst\n", "text/plain")}
    response = call(
        mode, script.transport(), "POST", "/api/auto-apply/profiles/import", policy=time.policy(), files=files
    )
    assert response.status_code == 201
    first, second = bodies(script.requests)
    assert first == second and b"Ada Lovelace" in first


class _Pipe(io.RawIOBase):
    """A readable, non-seekable file: a multipart body over it cannot be sent twice."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


@pytest.mark.parametrize("mode", MODES)
def test_multipart_upload_from_a_pipe_is_sent_once(mode: Mode) -> None:
    time, script = FakeTime(), Script([status(503), status(201)])
    files = {"file": ("resume.txt", _Pipe(b"Ada Lovelace\n"), "text/plain")}
    with pytest.raises(ServiceUnavailableError) as info:
        call(
            mode,
            script.transport(),
            "POST",
            "/api/auto-apply/profiles/import",
            policy=time.policy(),
            files=files,
        )
    assert info.value.attempts == 1 and len(script.requests) == 1


class _ClosingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, content: bytes, log: list[str]) -> None:
        self.content, self.log = content, log

    def __iter__(self) -> Iterator[bytes]:
        yield self.content

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.content

    def close(self) -> None:
        self.log.append("closed")

    async def aclose(self) -> None:
        self.log.append("closed")


@pytest.mark.parametrize("mode", MODES)
def test_failed_response_is_closed_before_the_next_attempt(mode: Mode) -> None:
    log: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        log.append("request")
        if log.count("request") == 1:
            return httpx.Response(500, stream=_ClosingStream(b'{"message": "boom"}', log))
        return httpx.Response(200, json={})

    time = FakeTime()
    call(mode, httpx.MockTransport(handler), policy=time.policy())
    assert log[:3] == ["request", "closed", "request"]


@pytest.mark.parametrize("mode", MODES)
def test_streaming_request_body_is_not_retried(mode: Mode) -> None:
    time, script = FakeTime(), Script([status(500), status(200)])

    def chunks() -> Iterator[bytes]:
        yield b'{"queries": '
        yield b'["rust"]}'

    async def achunks() -> AsyncIterator[bytes]:
        for chunk in chunks():
            yield chunk

    content: Any = chunks() if mode == "sync" else achunks()
    with pytest.raises(InternalServerError) as caught:
        call(mode, script.transport(), "POST", "/api/jobs/search", policy=time.policy(), content=content)
    assert (len(script.requests), time.sleeps, caught.value.attempts) == (1, [], 1)
    assert script.requests[0].content == b'{"queries": ["rust"]}'


# --- observation and logging -----------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_on_response_sees_every_response_with_its_body(mode: Mode) -> None:
    seen: list[tuple[int, bytes]] = []
    time, script = FakeTime(), Script([status(429), status(500), status(200)])
    call(
        mode,
        script.transport(),
        policy=time.policy(),
        on_response=lambda r: seen.append((r.status_code, r.content)),
    )
    assert [code for code, _ in seen] == [429, 500, 200]
    assert all(content for _, content in seen)


@pytest.mark.parametrize("mode", MODES)
def test_each_retry_is_logged_at_info_without_the_key(mode: Mode, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    time = FakeTime()
    script = Script([status(503, headers={"Retry-After": "5"}), httpx.ReadError("reset"), status(200)])
    call(mode, script.transport(), "GET", "/api/jobs/123?q=private-query", policy=time.policy())
    records = [r for r in caplog.records if r.name == "jobo_ext"]
    assert [r.levelno for r in records] == [logging.INFO, logging.INFO]
    first, second = (r.getMessage() for r in records)
    assert first == "Retrying GET /api/jobs/123 after status 503 (retry 1, attempt 1); sleeping 5.000 s"
    assert (
        second == "Retrying GET /api/jobs/123 after ReadError: reset (retry 1, attempt 2); sleeping 1.000 s"
    )
    assert "private-query" not in first + second  # path only: queries can carry personal data
    assert API_KEY not in caplog.text  # httpx's own request log included
    assert all(r.headers["x-api-key"] == API_KEY for r in script.requests)  # ...although it was sent


# --- concurrency -------------------------------------------------------------------------------------


def test_fifty_concurrent_async_calls_each_meeting_one_503_all_succeed_with_independent_delays() -> None:
    seen: dict[str, int] = {}
    delays: list[float] = []
    sleeping = 0
    all_asleep = asyncio.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        key = request.url.path
        seen[key] = seen.get(key, 0) + 1
        return status(503) if seen[key] == 1 else httpx.Response(200, json={"path": key})

    async def fake_sleep(seconds: float) -> None:
        nonlocal sleeping
        delays.append(seconds)
        sleeping += 1
        if sleeping == 50:
            all_asleep.set()
        # Every call must be waiting at the same time: the retries do not serialise the calls.
        await asyncio.wait_for(all_asleep.wait(), timeout=10)

    policy = RetryPolicy(async_sleep=fake_sleep, random=random.Random(7))

    async def main() -> list[httpx.Response]:
        transport = AsyncPolicyTransport(
            httpx.MockTransport(handler), base_url=BASE_URL, api_key=API_KEY, retry_policy=policy
        )
        async with httpx.AsyncClient(base_url=BASE_URL, transport=transport) as client:
            return await asyncio.gather(*(client.get(f"/api/jobs/{n}") for n in range(50)))

    responses = asyncio.run(main())
    assert [r.status_code for r in responses] == [200] * 50
    assert [r.json()["path"] for r in responses] == [f"/api/jobs/{n}" for n in range(50)]
    assert sorted(seen.values()) == [2] * 50
    assert len(delays) == 50
    assert all(30.0 <= d <= 60.0 for d in delays)
    assert len(set(delays)) == 50  # one independent draw per call
