"""Turning a generated ``*_detailed`` result into the model the facade promises, or a typed error.

The transport has already raised for every non-2xx status, so what can still go wrong is the body of a
2xx: the generated parsers raise ``KeyError`` for a missing required field, ``TypeError`` or
``ValueError`` for a wrong type (``RecursionError`` for absurd nesting), and the facade's own checks (a page iterator that finds the server's
page number or cursor inconsistent) raise :class:`UnusableResponse`. :class:`parse_guard` turns those
into :class:`APIResponseError` naming the operation, the field (when known), the real status code and
the raw body of the response that :func:`observe` — called for every response the transport
receives — kept for the current call.

An exception raised before any response arrived (building the request from a wrong argument) is not a
response problem: it leaves the guard unchanged.
"""

from __future__ import annotations

import contextvars
from typing import Any, TypeVar

import httpx

from jobo_ext.errors import APIResponseError, JoboError, redact_url

__all__ = ["UnusableResponse", "observe", "parse_guard"]

T = TypeVar("T")

_last_response: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar(
    "jobo_last_response", default=None
)


class UnusableResponse(Exception):
    """A parsed 2xx the facade cannot use; :class:`parse_guard` reports it as :class:`APIResponseError`."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def observe(response: httpx.Response) -> None:
    """Remember ``response`` as the current call's latest (a no-op outside :func:`parse_guard`)."""
    holder = _last_response.get()
    if holder is not None:
        holder[:] = [response]


class parse_guard:  # lower-case: used like a function, as ``with parse_guard(...)``
    """Convert a parser's or a check's exception raised inside the block into :class:`APIResponseError`.

    Guards nest: when the block ends, the latest response it saw is handed to the enclosing guard, so
    an iterator that wraps a facade call can report a page it rejects with that page's status code.

    A class rather than a ``@contextmanager`` generator: it wraps every facade call, and this is cheaper.
    """

    __slots__ = ("_holder", "_operation", "_outer", "_token")

    def __init__(self, operation: str) -> None:
        self._operation = operation
        self._holder: list[httpx.Response] = []

    def __enter__(self) -> parse_guard:
        self._outer = _last_response.get()
        self._token = _last_response.set(self._holder)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        _last_response.reset(self._token)
        if self._outer is not None and self._holder:
            self._outer[:] = self._holder
        if exc is None or isinstance(exc, JoboError):
            return  # success, or already typed (some, like ConfigurationError, are also ValueErrors)
        if not self._holder:
            return  # nothing was received: not a response problem
        if isinstance(exc, UnusableResponse):
            raise self.error(exc.message, exc.field) from exc
        # RecursionError: a deeply nested body the parser met without the transport's JSON check (a 2xx
        # not labelled as JSON still goes through ``response.json()``).
        if isinstance(exc, KeyError | TypeError | ValueError | AttributeError | RecursionError):
            field = str(exc.args[0]).strip("'\"") if isinstance(exc, KeyError) and exc.args else None
            message = "required field is missing" if field else f"{type(exc).__name__}: {exc}"
            raise self.error(message, field) from exc

    def error(
        self, message: str, field: str | None = None, fallback: httpx.Response | None = None
    ) -> APIResponseError:
        """An :class:`APIResponseError` about the latest response of this block.

        ``fallback`` stands in when the transport reported none — a client not built by
        :class:`~jobo_ext.JoboClient` — so the status is still real.
        """
        response = self._holder[0] if self._holder else fallback
        if response is None:
            # Unreachable through the facade (every guarded call observes its responses); kept explicit
            # so a wiring mistake shows as such rather than as a made-up status code.
            raise RuntimeError(f"{self._operation}: no response was observed for an unusable-response error")
        return response_error(self._operation, message, response, field)

    def expect(self, parsed: Any, model: type[T], fallback: httpx.Response | None = None) -> T:
        """Return ``parsed`` if it is a ``model``; anything else is an unusable response."""
        if isinstance(parsed, model):
            return parsed
        raise self.error(f"expected {model.__name__}, got {type(parsed).__name__}", None, fallback)


def response_error(
    operation: str, message: str, response: httpx.Response, field: str | None = None
) -> APIResponseError:
    """The :class:`APIResponseError` for a 2xx ``response`` that ``operation`` cannot use: its real
    status, body and headers, and the request it answered (URL redacted)."""
    return APIResponseError(
        message,
        operation=operation,
        status_code=response.status_code,
        body=response.content.decode("utf-8", "replace"),
        field=field,
        headers=response.headers,
        request_method=response.request.method,
        request_url=redact_url(response.request.url),
    )
