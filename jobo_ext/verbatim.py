"""Feed pages with each job's JSON exactly as the API sent it.

A bulk pipeline that stores jobs as JSON wants the text the server sent, not a re-encoding of its own:
re-encoding costs as much as decoding, and it cannot promise the same bytes (number spelling, escapes,
spacing). :func:`loads_verbatim` decodes a page once with the standard library's own scanner and keeps,
for each element of one top-level array, the source text it was decoded from.

It accepts exactly what ``json.loads`` accepts and decodes it to the same value: the walk below covers
only the top-level object and that array, every value inside goes through ``json``'s C scanner, and
anything the walk does not like is handed to ``json.loads``, which either raises its usual error or
returns the value (without texts). (Nesting limits aside: the walk's own two levels are not C recursion,
so a body nested right at the interpreter's recursion limit may decode here and not there.)

Two costs of keeping the texts, both measured on the jobs feed: a decoded page takes about 40 % more
memory than ``json.loads`` makes it, since the scanner shares identical member names only within one
element (about +3 MiB per 1,000-job page, besides the texts themselves); and a job whose JSON repeats a
member keeps both in its text, while the decoded value keeps the last, as ``json.loads`` does (SQLite's
``json_extract`` reads the first).
"""

from __future__ import annotations

import json
import json.decoder
import re
from collections.abc import Callable, Iterator
from typing import Any

import attrs

__all__ = ["VerbatimItems", "VerbatimPage", "loads_verbatim"]

# typeshed leaves these out: json's own whitespace matcher, the decoder's C scanner (one JSON value at
# an index -> (value, end)) and the C string scanner its object parser uses for member names.
_skip: Callable[[str, int], re.Match[str]] = json.decoder.WHITESPACE.match  # type: ignore[attr-defined]
_scan: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
_string: Callable[[str, int, bool], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]


_SPACE = frozenset(" \t\n\r")


class _Unlike(Exception):
    """The walk met something it does not handle: ``json.loads`` decides."""


def loads_verbatim(content: bytes, key: str) -> tuple[object, list[str] | None]:
    """``json.loads(content)``, and the source text of each element of the top-level array ``key``.

    The texts are ``None`` when the body is not an object whose (last) ``key`` member is an array.
    Decoding errors are ``json.loads``'s own (:class:`json.JSONDecodeError`, :class:`UnicodeDecodeError`).
    """
    try:
        text = content.decode(json.detect_encoding(content), "surrogatepass")
        return _object(text, key)
    except (_Unlike, StopIteration, ValueError, RecursionError):
        return json.loads(content), None


def _object(s: str, key: str) -> tuple[dict[str, Any], list[str] | None]:
    end = _skip(s, 0).end()
    if s[end : end + 1] != "{":
        raise _Unlike
    end = _skip(s, end + 1).end()
    obj: dict[str, Any] = {}
    texts: list[str] | None = None
    if s[end : end + 1] == "}":
        end += 1
    else:
        while True:
            if s[end : end + 1] != '"':
                raise _Unlike
            name, end = _string(s, end + 1, True)
            end = _skip(s, end).end()
            if s[end : end + 1] != ":":
                raise _Unlike
            end = _skip(s, end + 1).end()
            if name == key and s[end : end + 1] == "[":
                value, texts, end = _array(s, end)
            else:
                value, end = _scan(s, end)
                if name == key:
                    texts = None  # a later member of the same name replaces the array
            obj[name] = value
            end = _skip(s, end).end()
            mark, end = s[end : end + 1], end + 1
            if mark == "}":
                break
            if mark != ",":
                raise _Unlike
            end = _skip(s, end).end()
    if _skip(s, end).end() != len(s):
        raise _Unlike
    return obj, texts


def _array(s: str, end: int) -> tuple[list[Any], list[str], int]:
    end = _skip(s, end + 1).end()
    values: list[Any] = []
    texts: list[str] = []
    if s[end : end + 1] == "]":
        return values, texts, end + 1
    append_value, append_text = values.append, texts.append
    while True:
        value, stop = _scan(s, end)
        append_value(value)
        append_text(s[end:stop])
        mark = s[stop : stop + 1]
        if mark == ",":  # compact JSON: no whitespace to skip (the common case, and a tenth faster)
            end = stop + 1
            if s[end : end + 1] in _SPACE:
                end = _skip(s, end).end()
            continue
        end = _skip(s, stop).end()
        mark, end = s[end : end + 1], end + 1
        if mark == "]":
            return values, texts, end
        if mark != ",":
            raise _Unlike
        end = _skip(s, end).end()


class VerbatimItems:
    """A body decoder for one call that keeps the source text of each element of the array ``key``.

    The transport calls it on each attempt's JSON body (``DECODER_EXTENSION``); :meth:`take` hands
    over what it last decoded once, so nothing the response keeps alive holds the texts.
    """

    __slots__ = ("_decoded", "_texts", "key")

    def __init__(self, key: str) -> None:
        self.key = key
        self._decoded = False
        self._texts: list[str] | None = None

    def __call__(self, content: bytes) -> object:
        self._decoded, self._texts = False, None
        value, texts = loads_verbatim(content, self.key)
        self._decoded, self._texts = True, texts
        return value

    def take(self) -> tuple[bool, list[str] | None]:
        """Whether a body was decoded since the last call, and its texts (``None``: no ``key`` array)."""
        taken = self._decoded, self._texts
        self._decoded, self._texts = False, None
        return taken


@attrs.frozen(slots=True, repr=False)
class VerbatimPage:
    """One batch of the jobs feed: the decoded JSON and, for each job, the JSON text the API sent.

    ``data`` is what :meth:`~jobo_ext.resources.Feed.iter_raw_pages` yields. ``job_texts[i]`` is the
    source text of ``data["jobs"][i]``: encoded as UTF-8 it is byte for byte what the server sent
    for that job (for a UTF-8 body, which is what the API sends).
    """

    data: dict[str, Any]
    job_texts: list[str]

    @property
    def jobs(self) -> list[Any]:
        """The decoded jobs (``data["jobs"]``)."""
        jobs = self.data.get("jobs")
        return jobs if isinstance(jobs, list) else []

    @property
    def has_more(self) -> Any:
        return self.data.get("has_more")

    @property
    def next_cursor(self) -> Any:
        return self.data.get("next_cursor")

    def __iter__(self) -> Iterator[tuple[Any, str]]:
        """Each decoded job with its source text."""
        return zip(self.jobs, self.job_texts, strict=True)

    def __repr__(self) -> str:
        return f"VerbatimPage({len(self.job_texts)} jobs, has_more={self.has_more!r})"
