"""Helpers shared by the sync and async resource classes (they hold no I/O of their own)."""

from __future__ import annotations

import contextlib
import functools
import inspect
import mimetypes
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, cast

import attrs
import httpx
from jobo_client import models
from jobo_client.types import UNSET, File, Unset

from jobo_ext._context import call_options
from jobo_ext._invoke import parse_guard
from jobo_ext.resources._endpoints import Endpoint
from jobo_ext.validation import check_body, check_request
from jobo_ext.verbatim import VerbatimItems, VerbatimPage, loads_verbatim

if TYPE_CHECKING:
    from jobo_ext.client import _BaseJoboClient

__all__ = [
    "MAX_RESUME_BYTES",
    "RESUME_EXTENSIONS",
    "Resource",
    "ResumeUpload",
    "answers_of",
    "fields_of",
    "no_filters_beside_cursor",
    "open_resume",
    "operation",
    "pages_of",
    "verbatim_page",
]

F = TypeVar("F", bound=Callable[..., Any])
S = TypeVar("S")
P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
C = TypeVar("C", bound="_BaseJoboClient")

# Stateless and re-entrant, so one instance serves every call made without overrides.
_NO_OVERRIDES: contextlib.AbstractContextManager[object] = contextlib.nullcontext()

RESUME_EXTENSIONS = (".pdf", ".docx", ".txt", ".rtf", ".md")
MAX_RESUME_BYTES = 10 * 1024 * 1024


class Resource(Generic[C]):
    """What the sync and async resource classes share: the client, argument checks, call options."""

    def __init__(self, client: C) -> None:
        self._client = client

    def _check(self, operation_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """Query and path parameters checked against the spec, as they are to be sent."""
        return check_request(operation_id, values, strict=self._client._config.strict_values)

    def _body(self, operation_id: str, model: type[T], given: Mapping[str, Any]) -> T:
        """The request body from a method's arguments ``given`` (its ``locals()``): ``body`` as given or
        a ``model`` built from the keyword fields, checked against the spec."""
        fields = fields_of(given, exclude=("self", "body"))
        body: T = _build_body(model, given.get("body", UNSET), fields)
        return check_body(operation_id, body, strict=self._client._config.strict_values)

    def _feed_body(self, operation_id: str, model: type[T], given: Mapping[str, Any]) -> T:
        """Like :meth:`_body`, and a cursor travels alone: the API ignores filters sent beside it."""
        request = self._body(operation_id, model, given)
        no_filters_beside_cursor(request)
        return request

    def _options(self) -> contextlib.AbstractContextManager[object]:
        """The per-call overrides of a ``with_options`` view (nothing to set on a plain client)."""
        overrides = self._client._call_overrides
        return call_options(**overrides) if overrides else _NO_OVERRIDES


def _build_body(model: type[T], body: T | Unset, fields: dict[str, Any]) -> T:
    """``body`` as given, or a ``model`` built from the keyword fields — not both."""
    given = {k: v for k, v in fields.items() if not isinstance(v, Unset)}
    if not isinstance(body, Unset):
        if given:
            raise ValueError(f"pass either body= or the fields ({', '.join(sorted(given))}), not both")
        return body
    return model(**given)


def operation(endpoint: Endpoint) -> Callable[[F], F]:
    """Record which generated operation a facade method calls (read by the no-drift test)."""

    def mark(method: F) -> F:
        method.__jobo_operation__ = endpoint  # type: ignore[attr-defined]
        return method

    return mark


def pages_of(
    page: Callable[Concatenate[S, P], Any],
) -> Callable[[Callable[..., R]], Callable[Concatenate[S, P], R]]:
    """Give an iterator method the parameters of its single-page method ``page``, written only there.

    The iterator is written as ``(self, *args, **kwargs)`` and reads its arguments with
    :func:`arguments`; this gives it ``page``'s signature for type checkers (``ParamSpec``), for
    ``inspect.signature``/``help()`` and for ``typing.get_type_hints``. The method object itself is
    returned, so it stays a generator function (no extra layer per item).
    """

    def adopt(walk: Callable[..., R]) -> Callable[Concatenate[S, P], R]:
        returns = walk.__annotations__["return"]
        signature = inspect.signature(page)
        walk.__signature__ = signature.replace(return_annotation=returns)  # type: ignore[attr-defined]
        walk.__annotations__ = {**page.__annotations__, "return": returns}
        walk.__jobo_operation__ = page.__jobo_operation__  # type: ignore[attr-defined]
        return cast("Callable[Concatenate[S, P], R]", walk)

    return adopt


def arguments(method: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
    """The arguments of a call to ``method`` (a bound page method), defaults filled in, by name.

    Raises :class:`TypeError` for arguments ``method`` does not take, as a call to it would.
    """
    bound = _signature(method.__func__).bind(method.__self__, *args, **kwargs)  # type: ignore[attr-defined]
    bound.apply_defaults()
    del bound.arguments["self"]
    return bound.arguments


@functools.cache
def _signature(fn: Callable[..., Any]) -> inspect.Signature:
    return inspect.signature(fn)


def answers_of(answers: Any) -> Any:
    """Session answers as sent: at least one, mappings made answers (the rest is left to the
    body check)."""
    if not answers:
        raise ValueError("answers must contain at least one answer")
    if isinstance(answers, Sequence):
        return [models.Answer.from_dict(a) if isinstance(a, Mapping) else a for a in answers]
    return answers


def fields_of(scope: Mapping[str, Any], exclude: tuple[str, ...] = ("self",)) -> dict[str, Any]:
    """A method's arguments from its ``locals()``, minus ``exclude``, to pass on unchanged."""
    return {k: v for k, v in scope.items() if k not in exclude}


def no_filters_beside_cursor(request: Any) -> None:
    """Refuse a feed request that sets filters next to a cursor: the API would silently ignore them."""
    if not isinstance(request.cursor, str):
        return
    extra = sorted(name for name in request.to_dict() if name != "cursor")
    if extra:
        raise ValueError(
            "cursor resumes a scan with the filters it was started with; "
            f"do not pass {', '.join(extra)} beside it (start a new scan to change filters)"
        )


@attrs.define
class ResumeUpload:
    """A resume ready to stream: the generated ``File`` and whether we opened (and must close) it."""

    file: File
    owned: bool

    def close(self) -> None:
        if self.owned:
            self.file.payload.close()


def open_resume(source: str | os.PathLike[str] | IO[bytes]) -> ResumeUpload:
    """Check a resume's extension and size, then open it for streaming (never reading it whole)."""
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        _check_name("file", path.name)
        size = path.stat().st_size
        _check_size(size)
        return ResumeUpload(
            File(payload=path.open("rb"), file_name=path.name, mime_type=_mime(path.name)), True
        )
    if not callable(getattr(source, "read", None)):
        raise TypeError(f"file must be a path or a binary file object (got {type(source).__name__})")
    name = Path(str(getattr(source, "name", "") or "")).name
    _check_name("file", name)
    if source.seekable():
        here = source.tell()
        size = source.seek(0, os.SEEK_END) - here
        source.seek(here)
        _check_size(size)
    return ResumeUpload(File(payload=source, file_name=name, mime_type=_mime(name)), False)  # type: ignore[arg-type]


def _check_name(field: str, name: str) -> None:
    if not name.lower().endswith(RESUME_EXTENSIONS):
        raise ValueError(
            f"{field} must be one of {', '.join(RESUME_EXTENSIONS)} (got {name or 'a nameless stream'!r})"
        )


def _check_size(size: int) -> None:
    if size > MAX_RESUME_BYTES:
        raise ValueError(f"file must be at most 10 MB (got {size} bytes)")
    if size == 0:
        raise ValueError("file must not be empty")


def _mime(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def verbatim_page(guard: parse_guard, response: httpx.Response, kept: VerbatimItems) -> VerbatimPage:
    """The :class:`VerbatimPage` of a feed response whose body the transport decoded with ``kept``."""
    decoded, texts = kept.take()
    if decoded:
        data = response.json()
    else:
        # The transport decodes only bodies labelled JSON; the generated parser reads any other through
        # response.json(), and so does this.
        data, texts = loads_verbatim(response.content, kept.key)
    page = guard.expect(data, dict, response)
    return VerbatimPage(page, [] if texts is None else texts)
