"""Turning a generated ``*_detailed`` result into the model the facade promises, or a typed error.

The transport has already raised for every non-2xx status, so what can still go wrong is the body of a
2xx: the generated parsers raise ``KeyError`` for a missing required field and ``TypeError`` or
``ValueError`` for a wrong type. :func:`parse_guard` turns those into :class:`APIResponseError` naming
the operation, the field (when the exception tells it) and the raw body, which :func:`observe` —
called for every response the transport receives — keeps for the current call.
"""

from __future__ import annotations

import contextvars
from typing import Any, TypeVar

import httpx

from jobo_ext.errors import APIResponseError, JoboError, redact_url

__all__ = ["expect", "observe", "parse_guard"]

T = TypeVar("T")

_last_response: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar(
    "jobo_last_response", default=None
)


def observe(response: httpx.Response) -> None:
    """Remember ``response`` as the current call's latest (a no-op outside :func:`parse_guard`)."""
    holder = _last_response.get()
    if holder is not None:
        holder[:] = [response]


class parse_guard:  # lower-case: used like a function, as ``with parse_guard(...)``
    """Convert a generated parser's exception raised inside the block into :class:`APIResponseError`.

    A class rather than a ``@contextmanager`` generator: it wraps every facade call, and this is cheaper.
    """

    __slots__ = ("_holder", "_operation", "_token")

    def __init__(self, operation: str) -> None:
        self._operation = operation
        self._holder: list[httpx.Response] = []

    def __enter__(self) -> None:
        self._token = _last_response.set(self._holder)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        _last_response.reset(self._token)
        if exc is None or isinstance(exc, JoboError):
            return  # success, or already typed (some, like ConfigurationError, are also ValueErrors)
        if isinstance(exc, KeyError | TypeError | ValueError | AttributeError):
            field = str(exc.args[0]).strip("'\"") if isinstance(exc, KeyError) and exc.args else None
            message = "required field is missing" if field else f"{type(exc).__name__}: {exc}"
            response = self._holder[0] if self._holder else None
            raise _response_error(self._operation, message, field, response) from exc


def expect(operation: str, parsed: Any, model: type[T]) -> T:
    """Return ``parsed`` if it is a ``model``; anything else (e.g. ``None``) is an unusable response."""
    if isinstance(parsed, model):
        return parsed
    raise _response_error(operation, f"expected {model.__name__}, got {type(parsed).__name__}", None, None)


def _response_error(
    operation: str, message: str, field: str | None, response: httpx.Response | None
) -> APIResponseError:
    if response is None:
        return APIResponseError(message, operation=operation, status_code=0, body="", field=field)
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
