"""Jobs feed, managed feed, expired ids and career-sites feed: cursors, filters, mutations, metering."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from jobo_ext.testing import MockJoboServer
from jobo_ext.testing.dataset import iso

ANCHOR = 1_790_000_000


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def server() -> Iterator[MockJoboServer]:
    with MockJoboServer(jobs=2_500, seed=21) as srv:
        yield srv


@pytest.fixture
def client(server: MockJoboServer) -> Iterator[httpx.Client]:
    server.reset()
    with httpx.Client(base_url=server.url, headers=server.headers(), timeout=30) as c:
        yield c


def _walk(client: httpx.Client, first: dict[str, Any], path: str = "/api/jobs/feed") -> list[dict[str, Any]]:
    """Every page of a feed scan (asserting the envelope invariants on the way)."""
    pages: list[dict[str, Any]] = []
    response = client.post(path, json=first)
    while True:
        assert response.status_code == 200, response.text
        page = response.json()
        assert response.headers["X-Has-More"] == ("true" if page["has_more"] else "false")
        assert ("estimated_total" in page) == (not pages), "estimated_total on the first page only"
        pages.append(page)
        if not page["has_more"]:
            assert page["next_cursor"] is None
            return pages
        assert isinstance(page["next_cursor"], str)
        response = client.post(path, json={"cursor": page["next_cursor"]})


def _ids(pages: list[dict[str, Any]]) -> list[str]:
    return [job["id"] for page in pages for job in page["jobs"]]


def test_backfill_yields_every_active_job_once_in_creation_order(
    client: httpx.Client, server: MockJoboServer
) -> None:
    pages = _walk(client, {})
    assert [len(p["jobs"]) for p in pages] == [1_000, 1_000, 500]
    assert pages[0]["estimated_total"] == 2_500
    assert _ids(pages) == server.dataset.active_ids()


def test_continuations_ignore_anything_beside_the_cursor(client: httpx.Client) -> None:
    first = client.post("/api/jobs/feed", json={"batch_size": 50, "sources": ["greenhouse"]}).json()
    plain = client.post("/api/jobs/feed", json={"cursor": first["next_cursor"]}).json()
    noisy = client.post(
        "/api/jobs/feed",
        json={"cursor": first["next_cursor"], "batch_size": 7, "sources": ["lever"], "stable_scan": False},
    ).json()
    assert plain == noisy
    assert len(plain["jobs"]) == 50 and {j["source"] for j in plain["jobs"]} == {"greenhouse"}


def test_filters_are_kept_by_the_cursor(client: httpx.Client, server: MockJoboServer) -> None:
    request = {
        "sources": ["greenhouse", "workday"],
        "work_models": ["remote", "hybrid"],
        "employment_types": ["full-time"],
        "batch_size": 100,
    }
    pages = _walk(client, request)
    jobs = [j for p in pages for j in p["jobs"]]
    assert len(jobs) == pages[0]["estimated_total"] > 100
    assert all(j["source"] in {"greenhouse", "workday"} for j in jobs)
    assert all(
        j["workplace_type"] in {"Remote", "Hybrid"} and j["employment_type"] == "Full-time" for j in jobs
    )
    expected = [
        j["id"]
        for j in server.dataset.jobs()
        if j["source"] in {"greenhouse", "workday"}
        and j["workplace_type"] in {"Remote", "Hybrid"}
        and j["employment_type"] == "Full-time"
    ]
    assert [j["id"] for j in jobs] == expected


def test_integral_float_batch_size_and_empty_lists(client: httpx.Client) -> None:
    page = client.post("/api/jobs/feed", json={"batch_size": 4.0, "sources": [], "work_models": []}).json()
    assert len(page["jobs"]) == 4 and page["estimated_total"] == 2_500


def test_location_filters(client: httpx.Client) -> None:
    pages = _walk(client, {"locations": [{"country": "US", "region": "California"}, {"city": "Berlin"}]})
    jobs = [j for p in pages for j in p["jobs"]]
    assert jobs
    for job in jobs:
        loc = job["locations"][0]
        assert loc["region"] == "California" or loc["city"] == "Berlin"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"batch_size": 0}, "Parameter 'batch_size' must be between 1 and 1000."),
        ({"batch_size": 1001}, "Parameter 'batch_size' must be between 1 and 1000."),
        ({"updated_after": "soon"}, "Parameter 'updated_after' must be an ISO 8601 date-time."),
        ({"sources": "greenhouse"}, "Parameter 'sources' must be an array of strings."),
        ({"stable_scan": "sure"}, "Parameter 'stable_scan' must be a boolean."),
        ({"cursor": "abc"}, "Invalid cursor. Drop the cursor and start a new scan."),
        (
            {"employment_types": ["gig"]},
            "Parameter 'employment_types' has an invalid value 'gig'; allowed: "
            "full-time, part-time, contract, internship, freelance, temporary.",
        ),
        ({"batch_size": 2.5}, "Parameter 'batch_size' must be an integer."),
        ({"batch_size": None}, "Parameter 'batch_size' must not be null."),
        ({"cursor": {}}, "Parameter 'cursor' must be a string."),
        ({"locations": [{"country": None}]}, "Parameter 'locations.country' must be a string."),
    ],
)
def test_feed_400s(client: httpx.Client, body: dict[str, Any], message: str) -> None:
    response = client.post("/api/jobs/feed", json=body)
    assert response.status_code == 400
    assert response.json()["message"] == message


def test_tampered_and_foreign_cursors_are_rejected(client: httpx.Client) -> None:
    cursor = client.post("/api/jobs/feed", json={"batch_size": 10}).json()["next_cursor"]
    body, _, tag = cursor.rpartition(".")
    for bad in (body + "." + tag[::-1], body[:-2] + "." + tag, cursor + "x"):
        assert client.post("/api/jobs/feed", json={"cursor": bad}).status_code == 400
    assert client.post("/api/jobs/feed/managed", json={"cursor": cursor}).status_code == 400
    assert client.get("/api/jobs/expired", params={"cursor": cursor}).status_code == 400
    with MockJoboServer(jobs=100, seed=999) as other:
        foreign = httpx.post(f"{other.url}/api/jobs/feed", json={"cursor": cursor}, headers=other.headers())
        assert foreign.status_code == 400


def test_a_cursor_survives_a_restart_with_the_same_seed() -> None:
    with MockJoboServer(jobs=300, seed=3, anchor=ANCHOR) as first:
        page = httpx.post(
            f"{first.url}/api/jobs/feed", json={"batch_size": 100}, headers=first.headers()
        ).json()
        expected = first.dataset.active_ids()[100:200]
    with MockJoboServer(jobs=300, seed=3, anchor=ANCHOR) as second:
        again = httpx.post(
            f"{second.url}/api/jobs/feed", json={"cursor": page["next_cursor"]}, headers=second.headers()
        ).json()
    assert [j["id"] for j in again["jobs"]] == expected


def test_incremental_run_sees_exactly_the_updated_and_new_jobs() -> None:
    clock = FakeClock(ANCHOR + 3_600)
    with (
        MockJoboServer(jobs=3_000, seed=4, anchor=ANCHOR, clock=clock) as server,
        httpx.Client(base_url=server.url, headers=server.headers()) as client,
    ):
        backfill = _ids(_walk(client, {}))
        assert backfill == server.dataset.active_ids()
        last_run_started = clock.now
        clock.now += 1_800
        touched = server.dataset.touch(25)
        expired = server.dataset.expire(10)
        added = server.dataset.add(15)
        watermark = iso(last_run_started - 15 * 60)
        incremental = _ids(_walk(client, {"updated_after": watermark, "batch_size": 7}))
        assert sorted(incremental) == sorted(set(touched) - set(expired) | set(added))
        assert incremental[-15:] == added, "new jobs come last in the stable order"
        sweep = client.get("/api/jobs/expired", params={"expired_since": watermark}).json()
        assert sweep["job_ids"] == expired and not sweep["has_more"]


def test_mutations_during_a_scan_neither_duplicate_nor_lose_jobs() -> None:
    clock = FakeClock(ANCHOR + 100)
    with (
        MockJoboServer(jobs=1_000, seed=6, anchor=ANCHOR, clock=clock) as server,
        httpx.Client(base_url=server.url, headers=server.headers()) as client,
    ):
        first = client.post("/api/jobs/feed", json={"batch_size": 300}).json()
        delivered = [j["id"] for j in first["jobs"]]
        later = server.dataset.active_ids()[600:]
        server.dataset.touch(ids=later[:5] + delivered[:5])
        gone = server.dataset.expire(ids=later[5:10])
        added = server.dataset.add(3)
        cursor = first["next_cursor"]
        while cursor:
            page = client.post("/api/jobs/feed", json={"cursor": cursor}).json()
            delivered += [j["id"] for j in page["jobs"]]
            cursor = page["next_cursor"]
        assert len(delivered) == len(set(delivered)), "no duplicates"
        assert not set(gone) & set(delivered[300:]), "jobs expired mid-scan are skipped"
        assert set(delivered) >= set(server.dataset.active_ids()), "nothing active was lost"
        assert delivered[-3:] == added


def test_posted_after_matches_posting_or_first_indexed_time(
    client: httpx.Client, server: MockJoboServer
) -> None:
    jobs = list(server.dataset.jobs())
    cutoff = sorted(j["created_at"] for j in jobs)[2_000]
    ids = _ids(_walk(client, {"posted_after": cutoff}))
    expected = [j["id"] for j in jobs if j["created_at"] >= cutoff or (j["date_posted"] or "") >= cutoff]
    assert ids == expected


def test_feed_metering(client: httpx.Client, server: MockJoboServer) -> None:
    before = server.wallet.balance
    three = client.post("/api/jobs/feed", json={"batch_size": 3})
    assert three.headers["X-Credits-Deducted"] == "2", "0.5 credit per job, rounded up per batch"
    thousand = client.post("/api/jobs/feed", json={})
    assert thousand.headers["X-Credits-Deducted"] == "500"
    assert server.wallet.balance == before - 502
    server.feed_subscription = True
    try:
        free = client.post("/api/jobs/feed", json={"batch_size": 10})
        assert free.headers["X-Credits-Deducted"] == "0"
    finally:
        server.feed_subscription = False
    expired = client.get("/api/jobs/expired")
    assert expired.headers["X-Credits-Deducted"] == "0"


def test_feed_402_prices_the_requested_batch(client: httpx.Client, server: MockJoboServer) -> None:
    server.wallet.balance = 10
    try:
        response = client.post("/api/jobs/feed", json={"batch_size": 1000})
        assert response.status_code == 402
        assert response.json() == {
            "status": 402,
            "error": "Insufficient credits",
            "credits_required": 500,
            "credits_balance": 10,
        }
        assert client.post("/api/jobs/feed", json={"batch_size": 20}).status_code == 200
        assert server.wallet.balance == 0
    finally:
        server.wallet.balance = 10_000_000


def test_managed_feed_serves_only_managed_companies(client: httpx.Client, server: MockJoboServer) -> None:
    managed = set(server.dataset.managed_company_ids())
    pages = _walk(client, {"batch_size": 50}, "/api/jobs/feed/managed")
    jobs = [j for p in pages for j in p["jobs"]]
    assert jobs and all(j["company"]["id"] in managed for j in jobs)
    assert len(jobs) == sum(j["company"]["id"] in managed for j in server.dataset.jobs())
    remote = _walk(
        client, {"work_models": ["remote"], "locations": [{"city": "Berlin"}]}, "/api/jobs/feed/managed"
    )
    assert all(j["workplace_type"] == "Remote" for p in remote for j in p["jobs"]), (
        "locations is not a managed filter"
    )


def test_feed_permissions(server: MockJoboServer) -> None:
    no_feed = server.add_key(feed=False)
    sandbox = server.add_key(managed_feed=False)
    response = httpx.post(f"{server.url}/api/jobs/feed", headers={"X-Api-Key": no_feed})
    assert response.status_code == 403
    assert response.json() == {
        "status": 403,
        "error": "Forbidden",
        "message": "Your subscription does not include access to the Feed API.",
    }
    assert httpx.get(f"{server.url}/api/jobs/expired", headers={"X-Api-Key": no_feed}).status_code == 403
    assert httpx.post(f"{server.url}/api/jobs/feed", headers={"X-Api-Key": sandbox}).status_code == 200
    assert (
        httpx.post(f"{server.url}/api/jobs/feed/managed", headers={"X-Api-Key": sandbox}).status_code == 403
    )


def test_legacy_scan_restart_with_replacement_request(server: MockJoboServer, client: httpx.Client) -> None:
    server.legacy_scan_limit = 400
    try:
        first = client.post(
            "/api/jobs/feed", json={"stable_scan": False, "batch_size": 200, "sources": ["greenhouse"]}
        )
        delivered = [j["id"] for j in first.json()["jobs"]]
        second = client.post("/api/jobs/feed", json={"cursor": first.json()["next_cursor"]})
        delivered += [j["id"] for j in second.json()["jobs"]]
        updated = [j["updated_at"] for j in first.json()["jobs"] + second.json()["jobs"]]
        assert updated == sorted(updated), "the legacy order is update recency"
        conflict = client.post("/api/jobs/feed", json={"cursor": second.json()["next_cursor"]})
        assert conflict.status_code == 409
        assert conflict.headers["content-type"] == "application/problem+json"
        problem = conflict.json()
        assert problem["code"] == "feed_cursor_restart_required"
        replay = problem["replacement_request"]
        assert replay["sources"] == ["greenhouse"] and replay["stable_scan"] is True
        assert replay["updated_after"] == updated[-1]
        rest = _ids(_walk(client, replay))
        expected = {j["id"] for j in server.dataset.jobs() if j["source"] == "greenhouse"}
        assert set(delivered) | set(rest) == expected
    finally:
        server.legacy_scan_limit = 10_000


def test_expired_ids_window_cursor_and_limits(client: httpx.Client, server: MockJoboServer) -> None:
    now = server.dataset.now()
    default = client.get("/api/jobs/expired").json()
    assert default["job_ids"] == server.dataset.expired_ids(now - 86_400)
    week = iso(now - 7 * 86_400 + 60)
    everything = client.get("/api/jobs/expired", params={"expired_since": week}).json()
    assert everything["job_ids"] == server.dataset.expired_ids() and len(everything["job_ids"]) == 50
    collected: list[str] = []
    params: dict[str, Any] = {"expired_since": week, "batch_size": 7}
    while True:
        response = client.get("/api/jobs/expired", params=params)
        page = response.json()
        assert response.headers["X-Has-More"] == str(page["has_more"]).lower()
        collected += page["job_ids"]
        if not page["has_more"]:
            assert page["next_cursor"] is None
            break
        params = {"cursor": page["next_cursor"]}
    assert collected == everything["job_ids"]
    too_old = client.get("/api/jobs/expired", params={"expired_since": iso(now - 8 * 86_400)})
    assert too_old.status_code == 400
    assert too_old.json()["message"] == "Parameter 'expired_since' must be within the last 7 days."
    assert client.get("/api/jobs/expired", params={"batch_size": 10_001}).status_code == 400
    assert client.get("/api/jobs/expired", params={"batch_size": 10_000}).status_code == 200


def test_career_sites_feed(client: httpx.Client, server: MockJoboServer) -> None:
    rows: list[dict[str, Any]] = []
    response = client.post("/api/career-sites/feed", json={})
    while True:
        assert response.status_code == 200
        page = response.json()
        assert len(page["career_sites"]) <= 50
        assert response.headers["X-Credits-Deducted"] == str(50 * len(page["career_sites"]))
        rows += page["career_sites"]
        if not page["has_more"]:
            break
        response = client.post("/api/career-sites/feed", json={"cursor": page["next_cursor"]})
    assert [r["id"] for r in rows] == server.dataset.company_ids()
    row = rows[0]
    assert row["details_url"] == f"{server.url}/api/companies/{row['id']}"
    assert {"name", "ats", "listing_url", "updated_at", "industries"} <= set(row)
    assert httpx.get(row["details_url"]).status_code == 200
    fintech = client.post("/api/career-sites/feed", json={"industries": ["fintech"]}).json()["career_sites"]
    assert fintech and all("Fintech" in r["industries"] for r in fintech)
    cutoff = sorted(r["updated_at"] for r in rows)[len(rows) // 2]
    recent = client.post("/api/career-sites/feed", json={"updated_after": cutoff}).json()["career_sites"]
    assert recent and all(r["updated_at"] >= cutoff for r in recent)
    assert client.post("/api/career-sites/feed", json={"batch_size": 51}).status_code == 400
    assert client.post("/api/career-sites/feed", json={"cursor": "nope"}).status_code == 400
    assert client.post("/api/career-sites/feed", json={"cursor": {}}).status_code == 400
    assert client.post("/api/career-sites/feed", json={"industries": None}).status_code == 400
    server.wallet.balance = 120
    try:
        short = client.post("/api/career-sites/feed", json={"batch_size": 3})
        assert short.status_code == 402 and short.json()["credits_required"] == 150
    finally:
        server.wallet.balance = 10_000_000
