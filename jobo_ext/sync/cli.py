"""``jobo-sync``: keep a SQLite (or PostgreSQL) database in sync with the Jobo jobs feed.

Usage::

    jobo-sync --db jobs.sqlite [--sources greenhouse,lever] [--since 2026-01-01]
              [--mode all|backfill|incremental|expired] [--batch-size N] [--max-credits N]
              [--dry-run] [--interval SECONDS] [--json]
    jobo-sync --postgres postgresql://user@host/db …
    jobo-sync --db jobs.sqlite --history

The API key comes from ``--api-key`` or ``JOBO_API_KEY``, the base URL from ``--base-url`` or
``JOBO_BASE_URL`` (default ``https://connect.jobo.world``). Run it from cron every 15–60 minutes:
the first run backfills (resuming where a killed run stopped), later runs fetch what changed since the
previous run and mark expired jobs. Ctrl-C (or SIGTERM) stops after the batch in flight is stored; a
second Ctrl-C aborts at once (still safe: the batch in flight is simply fetched again next time).

Exit codes:

===  =====================================================================================
0    every phase asked for completed (``--dry-run``: the plan was made): the table holds every
     job of the scope as of the start of the last scan (minus the 15-minute overlap)
1    an error: the API failed after its retries, the database failed (state is kept: rerun)
2    usage: bad arguments, no API key, unknown source, a different scope than the database's
3    stopped at ``--max-credits`` before the next batch could exceed it (rerun to continue)
4    the API answered 402: the wallet cannot pay for the next batch (top up, rerun)
5    another jobo-sync is writing this database
6    the sync state disagrees with the data (e.g. the jobs table was emptied): ``--rebackfill``
7    the sync state is corrupt (a ``sync_state`` row cannot be read, or is in the future)
8    the database cannot be read (not a SQLite database, truncated, malformed)
130  stopped by Ctrl-C / SIGTERM after storing every fetched batch (rerun to continue)
===  =====================================================================================

Nothing is created or opened before the options and the API key are checked. Errors are one line
on stderr; ``--debug`` adds the Python traceback.
"""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import signal
import sys
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import TextIO

from jobo_ext._logging import env_handler
from jobo_ext.client import JoboClient
from jobo_ext.errors import ConfigurationError, JoboError
from jobo_ext.sync.engine import (
    MODES,
    FeedSync,
    Mode,
    StateMismatchError,
    SyncUsageError,
    check_sources,
)
from jobo_ext.sync.events import SyncResult
from jobo_ext.sync.progress import LogLines, ProgressBar, Reporter
from jobo_ext.sync.rows import format_timestamp, parse_timestamp
from jobo_ext.sync.sqlite import SQLiteStore, _unreadable
from jobo_ext.sync.state import CorruptStateError
from jobo_ext.sync.store import Store, StoreError, StoreLockedError, StoreUnreadableError

__all__ = [
    "EXIT_BUDGET",
    "EXIT_CODES",
    "EXIT_CORRUPT_STATE",
    "EXIT_ERROR",
    "EXIT_INTERRUPTED",
    "EXIT_LOCKED",
    "EXIT_NO_CREDITS",
    "EXIT_OK",
    "EXIT_STATE_MISMATCH",
    "EXIT_UNREADABLE",
    "EXIT_USAGE",
    "build_parser",
    "format_summary",
    "main",
]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_BUDGET = 3
EXIT_NO_CREDITS = 4
EXIT_LOCKED = 5
EXIT_STATE_MISMATCH = 6
EXIT_CORRUPT_STATE = 7
EXIT_UNREADABLE = 8
EXIT_INTERRUPTED = 130
EXIT_CODES = {
    "completed": EXIT_OK,
    "budget": EXIT_BUDGET,
    "insufficient_credits": EXIT_NO_CREDITS,
    "interrupted": EXIT_INTERRUPTED,
}


def _since(value: str) -> datetime.datetime:
    try:
        return parse_timestamp(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO-8601 date or time: {value!r}") from None


def _batch_size(value: str) -> int:
    number = int(value)
    if not 1 <= number <= 1_000:
        raise argparse.ArgumentTypeError("must be between 1 and 1000")
    return number


def _non_negative(value: str) -> float:
    number = float(value)
    if not number >= 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jobo-sync",
        description="Keep a database in sync with the Jobo jobs feed: backfill, incremental runs, expired sweep.",
        epilog="Exit codes: 0 done, 1 error, 2 usage, 3 --max-credits reached, 4 out of credits (402), "
        "5 database locked by another jobo-sync, 6 sync state disagrees with the data (--rebackfill), "
        "7 corrupt sync state, 8 unreadable database, 130 interrupted. Every stop keeps what was "
        "fetched; run again to continue.",
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", metavar="PATH", help="SQLite database file (created if missing)")
    where.add_argument("--postgres", metavar="DSN", help="PostgreSQL connection string instead of --db")
    parser.add_argument("--api-key", help="API key (default: $JOBO_API_KEY)")
    parser.add_argument(
        "--base-url", help="API base URL (default: $JOBO_BASE_URL, else https://connect.jobo.world)"
    )
    parser.add_argument(
        "--sources", help="comma-separated ATS ids, e.g. greenhouse,lever (fixed by the database's first run)"
    )
    parser.add_argument(
        "--since",
        type=_since,
        metavar="ISO",
        help="only jobs posted or first indexed since this date/time (fixed by the database's first run)",
    )
    parser.add_argument(
        "--mode",
        choices=MODES,
        default="all",
        help="all (default): backfill if needed, then incremental, then expired sweep; or one phase",
    )
    parser.add_argument(
        "--batch-size", type=_batch_size, default=1_000, metavar="N", help="jobs per request (1-1000)"
    )
    parser.add_argument(
        "--max-credits",
        type=_non_negative,
        metavar="N",
        help="stop before a request could take this run's spending over N credits",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="write nothing: show the plan, probing the feed's size with one single-job request",
    )
    parser.add_argument(
        "--overlap",
        type=_non_negative,
        default=15.0,
        metavar="MINUTES",
        help="re-read window before the last run (15)",
    )
    repeat = parser.add_mutually_exclusive_group()
    repeat.add_argument("--once", action="store_true", help="run once and exit (the default)")
    repeat.add_argument(
        "--interval", type=_non_negative, metavar="SECONDS", help="run again every SECONDS until interrupted"
    )
    parser.add_argument(
        "--progress",
        choices=("auto", "bar", "log", "none"),
        default="auto",
        help="progress display on stderr: a bar on a terminal, log lines otherwise (auto)",
    )
    parser.add_argument(
        "--rebackfill",
        action="store_true",
        help="clear the sync state (keeping the scope and the run history) and backfill from scratch; "
        "stored jobs the new backfill does not return are marked expired",
    )
    parser.add_argument(
        "--allow-unknown-values",
        action="store_true",
        help="send filter values the API does not list (skip the --sources check)",
    )
    parser.add_argument("--debug", action="store_true", help="show Python tracebacks of errors")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    parser.add_argument("--history", action="store_true", help="print the database's recent runs and exit")
    return parser


def _open_store(args: argparse.Namespace, read_only: bool) -> Store:
    if args.postgres:
        from jobo_ext.sync.postgres import PostgresStore

        return PostgresStore(args.postgres, read_only=read_only)
    return SQLiteStore(args.db, read_only=read_only)


def _reporter(choice: str, stream: TextIO) -> Reporter | None:
    if choice == "none":
        return None
    if choice == "bar" or (choice == "auto" and stream.isatty()):
        return ProgressBar(stream)
    return LogLines(stream)


@contextmanager
def _graceful_stop(sync: FeedSync, stream: TextIO) -> Iterator[None]:
    """First Ctrl-C / SIGTERM: stop after the batch in flight. Second Ctrl-C: abort now."""

    def on_signal(signum: int, frame: FrameType | None) -> None:
        if sync.stop_requested and signum == signal.SIGINT:
            raise KeyboardInterrupt
        sync.request_stop()
        name = signal.Signals(signum).name
        stream.write(f"\n{name}: stopping after the current batch is stored (Ctrl-C again to abort now)\n")
        stream.flush()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _n(value: float) -> str:
    return f"{value:,.1f}".removesuffix(".0")


def format_summary(result: SyncResult, where: str) -> str:
    """The human summary printed at the end of a run."""
    if result.dry_run:
        lines = [f"jobo-sync --dry-run: nothing written to {where}"]
        lines += [f"  plan          {step}" for step in result.plan]
        if result.estimated_jobs is not None:
            lines.append(
                f"  estimate      {result.estimated_jobs:,} jobs, about {_n(result.estimated_credits or 0)} credits"
            )
        lines.append(f"  probe cost    {_n(result.credits_spent)} credits in {result.requests} requests")
        lines += [f"  note          {note}" for note in result.notes]
        return "\n".join(lines)
    phases = ", ".join(result.phases) or "nothing to do"
    if result.status == "budget" and result.max_credits is not None:
        during = result.phases[-1].removesuffix(" (stopped)") if result.phases else "run"
        head = (
            f"jobo-sync: stopped: credit budget of {_n(result.max_credits)} reached after "
            f"{_n(result.credits_spent)} credits, during the {during} ({result.received:,} jobs in "
            f"{result.elapsed:.1f} s); resume with the same command: it continues from the stored cursor"
        )
    else:
        head = f"jobo-sync: {result.status} in {result.elapsed:.1f} s ({phases})"
    if result.reason:
        head += f"\n  stopped       {result.reason}"
    w, e = result.writes, result.expired
    lines = [
        head,
        f"  received      {result.received:,} jobs, {result.jobs_per_second:,.0f} jobs/s",
        f"  written       {w.inserted:,} new, {w.updated:,} updated; {w.unchanged:,} unchanged (not rewritten)",
        f"  expired       {e.marked:,} marked of {result.expired_received:,} ids ({e.already:,} already, "
        f"{e.unknown:,} not stored)",
        f"  credits       {_n(result.credits_spent)} spent"
        + (f"; balance {_n(result.credits_balance)}" if result.credits_balance is not None else ""),
        f"  requests      {result.requests:,}"
        + (f" ({result.restarts} scan restarts)" if result.restarts else ""),
    ]
    if result.stats is not None:
        lines.append(
            f"  database      {result.stats.active:,} active, {result.stats.expired:,} expired jobs in {where}"
        )
    if result.cursor is not None and result.status != "completed":
        lines.append(f"  resume        the next run continues from cursor {result.cursor[:24]}…")
    return "\n".join(lines)


def _print_history(store: Store, out: TextIO) -> None:
    runs = store.runs()
    if not runs:
        out.write("no runs recorded\n")
    for run in runs:
        out.write(
            f"#{run.id} {format_timestamp(run.started_at)} {run.mode:<11} {run.status:<20} "
            f"{run.received:>9,} received {run.inserted:>9,} new {run.updated:>7,} updated "
            f"{run.expired_marked:>6,} expired {_n(run.credits_spent):>9} credits"
            + (f"  {run.error}" if run.error else "")
            + "\n"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``jobo-sync`` console script; returns the exit code."""
    args = build_parser().parse_args(argv)
    reporter = _reporter(args.progress, sys.stderr)
    jobo_logger = logging.getLogger("jobo_ext")
    from_env = env_handler()
    level = logging.INFO if from_env is None else min(from_env.level, logging.INFO)
    handler = reporter.handler(level) if reporter is not None else None
    if handler is not None:
        if from_env is not None:
            jobo_logger.removeHandler(from_env)  # JOBO_LOG's lines go through the display, not twice
        jobo_logger.addHandler(handler)  # retries are logged at INFO
        previous_level = jobo_logger.level
        jobo_logger.setLevel(level)
    try:
        return _run(args, reporter)
    finally:
        if handler is not None:
            jobo_logger.removeHandler(handler)
            jobo_logger.setLevel(previous_level)
            if from_env is not None:
                jobo_logger.addHandler(from_env)


def _fail(err: TextIO, args: argparse.Namespace, message: str, code: int) -> int:
    if args.debug:
        traceback.print_exc(file=err)
    err.write(f"jobo-sync: {message}\n")
    return code


def _corrupt_advice(exc: CorruptStateError) -> str:
    if exc.key in ("scope", "schema_version"):
        return "the scope cannot be recovered from it: use a new database (or repair that row)"
    return "run with --rebackfill to clear the sync state and backfill from scratch (jobs and scope are kept)"


def _run(args: argparse.Namespace, reporter: Reporter | None) -> int:
    err, out = sys.stderr, sys.stdout
    if args.rebackfill and (args.history or args.mode not in ("all", "backfill")):
        return _fail(
            err, args, "--rebackfill runs a backfill: use it with --mode all or backfill", EXIT_USAGE
        )
    client: JoboClient | None = None
    sources = [s for s in args.sources.split(",") if s.strip()] if args.sources else None
    if not args.history:
        # Everything that can refuse the run comes before the database is created or opened.
        try:
            client = JoboClient(
                api_key=args.api_key, base_url=args.base_url, strict_values=not args.allow_unknown_values
            )
        except ConfigurationError as exc:
            return _fail(err, args, str(exc), EXIT_USAGE)
        if not client.has_api_key:
            client.close()
            return _fail(err, args, "no API key: set JOBO_API_KEY or pass --api-key", EXIT_USAGE)
        if sources is not None and not args.allow_unknown_values:
            try:
                warning = check_sources(client, sources)
            except SyncUsageError as exc:
                client.close()
                return _fail(err, args, str(exc), EXIT_USAGE)
            if warning is not None:
                err.write(f"jobo-sync: warning: {warning}\n")
    try:
        store = _open_store(args, read_only=args.dry_run or args.history)
    except StoreUnreadableError as exc:
        if client is not None:
            client.close()
        return _fail(err, args, str(exc), EXIT_UNREADABLE)
    except StoreError as exc:
        if client is not None:
            client.close()
        return _fail(err, args, str(exc), EXIT_ERROR)
    where = store.describe()
    try:
        if client is None:
            _print_history(store, out)
            return EXIT_OK
        with client:
            sync = FeedSync(
                client,
                store,
                sources=sources,
                since=args.since,
                batch_size=args.batch_size,
                overlap=datetime.timedelta(minutes=args.overlap),
                max_credits=args.max_credits,
                dry_run=args.dry_run,
                on_event=reporter,
                rebackfill=args.rebackfill,
                check_sources=False,  # checked above, before the database was opened
            )
            mode: Mode = args.mode
            with _graceful_stop(sync, err):
                while True:
                    result = sync.run(mode)
                    if reporter is not None:
                        reporter.close()
                    out.write(
                        (json.dumps(result.to_json()) if args.json else format_summary(result, where)) + "\n"
                    )
                    out.flush()
                    if args.interval is None or args.dry_run or result.status != "completed":
                        return EXIT_CODES[result.status]
                    if sync.wait(args.interval):
                        return EXIT_INTERRUPTED
    except StoreLockedError as exc:
        return _fail(err, args, str(exc), EXIT_LOCKED)
    except SyncUsageError as exc:
        return _fail(err, args, str(exc), EXIT_USAGE)
    except StateMismatchError as exc:
        return _fail(err, args, f"the sync state disagrees with the data: {exc}", EXIT_STATE_MISMATCH)
    except CorruptStateError as exc:
        return _fail(
            err, args, f"{where}: corrupt sync state: {exc}; {_corrupt_advice(exc)}", EXIT_CORRUPT_STATE
        )
    except StoreUnreadableError as exc:
        return _fail(err, args, str(exc), EXIT_UNREADABLE)
    except KeyboardInterrupt:
        err.write("jobo-sync: aborted; the batch in flight was not stored and will be fetched again\n")
        return EXIT_INTERRUPTED
    except Exception as exc:
        if reporter is not None:
            reporter.close()
        if _unreadable(exc):  # malformed pages found mid-run
            return _fail(err, args, f"{where} cannot be read: {exc}", EXIT_UNREADABLE)
        expected = isinstance(exc, JoboError)  # StoreError and SyncError included
        return _fail(
            err,
            args,
            f"failed: {type(exc).__name__}: {exc}\n"
            "jobo-sync: everything stored so far is kept; run again to resume"
            + ("" if expected or args.debug else " (--debug shows where it failed)"),
            EXIT_ERROR,
        )
    finally:
        store.close()


if __name__ == "__main__":
    raise SystemExit(main())
