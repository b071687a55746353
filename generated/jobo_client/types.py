"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from uuid import UUID, SafeUUID

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


_new_object = object.__new__
# UUID's slot descriptors, called directly: object.__setattr__(uuid, "int", ...) looks the name up on
# the type on every call (UUID.__setattr__ itself refuses, the class is immutable).
_set_int = UUID.int.__set__  # type: ignore[attr-defined]
_set_is_safe = UUID.is_safe.__set__  # type: ignore[attr-defined]
_UNKNOWN_SAFETY = SafeUUID.unknown


def parse_uuid(value: str) -> UUID:
    """``UUID(value)``, about twice as fast for the 36-character form every API response uses.

    ``UUID(text)`` drops ``urn:``/``uuid:`` prefixes, braces and hyphens, requires 32 characters left
    and reads them with ``int(..., 16)``. For a 36-character ``str`` that is 32 characters without its
    hyphens, none of the prefixes or braces can be there unless ``int`` fails on them, so reading the
    hyphen-less text directly gives the same number, and the object is built as ``UUID.__init__``
    builds it (``int`` and ``is_safe`` set on the immutable slots). Any other input, and any input
    ``int`` refuses, goes to ``UUID(value)`` itself, so errors are exactly the stock ones.
    """
    if type(value) is str and len(value) == 36:
        digits = value.replace("-", "")
        if len(digits) == 32:
            try:
                number = int(digits, 16)
            except ValueError:
                return UUID(value)
            uuid = _new_object(UUID)
            _set_int(uuid, number)
            _set_is_safe(uuid, _UNKNOWN_SAFETY)
            return uuid
    return UUID(value)


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "parse_uuid"]
