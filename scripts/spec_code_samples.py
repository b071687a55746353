"""``x-codeSamples`` for every operation of the published spec: Python (the ``jobo_ext`` facade) and curl.

:func:`add_code_samples` is called by ``scripts/publish_spec.py`` on the bundled document; Redoc shows the
samples beside each operation. Each language has ONE template below; what varies per operation (the
facade method, path and query parameters, the body) comes from the spec itself — its examples — and from
the facade, whose methods carry ``__jobo_operation__`` (the generated module they call). Nothing is
hand-copied, so a renamed method or a new operation shows up here (or fails here) at once.

tests/test_spec_code_samples.py runs every Python sample against the bundled mock and checks every curl
sample's method, path, headers and body against its operation.
"""

from __future__ import annotations

import inspect
import json
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

HTTP_METHODS = ("get", "put", "post", "delete", "patch")

# Which optional query parameters a sample shows (required ones always appear): enough to be useful,
# few enough to return something.
SAMPLE_QUERY: dict[str, tuple[str, ...]] = {
    "searchJobs": ("q", "location", "page_size"),
    "getCompanyJobs": ("page_size",),
    "getExpiredJobIds": ("batch_size",),
    "getConnectorFilterOptions": ("q", "limit"),
    "suggestLocations": ("q", "limit"),
}

PYTHON_TEMPLATE = """\
from jobo_ext import JoboClient
{imports}
{setup}with JoboClient() as client:  # the API key comes from the JOBO_API_KEY environment variable
    result = client.{call}({arguments})
print(result)
"""

CURL_TEMPLATE = "curl -X {method} {url}{headers}{body}"


@dataclass(frozen=True)
class Facade:
    """The facade method that calls one operation: its attribute path on a client, and the method."""

    path: str  # e.g. "jobs.search" or "auto_apply.profiles.get"
    method: Any


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def iter_operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method]


def facade_methods() -> dict[str, Facade]:
    """Generated module name (snake operationId) → the facade method that calls it.

    Per resource, the first method in definition order that is not an ``iter_*`` helper: the one-call
    method (``jobs.search``, not ``jobs.iter_search``).
    """
    from jobo_ext import JoboClient

    found: dict[str, Facade] = {}
    client = JoboClient(api_key="sample", base_url="http://127.0.0.1:9")
    try:
        for prefix, resource in _resources(client, ""):
            for name, member in type(resource).__dict__.items():
                module = getattr(member, "__jobo_operation__", None)
                if module is None or name.startswith(("iter_", "_")):
                    continue
                found.setdefault(module.__name__.rsplit(".", 1)[-1], Facade(f"{prefix}{name}", member))
    finally:
        client.close()
    return found


def _resources(owner: Any, prefix: str) -> Iterator[tuple[str, Any]]:
    for name, value in vars(owner).items():
        if name.startswith("_") or isinstance(value, str | int | float | bool) or value is None:
            continue
        module = type(value).__module__
        if module.startswith("jobo_ext.resources"):
            yield f"{prefix}{name}.", value
            yield from _resources(value, f"{prefix}{name}.")


# --- what a sample sends ----------------------------------------------------------------------------------


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@dataclass(frozen=True)
class Call:
    """One operation called with its examples: what both samples send."""

    operation_id: str
    method: str
    path: str  # with the path parameters filled in
    path_args: tuple[Any, ...]  # their example values, in path order
    query: dict[str, Any]
    media_type: str | None
    body: Any
    body_schema: str | None
    secured: bool


def example_call(doc: dict[str, Any], method: str, path: str, op: dict[str, Any]) -> Call:
    params = [_resolve(doc, p) for p in op.get("parameters", [])]
    filled = path
    by_name = {p["name"]: p for p in params if p["in"] == "path"}
    path_args = tuple(by_name[name]["example"] for name in re.findall(r"{([^}]*)}", path))
    query: dict[str, Any] = {}
    shown = SAMPLE_QUERY.get(op["operationId"], ())
    for param in params:
        if param["in"] == "path":
            filled = filled.replace("{" + param["name"] + "}", str(param["example"]))
        elif param["in"] == "query" and (param.get("required") or param["name"] in shown):
            query[param["name"]] = param["example"]
    media_type = body = body_schema = None
    if "requestBody" in op:
        media_type, media = next(iter(_resolve(doc, op["requestBody"])["content"].items()))
        first = next(iter(media["examples"].values()))
        body = _resolve(doc, first)["value"]
        ref = media["schema"].get("$ref", "")
        body_schema = ref.rsplit("/", 1)[-1] or None
    secured = op.get("security", doc.get("security")) != []
    return Call(
        op["operationId"], method.upper(), filled, path_args, query, media_type, body, body_schema, secured
    )


# --- rendering ---------------------------------------------------------------------------------------------


def py_literal(value: Any, level: int = 0, width: int = 100) -> str:
    """A Python literal laid out like formatted code: inline when it fits, else one item per line."""
    inline = repr(value)
    if len(inline) + 4 * level <= width or not isinstance(value, dict | list) or not value:
        return inline
    pad = " " * 4 * (level + 1)
    if isinstance(value, dict):
        items = [f"{pad}{key!r}: {py_literal(item, level + 1, width)}," for key, item in value.items()]
        return "{\n" + "\n".join(items) + "\n" + " " * 4 * level + "}"
    items = [f"{pad}{py_literal(item, level + 1, width)}," for item in value]
    return "[\n" + "\n".join(items) + "\n" + " " * 4 * level + "]"


def python_sample(call: Call, facade: Facade) -> str:
    signature = inspect.signature(facade.method)
    names = [n for n in signature.parameters if n != "self"]
    arguments: list[str] = []
    imports = setup = ""
    arguments += [repr(v) for v in call.path_args]
    for name, value in call.query.items():
        if name not in names:
            raise ValueError(f"{facade.path}() has no parameter {name!r} for {call.operation_id}")
        arguments.append(f"{name}={value!r}")
    if call.body is not None:
        if "body" in names and call.body_schema:
            imports = f"from jobo_client.models import {call.body_schema}\n"
            setup = f"request = {py_literal(call.body)}\n"
            arguments.append(f"body={call.body_schema}.from_dict(request)")
        elif call.media_type and call.media_type.startswith("multipart/"):
            arguments.append(repr(call.body["file"]))
        else:
            for name, value in call.body.items():
                if name not in names:
                    raise ValueError(f"{facade.path}() has no parameter {name!r} for {call.operation_id}")
                setup += f"{name} = {py_literal(value)}\n"
                arguments.append(f"{name}={name}")
    joined = ", ".join(arguments)
    if len(joined) > 60:
        joined = "\n        " + ",\n        ".join(arguments) + ",\n    "
    return PYTHON_TEMPLATE.format(imports=imports, setup=setup, call=facade.path, arguments=joined)


def curl_sample(call: Call, server: str) -> str:
    url = server.rstrip("/") + call.path + (f"?{urlencode(call.query)}" if call.query else "")
    headers = ' \\\n  -H "X-Api-Key: $JOBO_API_KEY"' if call.secured else ""
    body = ""
    if call.media_type == "application/json":
        headers += ' \\\n  -H "Content-Type: application/json"'
        body = " \\\n  --data " + shlex.quote(json.dumps(call.body, ensure_ascii=False))
    elif call.media_type and call.media_type.startswith("multipart/"):
        body = " \\\n  " + " ".join(f"-F {shlex.quote(f'{k}=@{v}')}" for k, v in call.body.items())
    return CURL_TEMPLATE.format(method=call.method, url=shlex.quote(url), headers=headers, body=body)


def add_code_samples(doc: dict[str, Any]) -> int:
    """Set ``x-codeSamples`` on every operation of ``doc`` (in place); returns how many samples."""
    facades = facade_methods()
    server = doc["servers"][0]["url"]
    count = 0
    for method, path, op in iter_operations(doc):
        facade = facades.get(snake(op["operationId"]))
        if facade is None:
            raise ValueError(f"no facade method calls {op['operationId']}")
        call = example_call(doc, method, path, op)
        op["x-codeSamples"] = [
            {"lang": "Python", "label": "Python (jobo_ext)", "source": python_sample(call, facade)},
            {"lang": "Shell", "label": "curl", "source": curl_sample(call, server)},
        ]
        count += 2
    return count
