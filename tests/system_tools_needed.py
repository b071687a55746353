"""Skip a test whose system tool is missing, naming the install command; fail instead under CI.

The tools and their install commands are written once, in ``scripts/system_tools.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import system_tools
from system_tools import CHROMIUM, JAVA, NODE, POSTGRES

__all__ = ["CHROMIUM", "JAVA", "NODE", "POSTGRES", "need", "system_tools", "unavailable"]


def unavailable(why: str) -> NoReturn:
    """Skip with ``why``; with ``JOBO_REQUIRE_SYSTEM_TOOLS`` set (``.ci/run``), fail with it."""
    __tracebackhide__ = True  # the skip summary then names the test's line, not this one
    if system_tools.required():
        pytest.fail(f"{system_tools.REQUIRE_ENV} is set, so this is a failure, not a skip: {why}")
    pytest.skip(why)


def need(*tools: system_tools.SystemTool) -> None:
    __tracebackhide__ = True
    for tool in tools:
        why = system_tools.problem(tool)
        if why is not None:
            unavailable(why)
