"""The mock cannot drift from the spec: every response it produces for every operation, on the
success path and on every error path the spec declares, is validated against ``openapi/jobo.yaml``.

Bodies are validated with ``jsonschema`` (Draft 2020-12, formats asserted) against the schema the
spec declares for the operation, status and content type; the whole spec is the root document, so
``#/components/...`` references resolve. Declared response headers that are present must parse as
their declared type. The matrix runs in both error styles.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from jobo_ext.testing import MockJoboServer
from jobo_ext.testing.routes import ROUTES

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi" / "jobo.yaml"
ROOT = "urn:jobo-spec"
METHODS = ("get", "post", "put", "patch", "delete")

pytestmark = pytest.mark.skipif(not SPEC_PATH.exists(), reason="openapi/jobo.yaml is not there yet")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class SpecChecker:
    """Finds the declared response of an operation and validates a real response against it."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        resource: Resource[Any] = Resource.from_contents(spec, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(ROOT, resource)
        self.validators: dict[str, Any] = {}

    def _resolve(self, node: dict[str, Any], pointer: str) -> tuple[dict[str, Any], str]:
        while "$ref" in node:
            ref = node["$ref"]
            assert ref.startswith("#/"), ref
            pointer = ref[1:]
            node = self.spec
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node, pointer

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for template, item in self.spec["paths"].items():
            for method in METHODS:
                if method in item:
                    yield method.upper(), template, item[method]

    def _validator(self, pointer: str) -> Any:
        validator = self.validators.get(pointer)
        if validator is None:
            validator = Draft202012Validator(
                {"$ref": f"{ROOT}#{pointer}"},
                registry=self.registry,
                format_checker=Draft202012Validator.FORMAT_CHECKER,
            )
            self.validators[pointer] = validator
        return validator

    def problems(self, method: str, template: str, response: httpx.Response) -> list[str]:
        """Everything about ``response`` that the spec does not allow (empty when conformant)."""
        op = self.spec["paths"][template][method.lower()]
        op_pointer = f"/paths/{_escape(template)}/{method.lower()}"
        status = str(response.status_code)
        declared = op["responses"].get(status)
        where = f"{method} {template} → {status}"
        if declared is None:
            return [f"{where}: status not declared"]
        declared, pointer = self._resolve(declared, f"{op_pointer}/responses/{status}")
        out: list[str] = []
        content_type = response.headers.get("content-type", "").split(";")[0].strip()
        content = declared.get("content", {})
        if content_type not in content:
            out.append(f"{where}: content type {content_type!r} not declared ({sorted(content)})")
        elif "schema" in content[content_type]:
            schema_pointer = f"{pointer}/content/{_escape(content_type)}/schema"
            try:
                body = response.json()
            except ValueError:
                out.append(f"{where}: body is not JSON")
            else:
                for error in self._validator(schema_pointer).iter_errors(body):
                    path = "/".join(str(p) for p in error.absolute_path)
                    out.append(f"{where}: body at /{path}: {error.message[:300]}")
        for name, header in declared.get("headers", {}).items():
            header, _ = self._resolve(header, "")
            value = response.headers.get(name)
            if value is None:
                continue
            kind = header.get("schema", {}).get("type")
            try:
                if kind == "integer":
                    int(value)
                elif kind == "number":
                    float(value)
                elif kind == "boolean":
                    assert value in ("true", "false")
            except (ValueError, AssertionError):
                out.append(f"{where}: header {name}={value!r} is not a {kind}")
        return out


@pytest.fixture(scope="module")
def checker() -> SpecChecker:
    return SpecChecker(yaml.safe_load(SPEC_PATH.read_text()))


@pytest.fixture(scope="module")
def server() -> Iterator[MockJoboServer]:
    with MockJoboServer(jobs=400, seed=11, legacy_scan_limit=3) as srv:
        yield srv
        client = _clients.pop(srv.url, None)
        if client is not None:
            client.close()


def _fake(
    status: int, body: object, content_type: str = "application/json", **headers: str
) -> httpx.Response:
    return httpx.Response(status, json=body, headers={"content-type": content_type, **headers})


def test_checker_catches_drift(checker: SpecChecker) -> None:
    """The checker itself bites: wrong types, missing members, undeclared statuses and headers."""
    ok = {"jobs": [], "total": 0, "page": 1, "page_size": 25, "total_pages": 0, "facets": {}}
    assert checker.problems("GET", "/api/jobs", _fake(200, ok)) == []
    assert checker.problems("GET", "/api/jobs", _fake(200, {**ok, "total": "0"}))
    assert checker.problems("GET", "/api/jobs", _fake(200, {"jobs": []}))
    job = {
        "id": "not-a-uuid",
        "title": "x",
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
    }
    assert checker.problems("GET", "/api/jobs/{id}", _fake(200, job))
    job["id"] = "a1b2c3d4-e5f6-4890-abcd-ef1234567890"
    assert checker.problems("GET", "/api/jobs/{id}", _fake(200, job)) == []
    job["updated_at"] = "yesterday"
    assert checker.problems("GET", "/api/jobs/{id}", _fake(200, job))
    assert checker.problems("GET", "/api/jobs/{id}", _fake(418, {}))
    assert checker.problems("GET", "/api/jobs/{id}", _fake(404, {"status": "404"}))
    assert checker.problems("GET", "/api/jobs", _fake(200, ok, **{"X-Total-Count": "many"}))
    assert checker.problems("GET", "/api/jobs", _fake(200, ok, content_type="text/html"))


def test_every_spec_operation_is_served_and_nothing_else(checker: SpecChecker) -> None:
    in_spec = {(m, t, op["operationId"]) for m, t, op in checker.operations()}
    in_mock = {(r.method, r.template, r.operation_id) for r in ROUTES}
    assert in_spec == in_mock


def test_public_operations_match_the_spec_security(checker: SpecChecker) -> None:
    public_in_spec = {(m, t) for m, t, op in checker.operations() if op.get("security") == []}
    public_in_mock = {(r.method, r.template) for r in ROUTES if r.public}
    assert public_in_spec == public_in_mock


@dataclass
class Call:
    """One request of the matrix: which operation it exercises and how to send it."""

    method: str
    template: str
    path: str
    params: dict[str, Any] = field(default_factory=dict)
    json: Any = None
    files: dict[str, Any] | None = None
    content: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    expect: int | None = None


def _success_calls(server: MockJoboServer) -> list[Call]:
    dataset = server.dataset
    job_id = dataset.active_ids()[0]
    company_id = dataset.job(job_id)["company"]["id"]  # type: ignore[index]
    profile = server.auto_apply.create_profile({"name": "Spec profile"})
    session = server.auto_apply.create_session()
    application = server.auto_apply.create_application(profile_id=profile["id"])
    feed_first = _send(server, Call("POST", "", "/api/jobs/feed", json={"batch_size": 150}))
    cursor = feed_first.json()["next_cursor"]
    expired_first = _send(server, Call("GET", "", "/api/jobs/expired", {"batch_size": 1}))
    expired_cursor = expired_first.json()["next_cursor"]
    sites_first = _send(server, Call("POST", "", "/api/career-sites/feed", json={"batch_size": 2}))
    sites_cursor = sites_first.json()["next_cursor"]
    create_body = {
        "name": "Default",
        "contact": {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com", "phone": None},
        "location": {"city": "Austin", "state": "TX", "postal_code": "78701", "country": "United States"},
        "links": {"linkedin": None, "github": "https://github.com/adalovelace"},
        "work_experience": [
            {"company": "Analytical Engines Ltd", "title": "Engineer", "start_date": "2021-03"}
        ],
        "education": [{"school": "University of London", "degree": "BSc"}],
        "eligibility": {"work_authorized_countries": ["United States"], "requires_sponsorship": False},
        "preferences": {"salary_expectation": {"amount": 120000, "currency": "USD", "period": "year"}},
        "self_identification": {"gender": "female"},
    }
    return [
        Call("GET", "/api/jobs", "/api/jobs", {"q": "engineer", "page_size": 5}, expect=200),
        Call("GET", "/api/jobs", "/api/jobs", {"include_facets": "", "include_fields": ""}, expect=200),
        Call(
            "GET",
            "/api/jobs",
            "/api/jobs",
            {"include_facets": "countries,company_categories,skills,industries", "include_fields": "summary"},
            expect=200,
        ),
        Call("GET", "/api/jobs", "/api/jobs", {"page": 9999}, expect=200),
        Call(
            "POST",
            "/api/jobs/search",
            "/api/jobs/search",
            json={
                "queries": ["engineer", "-intern"],
                "work_models": ["remote"],
                "include_fields": ["summary"],
            },
            expect=200,
        ),
        Call("POST", "/api/jobs/search", "/api/jobs/search", expect=200),
        Call("GET", "/api/jobs/{id}", f"/api/jobs/{job_id}", expect=200),
        Call("POST", "/api/jobs/feed", "/api/jobs/feed", json={"batch_size": 3}, expect=200),
        Call("POST", "/api/jobs/feed", "/api/jobs/feed", json={"cursor": cursor}, expect=200),
        Call("POST", "/api/jobs/feed/managed", "/api/jobs/feed/managed", json={"batch_size": 2}, expect=200),
        Call(
            "GET",
            "/api/jobs/expired",
            "/api/jobs/expired",
            {"expired_since": _days_ago(server, 6)},
            expect=200,
        ),
        Call("GET", "/api/jobs/expired", "/api/jobs/expired", {"cursor": expired_cursor}, expect=200),
        Call(
            "POST",
            "/api/career-sites/feed",
            "/api/career-sites/feed",
            json={"industries": ["software"]},
            expect=200,
        ),
        Call(
            "POST",
            "/api/career-sites/feed",
            "/api/career-sites/feed",
            json={"cursor": sites_cursor},
            expect=200,
        ),
        Call("GET", "/api/companies/{id}", f"/api/companies/{company_id}", expect=200),
        Call(
            "GET",
            "/api/companies/{id}/jobs",
            f"/api/companies/{company_id}/jobs",
            {"page_size": 2},
            expect=200,
        ),
        Call(
            "GET",
            "/api/locations/geocode",
            "/api/locations/geocode",
            {"location": "San Francisco, CA"},
            expect=200,
        ),
        Call(
            "GET",
            "/api/locations/geocode",
            "/api/locations/geocode",
            {"location": "US or Canada"},
            expect=200,
        ),
        Call("GET", "/api/locations/geocode", "/api/locations/geocode", {"location": "Remote"}, expect=200),
        Call("GET", "/api/locations/geocode", "/api/locations/geocode", {"location": "TBD"}, expect=200),
        Call("GET", "/api/locations/geocode", "/api/locations/geocode", {"location": "Atlantis"}, expect=200),
        Call("GET", "/api/connectors/filters", "/api/connectors/filters", expect=200),
        Call(
            "GET",
            "/api/connectors/filter-options/{facet}",
            "/api/connectors/filter-options/industries",
            {"q": "soft", "limit": 250},
            expect=200,
        ),
        Call(
            "GET",
            "/api/connectors/locations/suggest",
            "/api/connectors/locations/suggest",
            {"q": "ber"},
            expect=200,
        ),
        Call(
            "GET",
            "/api/connectors/locations/suggest",
            "/api/connectors/locations/suggest",
            {"q": "b"},
            expect=200,
        ),
        Call("POST", "/api/auto-apply/profiles", "/api/auto-apply/profiles", json=create_body, expect=201),
        Call("GET", "/api/auto-apply/profiles", "/api/auto-apply/profiles", expect=200),
        Call("GET", "/api/auto-apply/profiles/{id}", f"/api/auto-apply/profiles/{profile['id']}", expect=200),
        Call(
            "POST",
            "/api/auto-apply/profiles/import",
            "/api/auto-apply/profiles/import",
            files={"file": ("resume.md", b"# Ada Lovelace\n", "text/markdown")},
            expect=202,
        ),
        Call(
            "POST",
            "/api/auto-apply/sessions/{id}/answers",
            f"/api/auto-apply/sessions/{session['id']}/answers",
            json={"answers": [{"field_id": "first_name", "value": "Ada", "type": "text"}]},
            expect=200,
        ),
        Call(
            "GET",
            "/api/auto-apply/applications/{id}",
            f"/api/auto-apply/applications/{application['id']}",
            expect=200,
        ),
    ]


def _days_ago(server: MockJoboServer, days: int) -> str:
    from jobo_ext.testing.dataset import iso

    return iso(server.dataset.now() - days * 86_400)


UNKNOWN = "0b7e3f1c-2d4a-4e5f-8a9b-0c1d2e3f4a5b"


def _error_calls(server: MockJoboServer) -> list[Call]:
    """Requests that reach each declared error naturally (the rest come from faults below)."""
    return [
        Call("GET", "/api/jobs", "/api/jobs", {"page_size": 0}, expect=400),
        Call("GET", "/api/jobs", "/api/jobs", {"posted_after": "yesterday"}, expect=400),
        Call("POST", "/api/jobs/search", "/api/jobs/search", content=b"{not json", expect=400),
        Call(
            "POST",
            "/api/jobs/search",
            "/api/jobs/search",
            json={"queries": [f"q{i}" for i in range(11)]},
            expect=400,
        ),
        Call("GET", "/api/jobs/{id}", "/api/jobs/not-a-uuid", expect=400),
        Call("GET", "/api/jobs/{id}", f"/api/jobs/{UNKNOWN}", expect=404),
        Call("POST", "/api/jobs/feed", "/api/jobs/feed", json={"batch_size": 1001}, expect=400),
        Call("POST", "/api/jobs/feed", "/api/jobs/feed", json={"cursor": "forged.cursor"}, expect=400),
        Call("POST", "/api/jobs/feed/managed", "/api/jobs/feed/managed", json={"batch_size": 0}, expect=400),
        Call(
            "GET",
            "/api/jobs/expired",
            "/api/jobs/expired",
            {"expired_since": _days_ago(server, 8)},
            expect=400,
        ),
        Call("GET", "/api/jobs/expired", "/api/jobs/expired", {"batch_size": 10_001}, expect=400),
        Call("POST", "/api/career-sites/feed", "/api/career-sites/feed", json={"batch_size": 51}, expect=400),
        Call("GET", "/api/companies/{id}", "/api/companies/xyz", expect=400),
        Call("GET", "/api/companies/{id}", f"/api/companies/{UNKNOWN}", expect=404),
        Call("GET", "/api/companies/{id}/jobs", f"/api/companies/{UNKNOWN}/jobs", expect=404),
        Call("GET", "/api/companies/{id}/jobs", "/api/companies/xyz/jobs", expect=400),
        Call("GET", "/api/locations/geocode", "/api/locations/geocode", {"location": "  "}, expect=400),
        Call(
            "GET",
            "/api/connectors/filter-options/{facet}",
            "/api/connectors/filter-options/colors",
            expect=400,
        ),
        Call(
            "GET",
            "/api/connectors/locations/suggest",
            "/api/connectors/locations/suggest",
            {"limit": "x"},
            expect=400,
        ),
        Call(
            "POST", "/api/auto-apply/profiles", "/api/auto-apply/profiles", json={"contact": "x"}, expect=400
        ),
        Call("GET", "/api/auto-apply/profiles/{id}", f"/api/auto-apply/profiles/{UNKNOWN}", expect=404),
        Call("GET", "/api/auto-apply/profiles/{id}", "/api/auto-apply/profiles/nope", expect=400),
        Call(
            "POST",
            "/api/auto-apply/profiles/import",
            "/api/auto-apply/profiles/import",
            files={"file": ("resume.exe", b"MZ", "application/octet-stream")},
            expect=400,
        ),
        Call(
            "POST",
            "/api/auto-apply/sessions/{id}/answers",
            f"/api/auto-apply/sessions/{UNKNOWN}/answers",
            json={"answers": [{"field_id": "a", "value": "b"}]},
            expect=404,
        ),
        Call(
            "POST",
            "/api/auto-apply/sessions/{id}/answers",
            f"/api/auto-apply/sessions/{UNKNOWN}/answers",
            json={"answers": []},
            expect=400,
        ),
        Call(
            "GET", "/api/auto-apply/applications/{id}", f"/api/auto-apply/applications/{UNKNOWN}", expect=404
        ),
    ]


_clients: dict[str, httpx.Client] = {}


def _send(server: MockJoboServer, call: Call, *, key: str | None = "default") -> httpx.Response:
    headers = dict(call.headers)
    if key == "default":
        headers.update(server.headers())
    elif key is not None:
        headers["X-Api-Key"] = key
    client = _clients.get(server.url)
    if client is None:
        client = _clients[server.url] = httpx.Client(base_url=server.url)
    return client.request(
        call.method,
        call.path,
        params=call.params,
        json=call.json,
        files=call.files,
        content=call.content,
        headers=headers,
        timeout=30,
    )


def _assert_conformant(
    checker: SpecChecker, call: Call, response: httpx.Response, expect: int | None
) -> None:
    if expect is not None:
        assert response.status_code == expect, (call, response.text[:500])
    assert checker.problems(call.method, call.template, response) == []


@pytest.fixture(params=["seed", "problem"])
def style(request: pytest.FixtureRequest, server: MockJoboServer) -> Iterator[str]:
    server.reset()
    server.wallet.reset(10_000_000)
    server.auto_apply_gate = False
    server.error_style = request.param
    yield request.param
    server.error_style = "seed"
    server.reset()


def test_success_responses_conform(checker: SpecChecker, server: MockJoboServer, style: str) -> None:
    for call in _success_calls(server):
        _assert_conformant(checker, call, _send(server, call), call.expect)
    assert server.internal_errors == []


def test_natural_error_responses_conform(checker: SpecChecker, server: MockJoboServer, style: str) -> None:
    for call in _error_calls(server):
        _assert_conformant(checker, call, _send(server, call), call.expect)


def test_401_402_429_conform_for_every_operation(
    checker: SpecChecker, server: MockJoboServer, style: str
) -> None:
    calls = _success_calls(server)
    public = {(r.method, r.template) for r in ROUTES if r.public}
    seen: set[tuple[str, str, int]] = set()
    for call in calls:
        if (call.method, call.template) not in public:
            response = _send(server, call, key=None)
            _assert_conformant(checker, call, response, 401)
            response = _send(server, call, key="jbe_test_wrong")
            _assert_conformant(checker, call, response, 401)
    server.wallet.balance = 0
    for call in calls:
        response = _send(server, call)
        _assert_conformant(checker, call, response, None)
        seen.add((call.method, call.template, response.status_code))
    server.wallet.balance = 10_000_000
    metered = {"/api/jobs", "/api/jobs/search", "/api/jobs/feed", "/api/jobs/feed/managed"}
    metered |= {"/api/career-sites/feed", "/api/companies/{id}/jobs", "/api/locations/geocode"}
    assert {t for _, t, s in seen if s == 402} == metered
    server.set_rate_limit(0)
    try:
        for call in calls:
            _assert_conformant(checker, call, _send(server, call), 429)
    finally:
        server.set_rate_limit(None)


def test_forbidden_conflict_and_gate_conform(
    checker: SpecChecker, server: MockJoboServer, style: str
) -> None:
    no_feed = server.add_key(feed=False)
    sandbox = server.add_key(managed_feed=False)
    for template in ("/api/jobs/feed", "/api/jobs/feed/managed"):
        call = Call("POST", template, template, json={})
        _assert_conformant(checker, call, _send(server, call, key=no_feed), 403)
    call = Call("GET", "/api/jobs/expired", "/api/jobs/expired")
    _assert_conformant(checker, call, _send(server, call, key=no_feed), 403)
    call = Call("POST", "/api/jobs/feed/managed", "/api/jobs/feed/managed", json={})
    _assert_conformant(checker, call, _send(server, call, key=sandbox), 403)
    # A legacy scan over its limit (3 jobs here) answers 409 with a replacement request.
    first = _send(
        server, Call("POST", "/api/jobs/feed", "/api/jobs/feed", json={"stable_scan": False, "batch_size": 3})
    )
    call = Call("POST", "/api/jobs/feed", "/api/jobs/feed", json={"cursor": first.json()["next_cursor"]})
    _assert_conformant(checker, call, _send(server, call), 409)
    server.auto_apply_gate = True
    try:
        for call in _success_calls(server):
            if call.template.startswith("/api/auto-apply"):
                _assert_conformant(checker, call, _send(server, call), 503)
    finally:
        server.auto_apply_gate = False


def test_injected_error_statuses_conform(checker: SpecChecker, server: MockJoboServer, style: str) -> None:
    """Every declared error status of every operation, injected, has a conformant body."""
    calls = {(c.method, c.template): c for c in _success_calls(server)}
    for method, template, op in checker.operations():
        call = calls[(method, template)]
        for status in sorted(op["responses"]):
            code = int(status)
            if code < 400:
                continue
            server.faults.status(template, code, method=method, retry_after=2 if code in (429, 503) else None)
            _assert_conformant(checker, call, _send(server, call), code)
    assert len(server.faults) == 0
