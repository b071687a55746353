"""Prove the published spec works outside Python: two generator families, both compiled with ``tsc --strict``.

``python scripts/spec_portability.py [--spec dist/spec/jobo-openapi.yaml]`` runs what
tests/test_spec_portability.py runs in ``make test``:

1. TypeScript types: ``openapi-typescript`` turns the spec into ``jobo-api.d.ts`` and
   ``tsc --noEmit --strict`` typechecks ``scripts/portability/usage.ts`` against it (a feed request, a
   job, an error body, the 402 fields, and lines that must stay type errors).
2. A client from a second generator family: ``openapi-generator-cli`` (the JVM generator, from PyPI, pinned
   in the ``dev`` extra) first runs ``validate``, then ``generate -g typescript-fetch`` with its built-in
   validation on; the log may hold no ERROR and no WARN beyond the two listed in :data:`KNOWN_WARNINGS`,
   every operation must become a method, and the generated client must pass ``tsc --noEmit --strict``.
3. The generated client runs: :func:`run_client_e2e` compiles ``scripts/portability/e2e.ts`` beside it and
   runs it with Node 20 (built-in ``fetch``) against a server — the bundled mock in the tests.

Node tools are pinned in ``scripts/portability/package.json`` and ``package-lock.json`` and installed with
``npm ci`` into ``scripts/portability/node_modules`` (git-ignored). That folder is reused only while a
stamp inside it matches the hash of both files, so a fresh clone or a lockfile change always reinstalls.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import publish_spec
import yaml

ROOT = publish_spec.ROOT
PORTABILITY = ROOT / "scripts" / "portability"
NODE_MODULES = PORTABILITY / "node_modules"
NODE_BIN = NODE_MODULES / ".bin"
STAMP = NODE_MODULES / ".jobo-lock.sha256"
USAGE = PORTABILITY / "usage.ts"
E2E = PORTABILITY / "e2e.ts"
TYPES_NAME = "jobo-api.d.ts"
GENERATOR = "typescript-fetch"

TSC_FLAGS = (
    "--noEmit",
    "--strict",
    "--target",
    "es2022",
    "--module",
    "esnext",
    "--moduleResolution",
    "bundler",
)

# WARN lines openapi-generator 7.26.0 prints for this spec that say nothing about the spec; any other
# WARN (or any ERROR) fails the check. Both were bisected on minimal specs.
KNOWN_WARNINGS = {
    "OpenAPI 3.1 support is still in beta": "printed for every OpenAPI 3.1 document",
    "Failed to get the schema name: null": (
        "printed for any component schema that is a plain array (here StringList), in 3.0 documents too"
    ),
}


class PortabilityError(Exception):
    """A tool could not run at all (as opposed to a check that ran and failed)."""


def _run(
    cmd: Sequence[str], cwd: Path, timeout: float = 240, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = publish_spec.tool_env() | (extra_env or {})
    env["PATH"] = f"{NODE_BIN}{os.pathsep}{env.get('PATH', '')}"
    try:
        return subprocess.run(
            list(cmd), cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except FileNotFoundError as exc:
        raise PortabilityError(f"{cmd[0]} is not installed: {exc}") from None


# ---------------------------------------------------------------------------------------------- npm
def lock_digest() -> str:
    sha = hashlib.sha256()
    for name in ("package.json", "package-lock.json"):
        sha.update((PORTABILITY / name).read_bytes())
    return sha.hexdigest()


def npm_ci() -> bool:
    """Install the pinned Node tools (``npm ci``) unless the stamp says they already match; True if it ran."""
    digest = lock_digest()
    tools = [NODE_BIN / "openapi-typescript", NODE_BIN / "tsc"]
    if STAMP.is_file() and STAMP.read_text().strip() == digest and all(t.exists() for t in tools):
        return False
    proc = _run(["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"], PORTABILITY, timeout=600)
    if proc.returncode != 0:
        raise PortabilityError(f"npm ci failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    STAMP.write_text(digest + "\n")
    return True


def node_tool_versions() -> dict[str, str]:
    versions: dict[str, str] = {}
    for name in ("openapi-typescript", "typescript"):
        manifest = NODE_MODULES / name / "package.json"
        versions[name] = (
            str(yaml.safe_load(manifest.read_text()).get("version")) if manifest.is_file() else "?"
        )
    return versions


def tsc(args: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return _run([str(NODE_BIN / "tsc"), *args], cwd)


# ---------------------------------------------------------------------------------------------- TypeScript
# openapi-typescript makes every property with a `default` required unless told otherwise; in this spec
# only request members have defaults (search `page`, `page_size`, `search_description`), which a caller
# may omit. This flag is part of the command the README gives to TypeScript users.
OPENAPI_TYPESCRIPT_FLAGS = ("--default-non-nullable", "false")


def typescript_types(spec: Path, target: Path) -> subprocess.CompletedProcess[str]:
    return _run(
        [str(NODE_BIN / "openapi-typescript"), str(spec), *OPENAPI_TYPESCRIPT_FLAGS, "--output", str(target)],
        target.parent,
    )


def typecheck_usage(spec: Path, workdir: Path) -> subprocess.CompletedProcess[str]:
    """Generate the types into ``workdir``, put ``usage.ts`` beside them, run ``tsc --noEmit --strict``."""
    workdir.mkdir(parents=True, exist_ok=True)
    generated = typescript_types(spec, workdir / TYPES_NAME)
    if generated.returncode != 0:
        return generated
    shutil.copyfile(USAGE, workdir / USAGE.name)
    return tsc([*TSC_FLAGS, USAGE.name], workdir)


# ---------------------------------------------------------------------------------------------- generator
def generator_command() -> list[str]:
    return [str(Path(sys.executable).parent / "openapi-generator-cli")]


def generator_version() -> str:
    proc = _run([*generator_command(), "version"], ROOT, timeout=120)
    return proc.stdout.strip() or f"? ({proc.stderr.strip()})"


def generator_validate(spec: Path) -> subprocess.CompletedProcess[str]:
    return _run([*generator_command(), "validate", "--input-spec", str(spec), "--recommend"], ROOT)


def generator_generate(spec: Path, out: Path, generator: str = GENERATOR) -> subprocess.CompletedProcess[str]:
    """``generate`` with the generator's own spec validation left on (no ``--skip-validate-spec``)."""
    return _run(
        [
            *generator_command(),
            "generate",
            "--input-spec",
            str(spec),
            "--generator-name",
            generator,
            "--output",
            str(out),
        ],
        ROOT,
    )


def log_problems(log: str) -> list[str]:
    """ERROR lines, exceptions, and WARN lines other than :data:`KNOWN_WARNINGS`."""
    problems: list[str] = []
    for line in log.splitlines():
        error = re.search(r"\bERROR\b|Exception\b", line) is not None
        warning = re.search(r"\bWARN(ING)?\b", line) is not None
        if error or (warning and not any(known in line for known in KNOWN_WARNINGS)):
            problems.append(line.strip())
    return problems


def missing_methods(spec: Path, client: Path) -> list[str]:
    """operationIds of the spec with no ``async <operationId>(`` method in the generated client."""
    doc: dict[str, Any] = yaml.safe_load(spec.read_text(encoding="utf-8"))
    source = "\n".join(p.read_text(encoding="utf-8") for p in sorted((client / "apis").glob("*.ts")))
    ids = [
        op["operationId"]
        for item in doc["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    ]
    return [op_id for op_id in ids if f"async {op_id}(" not in source]


def typecheck_client(client: Path) -> subprocess.CompletedProcess[str]:
    return tsc([*TSC_FLAGS, "--lib", "es2022,dom", "index.ts"], client)


# ---------------------------------------------------------------------------------------------- run it
def run_client_e2e(client: Path, base_url: str, api_key: str) -> subprocess.CompletedProcess[str]:
    """Compile ``e2e.ts`` beside the generated client and run it with Node against ``base_url``.

    ``client`` must be a folder named ``client`` (``e2e.ts`` imports ``./client/index``). CommonJS output,
    because the generator writes extension-less relative imports that Node's ES module loader refuses.
    """
    work = client.parent
    shutil.copyfile(E2E, work / E2E.name)
    compiled = tsc(
        [
            "--strict",
            "--target",
            "es2022",
            "--module",
            "commonjs",
            "--moduleResolution",
            "node10",
            "--lib",
            "es2022,dom",
            "--outDir",
            "e2e-out",
            E2E.name,
        ],
        work,
    )
    if compiled.returncode != 0:
        return compiled
    env = {"JOBO_BASE_URL": base_url, "JOBO_API_KEY": api_key}
    return _run(["node", str(work / "e2e-out" / "e2e.js")], work, timeout=120, extra_env=env)


# ---------------------------------------------------------------------------------------------- main
def _report(step: str, proc: subprocess.CompletedProcess[str], extra: Sequence[str] = ()) -> bool:
    ok = proc.returncode == 0 and not extra
    print(f"{'ok  ' if ok else 'FAIL'} {step}")
    if not ok:
        print(proc.stdout[-4000:], proc.stderr[-4000:], *extra, sep="\n")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--spec", type=Path, default=publish_spec.OUT / publish_spec.YAML_NAME)
    args = parser.parse_args(argv)
    spec: Path = args.spec.resolve()
    if not spec.is_file():
        print(f"{spec} is missing: run `make publish-spec` first", file=sys.stderr)
        return 1
    npm_ci()
    print(f"tools: {node_tool_versions()}, openapi-generator-cli {generator_version()}")
    with tempfile.TemporaryDirectory(prefix="jobo-portability-") as tmp:
        work = Path(tmp)
        ok = _report("openapi-typescript + tsc --strict usage.ts", typecheck_usage(spec, work / "ts-types"))
        validated = generator_validate(spec)
        ok &= _report(
            "openapi-generator validate", validated, log_problems(validated.stdout + validated.stderr)
        )
        client = work / GENERATOR
        generated = generator_generate(spec, client)
        ok &= _report(
            f"openapi-generator generate -g {GENERATOR}",
            generated,
            [*log_problems(generated.stdout + generated.stderr), *missing_methods(spec, client)],
        )
        ok &= _report(f"tsc --strict on the {GENERATOR} client", typecheck_client(client))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
