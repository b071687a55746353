"""Jobs Feed, managed feed, expired ids and career-sites feed — the cursor-paginated operations.

Jobs feed cursors hold the first request's normalized filters, its batch size, the scan order and
the position (the creation index of the last delivered job). A continuation therefore needs only
``{"cursor": ...}``; anything sent beside a cursor is ignored, as documented. The stable scan walks
jobs in creation order, so jobs updated mid-scan neither move nor repeat, jobs expired mid-scan are
skipped, and jobs added mid-scan come at the end.

``stable_scan: false`` selects the legacy order (by ``updated_at``, re-sorted on every batch, so
records can shift between pages); once such a scan has delivered ``legacy_scan_limit`` jobs its
next continuation answers 409 ``feed_cursor_restart_required`` with a ``replacement_request`` that
resumes losslessly as a stable scan from the last delivered ``updated_at``.
"""

from __future__ import annotations

import bisect
from typing import Any

from . import params
from .api import ApiResponse, Context, dumps
from .dataset import DAY, iso
from .errors import ApiError
from .metering import CAREER_SITE_CREDITS_PER_ROW, feed_credits
from .queries import JobFilter
from .routes_search import EMPLOYMENT_TYPES, EXPERIENCE_LEVELS, WORK_MODELS

FEED_BATCH_MAX = 1_000
EXPIRED_BATCH_MAX = 10_000
EXPIRED_DEFAULT_LOOKBACK = DAY
EXPIRED_MAX_LOOKBACK = 7 * DAY
CAREER_SITES_PAGE_CAP = 50
CAREER_SITES_LIST_KEY = "career_sites"
"""The real response's list key is not documented; ``career_sites`` is the mock's guess."""

_FEED_FILTERS = ("locations", "sources", "work_models", "employment_types", "experience_levels")
_MANAGED_FILTERS = ("sources", "work_models")
_ENUMS = {
    "work_models": WORK_MODELS,
    "employment_types": EMPLOYMENT_TYPES,
    "experience_levels": EXPERIENCE_LEVELS,
}
NO_FEED_ACCESS = "Your subscription does not include access to the Feed API."
NO_MANAGED_ACCESS = "This API key has no access to the managed feed (sandbox and marketplace keys have none)."


def _normalize_feed_request(body: dict[str, Any], managed: bool) -> dict[str, Any]:
    """Validate a first feed request and reduce it to canonical, JSON-able filters."""
    out: dict[str, Any] = {}
    names = _MANAGED_FILTERS if managed else _FEED_FILTERS
    params.reject_nulls(body, (*names, "posted_after", "updated_after", "batch_size", "stable_scan"))
    for name in names:
        if name == "locations":
            raw = body.get("locations")
            if raw is None:
                continue
            if not isinstance(raw, list) or not all(isinstance(x, dict) for x in raw):
                raise ApiError(400, "Parameter 'locations' must be an array of location filters.")
            parts = []
            for entry in raw:
                part = {}
                for key in ("country", "region", "city"):
                    value = entry.get(key)
                    if key in entry and not isinstance(value, str):
                        raise ApiError(400, f"Parameter 'locations.{key}' must be a string.")
                    if value:
                        part[key] = value.strip().lower()
                parts.append(part)
            out["locations"] = parts
        else:
            values = params.lower_set(name, body.get(name), _ENUMS.get(name))
            if values is not None:
                out[name] = sorted(values)
    for name in ("posted_after", "updated_after"):
        ts = params.to_timestamp(name, body.get(name))
        if ts is not None:
            out[name] = ts
    out["batch_size"] = params.to_int(
        "batch_size", body.get("batch_size"), default=FEED_BATCH_MAX, lo=1, hi=FEED_BATCH_MAX
    )
    out["stable_scan"] = params.to_bool("stable_scan", body.get("stable_scan"), default=True)
    return out


def _filter_from(request: dict[str, Any], managed: bool) -> JobFilter:
    def opt(name: str) -> frozenset[str] | None:
        values = request.get(name)
        return None if values is None else frozenset(values)

    return JobFilter(
        location_parts=tuple(
            (p.get("country"), p.get("region"), p.get("city")) for p in request.get("locations", [])
        ),
        sources=opt("sources"),
        work_models=opt("work_models"),
        employment_types=opt("employment_types"),
        experience_levels=opt("experience_levels"),
        posted_or_discovered_after=request.get("posted_after"),
        updated_after=request.get("updated_after"),
        managed_only=managed,
    )


def replacement_request(request: dict[str, Any], last_updated: int | None) -> dict[str, Any]:
    """The body to replay after a cursor restart: same filters, a stable scan, resumed from the
    ``updated_at`` of the last delivered job (jobs updated earlier were all delivered already)."""
    out: dict[str, Any] = {}
    for key, value in request.items():
        if key in {"posted_after", "updated_after"}:
            out[key] = iso(value)
        else:
            out[key] = value
    if last_updated is not None:
        previous = request.get("updated_after")
        out["updated_after"] = iso(max(last_updated, previous or last_updated))
    out["stable_scan"] = True
    return out


def cursor_restart_error(request: dict[str, Any], last_updated: int | None) -> ApiError:
    return ApiError(
        409,
        "The feed cursor can no longer be continued: the legacy scan reached the deep-pagination boundary. "
        "Start a new scan with replacement_request.",
        code="feed_cursor_restart_required",
        extra={"replacement_request": replacement_request(request, last_updated)},
        always_problem=True,
    )


def _feed(ctx: Context, managed: bool) -> ApiResponse:
    state = ctx.state
    if not ctx.policy.feed:
        raise ApiError(403, NO_FEED_ACCESS)
    if managed and not ctx.policy.managed_feed:
        raise ApiError(403, NO_MANAGED_ACCESS)
    kind = "managed" if managed else "feed"
    body = ctx.request.json_object()
    cursor = body.get("cursor")
    if "cursor" in body and not isinstance(cursor, str):
        raise ApiError(400, "Parameter 'cursor' must be a string.")
    first = not cursor
    if first:
        request = _normalize_feed_request(body, managed)
        position, delivered, last_updated = -1, 0, None
    else:
        scan = state.cursors.decode(cursor, kind)
        request, position, delivered = scan["r"], scan["p"], scan["n"]
        last_updated = scan.get("u")
    batch = int(request["batch_size"])
    stable = bool(request["stable_scan"])
    if not state.feed_subscription:
        ctx.hold(feed_credits(batch))
    flt = _filter_from(request, managed)
    dataset = state.dataset
    if stable:
        matches = dataset.matching(flt)
        start = bisect.bisect_right(matches, position)
    else:
        if not first and delivered >= state.legacy_scan_limit:
            raise cursor_restart_error(request, last_updated)
        matches = dataset.matching(flt, legacy_order=True)
        start = position + 1  # an offset into an order that shifts when jobs are updated
    chosen = matches[start : start + batch]
    has_more = start + len(chosen) < len(matches)
    next_cursor = None
    if has_more:
        last = chosen[-1]
        next_cursor = state.cursors.encode(
            kind,
            {
                "r": request,
                "p": last if stable else start + len(chosen) - 1,
                "n": delivered + len(chosen),
                "u": dataset.updated_ts(last),
            },
        )
    envelope: dict[str, Any] = {"next_cursor": next_cursor, "has_more": has_more}
    if first:
        envelope["estimated_total"] = len(matches)
    jobs = b",".join(dataset.job_json(i) for i in chosen)
    if not state.feed_subscription:
        ctx.charge(feed_credits(len(chosen)))
    return ApiResponse(
        200,
        b'{"jobs":[' + jobs + b"]," + dumps(envelope)[1:],
        headers={"X-Has-More": "true" if has_more else "false"},
    )


def job_feed(ctx: Context) -> ApiResponse:
    """``POST /api/jobs/feed``."""
    return _feed(ctx, managed=False)


def managed_feed(ctx: Context) -> ApiResponse:
    """``POST /api/jobs/feed/managed`` — jobs of the companies set up for Managed Job Scraping
    (every tenth company of the dataset). Metered like the jobs feed (the real metering is unknown)."""
    return _feed(ctx, managed=True)


def expired_ids(ctx: Context) -> ApiResponse:
    """``GET /api/jobs/expired`` — free; ``expired_since`` defaults to 24 h ago, at most 7 days back."""
    req = ctx.request
    dataset = ctx.state.dataset
    if not ctx.policy.feed:
        raise ApiError(403, NO_FEED_ACCESS)
    cursor = req.arg("cursor")
    if cursor:
        scan = ctx.state.cursors.decode(cursor, "expired")
        since, start = int(scan["s"]), int(scan["p"])
        batch = params.to_int(
            "batch_size", req.arg("batch_size"), default=int(scan["b"]), lo=1, hi=EXPIRED_BATCH_MAX
        )
    else:
        now = dataset.now()
        since_raw = params.to_timestamp("expired_since", req.arg("expired_since"))
        since = now - EXPIRED_DEFAULT_LOOKBACK if since_raw is None else since_raw
        if since < now - EXPIRED_MAX_LOOKBACK:
            raise ApiError(400, "Parameter 'expired_since' must be within the last 7 days.")
        batch = params.to_int("batch_size", req.arg("batch_size"), default=1_000, lo=1, hi=EXPIRED_BATCH_MAX)
        start = dataset.expired_position(since)
    ids, total = dataset.expired_slice(start, batch)
    has_more = start + len(ids) < total
    next_cursor = (
        ctx.state.cursors.encode("expired", {"s": since, "p": start + len(ids), "b": batch})
        if has_more
        else None
    )
    return ApiResponse(
        200,
        dumps({"job_ids": ids, "next_cursor": next_cursor, "has_more": has_more}),
        headers={"X-Has-More": "true" if has_more else "false"},
    )


def career_sites_feed(ctx: Context) -> ApiResponse:
    """``POST /api/career-sites/feed`` — 50 credits per row, at most 50 rows per page.

    The page-size member is undocumented; the mock reads ``batch_size`` (1–50, default 50).
    """
    state = ctx.state
    body = ctx.request.json_object()
    cursor = body.get("cursor")
    if "cursor" in body and not isinstance(cursor, str):
        raise ApiError(400, "Parameter 'cursor' must be a string.")
    if cursor:
        scan = state.cursors.decode(cursor, "career_sites")
        industries = frozenset(scan["i"]) if scan["i"] is not None else None
        updated_after, position, batch = scan["a"], int(scan["p"]), int(scan["b"])
    else:
        params.reject_nulls(body, ("industries", "updated_after"))
        industries = params.lower_set("industries", body.get("industries"))
        updated_after = params.to_timestamp("updated_after", body.get("updated_after"))
        batch = params.to_int(
            "batch_size",
            body.get("batch_size"),
            default=CAREER_SITES_PAGE_CAP,
            lo=1,
            hi=CAREER_SITES_PAGE_CAP,
        )
        position = -1
    ctx.hold(batch * CAREER_SITE_CREDITS_PER_ROW)
    matches = state.dataset.career_sites_matching(industries, updated_after)
    start = bisect.bisect_right(matches, position)
    chosen = matches[start : start + batch]
    has_more = start + len(chosen) < len(matches)
    next_cursor = None
    if has_more:
        next_cursor = state.cursors.encode(
            "career_sites",
            {
                "i": sorted(industries) if industries is not None else None,
                "a": updated_after,
                "p": chosen[-1],
                "b": batch,
            },
        )
    rows = [state.dataset.career_site_row(c) for c in chosen]
    ctx.charge(len(rows) * CAREER_SITE_CREDITS_PER_ROW)
    return ApiResponse(
        200,
        dumps({CAREER_SITES_LIST_KEY: rows, "next_cursor": next_cursor, "has_more": has_more}),
        headers={"X-Has-More": "true" if has_more else "false"},
    )
