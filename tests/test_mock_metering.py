"""The credit wallet (pricing, precheck, 402) and per-key rate limits (429, headers)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest

from jobo_ext.testing import MockJoboServer, RateLimiter


@pytest.fixture(scope="module")
def server() -> Iterator[MockJoboServer]:
    with MockJoboServer(jobs=1_500, seed=8) as srv:
        yield srv


@pytest.fixture
def client(server: MockJoboServer) -> Iterator[httpx.Client]:
    server.reset()
    server.wallet.reset(10_000)
    server.error_style = "seed"
    server.set_rate_limit(None)
    with httpx.Client(base_url=server.url, headers=server.headers()) as c:
        yield c
    server.set_rate_limit(None)
    server.error_style = "seed"


def test_prices_per_operation(client: httpx.Client, server: MockJoboServer) -> None:
    job_id = server.dataset.active_ids()[0]
    company_id = server.dataset.company_ids()[0]
    costs = {
        ("GET", "/api/jobs?page_size=10"): 10,
        ("POST", "/api/jobs/search"): 25,
        ("GET", f"/api/jobs/{job_id}"): 0,
        ("POST", "/api/jobs/feed"): 500,
        ("GET", "/api/jobs/expired"): 0,
        ("GET", f"/api/companies/{company_id}"): 0,
        ("GET", f"/api/companies/{company_id}/jobs?page_size=2"): 2,
        ("GET", "/api/locations/geocode?location=Berlin"): 1,
        ("GET", "/api/locations/geocode?location=TBD"): 1,
        ("GET", "/api/connectors/filters"): 0,
        ("GET", "/api/connectors/filter-options/sources"): 0,
        ("GET", "/api/connectors/locations/suggest?q=lon"): 0,
        ("GET", "/api/auto-apply/profiles"): 0,
    }
    for (method, path), cost in costs.items():
        before = server.wallet.balance
        response = client.request(method, path, json={} if method == "POST" else None)
        assert response.status_code == 200, (path, response.text)
        assert response.headers["X-Credits-Deducted"] == str(cost), path
        assert server.wallet.balance == before - cost
        assert response.headers["X-Credits-Balance"] == str(server.wallet.balance)
    assert server.wallet.spent == sum(costs.values())


def test_402_uses_the_seed_body_and_credit_headers(client: httpx.Client, server: MockJoboServer) -> None:
    server.wallet.balance = 3
    response = client.get("/api/jobs", params={"page_size": 10})
    assert response.status_code == 402
    assert response.json() == {
        "status": 402,
        "error": "Insufficient credits",
        "credits_required": 10,
        "credits_balance": 3,
    }
    assert response.headers["X-Credits-Required"] == "10"
    assert response.headers["X-Credits-Balance"] == "3"
    assert response.headers["X-Credits-Deducted"] == "0"
    assert server.wallet.balance == 3


def test_402_in_problem_style(client: httpx.Client, server: MockJoboServer) -> None:
    server.error_style = "problem"
    server.wallet.balance = 0
    response = client.get("/api/locations/geocode", params={"location": "Paris"})
    assert response.status_code == 402
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == "insufficient_credits" and body["status"] == 402
    assert body["credits_required"] == 1 and body["credits_balance"] == 0
    assert "enterprise.jobo.world/credits" in body["detail"]


def test_precheck_prices_the_requested_page_size_not_the_delivered_count(
    client: httpx.Client, server: MockJoboServer
) -> None:
    few = client.get("/api/jobs", params={"q": '"head of engineering"', "page_size": 100}).json()["total"]
    assert 0 < few < 50
    server.wallet.balance = 50
    refused = client.get("/api/jobs", params={"q": '"head of engineering"', "page_size": 100})
    assert refused.status_code == 402 and refused.json()["credits_required"] == 100
    allowed = client.get("/api/jobs", params={"q": '"head of engineering"', "page_size": 50})
    assert allowed.status_code == 200
    assert server.wallet.balance == 50 - few


def test_failed_requests_are_not_charged(client: httpx.Client, server: MockJoboServer) -> None:
    before = server.wallet.balance
    assert client.get("/api/jobs", params={"page_size": 500}).status_code == 400
    assert client.get("/api/locations/geocode").status_code == 400
    assert client.post("/api/jobs/feed", json={"cursor": "bogus"}).status_code == 400
    server.faults.status("/api/jobs", 503)
    assert client.get("/api/jobs").status_code == 503
    assert server.wallet.balance == before and server.wallet.spent == 0


def test_concurrent_requests_never_overdraw(server: MockJoboServer) -> None:
    server.wallet.reset(100)
    statuses: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        with httpx.Client(base_url=server.url, headers=server.headers()) as c:
            for _ in range(3):
                status = c.get("/api/jobs", params={"page_size": 10}).status_code
                with lock:
                    statuses.append(status)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses.count(200) == 10 and statuses.count(402) == 14
    assert server.wallet.balance == 0 and server.wallet.spent == 100


def test_rate_limit_429_with_retry_after(client: httpx.Client, server: MockJoboServer) -> None:
    server.set_rate_limit(3, window=60)
    remaining = [client.get("/api/connectors/filters").headers["X-RateLimit-Remaining"] for _ in range(3)]
    assert remaining == ["2", "1", "0"]
    refused = client.get("/api/connectors/filters")
    assert refused.status_code == 429
    retry = int(refused.headers["Retry-After"])
    assert 1 <= retry <= 60
    assert refused.json() == {
        "status": 429,
        "error": "Too Many Requests",
        "message": f"Rate limit exceeded. Try again in {retry} seconds.",
        "retry_after": retry,
    }
    assert refused.headers["X-RateLimit-Limit"] == "3" and refused.headers["X-RateLimit-Remaining"] == "0"
    assert int(refused.headers["X-RateLimit-Reset"]) > 1_700_000_000
    other = server.add_key()
    assert httpx.get(f"{server.url}/api/connectors/filters", headers={"X-Api-Key": other}).status_code == 200
    server.rate_limiter.reset()
    assert client.get("/api/connectors/filters").status_code == 200


def test_429_is_checked_before_credits_and_never_charged(
    client: httpx.Client, server: MockJoboServer
) -> None:
    server.set_rate_limit(1)
    assert client.get("/api/jobs", params={"page_size": 5}).status_code == 200
    server.wallet.balance = 0
    assert client.get("/api/jobs", params={"page_size": 5}).status_code == 429
    assert server.wallet.spent == 5


def test_feed_routes_have_their_own_bucket(client: httpx.Client, server: MockJoboServer) -> None:
    server.set_rate_limit(2, feed_limit=1)
    assert client.post("/api/jobs/feed", json={"batch_size": 1}).status_code == 200
    assert client.get("/api/jobs/expired").status_code == 429, "expired ids share the feed bucket"
    assert client.get("/api/connectors/filters").status_code == 200
    assert client.get("/api/connectors/filters").status_code == 200
    assert client.get("/api/connectors/filters").status_code == 429


def test_429_in_problem_style(client: httpx.Client, server: MockJoboServer) -> None:
    server.error_style = "problem"
    server.set_rate_limit(0)
    response = client.get("/api/jobs")
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == "rate_limit_exceeded" and body["retry_after_seconds"] == int(
        response.headers["Retry-After"]
    )


def test_rolling_window_with_a_fake_clock() -> None:
    now = [1_000.0]
    limiter = RateLimiter(2, window=10, clock=lambda: now[0])
    assert limiter.hit("k", "general").remaining == 1
    now[0] += 4
    assert limiter.hit("k", "general").remaining == 0
    refused = limiter.hit("k", "general")
    assert refused.retry_after == 6 and refused.reset == 1_010
    now[0] += 6
    accepted = limiter.hit("k", "general")
    assert accepted.retry_after is None and accepted.remaining == 0
    assert limiter.peek("k", "general").remaining == 0
    assert limiter.peek("other", "general").remaining == 2
