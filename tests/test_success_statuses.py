"""Any 2xx whose body fits the operation's success schema is a success, and an unusable response is an
``APIResponseError`` carrying its real status code — never 0 (issue 13, items 10 and 9's status half)."""

from __future__ import annotations

import importlib
import importlib.util
import io
import pkgutil
import re
from typing import Any

import httpx
import jobo_client.api
import pytest
from jobo_client import Client
from jobo_client.models.profile import Profile

from jobo_ext import APIResponseError
from tests.facade_helpers import Router, collect, json_response, make_client, run
from tests.spec_utils import iter_operations, load_fixture
from tests.test_facade_calls import CASES, PROFILE_ID, _resource

MODES = ["sync", "async"]

#: A body that fits each operation's documented 2xx schema. A new operation without an entry fails
#: test_every_operation_parses_any_2xx_with_its_success_schema, so it cannot miss the rule.
SUCCESS_FIXTURES: dict[str, Any] = {
    "searchJobs": "search-response.json",
    "searchJobsPost": "search-response.json",
    "getJob": "job.json",
    "getJobFeed": "feed-page-first.json",
    "getManagedJobFeed": "feed-page-last.json",
    "getExpiredJobIds": "expired-ids-page.json",
    "getCareerSiteFeed": "career-sites-feed-page.PARTIAL.json",
    "getCompany": "company.json",
    "getCompanyJobs": "company-jobs-page.json",
    "geocodeLocation": "geocode-success.json",
    "getConnectorFilters": "connectors-filters.json",
    "getConnectorFilterOptions": "connectors-filter-options.json",
    "suggestLocations": "connectors-locations-suggest.json",
    "createAutoApplyProfile": "status-201-seed-created.json",
    "listAutoApplyProfiles": ["status-201-seed-created.json"],
    "getAutoApplyProfile": "status-201-seed-created.json",
    "importAutoApplyProfile": "auto-apply-B-profile-import-response.json",
    "submitAutoApplySessionAnswers": "auto-apply-B-session.json",
    "getAutoApplyApplication": "auto-apply-B-application.json",
}

# 2xx codes: documented ones, other named ones, and 299, which Python's HTTPStatus does not name.
STATUSES = [200, 201, 202, 203, 206, 226, 299]


def _body(operation_id: str) -> Any:
    entry = SUCCESS_FIXTURES[operation_id]
    return [load_fixture(name) for name in entry] if isinstance(entry, list) else load_fixture(entry)


def _module(operation_id: str) -> Any:
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()
    for tag in pkgutil.iter_modules(jobo_client.api.__path__):
        if importlib.util.find_spec(f"jobo_client.api.{tag.name}.{snake}") is not None:
            return importlib.import_module(f"jobo_client.api.{tag.name}.{snake}")
    raise AssertionError(f"no generated module for {operation_id}")


OPERATIONS = [op["operationId"] for _, _, op in iter_operations()]


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_every_operation_parses_any_2xx_with_its_success_schema(operation_id: str) -> None:
    # The generated parser itself (openapi/templates/endpoint_module.py.jinja), for every operation.
    assert operation_id in SUCCESS_FIXTURES, f"add a success body for {operation_id}"
    module, body = _module(operation_id), _body(operation_id)
    client = Client(base_url="https://api.test")
    documented = min(
        code
        for _, _, op in iter_operations()
        if op["operationId"] == operation_id
        for code in op["responses"]
    )
    expected = module._build_response(
        client=client, response=httpx.Response(int(documented), json=body)
    ).parsed
    assert expected is not None
    for status in STATUSES:
        result = module._build_response(client=client, response=httpx.Response(status, json=body))
        assert result.parsed == expected, status
        assert int(result.status_code) == status


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [200, 202, 299])
def test_a_profile_created_with_another_2xx_than_201_is_returned(mode: str, status: int) -> None:
    # It used to create the profile and then raise, inviting a retry that creates a duplicate.
    router = Router(
        {
            ("POST", "/api/auto-apply/profiles"): lambda r: json_response(
                load_fixture("status-201-seed-created.json"), status
            )
        }
    )
    profile = run(make_client(mode, router).auto_apply.profiles.create(name="Default Profile"))
    assert isinstance(profile, Profile) and str(profile.id) == PROFILE_ID
    assert len(router.requests) == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [201, 203, 299])
@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}.{c[1]}" for c in CASES])
def test_every_facade_call_accepts_an_undocumented_2xx(mode: str, status: int, case: tuple[Any, ...]) -> None:
    resource, name, args, kwargs, method, path, _, fixture, model = case
    router = Router({(method, path): lambda r: json_response(load_fixture(fixture), status)})
    result = run(getattr(_resource(make_client(mode, router), resource), name)(*args, **kwargs))
    assert isinstance(result, model)


@pytest.mark.parametrize("mode", MODES)
def test_a_resume_import_answered_with_an_undocumented_2xx_is_accepted(mode: str) -> None:
    routes = {
        ("POST", "/api/auto-apply/profiles/import"): lambda r: json_response(
            load_fixture("auto-apply-B-profile-import-response.json"), 203
        ),
    }
    router = Router(routes)
    profile_id = load_fixture("auto-apply-B-profile-import-response.json")["profile_id"]
    routes[("GET", f"/api/auto-apply/profiles/{profile_id}")] = lambda r: json_response(
        {**load_fixture("status-201-seed-created.json"), "id": profile_id}
    )
    router.routes.update(routes)
    resume = io.BytesIO(b"Jane Doe, engineer")
    resume.name = "resume.txt"
    profile = run(make_client(mode, router).auto_apply.profiles.import_resume(resume, wait=False))
    assert str(profile.id) == profile_id


# -- an unusable response carries its real status --------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [200, 203, 299])
def test_an_unusable_2xx_reports_its_real_status(mode: str, status: int) -> None:
    job = load_fixture("job.json")
    del job["title"]
    router = Router({("GET", f"/api/jobs/{job['id']}"): lambda r: json_response(job, status)})
    with pytest.raises(APIResponseError) as info:
        run(make_client(mode, router).jobs.get(job["id"]))
    assert info.value.status_code == status and info.value.operation == "getJob"
    assert info.value.field == "title"
    assert info.value.request_method == "GET" and info.value.request_url.endswith(job["id"])
    assert str(info.value).startswith(f"{status} response to getJob")


@pytest.mark.parametrize("mode", MODES)
def test_a_204_without_a_body_reports_204(mode: str) -> None:
    router = Router({("POST", "/api/auto-apply/profiles"): lambda r: httpx.Response(204)})
    with pytest.raises(APIResponseError) as info:
        run(make_client(mode, router).auto_apply.profiles.create(name="x"))
    assert info.value.status_code == 204 and info.value.operation == "createAutoApplyProfile"


@pytest.mark.parametrize("mode", MODES)
def test_a_raw_page_that_is_not_an_object_reports_its_real_status(mode: str) -> None:
    router = Router({("POST", "/api/jobs/feed"): lambda r: json_response([1, 2], 202)})
    with pytest.raises(APIResponseError, match="expected dict") as info:
        collect(make_client(mode, router).feed.iter_raw_pages())
    assert info.value.status_code == 202 and info.value.headers["content-type"] == "application/json"


@pytest.mark.parametrize("mode", MODES)
def test_a_list_where_an_object_is_expected_reports_its_real_status(mode: str) -> None:
    router = Router({("GET", "/api/connectors/filters"): lambda r: json_response([{"sources": []}], 200)})
    with pytest.raises(APIResponseError) as info:
        run(make_client(mode, router).filters.get())
    assert info.value.status_code == 200 and info.value.operation == "getConnectorFilters"


@pytest.mark.parametrize("mode", MODES)
def test_an_error_before_anything_is_sent_is_not_called_a_response_error(mode: str) -> None:
    # feed.jobs(locations=["Berlin"]) fails while building the body: there is no response to blame.
    # (Which exception it is — a TypeError naming the parameter — is the argument checks' business.)
    router = Router()
    with pytest.raises(Exception) as info:
        run(make_client(mode, router).feed.jobs(locations=["Berlin"]))
    assert not isinstance(info.value, APIResponseError), info.value
    assert router.requests == []
