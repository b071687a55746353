"""Tests use the system tools that are there and never install any: a missing one is a skip naming the
install command (a failure under ``.ci/run``); installing is ``make test-deps`` / ``.ci/run`` only."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.system_tools_needed import CHROMIUM, JAVA, NODE, POSTGRES, need, system_tools

ROOT = Path(__file__).resolve().parent.parent
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


@pytest.fixture
def bare_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PATH with none of the tools (and no /usr/lib/postgresql to fall back on)."""
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.setattr(system_tools, "PG_LIBDIR", tmp_path / "no-postgresql")
    monkeypatch.delenv(system_tools.REQUIRE_ENV, raising=False)
    return empty


@pytest.mark.parametrize(
    ("tool", "install"),
    [
        (NODE, "https://nodejs.org"),
        (JAVA, "make test-deps installs the Debian package openjdk-17-jre-headless"),
        (CHROMIUM, "make test-deps installs the Debian package chromium"),
        (POSTGRES, "make test-deps installs the Debian package postgresql"),
    ],
)
def test_a_missing_tool_skips_naming_the_install_command(
    bare_path: Path, tool: system_tools.SystemTool, install: str
) -> None:
    with pytest.raises(pytest.skip.Exception) as skipped:
        need(tool)
    assert install in str(skipped.value)
    assert tool.label in str(skipped.value)


def test_under_ci_a_missing_tool_is_a_failure(bare_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(system_tools.REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match="make test-deps installs the Debian package chromium"):
        need(CHROMIUM)


def test_a_tool_on_path_is_found(bare_path: Path) -> None:
    fake = bare_path / "chromium-browser"
    fake.write_text("#!/bin/sh\n", encoding="utf-8")
    fake.chmod(0o755)
    assert system_tools.problem(CHROMIUM) is None
    need(CHROMIUM)  # no skip


def test_an_old_node_is_not_enough(bare_path: Path) -> None:
    for name in ("npm", "npx"):
        (bare_path / name).write_text("#!/bin/sh\n", encoding="utf-8")
        (bare_path / name).chmod(0o755)
    (bare_path / "node").write_text("#!/bin/sh\necho v18.19.0\n", encoding="utf-8")
    (bare_path / "node").chmod(0o755)
    assert "older than 20" in str(system_tools.problem(NODE))


def _subprocess_calls(path: Path) -> list[str]:
    """The first word of every literal argument list passed to subprocess.* in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.List | ast.Tuple) and node.elts:
            first = node.elts[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append(first.value)
    return found


def _installer_commands() -> set[str]:
    """The commands ``.ci/install-system-tools`` runs with root's rights (``"${sudo[@]}" command ...``)."""
    script = (ROOT / ".ci" / "install-system-tools").read_text(encoding="utf-8")
    return set(re.findall(r'^\s*"\$\{sudo\[@\]\}" ([\w.-]+)', script, re.MULTILINE))


def test_no_python_code_of_the_project_runs_the_installer_s_commands() -> None:
    """Installing lives in ``.ci/install-system-tools`` (run by ``make test-deps`` and ``.ci/run``): no test,
    and nothing a test imports, can reach the package manager it runs."""
    installers = _installer_commands()
    assert installers, "the installer runs its package manager as root"
    callers = [
        path.relative_to(ROOT).as_posix()
        for folder in ("tests", "scripts", "jobo_ext")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if "node_modules" not in path.parts and installers & set(_subprocess_calls(path))
    ]
    assert callers == []


def test_missing_packages_lists_only_what_apt_must_bring(
    bare_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (bare_path / "java").write_text("#!/bin/sh\n", encoding="utf-8")
    (bare_path / "java").chmod(0o755)
    assert system_tools.missing_apt_packages([JAVA, CHROMIUM, POSTGRES]) == ["chromium", "postgresql"]
    assert system_tools.main(["missing-packages", "--only", "java,chromium,postgres"]) == 0
    assert capsys.readouterr().out.split() == ["chromium", "postgresql"]  # Java was already there


def test_the_installer_uses_apt_without_recommends_for_the_listed_packages_only() -> None:
    script = (ROOT / ".ci" / "install-system-tools").read_text(encoding="utf-8")
    assert "python3 scripts/system_tools.py missing-packages" in script
    install = [
        line
        for line in script.splitlines()
        if any(f'"${{sudo[@]}}" {command} install ' in line for command in _installer_commands())
    ]
    assert len(install) == 1 and "--no-install-recommends" in install[0] and "$packages" in install[0]
    assert script.rstrip().endswith("python3 scripts/system_tools.py check")
    proc = subprocess.run(["bash", "-n", str(ROOT / ".ci" / "install-system-tools")], check=False)
    assert proc.returncode == 0


def test_make_test_deps_installs_on_purpose_and_make_test_does_not() -> None:
    recipe = re.search(r"^test-deps:.*\n((?:\t.*\n)+)", MAKEFILE, re.MULTILINE)
    assert recipe and ".ci/install-system-tools" in recipe.group(1)
    test_line = re.search(r"^test:(.*)$", MAKEFILE, re.MULTILINE)
    assert test_line and "test-deps" not in test_line.group(1)


def test_ci_provisions_then_requires_every_tool() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    install = ci.index("bash .ci/install-system-tools")
    require = ci.index(f"export {system_tools.REQUIRE_ENV}=1")
    assert install < require < ci.index("\nmake test")


def test_spec_check_warns_instead_of_failing_without_node(tmp_path: Path) -> None:
    """``make spec-check`` with no Node: the Python validator runs, the Redocly and Spectral steps are skipped loudly."""
    env = {"PATH": str(_make_only_path(tmp_path)), "HOME": str(tmp_path)}
    proc = subprocess.run(
        ["make", "-s", "spec-check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "skipped the Redocly and Spectral lints" in proc.stderr
    assert "https://nodejs.org" in proc.stderr
    with_ci = subprocess.run(
        ["make", "-s", "spec-check"],
        cwd=ROOT,
        env={**env, system_tools.REQUIRE_ENV: "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert with_ci.returncode != 0, "under .ci/run a missing Node fails spec-check"


def _make_only_path(tmp_path: Path) -> Path:
    """A bin folder with make, a shell and the few utilities the Makefile uses, and no Node."""
    folder = tmp_path / "minimal-bin"
    folder.mkdir()
    for name in ("make", "bash", "sh", "test", "touch", "echo", "env"):
        for where in ("/usr/bin", "/bin"):
            if Path(where, name).exists():
                (folder / name).symlink_to(Path(where, name))
                break
    return folder


def test_a_node_test_skips_under_pytest_without_node(tmp_path: Path) -> None:
    """End to end: a test that needs Node, run with a PATH that has no Node, is reported as skipped with
    the install hint; with JOBO_REQUIRE_SYSTEM_TOOLS=1 it fails."""
    env = {"PATH": str(_make_only_path(tmp_path)), "HOME": str(tmp_path)}
    target = "tests/test_spec_publish.py::test_lint_reports_warnings_and_errors"
    basetemp = f"--basetemp={tmp_path / 'inner'}"  # the inner run's temporary files stay in ours
    args = [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", basetemp, target]
    skipped = subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert skipped.returncode == 0, skipped.stdout[-3000:]
    assert "1 skipped" in skipped.stdout
    assert "https://nodejs.org" in skipped.stdout
    assert "SKIPPED [1] tests/test_spec_publish.py:" in skipped.stdout, (
        "the summary names the test, not the helper"
    )
    failed = subprocess.run(
        args,
        cwd=ROOT,
        env={**env, system_tools.REQUIRE_ENV: "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert failed.returncode == 1, failed.stdout[-3000:]
    assert "1 failed" in failed.stdout


def test_publish_spec_without_node_says_what_to_install(bare_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import publish_spec

    with pytest.raises(publish_spec.PublishError, match=r"Redocly runs through npx: .*https://nodejs\.org"):
        publish_spec.run_redocly(["--version"])
