"""Docs ↔ spec ↔ generated code: every reference fixture validates against its schema and round-trips
through the generated model (unknown members included)."""

from __future__ import annotations

import datetime
import importlib
import re
from typing import Any

import pytest

from tests.spec_utils import FIXTURES, component_validator, load_fixture

# fixture file → spec schema; the generated model is the schema's snake_case module.
FIXTURE_SCHEMAS = {
    "job.json": "Job",
    "job-sparse.json": "Job",
    "search-response.json": "JobSearchResponse",
    "search-response-empty.json": "JobSearchResponse",
    "search-response-with-extensions.json": "JobSearchResponse",
    "company-jobs-page.json": "JobSearchResponse",
    "feed-page-first.json": "JobFeedResponse",
    "feed-page-last.json": "JobFeedResponse",
    "expired-ids-page.json": "ExpiredJobIdsResponse",
    "expired-ids-page-last.json": "ExpiredJobIdsResponse",
    "company.json": "Company",
    "geocode-success.json": "GeocodeResultItem",
    "geocode-compound.json": "GeocodeResultItem",
    "geocode-remote.json": "GeocodeResultItem",
    "geocode-failure.json": "GeocodeResultItem",
    "connectors-filters.json": "ConnectorFiltersResponse",
    "connectors-filter-options.json": "FilterOptionsResponse",
    "connectors-locations-suggest.json": "LocationSuggestResponse",
    "error-400.json": "ErrorResponse",
    "error-401.json": "ErrorResponse",
    "error-402.json": "ErrorResponse",
    "error-403.json": "ErrorResponse",
    "error-404.json": "ErrorResponse",
    "error-429.json": "ErrorResponse",
    "error-500.json": "ErrorResponse",
    "error-503.json": "ErrorResponse",
    "error-400-problem.json": "ErrorResponse",
    "error-402-problem.json": "ErrorResponse",
    "error-429-problem.json": "ErrorResponse",
    "error-409-feed-cursor-restart.json": "ErrorResponse",
    "error-problem-full.json": "ErrorResponse",
    "error-503-auto-apply-gate.json": "ErrorResponse",
    "search-advanced-request.json": "JobSearchBodyRequest",
    "feed-request-initial.json": "JobFeedRequest",
    "feed-request-continuation.json": "JobFeedRequest",
    "managed-feed-request.json": "ManagedJobFeedRequest",
    "career-sites-feed-request.PARTIAL.json": "CareerSiteFeedRequest",
    "career-sites-feed-page.PARTIAL.json": "CareerSiteFeedResponse",
    "status-201-seed-created.json": "Profile",
    "auto-apply-B-profile-create-request.PARTIAL.json": "ProfileInput",
    "auto-apply-B-profile-import-response.json": "ProfileImportResponse",
    "auto-apply-B-session.json": "Session",
    "auto-apply-B-session-answers-request.json": "SessionAnswersRequest",
    "auto-apply-B-application.json": "Application",
}
# Fixtures that are not a body of one schema, and why.
NOT_A_SCHEMA = {
    "response-headers.json": "header sets, checked by the client tests",
    "career-site-row.INFERRED.json": "row keys inferred from prose; the spec leaves rows untyped",
    "status-200-seed-envelope.json": "illustrative seed envelope; must NOT validate (see below)",
}
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def _model(schema: str) -> Any:
    module = re.sub(r"(?<!^)(?=[A-Z])", "_", schema).lower()
    return getattr(importlib.import_module(f"jobo_client.models.{module}"), schema)


def _normalise(value: Any) -> Any:
    """Compare instants, not spellings: the generator writes ``+00:00`` where the docs write ``Z``."""
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, str) and DATETIME.match(value):
        return datetime.datetime.fromisoformat(value)
    return value


def test_every_fixture_is_accounted_for() -> None:
    present = {p.name for p in FIXTURES.glob("*.json")}
    assert present == set(FIXTURE_SCHEMAS) | set(NOT_A_SCHEMA)


@pytest.mark.parametrize(("fixture", "schema"), sorted(FIXTURE_SCHEMAS.items()))
def test_fixture_validates_against_its_schema(fixture: str, schema: str) -> None:
    errors = [e.message for e in component_validator(schema).iter_errors(load_fixture(fixture))]
    assert errors == []


@pytest.mark.parametrize(("fixture", "schema"), sorted(FIXTURE_SCHEMAS.items()))
def test_fixture_round_trips_through_the_generated_model(fixture: str, schema: str) -> None:
    data = load_fixture(fixture)
    model = _model(schema).from_dict(data)
    assert _normalise(model.to_dict()) == _normalise(data)


def test_unknown_members_survive_the_round_trip() -> None:
    data = load_fixture("job.json") | {"brand_new_field": {"nested": [1, 2]}, "is_remote": True}
    job = _model("Job").from_dict(data)
    assert job.additional_properties["brand_new_field"] == {"nested": [1, 2]}
    assert job.to_dict()["is_remote"] is True


def test_unknown_values_of_open_sets_parse() -> None:
    data = load_fixture("job.json") | {"workplace_type": "Space Station", "experience_level": "Wizard"}
    data["compensation"] = dict(data["compensation"], period="fortnightly")
    job = _model("Job").from_dict(data)
    assert job.workplace_type == "Space Station"
    assert job.compensation.period == "fortnightly"


def test_seed_200_envelope_is_not_a_search_response() -> None:
    # The seed's 200 example ({data, total, page, page_size}) is illustrative; real pages carry `jobs`.
    errors = list(
        component_validator("JobSearchResponse").iter_errors(load_fixture("status-200-seed-envelope.json"))
    )
    assert any("'jobs' is a required property" in e.message for e in errors)


def test_a_job_missing_a_required_field_is_rejected_by_the_schema() -> None:
    data = load_fixture("job.json")
    del data["id"]
    assert not component_validator("Job").is_valid(data)
