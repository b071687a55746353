"""``make demo`` runs the tour against the bundled mock server; here with the waits recorded, not slept."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from jobo_ext import RetryPolicy

DEMO = Path(__file__).resolve().parent.parent / "scripts" / "demo.py"


def test_demo_tours_the_api_and_recovers_from_injected_faults(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("JOBO_BASE_URL", raising=False)
    spec = importlib.util.spec_from_file_location("jobo_demo", DEMO)
    assert spec and spec.loader
    demo = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "jobo_demo", demo)
    spec.loader.exec_module(demo)
    waits: list[float] = []
    assert demo.main(RetryPolicy(sleep=waits.append)) == 0
    out = capsys.readouterr().out
    assert waits == [1.0, 1.0, 1.0]  # the 429's Retry-After, then the feed's two 503s
    assert "3,000 jobs so far" in out
    assert "Retrying GET /api/jobs after status 429" in out
    assert "recovered after two waits: 10 jobs" in out
    assert "'name': 'Default Profile'" in out
    assert "503 auto_apply_coming_soon" in out
    assert "402 Insufficient credits: required 10, balance 3 (GET /api/jobs, request id " in out
    assert out.rstrip().splitlines()[-1].startswith("Done: ")
