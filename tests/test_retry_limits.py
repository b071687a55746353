"""Limits of one call's retrying (issue 13, items 7 and 8): a total across failure kinds, no sleep above
``max_retry_after``, and ``Retry-After`` read only in its RFC 9110 forms."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from jobo_ext import RateLimitError, RetryPolicy, ServiceUnavailableError
from jobo_ext.errors import parse_retry_after
from jobo_ext.retries import RetryKind
from tests.policy_harness import MODES, FakeTime, FixedRandom, Mode, Script, Step, call, status

NOW = datetime(2026, 3, 3, 12, 0, 0, tzinfo=UTC)
READ_RESET = httpx.ReadError("connection reset by peer")


def _call(mode: Mode, script: Script, policy: RetryPolicy) -> httpx.Response:
    return call(mode, script.transport(), policy=policy)


# --- item 7: max_retries_total ------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_server_cycling_failure_kinds_gets_six_attempts_not_nineteen(mode: Mode) -> None:
    cycle: list[Step] = [status(429), status(503), status(500), READ_RESET]
    time, script = FakeTime(), Script(cycle * 6 + [status(200)])
    with pytest.raises(ServiceUnavailableError) as caught:
        _call(mode, script, time.policy())
    assert len(script.requests) == 6 and caught.value.attempts == 6
    # Each kind still waits by its own row: 429 n=1 1 s, 503 30 s, 500 n=1 1 s, reset n=1 1 s, 429 n=2 2 s.
    assert time.sleeps == [1.0, 30.0, 1.0, 1.0, 2.0]


@pytest.mark.parametrize("mode", MODES)
def test_each_single_kind_row_keeps_its_documented_count(mode: Mode) -> None:
    time, script = FakeTime(), Script([status(429, headers={"Retry-After": "1"})])
    with pytest.raises(RateLimitError):
        _call(mode, script, time.policy())
    assert len(script.requests) == 6  # 1 + 5 retries: the largest row equals the total


def test_decide_stops_at_the_total_whatever_the_kind() -> None:
    policy = RetryPolicy(random=FixedRandom(0.0))
    assert policy.max_retries_total == 5
    assert policy.decide(1, status=500, total=5).retry
    refused = policy.decide(1, status=500, total=6)
    assert not refused.retry and "max_retries_total 5" in refused.reason
    assert refused.kind is RetryKind.SERVER_ERROR
    assert policy.decide(5, status=429).retry  # without ``total`` one kind is all there is
    assert not RetryPolicy(max_retries_total=0).decide(1, status=503).retry


def test_max_retries_total_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="max_retries_total"):
        RetryPolicy(max_retries_total=-1)


# --- item 7: no sleep above max_retry_after --------------------------------------------------------------


def test_jitter_on_a_repeated_429_is_clipped_to_max_retry_after() -> None:
    policy = RetryPolicy(random=FixedRandom(1.0))  # the most jitter: +10 %
    assert policy.decide(1, status=429, retry_after=120.0).delay == 120.0
    assert policy.decide(2, status=429, retry_after=120.0).delay == 120.0  # not 132
    assert policy.decide(2, status=429, retry_after=50.0).delay == pytest.approx(55.0)


def test_computed_backoff_and_the_503_range_are_clipped() -> None:
    policy = RetryPolicy(random=FixedRandom(1.0), max_retry_after=10.0, initial_backoff=8.0)
    assert policy.decide(2, status=500).delay == 10.0  # 16 s plus jitter
    assert policy.decide(1, status=503).delay == 10.0  # uniform 30-60 s
    assert policy.decide(1, exception=httpx.ConnectError("x")).delay == pytest.approx(8.8)


def test_a_server_sent_wait_above_the_cap_still_raises_at_once() -> None:
    policy = RetryPolicy(max_retry_after=10.0)
    for code in (429, 503):
        decision = policy.decide(1, status=code, retry_after=10.5)
        assert not decision.retry and "exceeds max_retry_after" in decision.reason


@pytest.mark.parametrize("mode", MODES)
def test_transport_never_sleeps_above_max_retry_after(mode: Mode) -> None:
    time = FakeTime()
    script = Script([status(429, headers={"Retry-After": "120"})] * 3 + [status(200)])
    assert _call(mode, script, time.policy(rng=FixedRandom(1.0))).status_code == 200
    assert time.sleeps == [120.0, 120.0, 120.0]


# --- item 8: Retry-After in RFC 9110 forms only ----------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "1_0",
        "+5",
        " 1e3",
        "1e3",
        "inf",
        "nan",
        "Infinity",
        "-1",
        "-0",
        "0x10",
        "1.",
        ".5",
        "5 s",
        "١٠",
        "",
        ",",
    ],
)
def test_non_rfc_retry_after_values_are_invalid(value: str) -> None:
    assert parse_retry_after(value, now=NOW) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5", 5.0),
        ("2.5", 2.5),
        ("5, 100", 100.0),
        ("100, 5", 100.0),
        ("1_0, 7", 7.0),  # an invalid value among valid ones is ignored
        ("Tue, 03 Mar 2026 12:00:30 GMT", 30.0),
        ("Tue, 03 Mar 2026 12:00:30 GMT, 5", 30.0),  # the comma inside the date does not split it
        ("5, Tue, 03 Mar 2026 12:00:02 GMT", 5.0),
        ("Tuesday, 03-Mar-26 12:01:00 GMT, Tue, 03 Mar 2026 12:00:30 GMT", 60.0),
        ("Tue Mar  3 12:00:20 2026", 20.0),  # asctime
        ("Tue, 03 Mar 2026 12:00:30 +0100", None),  # HTTP-dates are GMT only
    ],
)
def test_retry_after_forms_and_several_values(value: str, expected: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == expected


@pytest.mark.parametrize("mode", MODES)
def test_duplicated_retry_after_headers_wait_for_the_largest(mode: Mode) -> None:
    body = status(429)
    duplicated = httpx.Response(
        429, headers=[("Retry-After", "5"), ("Retry-After", "100")], content=body.content
    )
    assert duplicated.headers.get("retry-after") == "5, 100"  # how httpx joins them
    time, script = FakeTime(), Script([duplicated, status(200)])
    assert _call(mode, script, time.policy()).status_code == 200
    assert time.sleeps == [100.0]


@pytest.mark.parametrize("mode", MODES)
def test_python_float_syntax_is_not_a_retry_after(mode: Mode) -> None:
    time, script = FakeTime(), Script([status(429, headers={"Retry-After": "1_0"}), status(200)])
    assert _call(mode, script, time.policy()).status_code == 200
    assert time.sleeps == [1.0]  # no valid hint: backoff from 1 s, not 10 s
