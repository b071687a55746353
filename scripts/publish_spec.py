"""Publish ``openapi/jobo.yaml`` for other languages: one self-contained, validated, canonical document.

``python scripts/publish_spec.py`` (``make publish-spec``) writes ``dist/spec/jobo-openapi.yaml`` and
``dist/spec/jobo-openapi.json``:

1. bundle the spec with Redocly (pinned, below), so any external ``$ref`` a future split introduces is
   pulled in; then refuse the result if a ``$ref`` still leaves the document or points nowhere
   (openapi-spec-validator reports a dangling ``$ref`` inside a schema as OK, so this is checked here);
2. check ``info.version`` (see *Version* below), add ``x-codeSamples`` (Python and curl, from
   ``scripts/spec_code_samples.py``) to every operation, and validate with openapi-spec-validator;
3. write the JSON canonically (keys sorted, two-space indent, UTF-8, one trailing newline) and the YAML in
   the author's key order with block scalars for multi-line text; both files must parse back to the same
   document, and two runs on the same spec are byte-identical (tests/test_spec_publish.py runs it twice);
4. lint both files with Redocly's recommended rules: zero errors and zero warnings (``--no-lint`` skips
   this step, for tests that publish many times and lint once).

Version — one place. ``info.version`` in ``openapi/jobo.yaml`` is the version of the API contract, and it
is the only place a version of the spec is written: this step copies it, never invents or overwrites it.
It checks that it is ``MAJOR.MINOR.PATCH`` and not older than the newest snapshot in ``openapi/released/``
(the baseline of the breaking-change guard, ``scripts/spec_breaking.py``). The Python distribution's
version in ``pyproject.toml`` is deliberately not used: it versions this client (policy layer, packaging)
and moves on client-only fixes; stamping it into the spec would announce contract changes that did not
happen and would defeat the guard's rule that a breaking change needs a new major version of the contract.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spec_breaking  # scripts/ is on sys.path when this runs as a script; tests add it themselves
import spec_code_samples
import system_tools
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "jobo.yaml"
RELEASED = ROOT / "openapi" / "released"
OUT = ROOT / "dist" / "spec"
YAML_NAME = "jobo-openapi.yaml"
JSON_NAME = "jobo-openapi.json"

# The same pin as the Makefile's REDOCLY (tests/test_spec_publish.py keeps the two equal).
REDOCLY_PACKAGE = "@redocly/cli@2.77.0"
REDOCLY = ("npx", "-y", REDOCLY_PACKAGE)


class PublishError(Exception):
    """The spec cannot be published as it is; the message says why."""


@dataclass(frozen=True)
class Published:
    version: str
    yaml_path: Path
    json_path: Path


def tool_env() -> dict[str, str]:
    """Environment for Node tools: no telemetry, no update notices."""
    env = dict(os.environ)
    env.update(REDOCLY_TELEMETRY="off", REDOCLY_SUPPRESS_UPDATE_NOTICE="true", NO_UPDATE_NOTIFIER="1")
    return env


def run_redocly(args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [*REDOCLY, *args], cwd=ROOT, env=tool_env(), capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        raise PublishError(f"Redocly runs through npx: {system_tools.problem(system_tools.NODE)}") from None


def bundle(spec: Path, workdir: Path) -> dict[str, Any]:
    """``redocly bundle`` to JSON (no YAML typing surprises), loaded back as plain data."""
    target = workdir / "bundled.json"
    proc = run_redocly(["bundle", str(spec), "--ext", "json", "--output", str(target)])
    if proc.returncode != 0 or not target.is_file():
        raise PublishError(f"redocly bundle failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    doc = json.loads(target.read_text(encoding="utf-8"))
    if not isinstance(doc, dict):
        raise PublishError("the bundled spec is not a mapping")
    return doc


def iter_refs(node: Any, where: str = "#") -> Iterator[tuple[str, str]]:
    """Every ``$ref`` string in the document, with the JSON pointer of the object that holds it."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield where, ref
        for key, value in node.items():
            yield from iter_refs(value, f"{where}/{escape_pointer(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from iter_refs(value, f"{where}/{index}")


def escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve_pointer(doc: Any, ref: str) -> Any:
    """Follow a local ``#/...`` reference; ``KeyError`` when it points nowhere."""
    if not ref.startswith("#"):
        raise KeyError(ref)
    node = doc
    for raw in ref[1:].split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(ref)
    return node


def reference_problems(doc: dict[str, Any]) -> list[str]:
    """External references (the document must stand alone) and local ones that resolve to nothing."""
    problems: list[str] = []
    for where, ref in iter_refs(doc):
        if not ref.startswith("#/"):
            problems.append(f"{where}: external $ref {ref!r} (the published spec must be self-contained)")
            continue
        try:
            resolve_pointer(doc, ref)
        except KeyError:
            problems.append(f"{where}: $ref {ref!r} points nowhere")
    return problems


def check_version(doc: dict[str, Any], released: Path) -> str:
    """``info.version`` must be SemVer and not older than the newest released snapshot."""
    version = doc.get("info", {}).get("version")
    if not isinstance(version, str):
        raise PublishError("info.version is missing")
    try:
        current = spec_breaking.parse_version(version)
    except ValueError as exc:
        raise PublishError(str(exc)) from None
    latest = spec_breaking.latest_release(released)
    if latest is not None and current < latest[0]:
        raise PublishError(
            f"info.version {version} is older than the released {spec_breaking.format_version(latest[0])}"
        )
    return version


def validate(doc: dict[str, Any]) -> None:
    from openapi_spec_validator import validate as osv_validate

    try:
        osv_validate(doc)
    except Exception as exc:  # the validator raises its own hierarchy; report any of them
        raise PublishError(f"openapi-spec-validator: {exc}") from None


def canonical_json(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False) + "\n"


class _BlockDumper(yaml.SafeDumper):
    """Safe YAML with multi-line strings as ``|`` blocks (PyYAML falls back to quotes when it must)."""


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _str_representer)


def to_yaml(doc: dict[str, Any]) -> str:
    text = yaml.dump(
        doc, Dumper=_BlockDumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False
    )
    assert isinstance(text, str)
    return text


def lint(paths: Sequence[Path]) -> list[str]:
    """Redocly lint (recommended rules) on each file; every error and warning, as text."""
    proc = run_redocly(["lint", "--format=json", *(str(p) for p in paths)])
    reports = _json_documents(proc.stdout)
    if len(reports) != len(paths):
        raise PublishError(f"redocly lint gave no report ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    problems: list[str] = []
    for path, report in zip(paths, reports, strict=True):
        for problem in report.get("problems", []):
            where = [loc.get("pointer", "?") for loc in problem.get("location", [])]
            problems.append(
                f"{path.name}: {problem.get('severity')} {problem.get('ruleId')}: {problem.get('message')} {where}"
            )
        totals = report.get("totals", {})
        if (totals.get("errors", 0) or totals.get("warnings", 0)) and not problems:
            problems.append(f"{path.name}: {totals}")
    if proc.returncode != 0 and not problems:
        problems.append(f"redocly lint exited {proc.returncode}: {proc.stderr.strip()}")
    return problems


def _json_documents(text: str) -> list[dict[str, Any]]:
    """The JSON objects printed one after the other (one per linted file), skipping any other output."""
    decoder = json.JSONDecoder()
    found: list[dict[str, Any]] = []
    index = text.find("{")
    while index != -1:
        try:
            value, end = decoder.raw_decode(text, index)
        except json.JSONDecodeError:
            index = text.find("{", index + 1)
            continue
        if isinstance(value, dict) and "totals" in value:
            found.append(value)
        index = text.find("{", end)
    return found


def publish(
    spec: Path = SPEC, out: Path = OUT, *, released: Path = RELEASED, run_lint: bool = True
) -> Published:
    """Bundle, check, validate and write both artefacts into ``out``; raise ``PublishError`` on a problem."""
    with tempfile.TemporaryDirectory(prefix="jobo-publish-") as tmp:
        work = Path(tmp)
        doc = bundle(spec, work)
        problems = reference_problems(doc)
        if problems:
            raise PublishError("unusable references:\n  " + "\n  ".join(problems))
        version = check_version(doc, released)
        spec_code_samples.add_code_samples(doc)
        validate(doc)
        json_text = canonical_json(doc)
        yaml_text = to_yaml(doc)
        if yaml.safe_load(yaml_text) != json.loads(json_text) or json.loads(json_text) != doc:
            raise PublishError("the YAML and JSON renderings do not round-trip to the same document")
        staged_json, staged_yaml = work / JSON_NAME, work / YAML_NAME
        staged_json.write_text(json_text, encoding="utf-8")
        staged_yaml.write_text(yaml_text, encoding="utf-8")
        if run_lint:
            lint_problems = lint([staged_yaml, staged_json])
            if lint_problems:
                raise PublishError("Redocly lint is not clean:\n  " + "\n  ".join(lint_problems))
        out.mkdir(parents=True, exist_ok=True)
        json_path, yaml_path = out / JSON_NAME, out / YAML_NAME
        shutil.copyfile(staged_json, json_path)
        shutil.copyfile(staged_yaml, yaml_path)
    return Published(version=version, yaml_path=yaml_path, json_path=json_path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC, help="source spec (default: openapi/jobo.yaml)")
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default: dist/spec)")
    parser.add_argument("--no-lint", action="store_true", help="skip the Redocly lint of the artefacts")
    args = parser.parse_args(argv)
    try:
        result = publish(args.spec, args.out, run_lint=not args.no_lint)
    except PublishError as exc:
        print(f"publish-spec: {exc}", file=sys.stderr)
        return 1
    for path in (result.yaml_path, result.json_path):
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        print(f"{shown}  {path.stat().st_size} bytes")
    print(f"info.version {result.version}" + ("" if args.no_lint else "; validated, Redocly lint clean"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
