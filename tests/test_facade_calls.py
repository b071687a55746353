"""Every facade method, sync and async: the request it sends and the typed model it returns."""

from __future__ import annotations

import datetime
import json
from typing import Any

import httpx
import pytest
from jobo_client.models.application import Application
from jobo_client.models.company import Company
from jobo_client.models.connector_filters_response import ConnectorFiltersResponse
from jobo_client.models.expired_job_ids_response import ExpiredJobIdsResponse
from jobo_client.models.filter_options_response import FilterOptionsResponse
from jobo_client.models.geocode_result_item import GeocodeResultItem
from jobo_client.models.job import Job
from jobo_client.models.job_feed_response import JobFeedResponse
from jobo_client.models.job_search_response import JobSearchResponse
from jobo_client.models.location_filter import LocationFilter
from jobo_client.models.location_suggest_response import LocationSuggestResponse
from jobo_client.models.profile import Profile
from jobo_client.models.session import Session

from jobo_ext import APIResponseError, NotFoundError
from tests.facade_helpers import KEY, Router, json_response, make_client, run
from tests.spec_utils import load_fixture

JOB_ID = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
COMPANY_ID = "5b0f6c1e-2d3a-4b8c-9e7f-1a2b3c4d5e6f"
PROFILE_ID = "f9e8d7c6-5432-1abc-def0-fedcba987654"
SESSION_ID = "6f1d2b3c-4a5e-4f60-9b7a-8c9d0e1f2a3b"
APPLICATION_ID = "f3b9c2d1-7e8a-4b5c-9d0e-1f2a3b4c5d6e"
SINCE = datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC)

# (resource, method, args, kwargs, HTTP method, path, expected query or JSON body, fixture, model)
CASES: list[tuple[str, str, tuple[Any, ...], dict[str, Any], str, str, dict[str, Any], str, type]] = [
    (
        "jobs",
        "search",
        (),
        {"q": "data engineer", "location": "Berlin", "sources": ["greenhouse", "lever"], "page_size": 50},
        "GET",
        "/api/jobs",
        {
            "q": "data engineer",
            "location": "Berlin",
            "sources": "greenhouse,lever",
            "page": "1",
            "page_size": "50",
        },
        "search-response.json",
        JobSearchResponse,
    ),
    (
        "jobs",
        "search_advanced",
        (),
        {"queries": ["ml engineer"], "work_models": ["remote"]},
        "POST",
        "/api/jobs/search",
        {
            "queries": ["ml engineer"],
            "work_models": ["remote"],
            "search_description": True,
            "page": 1,
            "page_size": 25,
        },
        "search-response.json",
        JobSearchResponse,
    ),
    ("jobs", "get", (JOB_ID,), {}, "GET", f"/api/jobs/{JOB_ID}", {}, "job.json", Job),
    (
        "feed",
        "jobs",
        (),
        {
            "locations": [LocationFilter(country="US", region="California")],
            "batch_size": 500,
            "updated_after": SINCE,
        },
        "POST",
        "/api/jobs/feed",
        {
            "locations": [{"country": "US", "region": "California"}],
            "batch_size": 500,
            "updated_after": "2026-03-01T00:00:00+00:00",
        },
        "feed-page-first.json",
        JobFeedResponse,
    ),
    (
        "feed",
        "managed_jobs",
        (),
        {"sources": ["greenhouse"]},
        "POST",
        "/api/jobs/feed/managed",
        {"sources": ["greenhouse"]},
        "feed-page-last.json",
        JobFeedResponse,
    ),
    (
        "feed",
        "expired",
        (),
        {"expired_since": SINCE, "batch_size": 2000},
        "GET",
        "/api/jobs/expired",
        {"expired_since": "2026-03-01T00:00:00+00:00", "batch_size": "2000"},
        "expired-ids-page.json",
        ExpiredJobIdsResponse,
    ),
    (
        "companies",
        "get",
        (COMPANY_ID,),
        {},
        "GET",
        f"/api/companies/{COMPANY_ID}",
        {},
        "company.json",
        Company,
    ),
    (
        "companies",
        "jobs",
        (COMPANY_ID,),
        {"page": 2},
        "GET",
        f"/api/companies/{COMPANY_ID}/jobs",
        {"page": "2", "page_size": "25"},
        "company-jobs-page.json",
        JobSearchResponse,
    ),
    (
        "locations",
        "geocode",
        ("London, UK",),
        {},
        "GET",
        "/api/locations/geocode",
        {"location": "London, UK"},
        "geocode-success.json",
        GeocodeResultItem,
    ),
    (
        "locations",
        "suggest",
        ("Lon",),
        {"limit": 5},
        "GET",
        "/api/connectors/locations/suggest",
        {"q": "Lon", "limit": "5"},
        "connectors-locations-suggest.json",
        LocationSuggestResponse,
    ),
    (
        "filters",
        "get",
        (),
        {},
        "GET",
        "/api/connectors/filters",
        {},
        "connectors-filters.json",
        ConnectorFiltersResponse,
    ),
    (
        "filters",
        "options",
        ("skills",),
        {"q": "py"},
        "GET",
        "/api/connectors/filter-options/skills",
        {"q": "py"},
        "connectors-filter-options.json",
        FilterOptionsResponse,
    ),
    (
        "auto_apply.profiles",
        "get",
        (PROFILE_ID,),
        {},
        "GET",
        f"/api/auto-apply/profiles/{PROFILE_ID}",
        {},
        "status-201-seed-created.json",
        Profile,
    ),
    (
        "auto_apply.sessions",
        "submit_answers",
        (SESSION_ID,),
        {"answers": [{"field_id": "f1", "value": "Ada", "type": "text"}]},
        "POST",
        f"/api/auto-apply/sessions/{SESSION_ID}/answers",
        {"answers": [{"field_id": "f1", "value": "Ada", "type": "text"}]},
        "auto-apply-B-session.json",
        Session,
    ),
    (
        "auto_apply.applications",
        "get",
        (APPLICATION_ID,),
        {},
        "GET",
        f"/api/auto-apply/applications/{APPLICATION_ID}",
        {},
        "auto-apply-B-application.json",
        Application,
    ),
]


def _resource(client: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        client = getattr(client, part)
    return client


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}.{c[1]}" for c in CASES])
def test_method_sends_the_right_request_and_returns_the_model(mode: str, case: tuple[Any, ...]) -> None:
    resource, name, args, kwargs, method, path, expected, fixture, model = case
    router = Router({(method, path): lambda r: json_response(load_fixture(fixture))})
    client = make_client(mode, router)
    result = run(getattr(_resource(client, resource), name)(*args, **kwargs))
    assert isinstance(result, model)
    (sent,) = router.requests
    assert (sent.method, sent.url.path) == (method, path)
    assert sent.headers["x-api-key"] == KEY
    if method == "GET":
        assert dict(sent.url.params) == expected
    else:
        assert json.loads(sent.content) == expected


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_profile_create_returns_the_201_body(mode: str) -> None:
    router = Router(
        {
            ("POST", "/api/auto-apply/profiles"): lambda r: json_response(
                load_fixture("status-201-seed-created.json"), 201
            )
        }
    )
    profile = run(make_client(mode, router).auto_apply.profiles.create(name="Default Profile"))
    assert isinstance(profile, Profile)
    assert str(profile.id) == PROFILE_ID and profile.name == "Default Profile"
    assert json.loads(router.requests[0].content) == {"name": "Default Profile"}


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_profile_list_returns_profiles(mode: str) -> None:
    body = [load_fixture("status-201-seed-created.json"), {"id": SESSION_ID, "status": "importing"}]
    router = Router({("GET", "/api/auto-apply/profiles"): lambda r: json_response(body)})
    profiles = run(make_client(mode, router).auto_apply.profiles.list())
    assert [p.status for p in profiles] == [profiles[0].status, "importing"]
    assert all(isinstance(p, Profile) for p in profiles)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_404_is_not_found(mode: str) -> None:
    router = Router()
    with pytest.raises(NotFoundError) as info:
        run(make_client(mode, router).jobs.get(JOB_ID))
    assert info.value.status_code == 404


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_200_missing_a_required_field_is_an_api_response_error(mode: str) -> None:
    job = load_fixture("job.json")
    del job["title"]
    router = Router({("GET", f"/api/jobs/{JOB_ID}"): lambda r: json_response(job)})
    with pytest.raises(APIResponseError) as info:
        run(make_client(mode, router).jobs.get(JOB_ID))
    assert info.value.operation == "getJob"
    assert info.value.field == "title"
    assert '"id":"a1b2c3d4' in info.value.body
    assert KEY not in str(info.value) and KEY not in repr(info.value)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_200_with_a_wrong_type_is_an_api_response_error(mode: str) -> None:
    router = Router(
        {
            ("GET", "/api/jobs"): lambda r: json_response(
                {"jobs": "nope", "total": 1, "page": 1, "page_size": 1, "total_pages": 1}
            )
        }
    )
    with pytest.raises(APIResponseError) as info:
        run(make_client(mode, router).jobs.search(q="x"))
    assert info.value.operation == "searchJobs"


def test_user_agent_names_the_client_python_and_httpx() -> None:
    router = Router({("GET", f"/api/jobs/{JOB_ID}"): lambda r: json_response(load_fixture("job.json"))})
    make_client("sync", router).jobs.get(JOB_ID)
    agent = router.requests[0].headers["user-agent"]
    assert agent.startswith("jobo-ext/0.1.0 python/3.") and f"httpx/{httpx.__version__}" in agent
