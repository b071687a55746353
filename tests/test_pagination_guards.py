"""Page iterators do not trust the server: a wrong page number, a cursor that comes back, or a long run
of empty pages that all claim ``has_more`` raise ``APIResponseError`` instead of looping (issue 13,
item 13). Sync and async, through the facade on an in-memory transport."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from jobo_ext import APIResponseError
from tests.facade_helpers import Router, collect, json_response, make_client
from tests.spec_utils import load_spec

STAMP = "2026-03-01T12:00:00Z"
COMPANY = "5b0f6c1e-2d3a-4b8c-9e7f-1a2b3c4d5e6f"
MODES = ["sync", "async"]


def job(i: int) -> dict[str, Any]:
    return {"id": str(uuid.UUID(int=i + 1)), "title": f"Job {i}", "created_at": STAMP, "updated_at": STAMP}


def search_page(page: Any, total_pages: Any = 3, jobs: int = 1) -> dict[str, Any]:
    return {
        "jobs": [job(i) for i in range(jobs)],
        "total": 3,
        "page": page,
        "page_size": 1,
        "total_pages": total_pages,
    }


# -- page-based ------------------------------------------------------------------------------------

PAGE_ITERATORS: list[tuple[str, str, Callable[[Any], Any]]] = [
    ("searchJobs", "/api/jobs", lambda c: c.jobs.iter_search(q="x", page_size=1)),
    ("searchJobs", "/api/jobs", lambda c: c.jobs.iter_search_pages(q="x", page_size=1)),
    (
        "getCompanyJobs",
        f"/api/companies/{COMPANY}/jobs",
        lambda c: c.companies.iter_jobs(COMPANY, page_size=1),
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("operation", "path", "iterate"), PAGE_ITERATORS)
def test_a_server_that_always_answers_page_1_is_stopped_on_the_second_request(
    mode: str, operation: str, path: str, iterate: Callable[[Any], Any]
) -> None:
    # The audit's stub: page=1, total_pages=3 whatever was asked — iter_search used to run forever.
    router = Router({("GET", path): lambda r: json_response(search_page(1))})
    with pytest.raises(APIResponseError) as info:
        collect(iterate(make_client(mode, router)), limit=1000)
    assert len(router.requests) == 2
    assert [r.url.params["page"] for r in router.requests] == ["1", "2"]
    err = info.value
    assert err.operation == operation and err.status_code == 200 and err.field == "page"
    assert "page 2 was requested" in str(err)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("answer", [-48735255, 0, "1", True, None])
def test_a_page_number_the_caller_did_not_ask_for_is_the_servers_fault(mode: str, answer: Any) -> None:
    # page=-48735255 used to become the next request's page and a ValueError blaming the caller.
    router = Router({("GET", "/api/jobs"): lambda r: json_response(search_page(answer), status=203)})
    with pytest.raises(APIResponseError) as info:
        collect(make_client(mode, router).jobs.iter_search(q="x"))
    assert len(router.requests) == 1
    assert info.value.operation == "searchJobs" and info.value.status_code == 203


@pytest.mark.parametrize("mode", MODES)
def test_a_total_pages_that_is_not_a_number_is_rejected(mode: str) -> None:
    router = Router({("GET", "/api/jobs"): lambda r: json_response(search_page(1, total_pages="3"))})
    with pytest.raises(APIResponseError) as info:
        collect(make_client(mode, router).jobs.iter_search())
    assert info.value.field == "total_pages" and len(router.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_pages_are_counted_from_the_start_page(mode: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return json_response(search_page(int(request.url.params["page"]), total_pages=4))

    router = Router({("GET", "/api/jobs"): handler})
    pages = collect(make_client(mode, router).jobs.iter_search_pages(page=2, page_size=1))
    assert [p.page for p in pages] == [2, 3, 4]


@pytest.mark.parametrize("mode", MODES)
def test_an_empty_search_reporting_zero_pages_ends_after_one_request(mode: str) -> None:
    body = {"jobs": [], "total": 0, "page": 1, "page_size": 25, "total_pages": 0}
    router = Router({("GET", "/api/jobs"): lambda r: json_response(body)})
    assert collect(make_client(mode, router).jobs.iter_search(q="nothing")) == []
    assert len(router.requests) == 1


# -- cursor-based ----------------------------------------------------------------------------------

# (operation, HTTP method, path, rows key, iterator); the rows key is where the page's items are.
CURSOR_ITERATORS: list[tuple[str, str, str, str, Callable[[Any], Any]]] = [
    ("getJobFeed", "POST", "/api/jobs/feed", "jobs", lambda c: c.feed.iter_pages()),
    ("getJobFeed", "POST", "/api/jobs/feed", "jobs", lambda c: c.feed.iter_jobs()),
    ("getJobFeed", "POST", "/api/jobs/feed", "jobs", lambda c: c.feed.iter_raw_pages()),
    ("getManagedJobFeed", "POST", "/api/jobs/feed/managed", "jobs", lambda c: c.feed.iter_managed_pages()),
    ("getExpiredJobIds", "GET", "/api/jobs/expired", "job_ids", lambda c: c.feed.iter_expired_pages()),
    (
        "getCareerSiteFeed",
        "POST",
        "/api/career-sites/feed",
        "career_sites",
        lambda c: c.career_sites.iter_pages(),
    ),
]


def _rows(key: str, n: int) -> list[Any]:
    if key == "job_ids":
        return [str(uuid.UUID(int=i + 1)) for i in range(n)]
    if key == "career_sites":
        return [{"id": str(uuid.UUID(int=i + 1))} for i in range(n)]
    return [job(i) for i in range(n)]


def _sent_cursor(request: httpx.Request) -> str | None:
    cursor: object = (
        request.url.params.get("cursor")
        if request.method == "GET"
        else json.loads(request.content or b"{}").get("cursor")
    )
    return cursor if isinstance(cursor, str) else None


def cursor_server(
    method: str, path: str, key: str, answer: Callable[[int, str | None], tuple[int, str]]
) -> Router:
    """A cursor feed whose n-th answer (0-based) has ``answer(n, sent)`` = (rows, next cursor), has_more true."""

    def handler(request: httpx.Request) -> httpx.Response:
        n = len(router.requests) - 1
        rows, cursor = answer(n, _sent_cursor(request))
        return json_response({key: _rows(key, rows), "has_more": True, "next_cursor": cursor})

    router = Router({(method, path): handler})
    return router


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("operation", "method", "path", "key", "iterate"), CURSOR_ITERATORS)
def test_a_cursor_that_comes_straight_back_raises(
    mode: str, operation: str, method: str, path: str, key: str, iterate: Callable[[Any], Any]
) -> None:
    # A repeated cursor used to end the scan silently, as if it were complete.
    router = cursor_server(method, path, key, lambda n, sent: (1, "c-same"))
    with pytest.raises(APIResponseError) as info:
        collect(iterate(make_client(mode, router)), limit=10_000)
    assert len(router.requests) == 2
    assert [_sent_cursor(r) for r in router.requests] == [None, "c-same"]
    assert info.value.operation == operation and info.value.status_code == 200
    assert info.value.field == "next_cursor"


@pytest.mark.parametrize("mode", MODES)
def test_a_cursor_given_by_the_caller_that_comes_straight_back_raises(mode: str) -> None:
    router = cursor_server("POST", "/api/jobs/feed", "jobs", lambda n, sent: (0, "same"))
    with pytest.raises(APIResponseError, match="repeats the cursor just sent"):
        collect(make_client(mode, router).feed.iter_pages(cursor="same"))
    assert len(router.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_cursors_going_round_in_a_circle_raise(mode: str) -> None:
    router = cursor_server("POST", "/api/jobs/feed", "jobs", lambda n, sent: (5, ["a", "b", "c"][n % 3]))
    with pytest.raises(APIResponseError, match="already sent"):
        collect(make_client(mode, router).feed.iter_jobs(), limit=10_000)
    assert [_sent_cursor(r) for r in router.requests] == [None, "a", "b", "c"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("operation", "method", "path", "key", "iterate"), CURSOR_ITERATORS)
def test_25_empty_pages_in_a_row_with_has_more_raise(
    mode: str, operation: str, method: str, path: str, key: str, iterate: Callable[[Any], Any]
) -> None:
    router = cursor_server(method, path, key, lambda n, sent: (0, f"c{n + 1}"))
    with pytest.raises(APIResponseError) as info:
        collect(iterate(make_client(mode, router)), limit=10_000)
    assert len(router.requests) == 25  # pagination.MAX_EMPTY_PAGES, as issue 13 states it
    assert info.value.operation == operation and info.value.field == "has_more"
    assert "25 empty pages in a row" in str(info.value)


@pytest.mark.parametrize("mode", MODES)
def test_empty_pages_with_fresh_cursors_are_legal_and_the_scan_goes_on(mode: str) -> None:
    # 24 empty pages, one job, 24 empty pages, one job, then the end: no error, every job delivered.
    def handler(request: httpx.Request) -> httpx.Response:
        n = len(router.requests)
        rows = 1 if n % 25 == 0 else 0
        more = n < 50
        return json_response(
            {"jobs": [job(n)] * rows, "has_more": more, "next_cursor": f"c{n}" if more else None}
        )

    router = Router({("POST", "/api/jobs/feed"): handler})
    jobs = collect(make_client(mode, router).feed.iter_jobs())
    assert [j.title for j in jobs] == ["Job 25", "Job 50"]
    assert len(router.requests) == 50


@pytest.mark.parametrize("mode", MODES)
def test_a_single_empty_page_is_yielded_and_iteration_continues(mode: str) -> None:
    answers = [
        {"jobs": [job(0)], "has_more": True, "next_cursor": "c1"},
        {"jobs": [], "has_more": True, "next_cursor": "c2"},
        {"jobs": [job(2)], "has_more": False, "next_cursor": None},
    ]
    router = Router({("POST", "/api/jobs/feed"): lambda r: json_response(answers[len(router.requests) - 1])})
    pages = collect(make_client(mode, router).feed.iter_pages())
    assert [len(p.jobs) for p in pages] == [1, 0, 1]


# -- the rules themselves, and the spec -------------------------------------------------------------


def test_cursor_scan_counts_only_consecutive_empty_pages() -> None:
    from jobo_ext.pagination import MAX_EMPTY_PAGES, CursorScan

    scan = CursorScan(None)
    for i in range(MAX_EMPTY_PAGES - 1):
        assert scan.after(True, f"e{i}", rows=0) == f"e{i}"
    assert scan.after(True, "full", rows=3) == "full"  # resets the run
    for i in range(MAX_EMPTY_PAGES - 1):
        scan.after(True, f"f{i}", rows=0)
    assert scan.after(False, None, rows=0) is None  # has_more false ends the scan, empty or not


def test_page_counter_ignores_the_servers_total_beyond_its_own_count() -> None:
    from jobo_client.models.job_search_response import JobSearchResponse

    from jobo_ext.pagination import PageCounter

    counter = PageCounter(1)
    page = JobSearchResponse.from_dict(search_page(1, total_pages=2))
    assert counter.after(page) == 2
    assert counter.after(JobSearchResponse.from_dict(search_page(2, total_pages=2))) is None


def test_the_spec_bounds_page_numbers_and_totals() -> None:
    spec = load_spec()
    response = spec["components"]["schemas"]["JobSearchResponse"]["properties"]
    assert {k: response[k].get("minimum") for k in ("page", "page_size", "total", "total_pages")} == {
        "page": 1,
        "page_size": 1,
        "total": 0,
        "total_pages": 0,
    }
    params = spec["components"]["parameters"]
    assert params["Page"]["schema"]["minimum"] == 1 and params["PageSize"]["schema"]["minimum"] == 1
