"""Sync throughput: ``jobo-sync``'s engine backfilling the mock's jobs into SQLite, and its peak memory.

``.venv/bin/python scripts/bench_sync.py [--jobs 100000] [--small 10000] [--batch-size 1000] [--json]``

Each measurement runs in a fresh process (peak RSS only grows within a process) that starts
``python -m jobo_ext.testing serve`` in a process of its own (so the dataset and the server's CPU are
not counted), then runs :class:`jobo_ext.sync.FeedSync` into a fresh SQLite file:

1. **backfill** of every job (batches of ``--batch-size``, each committed with its cursor);
2. **incremental** run after 1 % of the jobs were touched, 0.5 % expired and 0.5 % added (the
   15-minute overlap makes it re-read nothing else);
3. **no-op** incremental run: only the overlap comes back, and none of it is rewritten.

Side by side, in one invocation, the engine as it is (``raw``: each job's JSON text stored as the
server sent it, 16 KiB pages) and as it was before that (``models``: a ``Job`` model per job, stored
through ``Job.to_dict()``, SQLite's default 4 KiB pages), each at ``--small`` and ``--jobs`` jobs, then
``--rounds`` more rounds of both at ``--cpu-jobs`` jobs, the order alternating from round to round.
Printed: jobs per client CPU-second of the backfill (``time.process_time``; the mock's CPU is not in it)
with the per-round ratio (min and median), wall jobs/s, peak RSS (``ru_maxrss``) and its ratio between
the two sizes, the database size per job, whether the stored ``data`` of a sample of jobs is
byte-identical to what the server sends for them, and one PASS/FAIL line per target. ``--json`` prints
the same as one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import secrets
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from jobo_client.models.job_feed_request import JobFeedRequest

from jobo_ext import JoboClient
from jobo_ext.sync import FeedSync, SQLiteStore, SyncResult
from jobo_ext.sync.engine import FeedBatch
from jobo_ext.sync.rows import job_row
from jobo_ext.sync.state import FeedScan
from jobo_ext.usage import CallRecord, capture

MODES = ("models", "raw")
IDENTITY_SAMPLE = 300
TARGET_SPEEDUP = 2.0  # raw ÷ models, jobs per client CPU-second
TARGET_RSS_RATIO = 1.10  # peak RSS at --jobs ÷ at --small


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports ``ru_maxrss`` in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class ModelFeedSync(FeedSync):
    """The engine before raw pages, for comparison: a ``Job`` model per job, stored via ``to_dict()``."""

    def _fetch_batch(self, scan: FeedScan) -> tuple[FeedBatch, list[CallRecord]]:
        with capture() as calls:
            try:
                if scan.cursor is None:
                    page = self.client.feed.jobs(body=JobFeedRequest.from_dict(scan.request))
                else:
                    page = self.client.feed.jobs(cursor=scan.cursor)
            finally:
                self._meter.record(calls)
        batch = FeedBatch(
            rows=[job_row(job) for job in page.jobs],
            has_more=page.has_more,
            next_cursor=page.next_cursor if isinstance(page.next_cursor, str) else None,
            estimated_total=page.estimated_total if isinstance(page.estimated_total, int) else None,
        )
        return batch, calls


class FourKiBPageStore(SQLiteStore):
    """The store before 16 KiB pages, for comparison: SQLite's default page size."""

    page_size = 4096


def start_mock(jobs: int, api_key: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jobo_ext.testing",
            "serve",
            "--port",
            "0",
            "--jobs",
            str(jobs),
            "--api-key",
            api_key,
            "--seed",
            "1",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        proc.kill()
        raise SystemExit("the mock server did not start")
    return proc, str(json.loads(line)["url"])


def timed(sync: FeedSync) -> tuple[SyncResult, float, float]:
    wall0, cpu0 = time.perf_counter(), time.process_time()
    result = sync.run()
    return result, time.perf_counter() - wall0, time.process_time() - cpu0


def identical_sample(db: Path, url: str, api_key: str) -> tuple[int, int]:
    """How many of a sample of stored jobs hold byte for byte the JSON the server sends for them."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, data FROM jobs").fetchall()
    sample = random.Random(7).sample(rows, min(IDENTITY_SAMPLE, len(rows)))
    same = 0
    with httpx.Client(base_url=url, headers={"X-Api-Key": api_key}, timeout=30) as http:
        for job_id, data in sample:
            if http.get(f"/api/jobs/{job_id}").content == data.encode():
                same += 1
    return same, len(sample)


def run(jobs: int, batch_size: int, mode: str = "raw") -> dict[str, Any]:
    """One measurement, in this process: backfill, then the incremental and no-op runs."""
    engine, store_type = (ModelFeedSync, FourKiBPageStore) if mode == "models" else (FeedSync, SQLiteStore)
    api_key = "jbe_test_" + secrets.token_urlsafe(16)[:21] + "_" + secrets.token_urlsafe(32)[:43]
    server, url = start_mock(jobs, api_key)
    try:
        with tempfile.TemporaryDirectory() as tmp, JoboClient(api_key=api_key, base_url=url) as jobo:
            db = Path(tmp) / "jobs.sqlite"
            jobo.filters.get()  # connect and import everything a call needs before the baseline
            baseline = peak_rss_mib()
            with store_type(db) as store:
                backfill, wall, cpu = timed(engine(jobo, store, batch_size=batch_size))
                peak = peak_rss_mib()
                size = db.stat().st_size + sum(p.stat().st_size for p in db.parent.glob("jobs.sqlite-*"))
                same, sampled = identical_sample(db, url, api_key)
                admin = f"{url}/__mock__/dataset"
                for action, n in (("touch", jobs // 100), ("expire", jobs // 200), ("add", jobs // 200)):
                    httpx.post(f"{admin}/{action}", json={"n": n}, timeout=60).raise_for_status()
                incremental, inc_wall, _ = timed(engine(jobo, store, batch_size=batch_size))
                noop, noop_wall, _ = timed(engine(jobo, store, batch_size=batch_size))
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert backfill.status == incremental.status == noop.status == "completed"
    return {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "sqlite": _sqlite_version()},
        "mode": mode,
        "jobs": backfill.received,
        "batch_size": batch_size,
        "backfill_wall_s": round(wall, 2),
        "backfill_cpu_s": round(cpu, 2),
        "backfill_jobs_per_s": round(backfill.received / wall, 1),
        # What the client side alone could sustain: the mock server shares the machine.
        "backfill_jobs_per_cpu_s": round(backfill.received / cpu, 1) if cpu > 0 else None,
        "baseline_rss_mib": round(baseline, 1),
        "peak_rss_mib": round(peak, 1),
        "db_mib": round(size / 2**20, 1),
        "db_bytes_per_job": round(size / max(backfill.received, 1)),
        "data_identical": [same, sampled],
        "incremental": {
            "received": incremental.received,
            "inserted": incremental.writes.inserted,
            "updated": incremental.writes.updated,
            "expired_marked": incremental.expired.marked,
            "wall_s": round(inc_wall, 2),
        },
        "noop": {
            "received": noop.received,
            "unchanged": noop.writes.unchanged,
            "wall_s": round(noop_wall, 2),
        },
    }


def run_in_child(mode: str, jobs: int, batch_size: int) -> dict[str, Any]:
    """:func:`run` in a fresh interpreter, so that its peak RSS is its own."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--jobs", str(jobs), "--batch-size", str(batch_size)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the {mode} run of {jobs} jobs failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def compare(jobs: int, small: int, batch_size: int, rounds: int, cpu_jobs: int) -> dict[str, Any]:
    """Both engines at both sizes, then ``rounds`` more rounds of both at ``cpu_jobs`` jobs (the order
    alternating, so machine noise hits both alike); the raw run at ``jobs`` is the main result, with the
    comparison under ``"compare"``."""
    sizes = [small, jobs] if small else [jobs]
    runs = {(mode, n): run_in_child(mode, n, batch_size) for n in sizes for mode in MODES}
    main = dict(runs[("raw", jobs)])
    pairs = [(runs[("models", jobs)], runs[("raw", jobs)])]
    for index in range(rounds):
        order = MODES if index % 2 else MODES[::-1]
        done = {mode: run_in_child(mode, cpu_jobs, batch_size) for mode in order}
        pairs.append((done["models"], done["raw"]))
    table: dict[str, Any] = {}
    for position, mode in enumerate(MODES):
        big = runs[(mode, jobs)]
        entry: dict[str, Any] = {
            "jobs_per_cpu_s": big["backfill_jobs_per_cpu_s"],
            "jobs_per_cpu_s_rounds": [pair[position]["backfill_jobs_per_cpu_s"] for pair in pairs],
            "jobs_per_s": big["backfill_jobs_per_s"],
            "peak_rss_mib": {str(n): runs[(mode, n)]["peak_rss_mib"] for n in sizes},
            "db_bytes_per_job": big["db_bytes_per_job"],
            "data_identical": big["data_identical"],
        }
        if small:
            entry["rss_ratio"] = round(big["peak_rss_mib"] / runs[(mode, small)]["peak_rss_mib"], 3)
        table[mode] = entry
    ratios = sorted(
        raw["backfill_jobs_per_cpu_s"] / models["backfill_jobs_per_cpu_s"]
        for models, raw in pairs
        if models["backfill_jobs_per_cpu_s"] and raw["backfill_jobs_per_cpu_s"]
    )
    table["cpu_speedup"] = round(statistics.median(ratios), 2) if ratios else None
    table["cpu_speedup_min"] = round(ratios[0], 2) if ratios else None
    table["cpu_speedup_rounds"] = [round(r, 3) for r in ratios]
    table["rounds"] = {"jobs": [jobs, *([cpu_jobs] * rounds)], "batch_size": batch_size}
    main["compare"] = table
    return main


def _sqlite_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version


def report(r: dict[str, Any]) -> str:
    inc, noop = r["incremental"], r["noop"]
    return "\n".join(
        [
            f"jobo-sync benchmark ({r['machine']['cpus']} CPUs, Python {r['machine']['python']}, "
            f"SQLite {r['machine']['sqlite']}; the mock server runs in its own process)",
            f"  backfill     {r['jobs']:,} jobs in {r['backfill_wall_s']} s: {r['backfill_jobs_per_s']:,.0f} jobs/s "
            f"into SQLite, batches of {r['batch_size']}",
            f"  client CPU   {r['backfill_cpu_s']} s: {r['backfill_jobs_per_cpu_s']:,.0f} jobs per CPU-second "
            "(parse, flatten, upsert; the rest of the wall time is the mock server)",
            f"  peak RSS     {r['peak_rss_mib']} MiB (baseline after imports {r['baseline_rss_mib']} MiB); "
            f"database {r['db_mib']} MiB",
            f"  incremental  {inc['received']:,} jobs ({inc['inserted']:,} new, {inc['updated']:,} updated), "
            f"{inc['expired_marked']:,} expired, in {inc['wall_s']} s",
            f"  no-op run    {noop['received']:,} overlap jobs re-read, {noop['unchanged']:,} unchanged, "
            f"in {noop['wall_s']} s",
            *compare_lines(r.get("compare")),
        ]
    )


def compare_lines(table: dict[str, Any] | None) -> list[str]:
    if not table:
        return []
    lines = [
        "  before/after (each in a fresh process; models = Job model + to_dict() and 4 KiB pages, as the engine "
        "was; raw = each job's JSON text as received, 16 KiB pages):"
    ]
    for mode in MODES:
        e = table[mode]
        rss = ", ".join(f"{int(n):,} jobs {v} MiB" for n, v in e["peak_rss_mib"].items())
        same, sampled = e["data_identical"]
        lines.append(
            f"    {mode:<7} {e['jobs_per_cpu_s']:>9,.0f} jobs per client CPU-second, {e['jobs_per_s']:>7,.0f} jobs/s wall; "
            f"peak RSS {rss} (ratio {e.get('rss_ratio', '-')}); {e['db_bytes_per_job']:,} DB bytes/job; "
            f"data byte-identical for {same}/{sampled} sampled jobs"
        )
    jobs = table["rounds"]["jobs"]
    lines.append(
        f"    raw / models, jobs per client CPU-second: median {table['cpu_speedup']}x, min "
        f"{table['cpu_speedup_min']}x over {len(jobs)} rounds ({', '.join(f'{n:,}' for n in jobs)} jobs)"
    )
    lines.extend(verdicts(table))
    return lines


def verdicts(table: dict[str, Any]) -> list[str]:
    """One PASS/FAIL line per target of the sync engine."""
    speedup = table["cpu_speedup"]
    raw = table["raw"]
    same, sampled = raw["data_identical"]
    out = [
        f"{'PASS' if speedup is not None and speedup >= TARGET_SPEEDUP else 'FAIL'} (sync) jobs per client "
        f"CPU-second, raw ÷ models: median {speedup} (min {table['cpu_speedup_min']}); "
        f"target ≥ {TARGET_SPEEDUP:.2f}",
        f"{'PASS' if sampled and same == sampled else 'FAIL'} (sync) stored data byte-identical to what "
        f"the server sent: {same}/{sampled} sampled jobs",
    ]
    if "rss_ratio" in raw:
        sizes = " → ".join(f"{int(n):,}" for n in raw["peak_rss_mib"])
        out.append(
            f"{'PASS' if raw['rss_ratio'] <= TARGET_RSS_RATIO else 'FAIL'} (sync) peak RSS flat from "
            f"{sizes} jobs: ratio {raw['rss_ratio']}; target ≤ {TARGET_RSS_RATIO:.2f}"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--jobs", type=int, default=100_000, help="jobs in the mock dataset (100000)")
    parser.add_argument(
        "--small",
        type=int,
        default=10_000,
        help="the smaller size of the RSS comparison (10000; 0: no comparison)",
    )
    parser.add_argument("--batch-size", type=int, default=1_000, help="jobs per feed request (1000)")
    parser.add_argument(
        "--rounds", type=int, default=4, help="extra rounds of both engines for the CPU ratio (4)"
    )
    parser.add_argument("--cpu-jobs", type=int, default=20_000, help="jobs per extra round (20000)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the report")
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run(args.jobs, args.batch_size, args.child)))
        return 0
    result = compare(args.jobs, args.small, args.batch_size, args.rounds, args.cpu_jobs)
    print(json.dumps(result) if args.json else report(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
