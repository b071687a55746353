"""Locations and connector operations: geocode, location suggestions, filter vocabulary and options."""

from __future__ import annotations

from . import geo, params, vocab
from .api import ApiResponse, Context, json_response
from .errors import ApiError
from .metering import GEOCODE_CREDITS

FILTER_OPTION_FACETS = ("sources", "industries", "skills")
FILTER_OPTIONS_DEFAULT_LIMIT = 50  # undocumented; the connectors always send 250
SUGGEST_DEFAULT_LIMIT = 5


def geocode(ctx: Context) -> ApiResponse:
    """``GET /api/locations/geocode`` — 1 credit flat, debited up front (placeholders included)."""
    location = ctx.request.arg("location")
    if location is None or not location.strip():
        raise ApiError(400, "Parameter 'location' is required.")
    ctx.hold(GEOCODE_CREDITS)
    ctx.charge(GEOCODE_CREDITS)
    return json_response(geo.geocode(location))


def connector_filters(ctx: Context) -> ApiResponse:
    """``GET /api/connectors/filters`` — the canonical filter vocabulary and live sources. Free."""
    return json_response(
        {
            "enums": {
                "work_models": [c for c, _ in vocab.WORK_MODELS],
                "employment_types": [c for c, _ in vocab.EMPLOYMENT_TYPES],
                "experience_levels": [c for c, _ in vocab.EXPERIENCE_LEVELS],
            },
            "sources": [{"key": k, "count": n} for k, n in ctx.state.dataset.source_counts()],
        }
    )


def connector_filter_options(ctx: Context) -> ApiResponse:
    """``GET /api/connectors/filter-options/{facet}`` — top values, narrowed by ``q``. Free."""
    facet = ctx.request.params["facet"]
    if facet not in FILTER_OPTION_FACETS:
        raise ApiError(400, f"Parameter 'facet' must be one of: {', '.join(FILTER_OPTION_FACETS)}.")
    limit = params.to_int("limit", ctx.request.arg("limit"), default=FILTER_OPTIONS_DEFAULT_LIMIT, lo=1)
    q = (ctx.request.arg("q") or "").strip().lower()
    options = [(k, n) for k, n in ctx.state.dataset.filter_options(facet) if q in k.lower()]
    return json_response({"facet": facet, "options": [{"key": k, "count": n} for k, n in options[:limit]]})


def suggest_locations(ctx: Context) -> ApiResponse:
    """``GET /api/connectors/locations/suggest`` — under two characters gives nothing. Free."""
    limit = params.to_int("limit", ctx.request.arg("limit"), default=SUGGEST_DEFAULT_LIMIT, lo=1)
    return json_response({"suggestions": geo.suggest(ctx.request.arg("q") or "", limit)})
