"""The one table that classifies API operations for the policy layer.

For each operation it records whether a request may be replayed without side effects (``idempotent``),
whether it needs an API key (``public``), and a longer read timeout where the API docs ask for one.
The transport looks every request up here; a test checks this table against ``openapi/jobo.yaml``
(``x-jobo-idempotent``, ``x-jobo-timeout``, ``security: []``) so a new endpoint cannot slip through
unclassified.

Routes not in the table get a safe default: ``GET``/``HEAD``/``OPTIONS`` are idempotent, every other
method is not (it is then not replayed after a 5xx or a failure after sending).
"""

from __future__ import annotations

import re

import attrs

__all__ = ["OPERATIONS", "OperationPolicy", "lookup"]

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
    """The spec's ``operationId``; ``None`` for a route that is not in the table."""
    idempotent: bool
    """Whether replaying the request has no further effect (read-only POSTs included)."""
    read_timeout: float | None = None
    """Minimum read timeout in seconds for this operation, when the docs ask for a long one."""
    public: bool = False
    """Whether the operation is served without an API key."""


_FEED_READ_TIMEOUT = 120.0  # "≥120 s response timeout" for the feed routes, per the API docs

OPERATIONS: tuple[OperationPolicy, ...] = (
    # Jobs Search
    OperationPolicy("GET", "/api/jobs", "searchJobs", idempotent=True),
    OperationPolicy("POST", "/api/jobs/search", "searchJobsPost", idempotent=True),  # read-only POST
    OperationPolicy("GET", "/api/jobs/{id}", "getJob", idempotent=True),
    # Jobs Feed
    OperationPolicy("POST", "/api/jobs/feed", "getJobFeed", idempotent=True, read_timeout=_FEED_READ_TIMEOUT),
    OperationPolicy(
        "POST",
        "/api/jobs/feed/managed",
        "getManagedJobFeed",
        idempotent=True,
        read_timeout=_FEED_READ_TIMEOUT,
    ),
    OperationPolicy("GET", "/api/jobs/expired", "getExpiredJobIds", idempotent=True),
    # Career Sites Feed
    OperationPolicy(
        "POST",
        "/api/career-sites/feed",
        "getCareerSiteFeed",
        idempotent=True,
        read_timeout=_FEED_READ_TIMEOUT,
    ),
    # Companies — the profile is the one public route.
    OperationPolicy("GET", "/api/companies/{id}", "getCompany", idempotent=True, public=True),
    OperationPolicy("GET", "/api/companies/{id}/jobs", "getCompanyJobs", idempotent=True),
    # Locations and filters
    OperationPolicy("GET", "/api/locations/geocode", "geocodeLocation", idempotent=True),
    OperationPolicy("GET", "/api/connectors/filters", "getConnectorFilters", idempotent=True),
    OperationPolicy(
        "GET", "/api/connectors/filter-options/{facet}", "getConnectorFilterOptions", idempotent=True
    ),
    OperationPolicy("GET", "/api/connectors/locations/suggest", "suggestLocations", idempotent=True),
    # Auto Apply — these create or change something: never replayed blindly.
    OperationPolicy("POST", "/api/auto-apply/profiles", "createAutoApplyProfile", idempotent=False),
    OperationPolicy("GET", "/api/auto-apply/profiles", "listAutoApplyProfiles", idempotent=True),
    OperationPolicy("GET", "/api/auto-apply/profiles/{id}", "getAutoApplyProfile", idempotent=True),
    OperationPolicy("POST", "/api/auto-apply/profiles/import", "importAutoApplyProfile", idempotent=False),
    OperationPolicy(
        "POST", "/api/auto-apply/sessions/{id}/answers", "submitAutoApplySessionAnswers", idempotent=False
    ),
    OperationPolicy("GET", "/api/auto-apply/applications/{id}", "getAutoApplyApplication", idempotent=True),
)


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


# Every request is looked up: keep each method's candidates apart so a lookup tries only those.
_BY_METHOD: dict[str, tuple[tuple[OperationPolicy, re.Pattern[str]], ...]] = {
    method: tuple(entry for entry in _COMPILED if entry[0].method == method)
    for method in {operation.method for operation in OPERATIONS}
}


def lookup(method: str, path: str) -> OperationPolicy:
    """Return the policy for ``method`` and ``path`` (a request path relative to the base URL, no query).

    Unknown routes get the safe default described in the module docstring.
    """
    method = method.upper()
    for operation, pattern in _BY_METHOD.get(method, ()):
        if pattern.fullmatch(path):
            return operation
    return OperationPolicy(method, path, None, idempotent=method in _SAFE_METHODS)
