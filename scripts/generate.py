"""Regenerate ``generated/jobo_client`` from ``openapi/jobo.yaml``, deterministically.

``python scripts/generate.py`` rewrites the committed package; ``--check`` regenerates into a temporary
folder and fails (exit 1) on any difference from what is committed, so CI catches hand edits and a
spec change that was not regenerated.

Determinism: the generator's own post-hooks would run whatever ``ruff`` is on PATH with whatever ruff
configuration sits in parent folders. Instead the config disables them and this script runs the ruff
pinned in the dev extra (the one beside this interpreter) with ``--isolated``, then writes ``py.typed``,
which ``--meta none`` does not.

It also writes ``_operations.py`` into the package: per operation, the facts the policy layer and the
argument checks need (method and path, ``x-jobo-idempotent``, ``x-jobo-timeout``, ``x-jobo-pagination``,
whether ``security: []`` makes it public, and each query/path parameter and JSON body field with its
type, bounds and closed vocabulary). ``jobo_ext`` reads only that module, so the spec is the one place
these facts are written, and ``--check`` covers the module like every other generated file.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import pprint
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "jobo.yaml"
CONFIG = ROOT / "openapi" / "generator-config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
TARGET = ROOT / "generated" / "jobo_client"
# The spec inside the package, as JSON (no YAML parser at run time): `python -m jobo_ext.conformance`
# validates live responses against it.
PACKAGED_SPEC = ROOT / "jobo_ext" / "openapi.json"
BIN = Path(sys.executable).parent
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
PAGINATION_KINDS = ("page", "cursor", "none")
#: The generator's default ``field_prefix``, used when a name is not a valid identifier on its own.
FIELD_PREFIX = "field_"


class SpecFactError(ValueError):
    """The spec lacks a fact the policy layer needs, or states it in a form this script cannot read."""


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """Follow a local ``$ref`` (``#/components/<kind>/<name>``): the component's name and its body."""
    ref = node.get("$ref")
    if ref is None:
        return None, node
    parts = ref.removeprefix("#/").split("/")
    if not ref.startswith("#/components/") or len(parts) != 3:
        raise SpecFactError(f"only local component references are supported, got {ref!r}")
    return parts[2], spec["components"][parts[1]][parts[2]]


def value_facts(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """What a caller's value for ``schema`` must be: JSON types, format, enum, bounds, model, items.

    A reference to an object schema becomes ``model`` (the generated class name); an ``anyOf`` of one
    schema and ``null`` is that schema, nullable; any other ``anyOf``/``oneOf`` is left unchecked.
    """
    name, body = _resolve(spec, schema)
    if name is not None and (body.get("type") == "object" or "properties" in body):
        return {"types": ("object",), "model": str(ClassName(name, FIELD_PREFIX))}
    for combinator in ("anyOf", "oneOf"):
        if combinator in body:
            members = [m for m in body[combinator] if m.get("type") != "null"]
            if len(members) == 1 and len(members) < len(body[combinator]):
                inner = value_facts(spec, members[0])
                return {**inner, "types": (*inner["types"], "null")} if inner["types"] else inner
            return {"types": ()}
    declared = body.get("type", ())
    facts: dict[str, Any] = {"types": (declared,) if isinstance(declared, str) else tuple(declared)}
    for key in ("format", "minimum", "maximum"):
        if key in body:
            facts[key] = body[key]
    if "enum" in body:
        facts["enum"] = tuple(body["enum"])
    if "items" in body:
        facts["items"] = value_facts(spec, body["items"])
    return facts


def _parameter_facts(spec: dict[str, Any], raw: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    _, parameter = _resolve(spec, raw)
    facts = {"in": parameter["in"], **value_facts(spec, parameter.get("schema", {}))}
    if "x-jobo-comma-separated" in parameter:
        # A string on the wire that carries a list: the extension is the schema of one list item.
        facts["comma_separated"] = True
        facts["items"] = value_facts(spec, parameter["x-jobo-comma-separated"])
    return parameter["name"], facts


def _body_facts(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" not in content:
        return None
    name, schema = _resolve(spec, content["application/json"]["schema"])
    if name is None:
        raise SpecFactError(f"{operation['operationId']}: give the JSON request body a component schema")
    properties = {
        field: {**value_facts(spec, sub), "attribute": str(PythonIdentifier(field, FIELD_PREFIX))}
        for field, sub in schema.get("properties", {}).items()
    }
    return {"model": str(ClassName(name, FIELD_PREFIX)), "properties": properties}


def operation_facts(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """operationId → the facts about that operation which ``jobo_ext`` acts on, in spec order.

    Raises:
        SpecFactError: an operation has no ``operationId``, no boolean ``x-jobo-idempotent`` or an
            unknown ``x-jobo-pagination`` — every operation must be classified in the spec itself.
    """
    default_security = spec.get("security", [])
    found: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method not in item:
                continue
            operation = item[method]
            operation_id = operation.get("operationId")
            where = f"{method.upper()} {path}"
            if not operation_id:
                raise SpecFactError(f"{where} has no operationId")
            idempotent = operation.get("x-jobo-idempotent")
            if not isinstance(idempotent, bool):
                raise SpecFactError(f"{where} ({operation_id}) needs x-jobo-idempotent: true or false")
            pagination = operation.get("x-jobo-pagination", "none")
            if pagination not in PAGINATION_KINDS:
                raise SpecFactError(
                    f"{where} ({operation_id}): x-jobo-pagination must be one of {PAGINATION_KINDS}"
                )
            timeout = operation.get("x-jobo-timeout")
            found[operation_id] = {
                "method": method.upper(),
                "path": path,
                "idempotent": idempotent,
                "read_timeout": None if timeout is None else float(timeout),
                "public": operation.get("security", default_security) == [],
                "pagination": pagination,
                "parameters": dict(
                    _parameter_facts(spec, p) for p in [*shared, *operation.get("parameters", [])]
                ),
                "body": _body_facts(spec, operation),
            }
    return found


FACTS_HEADER = '''"""Per-operation facts from the OpenAPI spec, as data for the policy layer (``jobo_ext``).

Written by scripts/generate.py from openapi/jobo.yaml; do not edit. Per operationId: method, path,
idempotent (x-jobo-idempotent), read_timeout (x-jobo-timeout, seconds), public (security: []),
pagination (x-jobo-pagination), parameters (query and path, by name) and body (the JSON request body's
model and fields). The facts of one value: types (JSON types; empty means unchecked), format, enum,
minimum, maximum, model (the generated class of an object), items (the facts of an array's items),
comma_separated (a list sent as one comma-separated string, x-jobo-comma-separated) and attribute
(the body field's attribute on the generated model).
"""

from typing import Any

'''


def facts_module(spec: dict[str, Any]) -> str:
    """The source of ``jobo_client/_operations.py`` for ``spec`` (formatted later with the package)."""
    data = pprint.pformat(operation_facts(spec), sort_dicts=False, width=120)
    return f"{FACTS_HEADER}OPERATIONS: dict[str, dict[str, Any]] = {data}\n"


def generate_into(out: Path, spec: Path = SPEC) -> dict[str, Any]:
    """Run the generator and the formatting hooks, writing the package to ``out`` (which must not exist).

    Returns the spec as parsed, for :func:`packaged_spec`."""
    with spec.open(encoding="utf-8") as fh:
        document: dict[str, Any] = yaml.safe_load(fh)
    module = facts_module(document)
    cmd = [
        str(BIN / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
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
    (out / "_operations.py").write_text(module, encoding="utf-8")
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
    return document


def packaged_spec(document: dict[str, Any]) -> str:
    """The parsed ``openapi/jobo.yaml`` as canonical JSON (sorted keys, so a reordering is no change)."""
    return json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


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
        document = generate_into(fresh)
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
            if not PACKAGED_SPEC.is_file() or PACKAGED_SPEC.read_text(encoding="utf-8") != packaged_spec(
                document
            ):
                print(f"{PACKAGED_SPEC.relative_to(ROOT)} is stale; run `make generate`", file=sys.stderr)
                return 1
            print("generated/jobo_client and the packaged spec are up to date")
            return 0
        # Replace the whole folder so files of removed operations do not survive.
        shutil.rmtree(TARGET, ignore_errors=True)
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, TARGET)
    PACKAGED_SPEC.write_text(packaged_spec(document), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} and {PACKAGED_SPEC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
