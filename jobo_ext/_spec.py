"""The per-operation facts of the spec, read from the generated ``jobo_client._operations``.

``make generate`` writes that module from ``openapi/jobo.yaml`` (``x-jobo-*`` extensions, ``security``,
parameter and request-body schemas); this module only gives the plain data types, so that
:mod:`jobo_ext.operations` (retries, timeouts, public routes) and :mod:`jobo_ext.validation` (checks on
caller values) never keep a copy of their own. An operation added to the spec is covered by both
without an edit here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs
from jobo_client._operations import OPERATIONS as _GENERATED

__all__ = ["OPERATIONS", "BodyFacts", "OperationFacts", "ValueFacts", "load_facts"]


@attrs.frozen
class ValueFacts:
    """What the spec says one parameter, body field or list item must be."""

    types: tuple[str, ...] = ()
    """JSON types allowed (``"null"`` among them when nullable); empty when the spec leaves it open."""
    format: str | None = None
    enum: tuple[str, ...] = ()
    """The closed vocabulary, in the spec's order and spelling; empty for an open value."""
    minimum: int | float | None = None
    maximum: int | float | None = None
    model: str | None = None
    """Name of the generated model class an object must be."""
    items: ValueFacts | None = None
    """The facts of each item, for arrays and comma-separated lists."""
    comma_separated: bool = False
    """A list sent as one comma-separated query string (``x-jobo-comma-separated``)."""
    location: str = "body"
    """``query``, ``path`` or ``body``."""
    attribute: str | None = None
    """For a body field: its attribute name on the generated model."""


@attrs.frozen
class BodyFacts:
    """The JSON request body: its generated model class and its fields by spec name."""

    model: str
    properties: Mapping[str, ValueFacts]


@attrs.frozen
class OperationFacts:
    """Everything the policy layer reads about one operation."""

    operation_id: str
    method: str
    path: str
    idempotent: bool
    read_timeout: float | None
    public: bool
    pagination: str
    parameters: Mapping[str, ValueFacts]
    body: BodyFacts | None


def _value(raw: Mapping[str, Any], location: str = "body") -> ValueFacts:
    items = raw.get("items")
    return ValueFacts(
        types=tuple(raw.get("types", ())),
        format=raw.get("format"),
        enum=tuple(raw.get("enum", ())),
        minimum=raw.get("minimum"),
        maximum=raw.get("maximum"),
        model=raw.get("model"),
        items=None if items is None else _value(items),
        comma_separated=bool(raw.get("comma_separated", False)),
        location=raw.get("in", location),
        attribute=raw.get("attribute"),
    )


def load_facts(data: Mapping[str, Mapping[str, Any]]) -> dict[str, OperationFacts]:
    """Typed facts from the data of a generated ``_operations`` module (by operationId, spec order)."""
    facts: dict[str, OperationFacts] = {}
    for operation_id, raw in data.items():
        body = raw.get("body")
        facts[operation_id] = OperationFacts(
            operation_id=operation_id,
            method=raw["method"],
            path=raw["path"],
            idempotent=raw["idempotent"],
            read_timeout=raw["read_timeout"],
            public=raw["public"],
            pagination=raw["pagination"],
            parameters={name: _value(p) for name, p in raw["parameters"].items()},
            body=None
            if body is None
            else BodyFacts(body["model"], {name: _value(p) for name, p in body["properties"].items()}),
        )
    return facts


OPERATIONS: dict[str, OperationFacts] = load_facts(_GENERATED)
"""The facts of every operation of the committed spec, by operationId: the one table both modules read."""
