"""``scripts/bench_sync.py`` stays runnable: a small run reports consistent numbers."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.test_sync_support import ROOT


def test_bench_sync_small_run_reports_throughput_and_memory() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "bench_sync.py"),
            "--jobs",
            "1000",
            "--small",
            "500",
            "--batch-size",
            "250",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["jobs"] == 1_000 and result["backfill_jobs_per_s"] > 0
    assert result["peak_rss_mib"] >= result["baseline_rss_mib"] > 0
    # 1 % touched, then 0.5 % expired (perhaps some just touched: those are not fetched), then 0.5 % added
    incremental = result["incremental"]
    assert incremental["expired_marked"] == 5 and incremental["inserted"] == 5
    assert 10 <= incremental["received"] == incremental["inserted"] + incremental["updated"] <= 15
    assert result["noop"]["received"] == result["noop"]["unchanged"] == incremental["received"]
    # Before/after side by side: both engines ran at both sizes, each in a fresh process.
    table = result["compare"]
    assert set(table["raw"]["peak_rss_mib"]) == set(table["models"]["peak_rss_mib"]) == {"500", "1000"}
    assert table["raw"]["jobs_per_cpu_s"] > 0 and table["models"]["jobs_per_cpu_s"] > 0
    assert table["raw"]["data_identical"][0] == table["raw"]["data_identical"][1] > 0
