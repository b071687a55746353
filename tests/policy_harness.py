"""Test doubles for the policy layer: scripted servers, a fake clock, and sync/async call helpers.

Nothing here sleeps for real: :class:`FakeTime` records every wait and advances a fake monotonic
clock, and :class:`FixedRandom` makes jitter and the 503 wait exact.
"""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal

import attrs
import httpx

from jobo_ext._transport import AsyncPolicyTransport, PolicyTransport, ResponseObserver
from jobo_ext.retries import RetryPolicy

BASE_URL = "https://connect.jobo.world"
API_KEY = "jbe_live_RECOGNISABLE-KEY-1234567_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ"
Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")


class FixedRandom(random.Random):
    """``random()`` always returns ``value``: ``uniform(a, b) == a + (b - a) * value``."""

    def __init__(self, value: float) -> None:
        super().__init__(0)
        self.value = value

    def random(self) -> float:
        return self.value


@attrs.define
class FakeTime:
    """Records sleeps and advances a fake monotonic clock by each one."""

    now: float = 0.0
    sleeps: list[float] = attrs.field(factory=list)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)  # yield to other tasks, as a real sleep would; no wall-clock wait

    def clock(self) -> float:
        return self.now

    def policy(self, *, rng: random.Random | None = None, **overrides: Any) -> RetryPolicy:
        """A policy wired to this fake time (jitter and the 503 wait at their minimum by default)."""
        return RetryPolicy(
            sleep=self.sleep,
            async_sleep=self.async_sleep,
            clock=self.clock,
            random=rng if rng is not None else FixedRandom(0.0),
            **overrides,
        )


Step = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def error_body(status: int, **extra: Any) -> dict[str, Any]:
    """An error body of the documented ``{status, error, message}`` shape."""
    labels = {429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}
    return {"status": status, "error": labels.get(status, "Error"), "message": f"status {status}", **extra}


def status(code: int, *, headers: dict[str, str] | None = None, **extra: Any) -> httpx.Response:
    """A JSON response; an error body for non-2xx, ``{"ok": true}`` otherwise."""
    body = error_body(code, **extra) if code >= 300 else {"ok": True, **extra}
    return httpx.Response(code, json=body, headers=headers)


@attrs.define
class Script:
    """A mock server answering with ``steps`` in order (the last one repeats) and recording requests."""

    steps: Sequence[Step]
    requests: list[httpx.Request] = attrs.field(factory=list)

    def handler(self, request: httpx.Request) -> httpx.Response:
        index = min(len(self.requests), len(self.steps) - 1)
        self.requests.append(request)
        step = self.steps[index]
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return _fresh(step)
        return step(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)


def _fresh(response: httpx.Response) -> httpx.Response:
    # A Response can be handed out once (it gets read and closed); repeat steps get a copy.
    return httpx.Response(response.status_code, headers=response.headers, content=response.content)


def call(
    mode: Mode,
    inner: httpx.MockTransport,
    method: str = "GET",
    path: str = "/api/jobs/123",
    *,
    policy: RetryPolicy | None = None,
    api_key: str | None = API_KEY,
    base_url: str = BASE_URL,
    on_response: ResponseObserver | None = None,
    timeout: httpx.Timeout | None = None,
    max_response_bytes: int | None = None,
    **request_kwargs: Any,
) -> httpx.Response:
    """Send one request through a policy transport over ``inner``, sync or async; errors propagate."""
    client_timeout = timeout if timeout is not None else httpx.Timeout(30.0)
    transport_args: dict[str, Any] = {
        "base_url": base_url,
        "api_key": api_key,
        "retry_policy": policy,
        "timeout": client_timeout,
        "on_response": on_response,
    }
    if max_response_bytes is not None:
        transport_args["max_response_bytes"] = max_response_bytes
    if mode == "sync":
        with httpx.Client(
            base_url=base_url, timeout=client_timeout, transport=PolicyTransport(inner, **transport_args)
        ) as client:
            return client.request(method, path, **request_kwargs)

    async def go() -> httpx.Response:
        async with httpx.AsyncClient(
            base_url=base_url, timeout=client_timeout, transport=AsyncPolicyTransport(inner, **transport_args)
        ) as client:
            return await client.request(method, path, **request_kwargs)

    return asyncio.run(go())


def bodies(requests: Iterable[httpx.Request]) -> list[bytes]:
    return [request.content for request in requests]


def dumps(value: Any) -> bytes:
    return json.dumps(value).encode()
