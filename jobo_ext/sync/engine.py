"""``FeedSync``: keep a store in sync with the jobs feed, the way the docs' sync workflow describes it.

The workflow is on the Jobs Feed page: https://jobo.world/docs/api-reference/feed/jobs-feed.

One :meth:`FeedSync.run` does, as far as its ``mode`` asks:

1. **Backfill** (until one has completed): page ``POST /api/jobs/feed`` with the scope's filters and
   no ``updated_after``, committing each batch's upserts *and* its ``next_cursor`` in one transaction.
   A run that dies anywhere resumes from the cursor on disk: nothing lost, nothing fetched twice but
   the batch that was in flight.
2. **Incremental**: the same scan with ``updated_after = last_run_started_at − overlap`` (15 min by
   default), where ``last_run_started_at`` is the ``started_at`` — recorded before the first request —
   of the last completed scan. (The docs' prose filters on ``posted_after``, which would miss edits to
   older postings; ``updated_after`` — "created or updated", SDK 4.0.0's advice — catches both.) It becomes the new watermark only when the scan completes, in the same
   transaction as its last batch. After a backfill completes, ``mode="all"`` runs one incremental scan
   straight away to pick up what changed while the backfill ran.
3. **Expired sweep**: page ``GET /api/jobs/expired`` from ``expired_since = last_sweep_started_at −
   overlap`` (at most 7 days back, the API's limit) and mark every stored id it returns expired, again
   committing each page with its cursor.

A run that resumes a scan left by a killed run finishes it, then runs a fresh incremental scan before it
reports ``completed`` (what changed while the old scan was in flight would otherwise stay stale). When
the last completed sweep is older than the expired feed's window, and after ``rebackfill``, a full scan
records the ids it delivers and, in the transaction of its last batch, marks every stored job it did
not deliver expired (mark and sweep).

Before fetching anything a run checks the state against the data: an unreadable ``sync_state`` row or a
stored time more than a day ahead raises :class:`~jobo_ext.sync.state.CorruptStateError`; an empty
``jobs`` table after a backfill that stored rows raises :class:`StateMismatchError`. Both name what is
wrong; ``rebackfill`` recovers from either without reading the bad rows (the scope excepted).

Upserts are by job ``id``; a job whose stored ``updated_at`` equals the delivered one is not written
(counted as unchanged). A void cursor restarts the scan without touching stored jobs: a ``400`` on a
continuation (invalid or expired cursor) starts the scan again from its first request; a ``409
feed_cursor_restart_required`` replays the API's ``replacement_request`` (or resumes from the scan's
watermark, see :func:`~jobo_ext.sync.state.restart_request`). Retries of 429/5xx/dropped connections
happen below, in the client's transport.

A run stops cleanly — after the current batch commits — when :meth:`FeedSync.request_stop` is called
(the CLI calls it on Ctrl-C), when the next batch could take it over ``max_credits`` (see
:class:`~jobo_ext.sync.budget.CreditMeter`), or when the API answers 402.
"""

from __future__ import annotations

import datetime
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any, Literal

import attrs
import httpx
from jobo_client.models.job_feed_request import JobFeedRequest

from jobo_ext._invoke import UnusableResponse
from jobo_ext.client import JoboClient
from jobo_ext.errors import BadRequestError, CursorRestartRequiredError, InsufficientCreditsError, JoboError
from jobo_ext.pagination import CursorScan, next_cursor
from jobo_ext.sync.budget import FEED_CREDITS_PER_JOB, CreditMeter
from jobo_ext.sync.events import (
    BatchStored,
    Notice,
    Phase,
    PhaseFinished,
    PhaseStarted,
    Status,
    SyncEvent,
    SyncResult,
)
from jobo_ext.sync.rows import JobRow, format_timestamp, job_row_from_json, parse_timestamp
from jobo_ext.sync.state import (
    ExpiredSweep,
    FeedScan,
    ScanKind,
    Scope,
    SyncState,
    check_state_times,
    restart_request,
    scope_from_items,
)
from jobo_ext.sync.store import ExpireCounts, RunRecord, SeenMode, Store, UnstorableRowError
from jobo_ext.usage import CallRecord, capture

__all__ = [
    "DEFAULT_OVERLAP",
    "EXPIRED_LOOKBACK",
    "MODES",
    "FeedBatch",
    "FeedSync",
    "Mode",
    "ScopeMismatchError",
    "StateMismatchError",
    "SyncError",
    "SyncUsageError",
    "check_sources",
]

Mode = Literal["all", "backfill", "incremental", "expired"]
MODES: tuple[Mode, ...] = ("all", "backfill", "incremental", "expired")
DEFAULT_OVERLAP = datetime.timedelta(minutes=15)
"""Re-read the 15 minutes before the last run started (clock skew, late writes), as the docs advise."""
EXPIRED_LOOKBACK = datetime.timedelta(days=7)
"""The expired-ids feed looks back at most 7 days (``expired_since``'s documented limit)."""
_LOOKBACK_MARGIN = datetime.timedelta(minutes=5)  # stay clear of the API's 7-day bound


def _lookback_floor(now: datetime.datetime) -> datetime.datetime:
    """The earliest ``expired_since`` to ask for at ``now``."""
    return now - EXPIRED_LOOKBACK + _LOOKBACK_MARGIN


class SyncError(JoboError):
    """The sync cannot go on (e.g. the API keeps voiding a scan's cursor). The state stays consistent."""


def _follow(scan: CursorScan, phase: str, has_more: bool, returned: object, rows: int) -> str | None:
    """The cursor to continue ``scan`` with (``None``: complete); a scan the server does not advance
    (:class:`~jobo_ext.pagination.CursorScan`) stops the run instead of being recorded as complete."""
    try:
        return scan.after(has_more, returned, rows)
    except UnusableResponse as exc:
        raise SyncError(
            f"the {phase} cannot be followed: {exc.message}; nothing was recorded as complete: run again "
            "later to resume from the last stored cursor"
        ) from exc


class StateMismatchError(SyncError):
    """The sync state disagrees with the data it describes (e.g. a completed backfill stored rows,
    and the jobs table is now empty): resuming from that state would report success over missing rows."""


class SyncUsageError(JoboError, ValueError):
    """The run cannot do what was asked (e.g. an incremental run before any backfill)."""


class ScopeMismatchError(SyncUsageError):
    """The filters given differ from the ones the store was synced with."""


@attrs.frozen
class FeedBatch:
    """One feed page, flattened: what :meth:`FeedSync._fetch_batch` hands the scan loop."""

    rows: list[JobRow]
    has_more: bool
    next_cursor: str | None
    estimated_total: int | None


class _Stop(Exception):
    """Raised inside a run to end it cleanly after the last commit."""

    def __init__(self, status: Status, reason: str) -> None:
        super().__init__(reason)
        self.status: Status = status
        self.reason = reason


def _utcnow() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def check_sources(client: JoboClient, sources: Iterable[str]) -> str | None:
    """Check ``sources`` against the API's live list of sources (free): raise
    :class:`SyncUsageError` naming an unknown one and the nearest valid value. Sources are an open
    set, so the live list is the only authority; when it cannot be read, return a warning and let
    the run go on."""
    import difflib

    wanted = sorted({s.strip().lower() for s in sources if s.strip()})
    if not wanted:
        return None
    try:
        listing = client.filters.get()
        known = {str(facet.key).lower() for facet in (listing.sources or [])}
    except (JoboError, httpx.HTTPError, AttributeError, TypeError) as exc:
        return f"could not check --sources against the API's list ({type(exc).__name__}: {exc}); going on"
    if not known:
        return "the API listed no sources; --sources was not checked"
    for source in wanted:
        if source not in known:
            close = difflib.get_close_matches(source, sorted(known), n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise SyncUsageError(
                f"unknown source {source!r}: {hint}The API lists {len(known)} sources "
                "(GET /api/connectors/filters); --allow-unknown-values sends it anyway"
            )
    return None


def _short(cursor: str | None) -> str:
    if cursor is None:
        return "-"
    return cursor if len(cursor) <= 16 else f"{cursor[:6]}…{cursor[-6:]}"


class FeedSync:
    """Backfill, incremental sync and expired sweep of the jobs feed into a :class:`Store`.

    >>> with JoboClient() as jobo, SQLiteStore("jobs.sqlite") as store:
    ...     result = FeedSync(jobo, store, sources=["greenhouse"]).run()
    ...     print(result.status, result.writes)

    Args:
        client: the :class:`~jobo_ext.JoboClient` to fetch with (its retry policy applies).
        store: where jobs and sync state live; the sync takes its lock (unless ``dry_run``).
        sources: ATS ids to sync (``None``: all, or what the store was first synced with).
        since: only jobs posted or first indexed at or after this instant (the feed's
            ``posted_after``). ``sources`` and ``since`` are the store's *scope*, fixed by its first
            run; passing different ones later raises :class:`ScopeMismatchError`.
        batch_size: jobs per feed request, 1–1000. A resumed scan keeps the batch size it started with.
        expired_batch_size: ids per expired-ids request, 1–10000.
        overlap: how far before the last run's start the next run re-reads (default 15 minutes).
        max_credits: stop before a feed request could take the run's spending over this.
        dry_run: read the store, plan, and probe the API with at most one single-job feed request per
            scan (``estimated_total``) plus the free expired-ids pages; write nothing.
        stable_scan: sent as the feed's ``stable_scan`` when not ``None`` (``False`` selects the
            legacy scan, which the API can void with a 409 cursor restart).
        credits_per_job: the metered feed price, for the budget's worst case.
        clock: the current UTC time (tests inject one; the mock server can share it).
        on_event: called with every :data:`~jobo_ext.sync.events.SyncEvent`.
        max_restarts: restarts of one scan (void cursors) before the run gives up.
        rebackfill: the first :meth:`run` clears the sync state (keeping the scope and the run history)
            and backfills from scratch; the stored rows it does not see again are marked expired.
        check_sources: check ``sources`` against the API's live list before the first request
            (:func:`check_sources`); ``False`` sends them as given.
    """

    def __init__(
        self,
        client: JoboClient,
        store: Store,
        *,
        sources: Iterable[str] | None = None,
        since: datetime.datetime | None = None,
        batch_size: int = 1_000,
        expired_batch_size: int = 1_000,
        overlap: datetime.timedelta = DEFAULT_OVERLAP,
        max_credits: float | None = None,
        dry_run: bool = False,
        stable_scan: bool | None = None,
        credits_per_job: float = FEED_CREDITS_PER_JOB,
        clock: Callable[[], datetime.datetime] = _utcnow,
        on_event: Callable[[SyncEvent], None] | None = None,
        max_restarts: int = 5,
        rebackfill: bool = False,
        check_sources: bool = True,
    ) -> None:
        if not 1 <= batch_size <= 1_000:
            raise ValueError("batch_size must be between 1 and 1000")
        if not 1 <= expired_batch_size <= 10_000:
            raise ValueError("expired_batch_size must be between 1 and 10000")
        if overlap < datetime.timedelta(0):
            raise ValueError("overlap must not be negative")
        if since is not None and since.tzinfo is None:
            since = since.replace(tzinfo=datetime.UTC)
        self.client = client
        self.store = store
        self.sources = tuple(sorted({s.strip().lower() for s in sources if s.strip()})) if sources else None
        self.since = since
        self.batch_size = batch_size
        self.expired_batch_size = expired_batch_size
        self.overlap = overlap
        self.max_credits = max_credits
        self.dry_run = dry_run
        self.stable_scan = stable_scan
        self.credits_per_job = credits_per_job
        self.clock = clock
        self.on_event = on_event
        self.max_restarts = max_restarts
        self._rebackfill = rebackfill
        self._check_sources = check_sources and self.sources is not None
        self._stop = threading.Event()
        self._meter = CreditMeter(max_credits, per_job=credits_per_job)
        self._result = SyncResult(mode="all")
        self._started = time.monotonic()

    # ------------------------------------------------------------------ public

    def request_stop(self) -> None:
        """Ask the running :meth:`run` to stop after the batch in flight commits (thread-safe)."""
        self._stop.set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds`` between runs; returns early (``True``) once a stop is requested."""
        return self._stop.wait(seconds)

    def run(self, mode: Mode = "all") -> SyncResult:
        """Run the phases ``mode`` asks for and return what happened.

        ``"all"``: backfill (or resume it) if none has completed, then an incremental scan, then the
        expired sweep. ``"backfill"``, ``"incremental"``, ``"expired"``: that phase alone (resuming
        a scan of that phase left by an earlier run). Clean stops (Ctrl-C, budget, 402) return a
        result with that ``status``; API errors that survived the retries, and store errors, raise
        after the run is recorded as failed — the state on disk is always the last commit's.
        """
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}")
        self._meter = CreditMeter(self.max_credits, per_job=self.credits_per_job)
        self._started = time.monotonic()
        result = SyncResult(
            mode=mode, dry_run=self.dry_run, started_at=self.clock(), max_credits=self.max_credits
        )
        self._result = result
        if self._check_sources and self.sources is not None:
            warning = check_sources(self.client, self.sources)
            if warning is not None:
                self._emit(Notice(warning, "warning"))
            self._check_sources = False
        if self.dry_run:
            state = self._starting_state()
            self._check_rows(state)
            self._plan(state, state.scope or Scope(), mode)
            return self._finish(result)
        self.store.acquire_lock()  # held until the store is closed; taking it again is a no-op
        state = self._starting_state()
        if self._rebackfill:
            # Every other known key is deleted; the new backfill is saved as pending with it, so a run
            # killed before its first batch still resumes a mark-and-sweep backfill.
            state = state.with_scan(self._new_scan("backfill", state, sweep_unseen=True))
            self.store.save_state(state)
            self._rebackfill = False
            scope_text = state.scope.describe() if state.scope is not None else Scope().describe()
            self._emit(Notice(f"rebackfill: sync state cleared; backfilling {scope_text} from scratch"))
        self._check_rows(state)
        scope = state.scope or Scope()
        run_id = self.store.begin_run(RunRecord(started_at=result.started_at or self.clock(), mode=mode))
        try:
            try:
                state = self._feed_phases(attrs.evolve(state, scope=scope), mode)
                if mode in ("all", "expired"):
                    self._expired_phase(state, mode)
            except _Stop as stop:
                result.status, result.reason = stop.status, stop.reason
                self._emit(Notice(f"stopped: {stop.reason}", "warning"))
        except BaseException as exc:
            status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
            try:
                self._finish(result)
                self.store.finish_run(
                    run_id, self._record(result, status, error=f"{type(exc).__name__}: {exc}")
                )
            except Exception as secondary:  # the store may be what failed: keep the original error
                exc.add_note(f"(recording the failed run also failed: {secondary!r})")
            raise
        self._finish(result)
        self.store.finish_run(run_id, self._record(result, result.status))
        return result

    # ------------------------------------------------------------------ helpers

    def _emit(self, event: SyncEvent) -> None:
        if isinstance(event, Notice):
            self._result.notes.append(event.message)
        if self.on_event is not None:
            self.on_event(event)

    def _elapsed(self) -> float:
        return time.monotonic() - self._started

    def _finish(self, result: SyncResult) -> SyncResult:
        result.finished_at = self.clock()
        result.elapsed = self._elapsed()
        result.credits_spent = self._meter.spent
        result.credits_balance = self._meter.balance
        result.requests = self._meter.requests
        state = self.store.load_state()
        pending = state.scan or state.sweep
        result.cursor = pending.cursor if pending is not None else None
        result.stats = self.store.stats()
        return result

    def _record(self, result: SyncResult, status: str, error: str | None = None) -> RunRecord:
        return RunRecord(
            started_at=result.started_at or self.clock(),
            finished_at=result.finished_at,
            mode=result.mode,
            status=status,
            phases=",".join(result.phases),
            received=result.received,
            inserted=result.writes.inserted,
            updated=result.writes.updated,
            unchanged=result.writes.unchanged,
            expired_marked=result.expired.marked,
            credits_spent=result.credits_spent,
            requests=result.requests,
            error=error,
        )

    def _load_state(self) -> SyncState:
        state = self.store.load_state()
        check_state_times(state, self.clock())
        return state

    def _stored_rows(self) -> int:
        stats = self.store.stats()
        return stats.active + stats.expired

    def _adopt_scope(self, state: SyncState) -> SyncState:
        """``state`` with the scope this run uses: the stored one, or the one asked for when none is
        fixed yet. Runs that stored nothing do not fix it (a typo in ``sources`` that matched no job
        must not become the database's permanent scope)."""
        try:
            return attrs.evolve(state, scope=self._resolve_scope(state.scope))
        except ScopeMismatchError:
            if not self._nothing_stored(state):
                raise
        assert state.scope is not None
        new = Scope(
            sources=self.sources if self.sources is not None else state.scope.sources,
            since=self.since if self.since is not None else state.scope.since,
        )
        self._emit(
            Notice(
                f"earlier runs stored no jobs, so the scope changes from {state.scope.describe()} to {new.describe()}"
            )
        )
        return SyncState(scope=new, extra=state.extra)

    def _nothing_stored(self, state: SyncState) -> bool:
        if state.backfill_rows or (state.scan is not None and state.scan.delivered) or self._stored_rows():
            return False
        return not any(run.inserted or run.updated for run in self.store.runs(limit=1_000))

    def _check_rows(self, state: SyncState) -> None:
        """Refuse to resume from a state the jobs table contradicts (its rows were dropped or deleted)."""
        if state.backfilled and state.backfill_rows:
            what = f"a completed backfill stored {state.backfill_rows:,} jobs"
        elif state.scan is not None and state.scan.kind == "backfill" and state.scan.delivered:
            what = f"the backfill in progress has stored {state.scan.delivered:,} jobs"
        else:
            return
        if self._stored_rows():
            return
        raise StateMismatchError(
            f"{self.store.describe()}: the jobs table is empty (or was dropped), but the sync state says "
            f"{what}; resuming would never fetch them again. Run with --rebackfill to clear the sync state "
            "and backfill from scratch (the scope and the run history are kept)."
        )

    def _resolve_scope(self, stored: Scope | None) -> Scope:
        if stored is None:
            return Scope(sources=self.sources, since=self.since)
        problems = []
        if self.sources is not None and self.sources != stored.sources:
            problems.append(f"sources {','.join(self.sources)}")
        if self.since is not None and self.since != stored.since:
            problems.append(f"since {format_timestamp(self.since)}")
        if problems:
            raise ScopeMismatchError(
                f"{self.store.describe()} is synced with {stored.describe()}; asked for {' and '.join(problems)}. "
                "A different scope needs a different database."
            )
        return stored

    def _check_stop(self) -> None:
        if self._stop.is_set():
            raise _Stop("interrupted", "stop requested; every fetched batch is stored")

    def _scan_request(self, scope: Scope, updated_after: datetime.datetime | None) -> dict[str, Any]:
        request: dict[str, Any] = {"batch_size": self.batch_size}
        if scope.sources is not None:
            request["sources"] = list(scope.sources)
        if scope.since is not None:
            request["posted_after"] = format_timestamp(scope.since)
        if updated_after is not None:
            request["updated_after"] = format_timestamp(updated_after)
        if self.stable_scan is not None:
            request["stable_scan"] = self.stable_scan
        return request

    def _new_scan(self, kind: ScanKind, state: SyncState, *, sweep_unseen: bool = False) -> FeedScan:
        scope = state.scope or Scope()
        started_at = self.clock()  # before the first request: the next watermark
        updated_after = None
        if kind == "incremental":
            assert state.feed_watermark is not None
            updated_after = state.feed_watermark - self.overlap
        return FeedScan(
            kind=kind,
            started_at=started_at,
            request=self._scan_request(scope, updated_after),
            sweep_unseen=sweep_unseen,
        )

    def _starting_state(self) -> SyncState:
        """The committed state this run starts from; with ``--rebackfill`` only its scope is kept."""
        if self._rebackfill:
            return self._adopt_scope(SyncState(scope=scope_from_items(self.store.state_items())))
        return self._adopt_scope(self._load_state())

    def _beyond_lookback(self, state: SyncState, now: datetime.datetime) -> bool:
        """Whether the last completed sweep is too old for the expired-ids feed to cover the gap."""
        watermark = state.expired_watermark
        return watermark is not None and watermark - self.overlap < _lookback_floor(now)

    @staticmethod
    def _describe_scan(scan: FeedScan) -> str:
        request = scan.request
        parts = [f"batch_size={scan.batch_size}"]
        for key in ("sources", "posted_after", "updated_after"):
            if key in request:
                value = request[key]
                parts.append(f"{key}={','.join(value) if isinstance(value, list) else value}")
        if request.get("stable_scan") is False:
            parts.append("legacy scan")
        if scan.cursor is not None:
            parts.append(f"resuming at cursor {_short(scan.cursor)} after {scan.delivered:,} jobs")
        return ", ".join(parts)

    # ------------------------------------------------------------------ feed

    def _feed_phases(self, state: SyncState, mode: Mode) -> SyncState:
        if mode == "expired":
            return state
        scan = state.scan
        if scan is not None:
            if mode == "backfill" and scan.kind == "incremental":
                self._emit(
                    Notice("the backfill is complete; an incremental scan is pending (mode incremental)")
                )
                return state
            if mode == "incremental" and scan.kind == "backfill":
                raise SyncUsageError("the backfill has not completed yet: run with --mode backfill or all")
            state = self._scan(state, resumed=True)
            # The resumed scan missed what changed after it began (jobs it had passed already): a
            # fresh incremental from its start catches up before the run reports "completed".
            if mode in ("all", "incremental"):
                state = self._scan(state.with_scan(self._new_scan("incremental", state)), resumed=False)
            return state
        if not state.backfilled:
            if mode == "incremental":
                raise SyncUsageError("no backfill has completed yet: run with --mode backfill or all first")
            state = self._scan(state.with_scan(self._new_scan("backfill", state)), resumed=False)
            if mode == "backfill":
                return state
        elif mode == "backfill":
            self._emit(Notice("the backfill completed already; nothing to do in mode backfill"))
            return state
        elif mode == "all" and state.sweep is None and self._beyond_lookback(state, self.clock()):
            assert state.expired_watermark is not None
            self._emit(
                Notice(
                    f"the last expired sweep started {format_timestamp(state.expired_watermark)}, beyond the "
                    "expired feed's 7-day window: re-scanning the whole scope; stored jobs it does not "
                    "return are marked expired",
                    "warning",
                )
            )
            state = self._scan(
                state.with_scan(self._new_scan("backfill", state, sweep_unseen=True)), resumed=False
            )
        return self._scan(state.with_scan(self._new_scan("incremental", state)), resumed=False)

    def _fetch_batch(self, scan: FeedScan) -> tuple[FeedBatch, list[CallRecord]]:
        """The scan's next page as rows, storing each job's JSON text as the API sent it: no model is
        built and nothing re-encoded (``iter_verbatim_pages``)."""
        with capture() as calls:
            try:
                if scan.cursor is None:
                    pages = self.client.feed.iter_verbatim_pages(body=JobFeedRequest.from_dict(scan.request))
                else:
                    pages = self.client.feed.iter_verbatim_pages(cursor=scan.cursor)
                # One page per call: the scan commits each batch with its cursor before asking for the next.
                # The generator is left suspended after its yield, with nothing open.
                page = next(iter(pages))
            finally:
                self._meter.record(calls)  # failed attempts too: they count as requests, cost nothing
        data = page.data
        if not isinstance(data.get("jobs"), list):
            raise SyncError(f"the feed answered without a jobs list (keys: {', '.join(data)})")
        try:
            rows = [job_row_from_json(job, text) for job, text in page]
        except (ValueError, TypeError, AttributeError) as exc:
            raise SyncError(f"the feed sent a job this sync cannot store: {exc}") from exc
        cursor = data.get("next_cursor")
        total = data.get("estimated_total")
        batch = FeedBatch(
            rows=rows,
            has_more=bool(data.get("has_more")),
            next_cursor=cursor if isinstance(cursor, str) else None,
            estimated_total=total if isinstance(total, int) else None,
        )
        return batch, calls

    def _restart(
        self, state: SyncState, scan: FeedScan, replacement: dict[str, Any] | None, why: str
    ) -> SyncState:
        if scan.restarts >= self.max_restarts:
            raise SyncError(f"the {scan.kind} scan was restarted {scan.restarts} times; giving up ({why})")
        request = restart_request(scan, replacement)
        restarted = attrs.evolve(
            scan, request=request, cursor=None, estimated_total=None, restarts=scan.restarts + 1
        )
        self._result.restarts += 1
        self._emit(
            Notice(f"{why}; restarting the {scan.kind} scan: {self._describe_scan(restarted)}", "warning")
        )
        state = state.with_scan(restarted)
        self.store.save_state(state)  # never send the void cursor again, even after a crash
        return state

    @staticmethod
    def _seen_mode(scan: FeedScan, following: str | None) -> SeenMode | None:
        if not scan.sweep_unseen:
            return None
        first = scan.cursor is None and scan.delivered == 0
        if following is None:
            return "only" if first else "last"
        return "first" if first else "more"

    def _scan(self, state: SyncState, *, resumed: bool) -> SyncState:
        """Run ``state.scan`` to completion (or a clean stop); returns the committed state."""
        scan = state.scan
        assert scan is not None
        phase: Phase = scan.kind
        label = f"{phase} (stopped)"
        self._result.phases.append(label)
        self._emit(
            PhaseStarted(phase, self._describe_scan(scan), resumed, scan.delivered, scan.estimated_total)
        )
        while True:
            self._check_stop()
            if not self._meter.allows(scan.batch_size):
                raise _Stop("budget", self._meter.describe_shortfall(scan.batch_size))
            try:
                batch, calls = self._fetch_batch(scan)
            except CursorRestartRequiredError as exc:
                state = self._restart(state, scan, exc.replacement_request, "the API voided the cursor (409)")
                scan = state.scan
                assert scan is not None
                continue
            except BadRequestError as exc:
                if scan.cursor is None:
                    raise
                state = self._restart(state, scan, None, f"the API refused the cursor ({exc.message})")
                scan = state.scan
                assert scan is not None
                continue
            except InsufficientCreditsError as exc:
                raise _Stop("insufficient_credits", f"the API answered 402: {exc.message}") from exc
            rows = batch.rows
            credits = sum(call.credits_deducted for call in calls)
            self._meter.observe_feed_batch(len(rows), credits)
            following = next_cursor(
                scan.cursor, batch.has_more, batch.next_cursor
            )  # the facade checks the scan
            # From the rows: their timestamps are normalised to aware UTC (a naive one would not compare).
            newest = max((parse_timestamp(row.updated_at) for row in rows), default=None)
            estimated = batch.estimated_total
            advanced = attrs.evolve(
                scan,
                cursor=following,
                watermark=max(filter(None, (scan.watermark, newest)), default=None),
                delivered=scan.delivered + len(rows),
                estimated_total=scan.estimated_total if scan.estimated_total is not None else estimated,
            )
            now = self.clock()
            new_state = (
                state.scan_completed(advanced, now) if following is None else state.with_scan(advanced)
            )
            try:
                counts = self.store.apply_batch(
                    rows, new_state, now=now, seen=self._seen_mode(scan, following)
                )
            except UnstorableRowError as exc:  # rolled back: the batch and its cursor are not stored
                raise SyncError(f"the feed sent a job this sync cannot store: {exc}") from exc
            state, scan = new_state, advanced
            result = self._result
            result.received += len(rows)
            result.writes = result.writes + counts
            if counts.swept:
                result.expired = result.expired + ExpireCounts(marked=counts.swept)
            self._emit(
                BatchStored(
                    phase=phase,
                    received=len(rows),
                    delivered=advanced.delivered,
                    estimated_total=advanced.estimated_total,
                    writes=counts,
                    expired=None,
                    cursor=following,
                    credits=credits,
                    run_received=result.received,
                    run_credits=self._meter.spent,
                    elapsed=self._elapsed(),
                )
            )
            if following is None:
                if phase == "backfill":
                    # The fact the next run's start-of-run check compares the jobs table with.
                    state = attrs.evolve(state, backfill_rows=self._stored_rows())
                    self.store.save_state(state)
                result.phases[-1] = phase
                self._emit(PhaseFinished(phase, completed=True))
                return state

    # ------------------------------------------------------------------ expired ids

    def _sweep_since(self, watermark: datetime.datetime, now: datetime.datetime) -> datetime.datetime:
        since = watermark - self.overlap
        floor = _lookback_floor(now)
        if since < floor:
            self._emit(
                Notice(
                    f"the last sweep started {format_timestamp(watermark)}, beyond the API's 7-day lookback: "
                    f"jobs that expired before {format_timestamp(floor)} cannot be reported and stay active "
                    "here until a run in mode all re-scans the scope (it does so by itself; sync at least "
                    "weekly to avoid the cost)",
                    "warning",
                )
            )
            return floor
        return since

    def _expired_phase(self, state: SyncState, mode: Mode) -> None:
        if not state.backfilled or state.expired_watermark is None:
            if mode == "expired":
                raise SyncUsageError("no backfill has completed yet: there is nothing to sweep")
            return
        sweep = state.sweep
        resumed = sweep is not None
        if sweep is None:
            now = self.clock()
            sweep = ExpiredSweep(started_at=now, since=self._sweep_since(state.expired_watermark, now))
            state = state.with_sweep(sweep)
        self._result.phases.append("expired (stopped)")
        description = f"expired_since={format_timestamp(sweep.since)}"
        if sweep.cursor is not None:
            description += f", resuming at cursor {_short(sweep.cursor)} after {sweep.seen:,} ids"
        self._emit(PhaseStarted("expired", description, resumed, sweep.seen))
        restarts = 0
        cursors = CursorScan(sweep.cursor)
        while True:
            self._check_stop()
            with capture() as calls:
                try:
                    if sweep.cursor is None:
                        page = self.client.feed.expired(
                            expired_since=sweep.since, batch_size=self.expired_batch_size
                        )
                    else:
                        page = self.client.feed.expired(cursor=sweep.cursor)
                except BadRequestError as exc:
                    if sweep.cursor is None or restarts >= self.max_restarts:
                        raise
                    restarts += 1
                    self._result.restarts += 1
                    now = self.clock()
                    sweep = attrs.evolve(sweep, cursor=None, since=max(sweep.since, _lookback_floor(now)))
                    cursors = CursorScan(None)
                    self._emit(
                        Notice(
                            f"the API refused the expired-ids cursor ({exc.message}); restarting the sweep",
                            "warning",
                        )
                    )
                    state = state.with_sweep(sweep)
                    self.store.save_state(state)
                    continue
                finally:
                    self._meter.record(calls)
            ids = [str(job_id) for job_id in page.job_ids]
            following = _follow(cursors, "expired-ids feed", page.has_more, page.next_cursor, len(ids))
            advanced = attrs.evolve(sweep, cursor=following, seen=sweep.seen + len(ids))
            new_state = state.sweep_completed(advanced) if following is None else state.with_sweep(advanced)
            counts = self.store.mark_expired(ids, new_state, now=self.clock())
            state, sweep = new_state, advanced
            result = self._result
            result.expired_received += len(ids)
            result.expired = result.expired + counts
            self._emit(
                BatchStored(
                    phase="expired",
                    received=len(ids),
                    delivered=advanced.seen,
                    estimated_total=None,
                    writes=None,
                    expired=counts,
                    cursor=following,
                    credits=sum(call.credits_deducted for call in calls),
                    run_received=result.received,
                    run_credits=self._meter.spent,
                    elapsed=self._elapsed(),
                )
            )
            if following is None:
                result.phases[-1] = "expired"
                self._emit(PhaseFinished("expired", completed=True))
                return

    # ------------------------------------------------------------------ dry run

    def _probe(self, scan: FeedScan) -> tuple[int | None, float]:
        """``estimated_total`` of ``scan`` from a one-job first request, and what that cost."""
        request = {**scan.request, "batch_size": 1}
        with capture() as calls:
            try:
                page = self.client.feed.jobs(body=JobFeedRequest.from_dict(request))
            finally:
                self._meter.record(calls)
        charged = sum(call.credits_deducted for call in calls)
        self._meter.observe_feed_batch(len(page.jobs), charged)
        total = page.estimated_total if isinstance(page.estimated_total, int) else None
        return total, charged

    def _plan_scan(self, scan: FeedScan, resumed: bool) -> None:
        result = self._result
        if resumed:
            remaining = scan.estimated_total - scan.delivered if scan.estimated_total is not None else None
            result.plan.append(f"resume the {scan.kind} scan ({self._describe_scan(scan)})")
        elif not self._meter.allows(1):
            result.plan.append(
                f"start {_article(scan.kind)} {scan.kind} scan ({self._describe_scan(scan)}); probe skipped (budget)"
            )
            return
        else:
            remaining, _ = self._probe(scan)
            result.plan.append(f"start {_article(scan.kind)} {scan.kind} scan ({self._describe_scan(scan)})")
        if remaining is not None:
            result.estimated_jobs = (result.estimated_jobs or 0) + max(remaining, 0)
            rate = 0.0 if self._meter.feed_free else self.credits_per_job
            result.estimated_credits = (result.estimated_credits or 0.0) + max(remaining, 0) * rate
            result.plan[-1] += f": about {max(remaining, 0):,} jobs"

    def _plan(self, state: SyncState, scope: Scope, mode: Mode) -> None:
        state = attrs.evolve(state, scope=scope)
        result = self._result
        result.plan.append(f"scope: {scope.describe()}")
        if mode != "expired":
            if state.scan is not None:
                self._plan_scan(state.scan, resumed=True)
            elif not state.backfilled and mode in ("all", "backfill"):
                self._plan_scan(self._new_scan("backfill", state), resumed=False)
            elif state.backfilled and mode in ("all", "incremental"):
                if mode == "all" and state.sweep is None and self._beyond_lookback(state, self.clock()):
                    result.plan.append(
                        "re-scan the whole scope first: the last sweep is older than the expired feed's "
                        "7-day window (stored jobs the scan does not return are marked expired)"
                    )
                    self._plan_scan(self._new_scan("backfill", state, sweep_unseen=True), resumed=False)
                self._plan_scan(self._new_scan("incremental", state), resumed=False)
            elif mode == "incremental":
                raise SyncUsageError("no backfill has completed yet: run with --mode backfill or all first")
            elif mode == "backfill":
                result.plan.append("nothing: the backfill completed already")
            if not state.backfilled and mode == "all":
                result.plan.append("then an incremental scan of what changed during the backfill")
        if mode in ("all", "expired"):
            if state.backfilled and state.expired_watermark is not None:
                now = self.clock()
                since = state.sweep.since if state.sweep else self._sweep_since(state.expired_watermark, now)
                ids = self._count_expired(since)
                result.plan.append(f"sweep expired ids since {format_timestamp(since)}: {ids:,} ids to mark")
            elif mode == "expired":
                raise SyncUsageError("no backfill has completed yet: there is nothing to sweep")
            else:
                result.plan.append("sweep expired ids once the backfill has completed")

    def _count_expired(self, since: datetime.datetime) -> int:
        count = 0
        with capture() as calls:
            try:
                for job_id in self.client.feed.iter_expired(
                    expired_since=since, batch_size=self.expired_batch_size
                ):
                    del job_id
                    count += 1
            finally:
                self._meter.record(calls)
        return count
