"""error_from_response and the error hierarchy: every status, both body shapes, bad bodies, sync and async."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import jobo_ext
from jobo_ext import (
    APIResponseError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CursorRestartRequiredError,
    InsufficientCreditsError,
    InternalServerError,
    JoboError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    ServiceUnavailableError,
)
from jobo_ext.errors import error_from_response, parse_retry_after
from tests.policy_harness import API_KEY, BASE_URL, MODES, Mode, Script, call

LABELS = {
    400: "Bad Request",
    401: "Unauthorized",
    402: "Insufficient credits",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    418: "I'm a Teapot",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
    520: "Web Server Returned an Unknown Error",
}
CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    418: APIStatusError,
    429: RateLimitError,
    500: InternalServerError,
    502: ServerError,
    503: ServiceUnavailableError,
    504: ServerError,
    520: ServerError,
}
RETRYABLE = {429, 500, 502, 503, 504, 520}
HINTS = {400: "Fix the request", 401: "Check your API key", 402: "Add credits", 403: "Upgrade your plan"}
HINTS |= {404: "Verify the resource ID", 429: "Wait for Retry-After", 503: "Retry after 30-60 seconds"}
HINTS |= {code: "Retry with exponential backoff" for code in (500, 502, 504, 520)}
HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>"


def _shape_a(code: int) -> httpx.Response:
    return httpx.Response(
        code, json={"status": code, "error": LABELS[code], "message": f"Something about {code}."}
    )


def _shape_b(code: int) -> httpx.Response:
    body = {
        "title": LABELS[code],
        "status": code,
        "detail": f"Problem {code}.",
        "code": "x_code",
        "api_version": "3.0.0",
    }
    return httpx.Response(
        code, content=json.dumps(body), headers={"Content-Type": "application/problem+json"}
    )


BODIES: dict[str, Callable[[int], httpx.Response]] = {
    "shape_a": _shape_a,
    "shape_b": _shape_b,
    "empty": lambda code: httpx.Response(code, content=b"", headers={"Content-Type": "application/json"}),
    "no_body": lambda code: httpx.Response(code),
    "html": lambda code: httpx.Response(code, content=HTML_502, headers={"Content-Type": "text/html"}),
    "truncated_json": lambda code: httpx.Response(
        code, content=b'{"status": 500, "mess', headers={"Content-Type": "application/json"}
    ),
}


def _raise_from(mode: Mode, response: httpx.Response, path: str = "/api/jobs/search") -> APIStatusError:
    script = Script([response])
    with pytest.raises(APIStatusError) as caught:
        call(mode, script.transport(), "POST", path, policy=RetryPolicy.disabled(), json={"queries": ["x"]})
    assert len(script.requests) == 1
    return caught.value


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("body", sorted(BODIES))
@pytest.mark.parametrize("code", sorted(CLASSES))
def test_every_status_and_body_maps_to_the_right_error(mode: Mode, body: str, code: int) -> None:
    error = _raise_from(mode, BODIES[body](code))
    assert type(error) is CLASSES[code]
    assert isinstance(error, JoboError)
    assert error.status_code == code
    assert error.retryable is (code in RETRYABLE)
    assert error.attempts == 1
    assert (error.request_method, error.request_url) == ("POST", f"{BASE_URL}/api/jobs/search")
    if code in HINTS:
        assert error.hint is not None and error.hint.startswith(HINTS[code])
    else:
        assert error.hint is None
    line = str(error)
    assert "\n" not in line
    assert line.startswith(f"{code} ")
    assert line.endswith("(POST /api/jobs/search)")
    if body == "shape_a":
        assert (error.message, error.error, error.code) == (f"Something about {code}.", LABELS[code], None)
        assert line == f"{code} {LABELS[code]}: Something about {code}. (POST /api/jobs/search)"
        assert isinstance(error.body, dict) and error.body["status"] == code
    elif body == "shape_b":
        assert (error.message, error.error, error.code, error.api_version) == (
            f"Problem {code}.",
            LABELS[code],
            "x_code",
            "3.0.0",
        )
    elif body in ("empty", "no_body"):
        assert error.body is None
        assert error.message  # the reason phrase, or a generic label for 520
    elif body == "html":
        assert error.body == HTML_502.decode()
        assert "<html>" not in error.message
    else:
        assert error.body == '{"status": 500, "mess'


def test_messages_for_bodies_without_text() -> None:
    assert _raise_from("sync", httpx.Response(404)).message == "Not Found"
    assert str(_raise_from("sync", httpx.Response(520))) == "520 Server Error (POST /api/jobs/search)"
    assert str(_raise_from("sync", httpx.Response(499))) == "499 Client Error (POST /api/jobs/search)"
    plain = httpx.Response(502, text="upstream\nconnect error", headers={"Content-Type": "text/plain"})
    assert (
        str(_raise_from("sync", plain)) == "502 Bad Gateway: upstream connect error (POST /api/jobs/search)"
    )


def test_message_precedence_message_detail_error_title() -> None:
    def message_of(body: dict[str, Any]) -> str:
        return error_from_response(_response(400, json=body), attempts=1).message

    full = {"message": "m", "detail": "d", "error": "e", "title": "t"}
    assert message_of(full) == "m"
    assert message_of({k: v for k, v in full.items() if k != "message"}) == "d"
    assert message_of({"error": "e", "title": "t"}) == "e"
    assert message_of({"title": "t"}) == "t"
    assert message_of({"message": 5, "detail": ["x"]}) == "Bad Request"  # wrong types are ignored


def _response(code: int, request: httpx.Request | None = None, **kwargs: Any) -> httpx.Response:
    return httpx.Response(
        code, request=request or httpx.Request("POST", f"{BASE_URL}/api/jobs/search"), **kwargs
    )


def test_402_documented_example_reads_as_one_line() -> None:
    error = error_from_response(
        _response(
            402,
            json={
                "status": 402,
                "error": "Insufficient credits",
                "credits_required": 10,
                "credits_balance": 3,
            },
        ),
        attempts=1,
    )
    assert isinstance(error, InsufficientCreditsError)
    assert str(error) == "402 Insufficient credits: required 10, balance 3 (POST /api/jobs/search)"
    assert (error.credits_required, error.credits_balance) == (10, 3)


def test_an_error_label_with_line_breaks_still_reads_as_one_line() -> None:
    # Found by the property test below: the server's "error" label went into the summary as sent, so a
    # body could split a log line (or forge a second one); the attribute keeps the text as sent.
    error = error_from_response(
        _response(400, json={"error": "Bad\nRequest\r\nFAKE LOG LINE", "message": "page must be >= 1"}),
        attempts=1,
    )
    assert str(error) == "400 Bad Request FAKE LOG LINE: page must be >= 1 (POST /api/jobs/search)"
    assert error.error == "Bad\nRequest\r\nFAKE LOG LINE"
    blank = error_from_response(_response(400, json={"error": " \n ", "message": "m"}), attempts=1)
    assert str(blank) == "400 Bad Request: m (POST /api/jobs/search)"


def test_402_credits_from_headers_when_the_body_has_none() -> None:
    response = _response(
        402,
        json={"error": "Insufficient credits", "detail": "Balance too low."},
        headers={"X-Credits-Required": "25", "X-Credits-Balance": "3"},
    )
    error = error_from_response(response, attempts=1)
    assert isinstance(error, InsufficientCreditsError)
    assert (error.credits_required, error.credits_balance) == (25, 3)
    assert str(error) == (
        "402 Insufficient credits: Balance too low. (required 25, balance 3) (POST /api/jobs/search)"
    )
    body_wins = _response(402, json={"credits_required": 10}, headers={"X-Credits-Required": "25"})
    assert error_from_response(body_wins, attempts=1).details.credits_required == 10


def test_409_cursor_restart_exposes_the_replacement_request() -> None:
    problem = {
        "title": "Conflict",
        "code": "feed_cursor_restart_required",
        "replacement_request": {"batch_size": 500},
    }
    error = error_from_response(_response(409, json=problem), attempts=1)
    assert isinstance(error, CursorRestartRequiredError) and isinstance(error, ConflictError)
    assert error.replacement_request == {"batch_size": 500}
    assert not error.retryable
    other = error_from_response(_response(409, json={"code": "stale_correction_round"}), attempts=1)
    assert type(other) is ConflictError


def test_429_retry_after_and_str() -> None:
    response = _response(
        429, json={"message": "Slow down.", "retry_after": 60}, headers={"Retry-After": "30"}
    )
    error = error_from_response(response, attempts=6)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 30.0
    assert (
        str(error)
        == "429 Too Many Requests: Slow down. (POST /api/jobs/search, retry after 30 s, 6 attempts)"
    )


def test_503_gate_is_a_service_unavailable_error_that_is_not_retryable() -> None:
    body = {"title": "Service Unavailable", "code": "auto_apply_coming_soon", "detail": "Not yet available."}
    error = error_from_response(_response(503, json=body), attempts=1)
    assert isinstance(error, ServiceUnavailableError) and isinstance(error, ServerError)
    assert (error.code, error.retryable) == ("auto_apply_coming_soon", False)


NOW = datetime(2026, 3, 3, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (" 7 ", 7.0),
        ("1.5", 1.5),
        ("0", 0.0),
        ("Tue, 03 Mar 2026 12:00:30 GMT", 30.0),  # future HTTP-date
        ("Tue, 03 Mar 2026 11:00:00 GMT", 0.0),  # past HTTP-date
        ("Tuesday, 03-Mar-26 12:01:00 GMT", 60.0),  # obsolete RFC 850 form
        ("Tue, 03 Mar 2026 12:00:30 -0000", None),  # not an HTTP-date: those are always GMT
        ("-1", None),
        ("nan", None),
        ("soon", None),
        ("", None),
        (None, None),
        ("99999999999", 99999999999.0),
        ("inf", None),  # Python's float syntax is not RFC 9110's
        ("9" * 400, float("inf")),  # valid digits, too many for a float: an (im)possibly long wait
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


def test_error_url_is_redacted() -> None:
    request = httpx.Request(
        "GET", f"https://user:pw@connect.jobo.world/api/jobs?q=rust&api_key={API_KEY}&Token=t"
    )
    error = error_from_response(_response(401, request=request), attempts=1)
    assert API_KEY not in error.request_url and "pw" not in error.request_url
    assert error.request_url == "https://connect.jobo.world/api/jobs?q=rust&api_key=REDACTED&Token=REDACTED"
    assert API_KEY not in str(error) and API_KEY not in repr(error)


def test_response_without_request_still_maps() -> None:
    error = error_from_response(httpx.Response(500, text="boom"), attempts=1)
    assert isinstance(error, InternalServerError)
    assert (error.request_method, error.request_url, str(error)) == (
        "",
        "",
        "500 Internal Server Error: boom",
    )


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "content",
    [b'{"jobs": [', b"<html>Gateway OK</html>", b"", b"\xff\xfe\x00garbage"],
    ids=["truncated", "html", "empty", "binary"],
)
def test_2xx_json_with_an_unparseable_body_is_an_api_response_error(mode: Mode, content: bytes) -> None:
    response = httpx.Response(200, content=content, headers={"Content-Type": "application/json"})
    with pytest.raises(APIResponseError) as caught:
        call(mode, Script([response]).transport(), "POST", "/api/jobs/search", json={})
    error = caught.value
    assert (error.operation, error.status_code, error.field) == ("searchJobsPost", 200, None)
    assert error.body == content.decode("utf-8", errors="replace")
    assert isinstance(error.__cause__, ValueError)
    assert str(error).startswith("200 response to searchJobsPost is unusable: invalid JSON")


@pytest.mark.parametrize("mode", MODES)
def test_2xx_non_json_and_204_pass_through_untouched(mode: Mode) -> None:
    csv = httpx.Response(200, content=b"a,b\n1,2\n", headers={"Content-Type": "text/csv"})
    assert call(mode, Script([csv]).transport()).content == b"a,b\n1,2\n"
    empty = httpx.Response(204, headers={"Content-Type": "application/json"})
    assert call(mode, Script([empty]).transport()).status_code == 204


@pytest.mark.parametrize("mode", MODES)
def test_redirect_is_an_error_unless_the_client_follows_redirects(mode: Mode) -> None:
    moved = httpx.Response(301, headers={"Location": f"{BASE_URL}/api/jobs/456"})
    with pytest.raises(APIStatusError) as caught:
        call(mode, Script([moved]).transport(), policy=RetryPolicy.disabled())
    assert type(caught.value) is APIStatusError and caught.value.status_code == 301


def test_public_names_are_exported() -> None:
    for name in ("JoboError", "APIStatusError", "APIConnectionError", "APITimeoutError", "APIResponseError"):
        assert issubclass(getattr(jobo_ext, name), JoboError)
    assert issubclass(jobo_ext.APITimeoutError, jobo_ext.APIConnectionError)
    assert issubclass(jobo_ext.InternalServerError, jobo_ext.ServerError)
    assert jobo_ext.__version__ == "0.1.0"


# --- property: nothing but an APIStatusError ever comes out ---------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=6)
    ),
    max_leaves=20,
)
ERROR_KEYS = st.sampled_from(
    [
        "status",
        "error",
        "message",
        "detail",
        "title",
        "code",
        "api_version",
        "retry_after",
        "retry_after_seconds",
        "credits_required",
        "credits_balance",
        "replacement_request",
    ]
)
ERROR_LIKE = st.dictionaries(ERROR_KEYS, JSON, max_size=8)
HEADER_TEXT = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40)
CONTENT_TYPES = st.sampled_from(
    [
        "application/json",
        "application/problem+json",
        "text/html",
        "text/plain",
        "",
        "application/json; charset=bogus",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    code=st.integers(min_value=400, max_value=599),
    body=st.one_of(
        st.binary(max_size=300),
        JSON.map(lambda v: json.dumps(v).encode()),
        ERROR_LIKE.map(lambda v: json.dumps(v).encode()),
    ),
    content_type=CONTENT_TYPES,
    retry_after=st.none() | HEADER_TEXT,
    credits=st.none() | HEADER_TEXT,
)
def test_property_any_body_for_any_error_status_yields_an_api_status_error(
    code: int, body: bytes, content_type: str, retry_after: str | None, credits: str | None
) -> None:
    headers = {"Content-Type": content_type}
    if retry_after is not None:
        headers["Retry-After"] = retry_after
    if credits is not None:
        headers["X-Credits-Required"] = credits
    error = error_from_response(_response(code, content=body, headers=headers), attempts=1)
    assert isinstance(error, APIStatusError)
    assert error.status_code == code
    line = str(error)
    assert line.startswith(str(code)) and "\n" not in line
    assert error.retry_after is None or error.retry_after >= 0
    _ = (error.hint, error.retryable, repr(error))


@settings(max_examples=60, deadline=None)
@given(code=st.integers(min_value=400, max_value=599), body=st.binary(max_size=200))
def test_property_through_the_async_transport_too(code: int, body: bytes) -> None:
    response = httpx.Response(code, content=body, headers={"Content-Type": "application/json"})
    with pytest.raises(APIStatusError) as caught:
        call("async", Script([response]).transport(), policy=RetryPolicy.disabled())
    assert caught.value.status_code == code


def test_deeply_nested_json_body_does_not_escape_as_recursion_error() -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    error = error_from_response(
        _response(500, content=body, headers={"Content-Type": "application/json"}), attempts=1
    )
    assert isinstance(error, InternalServerError)
