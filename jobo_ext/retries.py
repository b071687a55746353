"""The retry policy: which failures are retried, how long to wait, and when to give up.

This module is pure: :meth:`RetryPolicy.decide` looks only at its arguments (and the policy's injected
``random``), so the sync and async transports share every rule and differ only in how they sleep.
The rules follow the "Retry Strategy" table of the Jobo status-codes page to the letter:

========================================  ===================================================  ===========
Failure                                   Wait before retry *n* (n = 1, 2, …)                  Max retries
========================================  ===================================================  ===========
400, 401, 402, 403, 404, 409, other 4xx   not retried                                          0
429                                       n = 1: exactly ``Retry-After``; n ≥ 2: exponential   5
                                          backoff plus jitter, never below ``Retry-After``;
                                          no hint: exponential backoff plus jitter from 1 s
500, 502, 504, other 5xx except 503       1 s, 2 s, 4 s, 8 s … capped at 30 s, plus 0-10 %     4
503                                       ``Retry-After`` literally; no hint: uniform 30-60 s  5
connection failure, timeout               as for 500 (idempotent operations only, see below)   4
========================================  ===================================================  ===========

*n* counts failures of the same kind within one call, so a 503 followed by a 500 waits 30-60 s and
then 1 s. Across kinds, one call makes at most ``max_retries_total`` retries (default 5, the largest
row, so each row alone behaves exactly as the table says; a server cycling 429/503/500/reset gets 6
attempts, not 19). A 2xx whose body is unusable (invalid JSON, a truncated or corrupt compressed
stream) counts as a 500. Never retried whatever the status: a 503 with problem code ``auto_apply_coming_soon`` (a
launch gate, not maintenance) and a 409 ``feed_cursor_restart_required`` (the cursor is void).

Non-idempotent operations (those that create or change something) are retried on 429 and 503 — the
server did not process the request — and on connection failures that happened before the request was
sent (``ConnectError``, ``ConnectTimeout``, ``PoolTimeout``), but not on other 5xx nor on a failure after
the request may have reached the server, unless ``retry_non_idempotent=True``.

A server-sent wait above ``max_retry_after`` is never slept on: the call fails at once and the error
carries ``retry_after`` so the caller can schedule. A wait the policy computes itself (backoff plus
jitter, the 503 default range) is clipped to ``max_retry_after``, so no sleep is ever longer. ``max_elapsed`` stops retrying before a sleep would
take the call past that many seconds in total.
"""

from __future__ import annotations

import enum
import math
import random as _random
import time
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
import httpx

__all__ = [
    "NEVER_RETRY_CODES",
    "RetryDecision",
    "RetryKind",
    "RetryPolicy",
    "classify",
    "is_retryable_status",
]

#: ``(status, problem code)`` pairs that are never retried.
NEVER_RETRY_CODES: frozenset[tuple[int, str]] = frozenset(
    {
        (503, "auto_apply_coming_soon"),
        (409, "feed_cursor_restart_required"),
    }
)

# Failures worth another attempt. UnsupportedProtocol, ProxyError and LocalProtocolError are not:
# they would fail the same way again.
_RETRYABLE_EXCEPTIONS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)

# Failures that happen before any byte of the request reaches the server, so even an operation
# that changes state can be replayed safely.
_NOT_SENT_EXCEPTIONS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


class RetryKind(enum.Enum):
    """The row of the retry table a failure falls in; each row has its own retry counter."""

    RATE_LIMITED = "rate_limited"
    """429."""
    SERVER_ERROR = "server_error"
    """500, 502, 504 and any other 5xx except 503; a 2xx with an unusable body."""
    UNAVAILABLE = "unavailable"
    """503."""
    CONNECTION = "connection"
    """The request got no response: refused, reset, DNS failure, timeout."""
    NOT_RETRYABLE = "not_retryable"
    """Anything else: 4xx, the never-retry codes, non-network exceptions."""


def classify(
    *,
    status: int | None = None,
    exception: BaseException | None = None,
    code: str | None = None,
    invalid_body: bool = False,
) -> RetryKind:
    """Return the retry-table row for a response status (with its problem ``code``) or an exception.

    ``invalid_body``: a 2xx whose body cannot be used; the server failed, as with a 500.
    """
    if invalid_body:
        return RetryKind.SERVER_ERROR
    if exception is not None:
        return (
            RetryKind.CONNECTION if isinstance(exception, _RETRYABLE_EXCEPTIONS) else RetryKind.NOT_RETRYABLE
        )
    if status is None:
        raise TypeError("classify() needs a status or an exception")
    if code is not None and (status, code) in NEVER_RETRY_CODES:
        return RetryKind.NOT_RETRYABLE
    if status == 429:
        return RetryKind.RATE_LIMITED
    if status == 503:
        return RetryKind.UNAVAILABLE
    if 500 <= status <= 599:
        return RetryKind.SERVER_ERROR
    return RetryKind.NOT_RETRYABLE


def is_retryable_status(status: int, code: str | None = None) -> bool:
    """Whether the default policy retries a response with this status and problem code."""
    return classify(status=status, code=code) is not RetryKind.NOT_RETRYABLE


@attrs.frozen
class RetryDecision:
    """What :meth:`RetryPolicy.decide` concluded."""

    retry: bool
    """Whether to send the request again."""
    delay: float
    """Seconds to wait before the next attempt (``0.0`` when ``retry`` is false)."""
    reason: str
    """A short human-readable explanation, used in log lines."""
    kind: RetryKind
    """The row of the retry table the failure fell in."""


async def _asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported on first use: importing jobo_ext does not load asyncio (issue 17)."""
    import asyncio

    await asyncio.sleep(seconds)


def _non_negative_int(_instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value!r}")


def _non_negative_float(_instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if not value >= 0:  # also rejects NaN
        raise ValueError(f"{attribute.name} must be >= 0, got {value!r}")


def _optional_non_negative(
    _instance: Any, attribute: attrs.Attribute[float | None], value: float | None
) -> None:
    if value is not None and not value >= 0:
        raise ValueError(f"{attribute.name} must be None or >= 0, got {value!r}")


def _delay_range(
    _instance: Any, attribute: attrs.Attribute[tuple[float, float]], value: tuple[float, float]
) -> None:
    low, high = value
    if not 0 <= low <= high:
        raise ValueError(f"{attribute.name} must be (low, high) with 0 <= low <= high, got {value!r}")


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """How a client retries failed requests. The defaults implement the documented strategy.

    Usage::

        RetryPolicy()                                   # the documented strategy
        RetryPolicy(server_error_retries=2)             # fewer 5xx retries
        RetryPolicy(max_elapsed=60.0)                   # never spend more than a minute retrying
        RetryPolicy.disabled()                          # one attempt, errors raised at once

    ``sleep``, ``async_sleep``, ``random`` and ``clock`` are injectable so tests run instantly and
    deterministically; they are excluded from equality and ``repr``.
    """

    rate_limit_retries: int = attrs.field(default=5, validator=_non_negative_int)
    """Retries after a 429."""
    server_error_retries: int = attrs.field(default=4, validator=_non_negative_int)
    """Retries after a 500, 502, 504 or other 5xx except 503."""
    unavailable_retries: int = attrs.field(default=5, validator=_non_negative_int)
    """Retries after a 503."""
    connection_retries: int = attrs.field(default=4, validator=_non_negative_int)
    """Retries after a connection failure or timeout."""
    max_retries_total: int = attrs.field(default=5, validator=_non_negative_int)
    """Retries of one call across all kinds; each kind's own count still applies. Raise it with them."""
    initial_backoff: float = attrs.field(default=1.0, validator=_non_negative_float)
    """Wait before the first backoff retry, in seconds; doubles on each retry of the same kind."""
    max_backoff: float = attrs.field(default=30.0, validator=_non_negative_float)
    """Cap of the exponential backoff, in seconds, before jitter."""
    jitter: float = attrs.field(default=0.1, validator=_non_negative_float)
    """Jitter only ever adds: a backoff delay ``d`` becomes a uniform draw in ``[d, d * (1 + jitter)]``."""
    unavailable_delay: tuple[float, float] = attrs.field(default=(30.0, 60.0), validator=_delay_range)
    """Uniform range of the wait after a 503 that carries no ``Retry-After``."""
    max_retry_after: float = attrs.field(default=120.0, validator=_non_negative_float)
    """The longest sleep: a server-requested wait above it is not slept on (the error is raised at
    once); a computed one (backoff plus jitter, the 503 range) is clipped to it."""
    max_elapsed: float | None = attrs.field(default=None, validator=_optional_non_negative)
    """Stop retrying before a sleep would take the whole call past this many seconds."""
    retry_non_idempotent: bool = False
    """Also replay operations that change state after a 5xx or a failure after sending."""
    sleep: Callable[[float], None] = attrs.field(default=time.sleep, eq=False, repr=False)
    """How the sync transport waits."""
    async_sleep: Callable[[float], Awaitable[None]] = attrs.field(
        default=_asyncio_sleep, eq=False, repr=False
    )
    """How the async transport waits."""
    random: _random.Random = attrs.field(factory=_random.Random, eq=False, repr=False)
    """Source of jitter and of the 503 wait."""
    clock: Callable[[], float] = attrs.field(default=time.monotonic, eq=False, repr=False)
    """Monotonic clock used for ``max_elapsed``."""

    @classmethod
    def disabled(cls, **overrides: Any) -> RetryPolicy:
        """A policy that never retries: every failure is raised after the first attempt."""
        fields: dict[str, Any] = {
            "rate_limit_retries": 0,
            "server_error_retries": 0,
            "unavailable_retries": 0,
            "connection_retries": 0,
        }
        fields.update(overrides)
        return cls(**fields)

    def max_retries(self, kind: RetryKind) -> int:
        """The retry budget of one row of the table."""
        return {
            RetryKind.RATE_LIMITED: self.rate_limit_retries,
            RetryKind.SERVER_ERROR: self.server_error_retries,
            RetryKind.UNAVAILABLE: self.unavailable_retries,
            RetryKind.CONNECTION: self.connection_retries,
            RetryKind.NOT_RETRYABLE: 0,
        }[kind]

    def backoff(self, attempt: int) -> float:
        """The exponential backoff before retry ``attempt`` (1-based), without jitter: 1, 2, 4 … cap."""
        exponent = min(max(attempt - 1, 0), 64)  # bounded: 2**64 is far past any cap
        return float(min(self.initial_backoff * 2.0**exponent, self.max_backoff))

    def decide(
        self,
        attempt: int,
        *,
        status: int | None = None,
        exception: BaseException | None = None,
        retry_after: float | None = None,
        code: str | None = None,
        idempotent: bool = True,
        elapsed: float = 0.0,
        invalid_body: bool = False,
        total: int | None = None,
    ) -> RetryDecision:
        """Decide whether to retry after a failed attempt, and how long to wait first.

        Args:
            attempt: How many failures of this kind (see :func:`classify`) the call has met so far,
                this one included; the retry being considered is retry number ``attempt``.
            status: The response status, for a response.
            exception: The transport exception, when no response was received.
            retry_after: The server's requested wait in seconds (``Retry-After`` header, else the body's
                ``retry_after``/``retry_after_seconds``), already parsed.
            code: The problem ``code`` of the error body, if any.
            idempotent: Whether the operation can be replayed without side effects.
            elapsed: Seconds since the first attempt started.
            invalid_body: The response is a 2xx whose body cannot be used (decided as a 500).
            total: How many failures of any kind the call has met so far, this one included; the
                retry being considered is retry number ``total`` of the call (default: ``attempt``).
        """
        kind = classify(status=status, exception=exception, code=code, invalid_body=invalid_body)
        what = f"status {status}" if exception is None else type(exception).__name__
        if invalid_body:
            what += " with an unusable body"

        def no(reason: str) -> RetryDecision:
            return RetryDecision(retry=False, delay=0.0, reason=reason, kind=kind)

        if kind is RetryKind.NOT_RETRYABLE:
            suffix = f" with code {code!r}" if code is not None and status is not None else ""
            return no(f"{what}{suffix} is not retryable")
        if attempt > self.max_retries(kind):
            return no(f"{what}: {self.max_retries(kind)} retries exhausted")
        if (total if total is not None else attempt) > self.max_retries_total:
            return no(f"{what}: max_retries_total {self.max_retries_total} exhausted")

        replay_ok = idempotent or self.retry_non_idempotent
        if kind is RetryKind.RATE_LIMITED:
            if retry_after is not None and retry_after > self.max_retry_after:
                return no(f"Retry-After {retry_after:g} s exceeds max_retry_after {self.max_retry_after:g} s")
            if retry_after is None:
                delay = self._jittered(self.backoff(attempt))
            elif attempt == 1:
                delay = retry_after
            else:
                delay = self._jittered(max(retry_after, self.backoff(attempt)))
        elif kind is RetryKind.UNAVAILABLE:
            if retry_after is not None and retry_after > self.max_retry_after:
                return no(f"Retry-After {retry_after:g} s exceeds max_retry_after {self.max_retry_after:g} s")
            delay = retry_after if retry_after is not None else self.random.uniform(*self.unavailable_delay)
        elif kind is RetryKind.SERVER_ERROR:
            if not replay_ok:
                return no(f"{what} on a non-idempotent operation is not replayed")
            delay = self._jittered(self.backoff(attempt))
        else:  # RetryKind.CONNECTION
            if not (replay_ok or isinstance(exception, _NOT_SENT_EXCEPTIONS)):
                return no(f"{what} after sending a non-idempotent operation is not replayed")
            delay = self._jittered(self.backoff(attempt))
        # Server-sent waits above the cap were refused above, so this clips only computed waits.
        delay = min(delay, self.max_retry_after)

        if self.max_elapsed is not None and elapsed + delay > self.max_elapsed:
            return no(f"waiting {delay:.3f} s would exceed max_elapsed {self.max_elapsed:g} s")
        return RetryDecision(retry=True, delay=delay, reason=f"{what}, retry {attempt}", kind=kind)

    def _jittered(self, delay: float) -> float:
        # Jitter only adds, so a documented minimum (1 s, 2 s, Retry-After …) is never undercut.
        extra = self.random.uniform(0.0, self.jitter) if self.jitter else 0.0
        result = delay * (1.0 + extra)
        return result if math.isfinite(result) else delay
