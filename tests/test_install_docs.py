"""What a newcomer reads works: install commands and printed install hints match pyproject.toml, the README
lists each prerequisite, its examples can run twice, and it cites no document the reader does not have."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from jobo_ext import _install
from jobo_ext.sync import postgres
from jobo_ext.sync.store import StoreError
from tests.system_tools_needed import system_tools
from tests.test_readme import BLOCKS, README

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
NAME: str = PROJECT["name"]
VERSION: str = PROJECT["version"]
EXTRAS: dict[str, list[str]] = PROJECT["optional-dependencies"]
EXTRA_REQUIREMENTS = {req for reqs in EXTRAS.values() for req in reqs}
WHEEL = f"{NAME.replace('-', '_')}-{VERSION}-py3-none-any.whl"
PIP_INSTALL = re.compile(r"pip install ([^\n`#)(;]+)")
# In Python source a double quote ends the string literal the command is in.
CODE_PIP_INSTALL = re.compile(r"pip install ([^\n`#)(;\"]+)")


def _extras(text: str) -> set[str]:
    match = re.search(r"\[([\w,\s-]+)\]", text)
    return {e.strip() for e in match.group(1).split(",")} if match else set()


def install_problems(command: str) -> list[str]:
    """Why the arguments of one ``pip install …`` would not work; [] when each is a known good shape."""
    problems = []
    for arg in shlex.split(command):
        if arg.startswith("-") or "{" in arg:  # an option, or an f-string placeholder in source text
            continue
        ours = arg.startswith((NAME, ".")) or ".whl" in arg
        unknown = _extras(arg) - set(EXTRAS) if ours else set()
        if unknown:
            problems.append(f"{arg}: no such extra {sorted(unknown)} in pyproject.toml")
        if arg.startswith(NAME):
            if not re.fullmatch(rf"{re.escape(NAME)}(\[[\w,-]+\])? @ git\+\S+", arg):
                problems.append(f"{arg}: {NAME} is on no index; install it from git+<url> or a wheel")
        elif arg.endswith(".whl") or ".whl[" in arg:
            if Path(arg.split("[")[0]).name != WHEEL:
                problems.append(f"{arg}: the wheel of this version is {WHEEL}")
        elif arg.startswith("."):
            if not re.fullmatch(r"\.(\[[\w,-]+\])?", arg):
                problems.append(f"{arg}: expected . or .[extra]")
        elif arg not in EXTRA_REQUIREMENTS:
            problems.append(f"{arg}: not a requirement of any extra in pyproject.toml")
    return problems


def test_the_shape_check_catches_what_does_not_work() -> None:
    assert install_problems("'jobo-ext[postgres]'")  # not on any index
    assert install_problems('"jobo-ext[postgress] @ git+https://example.test/jobo.git"')
    assert install_problems("dist/jobo_ext-9.9.9-py3-none-any.whl")
    assert install_problems("psycopg2")
    assert install_problems('"jobo-ext[postgres] @ git+<repository-url>"') == []
    assert install_problems(f"-e '.[postgres]' {shlex.quote(EXTRAS['postgres'][0])}") == []


def test_every_install_command_in_the_readme_works() -> None:
    commands = PIP_INSTALL.findall(README)
    assert any("@ git+" in c for c in commands), "the README shows a VCS install"
    assert any(".whl" in c for c in commands), "the README shows a wheel install"
    assert {p for c in commands for p in install_problems(c)} == set()


def test_every_install_hint_in_the_code_works() -> None:
    sources = [*sorted((ROOT / "jobo_ext").rglob("*.py")), *sorted((ROOT / "scripts").glob("*.py"))]
    found = {
        f"{path.relative_to(ROOT)}: {problem}"
        for path in sources
        for command in CODE_PIP_INSTALL.findall(path.read_text(encoding="utf-8"))
        for problem in install_problems(command)
    }
    assert found == set()


def test_the_readme_lists_every_extra() -> None:
    table = README.split("| Extra | Brings | For |", 1)[1].split("\n\n", 1)[0]
    assert set(re.findall(r"^\| `([\w-]+)` \|", table, re.MULTILINE)) == set(EXTRAS)


def test_a_missing_extra_names_packages_that_exist(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(postgres, "psycopg", None)
    with pytest.raises(StoreError) as caught:
        postgres.PostgresStore("postgresql://nowhere/db")
    message = str(caught.value)
    assert _install.extra_requirements("postgres") == EXTRAS["postgres"]
    commands = PIP_INSTALL.findall(message)
    assert commands and all(install_problems(c) == [] for c in commands), message
    assert shlex.quote(EXTRAS["postgres"][0]) in message
    assert "'jobo-ext[postgres]'" not in message


def test_without_installed_metadata_the_hint_is_the_checkout_form(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_install, "DISTRIBUTION", "not-installed-anywhere")
    assert (
        _install.install_hint("postgres") == "from a checkout of the repository: pip install -e '.[postgres]'"
    )


# ---------------------------------------------------------------------------------------------- README facts
def test_the_readme_names_each_prerequisite_and_its_install_command() -> None:
    first_screen = README.split("## Quick start", 1)[0]
    assert "Python ≥ 3.11" in first_screen and "`make`" in first_screen
    assert first_screen.index("make demo") < first_screen.index("| Prerequisite |")
    for tool in system_tools.TOOLS:
        hint = "https://nodejs.org" if not tool.apt_packages else tool.install_hint
        assert hint in first_screen, tool.key
    assert f"Node.js ≥ {system_tools.NODE_MIN_MAJOR}" in first_screen
    assert "make test-deps" in first_screen and system_tools.REQUIRE_ENV in first_screen


def test_commands_of_the_checkout_show_the_venv_or_say_to_activate_it() -> None:
    shell = [line for lang, code in BLOCKS if lang == "sh" for line in code.splitlines()]
    for line in shell:
        for command in ("python -m jobo_ext.testing", "jobo-sync"):
            if re.search(rf"(^|[\s;&|]){re.escape(command)}\b", line.split("#", 1)[0]):
                index = README.index(line)
                context = README[max(0, index - 1500) : index]
                assert ".venv/bin/" in line or "activate" in context, line


def test_the_sync_example_can_run_twice_in_the_same_folder(tmp_path: Path) -> None:
    block = next(code for lang, code in BLOCKS if lang == "python" and "FeedSync(" in code)
    script = tmp_path / "sync_example.py"
    script.write_text(block, encoding="utf-8")
    env = {"PATH": str(Path(sys.executable).parent), "HOME": str(tmp_path)}
    for run in (1, 2):
        proc = subprocess.run(
            [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
        )
        assert proc.returncode == 0, f"run {run}: {proc.stderr[-2000:]}"
    assert list(tmp_path.iterdir()) == [script], "the example leaves nothing in the current folder"


def test_no_citation_of_the_internal_reference() -> None:
    """Section numbers of a document users do not have: cite the public docs page or say the rule."""
    texts = {"README.md": README} | {
        str(p.relative_to(ROOT)): p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "jobo_ext").rglob("*.py"))
    }
    cited = {name for name, text in texts.items() if re.search(r"§\s*\d|reference §", text)}
    assert cited == set()
