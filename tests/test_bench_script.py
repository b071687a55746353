"""``scripts/bench.py`` works: its helpers, its page of jobs, and a smoke-sized run end to end.

No timing is asserted here (the machine is shared and noisy): only that the benchmark runs, measures
what it says, and reports it in the table and in the JSON file.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.spec_utils import component_validator

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "scripts" / "bench.py"
HAS_SDK = importlib.util.find_spec("jobo_enterprise") is not None
HAS_GENERATOR = (Path(sys.executable).parent / "openapi-python-client").exists()


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("jobo_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["jobo_bench"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_stat_is_median_min_max(bench: ModuleType) -> None:
    s = bench.stat([3.0, 1.0, 2.0, 10.0])
    assert (s["median"], s["min"], s["max"], s["n"]) == (2.5, 1.0, 10.0, 4)
    with pytest.raises(ValueError):
        bench.stat([])


def test_ratios_are_taken_within_each_round(bench: ModuleType) -> None:
    recorder = bench.Recorder(reference="raw")
    recorder.add_round({"raw": 2.0, "ours": 3.0})
    recorder.add_round({"raw": 4.0, "ours": 4.0})
    assert recorder.ratios["ours"] == [1.5, 1.0]
    assert recorder.ratios["raw"] == [1.0, 1.0]
    assert recorder.samples["ours"] == [3.0, 4.0]


def test_rotate_changes_who_goes_first(bench: ModuleType) -> None:
    names = ["a", "b", "c"]
    assert [bench.rotate(names, r)[0] for r in range(4)] == ["a", "b", "c", "a"]
    assert sorted(bench.rotate(names, 2)) == names


def test_the_feed_page_is_a_valid_realistic_page(bench: ModuleType) -> None:
    page = json.loads(bench.feed_page(1000))
    assert 1.5e6 < len(bench.feed_page(1000)) < 5e6
    assert len(page["jobs"]) == 1000
    assert len({job["id"] for job in page["jobs"]}) == 1000
    assert len({json.dumps(job, sort_keys=True) for job in page["jobs"]}) == 1000
    small = json.loads(bench.feed_page(40))
    assert list(component_validator("JobFeedResponse").iter_errors(small)) == []
    assert bench.feed_page(40) == bench.feed_page(40)  # deterministic


def test_targets_report_met_and_not_met(bench: ModuleType) -> None:
    results: dict[str, Any] = {
        "per_request": {"variants": {"JoboClient facade": {"ratio_to_raw": {"median": 1.2}}}},
        "backfill": {"sizes": {"10": {}, "100": {}}, "peak_rss_ratio_large_to_small": 1.01},
    }
    found = {t["target"].split()[0]: t for t in bench.targets(results)}
    assert found["(1)"]["met"] is False and found["(1)"]["limit"] == 1.15
    assert found["(4)"]["met"] is True
    assert "(2)" not in found  # no SDK measured, no parse target


def run_quick(tmp_path: Path, *extra: str) -> tuple[str, dict[str, Any]]:
    output = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--output", str(output), *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout, json.loads(output.read_text())


def assert_stat(s: dict[str, Any]) -> None:
    assert s["min"] <= s["median"] <= s["max"]
    assert s["n"] == len(s["samples"]) >= 1


def test_a_quick_run_measures_every_section(tmp_path: Path) -> None:
    stdout, results = run_quick(tmp_path)
    assert results["meta"]["quick"] is True
    assert results["meta"]["official_sdk"] is HAS_SDK

    per_request = results["per_request"]["variants"]
    expected = {"raw httpx.Client + json", "JoboClient facade", "generated get_job.sync"}
    assert set(per_request) == expected | ({"official SDK (jobo-enterprise)"} if HAS_SDK else set())
    assert per_request["raw httpx.Client + json"]["ratio_to_raw"]["median"] == 1.0
    for variant in per_request.values():
        for key in ("requests_per_s", "client_cpu_us_per_request", "ratio_to_raw"):
            assert_stat(variant[key])

    parse = results["parse"]["variants"]
    assert {"json.loads (floor)", "ours: from_dict", "ours: json.loads + from_dict"} <= set(parse)
    assert ("SDK: model_validate_json" in parse) is HAS_SDK
    assert ("stock templates: from_dict" in parse) is HAS_GENERATOR
    for variant in parse.values():
        assert_stat(variant["ms_per_page"])

    assert set(results["async"]["variants"]) >= {"raw httpx.AsyncClient + json", "AsyncJoboClient facade"}
    assert results["async"]["concurrency"] == 20

    backfill = results["backfill"]
    assert set(backfill["sizes"]) == {"1000", "2000"}
    for size in backfill["sizes"].values():
        assert size["peak_rss_mib"]["median"] > 10
        assert size["growth_during_iteration_mib"]["min"] >= 0
        assert size["jobs_per_s"]["median"] > 0
    assert backfill["peak_rss_ratio_large_to_small"] > 0

    policy = results["policy"]
    assert set(policy["variants"]) == {"bare MockTransport", "policy transport over it"}
    assert_stat(policy["overhead_us_per_request"])

    names = {t["target"].split()[0] for t in results["targets"]}
    assert names == ({"(1)", "(2)", "(4)"} if HAS_SDK else {"(1)", "(4)"})
    # The table shows every section and every target.
    for label in (
        "1. 100 sequential",
        "2. parse a 50-job page",
        "3. 20 concurrent",
        "4. iter_jobs",
        "5. policy",
    ):
        assert label in stdout
    assert stdout.count("Target (") == len(results["targets"])


def test_the_sdk_and_sections_can_be_left_out(tmp_path: Path) -> None:
    stdout, results = run_quick(tmp_path, "--no-sdk", "--no-stock", "--only", "parse")
    assert set(results) == {"meta", "parse", "targets"}
    assert results["meta"]["official_sdk"] is False
    assert set(results["parse"]["variants"]) == {
        "json.loads (floor)",
        "ours: from_dict",
        "ours: json.loads + from_dict",
    }
    assert results["targets"] == []
    assert "SDK" not in stdout
