"""The mock's control endpoints under ``/__mock__/`` (no API key; never recorded, faulted or limited).

For driving a server started from the command line (or in another process) the way tests drive
:class:`~jobo_ext.testing.MockJoboServer` in-process. JSON in, JSON out. :data:`ENDPOINTS` lists them
(``python -m jobo_ext.testing serve --help`` prints that list; the README has it with examples).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from .api import ApiResponse, json_response

if TYPE_CHECKING:
    from .server import MockJoboServer

PREFIX = "/__mock__"

ENDPOINTS: tuple[tuple[str, str], ...] = (
    ("GET     /__mock__", "server info: url, API key, seed, job counts, config"),
    ("GET     /__mock__/health", '{"ok": true} once the server answers'),
    ("GET     /__mock__/faults", "faults still pending"),
    (
        "POST    /__mock__/faults",
        'add one, e.g. {"path": "/api/jobs/feed", "status": 503, "times": 2, "retry_after": 5}',
    ),
    ("DELETE  /__mock__/faults", "remove every fault"),
    ("GET     /__mock__/requests", "recorded requests: method, path, query, status, fault, credits, body"),
    ("DELETE  /__mock__/requests", "clear the request log"),
    (
        "POST    /__mock__/dataset/touch",
        'change jobs\' updated_at: {"n": 10} or {"ids": [...]} -> {"ids": [...]}',
    ),
    ("POST    /__mock__/dataset/expire", 'expire jobs: {"n": 10} or {"ids": [...]} -> {"ids": [...]}'),
    ("POST    /__mock__/dataset/add", 'add new jobs: {"n": 10} -> {"ids": [...]}'),
    ("GET     /__mock__/dataset/ids", 'every id: {"active": [...], "expired": [...]}'),
    (
        "GET|PUT /__mock__/wallet",
        'read or set the credit balance: {"balance": 100} -> {"balance": ..., "spent": ...}',
    ),
    (
        "GET|PUT /__mock__/config",
        "read or change error_style, auto_apply_gate, feed_subscription, legacy_scan_limit, "
        'rate_limit {"limit", "window", "feed_limit"}',
    ),
    ("POST    /__mock__/rate-limit/reset", "forget the rate-limit counters"),
    ("POST    /__mock__/keys", 'accept another key: {"key"?, "feed"?, "managed_feed"?} -> {"key": ...}'),
    ("POST    /__mock__/auto-apply/sessions", "seed an Auto Apply session (apply_url, provider_id)"),
    ("POST    /__mock__/auto-apply/applications", "seed an application (job_url, profile_id, fail)"),
)
"""The control endpoints (no API key; never recorded, faulted or rate-limited), as terminal text."""


def _problem(status: int, message: str) -> ApiResponse:
    return json_response({"status": status, "error": "Mock admin error", "message": message}, status)


def handle(server: MockJoboServer, method: str, path: str, body: bytes) -> ApiResponse:
    try:
        data: Any = json.loads(body) if body.strip() else {}
    except ValueError:
        return _problem(400, "Malformed JSON body.")
    if not isinstance(data, dict):
        return _problem(400, "The body must be a JSON object.")
    try:
        return _route(server, method, path[len(PREFIX) :].rstrip("/") or "/", data)
    except (ValueError, KeyError, TypeError) as exc:
        return _problem(400, str(exc))


def _route(server: MockJoboServer, method: str, sub: str, data: dict[str, Any]) -> ApiResponse:
    dataset = server.dataset
    if sub == "/" and method == "GET":
        return json_response(server.info())
    if sub == "/health":
        return json_response({"ok": True})
    if sub == "/faults":
        if method == "GET":
            return json_response([f.to_dict() for f in server.faults.pending])
        if method == "POST":
            return json_response(server.faults.add_dict(data).to_dict(), 201)
        if method == "DELETE":
            server.faults.clear()
            return json_response({"ok": True})
    if sub == "/requests":
        if method == "GET":
            return json_response(
                [
                    {
                        "method": r.method,
                        "path": r.path,
                        "query": r.query,
                        "status": r.status,
                        "fault": r.fault,
                        "request_id": r.request_id,
                        "had_api_key": r.had_api_key,
                        "credits_deducted": r.credits_deducted,
                        "json": r.json,
                    }
                    for r in server.requests
                ]
            )
        if method == "DELETE":
            server.requests.clear()
            return json_response({"ok": True})
    if sub.startswith("/dataset/") and method == "POST":
        action = sub.removeprefix("/dataset/")
        n = int(data.get("n", 1))
        ids = data.get("ids")
        if action == "touch":
            return json_response({"ids": dataset.touch(n, ids=ids)})
        if action == "expire":
            return json_response({"ids": dataset.expire(n, ids=ids)})
        if action == "add":
            return json_response({"ids": dataset.add(n)})
    if sub == "/dataset/ids" and method == "GET":
        return json_response({"active": dataset.active_ids(), "expired": dataset.expired_ids()})
    if sub == "/wallet":
        if method == "PUT" and "balance" in data:
            server.wallet.balance = int(data["balance"])
        if method in {"GET", "PUT"}:
            return json_response({"balance": server.wallet.balance, "spent": server.wallet.spent})
    if sub == "/config" and method in {"GET", "PUT"}:
        if method == "PUT":
            server.configure(**data)
        return json_response(server.info()["config"])
    if sub == "/rate-limit/reset" and method == "POST":
        server.rate_limiter.reset()
        return json_response({"ok": True})
    if sub == "/keys" and method == "POST":
        key = server.add_key(
            data.get("key"),
            feed=bool(data.get("feed", True)),
            managed_feed=bool(data.get("managed_feed", True)),
        )
        return json_response({"key": key}, 201)
    if sub == "/auto-apply/sessions" and method == "POST":
        return json_response(server.auto_apply.create_session(**data), 201)
    if sub == "/auto-apply/applications" and method == "POST":
        return json_response(server.auto_apply.create_application(**data), 201)
    return _problem(404, f"No admin route {method} {PREFIX}{sub}.")
