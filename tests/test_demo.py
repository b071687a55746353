"""``make demo`` runs the tour against the bundled mock server; here with the waits recorded, not slept."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
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


def test_make_demo_uses_its_own_venv_with_the_runtime_only() -> None:
    makefile = (DEMO.parent.parent / "Makefile").read_text(encoding="utf-8")
    demo = re.search(r"^demo: (.*)\n\t(.*)$", makefile, re.MULTILINE)
    assert demo and demo.group(1) == "$(DEMO_STAMP)" and demo.group(2).startswith("$(DEMO_VENV)/bin/python ")
    installs = re.findall(r"\$\(DEMO_VENV\)/bin/python -m pip install .*", makefile)
    assert installs and all(line.endswith(" -e .") for line in installs), installs  # no extras


def test_demo_needs_nothing_from_the_dev_extra(tmp_path: Path) -> None:
    """The demo runs with every package of the ``dev`` extra made unimportable (what ``.venv-demo`` lacks)."""
    pyproject = tomllib.loads((DEMO.parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    dev = {
        re.split(r"[\[=<>~!; ]", req, maxsplit=1)[0].lower()
        for req in pyproject["project"]["optional-dependencies"]["dev"]
    }
    runtime = {
        re.split(r"[\[=<>~!; ]", req, maxsplit=1)[0].lower() for req in pyproject["project"]["dependencies"]
    }
    blocked = sorted(
        module
        for module, dists in packages_distributions().items()
        if {d.lower() for d in dists} & dev and not {d.lower() for d in dists} & runtime
    )
    assert "pytest" in blocked and "yaml" in blocked and "httpx" not in blocked
    script = tmp_path / "run_demo.py"
    script.write_text(
        f"""
import importlib.abc, importlib.util, sys
BLOCKED = set({blocked!r})
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"{{name}} is a dev dependency")
        return None
sys.meta_path.insert(0, Block())
spec = importlib.util.spec_from_file_location("jobo_demo", {str(DEMO)!r})
demo = importlib.util.module_from_spec(spec)
sys.modules["jobo_demo"] = demo
spec.loader.exec_module(demo)
from jobo_ext import RetryPolicy
waits = []
sys.exit(demo.main(RetryPolicy(sleep=waits.append)))
""",
        encoding="utf-8",
    )
    env = {"PATH": str(Path(sys.executable).parent), "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.rstrip().splitlines()[-1].startswith("Done: ")
