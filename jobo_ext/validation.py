"""Checks on caller input, run before a request is sent, so no credits go on a request the API refuses
or silently answers with nothing.

:func:`check_request` (query and path parameters) and :func:`check_body` (a JSON request body) read what
each value must be from the spec (the generated facts of :mod:`jobo_ext._spec`), never from a list kept
here:

- a value of the wrong type raises :class:`TypeError` naming the parameter and the type expected;
- a number outside the spec's ``minimum``/``maximum`` raises :class:`ValueError`;
- a value outside a closed vocabulary (an ``enum``, e.g. work models or facet names) raises
  :class:`ValueError` naming the nearest valid value. Matching ignores case and the spec's spelling is
  sent (``"Remote"`` goes out as ``remote``, the spelling the API filters on). With ``strict=False``
  (``JoboClient(strict_values=False)``) an unknown value is sent as given, for when the API accepts a
  value before the spec lists it.
"""

from __future__ import annotations

import copy
import datetime
import functools
import re
import reprlib
import uuid
from collections.abc import Mapping, Sequence, Set
from typing import Any, TypeVar

import jobo_client.models
from jobo_client.types import UNSET, Unset

from jobo_ext import _spec
from jobo_ext._spec import OperationFacts, ValueFacts

__all__ = [
    "BOUNDS",
    "Bounds",
    "bounds_of",
    "check_body",
    "check_bounds",
    "check_non_empty",
    "check_request",
    "check_uuid",
]

_T = TypeVar("_T")

_STRING = ValueFacts(types=("string",))
_FORMATS: dict[str, tuple[tuple[type, ...], str]] = {
    "date-time": ((datetime.datetime,), "datetime.datetime"),
    "date": ((datetime.date,), "datetime.date"),
    "uuid": ((uuid.UUID, str), "UUID or str"),
}
_SHORT = reprlib.Repr()
_SHORT.maxstring = 60
_SHORT.maxother = 60


Bounds = dict[str, dict[str, tuple[float | None, float | None]]]


def bounds_of(facts: Mapping[str, OperationFacts]) -> Bounds:
    """operationId → parameter or body field → (``minimum``, ``maximum``), ``None`` where the spec sets
    none; only operations and fields with a bound appear."""
    found: Bounds = {}
    for operation_id, op in facts.items():
        fields = {**op.parameters, **(op.body.properties if op.body else {})}
        bounds = {
            n: (f.minimum, f.maximum) for n, f in fields.items() if (f.minimum, f.maximum) != (None, None)
        }
        if bounds:
            found[operation_id] = bounds
    return found


BOUNDS: Bounds = bounds_of(_spec.OPERATIONS)
"""The bounds of the committed spec (see :func:`bounds_of`)."""


def check_request(operation: str, values: Mapping[str, Any], *, strict: bool = True) -> dict[str, Any]:
    """Check the query and path parameters of ``operation`` and return them as they are to be sent.

    ``values`` maps spec parameter names to the caller's values; ``UNSET`` values and names the spec
    does not list pass through unchanged, and so does ``None`` for a query parameter (the generated code
    leaves it out). What changes: vocabulary values take the spec's spelling, and a comma-separated
    parameter (``x-jobo-comma-separated``) given as a list becomes the one string sent.

    Raises:
        TypeError: a value has the wrong type.
        ValueError: a number is out of bounds, or a value is not in its vocabulary (with ``strict``).
    """
    checked = dict(values)
    facts = _spec.OPERATIONS.get(operation)
    if facts is None:
        return checked
    for name, value in values.items():
        field = facts.parameters.get(name)
        if field is None or isinstance(value, Unset) or (value is None and field.location == "query"):
            continue
        checked[name] = _check(name, value, field, strict)
    return checked


def check_body(operation: str, body: _T, *, strict: bool = True) -> _T:
    """Check the JSON request body of ``operation`` (a generated model) field by field.

    Returns ``body`` itself when nothing needs respelling, else a copy with vocabulary values in the
    spec's spelling (the caller's object is never changed). Raises as :func:`check_request`.
    """
    facts = _spec.OPERATIONS.get(operation)
    if facts is None or facts.body is None:
        return body
    model = _model(facts.body.model)
    if model is not None and not isinstance(body, model):
        raise TypeError(f"body must be {_article(facts.body.model)} {_got(body)}")
    changes: dict[str, Any] = {}
    for name, field in facts.body.properties.items():
        attribute = field.attribute or name
        value = getattr(body, attribute, UNSET)
        if isinstance(value, Unset):
            continue
        checked = _check(name, value, field, strict)
        if checked is not value and checked != value:
            changes[attribute] = checked
    if not changes:
        return body
    respelled = copy.copy(body)
    for attribute, value in changes.items():
        setattr(respelled, attribute, value)
    return respelled


def check_bounds(operation: str, values: dict[str, Any]) -> None:
    """Raise when a bounded number of ``operation`` is out of range (unset and non-numeric values are
    skipped: :func:`check_request` and :func:`check_body` check types too)."""
    for name, (low, high) in BOUNDS.get(operation, {}).items():
        value = values.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            _check_range(name, value, ValueFacts(minimum=low, maximum=high))


def check_uuid(name: str, value: object) -> uuid.UUID:
    """Return ``value`` as a UUID, or raise naming the parameter (:class:`TypeError` for a value that
    is neither a ``UUID`` nor a ``str``)."""
    if isinstance(value, uuid.UUID):
        return value
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a UUID or str {_got(value)}")
    if _CANONICAL_UUID.fullmatch(value):
        return _TextUUID.of(value)
    try:
        return uuid.UUID(value)
    except ValueError:
        raise ValueError(f"{name} must be a UUID (got {value!r})") from None


# A UUID's own spelling: what ``str(uuid.UUID(text))`` gives back unchanged.
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_set = object.__setattr__  # UUID refuses attribute assignment; its own __init__ goes through this too


class _TextUUID(uuid.UUID):
    """A ``uuid.UUID`` made from its canonical text, which it keeps as its ``str()``.

    Ids are passed as text and go straight back into a URL path: ``uuid.UUID(text)`` and then
    ``str(uuid)`` cost more than the rest of the argument handling of a facade call. Equal, hashed,
    compared and pickled (as a plain ``UUID``) like the ``UUID`` it stands for.
    """

    __slots__ = ("_text",)
    _text: str

    @classmethod
    def of(cls, text: str) -> _TextUUID:
        """The UUID of ``text``, which must match ``_CANONICAL_UUID``."""
        made = object.__new__(cls)
        _set(made, "int", int(text.replace("-", ""), 16))
        _set(made, "is_safe", uuid.SafeUUID.unknown)
        _set(made, "_text", text)
        return made

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"UUID({self._text!r})"

    def __reduce__(self) -> tuple[type[uuid.UUID], tuple[str]]:
        return uuid.UUID, (self._text,)


def check_non_empty(name: str, value: object) -> str:
    """Return ``value`` if it is a string with non-blank content, or raise naming the parameter."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str {_got(value)}")
    if not value.strip():
        raise ValueError(f"{name} is required and must be a non-empty string (got {value!r})")
    return value


def _check(name: str, value: Any, facts: ValueFacts, strict: bool) -> Any:
    """``value`` as it is to be sent, after checking it against ``facts``; ``name`` is for messages."""
    if value is None:
        if not facts.types or "null" in facts.types:
            return None
        raise TypeError(f"{name} must be {_expected(facts)} (got None)")
    if facts.comma_separated:
        return _comma_separated(name, value, facts.items or _STRING, strict)
    kinds = [kind for kind in facts.types if kind != "null"]
    if kinds and not any(_is(value, kind, facts) for kind in kinds):
        raise TypeError(f"{name} must be {_expected(facts)} {_got(value)}{_type_hint(value, facts)}")
    if isinstance(value, str) and facts.enum:
        return _in_vocabulary(name, value, facts.enum, strict)
    if isinstance(value, int | float) and not isinstance(value, bool):
        _check_range(name, value, facts)
    elif _is_list(value) and "array" in kinds:
        item = facts.items or ValueFacts()
        return [_check(f"{name}[{i}]", v, item, strict) for i, v in enumerate(value)]
    return value


def _comma_separated(name: str, value: Any, item: ValueFacts, strict: bool) -> str:
    if isinstance(value, str):
        if not item.enum or not value:  # an open list is sent as given; "" asks for none
            return value
        return ",".join(_check(name, part.strip(), item, strict) for part in value.split(","))
    if not _is_list(value):
        raise TypeError(f"{name} must be a str or a list of str {_got(value)}")
    return ",".join(_check(f"{name}[{i}]", v, item, strict) for i, v in enumerate(value))


def _in_vocabulary(name: str, value: str, choices: tuple[str, ...], strict: bool) -> str:
    folded = _folded(choices)
    spelled = folded.get(value.casefold())
    if spelled is not None:
        return spelled
    if not strict:
        return value
    listed = ", ".join(repr(c) for c in choices)
    import difflib  # only to word an error: not loaded by `import jobo_ext` (issue 17)

    close = difflib.get_close_matches(value.casefold(), list(folded), n=1)
    hint = (
        f"; did you mean {folded[close[0]]!r}?"
        if close
        else "; JoboClient(strict_values=False) sends values the spec does not list"
    )
    raise ValueError(f"{name} must be one of {listed} (got {value!r}){hint}")


def _check_range(name: str, value: float, facts: ValueFacts) -> None:
    low, high = facts.minimum, facts.maximum
    if (low is None or value >= low) and (high is None or value <= high):
        return
    if low is not None and high is not None:
        rule = f"between {low} and {high}"
    else:
        rule = f"at least {low}" if low is not None else f"at most {high}"
    raise ValueError(f"{name} must be {rule} (got {value})")


def _is(value: Any, kind: str, facts: ValueFacts) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "string":
        if facts.format == "binary":
            return True  # a file to upload; the facade builds and checks it
        accepted = _FORMATS.get(facts.format or "", ((str,), ""))[0]
        return isinstance(value, accepted)
    if kind == "array":
        return _is_list(value)
    if kind == "object":
        model = _model(facts.model) if facts.model else None
        return isinstance(value, model) if model is not None else True
    return True  # a JSON type this check does not know: leave it to the server


def _is_list(value: Any) -> bool:
    return isinstance(value, Sequence | Set) and not isinstance(value, str | bytes | bytearray)


def _noun(kind: str, facts: ValueFacts) -> str:
    if kind == "array":
        item = facts.items
        inner = " or ".join(_noun(k, item) for k in item.types if k != "null") if item else ""
        return f"list of {inner}" if inner else "list"
    if kind == "string":
        return _FORMATS.get(facts.format or "", ((), "str"))[1]
    if kind == "object":
        return facts.model or "dict"
    return {"integer": "int", "number": "float or int", "boolean": "bool"}.get(kind, kind)


def _expected(facts: ValueFacts) -> str:
    nouns = [_noun(kind, facts) for kind in facts.types if kind != "null"]
    if "null" in facts.types:
        nouns.append("None")
    return _article(" or ".join(nouns))


def _article(noun: str) -> str:
    return f"an {noun}" if noun[:1].lower() in "aeiou" and not noun.startswith("UUID") else f"a {noun}"


def _got(value: Any) -> str:
    return f"(got {type(value).__name__} {_SHORT.repr(value)})"


def _type_hint(value: Any, facts: ValueFacts) -> str:
    """What to do about the most likely mix-ups: a date as text, a model as a dict or a bare string."""
    if facts.format == "date-time" and isinstance(value, str):
        return f"; parse it first, e.g. datetime.datetime.fromisoformat({value!r})"
    model = facts.model or (facts.items.model if facts.items else None)
    if model and isinstance(value, Mapping):
        return f"; build it with {model}.from_dict(...)"
    return ""


@functools.cache
def _folded(choices: tuple[str, ...]) -> dict[str, str]:
    return {choice.casefold(): choice for choice in choices}


@functools.cache
def _model(name: str) -> type | None:
    """The generated model class named ``name`` (``None`` when this package does not have it)."""
    found = getattr(jobo_client.models, name, None)
    return found if isinstance(found, type) else None
