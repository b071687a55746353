"""Every exception ``jobo_ext`` raises, and the one function that turns a response into one.

Hierarchy::

    JoboError
    ├── ConfigurationError                  bad client settings (e.g. a plain-http base URL)
    │   └── MissingAPIKeyError              no key, for a route that needs one (raised before sending)
    ├── APIStatusError                      any non-2xx response
    │   ├── BadRequestError                 400
    │   ├── AuthenticationError             401
    │   ├── InsufficientCreditsError        402
    │   ├── PermissionDeniedError           403
    │   ├── NotFoundError                   404
    │   ├── ConflictError                   409
    │   │   └── CursorRestartRequiredError  409 with code ``feed_cursor_restart_required``
    │   ├── RateLimitError                  429
    │   └── ServerError                     any 5xx
    │       ├── InternalServerError         500
    │       └── ServiceUnavailableError     503
    ├── APIConnectionError                  no response at all (refused, reset, DNS)
    │   └── APITimeoutError                 a timeout
    └── APIResponseError                    a 2xx whose body is unusable
        └── ResponseTooLargeError           a body longer than ``max_response_bytes`` once decoded

``jobo_ext.sync`` adds its own under ``JoboError`` (``SyncError``, ``SyncUsageError``,
``CorruptStateError``, ``StoreError`` and their subclasses), so ``except JoboError`` covers a sync too.

Where they come from: :class:`jobo_ext._transport.PolicyTransport` (and its async twin) sits under the
``httpx`` client that every generated ``jobo_client`` function uses, so every endpoint — including ones
added to the spec later — raises these exceptions, sync and async, before the generated code ever sees
a non-2xx response. That is why the transport, not a response hook, is the mechanism: a hook cannot
retry, and the generated parsers would otherwise choke on HTML bodies or statuses such as 520.

:func:`error_from_response` never raises anything but its return value's construction: any body
(JSON of either documented shape, text, HTML, empty, invalid UTF-8, deeply nested JSON) yields an
:class:`APIStatusError` subclass.
"""

from __future__ import annotations

import email.utils
import http
import json
import math
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from jobo_ext._http import is_json, media_type
from jobo_ext._numbers import parse_number
from jobo_ext.retries import is_retryable_status

if TYPE_CHECKING:
    from jobo_ext._secret import Secret

__all__ = [
    "APIConnectionError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "CursorRestartRequiredError",
    "ErrorDetails",
    "InsufficientCreditsError",
    "InternalServerError",
    "JoboError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ServerError",
    "ServiceUnavailableError",
    "error_class_for",
    "error_from_response",
    "parse_retry_after",
    "redact_text",
    "redact_url",
]

# The "Retry Strategy" table of the status-codes page, as ``error.hint``.
_HINTS: dict[int, str] = {
    400: "Fix the request parameters: read the message, it says exactly what is wrong; retrying will not help.",
    401: "Check your API key: verify it is active in the dashboard; after a rotation, use the new key.",
    402: "Add credits: compare credits_required with credits_balance to see what the request needed.",
    403: "Upgrade your plan: this endpoint needs a higher subscription tier or specific permissions.",
    404: "Verify the resource ID: confirm the resource exists and belongs to your account.",
    429: "Wait for Retry-After seconds; use exponential backoff with jitter for repeated 429s.",
    500: (
        "Retry with exponential backoff (start at 1 s, double, cap at 30 s, 3-5 retries); "
        "if it persists, check https://jobo.world/status."
    ),
    503: (
        "Retry after 30-60 seconds (up to 5 times): usually planned maintenance; "
        "check https://jobo.world/status."
    ),
}

# Query parameters whose values are credentials and must not reach an error message or a log.
_SENSITIVE_PARAMS = frozenset({"api_key", "apikey", "api-key", "x-api-key", "key", "token", "access_token"})
_REDACTED = "REDACTED"
# The same names inside free text (an exception message quoting a URL), in any letter case.
_PARAM_NAMES = "|".join(re.escape(name) for name in sorted(_SENSITIVE_PARAMS, key=len, reverse=True))
_SENSITIVE_PARAM_IN_TEXT = re.compile(f"([?&;](?:{_PARAM_NAMES})=)[^&;#\\s'\"]*", re.IGNORECASE)
_MAX_MESSAGE = 300
_MAX_REQUEST_ID = 128
# Attributes holding live httpx objects: not picklable in general, and not needed to report the error.
_NOT_PICKLED = frozenset({"response", "request"})


class JoboError(Exception):
    """Base class of every exception raised by ``jobo_ext``.

    Every subclass survives ``pickle``, ``copy.copy`` and ``copy.deepcopy`` (so it can cross a process
    pool) with its class, message and public fields; a ``response`` attribute comes back as ``None``.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own reduce calls ``cls(*self.args)``, which cannot rebuild an error whose
        # constructor takes a details object or keyword-only fields: restore the fields directly.
        state = {name: None if name in _NOT_PICKLED else value for name, value in vars(self).items()}
        return _rebuild_error, (type(self), self.args, state)


def _rebuild_error(cls: type[JoboError], args: tuple[object, ...], state: dict[str, object]) -> JoboError:
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class ConfigurationError(JoboError, ValueError):
    """The client was configured in a way that cannot work or would be unsafe."""


class MissingAPIKeyError(ConfigurationError):
    """No API key is configured and the operation needs one. Raised before any request is sent."""


@attrs.frozen
class ErrorDetails:
    """What :func:`error_from_response` read from an error response's status, headers and body."""

    status_code: int
    message: str
    error: str | None = None
    code: str | None = None
    api_version: str | None = None
    body: object = None
    retry_after: float | None = None
    credits_required: float | None = None
    credits_balance: float | None = None
    replacement_request: dict[str, Any] | None = None


class APIStatusError(JoboError):
    """The API answered with a non-2xx status.

    Attributes:
        status_code: The HTTP status.
        message: The body's ``message``, else ``detail``, ``error``, ``title``, else the reason phrase.
        error: The short label from the body (``error`` or ``title``), e.g. ``"Bad Request"``.
        code: The machine-readable problem code, e.g. ``"feed_cursor_restart_required"``.
        api_version: The API contract version that produced the error, when the body says.
        body: The parsed JSON body, or its text when it is not JSON (``None`` when empty).
        headers: The response headers.
        request_method: ``"GET"``, ``"POST"``, …
        request_url: The request URL, with credentials redacted. The API key never appears in it.
        retry_after: Seconds the server asked to wait (``Retry-After`` header, delta-seconds or HTTP-date,
            else the body's ``retry_after``/``retry_after_seconds``); ``None`` when absent.
        retryable: Whether the default policy retries this status (and code).
        attempts: How many requests were sent before giving up.
        request_id: The ``X-Request-Id`` response header (quote it to support), else ``None``.
        response: The (closed, fully read) response; ``None`` on a copy or an unpickled error.
    """

    status_code: int
    message: str
    error: str | None
    code: str | None
    api_version: str | None
    body: object
    headers: httpx.Headers
    request_method: str
    request_url: str
    retry_after: float | None
    retryable: bool
    attempts: int
    request_id: str | None
    response: httpx.Response | None

    def __init__(
        self,
        details: ErrorDetails,
        *,
        headers: httpx.Headers | None = None,
        request_method: str = "",
        request_url: str = "",
        attempts: int = 1,
        response: httpx.Response | None = None,
    ) -> None:
        self.details = details
        self.status_code = details.status_code
        self.message = details.message
        self.error = details.error
        self.code = details.code
        self.api_version = details.api_version
        self.body = details.body
        self.retry_after = details.retry_after
        self.headers = httpx.Headers(headers)
        self.request_method = request_method
        self.request_url = request_url
        self.retryable = is_retryable_status(details.status_code, details.code)
        self.attempts = attempts
        self.request_id = _request_id(self.headers)
        self.response = response
        super().__init__(self._one_line())

    @property
    def hint(self) -> str | None:
        """The documented strategy for this status (from the status-codes page), if there is one."""
        hint = _HINTS.get(self.status_code)
        if hint is None and 500 <= self.status_code <= 599:
            hint = _HINTS[500]
        return hint

    def _extra(self) -> str | None:
        """A status-specific addition to the one-line summary."""
        return None

    def _one_line(self) -> str:
        label = _one_line(self.error or "") or _reason(self.status_code)  # server text: may hold newlines
        head = f"{self.status_code} {label}"
        message = self.message if self.message and self.message != label else None
        extra = self._extra()
        if message and extra:
            text = f"{head}: {message} ({extra})"
        elif message or extra:
            text = f"{head}: {message or extra}"
        else:
            text = head
        context = []
        where = f"{self.request_method} {_path_of(self.request_url)}".strip()
        if where:
            context.append(where)
        if self.retry_after is not None:
            context.append(f"retry after {self.retry_after:g} s")
        if self.attempts > 1:
            context.append(f"{self.attempts} attempts")
        if self.request_id is not None:
            context.append(_request_id_note(self.request_id))
        return f"{text} ({', '.join(context)})" if context else text


class BadRequestError(APIStatusError):
    """400: the request parameters are invalid; ``message`` says which."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, invalid, revoked, or for another host."""


class InsufficientCreditsError(APIStatusError):
    """402: the wallet balance is too low for the request.

    ``credits_required`` and ``credits_balance`` come from the body, else from the
    ``X-Credits-Required``/``X-Credits-Balance`` headers; either may be ``None``.
    """

    @property
    def credits_required(self) -> float | None:
        """Credits the request would have needed."""
        return self.details.credits_required

    @property
    def credits_balance(self) -> float | None:
        """The wallet balance at the failed precheck."""
        return self.details.credits_balance

    def _extra(self) -> str | None:
        parts = []
        if self.details.credits_required is not None:
            parts.append(f"required {_credits_text(self.details.credits_required)}")
        if self.details.credits_balance is not None:
            parts.append(f"balance {_credits_text(self.details.credits_balance)}")
        return ", ".join(parts) or None


class PermissionDeniedError(APIStatusError):
    """403: the key's plan or scope does not cover this endpoint."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist (or belongs to another account)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the server's state."""


class CursorRestartRequiredError(ConflictError):
    """409 ``feed_cursor_restart_required``: the feed cursor is void; restart the feed.

    ``replacement_request`` is the request body the API suggests replaying, when it sends one.
    """

    @property
    def replacement_request(self) -> dict[str, Any] | None:
        """The feed request body to replay, if the API sent one."""
        return self.details.replacement_request


class RateLimitError(APIStatusError):
    """429: a rate limit was exceeded; ``retry_after`` says how long to wait, when the server said."""


class ServerError(APIStatusError):
    """Any 5xx response."""


class InternalServerError(ServerError):
    """500."""


class ServiceUnavailableError(ServerError):
    """503: maintenance, load shedding, or a gated feature (``code == "auto_apply_coming_soon"``)."""


class APIConnectionError(JoboError):
    """No response was received: connection refused or reset, DNS failure, protocol error.

    The ``httpx`` exception is the ``__cause__``.
    """

    def __init__(
        self, message: str, *, request_method: str = "", request_url: str = "", attempts: int = 1
    ) -> None:
        self.message = message
        self.request_method = request_method
        self.request_url = request_url
        self.attempts = attempts
        where = f"{request_method} {_path_of(request_url)}".strip()
        context = [c for c in (where, f"{attempts} attempts" if attempts > 1 else "") if c]
        super().__init__(f"{message} ({', '.join(context)})" if context else message)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool). The ``httpx`` exception is the ``__cause__``."""


class APIResponseError(JoboError):
    """A 2xx response whose body is unusable: not valid JSON, or not matching the spec.

    Attributes:
        operation: The operation id (e.g. ``"getJob"``), else ``"METHOD /path/template"``.
        field: The offending field, when known (``None`` when the body is not JSON at all).
        status_code: The HTTP status.
        body: The raw body text.
        headers: The response headers.
        request_method: The request method.
        request_url: The request URL, credentials redacted.
        request_id: The ``X-Request-Id`` response header (quote it to support), else ``None``.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        status_code: int,
        body: str,
        field: str | None = None,
        headers: httpx.Headers | None = None,
        request_method: str = "",
        request_url: str = "",
    ) -> None:
        self.message = message
        self.operation = operation
        self.field = field
        self.status_code = status_code
        self.body = body
        self.headers = httpx.Headers(headers)
        self.request_method = request_method
        self.request_url = request_url
        self.request_id = _request_id(self.headers)
        where = f" field {field!r}" if field else ""
        text = f"{status_code} response to {operation} is unusable{where}: {_one_line(message)}"
        super().__init__(text if self.request_id is None else f"{text} ({_request_id_note(self.request_id)})")


class ResponseTooLargeError(APIResponseError):
    """A 2xx body longer than the client's ``max_response_bytes`` once decoded. Never retried.

    Reading stopped at the limit, so ``body`` is empty. Raise the limit
    (``JoboClient(max_response_bytes=...)``) or ask for less per call (a smaller ``page_size`` or
    ``batch_size``).

    Attributes:
        max_response_bytes: The limit that was passed, in decoded bytes.
    """

    def __init__(
        self,
        *,
        operation: str,
        status_code: int,
        max_response_bytes: int,
        headers: httpx.Headers | None = None,
        request_method: str = "",
        request_url: str = "",
    ) -> None:
        self.max_response_bytes = max_response_bytes
        super().__init__(
            f"the body is longer than max_response_bytes={max_response_bytes} decoded bytes; raise "
            "JoboClient(max_response_bytes=...) or request smaller pages",
            operation=operation,
            status_code=status_code,
            body="",
            headers=headers,
            request_method=request_method,
            request_url=request_url,
        )


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
    500: InternalServerError,
    503: ServiceUnavailableError,
}


def error_class_for(status_code: int, code: str | None = None) -> type[APIStatusError]:
    """The exception class for a status and problem code."""
    if status_code == 409 and code == "feed_cursor_restart_required":
        return CursorRestartRequiredError
    cls = _STATUS_CLASSES.get(status_code)
    if cls is not None:
        return cls
    return ServerError if 500 <= status_code <= 599 else APIStatusError


def error_from_response(
    response: httpx.Response, *, attempts: int, now: datetime | None = None
) -> APIStatusError:
    """Build the typed error for a non-2xx response. Never raises.

    The body is read if it has not been (an async response must be read with ``aread()`` first; an
    unreadable body counts as empty). Both documented body shapes are understood:
    ``{status, error, message}`` (402 adds ``credits_*``, 429 ``retry_after``) and RFC 9457 problem
    details (``detail``, ``title``, ``code``, ``api_version``, ``retry_after_seconds``,
    ``replacement_request``). Anything else — text, HTML, empty, invalid JSON — keeps the text as
    ``body`` and takes the message from the reason phrase.

    Args:
        response: The response; its ``request`` should be set (it is, for responses from a client).
        attempts: How many requests were sent for this call, this one included.
        now: The current time, for ``Retry-After`` given as an HTTP-date (default: the system clock).
    """
    status = response.status_code
    body = _read_body(response)
    fields: dict[str, object] = body if isinstance(body, dict) else {}

    label = _str_field(fields, "error", "title")
    message = _str_field(fields, "message", "detail", "error", "title")
    if message is None and isinstance(body, str) and body and _is_plain_text(response):
        message = body
    message = _one_line(message or _reason(status, response))
    code = _str_field(fields, "code")

    retry_after = parse_retry_after(response.headers.get("retry-after"), now=now)
    if retry_after is None:
        retry_after = _seconds(fields.get("retry_after"))
    if retry_after is None:
        retry_after = _seconds(fields.get("retry_after_seconds"))

    credits_required = parse_number(fields.get("credits_required"))
    if credits_required is None:
        credits_required = parse_number(response.headers.get("x-credits-required"))
    credits_balance = parse_number(fields.get("credits_balance"))
    if credits_balance is None:
        credits_balance = parse_number(response.headers.get("x-credits-balance"))
    replacement = fields.get("replacement_request")

    details = ErrorDetails(
        status_code=status,
        message=message,
        error=label,
        code=code,
        api_version=_str_field(fields, "api_version"),
        body=body,
        retry_after=retry_after,
        credits_required=credits_required,
        credits_balance=credits_balance,
        replacement_request=replacement if isinstance(replacement, dict) else None,
    )
    method, url = _request_of(response)
    return error_class_for(status, code)(
        details,
        headers=response.headers,
        request_method=method,
        request_url=url,
        attempts=attempts,
        response=response,
    )


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Parse a ``Retry-After`` header value into seconds from ``now``.

    Accepts only the RFC 9110 forms: delta-seconds (ASCII digits, here also with a decimal fraction such
    as ``"1.5"``) and HTTP-dates (IMF-fixdate and the two obsolete forms; a date in the past gives
    ``0.0``). Anything else (``"1_0"``, ``"+5"``, ``"1e3"``, ``"inf"``, ``"nan"``, ``"-1"``) is
    invalid. A repeated header arrives joined with commas (``"5, 100"``); the largest valid value wins,
    invalid ones are ignored. Returns ``None`` when no value is valid. A huge value is returned as is:
    bounding the wait is the retry policy's job.
    """
    if value is None:
        return None
    current = now if now is not None else datetime.now(UTC)
    waits = [
        wait for item in _retry_after_items(value) if (wait := _one_retry_after(item, current)) is not None
    ]
    return max(waits, default=None)


# An HTTP-date has a comma after its day name, so "Sun, 06 Nov 1994 08:49:37 GMT, 5" is two values.
_DAY_NAME = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?", re.ASCII)
_DELTA_SECONDS = re.compile(r"[0-9]+(?:\.[0-9]+)?", re.ASCII)
_HTTP_DATE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT"  # IMF
    r"|[A-Z][a-z]+day, [0-9]{2}-[A-Z][a-z]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT"  # RFC 850
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ 0-9][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]{4}",  # asctime
    re.ASCII,
)


def _retry_after_items(value: str) -> list[str]:
    items: list[str] = []
    for part in value.split(","):
        part = part.strip(" \t")
        if items and _DAY_NAME.fullmatch(items[-1]):
            items[-1] = f"{items[-1]}, {part}"
        else:
            items.append(part)
    return items


def _one_retry_after(text: str, now: datetime) -> float | None:
    if _DELTA_SECONDS.fullmatch(text):
        return float(text)  # "9" * 400 is inf: a valid, very long wait, which the policy refuses
    if not _HTTP_DATE.fullmatch(text):
        return None
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # asctime dates carry no zone; HTTP-dates are always GMT
        when = when.replace(tzinfo=UTC)
    try:
        return max(0.0, (when - now).total_seconds())
    except OverflowError:
        return None


def redact_url(url: httpx.URL | str) -> str:
    """Return ``url`` without userinfo and with credential-like query parameters redacted."""
    try:
        parsed = httpx.URL(url)
        if parsed.userinfo:
            parsed = parsed.copy_with(username=None, password=None)
        if any(key.lower() in _SENSITIVE_PARAMS for key in parsed.params):
            parsed = parsed.copy_with(
                params=[
                    (key, _REDACTED if key.lower() in _SENSITIVE_PARAMS else value)
                    for key, value in parsed.params.multi_items()
                ]
            )
        return str(parsed)
    except (httpx.InvalidURL, TypeError, ValueError):
        return "<unparseable URL>"


def redact_text(text: str, secret: Secret | None = None) -> str:
    """Remove ``secret`` and credential query values from free text such as an exception's message.

    Every message the client builds from an ``httpx``/``httpcore`` exception passes through here. The
    key is removed as written and as Python quotes it (``repr`` of the text or of its bytes, which is
    how the HTTP stack cites a header value it refused); credential query parameters (``api_key=``,
    ``token=``, … in any letter case) lose their values.
    """
    if secret is not None:
        key = secret.reveal()
        spellings = {key, repr(key)[1:-1], repr(key.encode("utf-8", "surrogateescape"))[2:-1]}
        for spelling in sorted(spellings, key=len, reverse=True):
            if spelling:
                text = text.replace(spelling, _REDACTED)
    return _SENSITIVE_PARAM_IN_TEXT.sub(lambda match: match.group(1) + _REDACTED, text)


def _path_of(url: str) -> str:
    """The path of a URL, for one-line messages (the query may be long and is in ``request_url``)."""
    if not url:
        return ""
    try:
        return httpx.URL(url).path
    except (httpx.InvalidURL, TypeError, ValueError):
        return url


def _request_of(response: httpx.Response) -> tuple[str, str]:
    try:
        request = response.request
    except RuntimeError:  # a bare Response built without a request
        return "", ""
    return request.method, redact_url(request.url)


def _read_body(response: httpx.Response) -> object:
    """The body as parsed JSON, else text, else ``None`` when empty or unreadable."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        try:
            content = response.read()
        except (httpx.HTTPError, httpx.StreamError, RuntimeError):
            return None  # e.g. an async stream, or the connection died mid-body
    if not content.strip():
        return None
    if _looks_like_json(response, content):
        try:
            return json.loads(content)
        except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            pass
    try:
        return response.text
    except (LookupError, ValueError):
        return content.decode("utf-8", errors="replace")


def _looks_like_json(response: httpx.Response, content: bytes) -> bool:
    return is_json(response) or content.lstrip()[:1] in (b"{", b"[")


def _is_plain_text(response: httpx.Response) -> bool:
    return media_type(response) == "text/plain"


def _str_field(fields: dict[str, object], *names: str) -> str | None:
    for name in names:
        value = fields.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _seconds(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        # A JSON integer beyond float range must not make error_from_response raise.
        try:
            seconds = float(value)
        except OverflowError:  # a wait that long is as good as ``inf``: the policy refuses it at once
            seconds = math.inf
    elif isinstance(value, str):
        return parse_retry_after(value)
    else:
        return None
    return seconds if seconds >= 0 else None


def _credits_text(value: float) -> str:
    """``10`` rather than ``10.0`` or ``1e+06``; fractions as they are (``0.5``)."""
    return str(int(value)) if value.is_integer() else repr(value)


def _request_id(headers: httpx.Headers) -> str | None:
    value = headers.get("x-request-id", "").strip()
    return value or None


def _request_id_note(request_id: str) -> str:
    if len(request_id) > _MAX_REQUEST_ID:  # the attribute keeps it whole; the one-line summary stays short
        request_id = request_id[: _MAX_REQUEST_ID - 1] + "…"
    return f"request id {request_id}"


def _reason(status: int, response: httpx.Response | None = None) -> str:
    """The server's reason phrase, else the standard one, else a generic label by status class."""
    if response is not None and response.reason_phrase:
        return response.reason_phrase
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:  # 520 and friends are not in the standard library's table
        return {4: "Client Error", 5: "Server Error"}.get(status // 100, "Unexpected Status")


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _MAX_MESSAGE else line[: _MAX_MESSAGE - 1] + "…"
