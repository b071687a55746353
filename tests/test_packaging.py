"""The wheel carries both packages (and their py.typed) and imports in a fresh virtual environment."""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("*.whl")
    return built


def test_wheel_contains_both_packages_and_their_type_markers(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "jobo_client/py.typed" in names
    assert "jobo_ext/py.typed" in names
    assert "jobo_client/api/jobs_feed/get_job_feed.py" in names
    assert "jobo_ext/openapi.json" in names  # the spec `python -m jobo_ext.conformance` validates against
    assert not any(name.startswith(("tests/", "generated/", "scripts/")) for name in names)


def test_wheel_imports_in_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    code = "import jobo_client, jobo_ext; from jobo_client.api.jobs_search import get_job; print('ok')"
    result = subprocess.run([str(py), "-c", code], check=True, capture_output=True, text=True)
    assert result.stdout.strip() == "ok"
    # Runtime dependencies are only what the code imports.
    meta = subprocess.run(
        [str(py), "-c", "import importlib.metadata as m; print(sorted(m.requires('jobo-ext') or []))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    runtime = [r for r in ast.literal_eval(meta) if "extra ==" not in r]
    assert sorted(r.split(">")[0].split("<")[0].split("=")[0] for r in runtime) == ["attrs", "httpx"]
