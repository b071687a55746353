"""``python -m jobo_ext.testing`` help is terminal text, and lists control endpoints that really answer."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from jobo_ext.testing import MockJoboServer
from jobo_ext.testing.admin import ENDPOINTS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
RST_MARKUP = re.compile(r"``|:(?:mod|class|meth|func|data):`|^\.\. |::$", re.MULTILINE)


def help_text(*args: str) -> str:
    return subprocess.run(
        [sys.executable, "-m", "jobo_ext.testing", *args, "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


@pytest.mark.parametrize("args", [(), ("serve",)], ids=["top", "serve"])
def test_help_is_terminal_text(args: tuple[str, ...]) -> None:
    text = help_text(*args)
    assert RST_MARKUP.findall(text) == [], text
    assert "mock of the Jobo Enterprise API" in text


def test_serve_help_lists_every_control_endpoint_and_fault_key() -> None:
    text = help_text("serve")
    for route, _ in ENDPOINTS:
        assert route in text
    for key in (
        "path",
        "kind",
        "status",
        "times",
        "after",
        "retry_after",
        "delay",
        "method",
        "code",
        "message",
    ):
        assert re.search(rf"\b{key}\b", text.split("fault keys", 1)[1]), key


def test_readme_documents_every_control_endpoint() -> None:
    documented = set(re.findall(r"`(?:GET\\?\|PUT|GET|POST|PUT|DELETE) +(/__mock__[\w/-]*)`", README))
    assert documented == {route.split()[-1] for route, _ in ENDPOINTS}


def test_every_listed_endpoint_answers() -> None:
    bodies = {
        "/__mock__/faults": {"path": "/api/jobs", "status": 503},
        "/__mock__/auto-apply/sessions": {},
        "/__mock__/auto-apply/applications": {},
        "/__mock__/wallet": {"balance": 100},
        "/__mock__/config": {"error_style": "problem"},
    }
    with MockJoboServer(jobs=20, seed=1) as server:
        for route, _ in ENDPOINTS:
            methods, path = route.split()
            for method in methods.split("|"):
                answer = httpx.request(method, server.url + path, json=bodies.get(path, {"n": 1}), timeout=10)
                assert answer.status_code != 404, (method, path, answer.text)
