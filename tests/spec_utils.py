"""Shared helpers for tests that read the OpenAPI spec: loading it and validating data against its schemas."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "jobo.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SPEC_URI = "urn:jobo:openapi"


@functools.cache
def load_spec() -> dict[str, Any]:
    """The spec as a plain dict (cached: treat it as read-only)."""
    with SPEC_PATH.open(encoding="utf-8") as fh:
        spec: dict[str, Any] = yaml.safe_load(fh)
    return spec


def resolve(node: Any, doc: dict[str, Any] | None = None) -> Any:
    r"""``node`` with local ``$ref``\ s followed (in ``doc``, by default ``openapi/jobo.yaml``)."""
    root: dict[str, Any] = load_spec() if doc is None else doc
    while isinstance(node, dict) and "$ref" in node:
        target: Any = root
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def iter_operations(spec: dict[str, Any] | None = None) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(METHOD, path, operation)`` for every operation of the spec."""
    spec = spec if spec is not None else load_spec()
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method]


@functools.cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(load_spec(), default_specification=_draft())
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return registry


def _draft() -> Any:
    from referencing.jsonschema import DRAFT202012

    return DRAFT202012


def validator_for(schema: dict[str, Any]) -> Draft202012Validator:
    """A Draft 2020-12 validator for ``schema`` whose ``#/components/...`` refs resolve inside the spec."""
    rooted = {"$id": SPEC_URI + "#tmp", **schema} if "$ref" not in schema else schema
    return Draft202012Validator(
        _rebase(rooted),
        registry=_registry(),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def _rebase(schema: Any) -> Any:
    """Rewrite local refs (``#/components/...``) to point into the registered spec document."""
    if isinstance(schema, dict):
        out = {}
        for key, value in schema.items():
            if key == "$ref" and isinstance(value, str) and value.startswith("#/"):
                out[key] = SPEC_URI + value
            elif key == "$id":
                continue
            else:
                out[key] = _rebase(value)
        return out
    if isinstance(schema, list):
        return [_rebase(item) for item in schema]
    return schema


def component_validator(name: str) -> Draft202012Validator:
    """Validator for ``#/components/schemas/<name>``."""
    if name not in load_spec()["components"]["schemas"]:
        raise KeyError(f"no schema named {name!r} in the spec")
    return validator_for({"$ref": f"#/components/schemas/{name}"})


def load_fixture(name: str) -> Any:
    """Parse ``tests/fixtures/<name>`` as JSON."""
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))
