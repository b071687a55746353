"""Sync throughput: ``jobo-sync``'s engine backfilling the mock's jobs into SQLite, and its peak memory.

``.venv/bin/python scripts/bench_sync.py [--jobs 100000] [--batch-size 1000] [--json]``

Starts ``python -m jobo_ext.testing serve`` in its own process (so the dataset and the server's CPU are
not counted here), then in this process runs :class:`jobo_ext.sync.FeedSync` into a fresh SQLite file:

1. **backfill** of every job (batches of ``--batch-size``, each committed with its cursor);
2. **incremental** run after 1 % of the jobs were touched, 0.5 % expired and 0.5 % added (the
   15-minute overlap makes it re-read nothing else);
3. **no-op** incremental run: only the overlap comes back, and none of it is rewritten.

It prints jobs/s (wall), client CPU seconds, the peak RSS of this process (``ru_maxrss``) before and
after the backfill, and the database size; ``--json`` prints the same as one JSON object. Peak RSS
stays flat in the job count: one batch is in memory at a time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from jobo_ext import JoboClient
from jobo_ext.sync import FeedSync, SQLiteStore, SyncResult


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports ``ru_maxrss`` in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


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


def run(jobs: int, batch_size: int) -> dict[str, Any]:
    api_key = "jbe_test_" + secrets.token_urlsafe(16)[:21] + "_" + secrets.token_urlsafe(32)[:43]
    server, url = start_mock(jobs, api_key)
    try:
        with tempfile.TemporaryDirectory() as tmp, JoboClient(api_key=api_key, base_url=url) as jobo:
            db = Path(tmp) / "jobs.sqlite"
            jobo.filters.get()  # connect and import everything a call needs before the baseline
            baseline = peak_rss_mib()
            with SQLiteStore(db) as store:
                backfill, wall, cpu = timed(FeedSync(jobo, store, batch_size=batch_size))
                peak = peak_rss_mib()
                admin = f"{url}/__mock__/dataset"
                for action, n in (("touch", jobs // 100), ("expire", jobs // 200), ("add", jobs // 200)):
                    httpx.post(f"{admin}/{action}", json={"n": n}, timeout=60).raise_for_status()
                incremental, inc_wall, _ = timed(FeedSync(jobo, store, batch_size=batch_size))
                noop, noop_wall, _ = timed(FeedSync(jobo, store, batch_size=batch_size))
            size = db.stat().st_size + sum(p.stat().st_size for p in db.parent.glob("jobs.sqlite-*"))
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert backfill.status == incremental.status == noop.status == "completed"
    return {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "sqlite": _sqlite_version()},
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
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--jobs", type=int, default=100_000, help="jobs in the mock dataset (100000)")
    parser.add_argument("--batch-size", type=int, default=1_000, help="jobs per feed request (1000)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the report")
    args = parser.parse_args(argv)
    result = run(args.jobs, args.batch_size)
    print(json.dumps(result) if args.json else report(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
