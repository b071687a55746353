"""Regenerate ``generated/jobo_client`` from ``openapi/jobo.yaml``, deterministically.

``python scripts/generate.py`` rewrites the committed package; ``--check`` regenerates into a temporary
folder and fails (exit 1) on any difference from what is committed, so CI catches hand edits and a
spec change that was not regenerated.

Determinism: the generator's own post-hooks would run whatever ``ruff`` is on PATH with whatever ruff
configuration sits in parent folders. Instead the config disables them and this script runs the ruff
pinned in the dev extra (the one beside this interpreter) with ``--isolated``, then writes ``py.typed``,
which ``--meta none`` does not.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "jobo.yaml"
CONFIG = ROOT / "openapi" / "generator-config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
TARGET = ROOT / "generated" / "jobo_client"
# The spec inside the package, as JSON (no YAML parser at run time): `python -m jobo_ext.conformance`
# validates live responses against it.
PACKAGED_SPEC = ROOT / "jobo_ext" / "openapi.json"
BIN = Path(sys.executable).parent


def generate_into(out: Path) -> None:
    """Run the generator and the formatting hooks, writing the package to ``out`` (which must not exist)."""
    cmd = [
        str(BIN / "openapi-python-client"),
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--meta",
        "none",
        "--output-path",
        str(out),
        "--fail-on-warning",
    ]
    if TEMPLATES.is_dir():
        cmd += ["--custom-template-path", str(TEMPLATES)]
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    ruff = str(BIN / "ruff")
    common = ["--isolated", "--target-version", "py311", "--line-length", "120"]
    subprocess.run(
        [ruff, "check", ".", *common, "--fix-only", "--select", "F,I,UP", "--quiet"],
        check=True,
        cwd=out,
    )
    subprocess.run([ruff, "format", ".", *common, "--quiet"], check=True, cwd=out)
    shutil.rmtree(out / ".ruff_cache", ignore_errors=True)
    (out / "py.typed").write_text("")


def packaged_spec() -> str:
    """``openapi/jobo.yaml`` as canonical JSON (sorted keys, so a reordering is no change)."""
    import yaml

    doc = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def differences(a: Path, b: Path) -> list[str]:
    """Relative paths that differ between two trees (missing on either side, or different bytes)."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    ignore = ["__pycache__", ".ruff_cache", ".mypy_cache"]
    walk(filecmp.dircmp(str(a), str(b), ignore=ignore), "")
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed package is stale")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "jobo_client"
        generate_into(fresh)
        if args.check:
            if not TARGET.is_dir():
                print(f"{TARGET.relative_to(ROOT)} is missing; run `make generate`", file=sys.stderr)
                return 1
            diff = differences(fresh, TARGET)
            if diff:
                print(
                    "generated/jobo_client is stale; run `make generate`. Differing files:", file=sys.stderr
                )
                for name in diff:
                    print(f"  {name}", file=sys.stderr)
                return 1
            if not PACKAGED_SPEC.is_file() or PACKAGED_SPEC.read_text(encoding="utf-8") != packaged_spec():
                print(f"{PACKAGED_SPEC.relative_to(ROOT)} is stale; run `make generate`", file=sys.stderr)
                return 1
            print("generated/jobo_client and the packaged spec are up to date")
            return 0
        # Replace the whole folder so files of removed operations do not survive.
        shutil.rmtree(TARGET, ignore_errors=True)
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, TARGET)
    PACKAGED_SPEC.write_text(packaged_spec(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} and {PACKAGED_SPEC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
