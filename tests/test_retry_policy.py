"""RetryPolicy.decide, the pure rule set shared by the sync and async transports."""

from __future__ import annotations

import random

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobo_ext.retries import RetryKind, RetryPolicy, classify, is_retryable_status
from tests.policy_harness import FixedRandom

ZERO = FixedRandom(0.0)  # jitter adds nothing; the 503 wait is its minimum
TOP = FixedRandom(1.0)  # jitter adds its full 10 %; the 503 wait is its maximum


def delays(policy: RetryPolicy, count: int, **kwargs: object) -> list[float | None]:
    """The delays for failures 1..count of one kind (``None`` where the policy gives up)."""
    out: list[float | None] = []
    for attempt in range(1, count + 1):
        decision = policy.decide(attempt, **kwargs)  # type: ignore[arg-type]
        out.append(decision.delay if decision.retry else None)
    return out


@pytest.mark.parametrize("status", [500, 502, 504, 520, 599])
def test_server_errors_double_from_one_second_four_times(status: int) -> None:
    assert delays(RetryPolicy(random=ZERO), 5, status=status) == [1.0, 2.0, 4.0, 8.0, None]
    assert delays(RetryPolicy(random=TOP), 5, status=status) == pytest.approx([1.1, 2.2, 4.4, 8.8, None])


def test_server_error_backoff_caps_at_thirty_seconds_and_jitter_only_adds_ten_percent() -> None:
    policy = RetryPolicy(server_error_retries=8, max_retries_total=8, random=ZERO)
    assert delays(policy, 8, status=500) == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0]
    top = RetryPolicy(server_error_retries=8, max_retries_total=8, random=TOP)
    assert delays(top, 8, status=500) == pytest.approx([1.1, 2.2, 4.4, 8.8, 17.6, 33.0, 33.0, 33.0])


def test_503_without_hint_waits_uniformly_between_30_and_60_seconds_five_times() -> None:
    assert delays(RetryPolicy(random=ZERO), 6, status=503) == [30.0, 30.0, 30.0, 30.0, 30.0, None]
    assert delays(RetryPolicy(random=TOP), 6, status=503) == [60.0, 60.0, 60.0, 60.0, 60.0, None]
    seeded = delays(RetryPolicy(random=random.Random(42)), 5, status=503)
    assert all(d is not None and 30.0 <= d <= 60.0 for d in seeded)
    assert len(set(seeded)) == 5


def test_503_honours_retry_after_literally_even_when_short() -> None:
    assert delays(RetryPolicy(random=TOP), 6, status=503, retry_after=5.0) == [5.0] * 5 + [None]
    assert delays(RetryPolicy(random=TOP), 1, status=503, retry_after=0.0) == [0.0]


def test_429_first_waits_exactly_retry_after_then_backs_off_never_below_it() -> None:
    policy = RetryPolicy(random=ZERO)
    assert delays(policy, 6, status=429, retry_after=7.0) == [7.0, 7.0, 7.0, 8.0, 16.0, None]
    jittered = RetryPolicy(random=FixedRandom(0.5))
    assert delays(jittered, 5, status=429, retry_after=7.0) == pytest.approx([7.0, 7.35, 7.35, 8.4, 16.8])


def test_429_without_hint_backs_off_with_jitter_from_one_second() -> None:
    assert delays(RetryPolicy(random=ZERO), 6, status=429) == [1.0, 2.0, 4.0, 8.0, 16.0, None]
    assert delays(RetryPolicy(random=TOP), 5, status=429) == pytest.approx([1.1, 2.2, 4.4, 8.8, 17.6])


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_above_max_retry_after_is_not_slept_on(status: int) -> None:
    decision = RetryPolicy().decide(1, status=status, retry_after=121.0)
    assert not decision.retry
    assert "max_retry_after" in decision.reason
    assert RetryPolicy().decide(1, status=status, retry_after=120.0).delay == 120.0
    assert RetryPolicy(max_retry_after=600).decide(1, status=status, retry_after=300.0).delay == 300.0


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 405, 409, 418, 422, 301, 304])
def test_client_errors_are_never_retried(status: int) -> None:
    decision = RetryPolicy().decide(1, status=status, retry_after=1.0)
    assert (decision.retry, decision.kind) == (False, RetryKind.NOT_RETRYABLE)
    assert not is_retryable_status(status)


@pytest.mark.parametrize(
    ("status", "code"), [(503, "auto_apply_coming_soon"), (409, "feed_cursor_restart_required")]
)
def test_never_retry_codes(status: int, code: str) -> None:
    decision = RetryPolicy(retry_non_idempotent=True).decide(1, status=status, code=code, retry_after=1.0)
    assert not decision.retry
    assert code in decision.reason
    assert not is_retryable_status(status, code)
    assert is_retryable_status(503, "some_other_code")


def test_non_idempotent_operations_retry_429_and_503_but_not_other_5xx_unless_opted_in() -> None:
    policy = RetryPolicy(random=ZERO)
    assert policy.decide(1, status=429, idempotent=False).retry
    assert policy.decide(1, status=503, idempotent=False).retry
    assert not policy.decide(1, status=500, idempotent=False).retry
    assert not policy.decide(1, status=502, idempotent=False).retry
    opted_in = RetryPolicy(random=ZERO, retry_non_idempotent=True)
    assert delays(opted_in, 5, status=500, idempotent=False) == [1.0, 2.0, 4.0, 8.0, None]


def _request() -> httpx.Request:
    return httpx.Request("POST", "https://connect.jobo.world/api/auto-apply/profiles")


@pytest.mark.parametrize(
    "exception",
    [httpx.ReadError("reset"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("dropped")],
)
def test_failures_after_sending_are_retried_like_500_for_idempotent_operations_only(
    exception: Exception,
) -> None:
    policy = RetryPolicy(random=ZERO)
    assert delays(policy, 5, exception=exception) == [1.0, 2.0, 4.0, 8.0, None]
    assert delays(policy, 1, exception=exception, idempotent=False) == [None]
    assert delays(
        RetryPolicy(random=ZERO, retry_non_idempotent=True), 1, exception=exception, idempotent=False
    ) == [1.0]


@pytest.mark.parametrize(
    "exception", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy")]
)
def test_failures_before_sending_are_retried_even_for_non_idempotent_operations(exception: Exception) -> None:
    assert delays(RetryPolicy(random=ZERO), 5, exception=exception, idempotent=False) == [
        1.0,
        2.0,
        4.0,
        8.0,
        None,
    ]


@pytest.mark.parametrize(
    "exception",
    [
        httpx.UnsupportedProtocol("ftp"),
        httpx.ProxyError("no"),
        httpx.LocalProtocolError("bad"),
        ValueError("x"),
    ],
)
def test_failures_that_would_repeat_are_not_retried(exception: Exception) -> None:
    assert not RetryPolicy().decide(1, exception=exception).retry
    assert classify(exception=exception) is RetryKind.NOT_RETRYABLE


def test_max_elapsed_stops_before_a_sleep_would_cross_it() -> None:
    policy = RetryPolicy(random=ZERO, max_elapsed=10.0)
    assert policy.decide(3, status=500, elapsed=6.0).retry  # 6 + 4 = 10: allowed
    decision = policy.decide(3, status=500, elapsed=6.5)  # 6.5 + 4 > 10
    assert not decision.retry
    assert "max_elapsed" in decision.reason


def test_disabled_policy_never_retries_anything() -> None:
    policy = RetryPolicy.disabled()
    for kwargs in ({"status": 429}, {"status": 500}, {"status": 503}, {"exception": httpx.ConnectError("x")}):
        assert not policy.decide(1, **kwargs).retry
    assert RetryPolicy.disabled(max_retry_after=5).max_retry_after == 5


def test_defaults_match_the_documented_table() -> None:
    policy = RetryPolicy()
    assert (policy.rate_limit_retries, policy.server_error_retries, policy.unavailable_retries) == (5, 4, 5)
    assert (policy.connection_retries, policy.initial_backoff, policy.max_backoff) == (4, 1.0, 30.0)
    assert (policy.jitter, policy.unavailable_delay, policy.max_retry_after) == (0.1, (30.0, 60.0), 120.0)
    assert (policy.max_elapsed, policy.retry_non_idempotent) == (None, False)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"server_error_retries": -1},
        {"jitter": -0.1},
        {"max_elapsed": -1.0},
        {"unavailable_delay": (60.0, 30.0)},
        {"initial_backoff": float("nan")},
    ],
)
def test_invalid_settings_are_rejected(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_injected_callables_do_not_affect_equality_or_repr() -> None:
    assert RetryPolicy(random=ZERO, sleep=lambda s: None) == RetryPolicy()
    assert "random" not in repr(RetryPolicy())


@given(
    attempt=st.integers(min_value=1, max_value=5),
    retry_after=st.floats(min_value=0, max_value=120),
    seed=st.integers(),
)
def test_property_429_delay_is_never_below_retry_after(attempt: int, retry_after: float, seed: int) -> None:
    decision = RetryPolicy(random=random.Random(seed)).decide(attempt, status=429, retry_after=retry_after)
    assert decision.retry
    assert decision.delay >= retry_after
    if attempt == 1:
        assert decision.delay == retry_after


@given(
    attempt=st.integers(min_value=1, max_value=4),
    status=st.sampled_from([500, 502, 504, 520, 599]),
    seed=st.integers(),
)
def test_property_5xx_jitter_only_adds_up_to_ten_percent(attempt: int, status: int, seed: int) -> None:
    base = min(2.0 ** (attempt - 1), 30.0)
    decision = RetryPolicy(random=random.Random(seed)).decide(attempt, status=status)
    assert base <= decision.delay <= base * 1.1
