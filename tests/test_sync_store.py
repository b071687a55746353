"""The ``Store`` contract, for both stores: upsert counts, the unchanged-skip, expired markers, state
round trips, one transaction per batch, the writer lock, run history, read-only opening.

The PostgreSQL cases run against a real server started in a temporary directory (Debian's
``postgresql`` package) and are skipped, with the reason, only where it cannot be started.
"""

from __future__ import annotations

import datetime
import itertools
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from jobo_ext.sync import (
    ExpireCounts,
    ExpiredSweep,
    FeedScan,
    RunRecord,
    Scope,
    SQLiteStore,
    Store,
    StoreError,
    StoreLockedError,
    SyncState,
    WriteCounts,
)
from jobo_ext.sync.rows import JobRow
from jobo_ext.sync.store import StoreStats, UnstorableRowError
from tests.system_tools_needed import unavailable
from tests.test_sync_support import fresh_database, postgres_server

NOW = datetime.datetime(2026, 3, 1, 12, 0, tzinfo=datetime.UTC)
_names = itertools.count()


def row(n: int, updated: str = "2026-02-01T00:00:00Z", **changes: object) -> JobRow:
    base = JobRow(
        id=f"00000000-0000-4000-8000-{n:012d}",
        title=f"Job {n}",
        company_id="11111111-1111-4111-8111-111111111111",
        company_name="Acme",
        source="greenhouse",
        workplace_type="Remote",
        employment_type="Full-time",
        experience_level=None,
        location="Berlin, Germany",
        city="Berlin",
        country="Germany",
        date_posted=None,
        created_at="2026-01-01T00:00:00Z",
        updated_at=updated,
        data=f'{{"id": "{n}", "title": "Job {n}", "note": "quotes \\" and \\\\ survive"}}',
    )
    return attrs.evolve(base, **changes)  # type: ignore[arg-type]


def scan_state(cursor: str | None = "c1", delivered: int = 0) -> SyncState:
    scan = FeedScan(
        kind="backfill",
        started_at=NOW,
        request={"batch_size": 2, "sources": ["greenhouse"]},
        cursor=cursor,
        delivered=delivered,
    )
    return SyncState(scope=Scope(sources=("greenhouse",)), scan=scan)


@pytest.fixture(scope="module")
def pg_admin() -> Iterator[str | None]:
    with postgres_server() as (dsn, why):
        yield dsn if dsn is not None else "SKIP:" + why


def _open(kind: str, tmp_path: Path, pg_admin: str | None, *, read_only: bool = False) -> Store:
    if kind == "sqlite":
        return SQLiteStore(tmp_path / "jobs.sqlite", read_only=read_only)
    assert pg_admin is not None
    if pg_admin.startswith("SKIP:"):
        unavailable(pg_admin.removeprefix("SKIP:"))
    from jobo_ext.sync.postgres import PostgresStore

    return PostgresStore(fresh_database(pg_admin, f"store_{next(_names)}"), read_only=read_only)


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path, pg_admin: str | None) -> Iterator[Store]:
    opened = _open(request.param, tmp_path, pg_admin)
    try:
        yield opened
    finally:
        opened.close()


def stored_updated_at(store: Store) -> dict[str, tuple[str, bool]]:
    """``id → (updated_at text, expired)`` through the store's own connection."""
    from jobo_ext.sync.rows import format_timestamp

    if isinstance(store, SQLiteStore):
        rows = store.connection.execute("SELECT id, updated_at, expired FROM jobs").fetchall()
        return {r[0]: (r[1], bool(r[2])) for r in rows}
    conn = store.connection  # type: ignore[attr-defined]
    rows = conn.execute("SELECT id, updated_at, expired FROM jobs").fetchall()
    return {str(r[0]): (format_timestamp(r[1]), bool(r[2])) for r in rows}


def test_a_new_store_has_empty_state_and_no_jobs(store: Store) -> None:
    assert store.load_state() == SyncState()
    assert store.stats().active == store.stats().expired == 0
    assert store.runs() == []


def test_upsert_inserts_then_skips_unchanged_and_rewrites_changed(store: Store) -> None:
    first = store.apply_batch([row(1), row(2), row(3)], scan_state("c1", 3), now=NOW)
    assert first == WriteCounts(inserted=3)
    again = store.apply_batch(
        [row(1), row(2, "2026-02-02T00:00:00Z", title="Renamed"), row(4)], scan_state("c2", 6), now=NOW
    )
    assert again == WriteCounts(inserted=1, updated=1, unchanged=1)
    jobs = stored_updated_at(store)
    assert sorted(jobs) == [row(n).id for n in (1, 2, 3, 4)]
    assert jobs[row(2).id] == ("2026-02-02T00:00:00Z", False)
    assert store.load_state().scan == scan_state("c2", 6).scan


def test_a_job_twice_in_one_batch_is_written_once_with_the_later_version(store: Store) -> None:
    counts = store.apply_batch([row(1), row(1, "2026-02-03T00:00:00Z")], scan_state(), now=NOW)
    assert counts == WriteCounts(inserted=1, unchanged=1)
    assert stored_updated_at(store) == {row(1).id: ("2026-02-03T00:00:00Z", False)}


def test_sparse_rows_and_an_empty_batch_are_fine(store: Store) -> None:
    sparse = row(
        7,
        company_id=None,
        company_name=None,
        source=None,
        workplace_type=None,
        employment_type=None,
        location=None,
        city=None,
        country=None,
    )
    assert store.apply_batch([sparse], scan_state(), now=NOW) == WriteCounts(inserted=1)
    assert store.apply_batch([], scan_state(None, 1), now=NOW) == WriteCounts()
    assert store.load_state().scan == scan_state(None, 1).scan


def test_mark_expired_counts_marked_already_and_unknown(store: Store) -> None:
    store.apply_batch([row(1), row(2), row(3)], scan_state(), now=NOW)
    sweep = ExpiredSweep(started_at=NOW, since=NOW - datetime.timedelta(days=1), cursor="e1", seen=3)
    state = attrs.evolve(scan_state(), sweep=sweep)
    unknown = row(99).id
    assert store.mark_expired([row(1).id, row(2).id.upper(), unknown], state, now=NOW) == ExpireCounts(
        marked=2, unknown=1
    )
    assert store.mark_expired([row(1).id, row(3).id], state, now=NOW) == ExpireCounts(marked=1, already=1)
    assert {k for k, (_, expired) in stored_updated_at(store).items() if expired} == {
        row(n).id for n in (1, 2, 3)
    }
    assert store.stats().expired == 3
    assert store.load_state().sweep == sweep


def test_mark_and_sweep_expires_exactly_the_stored_jobs_a_full_scan_did_not_deliver(store: Store) -> None:
    store.apply_batch([row(n) for n in range(1, 7)], scan_state(), now=NOW)
    store.mark_expired([row(6).id], scan_state(), now=NOW)  # already expired: not counted again
    # An abandoned earlier scan left ids behind: "first" forgets them.
    store.apply_batch([row(5)], scan_state(), now=NOW, seen="first")
    assert store.apply_batch([row(1), row(2)], scan_state(), now=NOW, seen="first") == WriteCounts(
        unchanged=2
    )
    assert store.stats().expired == 1  # nothing is swept before the last batch
    last = store.apply_batch([row(3), row(7)], scan_state(None, 4), now=NOW, seen="last")
    assert last == WriteCounts(inserted=1, unchanged=1, swept=2)  # rows 4 and 5
    flags = {k: expired for k, (_, expired) in stored_updated_at(store).items()}
    assert {k for k, gone in flags.items() if gone} == {row(n).id for n in (4, 5, 6)}
    # Forgotten again: a later single-batch scan sweeps against its own ids only.
    only = store.apply_batch([row(1)], scan_state(None, 1), now=NOW, seen="only")
    assert only.swept == 3  # rows 2, 3 and 7


def test_an_expired_job_back_in_the_feed_is_revived_even_if_unchanged(store: Store) -> None:
    store.apply_batch([row(1)], scan_state(), now=NOW)
    store.mark_expired([row(1).id], scan_state(), now=NOW)
    assert store.apply_batch([row(1)], scan_state(), now=NOW) == WriteCounts(updated=1)
    assert stored_updated_at(store)[row(1).id] == ("2026-02-01T00:00:00Z", False)


def test_state_round_trips_and_none_fields_are_deleted(store: Store) -> None:
    full = SyncState(
        scope=Scope(sources=("greenhouse", "lever"), since=NOW - datetime.timedelta(days=30)),
        backfill_completed_at=NOW,
        feed_watermark=NOW - datetime.timedelta(hours=1),
        expired_watermark=NOW - datetime.timedelta(hours=2, microseconds=5),
        scan=FeedScan(
            kind="incremental",
            started_at=NOW,
            request={"updated_after": "2026-03-01T10:45:00Z", "batch_size": 500, "stable_scan": False},
            cursor="abc",
            watermark=NOW - datetime.timedelta(minutes=3),
            delivered=1500,
            estimated_total=4000,
            restarts=1,
        ),
        sweep=ExpiredSweep(started_at=NOW, since=NOW - datetime.timedelta(days=1), cursor=None, seen=0),
    )
    store.save_state(full)
    assert store.load_state() == full
    store.save_state(full.with_scan(None).with_sweep(None))
    assert store.load_state() == full.with_scan(None).with_sweep(None)


def test_a_failed_batch_writes_neither_its_jobs_nor_its_state(store: Store) -> None:
    store.apply_batch([row(1)], scan_state("c1", 1), now=NOW)
    broken = row(3, title=None)  # violates NOT NULL after row 2 was written in the same transaction
    with pytest.raises(Exception) as caught:
        store.apply_batch([row(2), broken], scan_state("c2", 3), now=NOW)
    assert not isinstance(caught.value, AssertionError)
    assert set(stored_updated_at(store)) == {row(1).id}
    assert store.load_state().scan == scan_state("c1", 1).scan
    # …and the store is still usable afterwards.
    assert store.apply_batch([row(2)], scan_state("c2", 2), now=NOW) == WriteCounts(inserted=1)


def test_run_history_records_runs_and_marks_dead_ones_aborted(store: Store) -> None:
    first = store.begin_run(RunRecord(started_at=NOW, mode="all"))
    second = store.begin_run(RunRecord(started_at=NOW + datetime.timedelta(minutes=5), mode="backfill"))
    done = RunRecord(
        started_at=NOW + datetime.timedelta(minutes=5),
        finished_at=NOW + datetime.timedelta(minutes=6),
        mode="backfill",
        status="completed",
        phases="backfill",
        received=10,
        inserted=9,
        updated=1,
        credits_spent=5.5,
        requests=2,
    )
    store.finish_run(second, done)
    runs = store.runs()
    assert [r.id for r in runs] == [second, first]
    assert runs[0] == attrs.evolve(done, id=second)
    assert runs[1].status == "aborted"  # it never finished: its process died


def test_only_one_writer_holds_the_lock(tmp_path: Path, pg_admin: str | None, store: Store) -> None:
    store.acquire_lock()
    store.acquire_lock()  # re-entrant for the holder
    if isinstance(store, SQLiteStore):
        other: Store = SQLiteStore(store.path)
    else:
        from jobo_ext.sync.postgres import PostgresStore

        other = PostgresStore(store.connection.info.dsn, lock_wait=0.2)  # type: ignore[attr-defined]
    try:
        with pytest.raises(StoreLockedError):
            other.acquire_lock()
        store.close()
        other.acquire_lock()  # released with the holder's connection
    finally:
        other.close()


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_read_only_store_creates_and_writes_nothing(kind: str, tmp_path: Path, pg_admin: str | None) -> None:
    reader = _open(kind, tmp_path, pg_admin, read_only=True)
    try:
        assert reader.load_state() == SyncState()
        assert reader.stats().active == 0
        with pytest.raises(StoreError):
            reader.save_state(scan_state())
        with pytest.raises(StoreError):
            reader.acquire_lock()
    finally:
        reader.close()
    if kind == "sqlite":
        assert not (tmp_path / "jobs.sqlite").exists()


def test_sqlite_uses_wal_and_a_documented_schema(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "jobs.sqlite") as store:
        store.apply_batch([row(1)], scan_state(), now=NOW)
    conn = sqlite3.connect(tmp_path / "jobs.sqlite")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        columns = [r[1] for r in conn.execute("PRAGMA table_info(jobs)")]
        assert columns[:14] == [
            "id",
            "title",
            "company_id",
            "company_name",
            "source",
            "workplace_type",
            "employment_type",
            "experience_level",
            "location",
            "city",
            "country",
            "date_posted",
            "created_at",
            "updated_at",
        ]
        assert {"expired", "expired_at", "first_seen_at", "synced_at", "data"} <= set(columns)
        title = conn.execute("SELECT json_extract(data, '$.title') FROM jobs").fetchone()[0]
        assert title == "Job 1"
    finally:
        conn.close()


def test_sqlite_refuses_a_newer_schema_and_a_foreign_file(tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite"
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        SQLiteStore(newer)
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE other (x)")
    conn.close()
    with pytest.raises(StoreError, match="not a jobo-sync database"):
        SQLiteStore(foreign, read_only=True)


# ---------------------------------------------------------------------- PostgreSQL end to end


def test_postgres_store_runs_the_whole_sync(pg_admin: str | None, tmp_path: Path) -> None:
    """Backfill, a mid-backfill stop and resume, then an incremental run and a sweep, into PostgreSQL;
    and the CLI's ``--postgres`` on the same database."""
    if pg_admin is None or pg_admin.startswith("SKIP:"):
        unavailable((pg_admin or "").removeprefix("SKIP:"))
    from jobo_ext.sync import FeedSync
    from jobo_ext.sync.cli import main
    from jobo_ext.sync.postgres import PostgresStore
    from jobo_ext.testing import MockJoboServer
    from tests.test_sync_support import Clock, client_for, dataset_jobs, pg_jobs

    dsn = fresh_database(pg_admin, "sync_e2e")
    clock = Clock()
    with MockJoboServer(jobs=1_500, seed=8, clock=clock) as server, client_for(server) as client:
        with PostgresStore(dsn) as store:
            stopped = FeedSync(client, store, batch_size=300, clock=clock.utc, max_credits=300).run()
            assert stopped.status == "budget" and store.stats().active == 600
            done = FeedSync(client, store, batch_size=300, clock=clock.utc).run()
            assert done.status == "completed" and done.writes == WriteCounts(inserted=900)
        assert {k: v[0] for k, v in pg_jobs(dsn).items()} == dataset_jobs(server)

        clock.advance(3_600)
        gone = set(server.dataset.expire(12))
        server.dataset.touch(9)
        server.dataset.add(4)
        env = {"JOBO_API_KEY": server.api_key, "JOBO_BASE_URL": server.url}
        with pytest.MonkeyPatch.context() as patch:
            for name, value in env.items():
                patch.setenv(name, value)
            assert main(["--postgres", dsn, "--progress", "none", "--json"]) == 0
        stored = pg_jobs(dsn)
        assert {k for k, (_, flag) in stored.items() if flag} == gone
        assert {k: v[0] for k, v in stored.items() if not v[1]} == dataset_jobs(server)
        with PostgresStore(dsn, read_only=True) as reader:
            assert [run.status for run in reader.runs()] == ["completed", "completed", "budget"]
            assert reader.runs()[0].inserted == 4 and reader.runs()[0].updated == 9


def test_a_row_the_database_refuses_is_a_typed_error_and_the_batch_is_rolled_back(store: Store) -> None:
    """Regression: text that is not valid UTF-8 (a lone surrogate, as json.loads decodes such bytes)
    ended in a UnicodeEncodeError, and JSON that jsonb refuses in a raw psycopg error."""
    undecodable = row(2, title="Caf\udcff")
    with pytest.raises(
        UnstorableRowError, match=r"job 00000000-0000-4000-8000-000000000002: title is not valid"
    ):
        store.apply_batch([row(1), undecodable], scan_state(), now=NOW)
    assert store.stats() == StoreStats(active=0, expired=0)
    assert store.load_state().scan is None
    escaped = row(3, data='{"id": "3", "note": "\\ud800"}')  # valid JSON text; jsonb refuses the escape
    if isinstance(store, SQLiteStore):
        assert store.apply_batch([escaped], scan_state(), now=NOW) == WriteCounts(inserted=1)
    else:
        with pytest.raises(UnstorableRowError, match="PostgreSQL refused a job of the batch"):
            store.apply_batch([escaped], scan_state(), now=NOW)
        assert store.stats() == StoreStats(active=0, expired=0)
