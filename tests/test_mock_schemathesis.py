"""Schemathesis drives MockJoboServer from the spec and finds no failure: the spec and the mock agree.

``positive_data_acceptance`` is left out on purpose: the API documents business rules the schema
cannot express (an invalid cursor is a 400, ``expired_since`` at most 7 days back, resume file types,
at most 10 positive search queries), and the mock enforces them like the API.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from jobo_ext.testing import MockJoboServer

ROOT = Path(__file__).resolve().parent.parent


def test_schemathesis_finds_no_failure_against_the_mock(tmp_path: Path) -> None:
    st = Path(sys.executable).parent / "schemathesis"
    with MockJoboServer(jobs=300, seed=3) as server:
        result = subprocess.run(
            [
                str(st),
                "run",
                str(ROOT / "openapi" / "jobo.yaml"),
                "--url",
                server.url,
                "-H",
                f"X-Api-Key: {server.api_key}",
                "--checks",
                "all",
                "--exclude-checks",
                "positive_data_acceptance",
                "--max-examples",
                "10",
                "--generation-deterministic",
            ],
            cwd=tmp_path,  # schemathesis writes a working folder into the current directory
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert server.internal_errors == []
    assert result.returncode == 0, result.stdout[-8000:]
    assert "19 selected / 19 total" in result.stdout
    assert " passed" in result.stdout and "failures" not in result.stdout.rsplit("SUMMARY", 1)[-1]
