"""A batch the caller has let go of is freed at once, not when the cyclic garbage collector next runs.

An httpx response and its stream refer to each other, so a response is freed only by the cyclic
collector, often several batches later. The policy transport used to cache the decoded body on the
response for the generated parser, which kept every finished batch of decoded JSON alive that long
(``feed.iter_raw_pages`` peaked 16–20 MiB above a raw httpx loop per 1,000-job batch). With the
collector switched off, any batch a response still holds stays reachable; these tests count them.
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.facade_helpers import Router, collect, json_response, make_client

MARK = "test_feed_memory: a batch"
PAGES = 5


def feed(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content or b"{}")
    page = int(body.get("cursor", "p0")[1:])
    more = page + 1 < PAGES
    return json_response(
        {
            "jobs": [{"n": page}],
            "has_more": more,
            "next_cursor": f"p{page + 1}" if more else None,
            "mark": MARK,
        }
    )


def live_batches() -> int:
    return sum(1 for o in gc.get_objects() if type(o) is dict and o.get("mark") == MARK)


@pytest.fixture
def no_collector() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_iter_raw_pages_keeps_no_batch_the_caller_let_go_of(mode: str, no_collector: None) -> None:
    client = make_client(mode, Router({("POST", "/api/jobs/feed"): feed}))
    seen: list[int] = []
    for page in collect(client.feed.iter_raw_pages(batch_size=1)):
        seen.append(page["jobs"][0]["n"])
    del page
    assert seen == list(range(PAGES))
    assert live_batches() == 0


def test_the_cached_parse_is_handed_over_once() -> None:
    router = Router({("GET", "/api/filters"): lambda r: json_response({"mark": MARK, "x": [1]})})
    client: Any = make_client("sync", router)
    response = client.generated.get_httpx_client().get("/api/filters")
    first = response.json()
    again = response.json()
    assert again == first and again is not first  # decoded again, as httpx does on every call
    assert response.json(parse_float=str) == first  # keyword arguments still decode with json.loads


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_iter_raw_pages_hands_out_dicts_no_larger_than_json_loads_makes(mode: str) -> None:
    """The caller holds each raw batch while storing it, so its size is the caller's memory: orjson (the
    speed extra) presizes its dicts, about a third larger than the standard library's, which put
    ``iter_raw_pages`` 7 MiB above a raw httpx loop over a 1,000-job feed."""
    pytest.importorskip("orjson", reason="only the speed extra's decoder makes larger dicts")
    job = json.loads((Path(__file__).parent / "fixtures" / "job.json").read_text())

    def one_page(request: httpx.Request) -> httpx.Response:
        return json_response({"jobs": [job], "has_more": False, "next_cursor": None})

    client = make_client(mode, Router({("POST", "/api/jobs/feed"): one_page}))
    (page,) = collect(client.feed.iter_raw_pages(batch_size=1))
    reference = json.loads(json.dumps({"jobs": [job]}))["jobs"][0]
    assert sys.getsizeof(page["jobs"][0]) == sys.getsizeof(reference)
    assert page["jobs"][0] == reference
