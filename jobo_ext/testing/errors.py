"""Error responses in the two shapes the Jobo API is known to send.

``seed`` style is the documented ``{status, error, message}`` body of the Status Codes page (402 carries
``credits_required``/``credits_balance`` and no ``message``; 429 adds ``retry_after``), served as
``application/json``. ``problem`` style is RFC 9457 problem details (``title``, ``status``, ``detail``,
``code``, ``api_version``, plus ``credits_required``/``credits_balance`` on 402 and
``retry_after_seconds`` on 429), served as ``application/problem+json``.

Errors whose meaning lives in their ``code`` (409 ``feed_cursor_restart_required``, 503
``auto_apply_coming_soon``) are only attested as problem details, so they are always rendered that way.
The ``code`` values other than those two are this mock's own choice: the API's codes for ordinary
errors are not documented (https://jobo.world/docs/resources/status-codes names none).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

ErrorStyle = Literal["seed", "problem"]
API_VERSION = "3.0.0"  # the value seen in the gate example; the real format is unknown

# (seed `error` label, problem `title`, default message, problem `code`)
_STATUS_INFO: dict[int, tuple[str, str, str, str]] = {
    400: ("Bad Request", "Bad Request", "The request is invalid.", "invalid_request"),
    401: (
        "Unauthorized",
        "Unauthorized",
        "Missing or invalid API key. Include 'X-Api-Key' header.",
        "unauthorized",
    ),
    402: ("Insufficient credits", "Payment Required", "Insufficient credits.", "insufficient_credits"),
    403: (
        "Forbidden",
        "Forbidden",
        "Your subscription does not include access to the Feed API.",
        "forbidden",
    ),
    404: ("Not Found", "Not Found", "The requested resource doesn't exist.", "not_found"),
    405: ("Method Not Allowed", "Method Not Allowed", "Method not allowed.", "method_not_allowed"),
    409: ("Conflict", "Conflict", "The request conflicts with the current state.", "conflict"),
    413: ("Payload Too Large", "Payload Too Large", "The request body is too large.", "payload_too_large"),
    429: ("Too Many Requests", "Too Many Requests", "Rate limit exceeded.", "rate_limit_exceeded"),
    500: (
        "Internal Server Error",
        "Internal Server Error",
        "An unexpected error occurred. Please retry your request.",
        "internal_error",
    ),
    502: ("Bad Gateway", "Bad Gateway", "The upstream server returned an invalid response.", "bad_gateway"),
    503: (
        "Service Unavailable",
        "Service Unavailable",
        "The service is temporarily unavailable for maintenance. Please try again in a few minutes.",
        "service_unavailable",
    ),
    504: ("Gateway Timeout", "Gateway Timeout", "The upstream server timed out.", "gateway_timeout"),
}


def status_label(status: int) -> str:
    """The seed's short label for a status (``Bad Request``…), or a generic one."""
    return _STATUS_INFO.get(status, ("Error", "", "", ""))[0]


@dataclass
class ApiError(Exception):
    """An error response the routes raise; rendered by :func:`render_error`.

    Attributes:
        status: the HTTP status.
        message: the human sentence (seed ``message`` / problem ``detail``); default per status.
        code: problem ``code``; default per status.
        extra: further body members (``credits_required``, ``replacement_request``…).
        headers: further response headers (``Retry-After``, ``X-Credits-Required``…).
        always_problem: render as problem details whatever the server's error style.
    """

    status: int
    message: str | None = None
    code: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    always_problem: bool = False

    def __post_init__(self) -> None:
        super().__init__(self.status, self.message)


def bad_request(message: str) -> ApiError:
    return ApiError(400, message)


def not_found(message: str) -> ApiError:
    return ApiError(404, message)


def render_error(err: ApiError, style: ErrorStyle) -> tuple[bytes, str]:
    """The body bytes and content type of an error in the given style."""
    label, title, default_message, default_code = _STATUS_INFO.get(
        err.status, ("Error", "Error", "An error occurred.", "error")
    )
    message = err.message or default_message
    body: dict[str, Any]
    if style == "problem" or err.always_problem:
        body = {
            "title": title,
            "status": err.status,
            "detail": message,
            "code": err.code or default_code,
            "api_version": API_VERSION,
        }
        extra = dict(err.extra)
        if "retry_after" in extra:
            extra["retry_after_seconds"] = extra.pop("retry_after")
        body.update(extra)
        content_type = "application/problem+json"
    else:
        body = {"status": err.status, "error": label}
        if err.status != 402:  # the seed's 402 body has no `message`
            body["message"] = message
        body.update(err.extra)
        content_type = "application/json"
    return json.dumps(body, separators=(",", ":")).encode(), content_type
