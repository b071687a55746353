"""``FeedSync`` must not report ``completed`` over wrong data: state checked against the table,
resumed incremental scans caught up, corrupt state refused by name, watermarks from a scan's start,
mark and sweep after a gap longer than the expired feed's window, sources checked before they cost.

In process against ``MockJoboServer`` with a shared settable clock (see ``test_sync_engine``)."""

from __future__ import annotations

import contextlib
import datetime
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from jobo_ext import JoboClient
from jobo_ext.errors import AuthenticationError
from jobo_ext.sync import BatchStored, Notice, SQLiteStore, SyncEvent
from jobo_ext.sync.engine import StateMismatchError, SyncUsageError
from jobo_ext.sync.rows import format_timestamp, parse_timestamp
from jobo_ext.sync.state import CorruptStateError, SyncState, check_state_times, state_from_items
from jobo_ext.testing import MockJoboServer
from tests.test_sync_support import (
    SYNC_BATCH,
    Clock,
    active,
    client_for,
    dataset_jobs,
    expired,
    feed_bodies,
    sync_once,
)

JOBS = 2_000
BATCH = SYNC_BATCH


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> Iterator[MockJoboServer]:
    with MockJoboServer(jobs=JOBS, seed=43, clock=clock) as srv:
        yield srv


@pytest.fixture
def client(server: MockJoboServer) -> Iterator[JoboClient]:
    with client_for(server) as jobo:
        yield jobo


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "jobs.sqlite"


def execute(db: Path, sql: str, *params: object) -> None:
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(sql, params)


# ---------------------------------------------------------------------- 1: state against data


@pytest.mark.parametrize("damage", ["DELETE FROM jobs", "DROP TABLE jobs"])
def test_an_emptied_or_dropped_jobs_table_is_a_disagreement_until_rebackfill(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock, damage: str
) -> None:
    sync_once(client, db, clock, sources=["greenhouse", "lever"])
    before = active(db)
    with SQLiteStore(db) as store:
        assert store.load_state().backfill_rows == len(before) > 0
        runs_before = len(store.runs())
    execute(db, damage)
    clock.advance(600)
    with pytest.raises(StateMismatchError, match=r"jobs table is empty.*--rebackfill"):
        sync_once(client, db, clock)
    clock.advance(600)
    result = sync_once(client, db, clock, rebackfill=True)
    assert result.status == "completed" and result.phases[0] == "backfill"
    assert active(db) == before
    with SQLiteStore(db) as store:
        state = store.load_state()
        assert state.scope is not None and state.scope.sources == ("greenhouse", "lever")  # kept
        assert len(store.runs()) == runs_before + 1  # the history is kept too
    assert sync_once(client, db, clock).status == "completed"


def test_rebackfill_keeps_the_scope_and_refetches_everything(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    sync_once(client, db, clock)
    clock.advance(600)
    server.requests.clear()
    result = sync_once(client, db, clock, rebackfill=True)
    assert result.received >= JOBS and result.writes.unchanged >= JOBS
    starts = [b for b in feed_bodies(server) if "cursor" not in b]
    assert "updated_after" not in starts[0]


# ---------------------------------------------------------------------- 2: resumed incremental


def test_a_resumed_incremental_scan_is_followed_by_a_fresh_one_before_completed(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    sync_once(client, db, clock)
    clock.advance(3_600)
    server.dataset.touch(1_200)  # an incremental of three batches
    server.faults.add(path="/api/jobs/feed", status=401, after=1)
    with pytest.raises(AuthenticationError):
        sync_once(client, db, clock)
    server.faults.clear()
    clock.advance(600)
    late = server.dataset.touch(600)  # after the interrupted scan began: some behind its cursor
    result = sync_once(client, db, clock)
    assert result.status == "completed" and result.phases[:2] == ["incremental", "incremental"]
    assert active(db) == dataset_jobs(server)
    assert all(active(db)[job_id] == server.dataset.updated_at(job_id) for job_id in late)


# ---------------------------------------------------------------------- 3: corrupt state


@pytest.mark.parametrize(
    ("key", "value", "match"),
    [
        ("feed_watermark", "{not json", "feed_watermark"),
        ("scan", '{"kind": "backfill", "started_at": 5, "request": {}}', "scan"),
        ("scan", '"a string"', "scan"),
        ("backfill_rows", '"many"', "backfill_rows"),
        ("scope", '{"sources": 7}', "scope"),
        ("expired_watermark", '"2999-01-01T00:00:00Z"', "in the future"),
    ],
)
def test_a_corrupt_state_row_is_refused_by_name(
    client: JoboClient, db: Path, clock: Clock, key: str, value: str, match: str
) -> None:
    sync_once(client, db, clock)
    execute(db, "UPDATE sync_state SET value = ? WHERE key = ?", value, key)
    execute(db, "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)", key, value)
    with pytest.raises(CorruptStateError, match=match) as raised:
        sync_once(client, db, clock)
    assert raised.value.key == key


def test_a_future_watermark_is_corrupt_but_a_day_of_clock_skew_is_not() -> None:
    now = datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC)
    check_state_times(SyncState(feed_watermark=now + datetime.timedelta(hours=23)), now)
    with pytest.raises(CorruptStateError, match="feed_watermark"):
        check_state_times(SyncState(feed_watermark=now + datetime.timedelta(days=1, seconds=1)), now)
    with pytest.raises(CorruptStateError, match="'scan'"):
        state_from_items({"scan": '{"kind": "backfill", "started_at": "x", "request": {}}'})


def test_rebackfill_works_without_reading_a_corrupt_state_row(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    sync_once(client, db, clock)
    execute(db, "UPDATE sync_state SET value = '\"2999-01-01T00:00:00Z\"' WHERE key = 'feed_watermark'")
    result = sync_once(client, db, clock, rebackfill=True)
    assert result.status == "completed" and active(db) == dataset_jobs(server)
    with SQLiteStore(db) as store:
        assert store.load_state().feed_watermark is not None
        assert store.load_state().feed_watermark < clock.utc() + datetime.timedelta(days=1)  # type: ignore[operator]


# ---------------------------------------------------------------------- 4: long scans


def test_the_next_incremental_starts_from_the_scan_start_even_when_the_scan_outlasts_the_overlap(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    sync_once(client, db, clock)
    clock.advance(3_600)
    server.dataset.touch(1_000)
    scan_started = clock.utc()

    def slow(event: SyncEvent) -> None:
        if isinstance(event, BatchStored) and event.phase == "incremental":
            clock.advance(40 * 60)  # each batch takes 40 minutes: far longer than the 15-minute overlap

    sync_once(client, db, clock, mode="incremental", on_event=slow)
    assert clock.utc() - scan_started >= datetime.timedelta(hours=2)
    with SQLiteStore(db) as store:
        assert store.load_state().feed_watermark == scan_started
    server.requests.clear()
    sync_once(client, db, clock, mode="incremental")
    [first] = [b for b in feed_bodies(server) if "cursor" not in b]
    assert parse_timestamp(first["updated_after"]) == scan_started - datetime.timedelta(minutes=15)


# ---------------------------------------------------------------------- 5: gap beyond the expired window


def test_a_pause_longer_than_the_expired_window_marks_the_jobs_that_expired_in_the_gap(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    sync_once(client, db, clock)
    clock.advance(86_400)
    gone = set(server.dataset.expire(30))  # one day into a ten-day pause
    clock.advance(9 * 86_400)
    # Killed mid-scan: nothing is swept before the re-scan completes; the next run resumes it.
    server.faults.add(path="/api/jobs/feed", status=401, after=2)
    with pytest.raises(AuthenticationError):
        sync_once(client, db, clock)
    server.faults.clear()
    assert expired(db) == set()
    with SQLiteStore(db) as store:
        pending = store.load_state().scan
        assert pending is not None and pending.sweep_unseen and pending.delivered == 2 * BATCH
    result = sync_once(client, db, clock)
    assert result.status == "completed"
    assert expired(db) == gone
    assert active(db) == dataset_jobs(server)
    assert result.expired.marked == len(gone)
    with SQLiteStore(db) as store:
        state = store.load_state()
        assert clock.utc() - state.expired_watermark < datetime.timedelta(days=1)  # type: ignore[operator]
        assert store.connection.execute("SELECT COUNT(*) FROM sync_seen").fetchone()[0] == 0


def test_a_weekly_sync_needs_no_rescan(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    sync_once(client, db, clock)
    clock.advance(6 * 86_400)
    gone = set(server.dataset.expire(5))
    server.requests.clear()
    result = sync_once(client, db, clock)
    assert result.phases == ["incremental", "expired"] and expired(db) == gone
    assert not any("re-scanning" in note for note in result.notes)


# ---------------------------------------------------------------------- 8: sources


def test_an_unknown_source_is_refused_with_the_nearest_one_before_any_feed_request(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    with pytest.raises(SyncUsageError, match="did you mean 'greenhouse'"):
        sync_once(client, db, clock, sources=["greenhose"])
    assert server.requests.to("/api/jobs/feed") == []


def test_a_failed_source_lookup_warns_and_goes_on(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    server.faults.add(path="/api/connectors/filters", status=404, times=None)
    result = sync_once(client, db, clock, sources=["greenhouse"])
    assert result.status == "completed" and any("could not check --sources" in n for n in result.notes)


def test_a_first_run_that_received_no_jobs_does_not_fix_the_scope(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    empty = sync_once(client, db, clock, sources=["greenhose"], check_sources=False)
    assert empty.status == "completed" and empty.received == 0
    events: list[SyncEvent] = []
    fixed = sync_once(client, db, clock, sources=["greenhouse"], on_event=events.append)
    assert fixed.status == "completed" and fixed.received > 0
    assert any(isinstance(e, Notice) and "scope changes" in e.message for e in events)
    with SQLiteStore(db) as store:
        scope = store.load_state().scope
    assert scope is not None and scope.sources == ("greenhouse",)


def test_timestamps_in_the_state_round_trip(clock: Clock) -> None:
    now = clock.utc().replace(microsecond=0)
    assert parse_timestamp(format_timestamp(now)) == now


# ---------------------------------------------------------------------- 9: the JSON as received


def test_the_stored_data_is_byte_for_byte_the_json_the_server_sent(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    sync_once(client, db, clock, mode="backfill")
    with contextlib.closing(sqlite3.connect(db)) as conn:
        stored = dict(conn.execute("SELECT id, data FROM jobs").fetchall())
    assert len(stored) == JOBS
    for job_id, data in stored.items():
        index = server.dataset.index_of(job_id)
        assert index is not None
        assert data.encode() == server.dataset.job_json(index), job_id


def test_raw_rows_canonicalise_timestamps_and_name_a_missing_required_field() -> None:
    from jobo_ext.sync.rows import job_row_from_json

    row = job_row_from_json(
        {
            "id": "A-1",
            "title": "t",
            "created_at": "2026-01-01T00:00:00+01:00",
            "updated_at": "2026-01-02T00:00:00Z",
        }
    )
    assert (row.id, row.created_at, row.company_id, row.date_posted) == (
        "a-1",
        "2025-12-31T23:00:00Z",
        None,
        None,
    )
    with pytest.raises(ValueError, match="updated_at"):
        job_row_from_json({"id": "a", "title": "t", "created_at": "2026-01-01T00:00:00Z"})
