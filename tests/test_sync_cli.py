"""``jobo-sync`` as a process: killed with a real SIGKILL mid-backfill and resumed, stopped with
SIGINT after the batch in flight commits, exit codes, summaries, and the progress display.

The mock server runs in this test process (so it outlives every killed sync) and its dataset is
reproducible from its seed; the sync runs as ``python -m jobo_ext.sync`` in a subprocess.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from jobo_ext.sync import BatchStored, Notice, PhaseFinished, PhaseStarted, SQLiteStore, WriteCounts
from jobo_ext.sync.cli import main
from jobo_ext.sync.progress import LogLines, ProgressBar
from jobo_ext.testing import MockJoboServer
from tests.test_sync_support import (
    cli_command,
    dataset_jobs,
    fresh_database,
    pg_jobs,
    postgres_server,
    stored_jobs,
    sync_env,
)

KILL_SEED = int(os.environ.get("JOBO_SYNC_KILL_SEED", time.time_ns() % 1_000_000))


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.005)


def feed_count(server: MockJoboServer) -> int:
    return len(server.requests.to("/api/jobs/feed"))


def feed_requests(server: MockJoboServer) -> list[dict[str, object]]:
    return [r.json or {} for r in server.requests.to("/api/jobs/feed")]


def run_cli(server: MockJoboServer, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli_command(*args), env=sync_env(server), capture_output=True, text=True, timeout=timeout
    )


# ---------------------------------------------------------------------- SIGKILL


def test_backfill_killed_with_sigkill_at_random_batches_resumes_to_the_exact_dataset(tmp_path: Path) -> None:
    """Kill the sync four times at random moments (mid-request, mid-parse, mid-commit); after each
    kill the rows on disk are exactly the jobs the cursor on disk has delivered, and the resumed
    process continues from that cursor. The final table equals the mock's dataset."""
    rng = random.Random(KILL_SEED)
    context = f"(JOBO_SYNC_KILL_SEED={KILL_SEED})"
    db = tmp_path / "jobs.sqlite"
    command = cli_command("--db", str(db), "--batch-size", "1000", "--progress", "log")
    with MockJoboServer(jobs=20_000, seed=2026) as server:
        cursors_at_kill: list[str] = []
        kills_before_any_commit = 0
        for _ in range(4):
            before = len(server.requests.to("/api/jobs/feed"))
            # Request k of a run is sent only after batch k-1 is committed, so k >= 2 kills mid-stream; at
            # most 4 commits per run (one more during the sleep), 16 of the 20 batches: never the end.
            target = before + rng.randint(2, 4)
            proc = subprocess.Popen(
                command, env=sync_env(server), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            try:
                wait_for(lambda: feed_count(server) >= target, 30, f"request {target}")  # noqa: B023
                # Then anywhere: in flight, parsing, committing (a batch takes longer than this).
                time.sleep(rng.uniform(0.0, 0.15))
                assert proc.poll() is None, f"the sync finished before it could be killed {context}"
                proc.send_signal(signal.SIGKILL)
            finally:
                proc.kill()
                proc.wait(timeout=10)
            assert proc.returncode == -signal.SIGKILL
            with SQLiteStore(db, read_only=True) as store:
                state = store.load_state()
                runs = store.runs()
            assert runs[0].status == "running"  # it never got to write its end
            assert not state.backfilled, context
            # Nothing lost, nothing doubled: the stored jobs are exactly those the stored scan delivered
            # (none at all if the kill came before the first batch was committed).
            delivered = state.scan.delivered if state.scan is not None else 0
            assert len(stored_jobs(db)) == delivered, context
            if state.scan is None:
                kills_before_any_commit += 1
            elif state.scan.cursor is not None:
                cursors_at_kill.append(state.scan.cursor)

        final = subprocess.run(command, env=sync_env(server), capture_output=True, text=True, timeout=90)
        assert final.returncode == 0, final.stderr
        assert stored_jobs(db).keys() == dataset_jobs(server).keys(), context
        assert {k: v[0] for k, v in stored_jobs(db).items()} == dataset_jobs(server), context
        bodies = feed_requests(server)
        starts = [b for b in bodies if "cursor" not in b and "updated_after" not in b]
        # One scan start; every later run resumed from the cursor its predecessor left.
        assert kills_before_any_commit == 0 and len(starts) == 1, f"the backfill started over {context}"
        assert len(cursors_at_kill) == 4, context
        continued = [b["cursor"] for b in bodies if "cursor" in b]
        assert set(cursors_at_kill) <= set(continued), context
        with SQLiteStore(db, read_only=True) as store:
            statuses = [run.status for run in store.runs()]
        assert statuses[0] == "completed" and statuses.count("aborted") == 4


# ---------------------------------------------------------------------- SIGINT


def test_sigint_stops_after_the_batch_in_flight_is_stored(tmp_path: Path) -> None:
    db = tmp_path / "jobs.sqlite"
    with MockJoboServer(jobs=2_000, seed=77) as server:
        server.faults.delay("/api/jobs/feed", 0.8, times=None)  # every batch takes 0.8 s: time to signal
        proc = subprocess.Popen(
            cli_command("--db", str(db), "--batch-size", "500", "--progress", "log", "--json"),
            env=sync_env(server),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            wait_for(lambda: len(server.requests.to("/api/jobs/feed")) >= 3, 30, "the third request")
            proc.send_signal(signal.SIGINT)  # while the third batch is being served
            out, err = proc.communicate(timeout=30)
        finally:
            proc.kill()
        assert proc.returncode == 130, err
        assert "stopping after the current batch" in err
        answered = [r for r in server.requests.to("/api/jobs/feed") if r.status == 200]
        assert len(answered) == len(server.requests.to("/api/jobs/feed")) == 3  # no request after the stop
        summary = json.loads(out)
        assert summary["status"] == "interrupted" and summary["received"] == 1_500
        assert len(stored_jobs(db)) == 1_500  # the batch in flight was stored, not dropped
        with SQLiteStore(db, read_only=True) as store:
            assert store.load_state().scan.delivered == 1_500  # type: ignore[union-attr]
            assert store.runs()[0].status == "interrupted"
        server.faults.clear()
        assert run_cli(server, "--db", str(db)).returncode == 0
        assert {k: v[0] for k, v in stored_jobs(db).items()} == dataset_jobs(server)


# ---------------------------------------------------------------------- exit codes and output


@pytest.fixture(scope="module")
def small_server() -> Iterator[MockJoboServer]:
    with MockJoboServer(jobs=1_200, seed=5) as server:
        yield server


@dataclass
class Outcome:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(
    small_server: MockJoboServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., Outcome]:
    """``jobo-sync`` in this process (``main(argv)``), with the mock's key and URL in the environment."""
    for name, value in sync_env(small_server).items():
        if name.startswith("JOBO_"):
            monkeypatch.setenv(name, value)

    def run(*args: str) -> Outcome:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


def test_summary_json_history_and_scope_errors(cli: Callable[..., Outcome], tmp_path: Path) -> None:
    db = str(tmp_path / "jobs.sqlite")
    done = cli("--db", db, "--sources", "greenhouse,lever", "--progress", "none")
    assert done.code == 0, done.err
    assert done.out.startswith("jobo-sync: completed in") and "(backfill, incremental, expired)" in done.out
    assert "active" in done.out and done.err == ""
    again = cli("--db", db, "--json", "--progress", "log")
    summary = json.loads(again.out)
    assert summary["status"] == "completed" and summary["phases"] == ["incremental", "expired"]
    assert "incremental: starting" in again.err
    history = cli("--db", db, "--history")
    assert history.code == 0 and history.out.count("completed") == 2
    other = cli("--db", db, "--sources", "ashby")
    assert other.code == 2 and "synced with sources=greenhouse,lever" in other.err


def test_budget_and_dry_run_exit_codes(cli: Callable[..., Outcome], tmp_path: Path) -> None:
    db = tmp_path / "jobs.sqlite"
    dry = cli("--db", str(db), "--dry-run", "--batch-size", "200")
    assert dry.code == 0 and not db.exists()
    assert "nothing written" in dry.out and "about 1,200 jobs" in dry.out
    budget = cli(
        "--db", str(db), "--batch-size", "200", "--max-credits", "250", "--json", "--progress", "none"
    )
    assert budget.code == 3
    assert json.loads(budget.out)["credits_spent"] == 200 and len(stored_jobs(db)) == 400
    assert cli("--db", str(db), "--progress", "none").code == 0


def test_usage_errors_exit_2(
    cli: Callable[..., Outcome], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    too_early = cli("--db", str(tmp_path / "b.sqlite"), "--mode", "incremental")
    assert too_early.code == 2 and "no backfill" in too_early.err
    monkeypatch.delenv("JOBO_API_KEY")
    no_key = cli("--db", str(tmp_path / "a.sqlite"))
    assert no_key.code == 2 and "JOBO_API_KEY" in no_key.err
    with pytest.raises(SystemExit) as bad:
        cli("--db", str(tmp_path / "c.sqlite"), "--batch-size", "5000")
    assert bad.value.code == 2


def test_a_second_sync_on_a_locked_database_exits_5(cli: Callable[..., Outcome], tmp_path: Path) -> None:
    db = tmp_path / "jobs.sqlite"
    with SQLiteStore(db) as holder:
        holder.acquire_lock()
        locked = cli("--db", str(db))
    assert locked.code == 5 and "another jobo-sync" in locked.err


def test_an_api_failure_exits_1_and_keeps_what_was_stored(
    cli: Callable[..., Outcome], small_server: MockJoboServer, tmp_path: Path
) -> None:
    db = tmp_path / "jobs.sqlite"
    small_server.faults.add(path="/api/jobs/feed", status=401, after=2)
    try:
        failed = cli("--db", str(db), "--batch-size", "300", "--progress", "none")
    finally:
        small_server.faults.clear()
    assert failed.code == 1 and "401" in failed.err and "run again to resume" in failed.err
    assert "Traceback" not in failed.err
    assert len(stored_jobs(db)) == 600


# ---------------------------------------------------------------------- progress display


def events() -> list[object]:
    return [
        PhaseStarted("backfill", "batch_size=1000", resumed=False),
        BatchStored(
            phase="backfill",
            received=1_000,
            delivered=1_000,
            estimated_total=4_000,
            writes=WriteCounts(inserted=990, unchanged=10),
            expired=None,
            cursor="eyJrIjoiZmVlZCIsIm4iOjEwMDB9.abcdefgh",
            credits=500,
            run_received=1_000,
            run_credits=500,
            elapsed=0.5,
        ),
        Notice("a warning", "warning"),
        PhaseFinished("backfill", completed=True),
    ]


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_shows_rate_credits_and_cursor() -> None:
    stream = FakeTTY()
    bar = ProgressBar(stream)
    for event in events():
        bar(event)  # type: ignore[arg-type]
    text = stream.getvalue()
    assert "\r\x1b[2K" in text
    assert (
        "[######..................]  25% 1,000/4,000 jobs | 2,000 jobs/s | 500 credits | cursor eyJrIj…cdefgh"
        in text
    )
    assert "warning: a warning\n" in text and text.endswith("done\n")


def test_log_lines_without_a_terminal() -> None:
    stream = io.StringIO()
    lines = LogLines(stream)
    for event in events():
        lines(event)  # type: ignore[arg-type]
    text = stream.getvalue()
    assert "\r" not in text and len(text.splitlines()) == 4
    assert (
        "stored 1,000 jobs (990 new, 0 updated, 10 unchanged); 1,000/4,000 so far, 2,000 jobs/s, 500 credits"
        in text
    )


# ---------------------------------------------------------------------- integrity: exit codes 6, 7, 8


def _sql(db: Path, statement: str, *params: object) -> None:
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(statement, params)


def test_an_emptied_table_exits_6_and_rebackfill_restores_it(
    cli: Callable[..., Outcome], tmp_path: Path
) -> None:
    db = tmp_path / "jobs.sqlite"
    assert cli("--db", str(db), "--progress", "none").code == 0
    before = stored_jobs(db)
    _sql(db, "DELETE FROM jobs")
    emptied = cli("--db", str(db), "--progress", "none")
    assert emptied.code == 6 and "jobs table is empty" in emptied.err and "--rebackfill" in emptied.err
    assert "Traceback" not in emptied.err and stored_jobs(db) == {}
    redone = cli("--db", str(db), "--rebackfill", "--progress", "none")
    assert redone.code == 0, redone.err
    assert stored_jobs(db).keys() == before.keys()
    history = cli("--db", str(db), "--history")
    assert history.out.count("completed") == 2  # the first run's row is kept


@pytest.mark.parametrize(
    ("key", "value", "advice"),
    [
        ("feed_watermark", "{oops", "--rebackfill"),
        ("scan", '{"kind": "sideways", "started_at": "2026-01-01T00:00:00Z", "request": {}}', "--rebackfill"),
        ("expired_watermark", '"2999-01-01T00:00:00Z"', "--rebackfill"),
        ("scope", "[1, 2]", "new database"),
    ],
)
def test_corrupt_state_exits_7_naming_the_key_without_a_traceback(
    cli: Callable[..., Outcome], tmp_path: Path, key: str, value: str, advice: str
) -> None:
    db = tmp_path / "jobs.sqlite"
    assert cli("--db", str(db), "--progress", "none").code == 0
    _sql(db, "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)", key, value)
    broken = cli("--db", str(db), "--progress", "none")
    assert broken.code == 7, broken.err
    assert f"'{key}'" in broken.err and advice in broken.err
    assert "Traceback" not in broken.err and "run again to resume" not in broken.err
    if advice == "--rebackfill":  # the advice works: it does not read the bad row
        assert cli("--db", str(db), "--rebackfill", "--progress", "none").code == 0
        assert cli("--db", str(db), "--progress", "none").code == 0
    debug = cli("--db", str(db), "--progress", "none", "--debug")
    assert "Traceback" in debug.err or debug.code == 0


@pytest.mark.parametrize("damage", ["truncate", "garbage header"])
def test_an_unreadable_database_exits_8_without_a_traceback(
    cli: Callable[..., Outcome], tmp_path: Path, damage: str
) -> None:
    db = tmp_path / "jobs.sqlite"
    assert cli("--db", str(db), "--progress", "none").code == 0
    data = db.read_bytes()
    for extra in tmp_path.glob("jobs.sqlite-*"):
        extra.unlink()
    db.write_bytes(data[:1500] if damage == "truncate" else b"garbage!" * 16 + data[128:])
    broken = cli("--db", str(db), "--progress", "none")
    assert broken.code == 8, broken.err
    assert str(db) in broken.err and "Traceback" not in broken.err
    assert "Traceback" in cli("--db", str(db), "--debug").err


# ---------------------------------------------------------------------- one writer, whatever the path


@pytest.mark.parametrize("alias", ["symlink", "hard link"])
def test_a_second_writer_through_another_path_to_the_same_file_exits_5(
    small_server: MockJoboServer, tmp_path: Path, alias: str
) -> None:
    """The second writer is another process, as in life (SQLite shares one inode's state between the
    connections of one process, which would hide the problem)."""
    db = tmp_path / "jobs.sqlite"
    other = tmp_path / "elsewhere" / "same.sqlite"
    other.parent.mkdir()
    with SQLiteStore(db) as holder:
        holder.acquire_lock()
        holder.save_state(holder.load_state())
        if alias == "symlink":
            other.symlink_to(db)
        else:
            os.link(db, other)
        before = sorted(p.name for p in tmp_path.rglob("*"))
        locked = run_cli(small_server, "--db", str(other), "--progress", "none")
        assert locked.returncode == 5 and "another jobo-sync" in locked.stderr
        assert "Traceback" not in locked.stderr
        # It wrote nothing through its own name: no journal of its own next to the link.
        assert sorted(
            p.name for p in tmp_path.rglob("*") if "-wal" not in p.name and "-shm" not in p.name
        ) == [n for n in before if "-wal" not in n and "-shm" not in n]
    done = run_cli(small_server, "--db", str(other), "--progress", "none")
    assert done.returncode == 0, done.stderr  # released with the holder
    assert not list(tmp_path.rglob("*.lock"))
    with SQLiteStore(db, read_only=True) as reader:
        assert reader.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert reader.stats().active == len(dataset_jobs(small_server))


# ---------------------------------------------------------------------- no side effects, sources


def test_a_run_that_cannot_start_creates_nothing(
    cli: Callable[..., Outcome], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "jobs.sqlite"
    typo = cli("--db", str(db), "--sources", "greenhose")
    assert typo.code == 2 and "did you mean 'greenhouse'" in typo.err and not db.exists()
    monkeypatch.delenv("JOBO_API_KEY")
    no_key = cli("--db", str(db))
    assert no_key.code == 2 and not db.exists() and not list(tmp_path.iterdir())


def test_allow_unknown_values_sends_the_source_and_an_empty_first_run_does_not_fix_the_scope(
    cli: Callable[..., Outcome], tmp_path: Path
) -> None:
    db = str(tmp_path / "jobs.sqlite")
    sent = cli("--db", db, "--sources", "greenhose", "--allow-unknown-values", "--json", "--progress", "none")
    assert sent.code == 0 and json.loads(sent.out)["received"] == 0
    fixed = cli("--db", db, "--sources", "greenhouse", "--json", "--progress", "none")
    assert fixed.code == 0, fixed.err
    assert json.loads(fixed.out)["received"] > 0


def test_the_budget_stop_line_says_what_happened_and_how_to_resume(
    cli: Callable[..., Outcome], tmp_path: Path
) -> None:
    db = str(tmp_path / "jobs.sqlite")
    budget = cli("--db", db, "--batch-size", "200", "--max-credits", "250", "--progress", "none")
    assert budget.code == 3
    head = budget.out.splitlines()[0]
    assert head.startswith("jobo-sync: stopped: credit budget of 250 reached after 200 credits")
    assert "resume with the same command" in head


# ---------------------------------------------------------------------- PostgreSQL: the same proof


@pytest.fixture(scope="module")
def pg_admin() -> Iterator[str]:
    with postgres_server() as (dsn, why):
        if dsn is None:
            pytest.skip(why)
        yield dsn


def test_postgres_backfill_killed_with_sigkill_at_random_batches_resumes_to_the_exact_dataset(
    pg_admin: str,
) -> None:
    """The SQLite SIGKILL proof against a real PostgreSQL server: after each kill the rows are exactly
    what the stored scan delivered, and the final table equals the dataset."""
    from jobo_ext.sync.postgres import PostgresStore

    rng = random.Random(KILL_SEED)
    context = f"(JOBO_SYNC_KILL_SEED={KILL_SEED})"
    dsn = fresh_database(pg_admin, "sigkill")
    command = cli_command("--postgres", dsn, "--batch-size", "1000", "--progress", "log")
    with MockJoboServer(jobs=12_000, seed=2027) as server:
        cursors_at_kill: list[str] = []
        for _ in range(3):
            target = feed_count(server) + rng.randint(2, 3)
            proc = subprocess.Popen(
                command, env=sync_env(server), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            try:
                wait_for(lambda: feed_count(server) >= target, 60, f"request {target}")  # noqa: B023
                time.sleep(rng.uniform(0.0, 0.15))
                assert proc.poll() is None, f"the sync finished before it could be killed {context}"
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=30)
            finally:
                proc.kill()
            with PostgresStore(dsn, read_only=True) as store:
                state = store.load_state()
            assert not state.backfilled, context
            delivered = state.scan.delivered if state.scan is not None else 0
            assert len(pg_jobs(dsn)) == delivered, context
            if state.scan is not None and state.scan.cursor is not None:
                cursors_at_kill.append(state.scan.cursor)
        final = subprocess.run(command, env=sync_env(server), capture_output=True, text=True, timeout=120)
        assert final.returncode == 0, final.stderr
        assert {k: v[0] for k, v in pg_jobs(dsn).items()} == dataset_jobs(server), context
        starts = [b for b in feed_requests(server) if "cursor" not in b and "updated_after" not in b]
        assert len(starts) == 1 and len(cursors_at_kill) == 3, f"the backfill started over {context}"
        continued = {b["cursor"] for b in feed_requests(server) if "cursor" in b}
        assert set(cursors_at_kill) <= continued, context


def test_postgres_second_writer_exits_5_whatever_the_dsn_spelling(
    pg_admin: str, small_server: MockJoboServer
) -> None:
    from jobo_ext.sync.postgres import PostgresStore

    dsn = fresh_database(pg_admin, "two_writers")
    parts = dict(part.split("=", 1) for part in dsn.split())
    url = f"postgresql://{parts['user']}@{parts['host']}:{parts['port']}/{parts['dbname']}"
    with PostgresStore(dsn) as holder:
        holder.acquire_lock()
        locked = run_cli(small_server, "--postgres", url, "--progress", "none")
        assert locked.returncode == 5 and "another jobo-sync" in locked.stderr, locked.stderr
        assert pg_jobs(dsn) == {}
    done = run_cli(small_server, "--postgres", url, "--progress", "none")
    assert done.returncode == 0, done.stderr
    assert {k: v[0] for k, v in pg_jobs(dsn).items()} == dataset_jobs(small_server)
