"""The ``Store`` interface :class:`~jobo_ext.sync.FeedSync` writes through, and its small records.

A store owns five things: the ``jobs`` table (upsert by id), the expired markers on it, the sync
state (:class:`~jobo_ext.sync.state.SyncState`), the ids a mark-and-sweep scan has delivered so far,
and the run history. The one rule every
implementation must keep: :meth:`Store.apply_batch` and :meth:`Store.mark_expired` write their rows
**and** the new state in one transaction, so that the cursor on disk always belongs to the last batch
on disk — a crash at any point then loses nothing and duplicates nothing.

Two implementations ship: :class:`~jobo_ext.sync.sqlite.SQLiteStore` (standard library, the default)
and :class:`~jobo_ext.sync.postgres.PostgresStore` (needs the ``postgres`` extra).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Literal, Protocol, runtime_checkable

import attrs

from jobo_ext.errors import JoboError
from jobo_ext.sync.rows import JobRow
from jobo_ext.sync.state import SyncState

__all__ = [
    "RUN_COLUMNS",
    "ExpireCounts",
    "RunRecord",
    "SeenMode",
    "Store",
    "StoreError",
    "StoreLockedError",
    "StoreStats",
    "StoreUnreadableError",
    "UnstorableRowError",
    "WriteCounts",
]


SeenMode = Literal["first", "more", "last", "only"]
"""Where a batch sits in a mark-and-sweep scan (see :meth:`Store.apply_batch`); ``"only"``: first and last."""


class StoreError(JoboError):
    """A store cannot be used as asked (wrong schema version, missing driver …)."""


class StoreUnreadableError(StoreError):
    """The database itself cannot be read (not a database, truncated, malformed)."""


class UnstorableRowError(StoreError):
    """A row of the batch holds what the database refuses (text that is not valid UTF-8, JSON ``jsonb``
    does not take); the batch was rolled back."""


class StoreLockedError(StoreError):
    """Another sync holds the store's lock: two writers would fetch every batch twice."""


@attrs.frozen
class WriteCounts:
    """What one :meth:`Store.apply_batch` did."""

    inserted: int = 0
    updated: int = 0
    """Existing jobs rewritten: a new ``updated_at``, or a job marked expired that is back in the feed."""
    unchanged: int = 0
    """Jobs whose stored ``updated_at`` equals the delivered one: not written."""
    swept: int = 0
    """Stored active jobs a completed mark-and-sweep scan did not deliver, now marked expired."""

    def __add__(self, other: WriteCounts) -> WriteCounts:
        return WriteCounts(
            self.inserted + other.inserted,
            self.updated + other.updated,
            self.unchanged + other.unchanged,
            self.swept + other.swept,
        )


@attrs.frozen
class ExpireCounts:
    """What one :meth:`Store.mark_expired` did."""

    marked: int = 0
    """Stored active jobs now marked expired."""
    already: int = 0
    """Ids already marked expired."""
    unknown: int = 0
    """Ids not in the store (expired before they were ever delivered, or outside the scope)."""

    def __add__(self, other: ExpireCounts) -> ExpireCounts:
        return ExpireCounts(
            self.marked + other.marked, self.already + other.already, self.unknown + other.unknown
        )


@attrs.frozen
class StoreStats:
    active: int
    expired: int


@attrs.frozen
class RunRecord:
    """One row of the run history (``sync_runs``)."""

    started_at: datetime.datetime
    mode: str
    status: str = "running"
    """``running``, ``completed``, ``interrupted``, ``budget``, ``insufficient_credits``, ``failed``,
    or ``aborted`` (the process died without finishing the row)."""
    finished_at: datetime.datetime | None = None
    phases: str = ""
    received: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    expired_marked: int = 0
    credits_spent: float = 0.0
    requests: int = 0
    error: str | None = None
    id: int | None = None


# The stored columns of a RunRecord (all its fields but ``id``), in the order both stores use.
RUN_COLUMNS: tuple[str, ...] = (
    "started_at",
    "finished_at",
    "mode",
    "status",
    "phases",
    "received",
    "inserted",
    "updated",
    "unchanged",
    "expired_marked",
    "credits_spent",
    "requests",
    "error",
)


@runtime_checkable
class Store(Protocol):
    """Where :class:`~jobo_ext.sync.FeedSync` keeps jobs and state. Not shared between threads."""

    read_only: bool
    """A read-only store (``--dry-run``) never creates or writes anything; writes raise."""

    def describe(self) -> str:
        """A short human name (a path, a redacted DSN) for logs."""
        ...

    def acquire_lock(self) -> None:
        """Become the only writer until :meth:`close`, or raise :class:`StoreLockedError`.

        The lock must die with the process (``flock``, a session advisory lock) so that a killed
        sync never blocks the next one, and must belong to the data itself (the file, not the path
        that names it) so that every way of naming the same database meets the same lock.
        """
        ...

    def state_items(self) -> dict[str, str]:
        """The ``sync_state`` rows as stored (key → JSON text), unparsed."""
        ...

    def load_state(self) -> SyncState:
        """The committed sync state (an empty :class:`SyncState` for a new store); a row that cannot
        be read raises :class:`~jobo_ext.sync.state.CorruptStateError`."""
        ...

    def save_state(self, state: SyncState) -> None:
        """Commit ``state`` alone (starting a scan or sweep)."""
        ...

    def apply_batch(
        self,
        rows: Sequence[JobRow],
        state: SyncState,
        *,
        now: datetime.datetime,
        seen: SeenMode | None = None,
    ) -> WriteCounts:
        """In one transaction: upsert ``rows`` by id and save ``state``.

        A row is written when its id is new, when its ``updated_at`` differs from the stored one, or
        when the stored job is marked expired (the feed only serves active jobs, so it is back);
        otherwise it counts as unchanged and is left alone. ``now`` stamps ``synced_at``.

        ``seen`` (mark and sweep): ``"first"`` forgets the ids recorded by an earlier scan, then
        records these; ``"more"`` records them too; ``"last"`` records them, then marks every stored
        active job whose id was not recorded expired (counted in ``swept``) and forgets the ids;
        ``"only"`` does all three.
        """
        ...

    def mark_expired(self, ids: Sequence[str], state: SyncState, *, now: datetime.datetime) -> ExpireCounts:
        """In one transaction: mark the stored jobs with these ids expired (``expired_at = now`` if
        not already marked) and save ``state``. Unknown ids are counted, not stored."""
        ...

    def begin_run(self, run: RunRecord) -> int:
        """Record a starting run; returns its id. Rows of runs still ``running`` are marked
        ``aborted`` first (the caller holds the lock, so no other run is alive)."""
        ...

    def finish_run(self, run_id: int, run: RunRecord) -> None:
        """Record how run ``run_id`` ended."""
        ...

    def runs(self, limit: int = 20) -> list[RunRecord]:
        """The latest runs, newest first."""
        ...

    def stats(self) -> StoreStats:
        """How many jobs are stored, active and expired."""
        ...

    def close(self) -> None:
        """Release the lock and the connection."""
        ...
