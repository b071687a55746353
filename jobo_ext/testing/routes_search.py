"""Jobs Search and Companies operations: quick and advanced search, job by id, company, company jobs.

Search is ordered newest-first (the API's relevance order is not reproducible; any stable order lets
pagination be tested). Both search forms and company jobs are metered per delivered job after a
precheck against the requested ``page_size``.
"""

from __future__ import annotations

import json
from typing import Any

from . import params, vocab
from .api import UUID_RE, ApiResponse, Context, dumps
from .errors import ApiError
from .metering import SEARCH_CREDITS_PER_JOB
from .queries import JobFilter

DEFAULT_FACETS = ("work_model", "employment_type", "experience_level", "sources")
"""The facets sent when ``include_facets`` is omitted (the API's default subset is undocumented)."""
HEAVY_FIELDS = frozenset({"description", "summary", "qualifications", "responsibilities", "benefits"})
FACET_NAMES = (
    "work_model",
    "experience_level",
    "employment_type",
    "sources",
    "industries",
    "skills",
    "countries",
    "company_categories",
)
MAX_POSITIVE_QUERIES = 10
# Members of `JobSearchBodyRequest` that may not be null (only `include_fields` may).
SEARCH_BODY_MEMBERS = (
    "queries",
    "search_description",
    "locations",
    "sources",
    "skills",
    "companies",
    "industries",
    "company_categories",
    "work_models",
    "employment_types",
    "experience_levels",
    "salary_usd",
    "posted_after",
    "posted_before",
    "discovered_after",
    "discovered_before",
    "page",
    "page_size",
    "include_facets",
)
# Closed enums of the JSON bodies (query strings take any value, and unknown ones match nothing).
WORK_MODELS = tuple(c for c, _ in vocab.WORK_MODELS)
EMPLOYMENT_TYPES = tuple(c for c, _ in vocab.EMPLOYMENT_TYPES)
EXPERIENCE_LEVELS = tuple(c for c, _ in vocab.EXPERIENCE_LEVELS)


def _facets(ctx: Context, flt: JobFilter, names: tuple[str, ...], matches: list[int]) -> dict[str, Any]:
    return ctx.state.dataset.facets_cached(flt, names, matches)


def _job_bytes(ctx: Context, index: int, fields: frozenset[str] | None) -> bytes:
    dataset = ctx.state.dataset
    if fields is None:
        return dataset.job_json(index)
    return dumps(dataset.job_dict(index, fields=fields))


def search_page(
    ctx: Context,
    flt: JobFilter,
    *,
    page: int,
    page_size: int,
    facets: tuple[str, ...],
    fields: frozenset[str] | None,
    page_header: bool = True,
) -> ApiResponse:
    """One ``JobSearchResponse`` page, metered per delivered job."""
    ctx.hold(page_size * SEARCH_CREDITS_PER_JOB)
    matches = ctx.state.dataset.matching(flt)
    total = len(matches)
    start = (page - 1) * page_size
    # Newest first: walk the creation-ordered matches from the end.
    chosen = [matches[total - 1 - k] for k in range(start, min(start + page_size, total))]
    total_pages = -(-total // page_size)
    envelope = {
        "total": total,
        "page": page,
        "page_size": page_size,
        "total_pages": total_pages,
        "facets": _facets(ctx, flt, facets, matches) if facets else {},
    }
    body = b'{"jobs":[' + b",".join(_job_bytes(ctx, i, fields) for i in chosen) + b"]," + dumps(envelope)[1:]
    ctx.charge(len(chosen) * SEARCH_CREDITS_PER_JOB)
    headers = {"X-Total-Count": str(total), "X-Total-Pages": str(total_pages)}
    if page_header:
        headers["X-Page"] = str(page)
    return ApiResponse(200, body, headers=headers)


def _facet_names(raw: list[str] | None, *, strict: bool) -> tuple[str, ...]:
    """The facets to compute. Query strings are free text (unknown names just give no facet, as
    ``include_facets=true`` does on the API); the JSON body's items are a closed enum in the spec."""
    if raw is None:
        return DEFAULT_FACETS
    names = tuple(dict.fromkeys(v.strip().lower() for v in raw if v.strip()))
    if strict:
        params.lower_set("include_facets", list(names), FACET_NAMES)
    return names


def _fields(raw: list[str] | None, *, strict: bool) -> frozenset[str] | None:
    """Heavy fields to keep (``None``: whole job). Unknown names are ignored in query strings and
    rejected in the JSON body (a closed enum in the spec)."""
    if raw is None:
        return None
    fields = frozenset(v.strip().lower() for v in raw if v.strip())
    if strict:
        params.lower_set("include_fields", sorted(fields), tuple(sorted(HEAVY_FIELDS)))
    return fields & HEAVY_FIELDS


def _page_args(page_raw: object, size_raw: object) -> tuple[int, int]:
    page = params.to_int("page", page_raw, default=1, lo=1)
    page_size = params.to_int("page_size", size_raw, default=25, lo=1, hi=100)
    return page, page_size


def search_get(ctx: Context) -> ApiResponse:
    """``GET /api/jobs`` — quick search with query parameters."""
    req = ctx.request
    page, page_size = _page_args(req.arg("page"), req.arg("page_size"))
    q = req.arg("q")
    location = req.arg("location")
    flt = JobFilter(
        queries=(q,) if q and q.strip() else (),
        locations=(location,) if location and location.strip() else (),
        sources=params.csv_set(req.arg("sources")),
        work_models=params.csv_set(req.arg("work_model")),
        employment_types=params.csv_set(req.arg("employment_type")),
        experience_levels=params.csv_set(req.arg("experience_level")),
        skills_include=params.csv_set(req.arg("skills")),
        industries_include=params.csv_set(req.arg("industries")),
        salary_min=params.to_optional_int("min_salary_usd", req.arg("min_salary_usd")),
        salary_max=params.to_optional_int("max_salary_usd", req.arg("max_salary_usd")),
        posted_after=params.to_timestamp("posted_after", req.arg("posted_after")),
        posted_before=params.to_timestamp("posted_before", req.arg("posted_before")),
        discovered_after=params.to_timestamp("discovered_after", req.arg("discovered_after")),
        discovered_before=params.to_timestamp("discovered_before", req.arg("discovered_before")),
    )
    params.to_bool("search_description", req.arg("search_description"), default=True)
    return search_page(
        ctx,
        flt,
        page=page,
        page_size=page_size,
        facets=_facet_names(params.csv_list(req.arg("include_facets")), strict=False),
        fields=_fields(params.csv_list(req.arg("include_fields")), strict=False),
    )


def search_post(ctx: Context) -> ApiResponse:
    """``POST /api/jobs/search`` — advanced search with a ``JobSearchBodyRequest`` body."""
    body = ctx.request.json_object()
    params.reject_nulls(body, SEARCH_BODY_MEMBERS)
    page, page_size = _page_args(body.get("page"), body.get("page_size"))
    queries = params.string_list("queries", body.get("queries")) or []
    positive = tuple(q for q in queries if q.strip() and not q.strip().startswith("-"))
    negative = tuple(q.strip()[1:] for q in queries if q.strip().startswith("-") and q.strip()[1:].strip())
    if len(positive) > MAX_POSITIVE_QUERIES:
        raise ApiError(
            400, f"Parameter 'queries' must contain at most {MAX_POSITIVE_QUERIES} positive terms."
        )
    skills_in, skills_out = params.include_exclude("skills", body.get("skills"))
    companies_in, companies_out = params.include_exclude("companies", body.get("companies"))
    industries_in, industries_out = params.include_exclude("industries", body.get("industries"))
    categories_in, categories_out = params.include_exclude(
        "company_categories", body.get("company_categories")
    )
    salary_min, salary_max = params.range_filter("salary_usd", body.get("salary_usd"))
    params.to_bool("search_description", body.get("search_description"), default=True)
    flt = JobFilter(
        queries=positive,
        exclude_queries=negative,
        locations=tuple(params.string_list("locations", body.get("locations")) or ()),
        sources=params.lower_set("sources", body.get("sources")),
        work_models=params.lower_set("work_models", body.get("work_models"), WORK_MODELS),
        employment_types=params.lower_set("employment_types", body.get("employment_types"), EMPLOYMENT_TYPES),
        experience_levels=params.lower_set(
            "experience_levels", body.get("experience_levels"), EXPERIENCE_LEVELS
        ),
        skills_include=skills_in,
        skills_exclude=skills_out,
        companies_include=companies_in,
        companies_exclude=companies_out,
        industries_include=industries_in,
        industries_exclude=industries_out,
        categories_include=categories_in,
        categories_exclude=categories_out,
        salary_min=salary_min,
        salary_max=salary_max,
        posted_after=params.to_timestamp("posted_after", body.get("posted_after")),
        posted_before=params.to_timestamp("posted_before", body.get("posted_before")),
        discovered_after=params.to_timestamp("discovered_after", body.get("discovered_after")),
        discovered_before=params.to_timestamp("discovered_before", body.get("discovered_before")),
    )
    facets = params.string_list("include_facets", body.get("include_facets"))
    fields = params.string_list("include_fields", body.get("include_fields"))
    return search_page(
        ctx,
        flt,
        page=page,
        page_size=page_size,
        facets=_facet_names(facets, strict=True),
        fields=_fields(fields, strict=True),
    )


def _uuid_param(ctx: Context) -> str:
    value = ctx.request.params["id"]
    if not UUID_RE.match(value):
        raise ApiError(400, "Parameter 'id' must be a valid UUID.")
    return value.lower()


def get_job(ctx: Context) -> ApiResponse:
    """``GET /api/jobs/{id}`` — free; 404 for unknown and expired ids."""
    job_id = _uuid_param(ctx)
    dataset = ctx.state.dataset
    index = dataset.index_of(job_id)
    if index is None or not dataset.is_active(job_id):
        raise ApiError(404, f"Job '{job_id}' not found.")
    return ApiResponse(200, dataset.job_json(index))


def _company_index(ctx: Context) -> tuple[str, int]:
    company_id = _uuid_param(ctx)
    index = ctx.state.dataset.company_index(company_id)
    if index is None:
        raise ApiError(404, f"Company '{company_id}' not found.")
    return company_id, index


def get_company(ctx: Context) -> ApiResponse:
    """``GET /api/companies/{id}`` — public and free."""
    _, index = _company_index(ctx)
    return ApiResponse(200, json.dumps(ctx.state.dataset.company_dict(index), separators=(",", ":")).encode())


def get_company_jobs(ctx: Context) -> ApiResponse:
    """``GET /api/companies/{id}/jobs`` — metered like search; no facets."""
    req = ctx.request
    _, index = _company_index(ctx)
    page, page_size = _page_args(req.arg("page"), req.arg("page_size"))
    flt = JobFilter(company=index, posted_after=params.to_timestamp("posted_after", req.arg("posted_after")))
    return search_page(ctx, flt, page=page, page_size=page_size, facets=(), fields=None, page_header=False)
