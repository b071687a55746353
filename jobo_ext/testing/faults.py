"""Programmable faults: make the next N matching requests fail in a chosen way.

Kinds:

``status``
    Answer ``status`` with the proper error body of the server's error style (and ``Retry-After``
    when ``retry_after`` is given; a 429 always has one, default 1 s). Nothing is charged. A 409 on a
    feed route is a ``feed_cursor_restart_required`` problem with a ``replacement_request``.
``drop``
    Read the request, then close the connection without sending a byte of response.
``delay``
    Sleep ``delay`` seconds, then answer normally. (``delay`` also works with every other kind: the
    fault then waits before it fires.)
``html_502``
    A ``502 Bad Gateway`` HTML page from a "proxy", as load balancers send.
``truncated_json``
    Run the request normally (it is charged), then send only the first half of the JSON body with a
    matching ``Content-Length`` — a well-formed HTTP response whose body does not parse.
``unknown_520``
    Status 520 (a status no documentation lists) with a short HTML body.

Paths match exactly (``/api/jobs``), by template (``/api/jobs/{id}`` matches one path segment per
placeholder), or by prefix (``/api/auto-apply/*``); ``None`` or ``*`` matches every API path.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

FaultKind = Literal["status", "drop", "delay", "html_502", "truncated_json", "unknown_520"]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)


def _path_matcher(path: str | None) -> re.Pattern[str] | None:
    if path is None or path == "*":
        return None
    if path.endswith("*"):
        return re.compile(re.escape(path[:-1]) + ".*")
    parts = re.split(r"(\{[^/{}]+\})", path)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts))


@dataclass
class Fault:
    """One programmed fault. ``times=None`` fires forever; ``after`` lets that many matches pass first."""

    kind: FaultKind
    path: str | None = None
    method: str | None = None
    status: int | None = None
    times: int | None = 1
    retry_after: float | None = None
    delay: float = 0.0
    after: int = 0
    code: str | None = None
    message: str | None = None
    id: int = 0
    fired: int = 0
    """How many requests this fault has hit so far."""
    _pattern: re.Pattern[str] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {', '.join(FAULT_KINDS)}")
        if self.kind == "status" and (self.status is None or not 100 <= self.status <= 599):
            raise ValueError("a status fault needs a status between 100 and 599")
        if self.times is not None and self.times < 0:
            raise ValueError("times must be >= 0 or None")
        if self.method is not None:
            self.method = self.method.upper()
        self._pattern = _path_matcher(self.path)

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method != method.upper():
            return False
        return self._pattern is None or self._pattern.fullmatch(path) is not None

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.fired >= self.times

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("_pattern", None)
        return data


class FaultPlan:
    """The server's list of faults, consulted once per API request (first match wins).

    >>> server.faults.add(path="/api/jobs/feed", status=503, times=2, retry_after=5)
    >>> server.faults.drop("/api/jobs/{id}")
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._ids = itertools.count(1)

    def add(
        self,
        path: str | None = None,
        *,
        status: int | None = None,
        times: int | None = 1,
        retry_after: float | None = None,
        method: str | None = None,
        kind: FaultKind | None = None,
        delay: float = 0.0,
        after: int = 0,
        code: str | None = None,
        message: str | None = None,
    ) -> Fault:
        """Program a fault; see the module docstring for the kinds.

        ``kind`` defaults to ``status`` when a status is given, else ``delay`` when a delay is given.
        Returns the :class:`Fault` (its ``fired`` counter shows how often it hit).
        """
        if kind is None:
            if status is not None:
                kind = "status"
            elif delay > 0:
                kind = "delay"
            else:
                raise ValueError("give a status, a delay or a kind")
        fault = Fault(
            kind=kind,
            path=path,
            method=method,
            status=status,
            times=times,
            retry_after=retry_after,
            delay=delay,
            after=after,
            code=code,
            message=message,
            id=next(self._ids),
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def status(self, path: str | None, status: int, **kw: Any) -> Fault:
        """The next matching request(s) answer ``status`` with the error body of the server's style."""
        return self.add(path, status=status, kind="status", **kw)

    def drop(self, path: str | None = None, **kw: Any) -> Fault:
        """Close the connection without a response."""
        return self.add(path, kind="drop", **kw)

    def delay(self, path: str | None, seconds: float, **kw: Any) -> Fault:
        """Answer normally after ``seconds``."""
        return self.add(path, kind="delay", delay=seconds, **kw)

    def html_502(self, path: str | None = None, **kw: Any) -> Fault:
        """Answer a proxy's HTML 502 page."""
        return self.add(path, kind="html_502", **kw)

    def truncated_json(self, path: str | None = None, **kw: Any) -> Fault:
        """Answer 200 with half of the JSON body."""
        return self.add(path, kind="truncated_json", **kw)

    def unknown_520(self, path: str | None = None, **kw: Any) -> Fault:
        """Answer the undocumented status 520."""
        return self.add(path, kind="unknown_520", **kw)

    def take(self, method: str, path: str) -> Fault | None:
        """The fault that fires for this request, if any (consumes one of its ``times``)."""
        with self._lock:
            for fault in self._faults:
                if fault.exhausted or not fault.matches(method, path):
                    continue
                if fault.after > 0:
                    fault.after -= 1
                    continue
                fault.fired += 1
                return fault
        return None

    def remove(self, fault: Fault) -> None:
        with self._lock:
            self._faults = [f for f in self._faults if f.id != fault.id]

    def clear(self) -> None:
        """Remove every fault."""
        with self._lock:
            self._faults.clear()

    @property
    def pending(self) -> list[Fault]:
        """Faults that can still fire."""
        with self._lock:
            return [f for f in self._faults if not f.exhausted]

    def __iter__(self) -> Iterator[Fault]:
        with self._lock:
            return iter(list(self._faults))

    def __len__(self) -> int:
        return len(self.pending)

    def add_spec(self, spec: str) -> Fault:
        """Add a fault from ``key=value`` pairs, as the CLI's ``--fault`` takes them.

        ``"path=/api/jobs/feed,status=503,times=2,retry_after=5"``; ``times=inf`` never runs out.
        """
        return self.add_dict(parse_spec(spec))

    def add_dict(self, data: dict[str, Any]) -> Fault:
        """Add a fault from a JSON-like mapping (the admin endpoint's body)."""
        allowed = {
            "path",
            "status",
            "times",
            "retry_after",
            "method",
            "kind",
            "delay",
            "after",
            "code",
            "message",
        }
        unknown = set(data) - allowed
        if unknown:
            raise ValueError(f"unknown fault field(s): {', '.join(sorted(unknown))}")
        return self.add(**data)


def parse_spec(spec: str) -> dict[str, Any]:
    """``"path=/x,status=503,times=2"`` → ``{"path": "/x", "status": 503, "times": 2}``."""
    out: dict[str, Any] = {}
    for item in filter(None, (p.strip() for p in spec.split(","))):
        key, sep, value = item.partition("=")
        if not sep:
            raise ValueError(f"fault spec item {item!r} is not key=value")
        key = key.strip()
        value = value.strip()
        if key in {"status", "after"}:
            out[key] = int(value)
        elif key == "times":
            out[key] = None if value in {"inf", "none", "forever"} else int(value)
        elif key in {"retry_after", "delay"}:
            out[key] = float(value)
        else:
            out[key] = value
    return out
