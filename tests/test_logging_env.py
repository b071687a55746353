"""``JOBO_LOG=info|debug`` shows retries on stderr with no logging setup; connection errors say where they went.

``JOBO_LOG`` is read when ``jobo_ext`` is imported, so each case runs in a fresh interpreter.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

import jobo_ext
from jobo_ext.testing import MockJoboServer
from tests.test_sync_support import cli_command, sync_env

KEY = "jbe_test_secretsecretsecret"

# One 503 (Retry-After: 0, so nothing sleeps), then an empty result page.
SCRIPT = f"""
import httpx, jobo_ext
answers = iter([
    httpx.Response(503, headers={{"Retry-After": "0"}}, json={{"error": "Service Unavailable"}}),
    httpx.Response(200, json={{"jobs": [], "total": 0, "page": 1, "page_size": 25, "total_pages": 0}}),
])
transport = httpx.MockTransport(lambda request: next(answers))
with jobo_ext.JoboClient({KEY!r}, transport=transport) as jobo:
    jobo.jobs.search(q="x")
print("done")
"""


def run_with(value: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOBO_")}
    if value is not None:
        env["JOBO_LOG"] = value
    return subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60, check=True
    )


@pytest.mark.parametrize("value", ["info", "debug", "INFO"])
def test_jobo_log_prints_one_line_per_retry_without_the_key(value: str) -> None:
    proc = run_with(value)
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert (
        "jobo_ext: Retrying GET /api/jobs after status 503 (retry 1, attempt 1); sleeping 0.000 s" in lines[0]
    )
    assert KEY not in proc.stderr and "secret" not in proc.stderr
    assert proc.stdout == "done\n"


def test_without_jobo_log_nothing_is_printed() -> None:
    assert run_with(None).stderr == ""


def test_another_value_is_ignored_with_one_warning() -> None:
    proc = run_with("verbose")
    assert proc.stderr.splitlines() == ["JOBO_LOG='verbose' is ignored: use one of info, debug (or unset it)"]


def test_jobo_sync_prints_a_retry_once_with_jobo_log(tmp_path: Path) -> None:
    with MockJoboServer(jobs=30, seed=3) as server:
        server.faults.add(path="/api/jobs/feed", status=503, times=1, retry_after=0)
        env = dict(sync_env(server), JOBO_LOG="info")
        proc = subprocess.run(
            cli_command("--db", str(tmp_path / "jobs.sqlite"), "--progress", "log"),
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 0, proc.stderr
    retries = [line for line in proc.stderr.splitlines() if "Retrying POST /api/jobs/feed" in line]
    assert len(retries) == 1, proc.stderr


# ---------------------------------------------------------------------------------------------- issue 15 item 7
def test_a_connection_error_names_the_origin_and_the_setting_to_check() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("Connection refused", request=request)

    client = jobo_ext.JoboClient(
        KEY,
        base_url="http://localhost:1/some/prefix",
        transport=httpx.MockTransport(refuse),
        retry_policy=jobo_ext.RetryPolicy(sleep=lambda _: None),
    )
    with client, pytest.raises(jobo_ext.APIConnectionError) as caught:
        client.jobs.search(q="rust")
    text = str(caught.value)
    assert "tried http://localhost:1:" in text
    assert "check base_url / JOBO_BASE_URL" in text
    assert KEY not in text and "prefix" not in text.split("tried", 1)[1].split("(")[0]


def test_a_timeout_names_the_origin_too() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with (
        jobo_ext.JoboClient(
            KEY,
            base_url="https://[::1]:8443",
            transport=httpx.MockTransport(slow),
            retry_policy=jobo_ext.RetryPolicy.disabled(),
        ) as client,
        pytest.raises(jobo_ext.APITimeoutError, match=r"tried https://\[::1\]:8443: check base_url"),
    ):
        client.jobs.search(q="rust")
