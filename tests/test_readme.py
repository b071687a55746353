"""Every README code block runs: Python blocks in a fresh interpreter, shell blocks as a make dry run."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```(\w+)\n(.*?)^```", README, flags=re.DOTALL | re.MULTILINE)
PYTHON = [code for lang, code in BLOCKS if lang == "python"]
SHELL = [code for lang, code in BLOCKS if lang in ("sh", "bash", "console")]


def test_readme_has_code_blocks_of_known_languages() -> None:
    assert PYTHON and SHELL
    assert {lang for lang, _ in BLOCKS} <= {"python", "sh", "bash", "console", "text"}


@pytest.mark.parametrize("code", PYTHON, ids=[f"python-{i}" for i in range(len(PYTHON))])
def test_python_block_runs(code: str, tmp_path: Path) -> None:
    script = tmp_path / "block.py"
    script.write_text(code, encoding="utf-8")
    env = {"PATH": str(Path(sys.executable).parent), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.mark.parametrize("code", SHELL, ids=[f"shell-{i}" for i in range(len(SHELL))])
def test_shell_block_names_real_commands(code: str) -> None:
    for line in code.splitlines():
        command = line.split("#", 1)[0].strip()
        if not command:
            continue
        words = command.split()
        if words[0] == "make":
            # A dry run: the target exists and its recipe expands.
            subprocess.run(["make", "-n", *words[1:]], cwd=ROOT, check=True, capture_output=True)
        else:
            subprocess.run(["bash", "-n", "-c", command], check=True)
