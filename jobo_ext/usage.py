"""Credit and rate-limit accounting read from response headers.

Every response the client receives (each attempt, success or error) passes through
:meth:`Usage.record`, called by the policy transport's ``on_response`` observer, so the totals cover
every endpoint with no per-endpoint code. :func:`capture` collects the :class:`CallRecord` of each
response received inside a ``with`` block — per thread and per asyncio task, because it lives in a
context variable — for callers who want one call's headers.

Credits are ``float`` everywhere (here, in :class:`~jobo_ext.errors.InsufficientCreditsError` and in
:class:`CallRecord`): the reference documents the credit headers as integers, but the feed bills half a
credit per job, so a balance can be fractional. A header that is not a plain finite decimal number
(``inf``, ``nan``, ``1_0``, text) is ignored as if absent; accounting never fails a call.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
from collections.abc import Iterator

import attrs
import httpx

from jobo_ext._numbers import parse_count, parse_number

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
        return cls.from_headers(response, _usage_headers(response.headers))

    @classmethod
    def from_headers(cls, response: httpx.Response, h: dict[bytes, bytes]) -> CallRecord:
        request_id = h.get(b"x-request-id")
        return cls(
            method=response.request.method,
            path=response.request.url.path,
            status_code=response.status_code,
            credits_deducted=parse_number(h.get(b"x-credits-deducted")) or 0.0,
            credits_balance=parse_number(h.get(b"x-credits-balance")),
            credits_required=parse_number(h.get(b"x-credits-required")),
            rate_limit=_rate_limit(h),
            request_id=request_id.decode("latin-1") if request_id is not None else None,
            headers=response.headers,
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

    _requests: int
    _deducted: float
    _balance: float | None
    _rate_limit: RateLimit | None
    _request_id: str | None

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def record(self, response: httpx.Response) -> None:
        """Account for one response and hand its :class:`CallRecord` to an active :func:`capture`."""
        h = _usage_headers(response.headers)
        sink = _capture.get()
        if sink is not None:
            sink.append(CallRecord.from_headers(response, h))
        if not h:
            with self._lock:
                self._requests += 1
            return
        # Parsed before taking the lock, which then guards only the plain counters (no new frozen
        # snapshot per response: this runs on every request).
        deducted = parse_number(h.get(b"x-credits-deducted")) or 0.0
        balance = parse_number(h.get(b"x-credits-balance"))
        rate_limit = _rate_limit(h)
        request_id = h.get(b"x-request-id")
        with self._lock:
            self._requests += 1
            self._deducted += deducted
            if balance is not None:
                self._balance = balance
            if rate_limit is not None:
                self._rate_limit = rate_limit
            if request_id is not None:
                self._request_id = request_id.decode("latin-1")

    def snapshot(self) -> UsageSnapshot:
        """The totals as one consistent, immutable value."""
        with self._lock:
            return UsageSnapshot(
                self._requests, self._deducted, self._balance, self._rate_limit, self._request_id
            )

    def reset(self) -> None:
        """Start counting from zero."""
        with self._lock:
            self._requests = 0
            self._deducted = 0.0
            self._balance = None
            self._rate_limit = None
            self._request_id = None

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


_USAGE_HEADERS = frozenset(
    {
        b"x-credits-deducted",
        b"x-credits-balance",
        b"x-credits-required",
        b"x-ratelimit-limit",
        b"x-ratelimit-remaining",
        b"x-ratelimit-reset",
        b"x-request-id",
    }
)


def _usage_headers(headers: httpx.Headers) -> dict[bytes, bytes]:
    """The accounting headers, by lower-case name, in one pass that only keeps those.

    ``Headers[...]`` would scan the list once per name. The pass reads the ``(raw name, lower-case
    name, value)`` entries httpx keeps (``Headers._list``; httpx is pinned <0.29 and
    ``tests/test_policy_fast_path.py`` checks that layout), so no name is lower-cased again here.
    When a header is repeated, the last one wins.
    """
    return {low: value for _, low, value in headers._list if low in _USAGE_HEADERS}


def _rate_limit(h: dict[bytes, bytes]) -> RateLimit | None:
    limits = (
        parse_count(h.get(b"x-ratelimit-limit")),
        parse_count(h.get(b"x-ratelimit-remaining")),
        parse_count(h.get(b"x-ratelimit-reset")),
    )
    return RateLimit(*limits) if limits != (None, None, None) else None
