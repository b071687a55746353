"""Fault injection: every kind, matching rules, counters, the admin endpoint and the CLI spec."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest

from jobo_ext.testing import FaultPlan, MockJoboServer
from jobo_ext.testing.faults import parse_spec


@pytest.fixture(scope="module")
def server() -> Iterator[MockJoboServer]:
    with MockJoboServer(jobs=500, seed=13) as srv:
        yield srv


@pytest.fixture
def client(server: MockJoboServer) -> Iterator[httpx.Client]:
    server.reset()
    server.error_style = "seed"
    server.wallet.reset(1_000_000)
    with httpx.Client(base_url=server.url, headers=server.headers()) as c:
        yield c
    server.error_style = "seed"


def test_status_fault_for_the_next_n_requests(client: httpx.Client, server: MockJoboServer) -> None:
    fault = server.faults.add(path="/api/jobs/feed", status=503, times=2, retry_after=5)
    for _ in range(2):
        response = client.post("/api/jobs/feed", json={"batch_size": 1})
        assert response.status_code == 503
        assert response.headers["Retry-After"] == "5"
        assert response.json() == {
            "status": 503,
            "error": "Service Unavailable",
            "message": "The service is temporarily unavailable for maintenance. Please try again in a few minutes.",
        }
        assert response.headers["X-Credits-Deducted"] == "0"
        assert "X-RateLimit-Remaining" in response.headers and "X-Request-Id" in response.headers
    assert client.post("/api/jobs/feed", json={"batch_size": 1}).status_code == 200
    assert fault.fired == 2 and fault.exhausted
    assert [r.fault for r in server.requests] == ["status", "status", None]
    assert [r.status for r in server.requests] == [503, 503, 200]
    assert server.wallet.spent == 1


def test_status_fault_in_problem_style_with_a_code(client: httpx.Client, server: MockJoboServer) -> None:
    server.error_style = "problem"
    server.faults.status("/api/jobs", 500, code="upstream_timeout", message="Upstream timed out.")
    response = client.get("/api/jobs")
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json() == {
        "title": "Internal Server Error",
        "status": 500,
        "detail": "Upstream timed out.",
        "code": "upstream_timeout",
        "api_version": "3.0.0",
    }


def test_429_fault_always_has_retry_after(client: httpx.Client, server: MockJoboServer) -> None:
    server.faults.status("/api/jobs", 429)
    response = client.get("/api/jobs")
    assert response.status_code == 429 and response.headers["Retry-After"] == "1"
    assert response.json()["retry_after"] == 1
    server.faults.status("/api/jobs", 429, retry_after=0.05)
    assert client.get("/api/jobs").headers["Retry-After"] == "0.05", "fractions keep test retries fast"


def test_402_and_409_faults_carry_their_structured_members(
    client: httpx.Client, server: MockJoboServer
) -> None:
    server.faults.status("/api/jobs", 402)
    body = client.get("/api/jobs").json()
    assert (
        body["credits_balance"] == server.wallet.balance
        and body["credits_required"] > body["credits_balance"]
    )
    first = client.post("/api/jobs/feed", json={"batch_size": 5, "sources": ["lever"]}).json()
    server.faults.status("/api/jobs/feed", 409)
    conflict = client.post("/api/jobs/feed", json={"cursor": first["next_cursor"]})
    assert conflict.headers["content-type"] == "application/problem+json"
    problem = conflict.json()
    assert problem["code"] == "feed_cursor_restart_required"
    assert problem["replacement_request"]["sources"] == ["lever"]
    assert problem["replacement_request"]["updated_after"] == first["jobs"][-1]["updated_at"]


def test_drop_closes_the_connection_without_a_response(client: httpx.Client, server: MockJoboServer) -> None:
    job_id = server.dataset.active_ids()[0]
    server.faults.drop("/api/jobs/{id}")
    with pytest.raises(httpx.RemoteProtocolError):
        client.get(f"/api/jobs/{job_id}")
    assert client.get(f"/api/jobs/{job_id}").status_code == 200, "the next request is served normally"
    dropped = server.requests[0]
    assert dropped.fault == "drop" and dropped.status is None


def test_delay_then_normal_answer(client: httpx.Client, server: MockJoboServer) -> None:
    server.faults.delay("/api/connectors/filters", 0.08)
    started = time.perf_counter()
    response = client.get("/api/connectors/filters")
    assert response.status_code == 200
    assert time.perf_counter() - started >= 0.08
    with pytest.raises(httpx.ReadTimeout):
        server.faults.delay("/api/connectors/filters", 0.3)
        client.get("/api/connectors/filters", timeout=0.05)


def test_delay_combines_with_another_kind(client: httpx.Client, server: MockJoboServer) -> None:
    server.faults.add("/api/jobs", status=503, delay=0.05)
    started = time.perf_counter()
    assert client.get("/api/jobs").status_code == 503
    assert time.perf_counter() - started >= 0.05


def test_html_502_page(client: httpx.Client, server: MockJoboServer) -> None:
    server.faults.html_502("/api/jobs")
    response = client.get("/api/jobs")
    assert response.status_code == 502
    assert response.headers["content-type"] == "text/html"
    assert "<title>502 Bad Gateway</title>" in response.text
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_truncated_json_on_a_200(client: httpx.Client, server: MockJoboServer) -> None:
    server.faults.truncated_json("/api/jobs")
    response = client.get("/api/jobs", params={"page_size": 10})
    assert response.status_code == 200
    assert int(response.headers["Content-Length"]) == len(response.content)
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert response.headers["X-Credits-Deducted"] == "10", (
        "the server did the work; the body broke in transit"
    )
    assert client.get("/api/jobs").json()["total"] == 500


def test_unknown_520(client: httpx.Client, server: MockJoboServer) -> None:
    server.faults.unknown_520("/api/jobs/expired")
    response = client.get("/api/jobs/expired")
    assert response.status_code == 520
    assert response.reason_phrase == "Unknown Error"
    assert "520" in response.text


def test_matching_by_method_template_prefix_and_all(client: httpx.Client, server: MockJoboServer) -> None:
    server.faults.status("/api/auto-apply/*", 503, times=None)
    assert client.get("/api/auto-apply/profiles").status_code == 503
    assert client.post("/api/auto-apply/profiles", json={"name": "x"}).status_code == 503
    assert client.get("/api/jobs").status_code == 200
    server.faults.clear()
    server.faults.status("/api/jobs/{id}", 500, method="GET")
    assert client.post("/api/jobs/feed", json={"batch_size": 1}).status_code == 200, "a GET fault: no match"
    assert client.get(f"/api/jobs/{server.dataset.active_ids()[0]}").status_code == 500
    server.faults.clear()
    server.faults.status("/api/jobs", 500, method="POST")
    assert client.get("/api/jobs").status_code == 200
    server.faults.clear()
    server.faults.status(None, 503, times=2)
    assert client.get("/api/connectors/filters").status_code == 503
    assert client.get("/api/jobs/expired").status_code == 503
    assert client.get("/api/jobs/expired").status_code == 200


def test_after_lets_requests_pass_first(client: httpx.Client, server: MockJoboServer) -> None:
    fault = server.faults.status("/api/jobs/feed", 503, after=2)
    statuses = [client.post("/api/jobs/feed", json={"batch_size": 1}).status_code for _ in range(4)]
    assert statuses == [200, 200, 503, 200]
    assert fault.fired == 1


def test_forever_faults_clear_and_remove(client: httpx.Client, server: MockJoboServer) -> None:
    forever = server.faults.status("/api/jobs", 503, times=None)
    assert [client.get("/api/jobs").status_code for _ in range(3)] == [503, 503, 503]
    assert len(server.faults) == 1
    server.faults.remove(forever)
    assert client.get("/api/jobs").status_code == 200
    server.faults.status("/api/jobs", 503, times=None)
    server.faults.clear()
    assert client.get("/api/jobs").status_code == 200


def test_first_matching_fault_wins_and_admin_paths_are_never_faulted(
    client: httpx.Client, server: MockJoboServer
) -> None:
    server.faults.status("/api/jobs", 500)
    server.faults.status("/api/jobs", 503)
    server.faults.status(None, 502, times=None)
    assert httpx.get(f"{server.url}/__mock__/health").status_code == 200
    assert client.get("/api/jobs").status_code == 500
    assert client.get("/api/jobs").status_code == 503
    assert client.get("/api/jobs").status_code == 502


def test_fault_validation() -> None:
    plan = FaultPlan()
    with pytest.raises(ValueError):
        plan.add("/x")
    with pytest.raises(ValueError):
        plan.add("/x", kind="explode")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        plan.add("/x", kind="status")
    with pytest.raises(ValueError):
        plan.add_dict({"path": "/x", "status": 503, "colour": "red"})


def test_cli_fault_spec() -> None:
    assert parse_spec("path=/api/jobs/feed,status=503,times=2,retry_after=5") == {
        "path": "/api/jobs/feed",
        "status": 503,
        "times": 2,
        "retry_after": 5.0,
    }
    assert parse_spec("path=/api/jobs/{id}, kind=drop, times=inf, method=get") == {
        "path": "/api/jobs/{id}",
        "kind": "drop",
        "times": None,
        "method": "get",
    }
    fault = FaultPlan().add_spec("kind=delay,delay=0.5,after=3")
    assert fault.kind == "delay" and fault.delay == 0.5 and fault.after == 3 and fault.path is None
    with pytest.raises(ValueError):
        parse_spec("status503")
