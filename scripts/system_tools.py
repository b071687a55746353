"""The system tools some checks need beyond Python, written down once.

Tests use what is installed and skip, naming the install command, when a tool is missing; they never
install anything. Installing is a separate, deliberate step: ``make test-deps`` (a user asking for it) or
``.ci/run`` (a CI machine), both of which run ``.ci/install-system-tools``, which asks this script which
apt packages are missing: no Python code here or in the tests calls apt. With
``JOBO_REQUIRE_SYSTEM_TOOLS=1`` in the environment (``.ci/run`` sets it) a missing tool fails the test
instead of skipping it, so a CI run cannot pass while quietly skipping what it provisioned for.

Standard library only: ``.ci/run`` calls it with the system ``python3`` before any virtual environment exists.

    python3 scripts/system_tools.py check              # what is missing, and how to install it
    python3 scripts/system_tools.py missing-packages   # the apt packages that would provide it
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REQUIRE_ENV = "JOBO_REQUIRE_SYSTEM_TOOLS"
INSTALL_TARGET = "make test-deps"  # what skip reasons name: it runs .ci/install-system-tools, on purpose
NODE_MIN_MAJOR = 20
PG_LIBDIR = Path("/usr/lib/postgresql")


@dataclass(frozen=True)
class SystemTool:
    key: str
    label: str
    executables: tuple[str, ...]
    apt_packages: tuple[str, ...]  # empty: apt cannot provide a good enough version on Debian 12
    needed_by: str
    manual_install: str = ""  # how to install a tool apt cannot provide

    @property
    def install_hint(self) -> str:
        """What a skip reason says to do: the provisioning target and its packages, or the manual step."""
        if not self.apt_packages:
            return self.manual_install
        plural = "s" if len(self.apt_packages) > 1 else ""
        return f"{INSTALL_TARGET} installs the Debian package{plural} {' '.join(self.apt_packages)}"

    def find(self) -> dict[str, str] | None:
        """Every executable's path, or ``None`` when one is missing."""
        found = {name: _which(name) for name in self.executables}
        if any(path is None for path in found.values()):
            return None
        return {name: path for name, path in found.items() if path is not None}


def _which(names: str) -> str | None:
    """``names`` is one executable or alternatives separated by ``|``."""
    for name in names.split("|"):
        found = shutil.which(name)
        if found:
            return found
        # Debian's postgresql package keeps the server binaries off PATH.
        candidates = sorted(PG_LIBDIR.glob(f"*/bin/{name}"), reverse=True)
        if candidates:
            return str(candidates[0])
    return None


NODE = SystemTool(
    key="node",
    label=f"Node.js ≥ {NODE_MIN_MAJOR} with npm and npx (and access to the npm registry)",
    executables=("node", "npm", "npx"),
    apt_packages=(),
    manual_install=f"install Node.js ≥ {NODE_MIN_MAJOR} from https://nodejs.org/en/download (Debian 12's nodejs is 18)",
    needed_by="make spec-check (Redocly lint), make publish-spec / make docs, and the tests of the "
    "published spec and of the TypeScript clients generated from it",
)
JAVA = SystemTool(
    key="java",
    label="Java 17 (a JRE is enough)",
    executables=("java",),
    apt_packages=("openjdk-17-jre-headless",),
    needed_by="the openapi-generator tests (tests/test_spec_portability.py): the generator is a Java jar",
)
CHROMIUM = SystemTool(
    key="chromium",
    label="Chromium",
    executables=("chromium|chromium-browser",),
    apt_packages=("chromium",),
    needed_by="the offline rendering test of the HTML reference (tests/test_spec_publish_docs.py)",
)
POSTGRES = SystemTool(
    key="postgres",
    label="the PostgreSQL server binaries (initdb, pg_ctl)",
    executables=("initdb", "pg_ctl"),
    apt_packages=("postgresql",),
    needed_by="the PostgreSQL store tests (tests/test_sync_store.py start a throwaway server)",
)
TOOLS: tuple[SystemTool, ...] = (NODE, JAVA, CHROMIUM, POSTGRES)


def _node_version_problem() -> str | None:
    try:
        out = subprocess.run(["node", "--version"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"node --version failed: {exc}"
    match = re.match(r"v(\d+)\.", out.stdout.strip())
    if match is None:
        return f"node --version printed {out.stdout.strip()!r}"
    if int(match.group(1)) < NODE_MIN_MAJOR:
        return f"node is {out.stdout.strip()}, older than {NODE_MIN_MAJOR}"
    return None


def problem(tool: SystemTool) -> str | None:
    """Why ``tool`` cannot be used here, ending with how to install it; ``None`` when it can."""
    found = tool.find()
    if found is None:
        absent = ", ".join(name.replace("|", " or ") for name in tool.executables if _which(name) is None)
        return f"{tool.label} not found ({absent} missing): {tool.install_hint}"
    if tool is NODE:
        why = _node_version_problem()
        if why is not None:
            return f"{why}: {tool.install_hint}"
    return None


def required() -> bool:
    return os.environ.get(REQUIRE_ENV, "") not in ("", "0")


# ---------------------------------------------------------------------------------------------- install
def missing_apt_packages(tools: Sequence[SystemTool] = TOOLS) -> list[str]:
    return [
        pkg for tool in tools if tool.apt_packages and problem(tool) is not None for pkg in tool.apt_packages
    ]


def check(tools: Sequence[SystemTool] = TOOLS) -> int:
    missing = 0
    for tool in tools:
        why = problem(tool)
        if why is None:
            print(f"ok       {tool.label}")
        else:
            missing += 1
            print(f"MISSING  {why}\n         needed by {tool.needed_by}")
    return 1 if missing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Check the system tools (beyond Python) that some tests and make targets need, or list "
        "the apt packages that would provide the missing ones (.ci/install-system-tools installs them)."
    )
    parser.add_argument("action", choices=["check", "missing-packages"])
    parser.add_argument("--only", help="comma-separated subset: " + ",".join(t.key for t in TOOLS))
    args = parser.parse_args(argv)
    tools: Sequence[SystemTool] = TOOLS
    if args.only:
        keys = set(args.only.split(","))
        unknown = keys - {t.key for t in TOOLS}
        if unknown:
            parser.error(f"unknown tool(s): {', '.join(sorted(unknown))}")
        tools = [t for t in TOOLS if t.key in keys]
    if args.action == "missing-packages":
        print(" ".join(missing_apt_packages(tools)))
        return 0
    return check(tools)


if __name__ == "__main__":
    sys.exit(main())
