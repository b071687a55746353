"""Pagination: page- and cursor-based iterators, sync and async — stopping, resuming, memory."""

from __future__ import annotations

import gc
import json
import uuid
import weakref
from typing import Any

import httpx
import pytest
from jobo_client.models.job_feed_response import JobFeedResponse

from jobo_ext import InternalServerError, RetryPolicy
from tests.facade_helpers import Router, collect, json_response, make_client

STAMP = "2026-03-01T12:00:00Z"


def job(i: int) -> dict[str, Any]:
    return {"id": str(uuid.UUID(int=i + 1)), "title": f"Job {i}", "created_at": STAMP, "updated_at": STAMP}


class FeedServer:
    """A cursor feed over ``total`` jobs; cursors are offsets. Optionally fails the n-th request once."""

    def __init__(self, total: int, fail_on_request: int | None = None) -> None:
        self.total = total
        self.fail_on_request = fail_on_request
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.calls == self.fail_on_request:
            return httpx.Response(
                500, json={"status": 500, "error": "Internal Server Error", "message": "boom"}
            )
        body = json.loads(request.content or b"{}")
        start = int(body.get("cursor", "c0")[1:])
        size = body.get("batch_size", 1000) if "cursor" not in body else 100
        end = min(start + size, self.total)
        more = end < self.total
        return json_response(
            {
                "jobs": [job(i) for i in range(start, end)],
                "has_more": more,
                "next_cursor": f"c{end}" if more else None,
            }
        )


def search_server(total: int) -> Router:
    def handler(request: httpx.Request) -> httpx.Response:
        page, size = int(request.url.params["page"]), int(request.url.params["page_size"])
        pages = -(-total // size)
        items = [job(i) for i in range((page - 1) * size, min(page * size, total))]
        return json_response(
            {"jobs": items, "total": total, "page": page, "page_size": size, "total_pages": pages}
        )

    return Router({("GET", "/api/jobs"): handler})


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("total", "requests"), [(0, 1), (7, 1), (25, 3), (26, 3)])
def test_iter_search_walks_every_page_and_stops(mode: str, total: int, requests: int) -> None:
    router = search_server(total)
    jobs = collect(make_client(mode, router).jobs.iter_search(q="rust", page_size=10))
    assert [j.title for j in jobs] == [f"Job {i}" for i in range(total)]
    assert len(router.requests) == requests
    assert [r.url.params["q"] for r in router.requests] == ["rust"] * requests


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("total", "requests"), [(0, 1), (1, 1), (1000, 1), (2500, 16)])
def test_feed_iter_jobs_yields_each_job_once(mode: str, total: int, requests: int) -> None:
    server = FeedServer(total)
    router = Router({("POST", "/api/jobs/feed"): server})
    ids = [
        j.id
        for j in collect(make_client(mode, router).feed.iter_jobs(batch_size=1000, sources=["greenhouse"]))
    ]
    assert len(ids) == len(set(ids)) == total
    assert len(router.requests) == requests


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_continuation_sends_the_cursor_alone(mode: str) -> None:
    router = Router({("POST", "/api/jobs/feed"): FeedServer(250)})
    collect(
        make_client(mode, router).feed.iter_pages(batch_size=100, sources=["greenhouse"], stable_scan=True)
    )
    bodies = router.json_bodies()
    assert bodies[0] == {"batch_size": 100, "sources": ["greenhouse"], "stable_scan": True}
    assert bodies[1:] == [{"cursor": "c100"}, {"cursor": "c200"}]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_failure_on_page_3_then_resume_from_the_saved_cursor_yields_every_item_once(mode: str) -> None:
    server = FeedServer(1000, fail_on_request=3)
    router = Router({("POST", "/api/jobs/feed"): server})
    client = make_client(mode, router, retry_policy=RetryPolicy.disabled())
    seen: list[uuid.UUID] = []
    saved: str | None = None

    def consume(batch: JobFeedResponse) -> None:
        nonlocal saved
        seen.extend(j.id for j in batch.jobs)  # store first, then persist the cursor
        saved = batch.next_cursor if isinstance(batch.next_cursor, str) else None

    got: list[JobFeedResponse] = []
    with pytest.raises(InternalServerError):
        _drain_into(client.feed.iter_pages(batch_size=100), got)
    for batch in got:
        consume(batch)
    assert len(got) == 2 and saved == "c200"
    resumed = collect(client.feed.iter_pages(cursor=saved))
    for batch in resumed:
        consume(batch)
    assert len(seen) == len(set(seen)) == 1000


def _drain_into(pages: Any, out: list[JobFeedResponse]) -> None:
    import asyncio
    from collections.abc import AsyncIterator

    if isinstance(pages, AsyncIterator):

        async def drain() -> None:
            async for page in pages:
                out.append(page)

        asyncio.run(drain())
    else:
        for page in pages:
            out.append(page)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_expired_ids_follow_their_cursor(mode: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        if cursor is None:
            return json_response({"job_ids": [str(uuid.UUID(int=1))], "next_cursor": "e1", "has_more": True})
        return json_response({"job_ids": [str(uuid.UUID(int=2))], "next_cursor": None, "has_more": False})

    router = Router({("GET", "/api/jobs/expired"): handler})
    ids = collect(make_client(mode, router).feed.iter_expired(batch_size=1))
    assert ids == [uuid.UUID(int=1), uuid.UUID(int=2)]
    assert [r.url.params.get("cursor") for r in router.requests] == [None, "e1"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_career_site_rows_are_found_under_the_undocumented_key(mode: str) -> None:
    rows = [{"id": str(uuid.UUID(int=9)), "details_url": "https://x"}]
    router = Router(
        {
            ("POST", "/api/career-sites/feed"): lambda r: json_response(
                {"career_sites": rows, "has_more": False}
            )
        }
    )
    assert collect(make_client(mode, router).career_sites.iter_feed()) == rows


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_company_jobs_iterate_pages(mode: str) -> None:
    company = str(uuid.UUID(int=5))

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        return json_response(
            {"jobs": [job(page)], "total": 2, "page": page, "page_size": 1, "total_pages": 2}
        )

    router = Router({("GET", f"/api/companies/{company}/jobs"): handler})
    jobs = collect(make_client(mode, router).companies.iter_jobs(company, page_size=1))
    assert [j.title for j in jobs] == ["Job 1", "Job 2"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_iterating_100k_jobs_keeps_at_most_two_pages_alive(mode: str) -> None:
    live: list[weakref.ref[JobFeedResponse]] = []
    peak = 0
    batch = [job(i) for i in range(1000)]

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content or b"{}")
        n = int(body.get("cursor", "c0")[1:])
        more = n + 1 < 100
        return json_response({"jobs": batch, "has_more": more, "next_cursor": f"c{n + 1}" if more else None})

    router = Router({("POST", "/api/jobs/feed"): handler})
    client = make_client(mode, router)
    original = JobFeedResponse.from_dict

    def tracking(src: Any) -> JobFeedResponse:
        page = original(src)
        live.append(weakref.ref(page))
        return page

    count = 0
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(JobFeedResponse, "from_dict", staticmethod(tracking))
        router.requests = _Discard()  # do not keep 100 request bodies alive in the test itself
        for _job in _iterate(client.feed.iter_jobs(batch_size=1000)):
            count += 1
            if count % 1000 == 1:
                gc.collect()
                peak = max(peak, sum(ref() is not None for ref in live))
    assert count == 100_000
    assert peak <= 2


class _Discard(list[httpx.Request]):
    def append(self, item: httpx.Request) -> None:
        return None


def _iterate(items: Any) -> Any:
    """Iterate sync or async items lazily (the async side runs in one event loop on a thread)."""
    import asyncio
    import queue
    import threading
    from collections.abc import AsyncIterator

    if not isinstance(items, AsyncIterator):
        yield from items
        return
    q: queue.Queue[Any] = queue.Queue(maxsize=1)
    done = object()

    async def pump() -> None:
        try:
            async for item in items:
                q.put(item)
        except BaseException as exc:  # hand the failure to the consumer instead of hanging it
            q.put(exc)
        finally:
            q.put(done)

    thread = threading.Thread(target=lambda: asyncio.run(pump()))
    thread.start()
    while (item := q.get()) is not done:
        if isinstance(item, BaseException):
            thread.join()
            raise item
        yield item
    thread.join()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_iter_raw_pages_yields_the_decoded_json_and_follows_the_cursor(mode: str) -> None:
    router = Router({("POST", "/api/jobs/feed"): FeedServer(250)})
    pages = collect(make_client(mode, router).feed.iter_raw_pages(batch_size=100, sources=["greenhouse"]))
    assert [len(p["jobs"]) for p in pages] == [100, 100, 50]
    assert all(isinstance(job, dict) for page in pages for job in page["jobs"])
    assert pages[0]["jobs"][0] == job(0)
    assert router.json_bodies()[1:] == [{"cursor": "c100"}, {"cursor": "c200"}]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_iter_raw_pages_rejects_a_body_that_is_not_an_object(mode: str) -> None:
    from jobo_ext import APIResponseError

    router = Router({("POST", "/api/jobs/feed"): lambda r: json_response([1, 2])})
    with pytest.raises(APIResponseError, match="expected dict"):
        collect(make_client(mode, router).feed.iter_raw_pages())
