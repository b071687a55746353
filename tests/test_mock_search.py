"""Search (GET and POST), job by id, companies and company jobs against the mock."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from jobo_ext.testing import MockJoboServer
from jobo_ext.testing.dataset import iso

SEED_400_PAGE_SIZE = {
    "status": 400,
    "error": "Bad Request",
    "message": "Parameter 'page_size' must be between 1 and 100.",
}


@pytest.fixture(scope="module")
def server() -> Iterator[MockJoboServer]:
    with MockJoboServer(jobs=2_500, seed=5) as srv:
        yield srv


@pytest.fixture
def client(server: MockJoboServer) -> Iterator[httpx.Client]:
    server.reset()
    with httpx.Client(base_url=server.url, headers=server.headers()) as c:
        yield c


def _search(client: httpx.Client, **params: Any) -> dict[str, Any]:
    response = client.get("/api/jobs", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_pagination_totals_and_headers(client: httpx.Client) -> None:
    response = client.get("/api/jobs", params={"page_size": 100, "page": 3})
    body = response.json()
    assert body["total"] == 2_500 and body["page"] == 3 and body["page_size"] == 100
    assert body["total_pages"] == 25 and len(body["jobs"]) == 100
    assert response.headers["X-Total-Count"] == "2500"
    assert response.headers["X-Total-Pages"] == "25"
    assert response.headers["X-Page"] == "3"
    default = _search(client)
    assert default["page"] == 1 and default["page_size"] == 25 and len(default["jobs"]) == 25


def test_walking_every_page_yields_each_match_once(client: httpx.Client) -> None:
    first = _search(client, work_model="hybrid", page_size=40)
    total, pages = first["total"], first["total_pages"]
    assert pages == math.ceil(total / 40)
    seen = [job["id"] for job in first["jobs"]]
    for page in range(2, pages + 1):
        seen += [job["id"] for job in _search(client, work_model="hybrid", page_size=40, page=page)["jobs"]]
    assert len(seen) == len(set(seen)) == total
    beyond = _search(client, work_model="hybrid", page_size=40, page=pages + 1)
    assert beyond["jobs"] == [] and beyond["total"] == total


def test_results_are_newest_first(client: httpx.Client) -> None:
    created = [job["created_at"] for job in _search(client, page_size=100)["jobs"]]
    assert created == sorted(created, reverse=True)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"page_size": 0}, "Parameter 'page_size' must be between 1 and 100."),
        ({"page_size": 101}, "Parameter 'page_size' must be between 1 and 100."),
        ({"page_size": "ten"}, "Parameter 'page_size' must be an integer."),
        ({"page": 0}, "Parameter 'page' must be greater than or equal to 1."),
        ({"posted_after": "last week"}, "Parameter 'posted_after' must be an ISO 8601 date-time."),
        ({"min_salary_usd": "lots"}, "Parameter 'min_salary_usd' must be an integer."),
        ({"search_description": "maybe"}, "Parameter 'search_description' must be a boolean."),
        ({"posted_before": ""}, "Parameter 'posted_before' must be an ISO 8601 date-time."),
        ({"page": ""}, "Parameter 'page' must be an integer."),
    ],
)
def test_bad_parameters_give_400_with_the_seed_message(
    client: httpx.Client, server: MockJoboServer, params: dict[str, Any], message: str | None
) -> None:
    response = client.get("/api/jobs", params=params)
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400 and body["error"] == "Bad Request"
    if message:
        assert body["message"] == message
    assert response.headers["X-Credits-Deducted"] == "0"


def test_the_seed_400_example_verbatim(client: httpx.Client) -> None:
    assert client.get("/api/jobs", params={"page_size": 500}).json() == SEED_400_PAGE_SIZE


def test_enum_filters(client: httpx.Client) -> None:
    remote = _search(client, work_model="remote", page_size=100)
    assert remote["total"] > 0 and all(j["workplace_type"] == "Remote" for j in remote["jobs"])
    both = _search(client, work_model="remote,hybrid", page_size=1)
    hybrid = _search(client, work_model="hybrid", page_size=1)
    assert both["total"] == remote["total"] + hybrid["total"]
    contract = _search(client, employment_type="contract", page_size=100)
    assert contract["total"] > 0 and all(j["employment_type"] == "Contract" for j in contract["jobs"])
    senior = _search(client, experience_level="senior", page_size=100)
    assert senior["total"] > 0 and all(j["experience_level"] == "Senior Level" for j in senior["jobs"])
    sources = _search(client, sources="greenhouse,lever", page_size=100)
    assert {j["source"] for j in sources["jobs"]} == {"greenhouse", "lever"}
    assert _search(client, work_model="REMOTE")["total"] == remote["total"], "case-insensitive"
    assert _search(client, work_model="space")["total"] == 0, "unknown values match nothing, no 400"


def test_text_and_location_filters(client: httpx.Client) -> None:
    engineers = _search(client, q="engineer", page_size=100)
    assert engineers["total"] > 0
    assert all(
        "engineer" in j["title"].lower() or "engineer" in j["company"]["name"].lower()
        for j in engineers["jobs"]
    )
    phrase = _search(client, q='"data scientist"', page_size=100)
    assert phrase["total"] > 0 and all("data scientist" in j["title"].lower() for j in phrase["jobs"])
    python = _search(client, q="python", page_size=100)
    assert python["total"] > 0
    london = _search(client, location="London", page_size=100)
    assert london["total"] > 0 and all(j["locations"][0]["city"] == "London" for j in london["jobs"])
    uk = _search(client, location="United Kingdom")
    assert uk["total"] >= london["total"]
    remote = _search(client, location="remote", page_size=100)
    assert all(j["workplace_type"] == "Remote" for j in remote["jobs"])


def test_date_and_salary_filters(client: httpx.Client, server: MockJoboServer) -> None:
    jobs = list(server.dataset.jobs())
    middle = sorted(j["created_at"] for j in jobs)[len(jobs) // 2]
    discovered = _search(client, discovered_after=middle, page_size=100)
    assert discovered["total"] == sum(j["created_at"] >= middle for j in jobs)
    before = _search(client, discovered_before=middle)
    assert before["total"] == sum(j["created_at"] <= middle for j in jobs)
    posted = sorted(j["date_posted"] for j in jobs if j["date_posted"])[len(jobs) // 3]
    assert _search(client, posted_after=posted)["total"] == sum(
        bool(j["date_posted"]) and j["date_posted"] >= posted for j in jobs
    )
    rich = _search(client, min_salary_usd=200_000, page_size=100)
    assert rich["total"] > 0
    assert all(j["compensation"] is not None for j in rich["jobs"])


def test_include_facets_is_tri_state(client: httpx.Client) -> None:
    default = _search(client)
    assert set(default["facets"]) == {"work_model", "employment_type", "experience_level", "sources"}
    assert sum(b["count"] for b in default["facets"]["work_model"]) == default["total"]
    assert {b["key"] for b in default["facets"]["work_model"]} == {"Remote", "Hybrid", "Onsite"}
    assert _search(client, include_facets="")["facets"] == {}
    chosen = _search(client, include_facets="sources,countries,true")["facets"]
    assert set(chosen) == {"sources", "countries"}, "unknown names such as 'true' give nothing"
    assert all(b["key"] == b["key"].lower() for b in chosen["countries"])
    counts = [b["count"] for b in chosen["sources"]]
    assert counts == sorted(counts, reverse=True)


def test_include_fields_is_tri_state(client: httpx.Client) -> None:
    heavy = {"description", "summary", "qualifications", "responsibilities", "benefits"}
    whole = _search(client, page_size=3)["jobs"]
    assert all(heavy <= set(j) for j in whole)
    core = _search(client, page_size=3, include_fields="")["jobs"]
    assert all(not heavy & set(j) for j in core)
    assert all({"id", "title", "company", "created_at"} <= set(j) for j in core)
    some = _search(client, page_size=3, include_fields="summary,benefits")["jobs"]
    assert all(heavy & set(j) == {"summary", "benefits"} for j in some)


def test_post_search_filters(client: httpx.Client) -> None:
    def post(body: dict[str, Any]) -> dict[str, Any]:
        response = client.post("/api/jobs/search", json=body)
        assert response.status_code == 200, response.text
        assert response.headers["X-Total-Count"] == str(response.json()["total"])
        result: dict[str, Any] = response.json()
        return result

    everything = post({})
    assert everything["total"] == 2_500 and everything["page_size"] == 25
    either = post({"queries": ["data scientist", "recruiter"], "page_size": 100})
    assert all(
        "data scientist" in j["title"].lower() or "recruiter" in j["title"].lower() for j in either["jobs"]
    )
    no_interns = post({"queries": ["engineer", "-intern"], "page_size": 100})
    assert no_interns["total"] > 0 and all("intern" not in j["title"].lower() for j in no_interns["jobs"])
    located = post({"locations": ["Berlin", "Paris"], "work_models": ["hybrid", "onsite"], "page_size": 100})
    assert {j["locations"][0]["city"] for j in located["jobs"]} <= {"Berlin", "Paris"}
    skills = post({"skills": {"include": ["python"], "exclude": ["sql"]}, "page_size": 100})
    for job in skills["jobs"]:
        names = {s["name"].lower() for s in job["qualifications"]["must_have"]["skills"]}
        assert "python" in names and "sql" not in names
    company = everything["jobs"][0]["company"]
    only = post({"companies": {"include": [company["name"]]}, "page_size": 100})
    assert only["total"] > 0 and {j["company"]["id"] for j in only["jobs"]} == {company["id"]}
    by_id = post({"companies": {"include": [company["id"]]}})
    assert by_id["total"] == only["total"]
    without = post({"companies": {"exclude": [company["name"]]}})
    assert without["total"] == 2_500 - only["total"]
    fintech = post({"industries": {"include": ["Fintech"]}, "page_size": 100})
    assert all("Fintech" in j["company"]["industries"] for j in fintech["jobs"])
    saas = post({"company_categories": {"include": ["saas"]}, "page_size": 100})
    assert all("saas" in j["company"]["categories"] for j in saas["jobs"])
    paid = post({"salary_usd": {"min": 100_000, "max": 150_000}, "include_facets": [], "include_fields": []})
    assert paid["total"] > 0 and paid["facets"] == {}
    assert "description" not in paid["jobs"][0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "Malformed JSON body."),
        (b"[1, 2]", "The request body must be a JSON object."),
        (b'{"queries": "engineer"}', "Parameter 'queries' must be an array of strings."),
        (b'{"page_size": 0}', "Parameter 'page_size' must be between 1 and 100."),
        (
            b'{"skills": ["python"]}',
            "Parameter 'skills' must be an object with 'include' and/or 'exclude' arrays.",
        ),
        (
            b'{"queries": ["a","b","c","d","e","f","g","h","i","j","k"]}',
            "Parameter 'queries' must contain at most 10 positive terms.",
        ),
        (
            b'{"work_models": ["spaceship"]}',
            "Parameter 'work_models' has an invalid value 'spaceship'; allowed: remote, hybrid, onsite.",
        ),
        (b'{"include_facets": ["true"]}', None),
        (b'{"include_fields": ["salary"]}', None),
        (b'{"page": 1.5}', "Parameter 'page' must be an integer."),
        (b'{"sources": null}', "Parameter 'sources' must not be null."),
        (b'{"skills": {"include": null}}', "Parameter 'skills.include' must not be null."),
    ],
)
def test_post_search_400s(client: httpx.Client, content: bytes, message: str | None) -> None:
    response = client.post("/api/jobs/search", content=content, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    if message is not None:
        assert response.json()["message"] == message


def test_lenient_inputs(client: httpx.Client) -> None:
    """What the spec allows is accepted: integral JSON floats, unknown members of include/exclude
    objects, empty lists (no constraint), unknown names in the free-text query parameters."""
    body = {"page": 1.0, "page_size": 5.0, "sources": [], "skills": {"include": ["python"], "note": 1}}
    response = client.post("/api/jobs/search", json=body)
    assert response.status_code == 200 and response.json()["page_size"] == 5
    python_only = client.post("/api/jobs/search", json={"skills": {"include": ["python"]}}).json()
    assert response.json()["total"] == python_only["total"]
    core = _search(client, include_fields="salary", include_facets="true")
    assert "description" not in core["jobs"][0] and core["facets"] == {}


def test_job_by_id(client: httpx.Client, server: MockJoboServer) -> None:
    job_id = server.dataset.active_ids()[10]
    response = client.get(f"/api/jobs/{job_id}")
    assert response.status_code == 200
    assert response.json() == server.dataset.job(job_id)
    assert response.headers["X-Credits-Deducted"] == "0"
    assert client.get(f"/api/jobs/{job_id.upper()}").json()["id"] == job_id
    unknown = client.get("/api/jobs/00000000-0000-4000-8000-000000000000")
    assert unknown.status_code == 404
    assert unknown.json()["message"] == "Job '00000000-0000-4000-8000-000000000000' not found."
    bad = client.get("/api/jobs/12345")
    assert bad.status_code == 400 and bad.json()["message"] == "Parameter 'id' must be a valid UUID."
    expired = server.dataset.expired_ids()[0]
    assert client.get(f"/api/jobs/{expired}").status_code == 404


def test_company_profile_and_company_jobs(client: httpx.Client, server: MockJoboServer) -> None:
    job = _search(client, page_size=1)["jobs"][0]
    company = job["company"]
    assert company["details_url"] == f"{server.url}/api/companies/{company['id']}"
    profile = httpx.get(company["details_url"]).json()
    assert profile["id"] == company["id"] and profile["name"] == company["name"]
    assert profile["industries"] == company["industries"]
    first = client.get(f"/api/companies/{company['id']}/jobs", params={"page_size": 5})
    body = first.json()
    expected = sum(j["company"]["id"] == company["id"] for j in server.dataset.jobs())
    assert body["total"] == expected and body["total_pages"] == math.ceil(expected / 5)
    assert all(j["company"]["id"] == company["id"] for j in body["jobs"])
    assert first.headers["X-Total-Count"] == str(expected)
    assert first.headers["X-Credits-Deducted"] == str(len(body["jobs"]))
    cutoff = iso(server.dataset.now() - 30 * 86_400)
    recent = client.get(f"/api/companies/{company['id']}/jobs", params={"posted_after": cutoff}).json()
    assert all(j["date_posted"] >= cutoff for j in recent["jobs"])
    assert client.get("/api/companies/00000000-0000-4000-8000-000000000000").status_code == 404
    missing = client.get("/api/companies/00000000-0000-4000-8000-000000000000/jobs")
    assert missing.status_code == 404 and "Company" in missing.json()["message"]


def test_searches_are_charged_per_delivered_job(client: httpx.Client, server: MockJoboServer) -> None:
    before = server.wallet.balance
    page = client.get("/api/jobs", params={"page_size": 20})
    assert page.headers["X-Credits-Deducted"] == "20"
    few = client.get("/api/jobs", params={"q": '"head of engineering"', "page_size": 100})
    delivered = len(few.json()["jobs"])
    assert 0 < delivered < 100
    assert few.headers["X-Credits-Deducted"] == str(delivered)
    assert server.wallet.balance == before - 20 - delivered
    assert few.headers["X-Credits-Balance"] == str(server.wallet.balance)
