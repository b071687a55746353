"""The request pipeline shared by every emulated operation, independent of the HTTP plumbing.

Order of checks, as the pricing page describes it (https://jobo.world/docs/pricing): route lookup → API key (401;
the company profile is public) → rate limit (429, nothing charged) → Auto Apply launch gate (503) →
the operation itself, which validates (400), reserves the worst-case credits (402), does the work and
settles the debit to what it delivered. Failed requests are never charged.

Every response carries ``X-Request-Id``, ``X-Credits-Deducted`` (0 when nothing was debited),
``X-Credits-Balance`` and, when the key is known, ``X-RateLimit-Limit/Remaining/Reset``.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import ApiError, ErrorStyle, render_error

if TYPE_CHECKING:
    from .auto_apply import AutoApplyStore
    from .cursors import CursorCodec
    from .dataset import Dataset
    from .faults import FaultPlan
    from .metering import RateLimiter, RateState, Wallet
    from .recording import RequestLog

JSON_TYPE = "application/json"
UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def dumps(value: Any) -> bytes:
    """Compact JSON bytes (UTF-8, non-ASCII kept)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass
class KeyPolicy:
    """What an API key may do. A key without ``feed`` gets the seed's 403 on the feed routes; a key
    without ``managed_feed`` (sandbox and marketplace keys) gets 403 on the managed feed."""

    feed: bool = True
    managed_feed: bool = True


@dataclass
class MockState:
    """Everything the operations read and change; owned by :class:`~jobo_ext.testing.MockJoboServer`."""

    dataset: Dataset
    wallet: Wallet
    limiter: RateLimiter
    faults: FaultPlan
    requests: RequestLog
    auto_apply: AutoApplyStore
    cursors: CursorCodec
    keys: dict[str, KeyPolicy]
    error_style: ErrorStyle = "seed"
    auto_apply_gate: bool = False
    feed_subscription: bool = False
    legacy_scan_limit: int = 10_000
    base_url: str = "http://127.0.0.1"


@dataclass
class ApiRequest:
    """A parsed request. ``query`` keeps blank values (``include_facets=`` is meaningful)."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    params: dict[str, str] = field(default_factory=dict)

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == lowered), None)

    def arg(self, name: str) -> str | None:
        """The first value of a query parameter, or ``None`` when absent (``""`` when blank)."""
        values = self.query.get(name)
        return values[0] if values else None

    def json_object(self) -> dict[str, Any]:
        """The body as a JSON object; an empty body is ``{}``. Malformed JSON → 400."""
        if not self.body.strip():
            return {}
        try:
            value = json.loads(self.body)
        except ValueError:
            raise ApiError(400, "Malformed JSON body.") from None
        if not isinstance(value, dict):
            raise ApiError(400, "The request body must be a JSON object.")
        return value


@dataclass
class ApiResponse:
    """A response before the HTTP layer writes it."""

    status: int
    body: bytes
    content_type: str = JSON_TYPE
    headers: dict[str, str] = field(default_factory=dict)


def json_response(value: Any, status: int = 200, headers: dict[str, str] | None = None) -> ApiResponse:
    return ApiResponse(status, dumps(value), JSON_TYPE, dict(headers or {}))


class Context:
    """Per-request access to the mock's state and the credit wallet."""

    def __init__(self, state: MockState, request: ApiRequest, key: str | None) -> None:
        self.state = state
        self.request = request
        self.key = key
        self.held = 0
        self.charged = 0

    @property
    def policy(self) -> KeyPolicy:
        return self.state.keys.get(self.key or "", KeyPolicy())

    def hold(self, credits: int) -> None:
        """Reserve the worst-case cost now (402 if the wallet cannot cover it)."""
        self.held += self.state.wallet.reserve(credits)

    def charge(self, credits: int) -> None:
        """The actual cost, at most what was held; debited once the response is ready."""
        self.charged = min(credits, self.held)


Handler = Callable[[Context], ApiResponse]


@dataclass(frozen=True)
class Route:
    """One operation: ``template`` uses ``{name}`` placeholders for single path segments."""

    method: str
    template: str
    handler: Handler
    operation_id: str
    public: bool = False
    bucket: str = "general"
    auto_apply: bool = False

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compile(self.template)


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _compile(template: str) -> re.Pattern[str]:
    pattern = _PATTERNS.get(template)
    if pattern is None:
        parts = re.split(r"(\{[^/{}]+\})", template)
        regex = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
        pattern = _PATTERNS[template] = re.compile(regex)
    return pattern


class Router:
    """Matches requests to routes. The most specific template that matches the path owns it
    (literal segments beat placeholders: ``/api/jobs/feed`` is not a job id), and a method that
    template does not declare is a 405 listing exactly the declared ones in ``Allow``."""

    def __init__(self, routes: list[Route]) -> None:
        by_template: dict[str, list[Route]] = {}
        for route in routes:
            by_template.setdefault(route.template, []).append(route)
        self.routes = routes
        self._resources = sorted(by_template.items(), key=lambda item: item[0].count("{"))

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        for template, routes in self._resources:
            m = _compile(template).fullmatch(path)
            if m is None:
                continue
            for route in routes:
                if route.method == method:
                    return route, m.groupdict()
            allowed = ", ".join(sorted(r.method for r in routes))
            raise ApiError(405, f"Method {method} is not allowed on {path}.", headers={"Allow": allowed})
        raise ApiError(404, f"No route matches {method} {path}.")

    def find(self, method: str, path: str) -> Route | None:
        try:
            return self.match(method, path)[0]
        except ApiError:
            return None


def rate_headers(state: RateState) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(state.limit),
        "X-RateLimit-Remaining": str(state.remaining),
        "X-RateLimit-Reset": str(state.reset),
    }


def error_response(state: MockState, err: ApiError) -> ApiResponse:
    body, content_type = render_error(err, state.error_style)
    return ApiResponse(err.status, body, content_type, dict(err.headers))


def rate_limited(state: RateState, style_retry: int) -> ApiError:
    return ApiError(
        429,
        f"Rate limit exceeded. Try again in {style_retry} seconds.",
        extra={"retry_after": style_retry},
        headers={"Retry-After": str(style_retry), **rate_headers(state)},
    )


AUTO_APPLY_GATE_MESSAGE = "Auto Apply is not yet available for this account."


def gate_error() -> ApiError:
    return ApiError(503, AUTO_APPLY_GATE_MESSAGE, code="auto_apply_coming_soon", always_problem=True)


def handle(state: MockState, router: Router, request: ApiRequest) -> tuple[ApiResponse, Context | None]:
    """Run one API request through the pipeline; never raises for API-level errors."""
    ctx: Context | None = None
    limit_state: RateState | None = None
    try:
        route, params = router.match(request.method, request.path)
        request.params = params
        key = request.header("X-Api-Key")
        known = key is not None and key in state.keys
        if not known and not route.public:
            raise ApiError(401, "Missing or invalid API key. Include 'X-Api-Key' header.")
        if known and key is not None:
            limit_state = state.limiter.hit(key, route.bucket)
            if limit_state.retry_after is not None:
                raise rate_limited(limit_state, limit_state.retry_after)
        if route.auto_apply and state.auto_apply_gate:
            raise gate_error()
        ctx = Context(state, request, key if known else None)
        response = route.handler(ctx)
    except ApiError as err:
        if ctx is not None and ctx.held:
            state.wallet.refund(ctx.held)
            ctx.held = ctx.charged = 0
        response = error_response(state, err)
    else:
        if ctx.held or ctx.charged:
            state.wallet.settle(ctx.held, ctx.charged)
    headers = response.headers
    headers.setdefault("X-Credits-Deducted", str(ctx.charged if ctx is not None else 0))
    headers.setdefault("X-Credits-Balance", str(state.wallet.balance))
    if limit_state is None:
        # Unknown or missing key: report the anonymous bucket's (full) allowance without counting.
        limit_state = state.limiter.peek("", "general")
    for name, value in rate_headers(limit_state).items():
        headers.setdefault(name, value)
    return response, ctx
