"""Issue 17: the cheaper success path of the transport and usage layers changes no behaviour.

Each shortcut is checked against the plain computation it replaces: the one-pattern operation lookup
against the loop over every template, the digit fast path of the header number reader against its
text path, the single ``Content-Encoding`` read against ``get_list``, the cached Content-Type parse
against a fresh parse. What the inner transport receives is checked directly.
"""

from __future__ import annotations

import re

import httpx
import pytest

from jobo_ext import operations
from jobo_ext._body import _stages_of
from jobo_ext._http import _MEDIA_TYPES_SIZE, is_json, media_type
from jobo_ext._numbers import parse_count, parse_number
from jobo_ext._transport import PolicyTransport
from jobo_ext.usage import Usage, _usage_headers
from tests.policy_harness import API_KEY, BASE_URL

# -- operation lookup --------------------------------------------------------------------------------


def _loop_lookup(method: str, path: str) -> operations.OperationPolicy:
    """The lookup as it was: every template of the method in specificity order, first full match wins."""
    method = method.upper()
    for operation, pattern in operations._COMPILED:
        if operation.method == method and pattern.fullmatch(path):
            return operation
    return operations.OperationPolicy(method, path, None, idempotent=method in {"GET", "HEAD", "OPTIONS"})


def _paths() -> list[str]:
    paths: set[str] = set()
    for operation in operations.OPERATIONS:
        for fill in ("x", "0b7d5a8e-1c2f-4e3a-9b6d-7f8e9a0b1c2d", "expired", "import", "a/b", "", "%2F"):
            path = operations._PARAMETER.sub(fill, operation.path_template)
            paths |= {path, path + "/", path + "x", "/api/x" + path, path + "//"}
    return sorted(paths)


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "get", "Post"])
def test_the_one_pattern_lookup_finds_what_the_template_loop_finds(method: str) -> None:
    for path in _paths():
        for _ in range(2):  # the second lookup comes from the cache
            assert operations.lookup(method, path) == _loop_lookup(method, path), (method, path)


def test_the_lookup_cache_stays_bounded() -> None:
    for n in range(operations.LOOKUP_CACHE_SIZE + 50):
        operations.lookup("GET", f"/api/jobs/{n}")
    assert 0 < len(operations._CACHE) <= operations.LOOKUP_CACHE_SIZE
    assert operations.lookup("GET", "/api/jobs/1").operation_id == "getJob"
    long_path = "/api/jobs/" + "x" * operations.LOOKUP_CACHE_PATH_LIMIT
    assert operations.lookup("GET", long_path).operation_id == "getJob"
    assert ("GET", long_path) not in operations._CACHE


# -- header numbers ----------------------------------------------------------------------------------

DIGITS = ["0", "7", "007", "120", "1796040060", "9" * 15, "9" * 16, "9007199254740993", "1" * 17, "9" * 40]
DIGITS += ["9" * 41, "１２", "12 ", "+12", "-3", "1.5"]


@pytest.mark.parametrize("text", DIGITS)
def test_header_bytes_read_as_their_text_does(text: str) -> None:
    raw = text.encode("utf-8")
    assert parse_number(raw) == parse_number(text)
    assert type(parse_number(raw)) is type(parse_number(text))
    assert parse_count(raw) == parse_count(text)
    number = parse_number(text)
    assert parse_count(raw) == (int(number) if number is not None else None)  # through float, as before


# -- usage headers -----------------------------------------------------------------------------------


def test_usage_headers_are_found_whatever_their_case_and_the_last_duplicate_wins() -> None:
    headers = httpx.Headers(
        [
            ("Content-Type", "application/json"),
            ("x-RATELIMIT-limit", "100"),
            ("X-Ratelimit-Remaining", "41"),
            ("X-RateLimit-Remaining", "40"),
            ("X-REQUEST-ID", "req-1"),
            ("X-Credits-Deducted", "0.5"),
        ]
    )
    expected = {
        key.lower(): value
        for key, value in headers.raw
        if key.lower().startswith((b"x-ratelimit-", b"x-request-id", b"x-credits-"))
    }
    assert _usage_headers(headers) == expected
    usage = Usage()
    request = httpx.Request("GET", f"{BASE_URL}/api/jobs")
    usage.record(httpx.Response(200, headers=headers, request=request))
    snapshot = usage.snapshot()
    assert snapshot.rate_limit is not None and snapshot.rate_limit.remaining == 40
    assert (snapshot.requests, snapshot.credits_deducted, snapshot.last_request_id) == (1, 0.5, "req-1")


def test_httpx_keeps_each_header_with_its_lower_case_name() -> None:
    """``_usage_headers`` reads this private layout (httpx is pinned <0.29): an upgrade that changes it fails here."""
    headers = httpx.Headers([("X-RateLimit-Limit", "5")])
    assert headers._list == [(b"X-RateLimit-Limit", b"x-ratelimit-limit", b"5")]


# -- Content-Type and Content-Encoding ---------------------------------------------------------------

CONTENT_TYPES = [
    "application/json",
    "Application/JSON; charset=utf-8",
    " application/problem+json ;charset=utf-8",
    "text/plain",
    "text/json",
    "application/jsonx",
    "",
    ";",
]


@pytest.mark.parametrize("value", CONTENT_TYPES)
def test_the_content_type_is_read_as_a_fresh_parse_reads_it(value: str) -> None:
    response = httpx.Response(200, headers={"Content-Type": value})
    expected = value.split(";", 1)[0].strip().lower()
    for _ in range(2):  # the second answer comes from the cache
        assert media_type(response) == expected
        assert is_json(response) is expected.endswith(("/json", "+json"))


def test_the_content_type_cache_stays_bounded() -> None:
    from jobo_ext import _http

    for n in range(_MEDIA_TYPES_SIZE + 10):
        assert is_json(httpx.Response(200, headers={"Content-Type": f"application/x{n}+json"}))
    assert len(_http._MEDIA_TYPES) <= _MEDIA_TYPES_SIZE


@pytest.mark.parametrize(
    "headers",
    [
        [],
        [("Content-Encoding", "gzip")],
        [("content-encoding", "gzip, deflate")],
        [("Content-Encoding", "gzip"), ("CONTENT-ENCODING", " Deflate ,identity")],
        [("Content-Encoding", ",,gzip,")],
        [("Content-Encoding", "")],
    ],
)
def test_the_decoding_layers_are_those_of_every_content_encoding_header(
    headers: list[tuple[str, str]],
) -> None:
    h = httpx.Headers(headers)
    expected = [
        value.strip().lower()
        for value in reversed(h.get_list("content-encoding", split_commas=True))
        if value.strip().lower() in ("gzip", "deflate")
    ]
    assert [stage._encoding for stage in _stages_of(h.get("content-encoding"))] == expected  # type: ignore[union-attr]


# -- what the inner transport receives ---------------------------------------------------------------


def _recording(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"ok": True})

    return httpx.MockTransport(handler)


def test_with_nothing_to_change_the_request_itself_is_sent() -> None:
    seen: list[httpx.Request] = []
    transport = PolicyTransport(_recording(seen), base_url=BASE_URL, api_key=None)
    request = httpx.Request("GET", f"{BASE_URL}/api/companies/0b7d5a8e-1c2f-4e3a-9b6d-7f8e9a0b1c2d")
    response = transport.handle_request(request)
    assert seen == [request] and seen[0] is request and response.request is request


def test_the_copy_sent_adds_only_the_key_and_the_original_stays_key_free() -> None:
    seen: list[httpx.Request] = []
    transport = PolicyTransport(
        _recording(seen), base_url=BASE_URL, api_key=API_KEY, timeout=httpx.Timeout(5.0)
    )
    timeout = httpx.Timeout(5.0).as_dict()
    request = httpx.Request(
        "POST",
        f"{BASE_URL}/api/jobs/feed",
        headers={"Accept": "application/json", "X-Trace": "1"},
        json={"batch_size": 1},
        extensions={"timeout": timeout, "trace_id": "t"},
    )
    before = (list(request.headers.raw), dict(request.extensions))
    response = transport.handle_request(request)
    (sent,) = seen
    assert sent is not request and sent.method == "POST" and sent.url == request.url
    assert sent.stream is request.stream
    assert sent.headers.raw == [*request.headers.raw, (b"X-Api-Key", API_KEY.encode())]
    assert sent.extensions == {"timeout": {**timeout, "read": 120.0}, "trace_id": "t"}
    assert (list(request.headers.raw), dict(request.extensions)) == before
    assert response.request is request and "x-api-key" not in response.request.headers
    assert re.search(API_KEY, repr(response.request.headers)) is None


def test_the_response_hands_out_its_parse_once_and_then_holds_none() -> None:
    """A parse held on the response would live, and be traversed by every garbage collection, until
    httpx's response/stream cycle is collected; later calls decode again, as httpx's own json() does."""
    seen: list[httpx.Request] = []
    transport = PolicyTransport(_recording(seen), base_url=BASE_URL, api_key=API_KEY)
    response = transport.handle_request(httpx.Request("GET", f"{BASE_URL}/api/jobs"))
    first = response.json()
    assert first == {"ok": True}
    again = response.json()
    assert again == first and again is not first
    assert response.json(parse_float=str) == first
