"""Helpers shared by the sync and async resource classes (they hold no I/O of their own)."""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import IO, Any, TypeVar

import attrs
from jobo_client.types import File

__all__ = [
    "MAX_RESUME_BYTES",
    "RESUME_EXTENSIONS",
    "ResumeUpload",
    "fields_of",
    "no_filters_beside_cursor",
    "open_resume",
    "operation",
]

F = TypeVar("F", bound=Callable[..., Any])

RESUME_EXTENSIONS = (".pdf", ".docx", ".txt", ".rtf", ".md")
MAX_RESUME_BYTES = 10 * 1024 * 1024


def operation(module: ModuleType) -> Callable[[F], F]:
    """Record which generated endpoint module a facade method calls (read by the no-drift test)."""

    def mark(method: F) -> F:
        method.__jobo_operation__ = module  # type: ignore[attr-defined]
        return method

    return mark


def fields_of(scope: dict[str, Any], exclude: tuple[str, ...] = ("self",)) -> dict[str, Any]:
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
