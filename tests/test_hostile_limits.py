"""Bounded work whatever the server sends: body size limits, gzip bombs, unusable 2xx bodies, closed
responses before retries, and a caller's timeout on the feeds (issue 13, items 6, 11 and 14)."""

from __future__ import annotations

import json
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

import jobo_ext
from jobo_ext import APIResponseError, ConfigurationError, InternalServerError, ResponseTooLargeError
from jobo_ext._body import DECODE_STEP, ERROR_BODY_LIMIT, BodyReader
from jobo_ext._context import call_options
from tests.facade_helpers import Router, make_client, run
from tests.policy_harness import MODES, FakeTime, Mode, Script, call, dumps, error_body, status

MiB = 1024 * 1024
JOB = "3f1c2b9e-8a4d-4c6e-9b1a-2d3e4f5a6b7c"
CREATE_PROFILE = ("POST", "/api/auto-apply/profiles")


def gzip_bomb(decoded_mib: int, *, wbits: int = zlib.MAX_WBITS | 16) -> bytes:
    """``decoded_mib`` MiB of zeros, gzip-compressed (about 1 KiB per MiB), built without holding them."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    zeros = bytes(MiB)
    parts = [compressor.compress(zeros) for _ in range(decoded_mib)]
    return b"".join(parts) + compressor.flush()


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A streamed body in fixed-size chunks that records how much was pulled and whether it was closed."""

    def __init__(self, data: bytes, chunk: int = 64 * 1024) -> None:
        self.data = data
        self.chunk = chunk
        self.pulled = 0
        self.closed = False

    def _pieces(self) -> Iterator[bytes]:
        for start in range(0, len(self.data), self.chunk):
            piece = self.data[start : start + self.chunk]
            self.pulled += len(piece)
            yield piece

    def __iter__(self) -> Iterator[bytes]:
        yield from self._pieces()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self._pieces():
            yield piece

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def responder(
    code: int, data: bytes, headers: dict[str, str] | None = None, streams: list[Chunks] | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    """A handler answering each request with a fresh streamed body (recorded in ``streams``)."""

    def handle(request: httpx.Request) -> httpx.Response:
        stream = Chunks(data)
        if streams is not None:
            streams.append(stream)
        return httpx.Response(code, headers=headers, stream=stream)

    return handle


def peak_of(action: Callable[[], object]) -> int:
    """Peak traced memory (bytes) while running ``action``; its exception propagates after measuring."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        try:
            action()
        finally:
            _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak


# --- item 6: max_response_bytes and the gzip bomb -------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_gzip_bomb_stops_at_the_limit_within_bounded_memory(mode: Mode) -> None:
    bomb = gzip_bomb(64)  # 64 MiB of zeros in about 64 KiB
    assert len(bomb) < MiB
    time = FakeTime()
    script = Script([responder(200, bomb, {"Content-Type": "application/json", "Content-Encoding": "gzip"})])
    caught: list[ResponseTooLargeError] = []

    def go() -> None:
        try:
            call(mode, script.transport(), policy=time.policy(), max_response_bytes=MiB)
        except ResponseTooLargeError as exc:
            caught.append(exc)

    peak = peak_of(go)
    [error] = caught
    assert isinstance(error, APIResponseError)
    assert error.max_response_bytes == MiB and error.status_code == 200 and error.body == ""
    assert "max_response_bytes" in str(error)
    assert len(script.requests) == 1 and time.sleeps == []  # never retried
    # The limit, one decode step and the bomb itself, plus headroom for httpx and the event loop:
    # inflating the whole bomb (as httpx's read() does) would need 64 MiB.
    assert peak < MiB + DECODE_STEP + len(bomb) + 2 * MiB, peak


@pytest.mark.parametrize("mode", MODES)
def test_error_body_bomb_is_read_up_to_one_mib_on_each_attempt(mode: Mode) -> None:
    bomb = gzip_bomb(64)
    time = FakeTime()
    script = Script([responder(500, bomb, {"Content-Type": "text/plain", "Content-Encoding": "gzip"})])
    caught: list[InternalServerError] = []

    def go() -> None:
        try:
            call(mode, script.transport(), policy=time.policy())
        except InternalServerError as exc:
            caught.append(exc)

    peak = peak_of(go)
    [error] = caught
    assert len(script.requests) == 5 and time.sleeps == [1.0, 2.0, 4.0, 8.0]  # a 500 is still retried
    assert isinstance(error.body, str) and len(error.body) == ERROR_BODY_LIMIT
    # A few copies of the 1 MiB kept (bytes, text, the previous attempt's) but never the 64 MiB bomb.
    assert peak < 8 * ERROR_BODY_LIMIT, peak


@pytest.mark.parametrize("mode", MODES)
def test_plain_error_body_download_stops_after_one_mib_and_is_closed(mode: Mode) -> None:
    streams: list[Chunks] = []
    huge = b"x" * (8 * MiB)
    script = Script([responder(500, huge, {"Content-Type": "text/plain"}, streams), status(200)])
    assert call(mode, script.transport(), policy=FakeTime().policy()).status_code == 200
    [first] = streams
    assert first.pulled <= ERROR_BODY_LIMIT + first.chunk  # not the 8 MiB the server offered
    assert first.closed


@pytest.mark.parametrize("mode", MODES)
def test_a_body_of_exactly_the_limit_is_accepted(mode: Mode) -> None:
    body = dumps({"ok": True, "pad": "x" * 1000})
    ok = Script([responder(200, body, {"Content-Type": "application/json"})])
    response = call(mode, ok.transport(), max_response_bytes=len(body))
    assert response.json()["ok"] is True
    over = Script([responder(200, body, {"Content-Type": "application/json"})])
    with pytest.raises(ResponseTooLargeError):
        call(mode, over.transport(), max_response_bytes=len(body) - 1)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("encoding", "wbits"),
    [
        ("gzip", zlib.MAX_WBITS | 16),
        ("deflate", zlib.MAX_WBITS),  # zlib-wrapped, as RFC 9110 says
        ("deflate", -zlib.MAX_WBITS),  # raw deflate, as many servers send
    ],
)
def test_compressed_json_is_decoded_once(mode: Mode, encoding: str, wbits: int) -> None:
    payload = {"jobs": [{"id": str(n), "title": "é" * 50} for n in range(2000)]}
    compressor = zlib.compressobj(6, zlib.DEFLATED, wbits)
    raw = compressor.compress(dumps(payload)) + compressor.flush()
    headers = {"Content-Type": "application/json; charset=utf-8", "Content-Encoding": encoding}
    script = Script([responder(200, raw, headers)])
    response = call(mode, script.transport())
    assert response.json() == payload
    assert json.loads(response.content) == payload
    assert response.text == dumps(payload).decode()


@pytest.mark.parametrize("mode", MODES)
def test_facade_raises_response_too_large_and_does_not_retry(mode: Mode) -> None:
    body = dumps({"id": "x" * 4096})
    router = Router({("GET", f"/api/jobs/{JOB}"): lambda r: httpx.Response(200, content=body, headers=_JSON)})
    client = make_client(mode, router, max_response_bytes=1024)
    with pytest.raises(jobo_ext.ResponseTooLargeError) as caught:
        run(client.jobs.get(JOB))
    assert len(router.requests) == 1
    assert caught.value.operation == "getJob" and caught.value.max_response_bytes == 1024


_JSON = {"Content-Type": "application/json"}


@pytest.mark.parametrize("value", [0, -1, 1.5, "1", True])
def test_max_response_bytes_must_be_a_positive_int(value: Any) -> None:
    with pytest.raises(ConfigurationError, match="max_response_bytes"):
        jobo_ext.JoboClient(api_key="k", max_response_bytes=value)


def test_client_asks_only_for_encodings_it_inflates_with_a_bound() -> None:
    router = Router({("GET", f"/api/jobs/{JOB}"): lambda r: httpx.Response(404)})
    client = make_client("sync", router)
    with pytest.raises(jobo_ext.NotFoundError):
        client.jobs.get(JOB)
    assert router.requests[0].headers["Accept-Encoding"] == "gzip, deflate"


# --- item 11: a 2xx whose body is unusable is a server fault ---------------------------------------------


def _json_200(content: bytes) -> httpx.Response:
    return httpx.Response(200, content=content, headers=_JSON)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_invalid_json_on_an_idempotent_call_is_retried_like_a_500(mode: Mode, method: str) -> None:
    path = "/api/jobs/123" if method == "GET" else "/api/jobs/search"
    kwargs: dict[str, Any] = {"json": {"queries": ["rust"]}} if method == "POST" else {}
    time = FakeTime()
    script = Script([_json_200(b'{"id": "12'), status(500), _json_200(b"<html>oops</html>"), status(200)])
    response = call(mode, script.transport(), method, path, policy=time.policy(), **kwargs)
    assert response.json() == {"ok": True}
    assert time.sleeps == [1.0, 2.0, 4.0]  # one counter with the 500: 1 s, 2 s, 4 s
    assert len(script.requests) == 4


@pytest.mark.parametrize("mode", MODES)
def test_invalid_json_that_persists_raises_after_the_500_budget(mode: Mode) -> None:
    time = FakeTime()
    script = Script([_json_200(b"not json")])
    with pytest.raises(APIResponseError) as caught:
        call(mode, script.transport(), policy=time.policy())
    assert len(script.requests) == 5 and time.sleeps == [1.0, 2.0, 4.0, 8.0]
    assert caught.value.status_code == 200 and caught.value.body == "not json"
    assert "invalid JSON" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
def test_invalid_json_on_a_non_idempotent_call_raises_at_once(mode: Mode) -> None:
    time = FakeTime()
    script = Script([httpx.Response(201, content=b'{"id": ', headers=_JSON), status(201)])
    with pytest.raises(APIResponseError) as caught:
        call(mode, script.transport(), *CREATE_PROFILE, policy=time.policy(), json={"name": "p"})
    assert len(script.requests) == 1 and time.sleeps == []
    assert caught.value.status_code == 201


@pytest.mark.parametrize("mode", MODES)
def test_truncated_gzip_body_is_retried_on_an_idempotent_call(mode: Mode) -> None:
    compressor = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    whole = compressor.compress(dumps({"ok": True, "pad": "y" * 5000})) + compressor.flush()
    headers = {**_JSON, "Content-Encoding": "gzip"}
    time = FakeTime()
    script = Script([responder(200, whole[: len(whole) - 12], headers), responder(200, whole, headers)])
    assert call(mode, script.transport(), policy=time.policy()).json()["ok"] is True
    assert time.sleeps == [1.0] and len(script.requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_corrupt_gzip_body_becomes_api_response_error(mode: Mode) -> None:
    script = Script(
        [responder(200, b"\x1f\x8b\x08\x00garbage-not-gzip", {**_JSON, "Content-Encoding": "gzip"})]
    )
    with pytest.raises(APIResponseError, match="cannot decode"):
        call(mode, script.transport(), policy=FakeTime().policy())
    assert len(script.requests) == 5


# --- item 14a: a response is closed before its retry ----------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "first",
    [
        pytest.param((503, {"Retry-After": "0"}, dumps(error_body(503))), id="503"),
        pytest.param((500, {}, b"e" * (3 * MiB)), id="500-with-body-past-the-error-limit"),
        pytest.param((200, {}, b"{not json"), id="invalid-json-200"),
    ],
)
def test_first_response_is_closed_before_the_retry_is_sent(
    mode: Mode, first: tuple[int, dict[str, str], bytes]
) -> None:
    code, headers, body = first
    streams: list[Chunks] = []
    closed_when_retried: list[bool] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if streams:
            closed_when_retried.append(streams[0].closed)
            return status(200)
        stream = Chunks(body)
        streams.append(stream)
        return httpx.Response(code, headers={**_JSON, **headers}, stream=stream)

    response = call(mode, httpx.MockTransport(handle), policy=FakeTime().policy())
    assert response.status_code == 200
    assert closed_when_retried == [True]


# --- item 14b: a caller's timeout on a feed call is kept --------------------------------------------------

_FEED = {"jobs": [], "has_more": False, "next_cursor": None}
_FIVE = {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}


def _feed_router() -> Router:
    return Router({("POST", "/api/jobs/feed"): lambda r: httpx.Response(200, json=_FEED)})


@pytest.mark.parametrize("mode", MODES)
def test_with_options_timeout_on_a_feed_call_is_not_raised_to_120s(mode: Mode) -> None:
    router = _feed_router()
    client = make_client(mode, router)
    run(client.with_options(timeout=5).feed.jobs())
    run(client.feed.jobs())  # without an override the feed's 120 s read timeout applies
    default_feed = {"connect": 30.0, "read": 120.0, "write": 30.0, "pool": 30.0}
    assert [r.extensions["timeout"] for r in router.requests] == [_FIVE, default_feed]


@pytest.mark.parametrize("mode", MODES)
def test_call_options_timeout_on_a_feed_call_is_not_raised_to_120s(mode: Mode) -> None:
    router = _feed_router()
    client = make_client(mode, router)
    with call_options(timeout=5):
        run(client.feed.jobs())
    assert router.requests[0].extensions["timeout"] == _FIVE


@pytest.mark.parametrize("mode", MODES)
def test_httpx_per_request_timeout_on_a_feed_call_is_kept(mode: Mode) -> None:
    router = _feed_router()
    client = make_client(mode, router)
    if mode == "sync":
        client.generated.get_httpx_client().post("/api/jobs/feed", json={}, timeout=5.0)
    else:

        async def go() -> None:
            async with client.generated.get_async_httpx_client() as http:
                await http.post("/api/jobs/feed", json={}, timeout=5.0)

        run(go())
    assert router.requests[0].extensions["timeout"] == _FIVE


@pytest.mark.parametrize("wbits", [zlib.MAX_WBITS | 16, zlib.MAX_WBITS, -zlib.MAX_WBITS])
def test_body_reader_decodes_a_stream_fed_one_byte_at_a_time(wbits: int) -> None:
    payload = bytes(range(256)) * 2000 + bytes(3 * DECODE_STEP)  # several decode steps long
    compressor = zlib.compressobj(6, zlib.DEFLATED, wbits)
    raw = compressor.compress(payload) + compressor.flush()
    encoding = "gzip" if wbits > zlib.MAX_WBITS else "deflate"
    reader = BodyReader(encoding, len(payload))
    assert all(reader.feed(raw[i : i + 1]) for i in range(len(raw)))
    reader.finish()
    assert (reader.content, reader.overflow, reader.problem) == (payload, False, None)
    cut = BodyReader(encoding, len(payload))
    cut.feed(raw[: len(raw) // 2])
    cut.finish()
    assert cut.problem is not None and "truncated" in cut.problem
