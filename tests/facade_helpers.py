"""A tiny in-process API for facade tests: routes requests to handlers and records what was sent."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

import httpx

from jobo_ext import AsyncJoboClient, JoboClient, RetryPolicy

Handler = Callable[[httpx.Request], httpx.Response]
KEY = "jbe_test_FACADEKEY_visible_in_no_repr"


class Router:
    """Answers ``(METHOD, path)`` with a handler; records every request in :attr:`requests`."""

    def __init__(self, routes: dict[tuple[str, str], Handler] | None = None) -> None:
        self.routes = dict(routes or {})
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        handler = self.routes.get((request.method, request.url.path))
        if handler is None:
            return httpx.Response(404, json={"status": 404, "error": "Not Found", "message": "no route"})
        return handler(request)

    def json_bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]


def make_client(mode: str, router: Router, **kwargs: Any) -> Any:
    """A sync or async client on a MockTransport, with instant retries."""
    kwargs.setdefault("retry_policy", RetryPolicy(sleep=lambda s: None, async_sleep=_no_sleep))
    cls = JoboClient if mode == "sync" else AsyncJoboClient
    return cls(api_key=KEY, base_url="https://api.test", transport=httpx.MockTransport(router), **kwargs)


async def _no_sleep(seconds: float) -> None:
    return None


# One event loop for every async call of a test session: an AsyncJoboClient's connection pool belongs
# to the loop it first ran on, so a test that makes several calls must keep using that loop.
_LOOP = asyncio.new_event_loop()


def run(value: Any) -> Any:
    """The value of a sync call, or of an awaitable from the async client."""
    if inspect.isawaitable(value):

        async def wait() -> Any:
            return await value

        return _LOOP.run_until_complete(wait())
    return value


def collect(iterable: Iterable[Any] | AsyncIterator[Any], limit: int | None = None) -> list[Any]:
    """Drain a sync or async iterator (at most ``limit`` items)."""
    if isinstance(iterable, AsyncIterator):

        async def drain() -> list[Any]:
            out: list[Any] = []
            async for item in iterable:
                out.append(item)
                if limit is not None and len(out) >= limit:
                    break
            return out

        return _LOOP.run_until_complete(drain())
    out: list[Any] = []
    for item in iterable:
        out.append(item)
        if limit is not None and len(out) >= limit:
            break
    return out


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=data, headers=headers)
