"""The credit wallet and the per-key rate limiter.

Pricing follows the newest pricing page (https://jobo.world/docs/pricing): search and company jobs 1
credit per delivered job, the jobs feed (and, as the mock's assumption, the managed feed) 0.5 credit per delivered
job **rounded up per batch** (the wallet and its headers stay integers), geocode 1 credit flat, career
sites 50 credits per row; expired ids, job by id, company profile, connectors and Auto Apply are free.
Per-unit routes first *reserve* the worst case (the requested page or batch size) and then settle to
what was delivered, so a 402 happens before any work and concurrent requests cannot overdraw.

Rate limits are rolling windows per API key, with the feed routes (jobs feed, managed feed, expired
ids) in their own bucket as documented (https://jobo.world/docs/resources/rate-limits). They are
checked before credits.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from .errors import ApiError

SEARCH_CREDITS_PER_JOB = 1
FEED_CREDITS_PER_JOB = 0.5
GEOCODE_CREDITS = 1
CAREER_SITE_CREDITS_PER_ROW = 50


def feed_credits(jobs: int) -> int:
    """Credits for a feed batch of ``jobs`` jobs: 0.5 each, rounded up per batch."""
    return math.ceil(jobs * FEED_CREDITS_PER_JOB)


class Wallet:
    """A prepaid credit balance shared by all keys of the mock's one organisation.

    ``balance`` may be set directly from tests (``server.wallet.balance = 3``). ``spent`` counts
    every credit debited since start (or the last :meth:`reset`).
    """

    def __init__(self, balance: int = 10_000_000) -> None:
        self._lock = threading.Lock()
        self._balance = balance
        self.spent = 0

    @property
    def balance(self) -> int:
        return self._balance

    @balance.setter
    def balance(self, value: int) -> None:
        with self._lock:
            self._balance = int(value)

    def reset(self, balance: int) -> None:
        with self._lock:
            self._balance = int(balance)
            self.spent = 0

    def reserve(self, credits: int) -> int:
        """Hold ``credits`` for a request, or raise the 402 :class:`ApiError`.

        Returns the amount held; pass it to :meth:`settle` once the request knows its real cost.
        """
        with self._lock:
            if credits > self._balance:
                raise insufficient(credits, self._balance)
            self._balance -= credits
            return credits

    def settle(self, held: int, actual: int) -> None:
        """Turn a hold into the actual debit (``actual <= held``), refunding the difference."""
        with self._lock:
            self._balance += held - actual
            self.spent += actual

    def refund(self, held: int) -> None:
        """Release a hold entirely (the request failed: failed requests are never charged)."""
        self.settle(held, 0)


def insufficient(required: int, balance: int) -> ApiError:
    return ApiError(
        402,
        f"Insufficient credits: this request needs {required} credits and the balance is {balance}. "
        "Top up at https://enterprise.jobo.world/credits.",
        extra={"credits_required": required, "credits_balance": balance},
        headers={"X-Credits-Required": str(required), "X-Credits-Balance": str(balance)},
    )


@dataclass(frozen=True)
class RateState:
    """What one request learned about its bucket: for the ``X-RateLimit-*`` headers."""

    limit: int
    remaining: int
    reset: int
    retry_after: int | None = None  # set when the request was refused


class RateLimiter:
    """Rolling-window request counters per ``(key, bucket)``.

    Args:
        limit: requests allowed per window in the general bucket; ``None`` disables enforcement
            (headers then report :attr:`UNLIMITED`).
        window: window length in seconds.
        feed_limit: requests per window in the feed bucket; default: same as ``limit``.
        clock: time source (``time.monotonic`` semantics are not needed; wall time is reported).
    """

    UNLIMITED = 1_000_000

    def __init__(
        self,
        limit: int | None = None,
        window: float = 60.0,
        feed_limit: int | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._lock = threading.Lock()
        self._hits: dict[tuple[str, str], deque[float]] = {}
        self.clock = clock
        self.configure(limit, window, feed_limit)

    def configure(self, limit: int | None, window: float = 60.0, feed_limit: int | None = None) -> None:
        """Change the limits (takes effect at once; counters are kept)."""
        if window <= 0:
            raise ValueError("window must be positive")
        self.limit = limit
        self.window = window
        self.feed_limit = feed_limit

    def reset(self) -> None:
        """Forget every counter."""
        with self._lock:
            self._hits.clear()

    def _limit_for(self, bucket: str) -> int | None:
        if bucket == "feed" and self.feed_limit is not None:
            return self.feed_limit
        return self.limit

    def hit(self, key: str, bucket: str) -> RateState:
        """Count one request; the returned state has ``retry_after`` set if it is refused."""
        now = self.clock()
        limit = self._limit_for(bucket)
        with self._lock:
            hits = self._hits.setdefault((key, bucket), deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            reported = limit if limit is not None else self.UNLIMITED
            if limit is not None and len(hits) >= limit:
                oldest = hits[0] if hits else now
                wait = oldest + self.window - now
                return RateState(reported, 0, math.ceil(oldest + self.window), max(1, math.ceil(wait)))
            hits.append(now)
            reset = math.ceil(hits[0] + self.window)
            return RateState(reported, max(0, reported - len(hits)), reset)

    def peek(self, key: str, bucket: str) -> RateState:
        """The bucket's state without counting a request (for responses that are not counted)."""
        now = self.clock()
        limit = self._limit_for(bucket)
        reported = limit if limit is not None else self.UNLIMITED
        with self._lock:
            hits = self._hits.get((key, bucket), deque())
            live = [h for h in hits if h > now - self.window]
        reset = math.ceil((live[0] if live else now) + self.window)
        return RateState(reported, max(0, reported - len(live)), reset)
