"""``scripts/bench_policy.py`` runs and reports every figure; no timing is asserted (the machine is shared)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "bench_policy.py"


@pytest.fixture(scope="module")
def bench_policy() -> ModuleType:
    spec = importlib.util.spec_from_file_location("jobo_bench_policy", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_smoke_sized_run_prints_every_figure_as_json(
    bench_policy: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench_policy.main(["--rounds", "2", "--requests", "4", "--burst", "2", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    variants = {"raw", "policy", "policy+usage", "facade"}
    assert set(results["cpu_us_per_request"]) == set(results["wall_us_per_request"]) == variants
    assert set(results["cpu_ratio_to_raw"]) == variants - {"raw"}
    assert (results["rounds"], results["requests_per_round"], results["burst"]) == (2, 4, 2)
    for figure in (
        "policy_layer_cpu_us",
        "policy_layer_with_usage_cpu_us",
        "policy_layer_wall_us",
        "policy_layer_with_usage_wall_us",
    ):
        stat = results[figure]
        assert set(stat) == {"min", "median", "max", "n", "samples"}
        assert stat["min"] <= stat["median"] <= stat["max"] and stat["n"] == len(stat["samples"]) == 2
    assert Path(results["jobo_ext"]).name == "jobo_ext"


def test_the_table_names_the_targets(bench_policy: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert bench_policy.main(["--rounds", "1", "--requests", "2", "--burst", "1"]) == 0
    out = capsys.readouterr().out
    assert "policy layer (b - a)" in out and "target <= 20" in out and "facade / raw" in out
    for variant in ("raw", "policy+usage", "facade"):
        assert f"\n{variant} " in out
