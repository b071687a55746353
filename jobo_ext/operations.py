"""How the policy layer treats each API operation, as the spec says.

For each operation: whether a request may be replayed without side effects (``idempotent``, from
``x-jobo-idempotent``), whether it needs an API key (``public``, from ``security: []``), a longer read
timeout where the API docs ask for one (``read_timeout``, from ``x-jobo-timeout``) and how it pages
(``pagination``, from ``x-jobo-pagination``). :data:`OPERATIONS` is built from the module
``make generate`` writes from the spec (``jobo_client._operations``), so a new endpoint in the spec is
classified with no edit here. The transport looks every request up with :func:`lookup`.

Routes not in the spec get a safe default: ``GET``/``HEAD``/``OPTIONS`` are idempotent, every other
method is not (it is then not replayed after a 5xx or a failure after sending).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from jobo_ext import _spec
from jobo_ext._spec import OperationFacts

__all__ = [
    "LOOKUP_CACHE_PATH_LIMIT",
    "LOOKUP_CACHE_SIZE",
    "OPERATIONS",
    "OperationPolicy",
    "lookup",
    "policies",
]

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_PARAMETER = re.compile(r"\{[^{}/]+\}")


@attrs.frozen
class OperationPolicy:
    """How the policy layer treats one operation."""

    method: str
    """Upper-case HTTP method."""
    path_template: str
    """Path template as in the spec, e.g. ``/api/jobs/{id}``."""
    operation_id: str | None
    """The spec's ``operationId``; ``None`` for a route that is not in the spec."""
    idempotent: bool
    """Whether replaying the request has no further effect (read-only POSTs included)."""
    read_timeout: float | None = None
    """Minimum read timeout in seconds for this operation, when the docs ask for a long one."""
    public: bool = False
    """Whether the operation is served without an API key."""
    pagination: str = "none"
    """``page`` (``page``/``page_size``), ``cursor`` (``next_cursor``/``has_more``) or ``none``."""


def policies(facts: Mapping[str, OperationFacts]) -> tuple[OperationPolicy, ...]:
    """One :class:`OperationPolicy` per operation of ``facts`` (see :mod:`jobo_ext._spec`), in spec order."""
    return tuple(
        OperationPolicy(
            op.method,
            op.path,
            op.operation_id,
            idempotent=op.idempotent,
            read_timeout=op.read_timeout,
            public=op.public,
            pagination=op.pagination,
        )
        for op in facts.values()
    )


OPERATIONS: tuple[OperationPolicy, ...] = policies(_spec.OPERATIONS)
"""Every operation of the spec with its policy."""


def _compile(template: str) -> re.Pattern[str]:
    parts = _PARAMETER.split(template)
    return re.compile("[^/]+".join(re.escape(part) for part in parts) + "/?")


# Most specific first: fewer parameters, then longer literal text, so `/api/jobs/expired` wins over
# `/api/jobs/{id}` and `/api/auto-apply/profiles/import` over `/api/auto-apply/profiles/{id}`.
_COMPILED: tuple[tuple[OperationPolicy, re.Pattern[str]], ...] = tuple(
    (operation, _compile(operation.path_template))
    for operation in sorted(
        OPERATIONS,
        key=lambda op: (
            len(_PARAMETER.findall(op.path_template)),
            -len(_PARAMETER.sub("", op.path_template)),
        ),
    )
)


def _alternation(entries: tuple[tuple[OperationPolicy, re.Pattern[str]], ...]) -> re.Pattern[str]:
    # One pattern per method, most specific first: ``fullmatch`` takes the first alternative that
    # matches the whole path, which is the one the loop over ``_COMPILED`` would stop at, in one call.
    return re.compile(
        "|".join(f"(?P<op{index}>{pattern.pattern})" for index, (_, pattern) in enumerate(entries))
    )


# Every request is looked up: keep each method's candidates apart, in one pattern per method.
_BY_METHOD: dict[str, tuple[re.Pattern[str], dict[str, OperationPolicy]]] = {}
for _method in sorted({operation.method for operation in OPERATIONS}):
    _entries = tuple(entry for entry in _COMPILED if entry[0].method == _method)
    _BY_METHOD[_method] = (
        _alternation(_entries),
        {f"op{index}": operation for index, (operation, _) in enumerate(_entries)},
    )

#: How many recent ``(method, path)`` lookups are remembered. Paths with ids are mostly seen once, so
#: the table is simply emptied when full rather than kept in recency order.
LOOKUP_CACHE_SIZE = 1024
#: Longer paths are looked up every time, so the cache holds at most ~256 KiB of paths.
LOOKUP_CACHE_PATH_LIMIT = 256
_CACHE: dict[tuple[str, str], OperationPolicy] = {}


def lookup(method: str, path: str) -> OperationPolicy:
    """Return the policy for ``method`` and ``path`` (a request path relative to the base URL, no query).

    Unknown routes get the safe default described in the module docstring.
    """
    key = (method, path)
    found = _CACHE.get(key)
    if found is None:
        found = _lookup(method.upper(), path)
        if len(path) <= LOOKUP_CACHE_PATH_LIMIT:
            if len(_CACHE) >= LOOKUP_CACHE_SIZE:
                _CACHE.clear()
            _CACHE[key] = found
    return found


def _lookup(method: str, path: str) -> OperationPolicy:
    entry = _BY_METHOD.get(method)
    if entry is not None:
        pattern, operations = entry
        match = pattern.fullmatch(path)
        if match is not None and match.lastgroup is not None:
            return operations[match.lastgroup]
    return OperationPolicy(method, path, None, idempotent=method in _SAFE_METHODS)
