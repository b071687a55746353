"""End to end over real sockets: a stdlib HTTP server on 127.0.0.1 that resets the first connection."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import struct
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from jobo_client.api.auto_apply_profiles import create_auto_apply_profile
from jobo_client.api.jobs_search import get_job
from jobo_client.models import Job, ProfileInput

from jobo_ext import APIConnectionError, AsyncJoboClient, JoboClient, NotFoundError
from tests.policy_harness import API_KEY, FakeTime

JOB = (Path(__file__).resolve().parent / "fixtures" / "job.json").read_bytes()
JOB_ID = uuid.UUID(json.loads(JOB)["id"])


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.drops_left = 1
        self.lock = threading.Lock()
        self.connections = 0
        self.requests: list[tuple[str, str, str | None]] = []  # (method, path, X-Api-Key)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def handle(self) -> None:
        with self.server.lock:
            self.server.connections += 1
            drop = self.server.drops_left > 0
            self.server.drops_left -= int(drop)
        if drop:
            self.rfile.readline()  # the request line arrived: the request was sent
            # SO_LINGER 0 makes close() send a TCP RST: "connection reset by peer" on the client.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            return
        super().handle()

    def _respond(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        with self.server.lock:
            self.server.requests.append((self.command, self.path, self.headers.get("X-Api-Key")))
        if self.path == f"/api/jobs/{JOB_ID}":
            code, body = 200, JOB
        elif self.path.startswith("/api/auto-apply/profiles"):
            code, body = 201, json.dumps({"id": str(uuid.uuid4()), "name": "Default"}).encode()
        else:
            code, body = 404, b'{"status": 404, "error": "Not Found", "message": "No such job."}'
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = _respond
    do_POST = _respond

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output quiet


@pytest.fixture
def server() -> Iterator[_Server]:
    srv = _Server()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(timeout=5)


def _base_url(srv: _Server) -> str:
    return f"http://127.0.0.1:{srv.server_address[1]}"


def test_connection_reset_on_first_attempt_then_success_sync(
    server: _Server, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    time = FakeTime()
    with JoboClient(API_KEY, base_url=_base_url(server), retry_policy=time.policy(), timeout=10.0) as jobo:
        job = get_job.sync(JOB_ID, client=jobo.generated)
        with pytest.raises(NotFoundError):  # and the typed errors over real sockets too
            get_job.sync(uuid.uuid4(), client=jobo.generated)
    assert isinstance(job, Job) and job.id == JOB_ID
    assert time.sleeps == [1.0]
    assert server.connections == 2  # the reset one, then one kept alive for both later requests
    assert server.requests[0] == ("GET", f"/api/jobs/{JOB_ID}", API_KEY)
    retries = [r.getMessage() for r in caplog.records if r.name == "jobo_ext"]
    assert len(retries) == 1 and retries[0].startswith(f"Retrying GET /api/jobs/{JOB_ID} after ")
    assert API_KEY not in caplog.text  # httpx/httpcore debug logs included


def test_connection_reset_on_first_attempt_then_success_async(server: _Server) -> None:
    time = FakeTime()

    async def go() -> Job | object:
        async with AsyncJoboClient(
            API_KEY, base_url=_base_url(server), retry_policy=time.policy(), timeout=10.0
        ) as jobo:
            return await get_job.asyncio(JOB_ID, client=jobo.generated)

    job = asyncio.run(go())
    assert isinstance(job, Job) and job.id == JOB_ID
    assert time.sleeps == [1.0]
    assert server.connections == 2


def test_non_idempotent_post_is_not_replayed_after_a_reset(server: _Server) -> None:
    time = FakeTime()
    with JoboClient(API_KEY, base_url=_base_url(server), retry_policy=time.policy(), timeout=10.0) as jobo:
        with pytest.raises(APIConnectionError) as caught:
            create_auto_apply_profile.sync_detailed(client=jobo.generated, body=ProfileInput(name="Default"))
        assert caught.value.attempts == 1 and time.sleeps == []
        assert caught.value.__cause__ is not None
        # The server is fine again: the next call goes through, once.
        response = create_auto_apply_profile.sync_detailed(
            client=jobo.generated, body=ProfileInput(name="Default")
        )
    assert response.status_code == 201
    assert server.connections == 2 and len(server.requests) == 1
