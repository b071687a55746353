"""Breaking-change guard: compare ``openapi/jobo.yaml`` with the last released spec in ``openapi/released/``.

``python scripts/spec_breaking.py`` exits 1 when the current spec breaks a client written against the
newest ``openapi/released/<MAJOR.MINOR.PATCH>.yaml`` and ``info.version`` does not bump the major number
(or when the version went backwards). ``--snapshot`` records the current spec as released (run it when a
version ships). tests/test_spec_breaking.py runs the same check in ``make test`` and unit-tests
:func:`breaking_changes` on small synthetic spec pairs.

What counts as breaking (operations are matched by method and path; path parameters by position, so
renaming one is no change):

- an operation is removed;
- request side (parameters and request-body fields, nested ones included): a required one is removed, a
  new required one appears or an optional one becomes required, one that still exists accepts fewer types
  or enum values, or changes ``format``; a request body becomes required; a request media type is removed;
- response side (every declared status and media type, fields at any depth, through ``$ref``, arrays,
  maps and ``anyOf``/``oneOf``/``allOf``): a declared response or media type is removed, a field is removed,
  a required field becomes optional, a field may now carry a type it could not before (``null`` included),
  gains enum values, or changes ``format``.

Bounds (``minimum``, ``maximum``, their exclusive forms, ``minLength``/``maxLength``,
``minItems``/``maxItems``): on the response side a bound that is removed or loosened is breaking (a client
may have sized a type or skipped a check on it: "a count is never negative"). On the request side a new or
tighter bound is a *narrowing*, not a break: a bound is added only where the documentation gives it (a
limit the server enforces, or a value such as a negative salary that means nothing), so the server's
behaviour does not change, yet a client that validates before sending refuses values it used to send. A narrowing needs at least a new minor version, so other-language users
see it in the changelog; a breaking change needs a new major version.

Not flagged: additions (operations, optional request fields, response fields, statuses), removal of an
optional request field (servers ignore unknown members here), narrowing a response type or adding a
response bound, loosening a request bound, response headers, descriptions and examples. ``integer``
counts as a subset of ``number``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "jobo.yaml"
RELEASED = ROOT / "openapi" / "released"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_VERSION = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")

SHOWN = 60  # breaking changes listed in a verdict; a shared schema repeats under every operation

Version = tuple[int, int, int]
Doc = Mapping[str, Any]

# Lower bounds (a larger value is stricter) and upper bounds (a smaller value is stricter).
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems")
BREAKING = "breaking"
NARROWING = "narrowing"


# ---------------------------------------------------------------------------------------------- versions
def parse_version(text: str) -> Version:
    match = _VERSION.match(text)
    if match is None:
        raise ValueError(f"version {text!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def format_version(version: Version) -> str:
    return ".".join(str(part) for part in version)


def latest_release(released: Path) -> tuple[Version, Path] | None:
    """The newest ``<version>.yaml`` in ``released`` (files with other names are ignored)."""
    found: list[tuple[Version, Path]] = []
    for path in released.glob("*.yaml"):
        try:
            found.append((parse_version(path.stem), path))
        except ValueError:
            continue
    return max(found) if found else None


# ---------------------------------------------------------------------------------------------- schemas
@dataclass
class FieldShape:
    """What a client can rely on about one field: its JSON types (None: anything), format, enum, presence."""

    types: frozenset[str] | None = frozenset()
    formats: frozenset[str] = frozenset()
    enum: frozenset[str] | None = None
    required: bool = False
    # keyword → bound; a keyword that is absent does not bound the field. None: not known yet (a bare
    # anyOf wrapper, or a null branch, which numeric and length keywords do not constrain).
    bounds: dict[str, float] | None = field(default_factory=dict)

    def merge(self, other: FieldShape) -> None:
        """Union of two descriptions of the same field (``anyOf`` branches, ``allOf`` parts)."""
        if self.types is None or other.types is None:
            self.types = None
        else:
            self.types = self.types | other.types
        self.formats = self.formats | other.formats
        if self.enum is None or other.enum is None:
            self.enum = None
        else:
            self.enum = self.enum | other.enum
        self.required = self.required or other.required
        # Either description may hold: only a bound both share, at its looser value, still holds.
        if self.bounds is None or other.bounds is None:
            self.bounds = other.bounds if self.bounds is None else self.bounds
            return
        theirs = other.bounds
        self.bounds = {
            key: (min if key in LOWER_BOUNDS else max)(value, theirs[key])
            for key, value in self.bounds.items()
            if key in theirs
        }


def _types_of(schema: Mapping[str, Any]) -> frozenset[str] | None:
    declared = schema.get("type")
    if declared is None:
        return None
    names = [declared] if isinstance(declared, str) else list(declared)
    if schema.get("nullable") is True:  # OpenAPI 3.0 spelling
        names.append("null")
    return frozenset(names)


def _enum_of(schema: Mapping[str, Any]) -> frozenset[str] | None:
    if "const" in schema:
        return frozenset({json.dumps(schema["const"], sort_keys=True)})
    if isinstance(schema.get("enum"), list):
        return frozenset(json.dumps(value, sort_keys=True) for value in schema["enum"])
    return None


def _bounds_of(schema: Mapping[str, Any], composed: bool = False) -> dict[str, float] | None:
    if (composed or _types_of(schema) == frozenset({"null"})) and not any(
        key in schema for key in (*LOWER_BOUNDS, *UPPER_BOUNDS)
    ):
        return None
    return {
        key: float(schema[key])
        for key in (*LOWER_BOUNDS, *UPPER_BOUNDS)
        if isinstance(schema.get(key), int | float) and not isinstance(schema.get(key), bool)
    }


def tightened(
    before: Mapping[str, float] | None, after: Mapping[str, float] | None
) -> list[tuple[str, float | None]]:
    """Bounds ``after`` adds or makes stricter than ``before``: ``(keyword, value in before)``."""
    before, after = before or {}, after or {}
    found: list[tuple[str, float | None]] = []
    for key, value in after.items():
        old = before.get(key)
        if old is None or (value > old if key in LOWER_BOUNDS else value < old):
            found.append((key, old))
    return found


def _num(value: float | None) -> str:
    if value is None:
        return "none"
    return str(int(value)) if value == int(value) else str(value)


def resolve(doc: Doc, node: Any) -> tuple[Any, str | None]:
    """Follow ``$ref`` chains (local ones only); returns the target and the last ref followed."""
    ref: str | None = None
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"external $ref {ref!r}: compare bundled documents")
        if ref in seen:
            raise ValueError(f"$ref cycle at {ref!r}")
        seen.add(ref)
        node = doc
        for raw in ref[2:].split("/"):
            node = node[raw.replace("~1", "/").replace("~0", "~")]
    return node, ref


def flatten(doc: Doc, schema: Any, required: bool = True) -> dict[str, FieldShape]:
    """Every field a schema describes, keyed ``a.b[].c`` (``""`` is the body itself, ``{}`` a map value)."""
    fields: dict[str, FieldShape] = {}
    _flatten_into(doc, schema, "", required, fields, ())
    return fields


def _record(fields: dict[str, FieldShape], path: str, shape: FieldShape) -> None:
    if path in fields:
        fields[path].merge(shape)
    else:
        fields[path] = shape


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _flatten_into(
    doc: Doc,
    node: Any,
    path: str,
    required: bool,
    fields: dict[str, FieldShape],
    stack: tuple[str, ...],
) -> None:
    schema, ref = resolve(doc, node)
    if ref is not None and ref in stack:
        # A recursive schema: the field itself counts, its members were described one level up.
        _record(
            fields,
            path,
            FieldShape(
                types=_types_of(schema), enum=_enum_of(schema), required=required, bounds=_bounds_of(schema)
            ),
        )
        return
    if ref is not None:
        stack = (*stack, ref)
    if not isinstance(schema, Mapping):
        _record(fields, path, FieldShape(types=None, required=required))
        return

    branches = [b for key in ("anyOf", "oneOf") for b in schema.get(key, [])]
    parts = list(schema.get("allOf", []))
    fmt = schema.get("format")
    own = FieldShape(
        # No `type`: anything, unless composition below says what it is.
        types=_types_of(schema) if "type" in schema or not (branches or parts) else frozenset(),
        formats=frozenset({fmt}) if isinstance(fmt, str) else frozenset(),
        enum=_enum_of(schema),
        required=required,
        bounds=_bounds_of(schema, composed=bool(branches or parts)),
    )
    _record(fields, path, own)

    for branch in branches:
        # A field inside a branch exists when that branch matches; the branch itself shapes `path`.
        _flatten_into(doc, branch, path, required, fields, stack)
    for part in parts:
        _flatten_into(doc, part, path, required, fields, stack)

    required_names = set(schema.get("required", []))
    for name, child in (schema.get("properties") or {}).items():
        _flatten_into(doc, child, _join(path, name), name in required_names, fields, stack)
    if "items" in schema and isinstance(schema["items"], Mapping):
        _flatten_into(doc, schema["items"], f"{path}[]", True, fields, stack)
    extra = schema.get("additionalProperties")
    if isinstance(extra, Mapping) and extra:
        _flatten_into(doc, extra, f"{path}{{}}", False, fields, stack)


# ---------------------------------------------------------------------------------------------- operations
@dataclass
class Operation:
    key: str  # "POST /api/jobs/feed" with path parameters written {}
    node: Mapping[str, Any]
    parameters: dict[tuple[str, str], Mapping[str, Any]] = field(default_factory=dict)


def operations(doc: Doc) -> dict[str, Operation]:
    found: dict[str, Operation] = {}
    for path, raw_item in (doc.get("paths") or {}).items():
        item, _ = resolve(doc, raw_item)
        shared = [resolve(doc, p)[0] for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            if method not in item:
                continue
            key = f"{method.upper()} {re.sub(r'{[^}]*}', '{}', path)}"
            op = Operation(key=key, node=item[method])
            # Path parameters are positional in the URL: identify them by position, so a rename is no change.
            position = {name: f"#{i + 1}" for i, name in enumerate(re.findall(r"{([^}]*)}", path))}
            for param in [*shared, *(resolve(doc, p)[0] for p in item[method].get("parameters", []))]:
                name = position.get(param["name"], param["name"]) if param["in"] == "path" else param["name"]
                op.parameters[(param["in"], name)] = param
            found[key] = op
    return found


@dataclass(frozen=True)
class Change:
    where: str
    what: str
    kind: str = BREAKING  # or NARROWING (see the module docstring)

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def _subset(narrow: frozenset[str] | None, wide: frozenset[str] | None) -> bool:
    """Every type in ``narrow`` is allowed by ``wide`` (None is "any type"; integer fits number)."""
    if wide is None:
        return True
    if narrow is None:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _enum_subset(narrow: frozenset[str] | None, wide: frozenset[str] | None) -> bool:
    if wide is None:
        return True
    if narrow is None:
        return False
    return narrow <= wide


def _show(types: frozenset[str] | None) -> str:
    return "any" if types is None else "|".join(sorted(types)) or "untyped"


def _label(path: str, root: str = "(body)") -> str:
    return path or root


def compare_request_fields(
    where: str, old: Mapping[str, FieldShape], new: Mapping[str, FieldShape], root: str = "(body)"
) -> Iterator[Change]:
    def _label(path: str) -> str:
        return path or root

    removed: list[str] = []
    for path, before in old.items():
        after = new.get(path)
        if after is None:
            if before.required and not _inside(path, removed):
                yield Change(where, f"required request field {_label(path)} removed")
            removed.append(path)
            continue
        if not _subset(before.types, after.types):
            yield Change(
                where, f"request field {_label(path)} type {_show(before.types)} -> {_show(after.types)}"
            )
        if before.formats != after.formats:
            yield Change(
                where,
                f"request field {_label(path)} format {sorted(before.formats)} -> {sorted(after.formats)}",
            )
        if not _enum_subset(before.enum, after.enum):
            yield Change(where, f"request field {_label(path)} accepts fewer enum values")
        if after.required and not before.required:
            yield Change(where, f"request field {_label(path)} became required")
        for key, was in tightened(before.bounds, after.bounds):
            bound = f"{key} {_num(was)} -> {_num((after.bounds or {})[key])}"
            yield Change(where, f"request field {_label(path)} narrowed: {bound}", NARROWING)
    for path, after in new.items():
        if path not in old and after.required and _parent_exists(path, new, old):
            yield Change(where, f"new required request field {_label(path)}")


def _inside(path: str, ancestors: Iterable[str]) -> bool:
    return any(path.startswith((f"{a}.", f"{a}[]", f"{a}{{}}")) if a else True for a in ancestors)


def _parent_exists(path: str, new: Mapping[str, FieldShape], old: Mapping[str, FieldShape]) -> bool:
    """A new required member matters only if its parent object already existed (or is required)."""
    parent = re.sub(r"(\.[^.\[\]{}]+|\[\]|\{\})$", "", path)
    if parent == path:
        return True
    return parent in old or (parent in new and new[parent].required and _parent_exists(parent, new, old))


def compare_response_fields(
    where: str, old: Mapping[str, FieldShape], new: Mapping[str, FieldShape]
) -> Iterator[Change]:
    removed: list[str] = []
    for path, before in old.items():
        after = new.get(path)
        if after is None:
            if not _inside(path, removed):  # one line for a removed object, not one per member
                yield Change(where, f"response field {_label(path)} removed")
            removed.append(path)
            continue
        if not _subset(after.types, before.types):
            yield Change(
                where, f"response field {_label(path)} type {_show(before.types)} -> {_show(after.types)}"
            )
        if before.formats != after.formats:
            yield Change(
                where,
                f"response field {_label(path)} format {sorted(before.formats)} -> {sorted(after.formats)}",
            )
        if not _enum_subset(after.enum, before.enum):
            yield Change(where, f"response field {_label(path)} may carry new enum values")
        if before.required and not after.required:
            yield Change(where, f"response field {_label(path)} is no longer required")
        # Loosened: the old bounds are tighter than the new ones.
        for key, new_value in tightened(after.bounds, before.bounds):
            bound = f"{key} {_num((before.bounds or {})[key])} -> {_num(new_value)}"
            yield Change(where, f"response field {_label(path)} bound loosened: {bound}")


def _content(doc: Doc, node: Any) -> dict[str, Any]:
    resolved, _ = resolve(doc, node)
    return dict(resolved.get("content") or {}) if isinstance(resolved, Mapping) else {}


def _param_shape(doc: Doc, param: Mapping[str, Any]) -> dict[str, FieldShape]:
    if "schema" in param:
        return flatten(doc, param["schema"], required=bool(param.get("required")))
    # `content:` parameters: one media type holding the schema
    media: Mapping[str, Any] = next(iter((param.get("content") or {}).values()), {})
    return flatten(doc, media.get("schema", {}), required=bool(param.get("required")))


def breaking_changes(old: Doc, new: Doc) -> list[Change]:
    """Every change from ``old`` to ``new`` that breaks an existing client (see the module docstring)."""
    return [change for change in all_changes(old, new) if change.kind == BREAKING]


def narrowing_changes(old: Doc, new: Doc) -> list[Change]:
    """Request bounds ``new`` adds or tightens: not breaking, but they need a new minor version."""
    return [change for change in all_changes(old, new) if change.kind == NARROWING]


def all_changes(old: Doc, new: Doc) -> list[Change]:
    changes: list[Change] = []
    old_ops, new_ops = operations(old), operations(new)
    for key, before in old_ops.items():
        after = new_ops.get(key)
        if after is None:
            changes.append(Change(key, "operation removed"))
            continue
        changes.extend(_compare_operation(old, new, before, after))
    return changes


def _compare_operation(old: Doc, new: Doc, before: Operation, after: Operation) -> Iterable[Change]:
    key = before.key
    # parameters
    for ident, param in before.parameters.items():
        where = f"{key} {ident[0]} parameter {ident[1]}"
        other = after.parameters.get(ident)
        if other is None:
            if param.get("required"):
                yield Change(where, "required parameter removed")
            continue
        yield from compare_request_fields(
            where, _param_shape(old, param), _param_shape(new, other), root="(value)"
        )
    for ident, param in after.parameters.items():
        if ident not in before.parameters and param.get("required"):
            yield Change(f"{key} {ident[0]} parameter {ident[1]}", "new required parameter")
    # request body
    old_body, _ = resolve(old, before.node.get("requestBody", {}))
    new_body, _ = resolve(new, after.node.get("requestBody", {}))
    if not old_body and new_body.get("required"):
        yield Change(f"{key} request body", "new required request body")
    elif new_body.get("required") and not old_body.get("required"):
        yield Change(f"{key} request body", "became required")
    new_media = _content(new, new_body)
    for media, content in _content(old, old_body).items():
        where = f"{key} request {media}"
        if media not in new_media:
            yield Change(where, "media type removed")
            continue
        yield from compare_request_fields(
            where,
            flatten(old, content.get("schema", {})),
            flatten(new, new_media[media].get("schema", {})),
        )
    # responses
    new_responses = after.node.get("responses") or {}
    for status, response in (before.node.get("responses") or {}).items():
        where = f"{key} response {status}"
        if status not in new_responses:
            yield Change(where, "response removed")
            continue
        new_content = _content(new, new_responses[status])
        for media, content in _content(old, response).items():
            if media not in new_content:
                yield Change(f"{where} {media}", "media type removed")
                continue
            yield from compare_response_fields(
                f"{where} {media}",
                flatten(old, content.get("schema", {})),
                flatten(new, new_content[media].get("schema", {})),
            )


# ---------------------------------------------------------------------------------------------- verdict
@dataclass(frozen=True)
class Verdict:
    released: str
    current: str
    changes: tuple[Change, ...]
    problems: tuple[str, ...]  # what makes the check fail
    narrowings: tuple[Change, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def judge(old: Doc, new: Doc) -> Verdict:
    """Breaking changes are allowed only with a higher major version, narrowings only with a higher minor
    (or major) version; a version never goes backwards."""
    old_version = parse_version(str(old["info"]["version"]))
    new_version = parse_version(str(new["info"]["version"]))
    found = all_changes(old, new)
    changes = tuple(change for change in found if change.kind == BREAKING)
    narrowings = tuple(change for change in found if change.kind == NARROWING)
    problems: list[str] = []
    if new_version < old_version:
        problems.append(
            f"info.version {format_version(new_version)} is older than the released {format_version(old_version)}"
        )
    if changes and new_version[0] <= old_version[0]:
        problems.append(
            f"{len(changes)} breaking change(s) against released {format_version(old_version)} "
            f"without a major version bump (info.version is {format_version(new_version)}):"
        )
        problems.extend(f"  {change}" for change in changes[:SHOWN])
        if len(changes) > SHOWN:
            problems.append(f"  ... and {len(changes) - SHOWN} more")
    if narrowings and new_version[:2] <= old_version[:2]:
        problems.append(
            f"{len(narrowings)} narrowed request bound(s) against released {format_version(old_version)} "
            f"without a minor version bump (info.version is {format_version(new_version)}):"
        )
        problems.extend(f"  {change}" for change in narrowings[:SHOWN])
        if len(narrowings) > SHOWN:
            problems.append(f"  ... and {len(narrowings) - SHOWN} more")
    return Verdict(
        format_version(old_version), format_version(new_version), changes, tuple(problems), narrowings
    )


def load(path: Path) -> dict[str, Any]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict):
        raise ValueError(f"{path} is not an OpenAPI document")
    return doc


def snapshot(spec: Path, released: Path) -> Path:
    """Record ``spec`` as released under its own ``info.version``; refuses to rewrite a different snapshot."""
    doc = load(spec)
    version = format_version(parse_version(str(doc["info"]["version"])))
    target = released / f"{version}.yaml"
    if target.exists() and target.read_bytes() != spec.read_bytes():
        raise FileExistsError(f"{target} exists and differs: bump info.version before releasing")
    released.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(spec, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--released", type=Path, default=RELEASED)
    parser.add_argument("--snapshot", action="store_true", help="record the spec as released, then exit")
    args = parser.parse_args(argv)
    if args.snapshot:
        print(f"wrote {snapshot(args.spec, args.released)}")
        return 0
    latest = latest_release(args.released)
    if latest is None:
        print(f"no released spec in {args.released}", file=sys.stderr)
        return 1
    verdict = judge(load(latest[1]), load(args.spec))
    for line in verdict.problems:
        print(line, file=sys.stderr)
    if verdict.ok:
        notes = []
        if verdict.changes:
            notes.append(f"{len(verdict.changes)} breaking change(s), allowed by the major bump")
        if verdict.narrowings:
            notes.append(f"{len(verdict.narrowings)} narrowed request bound(s), allowed by the version bump")
        note = f" ({'; '.join(notes)})" if notes else ""
        print(f"spec {verdict.current} is compatible with released {verdict.released}{note}")
    return 0 if verdict.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
