"""``FeedSync`` against ``MockJoboServer``, in process: backfill, incremental, expired sweep, faults,
cursor restarts, budgets, dry runs — each checked against the mock's dataset, the source of truth.

The mock and ``FeedSync`` share a settable clock, so "time passes between runs" is exact, and the
client's retry policy records its waits instead of sleeping.
"""

from __future__ import annotations

import datetime
import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from jobo_ext import APIResponseError, JoboClient
from jobo_ext.sync import (
    BatchStored,
    FeedScan,
    FeedSync,
    Notice,
    ScopeMismatchError,
    SQLiteStore,
    SyncEvent,
    SyncUsageError,
    WriteCounts,
)
from jobo_ext.sync.rows import parse_timestamp
from jobo_ext.sync.state import restart_request
from jobo_ext.testing import MockJoboServer
from tests.test_sync_support import (
    SYNC_BATCH,
    Clock,
    active,
    client_for,
    dataset_jobs,
    expired,
    feed_bodies,
    stored_jobs,
    sync_once,
)

JOBS = 2_000
BATCH = SYNC_BATCH
BATCH_CREDITS = BATCH // 2  # the feed meters 0.5 credit per job


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> Iterator[MockJoboServer]:
    with MockJoboServer(jobs=JOBS, seed=41, clock=clock) as srv:
        yield srv


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(server: MockJoboServer, sleeps: list[float]) -> Iterator[JoboClient]:
    with client_for(server, sleeps) as jobo:
        yield jobo


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "jobs.sqlite"


def db_digest(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


# ---------------------------------------------------------------------- backfill


def test_backfill_stores_exactly_the_active_dataset_and_records_the_watermarks(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    started = clock.utc()
    result = sync_once(client, db, clock)
    assert result.status == "completed"
    assert result.phases == ["backfill", "incremental", "expired"]
    assert active(db) == dataset_jobs(server)
    assert result.received == JOBS and result.writes == WriteCounts(inserted=JOBS)
    assert result.credits_spent == server.wallet.spent == JOBS // 2
    bodies = feed_bodies(server)
    assert bodies[0] == {"batch_size": BATCH}
    assert all(set(b) == {"cursor"} for b in bodies[1 : JOBS // BATCH])  # continuations: the cursor alone
    with SQLiteStore(db) as store:
        state = store.load_state()
        assert state.scan is None and state.sweep is None
        assert state.backfilled and state.feed_watermark == started
        assert state.expired_watermark == started
        [run] = store.runs()
        assert (run.status, run.received, run.inserted) == ("completed", JOBS, JOBS)


def test_each_batch_commits_its_cursor_with_its_jobs(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    """Seen from a second connection after every batch: the rows on disk are exactly the jobs the
    scan on disk has delivered, and its cursor is the one the next request sends."""
    observed: list[tuple[int, int, str | None]] = []

    def check(event: SyncEvent) -> None:
        if isinstance(event, BatchStored) and event.phase == "backfill":
            with SQLiteStore(db, read_only=True) as reader:
                scan = reader.load_state().scan
                delivered = scan.delivered if scan else JOBS
                observed.append((len(stored_jobs(db)), delivered, scan.cursor if scan else None))

    sync_once(client, db, clock, mode="backfill", on_event=check)
    assert [(rows, delivered) for rows, delivered, _ in observed] == [
        (n, n) for n in range(BATCH, JOBS + 1, BATCH)
    ]
    continuations = [b["cursor"] for b in feed_bodies(server) if "cursor" in b]
    assert continuations == [cursor for _, _, cursor in observed[:-1]]


def test_jobs_changed_during_the_backfill_are_caught_by_the_incremental_and_sweep(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    changed: dict[str, list[str]] = {}

    def mutate(event: SyncEvent) -> None:
        if isinstance(event, BatchStored) and event.phase == "backfill" and event.delivered == 2 * BATCH:
            clock.advance(60)
            ids = server.dataset.active_ids()
            changed["touched"] = server.dataset.touch(ids=[ids[10], ids[-100]])  # delivered / not yet
            changed["expired"] = server.dataset.expire(ids=[ids[20], ids[-50]])
            changed["added"] = server.dataset.add(3)

    result = sync_once(client, db, clock, on_event=mutate)
    assert active(db) == dataset_jobs(server)
    assert expired(db) == {changed["expired"][0]}  # the other was never delivered, so never stored
    assert result.expired.unknown == 1
    # The backfill delivers all but the job expired ahead of it, plus the 3 added at the end; then the
    # incremental scan delivers the 2 touched and the 3 added jobs again.
    assert result.received == (JOBS - 1 + 3) + (2 + 3)


# ---------------------------------------------------------------------- incremental and expired


def test_incremental_run_fetches_exactly_what_changed_since_the_watermark(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    sync_once(client, db, clock)
    clock.advance(3_600)
    run_started = clock.utc()
    gone = set(server.dataset.expire(40))
    touched = server.dataset.touch(25)
    added = server.dataset.add(10)
    server.requests.clear()

    result = sync_once(client, db, clock)
    assert result.phases == ["incremental", "expired"]
    assert result.received == 35
    assert result.writes == WriteCounts(inserted=10, updated=25, unchanged=0)
    assert (result.expired.marked, result.expired.already, result.expired.unknown) == (40, 0, 0)
    assert active(db) == dataset_jobs(server)
    assert expired(db) == gone
    [first] = [b for b in feed_bodies(server) if "cursor" not in b]
    # updated_after = the previous run's start (an hour ago) − the 15-minute overlap
    assert parse_timestamp(first["updated_after"]) == run_started - datetime.timedelta(hours=1, minutes=15)
    assert set(touched) | set(added) <= set(active(db))

    # 20 minutes later: the 15-minute overlap re-delivers the last run's jobs, which are not rewritten.
    clock.advance(1_200)
    more = server.dataset.touch(5)
    again = sync_once(client, db, clock)
    assert again.received == 40
    assert again.writes == WriteCounts(updated=5, unchanged=35)
    assert active(db)[more[0]] == server.dataset.updated_at(more[0])

    # Two hours of silence: only the overlap with the previous run (the 5 jobs touched as it started)
    # comes back, unchanged; the run after that fetches nothing at all.
    clock.advance(7_200)
    quiet = sync_once(client, db, clock)
    assert (quiet.received, quiet.writes, quiet.expired_received) == (5, WriteCounts(unchanged=5), 0)
    clock.advance(7_200)
    silent = sync_once(client, db, clock)
    assert (silent.received, silent.writes, silent.expired_received) == (0, WriteCounts(), 0)


def test_a_sweep_after_more_than_seven_days_is_clamped_and_says_so(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    sync_once(client, db, clock)
    clock.advance(8 * 86_400)
    gone = set(server.dataset.expire(5))
    result = sync_once(client, db, clock, mode="expired")
    assert result.status == "completed" and expired(db) == gone
    assert any("7-day lookback" in note for note in result.notes)


def test_phases_out_of_order_are_usage_errors(client: JoboClient, db: Path, clock: Clock) -> None:
    for mode in ("incremental", "expired"):
        with pytest.raises(SyncUsageError, match="no backfill"):
            sync_once(client, db, clock, mode=mode)
    with pytest.raises(ValueError, match="mode"):
        sync_once(client, db, clock, mode="everything")


def test_the_scope_is_fixed_by_the_first_run(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    since = clock.utc() - datetime.timedelta(days=30)
    sync_once(client, db, clock, sources=["Greenhouse", "lever"], since=since)
    expected = {
        job["id"]
        for job in server.dataset.jobs()
        if job["source"] in {"greenhouse", "lever"}
        and max(job["created_at"], job["date_posted"] or "") >= since.strftime("%Y-%m-%dT%H:%M:%SZ")
    }
    assert set(active(db)) == expected and 0 < len(expected) < JOBS
    with pytest.raises(ScopeMismatchError, match="sources lever"):
        sync_once(client, db, clock, sources=["lever"])
    clock.advance(3_600)
    server.requests.clear()
    assert sync_once(client, db, clock).status == "completed"  # no filters given: the stored scope
    [first] = [b for b in feed_bodies(server) if "cursor" not in b]
    assert first["sources"] == ["greenhouse", "lever"] and "posted_after" in first


# ---------------------------------------------------------------------- faults


def test_429_503_dropped_connections_and_502s_change_nothing_but_the_request_count(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock, sleeps: list[float]
) -> None:
    plan = {
        1: lambda: server.faults.add(path="/api/jobs/feed", status=429, times=2, retry_after=3),
        2: lambda: server.faults.add(path="/api/jobs/feed", status=503, times=2, retry_after=7),
        3: lambda: server.faults.drop("/api/jobs/feed", times=2),
        4: lambda: server.faults.html_502("/api/jobs/feed"),
    }
    faults = []

    def inject(event: SyncEvent) -> None:
        if isinstance(event, BatchStored) and event.phase == "backfill" and event.delivered // BATCH in plan:
            faults.append(plan.pop(event.delivered // BATCH)())

    server.faults.add(path="/api/jobs/expired", status=503, times=1, retry_after=5)
    result = sync_once(client, db, clock, on_event=inject)
    assert result.status == "completed"
    assert [f.fired for f in faults] == [2, 2, 2, 1] and not server.faults.pending
    assert active(db) == dataset_jobs(server)
    assert result.received == JOBS and result.writes.inserted == JOBS  # no batch delivered twice
    # Retry-After exactly, then backoff never below it; 503s wait Retry-After literally.
    assert sleeps[0] == 3 and sleeps[1] >= 3 and sleeps[2:4] == [7, 7] and sleeps[-1] == 5
    assert len(sleeps) == 4 + 2 + 1 + 1  # two backoffs after the drops, one after the 502


def test_a_run_that_fails_after_the_retries_resumes_where_it_stopped(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    # A 200 whose JSON does not parse, on the first attempt and all four retries.
    server.faults.truncated_json("/api/jobs/feed", after=2, times=5)
    with pytest.raises(APIResponseError):
        sync_once(client, db, clock)
    assert len(stored_jobs(db)) == 2 * BATCH
    with SQLiteStore(db) as store:
        assert store.runs()[0].status == "failed"
        assert store.load_state().scan is not None
    result = sync_once(client, db, clock)
    assert active(db) == dataset_jobs(server)
    assert result.writes.inserted == JOBS - 2 * BATCH


def test_one_truncated_json_batch_is_retried_and_the_run_completes(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock, sleeps: list[float]
) -> None:
    server.faults.truncated_json("/api/jobs/feed", after=1)
    result = sync_once(client, db, clock)
    assert active(db) == dataset_jobs(server)
    assert result.writes.inserted == JOBS and len(sleeps) == 1


# ---------------------------------------------------------------------- cursor restarts


def test_a_409_cursor_restart_replays_the_replacement_request_without_losing_jobs(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    server.legacy_scan_limit = 2 * BATCH
    result = sync_once(client, db, clock, mode="backfill", stable_scan=False)
    assert result.status == "completed" and result.restarts == 1
    assert active(db) == dataset_jobs(server)
    bodies = feed_bodies(server)
    replay = next(b for b in bodies[1:] if "cursor" not in b)
    assert replay["stable_scan"] is True and "updated_after" in replay
    assert any("409" in note for note in result.notes)
    assert result.writes.inserted == JOBS and result.writes.unchanged >= 1  # the boundary job again


def test_a_refused_cursor_restarts_the_scan_and_keeps_what_is_stored(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    sync_once(client, db, clock, max_credits=2 * BATCH_CREDITS)  # stops after two batches
    with SQLiteStore(db) as store:
        state = store.load_state()
        assert state.scan is not None and state.scan.cursor is not None
        store.save_state(state.with_scan(attrs.evolve(state.scan, cursor=state.scan.cursor[:-4] + "AAAA")))
    result = sync_once(client, db, clock)
    assert result.status == "completed" and result.restarts == 1
    assert result.writes == WriteCounts(inserted=JOBS - 2 * BATCH, unchanged=2 * BATCH)
    assert active(db) == dataset_jobs(server)


def test_restart_request_rules() -> None:
    now = datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC)
    legacy = FeedScan(
        kind="backfill",
        started_at=now,
        request={"batch_size": 10, "stable_scan": False, "updated_after": "2026-02-01T00:00:00Z"},
        cursor="c",
        watermark=now - datetime.timedelta(days=3),
    )
    assert restart_request(legacy, {"batch_size": 10, "cursor_free": True}) == {
        "batch_size": 10,
        "cursor_free": True,
    }
    assert restart_request(legacy, None)["updated_after"] == "2026-02-26T00:00:00Z"
    stable = attrs.evolve(legacy, request={"batch_size": 10})
    assert restart_request(stable, None) == {"batch_size": 10}  # no updated_after bound is lossless here


# ---------------------------------------------------------------------- stopping cleanly


def test_max_credits_stops_before_the_budget_would_be_exceeded(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    budget = 3 * BATCH_CREDITS + BATCH_CREDITS // 2  # room for three batches and a half
    result = sync_once(client, db, clock, max_credits=budget)
    assert result.status == "budget" and "budget" in (result.reason or "")
    assert result.credits_spent == server.wallet.spent == 3 * BATCH_CREDITS <= budget
    assert len(stored_jobs(db)) == 3 * BATCH and result.cursor is not None
    tiny = sync_once(client, db, clock, max_credits=BATCH_CREDITS - 1)
    assert tiny.status == "budget" and tiny.requests == 0
    rest = sync_once(client, db, clock)
    assert rest.status == "completed" and active(db) == dataset_jobs(server)


def test_an_empty_wallet_stops_cleanly_at_the_402(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    server.wallet.balance = 2 * BATCH_CREDITS + BATCH_CREDITS // 2  # the third batch's precheck fails
    result = sync_once(client, db, clock)
    assert result.status == "insufficient_credits" and "402" in (result.reason or "")
    assert len(stored_jobs(db)) == 2 * BATCH
    server.wallet.balance = 10_000
    assert sync_once(client, db, clock).status == "completed"
    assert active(db) == dataset_jobs(server)


def test_a_subscription_feed_is_recognised_as_free(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    server.feed_subscription = True
    result = sync_once(client, db, clock, max_credits=BATCH_CREDITS)  # room for one metered batch
    assert result.status == "completed" and result.credits_spent == 0
    assert active(db) == dataset_jobs(server)


def test_request_stop_ends_the_run_after_the_batch_in_flight_commits(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    with SQLiteStore(db) as store:
        sync = FeedSync(client, store, batch_size=BATCH, clock=clock.utc)

        def stop_during_third(event: SyncEvent) -> None:
            if isinstance(event, BatchStored) and event.delivered == 2 * BATCH:
                sync.request_stop()

        sync.on_event = stop_during_third
        result = sync.run()
        assert result.status == "interrupted" and result.phases == ["backfill (stopped)"]
        assert len(stored_jobs(db)) == 2 * BATCH == store.load_state().scan.delivered  # type: ignore[union-attr]
        assert store.runs()[0].status == "interrupted"


def test_keyboard_interrupt_mid_run_leaves_the_last_commit_and_records_the_run(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    def interrupt(event: SyncEvent) -> None:
        if isinstance(event, BatchStored) and event.delivered == 3 * BATCH:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        sync_once(client, db, clock, on_event=interrupt)
    with SQLiteStore(db) as store:
        assert store.runs()[0].status == "interrupted"
        assert len(stored_jobs(db)) == 3 * BATCH == store.load_state().scan.delivered  # type: ignore[union-attr]
    sync_once(client, db, clock)
    assert active(db) == dataset_jobs(server)


# ---------------------------------------------------------------------- dry run


def test_dry_run_on_a_new_database_creates_nothing_and_estimates_the_backfill(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    with SQLiteStore(db, read_only=True) as store:
        result = FeedSync(client, store, clock=clock.utc, dry_run=True).run()
    assert not db.exists()
    assert result.dry_run and result.estimated_jobs == JOBS and result.estimated_credits == JOBS * 0.5
    assert server.wallet.spent == 1  # the one-job probe
    assert [r.json for r in server.requests.to("/api/jobs/feed")] == [{"batch_size": 1}]


def test_dry_run_on_a_synced_database_writes_nothing(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    sync_once(client, db, clock)
    clock.advance(3_600)
    server.dataset.touch(7)
    server.dataset.expire(3)
    before = db_digest(db)
    with SQLiteStore(db, read_only=True) as store:
        result = FeedSync(client, store, clock=clock.utc, dry_run=True).run()
    assert db_digest(db) == before
    assert result.estimated_jobs == 7
    assert any("3 ids to mark" in step for step in result.plan)
    assert sync_once(client, db, clock).writes == WriteCounts(updated=7)


def test_notices_reach_the_event_callback(
    server: MockJoboServer, client: JoboClient, db: Path, clock: Clock
) -> None:
    events: list[SyncEvent] = []
    sync_once(client, db, clock, mode="backfill", on_event=events.append)
    sync_once(client, db, clock, mode="backfill", on_event=events.append)
    assert any(isinstance(e, Notice) and "completed already" in e.message for e in events)
