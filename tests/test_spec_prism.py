"""Stoplight Prism (static mode) serving the PUBLISHED spec answers every facade method with the spec's
examples, and the facade parses each answer back into exactly that example.

This is what a team in another language sees first: a mock built from our spec alone. Before the spec had
examples, Prism answered every string with ``"string"`` and every number with ``0``.
"""

from __future__ import annotations

import contextlib
import datetime
import io
import json
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.spec_utils import ROOT, resolve

sys.path.insert(0, str(ROOT / "scripts"))
import publish_spec
import spec_breaking
import spec_code_samples

PRISM = "@stoplight/prism-cli@5.14.2"
STARTUP_SECONDS = 180  # first run downloads the package
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

pytestmark = pytest.mark.skipif(
    shutil.which("npx") is None,
    reason="needs Node.js and npx (Node 20: https://nodejs.org/en/download); "
    f"the test runs `npx -y {PRISM} mock`",
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("spec")
    result = publish_spec.publish(out=out, run_lint=False)
    doc: dict[str, Any] = json.loads(result.json_path.read_text(encoding="utf-8"))
    doc["__path__"] = str(result.json_path)
    return doc


@pytest.fixture(scope="module")
def prism(published: dict[str, Any]) -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen(
        ["npx", "-y", PRISM, "mock", "-h", "127.0.0.1", "-p", str(port), published["__path__"]],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=publish_spec.tool_env(),
        start_new_session=True,  # its own process group: npx, node and prism stop together
    )
    assert proc.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    stdout = proc.stdout

    # A thread drains the output (select() and buffered readline do not mix), so Prism never blocks on it.
    def drain() -> None:
        for raw in iter(stdout.readline, b""):
            lines.put(raw.decode("utf-8", "replace"))

    threading.Thread(target=drain, daemon=True).start()
    seen: list[str] = []
    deadline = time.monotonic() + STARTUP_SECONDS
    try:
        while not any("Prism is listening" in line for line in seen[-1:]):
            remaining = deadline - time.monotonic()
            if remaining <= 0 or (proc.poll() is not None and lines.empty()):
                pytest.fail("Prism did not start:\n" + "".join(seen[-30:]))
            with contextlib.suppress(queue.Empty):
                seen.append(lines.get(timeout=min(remaining, 1.0)))
        yield f"http://127.0.0.1:{port}"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        proc.stdout.close()


def _normalise(value: Any) -> Any:
    """Compare instants, not spellings: the generated models write ``+00:00`` where examples write ``Z``."""
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, str) and DATETIME.match(value):
        return datetime.datetime.fromisoformat(value)
    return value


def _served_example(doc: dict[str, Any], op: dict[str, Any]) -> Any:
    """What static Prism serves: the first example of the lowest 2xx response."""
    status = min(s for s in op["responses"] if s.startswith("2"))
    media = resolve(op["responses"][status], doc)["content"]["application/json"]
    return resolve(next(iter(media["examples"].values())), doc)["value"]


OPERATIONS = [
    (method, path, op["operationId"])
    for method, path, op in spec_code_samples.iter_operations(spec_breaking.load(publish_spec.SPEC))
]


@pytest.mark.parametrize(("method", "path", "operation_id"), OPERATIONS, ids=[o[2] for o in OPERATIONS])
def test_facade_method_against_prism_returns_the_example(
    method: str,
    path: str,
    operation_id: str,
    published: dict[str, Any],
    prism: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    op = published["paths"][path][method]
    source = next(s["source"] for s in op["x-codeSamples"] if s["lang"] == "Python")
    monkeypatch.setenv("JOBO_API_KEY", "prism-test-key")
    monkeypatch.setenv("JOBO_BASE_URL", prism)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "resume.pdf").write_bytes(b"%PDF-1.4\nJane Doe\n")
    namespace: dict[str, Any] = {"__name__": "__sample__"}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(source, f"<{operation_id} sample>", "exec"), namespace)
    result = namespace["result"]
    got = [item.to_dict() for item in result] if isinstance(result, list) else result.to_dict()
    if operation_id == "importAutoApplyProfile":
        # The facade polls the imported profile and returns it: Prism serves the profile example.
        expected = _served_example(published, published["paths"]["/api/auto-apply/profiles/{id}"]["get"])
    else:
        expected = _served_example(published, op)
    assert _normalise(got) == _normalise(expected)
