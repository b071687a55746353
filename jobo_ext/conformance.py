"""Check the live Jobo API against the spec this package was built from.

``python -m jobo_ext.conformance`` (needs the ``conformance`` extra, which brings ``jsonschema``)
makes a small, fixed set of read-only calls with the key in ``JOBO_API_KEY``, validates every response
body and the documented headers against the spec's schemas, and reports each difference — a member the
spec does not describe, a required member that is missing, a wrong type, an enum value the spec does not
list, an undocumented status or header — as a table (or JSON with ``--json``). Exit status: 0 conformant,
1 drift found, 2 the check could not run or not completely (no key, no network, missing extra, a call
answered with an error such as 401 — then only its error body was checked).

It says how many credits it may spend before sending anything and never goes beyond ``--max-credits``;
it writes no file, and the key appears in no output.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.resources
import json
import math
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TextIO

import attrs
import httpx

from jobo_ext._config import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL
from jobo_ext._install import install_hint

__all__ = [
    "CALLS",
    "CONSTRAINT",
    "EXTRA_MEMBER",
    "GENERIC_HEADERS",
    "MISSING_MEMBER",
    "NOT_JSON",
    "UNDOCUMENTED_HEADER",
    "UNDOCUMENTED_STATUS",
    "UNKNOWN_ENUM",
    "VOCABULARIES",
    "WRONG_TYPE",
    "Call",
    "Difference",
    "Report",
    "compare",
    "load_spec",
    "main",
    "render_table",
    "run",
]

# Kinds of difference, as reported.
EXTRA_MEMBER = "extra member"
MISSING_MEMBER = "missing member"
WRONG_TYPE = "wrong type"
UNKNOWN_ENUM = "unknown enum value"
UNDOCUMENTED_STATUS = "undocumented status"
UNDOCUMENTED_HEADER = "undocumented header"
CONSTRAINT = "constraint"
NOT_JSON = "not JSON"

# Response headers that belong to the transport or the platform, not to the API's contract.
GENERIC_HEADERS = frozenset(
    {
        "content-type",
        "content-length",
        "content-encoding",
        "transfer-encoding",
        "connection",
        "date",
        "server",
        "vary",
        "etag",
        "cache-control",
        "keep-alive",
        "strict-transport-security",
        "alt-svc",
        "via",
        "x-request-id",
        "x-powered-by",
        "cf-ray",
        "cf-cache-status",
        "nel",
        "report-to",
        "access-control-allow-origin",
        "access-control-allow-credentials",
        "access-control-expose-headers",
    }
)

# Lists in responses whose values are the spec's request vocabularies: a value the matching request enum
# does not list would be refused if a client sent it back.
VOCABULARIES: dict[tuple[str, str], str] = {
    ("getConnectorFilters", "enums.work_models"): "WorkModel",
    ("getConnectorFilters", "enums.employment_types"): "EmploymentType",
    ("getConnectorFilters", "enums.experience_levels"): "ExperienceLevel",
}


@attrs.frozen(slots=False)
class Call:
    """One read-only call of the check. ``max_credits``: the most it can cost under any published pricing."""

    operation_id: str
    method: str
    path: str
    params: Mapping[str, Any] = attrs.field(factory=dict)
    body: Mapping[str, Any] | None = None
    max_credits: int = 0
    public: bool = False  # sent without the key: the endpoint is documented as public
    # Fill path parameters from earlier answers: name -> (operation_id, function of its body).
    needs: Mapping[str, tuple[str, Callable[[Any], Any]]] = attrs.field(factory=dict)


def _first_company_id(body: Any) -> Any:
    return body["jobs"][0]["company"]["id"]


# The fixed set, in order. Costs: search 10 credits per request in the older pricing, 1 per job in the
# newer; the feed 0.5 per job rounded up; geocoding 1 flat; the rest free.
CALLS: tuple[Call, ...] = (
    Call("getConnectorFilters", "GET", "/api/connectors/filters"),
    Call("searchJobs", "GET", "/api/jobs", {"q": "software engineer", "page_size": 1}, max_credits=10),
    Call(
        "getCompany",
        "GET",
        "/api/companies/{id}",
        public=True,
        needs={"id": ("searchJobs", _first_company_id)},
    ),
    Call("getJobFeed", "POST", "/api/jobs/feed", body={"batch_size": 1}, max_credits=1),
    Call("getExpiredJobIds", "GET", "/api/jobs/expired", {"batch_size": 1}),
    Call(
        "geocodeLocation", "GET", "/api/locations/geocode", {"location": "San Francisco, CA"}, max_credits=1
    ),
)


@attrs.frozen(slots=False)
class Difference:
    operation: str
    location: str  # "$.jobs[0].company.name", "header X-Foo", "status"
    kind: str
    detail: str


@attrs.define(slots=False)
class Report:
    base_url: str
    spec_version: str
    credits_planned: int
    max_credits: int
    credits_spent: int = 0
    calls: list[dict[str, Any]] = attrs.field(factory=list)
    skipped: list[dict[str, str]] = attrs.field(factory=list)
    differences: list[Difference] = attrs.field(factory=list)

    @property
    def conformant(self) -> bool:
        return not self.differences

    @property
    def failed_calls(self) -> list[dict[str, Any]]:
        """Calls answered with an error: their bodies were checked, but what they should return was not."""
        return [call for call in self.calls if not 200 <= call["status"] < 300]

    def to_json(self) -> dict[str, Any]:
        data = attrs.asdict(self)
        data["conformant"] = self.conformant
        return data


# --- the spec -----------------------------------------------------------------------------------------------


def load_spec() -> dict[str, Any]:
    """The spec shipped inside the package (written by ``make generate``)."""
    text = importlib.resources.files("jobo_ext").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _operation(spec: Mapping[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise KeyError(operation_id)


class _Validator:
    """JSON Schema 2020-12 validation of bodies against the spec's schemas, with refs resolved in the spec."""

    def __init__(self, spec: dict[str, Any]) -> None:
        try:
            from jsonschema import Draft202012Validator
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT202012
        except ImportError as exc:  # the extra is missing
            raise SystemExit(
                f"the conformance check needs the `conformance` extra: {install_hint('conformance')}"
            ) from exc
        self._spec = spec
        self._cls = Draft202012Validator
        resource = Resource.from_contents(spec, default_specification=DRAFT202012)
        self._registry = Registry().with_resource("urn:jobo:spec", resource)

    def errors(self, schema: Mapping[str, Any], instance: Any) -> Iterator[Any]:
        rooted = _rebase(schema)
        validator = self._cls(rooted, registry=self._registry)
        yield from validator.iter_errors(instance)


def _rebase(node: Any) -> Any:
    if isinstance(node, Mapping):
        return {
            k: (
                "urn:jobo:spec" + v
                if k == "$ref" and isinstance(v, str) and v.startswith("#")
                else _rebase(v)
            )
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


# --- comparing one response ------------------------------------------------------------------------------


def _pointer(parts: Sequence[Any]) -> str:
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _leaf_errors(error: Any) -> Iterator[Any]:
    """The errors that say what is wrong: for ``anyOf``/``oneOf``, those of the branch closest to fitting."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        branches: dict[Any, list[Any]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        # A null branch always fails with one type error on a non-null value: prefer the other branch.
        best = min(branches.values(), key=lambda errs: (all(e.validator == "type" for e in errs), len(errs)))
        for sub in best:
            yield from _leaf_errors(sub)
        return
    yield error


def _schema_differences(
    operation: str, validator: _Validator, schema: Mapping[str, Any], body: Any
) -> Iterator[Difference]:
    for error in validator.errors(schema, body):
        for leaf in _leaf_errors(error):
            where = _pointer(list(leaf.absolute_path))
            if leaf.validator == "required":
                name = leaf.message.split("'")[1] if "'" in leaf.message else leaf.message
                yield Difference(operation, f"{where}.{name}", MISSING_MEMBER, "required by the spec, absent")
            elif leaf.validator == "type":
                yield Difference(
                    operation,
                    where,
                    WRONG_TYPE,
                    f"{_json_type(leaf.instance)} {_short(leaf.instance)}; spec: {leaf.validator_value}",
                )
            elif leaf.validator in ("enum", "const"):
                yield Difference(
                    operation, where, UNKNOWN_ENUM, f"{_short(leaf.instance)} not in the spec's list"
                )
            else:
                yield Difference(operation, where, CONSTRAINT, f"{leaf.validator}: {leaf.message}")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _extra_members(
    operation: str, spec: Mapping[str, Any], schema: Any, body: Any, path: list[Any]
) -> Iterator[Difference]:
    """Members the spec does not describe. The schemas allow unknown members (so the validator accepts
    them), but a member the spec does not name is exactly what other-language clients silently drop."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, Mapping):
        return
    for key in ("anyOf", "oneOf"):
        if key in schema:
            branch = _matching_branch(spec, schema[key], body)
            if branch is not None:
                yield from _extra_members(operation, spec, branch, body, path)
            return
    if isinstance(body, dict):
        props = schema.get("properties", {})
        extra_schema = schema.get("additionalProperties")
        for name, value in body.items():
            if name in props:
                yield from _extra_members(operation, spec, props[name], value, [*path, name])
            elif isinstance(extra_schema, Mapping) and extra_schema:
                yield from _extra_members(operation, spec, extra_schema, value, [*path, name])
            elif props:
                yield Difference(operation, _pointer([*path, name]), EXTRA_MEMBER, f"{_short(value)}")
    elif isinstance(body, list) and isinstance(schema.get("items"), Mapping):
        for index, item in enumerate(body):
            yield from _extra_members(operation, spec, schema["items"], item, [*path, index])


def _matching_branch(spec: Mapping[str, Any], branches: Sequence[Any], body: Any) -> Any:
    kind = _json_type(body)
    for branch in branches:
        resolved = _resolve(spec, branch)
        declared = resolved.get("type") if isinstance(resolved, Mapping) else None
        types = declared if isinstance(declared, list) else [declared]
        if (
            kind in types
            or (kind == "integer" and "number" in types)
            or (declared is None and kind != "null")
        ):
            return branch
    return None


def _vocabulary_differences(operation: str, spec: Mapping[str, Any], body: Any) -> Iterator[Difference]:
    for (op_id, dotted), enum_schema in VOCABULARIES.items():
        if op_id != operation:
            continue
        value: Any = body
        for part in dotted.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        allowed = spec["components"]["schemas"][enum_schema]["enum"]
        for index, item in enumerate(value if isinstance(value, list) else []):
            if item not in allowed:
                yield Difference(
                    operation,
                    f"$.{dotted}[{index}]",
                    UNKNOWN_ENUM,
                    f"{_short(item)} not in {enum_schema} {allowed}",
                )


def _header_differences(
    operation: str,
    spec: Mapping[str, Any],
    validator: _Validator,
    declared: Mapping[str, Any],
    headers: httpx.Headers,
) -> Iterator[Difference]:
    # A header the spec defines for other responses (components/headers) is documented too: the API may
    # send e.g. X-Credits-Deducted: 0 on a free call. Its value must still fit the definition.
    shared = spec.get("components", {}).get("headers", {})
    known = {name.lower(): _resolve(spec, header) for name, header in {**shared, **declared}.items()}
    for raw_name, raw_value in headers.raw:  # the names as sent, for the report
        name, value = raw_name.decode("latin-1"), raw_value.decode("latin-1")
        lower = name.lower()
        if lower in known:
            schema = known[lower].get("schema", {})
            typed = _header_value(value, schema)
            for error in validator.errors(schema, typed):
                kind = WRONG_TYPE if error.validator == "type" else CONSTRAINT
                yield Difference(operation, f"header {name}", kind, f"{value!r}: {error.message}")
        elif lower not in GENERIC_HEADERS:
            yield Difference(operation, f"header {name}", UNDOCUMENTED_HEADER, f"{value!r}")


def _header_value(value: str, schema: Mapping[str, Any]) -> Any:
    """A header's text as the JSON value its schema describes (so ``"12"`` checks as an integer)."""
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        return value
    if kind == "boolean" and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def compare(
    operation_id: str, spec: dict[str, Any], validator: _Validator, response: httpx.Response
) -> list[Difference]:
    """Every difference between one response and what the spec declares for it."""
    op = _operation(spec, operation_id)
    declared = op.get("responses", {}).get(str(response.status_code))
    if declared is None:
        return [
            Difference(operation_id, "status", UNDOCUMENTED_STATUS, f"{response.status_code} is not declared")
        ]
    declared = _resolve(spec, declared)
    found = list(
        _header_differences(operation_id, spec, validator, declared.get("headers", {}), response.headers)
    )
    content = declared.get("content", {})
    media_type = response.headers.get("content-type", "").split(";")[0].strip()
    if not content:
        return found
    if media_type not in content:
        return [
            *found,
            Difference(operation_id, "content-type", CONSTRAINT, f"{media_type!r}; spec: {sorted(content)}"),
        ]
    try:
        body = response.json()
    except ValueError:
        return [*found, Difference(operation_id, "$", NOT_JSON, response.text[:60])]
    schema = content[media_type].get("schema", {})
    found += _schema_differences(operation_id, validator, schema, body)
    found += _extra_members(operation_id, spec, schema, body, [])
    found += _vocabulary_differences(operation_id, spec, body)
    return found


# --- running the calls -------------------------------------------------------------------------------------


def run(
    api_key: str,
    *,
    base_url: str = DEFAULT_BASE_URL,
    max_credits: int = 12,
    transport: httpx.BaseTransport | None = None,
    out: TextIO | None = None,
    timeout: float = 60.0,
) -> Report:
    """Make the calls in :data:`CALLS` and compare each answer with the spec.

    ``out`` gets the plan before anything is sent; ``transport`` lets tests put a mock (or drift) in between.
    """
    spec = load_spec()
    validator = _Validator(spec)
    planned = sum(call.max_credits for call in CALLS)
    report = Report(base_url, str(spec["info"]["version"]), planned, max_credits)
    if out is not None:
        print(
            f"Conformance check of {base_url} against spec {report.spec_version}: {len(CALLS)} read-only calls, "
            f"at most {planned} credits (limit --max-credits {max_credits}).",
            file=out,
        )
    bodies: dict[str, Any] = {}
    with httpx.Client(base_url=base_url, transport=transport, timeout=timeout) as http:
        for call in CALLS:
            if report.credits_spent + call.max_credits > max_credits:
                report.skipped.append(
                    {"operation": call.operation_id, "reason": "would exceed --max-credits"}
                )
                continue
            path = call.path
            missing = sorted({source for source, _ in call.needs.values() if source not in bodies})
            if missing:
                reason = f"needs an answer of {', '.join(missing)}, which was not sent or failed"
                report.skipped.append({"operation": call.operation_id, "reason": reason})
                continue
            for name, (source, pick) in call.needs.items():
                try:
                    value = pick(bodies[source])
                except (KeyError, IndexError, TypeError):
                    report.skipped.append(
                        {"operation": call.operation_id, "reason": f"no {name} in {source}"}
                    )
                    break
                path = path.replace("{" + name + "}", str(value))
            else:
                headers = {} if call.public else {"X-Api-Key": api_key}
                response = http.request(
                    call.method, path, params=call.params, json=call.body, headers=headers
                )
                report.credits_spent += _charged(response, call)
                report.calls.append(
                    {
                        "operation": call.operation_id,
                        "method": call.method,
                        "path": path,
                        "status": response.status_code,
                    }
                )
                report.differences += compare(call.operation_id, spec, validator, response)
                if response.is_success:
                    with contextlib.suppress(ValueError):
                        bodies[call.operation_id] = response.json()
    return report


def _charged(response: httpx.Response, call: Call) -> int:
    """Credits the call cost: the API's own count when it sends one, else the most it could have cost."""
    if not response.is_success:
        return 0  # failed requests are never charged
    try:
        return math.ceil(float(response.headers["X-Credits-Deducted"]))
    except (KeyError, ValueError):
        return call.max_credits


# --- output ----------------------------------------------------------------------------------------------------


def render_table(report: Report) -> str:
    lines = [f"Calls ({report.credits_spent} credits spent):"]
    lines += [f"  {c['method']:4} {c['path']}  -> {c['status']}" for c in report.calls]
    lines += [f"  skipped {s['operation']}: {s['reason']}" for s in report.skipped]
    if report.conformant and report.failed_calls:
        failed = ", ".join(f"{c['operation']} ({c['status']})" for c in report.failed_calls)
        lines.append(f"Incomplete: {failed} answered with an error; check the key and the plan, then retry.")
        return "\n".join(lines) + "\n"
    if report.conformant:
        lines.append(f"Conformant: every response matches spec {report.spec_version}.")
        return "\n".join(lines) + "\n"
    rows = [("operation", "where", "kind", "detail")]
    rows += [(d.operation, d.location, d.kind, d.detail) for d in report.differences]
    widths = [min(max(len(row[i]) for row in rows), 48) for i in range(3)]
    lines.append(f"{len(report.differences)} difference(s) from spec {report.spec_version}:")
    for row in rows:
        lines.append(
            "  "
            + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
            + "  "
            + row[3]
        )
    lines.append(
        "Please send this report (or the --json output) to support@jobo.world and to the jobo-ext issue tracker."
    )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None, *, transport: httpx.BaseTransport | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m jobo_ext.conformance",
        description="Check the live Jobo API against the spec of this package (read-only, a few credits).",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--max-credits", type=int, default=12, help="never spend more than this (default 12)")
    parser.add_argument(
        "--base-url", default=None, help=f"API root (default: ${BASE_URL_ENV} or {DEFAULT_BASE_URL})"
    )
    args = parser.parse_args(argv)
    api_key = (os.environ.get(API_KEY_ENV) or "").strip()
    if not api_key:
        print(f"set {API_KEY_ENV} to your API key (it is read from the environment only)", file=sys.stderr)
        return 2
    base_url = args.base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    try:
        report = run(
            api_key,
            base_url=base_url,
            max_credits=args.max_credits,
            transport=transport,
            out=sys.stderr if args.json else sys.stdout,
        )
    except httpx.HTTPError as exc:
        print(f"the check could not reach {base_url}: {type(exc).__name__}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        print(render_table(report), end="")
    if not report.conformant:
        return 1
    return 2 if report.failed_calls else 0


if __name__ == "__main__":
    sys.exit(main())
