"""The spec's operation set, security and error responses are what the foundation issue fixes."""

from __future__ import annotations

from typing import Any

import pytest

from tests.spec_utils import iter_operations, load_spec

EXPECTED_OPERATIONS = {
    ("GET", "/api/jobs", "searchJobs"),
    ("POST", "/api/jobs/search", "searchJobsPost"),
    ("GET", "/api/jobs/{id}", "getJob"),
    ("POST", "/api/jobs/feed", "getJobFeed"),
    ("POST", "/api/jobs/feed/managed", "getManagedJobFeed"),
    ("GET", "/api/jobs/expired", "getExpiredJobIds"),
    ("POST", "/api/career-sites/feed", "getCareerSiteFeed"),
    ("GET", "/api/companies/{id}", "getCompany"),
    ("GET", "/api/companies/{id}/jobs", "getCompanyJobs"),
    ("GET", "/api/locations/geocode", "geocodeLocation"),
    ("GET", "/api/connectors/filters", "getConnectorFilters"),
    ("GET", "/api/connectors/filter-options/{facet}", "getConnectorFilterOptions"),
    ("GET", "/api/connectors/locations/suggest", "suggestLocations"),
    # Auto Apply: only the routes the docs' API reference confirms by path (reference §9.B).
    ("POST", "/api/auto-apply/profiles", "createAutoApplyProfile"),
    ("GET", "/api/auto-apply/profiles", "listAutoApplyProfiles"),
    ("GET", "/api/auto-apply/profiles/{id}", "getAutoApplyProfile"),
    ("POST", "/api/auto-apply/profiles/import", "importAutoApplyProfile"),
    ("POST", "/api/auto-apply/sessions/{id}/answers", "submitAutoApplySessionAnswers"),
    ("GET", "/api/auto-apply/applications/{id}", "getAutoApplyApplication"),
}
TAGS = {
    "Jobs Search",
    "Jobs Feed",
    "Career Sites Feed",
    "Companies",
    "Locations",
    "Filters",
    "Auto Apply",
    "Auto Apply Profiles",
}
ALWAYS = {"400", "401", "402", "403", "429", "500", "503"}
FEEDS = {"/api/jobs/feed", "/api/jobs/feed/managed", "/api/jobs/expired", "/api/career-sites/feed"}
OPERATIONS = list(iter_operations())


def test_operation_set_is_exactly_the_documented_one() -> None:
    assert {(m, p, op["operationId"]) for m, p, op in OPERATIONS} == EXPECTED_OPERATIONS


def test_operation_ids_are_unique() -> None:
    ids = [op["operationId"] for _, _, op in OPERATIONS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=lambda v: v if isinstance(v, str) else "")
def test_every_operation_has_one_known_tag_and_a_summary(method: str, path: str, op: dict[str, Any]) -> None:
    assert len(op["tags"]) == 1 and op["tags"][0] in TAGS
    assert op["summary"] and op["description"]


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=lambda v: v if isinstance(v, str) else "")
def test_every_documented_error_status_is_declared_through_shared_responses(
    method: str, path: str, op: dict[str, Any]
) -> None:
    expected = set(ALWAYS)
    if "{id}" in path:
        expected.add("404")
    if path in FEEDS:
        expected.add("409")
    errors = {code: resp for code, resp in op["responses"].items() if code >= "400"}
    assert set(errors) == expected
    for resp in errors.values():
        assert resp["$ref"].startswith("#/components/responses/")


def test_security_is_global_and_only_the_company_profile_is_public() -> None:
    spec = load_spec()
    assert spec["security"] == [{"ApiKeyAuth": []}]
    scheme = spec["components"]["securitySchemes"]["ApiKeyAuth"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "X-Api-Key")
    public = {(m, p) for m, p, op in OPERATIONS if op.get("security") == []}
    assert public == {("GET", "/api/companies/{id}")}


def test_server_is_production() -> None:
    assert load_spec()["servers"][0]["url"] == "https://connect.jobo.world"


def test_error_responses_share_one_schema_accepting_both_shapes() -> None:
    responses = load_spec()["components"]["responses"]
    for name, resp in responses.items():
        for media in ("application/json", "application/problem+json"):
            assert resp["content"][media]["schema"] == {"$ref": "#/components/schemas/ErrorResponse"}, name
    assert "Retry-After" in responses["TooManyRequests"]["headers"]
    assert "Retry-After" in responses["ServiceUnavailable"]["headers"]
    assert "X-Credits-Required" in responses["PaymentRequired"]["headers"]


def _walk(node: Any) -> Any:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def test_no_openapi_3_0_nullability_idioms() -> None:
    for node in _walk(load_spec()):
        assert "nullable" not in node
        enum = node.get("enum")
        if isinstance(enum, list):
            assert None not in enum


def test_response_side_open_sets_are_plain_strings() -> None:
    schemas = load_spec()["components"]["schemas"]
    open_sets = {
        "Job": ["workplace_type", "employment_type", "experience_level", "source"],
        "JobCompensation": ["period"],
        "GeocodeResultItem": ["method"],
        "QualificationSkill": ["type"],
        "Profile": ["status"],
        "Session": ["status"],
        "Application": ["status"],
    }
    for schema, fields in open_sets.items():
        for field in fields:
            prop = schemas[schema]["properties"][field]
            assert "enum" not in prop and "$ref" not in prop, f"{schema}.{field}"


def test_response_objects_allow_unknown_properties() -> None:
    schemas = load_spec()["components"]["schemas"]
    for name in (
        "Job",
        "JobCompany",
        "JobSearchResponse",
        "JobFeedResponse",
        "Company",
        "ErrorResponse",
        "Profile",
    ):
        assert schemas[name].get("additionalProperties") is True, name
