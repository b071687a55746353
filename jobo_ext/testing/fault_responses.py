"""The responses a fired :class:`~jobo_ext.testing.faults.Fault` sends instead of the real answer."""

from __future__ import annotations

from typing import Any

from .api import ApiRequest, ApiResponse, MockState, error_response, rate_headers
from .errors import ApiError
from .faults import Fault
from .metering import insufficient
from .routes_feed import _normalize_feed_request, cursor_restart_error

HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
HTML_520 = (
    b"<!DOCTYPE html><html><head><title>520: Web server is returning an unknown error</title></head>"
    b"<body><h1>Web server is returning an unknown error</h1><p>Error code 520</p></body></html>"
)


def format_retry_after(seconds: float) -> str:
    """Whole seconds as an integer; fractions are kept (``0.05``) so tests can retry fast."""
    return str(int(seconds)) if float(seconds).is_integer() else repr(float(seconds))


def _feed_replacement(state: MockState, request: ApiRequest) -> ApiError:
    """A 409 restart built from the request (its cursor's filters, else its body's)."""
    kind = "managed" if request.path.endswith("/managed") else "feed"
    scan: dict[str, Any] | None = None
    try:
        body = request.json_object()
        cursor = body.get("cursor")
        if cursor:
            scan = state.cursors.decode(cursor, kind)
            return cursor_restart_error(scan["r"], scan.get("u"))
        return cursor_restart_error(_normalize_feed_request(body, kind == "managed"), None)
    except ApiError:
        return cursor_restart_error({"batch_size": 1_000, "stable_scan": True}, None)


def fault_response(state: MockState, fault: Fault, request: ApiRequest) -> ApiResponse | None:
    """The response for a fired fault, or ``None`` when the request should proceed normally
    (``delay`` and ``truncated_json`` faults run the real operation)."""
    if fault.kind == "html_502":
        return ApiResponse(502, HTML_502, "text/html")
    if fault.kind == "unknown_520":
        return ApiResponse(520, HTML_520, "text/html")
    if fault.kind != "status" or fault.status is None:
        return None
    status = fault.status
    headers: dict[str, str] = {}
    if fault.retry_after is not None:
        headers["Retry-After"] = format_retry_after(fault.retry_after)
    if status == 429:
        wait = fault.retry_after if fault.retry_after is not None else 1
        headers["Retry-After"] = format_retry_after(wait)
        err = ApiError(
            429,
            fault.message or f"Rate limit exceeded. Try again in {format_retry_after(wait)} seconds.",
            extra={"retry_after": wait},
        )
    elif status == 402:
        balance = state.wallet.balance
        err = insufficient(balance + 1, balance)
    elif status == 409 and request.path.startswith("/api/jobs/feed"):
        err = _feed_replacement(state, request)
    else:
        err = ApiError(status, fault.message)
    if fault.code:
        err.code = fault.code
        err.always_problem = err.always_problem or fault.code == "auto_apply_coming_soon"
    if fault.message:
        err.message = fault.message
    response = error_response(state, err)
    response.headers.update(headers)
    response.headers.setdefault("X-Credits-Deducted", "0")
    response.headers.setdefault("X-Credits-Balance", str(state.wallet.balance))
    # The injected answer stands in for the API's, so it carries the key's (uncounted) allowance.
    key = request.header("X-Api-Key")
    allowance = state.limiter.peek(key if key in state.keys else "", "general")
    for name, value in rate_headers(allowance).items():
        response.headers.setdefault(name, value)
    return response
