"""The log of requests the mock received, for assertions in tests."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, overload


@dataclass
class RecordedRequest:
    """One request as received (the ``X-Api-Key`` header is never stored).

    ``status`` is the status the mock answered (``None`` when a ``drop`` fault closed the connection);
    ``fault`` names the kind of fault that fired, if any.
    """

    method: str
    path: str
    query: dict[str, list[str]]
    raw_query: str
    headers: dict[str, str]
    body: bytes
    request_id: str
    had_api_key: bool
    received_at: float
    status: int | None = None
    fault: str | None = None
    credits_deducted: int = 0
    _json: Any = field(default=None, repr=False)
    _parsed: bool = field(default=False, repr=False)

    @property
    def json(self) -> Any:
        """The body parsed as JSON, or ``None`` when it is empty or not JSON."""
        if not self._parsed:
            self._parsed = True
            try:
                self._json = json.loads(self.body) if self.body else None
            except ValueError:
                self._json = None
        return self._json

    def param(self, name: str) -> str | None:
        """The first value of a query parameter."""
        values = self.query.get(name)
        return values[0] if values else None

    def header(self, name: str) -> str | None:
        """A request header, case-insensitively."""
        lowered = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == lowered), None)


class RequestLog:
    """A thread-safe, list-like log of :class:`RecordedRequest` (``server.requests``)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[RecordedRequest] = []

    def append(self, item: RecordedRequest) -> None:
        with self._lock:
            self._items.append(item)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[RecordedRequest]:
        with self._lock:
            return iter(list(self._items))

    @overload
    def __getitem__(self, index: int) -> RecordedRequest: ...
    @overload
    def __getitem__(self, index: slice) -> list[RecordedRequest]: ...
    def __getitem__(self, index: int | slice) -> RecordedRequest | list[RecordedRequest]:
        with self._lock:
            return self._items[index]

    @property
    def last(self) -> RecordedRequest:
        """The most recent request (``IndexError`` when none)."""
        return self[-1]

    def to(self, path: str, method: str | None = None) -> list[RecordedRequest]:
        """Requests to exactly ``path`` (and ``method``, if given)."""
        return [r for r in self if r.path == path and (method is None or r.method == method.upper())]

    def snapshot(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._items)
