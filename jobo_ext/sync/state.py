"""What a store remembers between runs: the sync scope, the watermarks and any scan in progress.

Stores keep it as ``key → JSON text`` rows of a ``sync_state`` table (:func:`state_to_items`,
:func:`state_from_items`) and write it in the same transaction as the jobs it describes, which is what
makes every run resumable: the cursor on disk always belongs to the last batch on disk.

Vocabulary (after the sync workflow of https://jobo.world/docs/api-reference/feed/jobs-feed):

* A **scan** pages ``POST /api/jobs/feed`` from a first request to ``has_more: false``. The backfill
  is a scan without ``updated_after``; an incremental run is a scan with ``updated_after =
  feed_watermark − overlap``. Its ``started_at`` is recorded before its first request.
* When a scan completes, its ``started_at`` becomes the **feed watermark** (the docs'
  ``last_run_started_at``).
* A **sweep** pages ``GET /api/jobs/expired`` from ``expired_since = expired_watermark − overlap``
  and marks the ids expired; when it completes its ``started_at`` becomes the **expired watermark**.
  A completed backfill sets the expired watermark to the backfill's start, because jobs that expired
  before that were never delivered, so never stored.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from jobo_ext.sync.rows import format_timestamp, parse_timestamp

__all__ = [
    "ExpiredSweep",
    "FeedScan",
    "ScanKind",
    "Scope",
    "SyncState",
    "restart_request",
    "state_from_items",
    "state_to_items",
]

ScanKind = Literal["backfill", "incremental"]
SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Scope:
    """The filters a database is synced with, fixed by its first run.

    Every scan uses them, so the incremental runs and the expired sweep describe the same set of jobs
    as the backfill. A different scope needs a different database.
    """

    sources: tuple[str, ...] | None = None
    """ATS ids (``greenhouse``, ``lever`` …), sorted and lower-cased; ``None``: every source."""
    since: datetime.datetime | None = None
    """Only jobs posted or first indexed at or after this instant (the feed's ``posted_after``)."""

    def describe(self) -> str:
        parts = [f"sources={','.join(self.sources)}" if self.sources else "all sources"]
        if self.since is not None:
            parts.append(f"posted/indexed since {format_timestamp(self.since)}")
        return ", ".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "sources": list(self.sources) if self.sources is not None else None,
            "since": format_timestamp(self.since) if self.since is not None else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Scope:
        sources = data.get("sources")
        since = data.get("since")
        return cls(
            sources=tuple(sources) if sources is not None else None,
            since=parse_timestamp(since) if since is not None else None,
        )


@dataclass(frozen=True, slots=True)
class FeedScan:
    """A jobs-feed scan in progress."""

    kind: ScanKind
    started_at: datetime.datetime
    """Recorded before the scan's first request; the feed watermark once the scan completes."""
    request: dict[str, Any]
    """The first request's JSON body: what the scan restarts from when its cursor is refused."""
    cursor: str | None = None
    """The ``next_cursor`` to continue with; ``None`` until the first batch is stored."""
    watermark: datetime.datetime | None = None
    """The latest ``updated_at`` delivered so far (where a legacy scan resumes after a 409)."""
    delivered: int = 0
    """Jobs delivered (and stored) so far, across restarts."""
    estimated_total: int | None = None
    """``estimated_total`` of the scan's first page."""
    restarts: int = 0
    """Times the scan was restarted (refused cursor, 409)."""

    @property
    def batch_size(self) -> int:
        """Jobs per batch: the cursor keeps the first request's batch size (API default 1000)."""
        value = self.request.get("batch_size")
        return value if isinstance(value, int) and value > 0 else 1_000

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "started_at": format_timestamp(self.started_at),
            "request": self.request,
            "cursor": self.cursor,
            "watermark": format_timestamp(self.watermark) if self.watermark is not None else None,
            "delivered": self.delivered,
            "estimated_total": self.estimated_total,
            "restarts": self.restarts,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FeedScan:
        watermark = data.get("watermark")
        kind = data["kind"]
        if kind not in ("backfill", "incremental"):
            raise ValueError(f"unknown scan kind {kind!r}")
        return cls(
            kind=kind,
            started_at=parse_timestamp(data["started_at"]),
            request=dict(data["request"]),
            cursor=data.get("cursor"),
            watermark=parse_timestamp(watermark) if watermark is not None else None,
            delivered=int(data.get("delivered", 0)),
            estimated_total=data.get("estimated_total"),
            restarts=int(data.get("restarts", 0)),
        )


@dataclass(frozen=True, slots=True)
class ExpiredSweep:
    """An expired-ids sweep in progress."""

    started_at: datetime.datetime
    """Recorded before the sweep's first request; the expired watermark once it completes."""
    since: datetime.datetime
    """The ``expired_since`` of its first request."""
    cursor: str | None = None
    seen: int = 0
    """Ids received so far."""

    def to_json(self) -> dict[str, Any]:
        return {
            "started_at": format_timestamp(self.started_at),
            "since": format_timestamp(self.since),
            "cursor": self.cursor,
            "seen": self.seen,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ExpiredSweep:
        return cls(
            started_at=parse_timestamp(data["started_at"]),
            since=parse_timestamp(data["since"]),
            cursor=data.get("cursor"),
            seen=int(data.get("seen", 0)),
        )


@dataclass(frozen=True, slots=True)
class SyncState:
    """Everything a store remembers about the sync (all ``None`` for a new database)."""

    scope: Scope | None = None
    backfill_completed_at: datetime.datetime | None = None
    feed_watermark: datetime.datetime | None = None
    """``last_run_started_at``: the start of the last completed scan."""
    expired_watermark: datetime.datetime | None = None
    """The start of the last completed sweep (or of the backfill, before the first sweep)."""
    scan: FeedScan | None = None
    sweep: ExpiredSweep | None = None
    extra: dict[str, str] = field(default_factory=dict)
    """Keys this version does not know, kept as they are."""

    @property
    def backfilled(self) -> bool:
        return self.backfill_completed_at is not None

    def with_scan(self, scan: FeedScan | None) -> SyncState:
        return replace(self, scan=scan)

    def with_sweep(self, sweep: ExpiredSweep | None) -> SyncState:
        return replace(self, sweep=sweep)

    def scan_completed(self, scan: FeedScan, now: datetime.datetime) -> SyncState:
        """The state once ``scan`` has delivered its last batch."""
        state = replace(self, scan=None, feed_watermark=scan.started_at)
        if scan.kind == "backfill":
            state = replace(
                state,
                backfill_completed_at=now,
                expired_watermark=self.expired_watermark or scan.started_at,
            )
        return state

    def sweep_completed(self, sweep: ExpiredSweep) -> SyncState:
        return replace(self, sweep=None, expired_watermark=sweep.started_at)


def _ts(value: datetime.datetime | None) -> str | None:
    return json.dumps(format_timestamp(value)) if value is not None else None


def state_to_items(state: SyncState) -> dict[str, str | None]:
    """The ``sync_state`` rows for ``state``: key → JSON text (``None``: delete the key)."""
    items: dict[str, str | None] = dict(state.extra)
    items.update(
        {
            "schema_version": json.dumps(SCHEMA_VERSION),
            "scope": json.dumps(state.scope.to_json()) if state.scope is not None else None,
            "backfill_completed_at": _ts(state.backfill_completed_at),
            "feed_watermark": _ts(state.feed_watermark),
            "expired_watermark": _ts(state.expired_watermark),
            "scan": json.dumps(state.scan.to_json()) if state.scan is not None else None,
            "sweep": json.dumps(state.sweep.to_json()) if state.sweep is not None else None,
        }
    )
    return items


def state_from_items(items: Mapping[str, str]) -> SyncState:
    """Read back what :func:`state_to_items` wrote."""
    known = {"schema_version", "scope", "backfill_completed_at", "feed_watermark", "expired_watermark"}
    known |= {"scan", "sweep"}
    version = json.loads(items.get("schema_version", "1"))
    if version > SCHEMA_VERSION:
        raise ValueError(
            f"the sync state was written by a newer jobo-sync (state version {version}); upgrade jobo-ext"
        )

    def ts(key: str) -> datetime.datetime | None:
        raw = items.get(key)
        return parse_timestamp(json.loads(raw)) if raw is not None else None

    def obj(key: str) -> dict[str, Any] | None:
        raw = items.get(key)
        return json.loads(raw) if raw is not None else None

    scope, scan, sweep = obj("scope"), obj("scan"), obj("sweep")
    return SyncState(
        scope=Scope.from_json(scope) if scope is not None else None,
        backfill_completed_at=ts("backfill_completed_at"),
        feed_watermark=ts("feed_watermark"),
        expired_watermark=ts("expired_watermark"),
        scan=FeedScan.from_json(scan) if scan is not None else None,
        sweep=ExpiredSweep.from_json(sweep) if sweep is not None else None,
        extra={k: v for k, v in items.items() if k not in known},
    )


def restart_request(scan: FeedScan, replacement: Mapping[str, Any] | None) -> dict[str, Any]:
    """The first request of the scan that replaces ``scan`` after its cursor became void.

    * The API's ``replacement_request`` (409 ``feed_cursor_restart_required``), when it sends one.
    * Else, for a legacy scan (``stable_scan: false``, ordered by ``updated_at``): the same request
      resumed from the scan's watermark — every job updated before it was delivered already.
    * Else the scan's own first request. A stable scan walks creation order, so no ``updated_at``
      bound resumes it without gaps; starting over costs a re-delivery, never a lost job (unchanged
      jobs are not rewritten).
    """
    if replacement:
        return dict(replacement)
    request = dict(scan.request)
    if request.get("stable_scan") is False and scan.watermark is not None:
        previous = request.get("updated_after")
        bound = scan.watermark
        if isinstance(previous, str):
            bound = max(bound, parse_timestamp(previous))
        request["updated_after"] = format_timestamp(bound)
    return request
