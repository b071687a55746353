"""Issue 13, item 12: one number reader for usage and error headers; a header it cannot read is ignored,
never raised; credits are ``float`` in errors, ``usage`` and ``capture()`` records alike.
"""

from __future__ import annotations

import httpx
import pytest

from jobo_ext import InsufficientCreditsError, JoboClient, capture
from jobo_ext._numbers import parse_count, parse_number
from jobo_ext.errors import error_from_response
from jobo_ext.usage import CallRecord, RateLimit, Usage
from tests.policy_harness import API_KEY, FakeTime, Script, status

UNREADABLE = [
    "inf",
    "-inf",
    "Infinity",
    "nan",
    "NaN",
    "1e400",
    "1_0",
    "0x10",
    "١٠",
    "ten",
    "",
    " ",
    "1.",
    ".5",
]
UNREADABLE += ["9" * 41, "1,5", "--1", "1e3"]


def _response(
    status_code: int = 200, headers: dict[str, str] | None = None, **kwargs: object
) -> httpx.Response:
    request = httpx.Request("GET", "https://connect.jobo.world/api/jobs")
    return httpx.Response(status_code, headers=headers, request=request, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", UNREADABLE)
def test_the_parser_ignores_what_is_not_a_plain_finite_decimal(text: str) -> None:
    assert parse_number(text) is None and parse_number(text.encode("utf-8")) is None
    assert parse_count(text) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [("10", 10.0), (b" 9.5 ", 9.5), ("-3", -3.0), (10, 10.0), (0.5, 0.5), (float("inf"), None), (True, None)],
)
def test_the_parser_reads_decimals_and_json_numbers_as_float(value: object, expected: float | None) -> None:
    number = parse_number(value)
    assert number == expected and (number is None or type(number) is float)
    assert parse_number(10**400) is None  # a JSON integer too big for a float


@pytest.mark.parametrize("header", ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"])
@pytest.mark.parametrize("text", ["inf", "nan", "-inf", "1e400", "garbage"])
def test_an_unreadable_rate_limit_header_is_ignored_not_raised(header: str, text: str) -> None:
    headers = {
        "X-RateLimit-Limit": "100",
        "X-RateLimit-Remaining": "42",
        "X-RateLimit-Reset": "1767225600",
        "X-Credits-Deducted": "1",
        header: text,
    }
    usage = Usage()
    with capture() as calls:
        usage.record(_response(headers=headers))
    fields = {
        "X-RateLimit-Limit": "limit",
        "X-RateLimit-Remaining": "remaining",
        "X-RateLimit-Reset": "reset",
    }
    expected = {"limit": 100, "remaining": 42, "reset": 1767225600, fields[header]: None}
    assert usage.rate_limit == RateLimit(**expected)
    assert calls[0].rate_limit == RateLimit(**expected)
    assert usage.credits_deducted == 1.0 and usage.requests == 1


@pytest.mark.parametrize("text", ["inf", "nan", "1_0", "1e3"])
def test_an_unreadable_credit_header_counts_as_absent(text: str) -> None:
    usage = Usage()
    usage.record(_response(headers={"X-Credits-Deducted": text, "X-Credits-Balance": text}))
    record = CallRecord.from_response(
        _response(headers={"X-Credits-Deducted": text, "X-Credits-Required": text})
    )
    assert usage.credits_deducted == 0.0 and usage.credits_balance is None
    assert record.credits_deducted == 0.0 and record.credits_required is None


def test_a_successful_call_survives_hostile_usage_headers() -> None:
    hostile = {"X-RateLimit-Remaining": "inf", "X-RateLimit-Reset": "nan", "X-Credits-Deducted": "1_0"}
    script = Script([status(200, headers=hostile)])
    with JoboClient(API_KEY, transport=script.transport(), retry_policy=FakeTime().policy()) as jobo:
        response = jobo.generated.get_httpx_client().get("/api/jobs/1")
        assert response.json() == {"ok": True}
        assert jobo.usage.requests == 1 and jobo.usage.credits_deducted == 0.0
        assert jobo.usage.rate_limit is None


def test_credits_are_float_in_errors_usage_and_capture_records_alike() -> None:
    body = {"status": 402, "error": "Insufficient credits", "credits_required": 10}
    headers = {"X-Credits-Required": "99", "X-Credits-Balance": "2.5", "X-Credits-Deducted": "0"}
    paid = status(200, headers={"X-Credits-Deducted": "0.5", "X-Credits-Balance": "3"})
    script = Script([paid, httpx.Response(402, json=body, headers=headers)])
    with (
        JoboClient(API_KEY, transport=script.transport(), retry_policy=FakeTime().policy()) as jobo,
        capture() as calls,
    ):
        jobo.generated.get_httpx_client().get("/api/jobs/1")
        with pytest.raises(InsufficientCreditsError) as info:
            jobo.generated.get_httpx_client().get("/api/jobs/2")
        snapshot = jobo.usage.snapshot()
    error = info.value
    # The body wins over the header for credits_required; the balance comes from the header (a fraction).
    assert (error.credits_required, error.credits_balance) == (10.0, 2.5)
    assert "required 10, balance 2.5" in str(error)
    ok, refused = calls
    assert (ok.credits_deducted, ok.credits_balance) == (0.5, 3.0)
    assert (refused.credits_required, refused.credits_balance) == (99.0, 2.5)
    assert (snapshot.credits_deducted, snapshot.credits_balance) == (0.5, 2.5)
    values = [
        error.credits_required,
        error.credits_balance,
        ok.credits_deducted,
        ok.credits_balance,
        refused.credits_required,
        snapshot.credits_deducted,
        snapshot.credits_balance,
    ]
    assert all(type(value) is float for value in values), [type(v).__name__ for v in values]


@pytest.mark.parametrize("text", ["inf", "nan", "1_0", "1e3", "ten"])
def test_an_unreadable_credit_header_on_a_402_is_absent_from_the_error(text: str) -> None:
    response = _response(402, {"X-Credits-Required": text, "X-Credits-Balance": text}, content=b"")
    error = error_from_response(response, attempts=1)
    assert isinstance(error, InsufficientCreditsError)
    assert error.credits_required is None and error.credits_balance is None
    assert "required" not in str(error)


def test_numbers_too_big_for_a_float_in_an_error_body_never_raise() -> None:
    huge = "1" + "0" * 400
    content = (
        f'{{"status": 402, "credits_required": {huge}, "credits_balance": {huge}, "retry_after": {huge}}}'
    )
    response = _response(402, {"Content-Type": "application/json"}, content=content.encode())
    error = error_from_response(response, attempts=1)
    assert isinstance(error, InsufficientCreditsError)
    assert error.credits_required is None and error.credits_balance is None
    assert error.retry_after == float("inf")  # an absurd wait stays absurd: the policy refuses to sleep it
