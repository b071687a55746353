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
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar

import attrs

from jobo_ext.errors import JoboError
from jobo_ext.sync.rows import format_timestamp, parse_timestamp

__all__ = [
    "FUTURE_TOLERANCE",
    "SCHEMA_VERSION",
    "CorruptStateError",
    "ExpiredSweep",
    "FeedScan",
    "ScanKind",
    "Scope",
    "SyncState",
    "check_state_times",
    "restart_request",
    "scope_from_items",
    "state_from_items",
    "state_to_items",
]

_T = TypeVar("_T")
ScanKind = Literal["backfill", "incremental"]
SCHEMA_VERSION = 1
FUTURE_TOLERANCE = datetime.timedelta(days=1)
"""A stored timestamp later than now plus this is corrupt: no clock is that far off, and a watermark
in the future would make every later run fetch nothing."""


class CorruptStateError(JoboError, ValueError):
    """A ``sync_state`` row cannot be read (invalid JSON, a wrong type, a timestamp in the future).

    ``key`` names the row. Resuming cannot work from it; ``--rebackfill`` can, unless the bad row is
    the scope (which a re-backfill keeps).
    """

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"sync_state key {key!r}: {problem}")
        self.key = key
        self.problem = problem


@attrs.frozen
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


@attrs.frozen
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
    sweep_unseen: bool = False
    """Mark and sweep: the scan records every id it delivers, and when it completes every stored job
    it did not deliver is marked expired (in the transaction of its last batch). A full scan does this
    after ``--rebackfill`` and when the last sweep is older than the expired feed's 7-day window."""

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
            "sweep_unseen": self.sweep_unseen,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FeedScan:
        watermark = data.get("watermark")
        kind = data["kind"]
        if kind not in ("backfill", "incremental"):
            raise ValueError(f"unknown scan kind {kind!r}")
        if not isinstance(data.get("cursor"), str | None):
            raise TypeError(f"cursor must be a string, got {data.get('cursor')!r}")
        return cls(
            kind=kind,
            started_at=parse_timestamp(data["started_at"]),
            request=dict(data["request"]),
            cursor=data.get("cursor"),
            watermark=parse_timestamp(watermark) if watermark is not None else None,
            delivered=int(data.get("delivered", 0)),
            estimated_total=data.get("estimated_total"),
            restarts=int(data.get("restarts", 0)),
            sweep_unseen=bool(data.get("sweep_unseen", False)),
        )


@attrs.frozen
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
        if not isinstance(data.get("cursor"), str | None):
            raise TypeError(f"cursor must be a string, got {data.get('cursor')!r}")
        return cls(
            started_at=parse_timestamp(data["started_at"]),
            since=parse_timestamp(data["since"]),
            cursor=data.get("cursor"),
            seen=int(data.get("seen", 0)),
        )


@attrs.frozen
class SyncState:
    """Everything a store remembers about the sync (all ``None`` for a new database)."""

    scope: Scope | None = None
    backfill_completed_at: datetime.datetime | None = None
    feed_watermark: datetime.datetime | None = None
    """``last_run_started_at``: the start of the last completed scan."""
    expired_watermark: datetime.datetime | None = None
    """The start of the last completed sweep (or of the backfill, before the first sweep)."""
    backfill_rows: int | None = None
    """Rows in the jobs table when the last backfill completed: what the start-of-run check compares
    the table with (``None`` for a database from before this was recorded)."""
    scan: FeedScan | None = None
    sweep: ExpiredSweep | None = None
    extra: dict[str, str] = attrs.field(factory=dict)
    """Keys this version does not know, kept as they are."""

    @property
    def backfilled(self) -> bool:
        return self.backfill_completed_at is not None

    def with_scan(self, scan: FeedScan | None) -> SyncState:
        return attrs.evolve(self, scan=scan)

    def with_sweep(self, sweep: ExpiredSweep | None) -> SyncState:
        return attrs.evolve(self, sweep=sweep)

    def scan_completed(self, scan: FeedScan, now: datetime.datetime) -> SyncState:
        """The state once ``scan`` has delivered its last batch."""
        state = attrs.evolve(self, scan=None, feed_watermark=scan.started_at)
        if scan.kind == "backfill":
            state = attrs.evolve(
                state,
                backfill_completed_at=now,
                expired_watermark=self.expired_watermark or scan.started_at,
            )
        if scan.sweep_unseen:  # every job that expired before the scan began is marked by now
            state = attrs.evolve(state, expired_watermark=scan.started_at)
        return state

    def sweep_completed(self, sweep: ExpiredSweep) -> SyncState:
        return attrs.evolve(self, sweep=None, expired_watermark=sweep.started_at)


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
            "backfill_rows": json.dumps(state.backfill_rows) if state.backfill_rows is not None else None,
            "scan": json.dumps(state.scan.to_json()) if state.scan is not None else None,
            "sweep": json.dumps(state.sweep.to_json()) if state.sweep is not None else None,
        }
    )
    return items


_KNOWN = frozenset(
    {
        "schema_version",
        "scope",
        "backfill_completed_at",
        "feed_watermark",
        "expired_watermark",
        "backfill_rows",
        "scan",
        "sweep",
    }
)


def _decode(items: Mapping[str, str], key: str, parse: Callable[[Any], _T]) -> _T | None:
    """``parse`` of the JSON in row ``key`` (``None`` when the row is absent or JSON null); any
    failure becomes a :class:`CorruptStateError` naming the row."""
    raw = items.get(key)
    if raw is None:
        return None
    try:
        value = json.loads(raw)
        return None if value is None else parse(value)
    except CorruptStateError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        shown = raw if len(raw) <= 60 else raw[:57] + "..."
        raise CorruptStateError(key, f"cannot read {shown!r} ({type(exc).__name__}: {exc})") from None


def _timestamp(value: Any) -> datetime.datetime:
    if not isinstance(value, str):
        raise TypeError(f"expected a timestamp string, got {type(value).__name__}")
    return parse_timestamp(value)


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise TypeError(f"expected a non-negative integer, got {value!r}")
    return value


def _mapping(parse: Callable[[Mapping[str, Any]], _T]) -> Callable[[Any], _T]:
    def checked(value: Any) -> _T:
        if not isinstance(value, dict):
            raise TypeError(f"expected a JSON object, got {type(value).__name__}")
        return parse(value)

    return checked


def scope_from_items(items: Mapping[str, str]) -> Scope | None:
    """The stored scope alone, read without the other rows (what ``--rebackfill`` keeps)."""
    return _decode(items, "scope", _mapping(Scope.from_json))


def state_from_items(items: Mapping[str, str]) -> SyncState:
    """Read back what :func:`state_to_items` wrote; a row that cannot be read raises
    :class:`CorruptStateError` naming it."""
    version = _decode(items, "schema_version", _count) or 1
    if version > SCHEMA_VERSION:
        raise ValueError(
            f"the sync state was written by a newer jobo-sync (state version {version}); upgrade jobo-ext"
        )
    return SyncState(
        scope=scope_from_items(items),
        backfill_completed_at=_decode(items, "backfill_completed_at", _timestamp),
        feed_watermark=_decode(items, "feed_watermark", _timestamp),
        expired_watermark=_decode(items, "expired_watermark", _timestamp),
        backfill_rows=_decode(items, "backfill_rows", _count),
        scan=_decode(items, "scan", _mapping(FeedScan.from_json)),
        sweep=_decode(items, "sweep", _mapping(ExpiredSweep.from_json)),
        extra={k: v for k, v in items.items() if k not in _KNOWN},
    )


def check_state_times(state: SyncState, now: datetime.datetime) -> None:
    """Raise :class:`CorruptStateError` for a stored timestamp later than ``now`` plus a day."""
    limit = now + FUTURE_TOLERANCE
    stamps: list[tuple[str, datetime.datetime | None]] = [
        ("backfill_completed_at", state.backfill_completed_at),
        ("feed_watermark", state.feed_watermark),
        ("expired_watermark", state.expired_watermark),
        ("scope", state.scope.since if state.scope else None),
    ]
    if state.scan is not None:
        stamps += [("scan", state.scan.started_at), ("scan", state.scan.watermark)]
    if state.sweep is not None:
        stamps += [("sweep", state.sweep.started_at), ("sweep", state.sweep.since)]
    for key, value in stamps:
        if value is not None and value > limit:
            raise CorruptStateError(
                key, f"{format_timestamp(value)} is in the future (now {format_timestamp(now)})"
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
