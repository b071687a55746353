"""Values outside a closed vocabulary of the spec are refused before sending (they would cost the balance
precheck and silently match nothing); known values are matched without regard to case and sent in the
spec's spelling; ``strict_values=False`` sends unknown values as given."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, cast
from urllib.parse import parse_qs

import httpx
import pytest
from jobo_client.models.job_feed_request import JobFeedRequest

from tests.facade_helpers import Router, collect, json_response, make_client, run

MODES = ["sync", "async"]
SEARCH = {"jobs": [], "total": 0, "page": 1, "page_size": 25, "total_pages": 0}
FEED = {"jobs": [], "has_more": False, "next_cursor": None}
OPTIONS = {"facet": "skills", "options": []}


def _router() -> Router:
    return Router(
        {
            ("GET", "/api/jobs"): lambda r: json_response(SEARCH),
            ("POST", "/api/jobs/search"): lambda r: json_response(SEARCH),
            ("POST", "/api/jobs/feed"): lambda r: json_response(FEED),
            ("POST", "/api/jobs/feed/managed"): lambda r: json_response(FEED),
            ("GET", "/api/connectors/filter-options/skills"): lambda r: json_response(OPTIONS),
        }
    )


def _drive(result: Any) -> Any:
    """Await a call, or drain an iterator (the checks of an iterator run when it starts)."""
    if hasattr(result, "__aiter__") or hasattr(result, "__next__"):
        return collect(result)
    return run(result)


def _query(request: httpx.Request) -> dict[str, list[str]]:
    return parse_qs(request.url.query.decode(), keep_blank_values=True)


REFUSED: list[tuple[str, Callable[[Any], Any]]] = [
    (
        r"work_model\[0\] must be one of 'remote', 'hybrid', 'onsite' \(got 'remotee'\); did you mean 'remote'\?",
        lambda c: c.jobs.search(q="x", work_model=["remotee"]),
    ),
    (
        r"work_model must be one of .* \(got 'remotee'\); did you mean 'remote'\?",
        lambda c: c.jobs.search(q="x", work_model="hybrid,remotee"),
    ),
    (
        r"employment_type\[1\] must be one of 'full-time', .* \(got 'full time'\); did you mean 'full-time'\?",
        lambda c: c.jobs.search(employment_type=["contract", "full time"]),
    ),
    (
        r"experience_level\[0\] .* \(got 'senoir'\); did you mean 'senior'\?",
        lambda c: c.jobs.search(experience_level=["senoir"]),
    ),
    (
        r"include_facets\[1\] .* \(got 'country'\); did you mean 'countries'\?",
        lambda c: c.jobs.search(include_facets=["skills", "country"]),
    ),
    (
        r"include_fields\[0\] .* \(got 'descriptions'\); did you mean 'description'\?",
        lambda c: c.jobs.search(include_fields=["descriptions"]),
    ),
    (r"work_model\[0\] .* \(got 'remotee'\)", lambda c: c.jobs.iter_search(work_model=["remotee"])),
    (
        r"work_models\[0\] .* \(got 'Remotee'\); did you mean 'remote'\?",
        lambda c: c.jobs.search_advanced(work_models=["Remotee"]),
    ),
    (
        r"include_fields\[0\] .* \(got 'benefit'\); did you mean 'benefits'\?",
        lambda c: c.jobs.search_advanced(include_fields=["benefit"]),
    ),
    (
        r"include_facets\[0\] .* \(got 'source'\); did you mean 'sources'\?",
        lambda c: c.jobs.search_advanced(include_facets=["source"]),
    ),
    (r"employment_types\[0\] .* \(got 'temp'\)", lambda c: c.feed.jobs(employment_types=["temp"])),
    (r"experience_levels\[0\] .* \(got 'junior'\)", lambda c: c.feed.iter_jobs(experience_levels=["junior"])),
    (
        r"work_models\[0\] .* \(got 'onsight'\); did you mean 'onsite'\?",
        lambda c: c.feed.managed_jobs(work_models=["onsight"]),
    ),
    (
        r"work_models\[0\] .* \(got 'onsight'\)",
        lambda c: c.feed.iter_raw_pages(body=JobFeedRequest(work_models=cast(Any, ["onsight"]))),
    ),
    (
        r"facet must be one of 'sources', 'industries', 'skills' \(got 'skils'\); did you mean 'skills'\?",
        lambda c: c.filters.options("skils"),
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("message", "call"), REFUSED, ids=[m[:40] for m, _ in REFUSED])
def test_a_value_outside_the_vocabulary_is_refused_naming_the_nearest(
    mode: str, message: str, call: Any
) -> None:
    router = _router()
    with pytest.raises(ValueError, match=message):
        _drive(call(make_client(mode, router)))
    assert router.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_without_a_close_value_the_message_says_how_to_send_it_anyway(mode: str) -> None:
    with pytest.raises(ValueError, match=r"\(got 'xyz'\); JoboClient\(strict_values=False\) sends values"):
        _drive(make_client(mode, _router()).jobs.search(work_model=["xyz"]))


@pytest.mark.parametrize("mode", MODES)
def test_query_values_are_matched_ignoring_case_and_sent_in_the_spec_spelling(mode: str) -> None:
    router = _router()
    client = make_client(mode, router)
    run(client.jobs.search(q="x", work_model=["Remote", "HYBRID"], employment_type="Full-Time, contract"))
    run(client.jobs.search(include_facets=["Sources"], include_fields=[], sources=["Greenhouse", "lever"]))
    first, second = (_query(r) for r in router.requests)
    assert first["work_model"] == ["remote,hybrid"]
    assert first["employment_type"] == ["full-time,contract"]
    assert second["include_facets"] == ["sources"]
    assert second["include_fields"] == [""]  # an empty list still asks for core fields only
    assert second["sources"] == ["Greenhouse,lever"]  # an open set: sent as given


@pytest.mark.parametrize("mode", MODES)
def test_body_values_are_respelled_without_changing_the_callers_object(mode: str) -> None:
    router = _router()
    client = make_client(mode, router)
    mine = JobFeedRequest(
        work_models=cast(Any, ["REMOTE"]), employment_types=cast(Any, ("Contract",)), batch_size=10
    )
    run(client.feed.jobs(body=mine))
    run(client.jobs.search_advanced(include_fields=["Description"], experience_levels=["Senior"]))
    run(client.filters.options("Skills"))
    feed, advanced, _ = router.json_bodies()
    assert feed == {"work_models": ["remote"], "employment_types": ["contract"], "batch_size": 10}
    assert (advanced["include_fields"], advanced["experience_levels"]) == (["description"], ["senior"])
    assert router.requests[2].url.path == "/api/connectors/filter-options/skills"
    assert (mine.work_models, cast(Any, mine.employment_types)) == (["REMOTE"], ("Contract",))


@pytest.mark.parametrize("mode", MODES)
def test_strict_values_off_sends_unknown_values_as_given(mode: str) -> None:
    router = _router()
    client = make_client(mode, router, strict_values=False)
    run(client.jobs.search(q="x", work_model=["remotee", "Hybrid"]))
    run(client.feed.jobs(work_models=["gig-economy"], employment_types=["Contract"]))
    assert _query(router.requests[0])["work_model"] == ["remotee,hybrid"]
    assert json.loads(router.requests[1].content) == {
        "work_models": ["gig-economy"],
        "employment_types": ["contract"],
    }


@pytest.mark.parametrize("mode", MODES)
def test_strict_values_off_still_checks_types_and_bounds(mode: str) -> None:
    router = _router()
    client = make_client(mode, router, strict_values=False)
    with pytest.raises(TypeError, match=r"work_models\[0\] must be a str \(got int 3\)"):
        _drive(client.feed.jobs(work_models=[3]))
    with pytest.raises(ValueError, match=r"page_size must be between 1 and 100 \(got 0\)"):
        _drive(client.jobs.search(page_size=0))
    assert router.requests == []
