"""What :class:`~jobo_ext.sync.FeedSync` reports while it runs (``on_event``) and when it is done.

Events are small frozen records; :mod:`jobo_ext.sync.progress` turns them into a progress bar or log
lines, and a program can subscribe its own callback. :class:`SyncResult` is what
:meth:`FeedSync.run <jobo_ext.sync.FeedSync.run>` returns.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

import attrs

from jobo_ext.sync.rows import format_timestamp
from jobo_ext.sync.store import ExpireCounts, StoreStats, WriteCounts

__all__ = [
    "BatchStored",
    "Notice",
    "Phase",
    "PhaseFinished",
    "PhaseStarted",
    "Status",
    "SyncEvent",
    "SyncResult",
]

Phase = Literal["backfill", "incremental", "expired"]
Status = Literal["completed", "interrupted", "budget", "insufficient_credits"]
"""How a run ended without an exception: every phase asked for finished; a stop was requested
(Ctrl-C); the next batch would have gone over ``max_credits``; the API answered 402."""


@attrs.frozen
class PhaseStarted:
    phase: Phase
    description: str
    """The request in words: filters, watermark, where a resumed scan continues."""
    resumed: bool
    delivered: int = 0
    """Jobs (or ids) already delivered by a resumed scan."""
    estimated_total: int | None = None


@attrs.frozen
class BatchStored:
    """One batch (or page of expired ids) committed together with its cursor."""

    phase: Phase
    received: int
    """Jobs (or ids) in this batch."""
    delivered: int
    """Jobs (or ids) delivered by this scan so far, this batch included."""
    estimated_total: int | None
    writes: WriteCounts | None
    expired: ExpireCounts | None
    cursor: str | None
    """The cursor now on disk (``None``: the scan is complete)."""
    credits: float
    """Credits this batch cost (``X-Credits-Deducted``)."""
    run_received: int
    """Jobs received by the whole run so far."""
    run_credits: float
    elapsed: float
    """Seconds since the run started."""


@attrs.frozen
class PhaseFinished:
    phase: Phase
    completed: bool


@attrs.frozen
class Notice:
    message: str
    level: Literal["info", "warning"] = "info"


SyncEvent = PhaseStarted | BatchStored | PhaseFinished | Notice


@attrs.define(slots=False)
class SyncResult:
    """The outcome of one :meth:`FeedSync.run <jobo_ext.sync.FeedSync.run>`."""

    mode: str
    status: Status = "completed"
    reason: str | None = None
    """Why the run stopped early, in words."""
    dry_run: bool = False
    phases: list[str] = attrs.field(factory=list)
    """Phases that ran, in order, e.g. ``["backfill", "incremental", "expired"]``; a phase cut short
    is suffixed ``(stopped)``."""
    received: int = 0
    """Jobs received from the feed."""
    writes: WriteCounts = attrs.field(factory=WriteCounts)
    expired_received: int = 0
    """Ids received from the expired-ids feed."""
    expired: ExpireCounts = attrs.field(factory=ExpireCounts)
    credits_spent: float = 0.0
    """Sum of ``X-Credits-Deducted`` over the run's responses."""
    credits_balance: float | None = None
    """The last ``X-Credits-Balance`` seen."""
    requests: int = 0
    """Responses received, retried ones included."""
    restarts: int = 0
    """Scans restarted (refused cursor, 409 cursor restart)."""
    started_at: datetime.datetime | None = None
    finished_at: datetime.datetime | None = None
    elapsed: float = 0.0
    stats: StoreStats | None = None
    """Jobs in the store after the run."""
    cursor: str | None = None
    """A scan's cursor left on disk for the next run to resume from."""
    plan: list[str] = attrs.field(factory=list)
    """``dry_run``: what a real run would do."""
    estimated_jobs: int | None = None
    """``dry_run``: jobs a real run would fetch (``estimated_total`` of the feed), when known."""
    estimated_credits: float | None = None
    """``dry_run``: what fetching ``estimated_jobs`` would cost at the metered rate."""
    notes: list[str] = attrs.field(factory=list)
    max_credits: float | None = None
    """The run's credit budget (``--max-credits``), if it had one."""

    @property
    def jobs_per_second(self) -> float:
        return self.received / self.elapsed if self.elapsed > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        """A JSON-able summary (``jobo-sync --json``)."""
        return {
            "mode": self.mode,
            "status": self.status,
            "reason": self.reason,
            "dry_run": self.dry_run,
            "phases": self.phases,
            "received": self.received,
            "inserted": self.writes.inserted,
            "updated": self.writes.updated,
            "unchanged": self.writes.unchanged,
            "expired_received": self.expired_received,
            "expired_marked": self.expired.marked,
            "expired_already": self.expired.already,
            "expired_unknown": self.expired.unknown,
            "credits_spent": self.credits_spent,
            "credits_balance": self.credits_balance,
            "max_credits": self.max_credits,
            "requests": self.requests,
            "restarts": self.restarts,
            "started_at": format_timestamp(self.started_at) if self.started_at else None,
            "finished_at": format_timestamp(self.finished_at) if self.finished_at else None,
            "elapsed": round(self.elapsed, 3),
            "jobs_per_second": round(self.jobs_per_second, 1),
            "active": self.stats.active if self.stats else None,
            "expired": self.stats.expired if self.stats else None,
            "cursor": self.cursor,
            "plan": self.plan,
            "estimated_jobs": self.estimated_jobs,
            "estimated_credits": self.estimated_credits,
            "notes": self.notes,
        }
