"""The operation table (built from the spec, see tests/test_spec_facts.py): route lookup picks the most
specific template, and the known operations are classified as the API docs say."""

from __future__ import annotations

import pytest

from jobo_ext.operations import OPERATIONS, OperationPolicy, lookup
from tests.spec_utils import iter_operations


def _spec_operations() -> dict[tuple[str, str], dict[str, object]]:
    return {(method, path): operation for method, path, operation in iter_operations()}


def test_every_non_get_operation_of_the_spec_is_found_by_lookup() -> None:
    non_get = [(method, path) for method, path in _spec_operations() if method != "GET"]
    assert non_get, "the spec has POST operations"
    for method, path in non_get:
        concrete = path.replace("{id}", "7f0c1d2e-0000-4000-8000-000000000000")
        assert lookup(method, concrete).operation_id is not None, (method, path)


def test_the_read_only_posts_are_idempotent_and_the_auto_apply_posts_are_not() -> None:
    assert {op.operation_id for op in OPERATIONS if op.method == "POST" and op.idempotent} == {
        "searchJobsPost",
        "getJobFeed",
        "getManagedJobFeed",
        "getCareerSiteFeed",
    }
    assert {op.operation_id for op in OPERATIONS if not op.idempotent} == {
        "createAutoApplyProfile",
        "importAutoApplyProfile",
        "submitAutoApplySessionAnswers",
    }
    assert {op.operation_id: op.read_timeout for op in OPERATIONS if op.read_timeout} == {
        "getJobFeed": 120.0,
        "getManagedJobFeed": 120.0,
        "getCareerSiteFeed": 120.0,
    }


@pytest.mark.parametrize(
    ("method", "path", "operation_id"),
    [
        ("GET", "/api/jobs/expired", "getExpiredJobIds"),
        ("GET", "/api/jobs/0f0e", "getJob"),
        ("GET", "/api/jobs", "searchJobs"),
        ("get", "/api/jobs/", "searchJobs"),
        ("POST", "/api/jobs/feed", "getJobFeed"),
        ("POST", "/api/jobs/feed/managed", "getManagedJobFeed"),
        ("POST", "/api/auto-apply/profiles/import", "importAutoApplyProfile"),
        ("GET", "/api/auto-apply/profiles/abc", "getAutoApplyProfile"),
        ("GET", "/api/companies/abc", "getCompany"),
        ("GET", "/api/companies/abc/jobs", "getCompanyJobs"),
        ("GET", "/api/connectors/filter-options/industries", "getConnectorFilterOptions"),
    ],
)
def test_lookup_prefers_the_most_specific_template(method: str, path: str, operation_id: str) -> None:
    assert lookup(method, path).operation_id == operation_id


def test_only_the_company_profile_is_public() -> None:
    assert [op.operation_id for op in OPERATIONS if op.public] == ["getCompany"]
    assert lookup("GET", "/api/companies/abc").public
    assert not lookup("GET", "/api/companies/abc/jobs").public
    assert not lookup("POST", "/api/companies/abc").public  # same path, other method: unknown, not public


@pytest.mark.parametrize(
    ("method", "idempotent"),
    [("GET", True), ("HEAD", True), ("OPTIONS", True), ("POST", False), ("PUT", False), ("DELETE", False)],
)
def test_unknown_routes_get_the_safe_default(method: str, idempotent: bool) -> None:
    policy = lookup(method, "/api/not/in/the/spec")
    assert policy == OperationPolicy(method, "/api/not/in/the/spec", None, idempotent=idempotent)
    assert lookup("GET", "/api/jobs/a/b").operation_id is None  # a parameter never spans a slash
