"""Keep a local database in sync with the Jobo jobs feed: backfill, incremental runs, expired sweep.

>>> from jobo_ext import JoboClient
>>> from jobo_ext.sync import FeedSync, SQLiteStore
>>> with JoboClient() as jobo, SQLiteStore("jobs.sqlite") as store:
...     result = FeedSync(jobo, store, sources=["greenhouse", "lever"]).run()

The same from a shell: ``jobo-sync --db jobs.sqlite --sources greenhouse,lever``. See
:mod:`jobo_ext.sync.engine` for the algorithm, :mod:`jobo_ext.sync.store` for the store interface,
:mod:`jobo_ext.sync.sqlite` for the schema. ``PostgresStore`` lives in :mod:`jobo_ext.sync.postgres`
(it needs the ``postgres`` extra).
"""

from jobo_ext.sync.budget import CreditMeter
from jobo_ext.sync.engine import (
    FeedSync,
    Mode,
    ScopeMismatchError,
    StateMismatchError,
    SyncError,
    SyncUsageError,
    check_sources,
)
from jobo_ext.sync.events import BatchStored, Notice, PhaseFinished, PhaseStarted, SyncEvent, SyncResult
from jobo_ext.sync.rows import JobRow, job_row, job_row_from_json
from jobo_ext.sync.sqlite import SQLiteStore
from jobo_ext.sync.state import CorruptStateError, ExpiredSweep, FeedScan, Scope, SyncState
from jobo_ext.sync.store import (
    ExpireCounts,
    RunRecord,
    Store,
    StoreError,
    StoreLockedError,
    StoreStats,
    StoreUnreadableError,
    WriteCounts,
)

__all__ = [
    "BatchStored",
    "CorruptStateError",
    "CreditMeter",
    "ExpireCounts",
    "ExpiredSweep",
    "FeedScan",
    "FeedSync",
    "JobRow",
    "Mode",
    "Notice",
    "PhaseFinished",
    "PhaseStarted",
    "RunRecord",
    "SQLiteStore",
    "Scope",
    "ScopeMismatchError",
    "StateMismatchError",
    "Store",
    "StoreError",
    "StoreLockedError",
    "StoreStats",
    "StoreUnreadableError",
    "SyncError",
    "SyncEvent",
    "SyncResult",
    "SyncState",
    "SyncUsageError",
    "WriteCounts",
    "check_sources",
    "job_row",
    "job_row_from_json",
]
