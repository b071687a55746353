"""The HTTP server itself: lifecycle, auth, keep-alive, concurrency, recording, admin endpoints, CLI."""

from __future__ import annotations

import http.client
import json
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from jobo_ext.testing import MockJoboServer, make_api_key

KEY_FORMAT = re.compile(r"^jbe_(live|test)_[A-Za-z0-9_-]{21}_[A-Za-z0-9_-]{43}$")
SEED_401 = {
    "status": 401,
    "error": "Unauthorized",
    "message": "Missing or invalid API key. Include 'X-Api-Key' header.",
}


@pytest.fixture(scope="module")
def server() -> Iterator[MockJoboServer]:
    with MockJoboServer(jobs=1_000, seed=2) as srv:
        yield srv


@pytest.fixture
def client(server: MockJoboServer) -> Iterator[httpx.Client]:
    server.reset()
    server.error_style = "seed"
    with httpx.Client(base_url=server.url, headers=server.headers()) as c:
        yield c


def test_context_manager_binds_an_ephemeral_port_on_localhost_and_stops() -> None:
    with MockJoboServer(jobs=10) as a, MockJoboServer(jobs=10) as b:
        assert a.url.startswith("http://127.0.0.1:")
        assert a.port != b.port
        assert httpx.get(f"{a.url}/api/connectors/filters", headers=a.headers()).status_code == 200
        url = a.url
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/api/connectors/filters", timeout=2)
    with pytest.raises(RuntimeError):
        _ = a.url


def test_stop_does_not_hang_on_idle_keep_alive_connections() -> None:
    server = MockJoboServer(jobs=10).start()
    client = httpx.Client(base_url=server.url, headers=server.headers())
    assert client.get("/api/connectors/filters").status_code == 200  # leaves an idle pooled connection
    started = time.perf_counter()
    server.stop()
    assert time.perf_counter() - started < 3
    client.close()


def test_api_key_has_the_real_format_and_extra_keys_work() -> None:
    assert KEY_FORMAT.match(make_api_key())
    extra = make_api_key()
    with MockJoboServer(jobs=10, extra_keys=[extra]) as server:
        assert KEY_FORMAT.match(server.api_key) and len(server.api_key) == 74
        assert (
            httpx.get(f"{server.url}/api/connectors/filters", headers={"X-Api-Key": extra}).status_code == 200
        )
        added = server.add_key()
        assert (
            httpx.get(f"{server.url}/api/connectors/filters", headers={"X-Api-Key": added}).status_code == 200
        )
    with MockJoboServer(jobs=10, api_key="my-own-key") as server:
        assert (
            httpx.get(f"{server.url}/api/connectors/filters", headers={"X-Api-Key": "my-own-key"}).status_code
            == 200
        )


def test_missing_or_wrong_key_gives_the_seed_401(server: MockJoboServer) -> None:
    for headers in ({}, {"X-Api-Key": "jbe_test_nope"}, {"X-Api-Key": ""}):
        response = httpx.get(f"{server.url}/api/jobs", headers=headers)
        assert response.status_code == 401
        assert response.json() == SEED_401
        assert response.headers["content-type"] == "application/json"
    assert server.wallet.spent == 0


def test_401_in_problem_style(server: MockJoboServer) -> None:
    server.error_style = "problem"
    try:
        response = httpx.get(f"{server.url}/api/jobs")
    finally:
        server.error_style = "seed"
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == 401 and body["title"] == "Unauthorized" and body["code"] == "unauthorized"
    assert "X-Api-Key" in body["detail"]


def test_company_profile_is_public(server: MockJoboServer) -> None:
    company_id = server.dataset.company_ids()[0]
    assert httpx.get(f"{server.url}/api/companies/{company_id}").status_code == 200
    assert (
        httpx.get(f"{server.url}/api/companies/{company_id}", headers={"X-Api-Key": "wrong"}).status_code
        == 200
    )
    assert httpx.get(f"{server.url}/api/companies/{company_id}/jobs").status_code == 401


def test_every_response_has_request_id_credit_and_rate_limit_headers(client: httpx.Client) -> None:
    for path in ("/api/jobs", "/api/jobs/not-a-uuid", "/api/connectors/filters"):
        response = client.get(path)
        for name in ("X-Request-Id", "X-Credits-Deducted", "X-Credits-Balance", "X-RateLimit-Limit",
                     "X-RateLimit-Remaining", "X-RateLimit-Reset", "Content-Length"):  # fmt: skip
            assert name in response.headers, (path, name)
    ids = {client.get("/api/connectors/filters").headers["X-Request-Id"] for _ in range(5)}
    assert len(ids) == 5


def test_unknown_route_is_404_and_wrong_method_is_405(client: httpx.Client) -> None:
    assert client.get("/api/nothing-here").status_code == 404
    response = client.delete("/api/jobs")
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET"
    for path, allow in (("/api/auto-apply/profiles/import", "POST"), ("/api/jobs/feed", "POST")):
        shadowed = client.get(path)  # a literal path is not read as an id
        assert shadowed.status_code == 405 and shadowed.headers["Allow"] == allow
    assert client.options("/api/auto-apply/profiles").headers["Allow"] == "GET, POST"
    for method in ("TRACE", "QUERY", "PUT"):
        odd = client.request(method, "/api/jobs")
        assert odd.status_code == 405 and odd.json()["status"] == 405, method


def test_keep_alive_serves_many_requests_on_one_connection(server: MockJoboServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.request("GET", "/api/connectors/filters", headers=server.headers())
    first = conn.getresponse()
    first.read()
    sock = conn.sock
    for _ in range(20):
        conn.request("GET", "/api/connectors/filters", headers=server.headers())
        response = conn.getresponse()
        assert response.status == 200
        assert int(response.getheader("Content-Length") or -1) == len(response.read())
    assert conn.sock is sock, "the server kept the connection open"
    conn.close()


def test_connection_close_is_honoured(server: MockJoboServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.request("GET", "/api/connectors/filters", headers={**server.headers(), "Connection": "close"})
    response = conn.getresponse()
    assert response.getheader("Connection") == "close"
    response.read()
    conn.close()


def test_concurrent_clients_from_threads(server: MockJoboServer) -> None:
    server.reset()
    job_ids = server.dataset.active_ids()[:50]
    failures: list[str] = []

    def worker(n: int) -> None:
        with httpx.Client(base_url=server.url, headers=server.headers()) as c:
            for k in range(20):
                job_id = job_ids[(n * 7 + k) % len(job_ids)]
                r = c.get(f"/api/jobs/{job_id}")
                if r.status_code != 200 or r.json()["id"] != job_id:
                    failures.append(f"{n}/{k}: {r.status_code}")
                r = c.get("/api/jobs", params={"page": 1 + k % 3, "page_size": 5})
                if r.status_code != 200 or len(r.json()["jobs"]) != 5:
                    failures.append(f"{n}/{k} search: {r.status_code}")

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert len(server.requests) == 12 * 20 * 2
    assert server.internal_errors == []


def test_requests_are_recorded_without_the_api_key(client: httpx.Client, server: MockJoboServer) -> None:
    client.post(
        "/api/jobs/feed", json={"batch_size": 2, "sources": ["greenhouse"]}, headers={"X-Trace": "t1"}
    )
    client.get("/api/jobs", params={"q": "engineer", "include_facets": ""})
    httpx.get(f"{server.url}/api/jobs")
    feed, search, anonymous = server.requests[-3:]
    assert feed.method == "POST" and feed.path == "/api/jobs/feed"
    assert feed.json == {"batch_size": 2, "sources": ["greenhouse"]}
    assert feed.header("x-trace") == "t1"
    assert feed.header("X-Api-Key") is None and feed.had_api_key
    assert server.api_key not in json.dumps(feed.headers)
    assert feed.status == 200 and feed.credits_deducted == 1
    assert search.query == {"q": ["engineer"], "include_facets": [""]}
    assert search.param("q") == "engineer" and search.raw_query == "q=engineer&include_facets="
    assert anonymous.status == 401 and not anonymous.had_api_key
    assert server.requests.last is anonymous
    assert server.requests.to("/api/jobs", "GET") == [search, anonymous]
    server.requests.clear()
    assert len(server.requests) == 0


def test_chunked_request_bodies_are_read(client: httpx.Client) -> None:
    def body() -> Iterator[bytes]:
        yield b'{"batch_size": '
        yield b"3}"

    response = client.post("/api/jobs/feed", content=body(), headers={"Content-Type": "application/json"})
    assert response.status_code == 200
    assert len(response.json()["jobs"]) == 3


def test_sequential_requests_are_fast(client: httpx.Client, server: MockJoboServer) -> None:
    ids = server.dataset.active_ids()[:100]
    started = time.perf_counter()
    for n in range(300):
        assert client.get(f"/api/jobs/{ids[n % 100]}").status_code == 200
    elapsed = time.perf_counter() - started
    assert elapsed < 6, f"300 requests took {elapsed:.2f}s"


def test_admin_endpoints(server: MockJoboServer) -> None:
    base = f"{server.url}/__mock__"
    info = httpx.get(base).json()
    assert (
        info["url"] == server.url
        and info["api_key"] == server.api_key
        and info["jobs"] == len(server.dataset)
    )
    fault = httpx.post(f"{base}/faults", json={"path": "/api/jobs", "status": 503, "retry_after": 7})
    assert fault.status_code == 201 and fault.json()["kind"] == "status"
    assert len(httpx.get(f"{base}/faults").json()) == 1
    response = httpx.get(f"{server.url}/api/jobs", headers=server.headers())
    assert response.status_code == 503 and response.headers["Retry-After"] == "7"
    assert httpx.get(f"{base}/faults").json() == []
    httpx.post(f"{base}/faults", json={"path": "/api/jobs", "kind": "drop"})
    assert httpx.delete(f"{base}/faults").json() == {"ok": True}
    assert httpx.post(f"{base}/faults", json={"path": "/x", "kind": "explode"}).status_code == 400
    assert any(r["path"] == "/api/jobs" for r in httpx.get(f"{base}/requests").json())
    httpx.delete(f"{base}/requests")
    assert httpx.get(f"{base}/requests").json() == []
    touched = httpx.post(f"{base}/dataset/touch", json={"n": 2}).json()["ids"]
    assert len(touched) == 2
    added = httpx.post(f"{base}/dataset/add", json={"n": 1}).json()["ids"]
    expired = httpx.post(f"{base}/dataset/expire", json={"ids": added}).json()["ids"]
    assert expired == added
    ids = httpx.get(f"{base}/dataset/ids").json()
    assert added[0] in ids["expired"] and added[0] not in ids["active"]
    assert httpx.put(f"{base}/wallet", json={"balance": 42}).json()["balance"] == 42
    assert server.wallet.balance == 42
    server.wallet.balance = 10_000_000
    config = httpx.put(f"{base}/config", json={"error_style": "problem", "auto_apply_gate": True}).json()
    assert config["error_style"] == "problem" and server.auto_apply_gate
    httpx.put(f"{base}/config", json={"error_style": "seed", "auto_apply_gate": False})
    key = httpx.post(f"{base}/keys", json={"feed": False}).json()["key"]
    assert httpx.post(f"{server.url}/api/jobs/feed", headers={"X-Api-Key": key}).status_code == 403
    session = httpx.post(f"{base}/auto-apply/sessions", json={"provider_id": "lever"}).json()
    assert session["provider_name"] == "Lever"
    assert httpx.post(f"{base}/rate-limit/reset").json() == {"ok": True}
    assert httpx.get(f"{base}/nothing").status_code == 404
    assert [r.path for r in server.requests] == ["/api/jobs/feed"], "admin calls are not recorded"


def test_cli_serves_with_faults_and_stops_on_interrupt() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "jobo_ext.testing", "serve", "--port", "0", "--jobs", "300", "--seed", "3",
         "--error-style", "problem", "--fault", "path=/api/jobs,status=503,times=1,retry_after=2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())
        headers = {"X-Api-Key": info["api_key"]}
        assert info["jobs"] == 300 and KEY_FORMAT.match(info["api_key"])
        first = httpx.get(f"{info['url']}/api/jobs", headers=headers)
        assert first.status_code == 503 and first.headers["Retry-After"] == "2"
        assert first.headers["content-type"] == "application/problem+json"
        assert httpx.get(f"{info['url']}/api/jobs", headers=headers).json()["total"] == 300
    finally:
        proc.send_signal(2)
        assert proc.wait(timeout=10) == 0
        if proc.stdout:
            proc.stdout.close()
        if proc.stderr:
            proc.stderr.close()


def test_cli_help_lists_the_fault_kinds() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "jobo_ext.testing", "serve", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for kind in ("drop", "html_502", "truncated_json", "unknown_520"):
        assert kind in out
