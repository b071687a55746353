"""Credit and rate-limit accounting read from response headers.

Every response the client receives (each attempt, success or error) passes through
:meth:`Usage.record`, called by the policy transport's ``on_response`` observer, so the totals cover
every endpoint with no per-endpoint code. :func:`capture` collects the :class:`CallRecord` of each
response received inside a ``with`` block — per thread and per asyncio task, because it lives in a
context variable — for callers who want one call's headers.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
from collections.abc import Iterator

import attrs
import httpx

__all__ = ["CallRecord", "RateLimit", "Usage", "UsageSnapshot", "capture"]


@attrs.frozen
class RateLimit:
    """The rate-limit window as of the last response that reported one."""

    limit: int | None
    remaining: int | None
    reset: int | None
    """Unix time (seconds) at which the window resets."""


@attrs.frozen
class CallRecord:
    """What one response said about cost and limits.

    Attributes:
        method: The request method.
        path: The request path (no query string, so no credentials).
        status_code: The HTTP status.
        credits_deducted: ``X-Credits-Deducted`` (0 when absent: the call was not metered).
        credits_balance: ``X-Credits-Balance``, when sent.
        credits_required: ``X-Credits-Required`` (402 only).
        rate_limit: ``X-RateLimit-Limit/Remaining/Reset``, when sent.
        request_id: ``X-Request-Id``, when sent.
        headers: All response headers.
    """

    method: str
    path: str
    status_code: int
    credits_deducted: float
    credits_balance: float | None
    credits_required: float | None
    rate_limit: RateLimit | None
    request_id: str | None
    headers: httpx.Headers = attrs.field(repr=False)

    @classmethod
    def from_response(cls, response: httpx.Response) -> CallRecord:
        h = response.headers
        limits = (
            _int(h.get("x-ratelimit-limit")),
            _int(h.get("x-ratelimit-remaining")),
            _int(h.get("x-ratelimit-reset")),
        )
        return cls(
            method=response.request.method,
            path=response.request.url.path,
            status_code=response.status_code,
            credits_deducted=_number(h.get("x-credits-deducted")) or 0.0,
            credits_balance=_number(h.get("x-credits-balance")),
            credits_required=_number(h.get("x-credits-required")),
            rate_limit=RateLimit(*limits) if any(v is not None for v in limits) else None,
            request_id=h.get("x-request-id"),
            headers=h,
        )


@attrs.frozen
class UsageSnapshot:
    """Totals since the client was created (or :meth:`Usage.reset`)."""

    requests: int
    credits_deducted: float
    credits_balance: float | None
    """The last balance the API reported."""
    rate_limit: RateLimit | None
    """The last rate-limit state the API reported."""
    last_request_id: str | None


class Usage:
    """Thread-safe running totals of what the API reported; read them with :meth:`snapshot`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._state = UsageSnapshot(0, 0.0, None, None, None)

    def record(self, response: httpx.Response) -> CallRecord:
        """Account for one response and hand its record to an active :func:`capture`."""
        rec = CallRecord.from_response(response)
        with self._lock:
            s = self._state
            self._state = UsageSnapshot(
                requests=s.requests + 1,
                credits_deducted=s.credits_deducted + rec.credits_deducted,
                credits_balance=rec.credits_balance if rec.credits_balance is not None else s.credits_balance,
                rate_limit=rec.rate_limit or s.rate_limit,
                last_request_id=rec.request_id or s.last_request_id,
            )
        sink = _capture.get()
        if sink is not None:
            sink.append(rec)
        return rec

    def snapshot(self) -> UsageSnapshot:
        with self._lock:
            return self._state

    def reset(self) -> None:
        with self._lock:
            self._state = UsageSnapshot(0, 0.0, None, None, None)

    @property
    def credits_deducted(self) -> float:
        return self.snapshot().credits_deducted

    @property
    def credits_balance(self) -> float | None:
        return self.snapshot().credits_balance

    @property
    def rate_limit(self) -> RateLimit | None:
        return self.snapshot().rate_limit

    @property
    def requests(self) -> int:
        return self.snapshot().requests

    def __repr__(self) -> str:
        return f"Usage({self.snapshot()!r})"


_capture: contextvars.ContextVar[list[CallRecord] | None] = contextvars.ContextVar(
    "jobo_capture", default=None
)


@contextlib.contextmanager
def capture() -> Iterator[list[CallRecord]]:
    """Collect a :class:`CallRecord` for every response received inside the block (retries included)::

    with jobo_ext.capture() as calls:
        page = jobo.jobs.search(q="rust")
    print(calls[-1].credits_deducted, calls[-1].rate_limit)
    """
    sink: list[CallRecord] = []
    token = _capture.set(sink)
    try:
        yield sink
    finally:
        _capture.reset(token)


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    number = _number(value)
    return int(number) if number is not None else None
