"""``MockJoboServer``: a real HTTP/1.1 server on 127.0.0.1 that behaves like the Jobo API.

Standard library only (``http.server.ThreadingHTTPServer``): one thread per connection, keep-alive,
every response with a ``Content-Length`` and written in a single ``send`` (with ``TCP_NODELAY``) so
that thousands of sequential requests over one connection stay fast.
"""

from __future__ import annotations

import contextlib
import secrets
import socket
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from . import admin
from .api import ApiRequest, ApiResponse, KeyPolicy, MockState, error_response, handle
from .auto_apply import AutoApplyStore
from .cursors import CursorCodec
from .dataset import Dataset
from .errors import ApiError, ErrorStyle
from .fault_responses import fault_response
from .faults import FaultPlan
from .metering import RateLimiter, Wallet
from .recording import RecordedRequest, RequestLog
from .routes import ROUTER

MAX_BODY_BYTES = 32 * 1024 * 1024
_KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
_REASONS = {520: "Unknown Error"}


def make_api_key(environment: str = "test") -> str:
    """A random key in the real format: ``jbe_test_`` + 21 + ``_`` + 43 characters (74 in all)."""
    part1 = "".join(secrets.choice(_KEY_ALPHABET) for _ in range(21))
    part2 = "".join(secrets.choice(_KEY_ALPHABET) for _ in range(43))
    return f"jbe_{environment}_{part1}_{part2}"


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # idle keep-alive connections must not block stop()
    allow_reuse_address = True
    request_queue_size = 128  # many clients connect at once in the async benchmarks and tests

    def __init__(self, address: tuple[str, int], mock: MockJoboServer) -> None:
        self.mock = mock
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Wake every handler blocked on an idle keep-alive connection so its thread ends."""
        with self._connections_lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "JoboMock/1.0"
    sys_version = ""
    disable_nagle_algorithm = True
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.mock.verbose:
            super().log_message(format, *args)

    def do_GET(self) -> None:
        self._dispatch()

    def __getattr__(self, name: str) -> Any:
        # Every method (QUERY, TRACE…) goes through the router, which answers 405 with ``Allow``
        # for the ones a path does not declare, instead of http.server's HTML 501.
        if name.startswith("do_"):
            return self.do_GET
        raise AttributeError(name)

    def _read_body(self) -> bytes | None:
        """The request body (chunked or sized); ``None`` if it is too large."""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            size = 0
            while True:
                line = self.rfile.readline(65_537)
                length = int(line.split(b";", 1)[0].strip() or b"0", 16)
                if length == 0:
                    while self.rfile.readline(65_537) not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    break
                size += length
                if size > MAX_BODY_BYTES:
                    return None
                chunks.append(self.rfile.read(length))
                self.rfile.readline(3)
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY_BYTES:
            return None
        return self.rfile.read(length) if length > 0 else b""

    def _dispatch(self) -> None:
        mock = self.server.mock
        split = urlsplit(self.path)
        path = split.path
        body = self._read_body()
        if body is None:
            self.close_connection = True
            self._write(error_response(mock.state, ApiError(413, "The request body is too large.")))
            return
        if path == admin.PREFIX or path.startswith(admin.PREFIX + "/"):
            self._write(admin.handle(mock, self.command, path, body))
            return
        headers = dict(self.headers.items())
        request = ApiRequest(self.command, path, parse_qs(split.query, keep_blank_values=True), headers, body)
        record = RecordedRequest(
            method=self.command,
            path=path,
            query=request.query,
            raw_query=split.query,
            headers={k: v for k, v in headers.items() if k.lower() != "x-api-key"},
            body=body,
            request_id=request.request_id,
            had_api_key=any(k.lower() == "x-api-key" for k in headers),
            received_at=time.time(),
        )
        mock.requests.append(record)
        fault = mock.faults.take(self.command, path)
        response: ApiResponse | None = None
        if fault is not None:
            record.fault = fault.kind
            if fault.delay > 0:
                time.sleep(fault.delay)
            if fault.kind == "drop":
                self.close_connection = True  # the socket closes with nothing written
                return
            response = fault_response(mock.state, fault, request)
        if response is None:
            try:
                response, ctx = handle(mock.state, ROUTER, request)
                record.credits_deducted = ctx.charged if ctx is not None else 0
            except Exception:  # a bug in the mock: answer 500 and keep it for the test to see
                mock.internal_errors.append(traceback.format_exc())
                response = error_response(mock.state, ApiError(500))
            if fault is not None and fault.kind == "truncated_json" and response.status == 200:
                response.body = response.body[: len(response.body) // 2]
        response.headers["X-Request-Id"] = request.request_id
        record.status = response.status
        self._write(response)

    def _write(self, response: ApiResponse) -> None:
        status = response.status
        reason = _REASONS.get(status) or self.responses.get(status, ("Unknown",))[0]
        lines = [
            f"HTTP/1.1 {status} {reason}",
            f"Server: {self.server_version}",
            f"Date: {self.date_time_string()}",
            f"Content-Type: {response.content_type}",
            f"Content-Length: {len(response.body)}",
        ]
        lines.extend(f"{name}: {value}" for name, value in response.headers.items())
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        payload = head if self.command == "HEAD" else head + response.body
        try:
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


class MockJoboServer:
    """A local Jobo API: real sockets, deterministic data, credits, rate limits and faults.

    >>> with MockJoboServer(jobs=5000, seed=1) as server:
    ...     httpx.get(f"{server.url}/api/jobs", headers={"X-Api-Key": server.api_key})

    Args:
        jobs: active jobs in the synthetic dataset (see :class:`Dataset`).
        seed: dataset seed; equal seeds give equal ids and values.
        host, port: where to listen; port 0 (default) picks a free ephemeral port.
        api_key: the key to accept (default: a fresh random ``jbe_test_…`` key); more keys can be
            passed in ``extra_keys`` or added with :meth:`add_key`.
        companies, expired, anchor, clock: passed to :class:`Dataset`.
        credits: initial wallet balance.
        error_style: ``"seed"`` (``{status, error, message}``) or ``"problem"`` (problem+json).
        rate_limit, rate_window, feed_rate_limit: per-key rolling-window limits; ``None`` (default)
            does not enforce any (headers still count).
        auto_apply_gate: when true every Auto Apply route answers 503 ``auto_apply_coming_soon``.
        feed_subscription: when true the jobs and managed feeds are free (a Jobs Feed subscription).
        legacy_scan_limit: jobs a ``stable_scan: false`` feed scan may deliver before its cursor
            answers 409 ``feed_cursor_restart_required``.
        verbose: log each request to stderr.

    Attributes:
        url: ``http://127.0.0.1:<port>`` once started.
        dataset: the :class:`Dataset` (mutate it between sync runs: ``touch``/``expire``/``add``).
        wallet: the credit :class:`Wallet` (``server.wallet.balance = 0`` to provoke 402).
        rate_limiter: the :class:`RateLimiter`.
        faults: the :class:`FaultPlan` (``server.faults.add(path=..., status=503, times=2)``).
        requests: the :class:`RequestLog` of every API request (``.clear()``, ``.last``, ``.to(path)``).
        auto_apply: the :class:`AutoApplyStore` (seed sessions and applications here).
        internal_errors: tracebacks of exceptions inside the mock (should stay empty).
    """

    def __init__(
        self,
        jobs: int = 1_000,
        *,
        seed: int = 0,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        extra_keys: Iterable[str] = (),
        companies: int | None = None,
        expired: int | None = None,
        anchor: int | float | datetime | None = None,
        clock: Callable[[], float] = time.time,
        credits: int = 10_000_000,
        error_style: ErrorStyle = "seed",
        rate_limit: int | None = None,
        rate_window: float = 60.0,
        feed_rate_limit: int | None = None,
        auto_apply_gate: bool = False,
        feed_subscription: bool = False,
        legacy_scan_limit: int = 10_000,
        verbose: bool = False,
    ) -> None:
        self.host = host
        self._requested_port = port
        self.verbose = verbose
        self.api_key = api_key or make_api_key()
        self.dataset = Dataset(
            jobs, seed=seed, companies=companies, expired=expired, anchor=anchor, clock=clock
        )
        self.wallet = Wallet(credits)
        self.rate_limiter = RateLimiter(rate_limit, rate_window, feed_rate_limit)
        self.faults = FaultPlan()
        self.requests = RequestLog()
        self.auto_apply = AutoApplyStore(seed, clock)
        self.internal_errors: list[str] = []
        keys = {self.api_key: KeyPolicy()}
        keys.update({k: KeyPolicy() for k in extra_keys})
        self.state = MockState(
            dataset=self.dataset,
            wallet=self.wallet,
            limiter=self.rate_limiter,
            faults=self.faults,
            requests=self.requests,
            auto_apply=self.auto_apply,
            cursors=CursorCodec(seed),
            keys=keys,
        )
        self.configure(
            error_style=error_style,
            auto_apply_gate=auto_apply_gate,
            feed_subscription=feed_subscription,
            legacy_scan_limit=legacy_scan_limit,
        )
        self.seed = seed
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ configuration

    @property
    def error_style(self) -> ErrorStyle:
        return self.state.error_style

    @error_style.setter
    def error_style(self, value: ErrorStyle) -> None:
        if value not in ("seed", "problem"):
            raise ValueError("error_style must be 'seed' or 'problem'")
        self.state.error_style = value

    @property
    def auto_apply_gate(self) -> bool:
        return self.state.auto_apply_gate

    @auto_apply_gate.setter
    def auto_apply_gate(self, value: bool) -> None:
        self.state.auto_apply_gate = bool(value)

    @property
    def feed_subscription(self) -> bool:
        return self.state.feed_subscription

    @feed_subscription.setter
    def feed_subscription(self, value: bool) -> None:
        self.state.feed_subscription = bool(value)

    @property
    def legacy_scan_limit(self) -> int:
        return self.state.legacy_scan_limit

    @legacy_scan_limit.setter
    def legacy_scan_limit(self, value: int) -> None:
        self.state.legacy_scan_limit = int(value)

    @property
    def keys(self) -> dict[str, KeyPolicy]:
        """Accepted API keys and what each may do."""
        return self.state.keys

    def configure(
        self,
        *,
        error_style: ErrorStyle | None = None,
        auto_apply_gate: bool | None = None,
        feed_subscription: bool | None = None,
        legacy_scan_limit: int | None = None,
        rate_limit: dict[str, Any] | None = None,
    ) -> None:
        """Change several settings at once (the admin ``PUT /__mock__/config`` calls this)."""
        if error_style is not None:
            self.error_style = error_style
        if auto_apply_gate is not None:
            self.auto_apply_gate = auto_apply_gate
        if feed_subscription is not None:
            self.feed_subscription = feed_subscription
        if legacy_scan_limit is not None:
            self.legacy_scan_limit = legacy_scan_limit
        if rate_limit is not None:
            self.set_rate_limit(
                rate_limit.get("limit"), rate_limit.get("window", 60.0), rate_limit.get("feed_limit")
            )

    def set_rate_limit(self, limit: int | None, window: float = 60.0, feed_limit: int | None = None) -> None:
        """Enforce ``limit`` requests per ``window`` seconds per key (``None`` stops enforcing)."""
        self.rate_limiter.configure(limit, window, feed_limit)

    def add_key(self, key: str | None = None, *, feed: bool = True, managed_feed: bool = True) -> str:
        """Accept another API key (default: a fresh random one); returns it.

        ``feed=False`` makes the feed routes answer the seed's 403; ``managed_feed=False`` behaves
        like a sandbox or marketplace key on the managed feed.
        """
        key = key or make_api_key()
        self.state.keys[key] = KeyPolicy(feed=feed, managed_feed=managed_feed)
        return key

    def info(self) -> dict[str, Any]:
        """A JSON-able summary (the admin ``GET /__mock__``)."""
        return {
            "url": self.url if self._httpd else None,
            "api_key": self.api_key,
            "seed": self.seed,
            "jobs": len(self.dataset),
            "expired": len(self.dataset.expired_ids()),
            "companies": self.dataset.company_count,
            "config": {
                "error_style": self.error_style,
                "auto_apply_gate": self.auto_apply_gate,
                "feed_subscription": self.feed_subscription,
                "legacy_scan_limit": self.legacy_scan_limit,
                "rate_limit": {
                    "limit": self.rate_limiter.limit,
                    "window": self.rate_limiter.window,
                    "feed_limit": self.rate_limiter.feed_limit,
                },
            },
            "wallet": {"balance": self.wallet.balance, "spent": self.wallet.spent},
        }

    # ------------------------------------------------------------------ lifecycle

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("the server is not running; call start() or use it as a context manager")
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """The base URL to give a client, e.g. ``http://127.0.0.1:54321``."""
        return f"http://{self.host}:{self.port}"

    def bind(self) -> _HTTPServer:
        if self._httpd is None:
            self._httpd = _HTTPServer((self.host, self._requested_port), self)
            self.state.base_url = self.url
            self.dataset.base_url = self.url
        return self._httpd

    def start(self) -> MockJoboServer:
        """Bind and serve in a background thread; returns ``self``."""
        if self._thread is not None:
            return self
        httpd = self.bind()
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="MockJoboServer", daemon=True
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Bind and serve in the calling thread until :meth:`stop` (or Ctrl-C)."""
        httpd = self.bind()
        try:
            httpd.serve_forever(poll_interval=0.2)
        finally:
            httpd.close_connections()
            httpd.server_close()

    def stop(self) -> None:
        """Stop serving and close every connection."""
        httpd = self._httpd
        if httpd is None:
            return
        if self._thread is not None:
            httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
            httpd.close_connections()
            httpd.server_close()
        else:
            httpd.shutdown()
        self._httpd = None

    def __enter__(self) -> MockJoboServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def reset(self) -> None:
        """Clear recorded requests, faults and rate-limit counters (the dataset and wallet stay)."""
        self.requests.clear()
        self.faults.clear()
        self.rate_limiter.reset()

    def headers(self) -> dict[str, str]:
        """``{"X-Api-Key": server.api_key}``, for plain HTTP clients."""
        return {"X-Api-Key": self.api_key}
