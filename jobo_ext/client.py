"""``JoboClient`` and ``AsyncJoboClient``: the configured generated client behind the policy transport.

Each exposes ``.generated``, a ``jobo_client.Client`` (a subclass, :class:`PolicyClient`) whose
``httpx`` client is built with :class:`~jobo_ext._transport.PolicyTransport` (sync) or
:class:`~jobo_ext._transport.AsyncPolicyTransport` (async). Every generated function called with it
therefore gets the API key, per-operation timeouts, retries and typed errors::

    from jobo_client.api.jobs_search import get_job

    with JoboClient() as jobo:                      # api_key from JOBO_API_KEY
        job = get_job.sync(job_id, client=jobo.generated)

The key lives only in the transport (never in the generated client's headers, never in a ``repr``).
Clients derived with the generated ``with_headers``/``with_cookies``/``with_timeout`` keep the policy
too; they build their own ``httpx`` client, which the caller closes.
"""

from __future__ import annotations

import copy
import http.cookiejar
import ssl
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Literal, NoReturn, Self, TypeVar

import attrs
import httpx
from jobo_client import Client

from jobo_ext._body import DEFAULT_MAX_RESPONSE_BYTES
from jobo_ext._config import DEFAULT_TIMEOUT, ClientConfig, resolve_config
from jobo_ext._http import CertTypes, ResponseObserver
from jobo_ext._invoke import observe
from jobo_ext._transport import (
    AsyncPolicyTransport,
    PolicyTransport,
    build_async_inner_transport,
    build_inner_transport,
)
from jobo_ext.errors import ConfigurationError, JoboError
from jobo_ext.resources import _async, _sync
from jobo_ext.retries import RetryPolicy
from jobo_ext.usage import Usage

__all__ = ["AsyncJoboClient", "JoboClient", "PolicyClient"]


@attrs.frozen
class _TransportFactory:
    """Builds policy transports for one client's configuration, in one mode."""

    config: ClientConfig
    mode: Literal["sync", "async"]
    inner: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None

    def sync_transport(self, timeout: httpx.Timeout | None) -> PolicyTransport:
        if self.mode != "sync":
            raise JoboError(
                "this generated client belongs to an AsyncJoboClient: call the asyncio/asyncio_detailed "
                "functions, or use JoboClient for sync/sync_detailed"
            )
        inner = self.inner
        if not isinstance(inner, httpx.BaseTransport):
            inner = build_inner_transport(**self._network_args())
        return PolicyTransport(inner, **self._policy_args(timeout))

    def async_transport(self, timeout: httpx.Timeout | None) -> AsyncPolicyTransport:
        if self.mode != "async":
            raise JoboError(
                "this generated client belongs to a JoboClient: call the sync/sync_detailed functions, "
                "or use AsyncJoboClient for asyncio/asyncio_detailed"
            )
        inner = self.inner
        if not isinstance(inner, httpx.AsyncBaseTransport):
            inner = build_async_inner_transport(**self._network_args())
        return AsyncPolicyTransport(inner, **self._policy_args(timeout))

    def _network_args(self) -> dict[str, Any]:
        config = self.config
        return {
            "verify": config.verify,
            "cert": config.cert,
            "limits": config.limits,
            "http2": config.http2,
            "trust_env": config.trust_env,
            "proxy": config.proxy,
        }

    def _policy_args(self, timeout: httpx.Timeout | None) -> dict[str, Any]:
        return {
            "base_url": self.config.base_url,
            "api_key": self.config.api_key,
            "retry_policy": self.config.retry_policy,
            "timeout": timeout,
            "follow_redirects": self.config.follow_redirects,
            "on_response": self.config.on_response,
            "max_response_bytes": self.config.max_response_bytes,
        }


_SET_CLIENT_REFUSED = (
    "PolicyClient.{name} is not supported: an httpx client set from outside would bypass the policy "
    "transport (API key, retries, timeouts, typed errors). Pass httpx settings to JoboClient/"
    "AsyncJoboClient instead (verify, cert, limits, proxy, headers, httpx_args=...), or transport=... "
    "for your own network transport, which the policy then wraps."
)


def _never_send(request: httpx.Request) -> httpx.Response:
    raise RuntimeError("Cannot send a request, as the client has been closed.")


# Under the stand-in client that close() leaves behind on a client never used: httpx refuses to send
# through a closed client before reaching its transport, so this never runs.
_NEVER_SENDS = httpx.MockTransport(_never_send)


_SET_COOKIE = frozenset({b"set-cookie", b"set-cookie2"})


class _ResponseCookies(httpx.Cookies):
    """An ``httpx.Client``'s cookies, without the cookie-jar pass over a response that sets none.

    httpx hands every response to ``extract_cookies``. The standard library's jar then builds urllib
    stand-ins for the request and the response and an ``email.Message`` of all the headers (about 25 µs
    of CPU, more than the whole policy layer) only to find no ``Set-Cookie``. With neither
    ``Set-Cookie`` nor ``Set-Cookie2`` the jar stores nothing, so the pass is skipped; with either it
    runs as before. Same jar, same cookies sent and stored.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        # ``Headers._list`` holds (raw name, lower-case name, value); tests/test_policy_fast_path.py
        # checks that layout (httpx is pinned <0.29).
        for _, name, _ in response.headers._list:
            if name in _SET_COOKIE:
                super().extract_cookies(response)
                return


_Client = TypeVar("_Client", httpx.Client, httpx.AsyncClient)


def _skip_cookie_pass(client: _Client) -> _Client:
    """``client`` with its cookies (the same jar) behind :class:`_ResponseCookies`.

    Only httpx's own store over the standard jar is replaced: a jar subclass may do more per response.
    Setting ``client.cookies`` later puts a plain ``httpx.Cookies`` back, which is just slower.
    """
    cookies = client.cookies
    if type(cookies) is httpx.Cookies and type(cookies.jar) is http.cookiejar.CookieJar:
        client._cookies = _ResponseCookies(cookies.jar)  # httpx's only store; the setter would copy it
    return client


@attrs.define
class PolicyClient(Client):
    """The generated ``Client`` whose ``httpx`` clients always go through the policy transport.

    The two ``get_*_httpx_client`` builders put the policy transport under every ``httpx`` client; the
    two ``set_*_httpx_client`` methods refuse, since a client set from outside would bypass the policy.
    :meth:`close` and :meth:`aclose` on a client never used build no connection pool and no policy
    transport just to close them.
    """

    _transports: _TransportFactory = attrs.field(kw_only=True, alias="transports", repr=False)

    def set_httpx_client(self, client: httpx.Client) -> NoReturn:
        """Refused: the ``httpx`` client is built here, on the policy transport. See the error."""
        raise ConfigurationError(_SET_CLIENT_REFUSED.format(name="set_httpx_client"))

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> NoReturn:
        """Refused: the ``httpx`` client is built here, on the policy transport. See the error."""
        raise ConfigurationError(_SET_CLIENT_REFUSED.format(name="set_async_httpx_client"))

    def close(self) -> None:
        """Close the sync ``httpx`` client; when none was built, build none (no pool, no transport)."""
        if self._client is None:
            # A closed stand-in, so later calls fail exactly as they do after closing a used client.
            self._client = httpx.Client(transport=_NEVER_SENDS, trust_env=False)
        self._client.close()

    async def aclose(self) -> None:
        """Close the async ``httpx`` client; when none was built, build none (no pool, no transport)."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(transport=_NEVER_SENDS, trust_env=False)
        await self._async_client.aclose()

    def get_httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` behind the sync generated functions, built on first use."""
        if self._client is None:
            self._client = _skip_cookie_pass(
                httpx.Client(
                    **self._client_args(),
                    transport=self._transports.sync_transport(self._timeout),
                    **self._httpx_args,
                )
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` behind the asyncio generated functions, built on first use."""
        if self._async_client is None:
            self._async_client = _skip_cookie_pass(
                httpx.AsyncClient(
                    **self._client_args(),
                    transport=self._transports.async_transport(self._timeout),
                    **self._httpx_args,
                )
            )
        return self._async_client

    def _client_args(self) -> dict[str, Any]:
        """The arguments both ``httpx`` clients are built with. The transport and ``httpx_args`` are passed
        beside them, so ``httpx_args`` naming one of these still fails as a repeated keyword."""
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "follow_redirects": self._follow_redirects,
        }


class _BaseJoboClient:
    """Configuration shared by the sync and async clients."""

    _mode: Literal["sync", "async"]

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        retry_policy: RetryPolicy | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        verify: ssl.SSLContext | str | bool = True,
        cert: CertTypes | None = None,
        limits: httpx.Limits | None = None,
        http2: bool = False,
        trust_env: bool = True,
        proxy: str | httpx.Proxy | None = None,
        follow_redirects: bool = False,
        headers: Mapping[str, str] | None = None,
        on_response: ResponseObserver | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        strict_values: bool = True,
    ) -> None:
        self.usage = Usage()
        """Credits deducted, last balance and rate-limit state reported so far (every endpoint)."""
        user_observer = on_response

        def observer(response: httpx.Response) -> None:
            self.usage.record(response)
            observe(response)
            if user_observer is not None:
                user_observer(response)

        self._call_overrides: dict[str, Any] = {}
        self._config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            retry_policy=retry_policy,
            timeout=timeout,
            verify=verify,
            cert=cert,
            limits=limits,
            http2=http2,
            trust_env=trust_env,
            proxy=proxy,
            follow_redirects=follow_redirects,
            headers=headers,
            on_response=observer,
            httpx_args=httpx_args,
            max_response_bytes=max_response_bytes,
            strict_values=strict_values,
        )
        config = self._config
        expected = httpx.BaseTransport if self._mode == "sync" else httpx.AsyncBaseTransport
        if transport is not None and not isinstance(transport, expected):
            raise ConfigurationError(
                f"{type(self).__name__} needs an {expected.__module__}.{expected.__name__} as transport, "
                f"got {type(transport).__name__}"
            )
        self.generated: PolicyClient = PolicyClient(
            base_url=str(config.base_url),
            headers=dict(config.headers),
            timeout=config.timeout,
            follow_redirects=config.follow_redirects,
            httpx_args=dict(config.httpx_args),
            transports=_TransportFactory(config, self._mode, transport),
        )
        """The generated ``jobo_client.Client``, wired to this client's policy transport."""
        self._bind_resources()

    def _clock(self) -> float:
        return self._config.retry_policy.clock()

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, retry_policy: RetryPolicy | None = None
    ) -> Self:
        """A view of this client whose calls use another timeout and/or retry policy.

        The view shares the connection pool and :attr:`usage`; closing either closes both::

            job = jobo.with_options(timeout=5, retry_policy=RetryPolicy.disabled()).jobs.get(job_id)
        """
        view = copy.copy(self)
        view._call_overrides = dict(self._call_overrides)
        if timeout is not None:
            view._call_overrides["timeout"] = timeout
        if retry_policy is not None:
            view._call_overrides["retry_policy"] = retry_policy
        view._bind_resources()
        return view

    def _bind_resources(self) -> None:
        """Attach the resource objects (``jobs``, ``feed``, …) bound to this client or view."""
        raise NotImplementedError

    @property
    def base_url(self) -> httpx.URL:
        """The API base URL."""
        return self._config.base_url

    @property
    def retry_policy(self) -> RetryPolicy:
        """The client-wide retry policy."""
        return self._config.retry_policy

    @property
    def timeout(self) -> httpx.Timeout:
        """The client-wide timeout (feeds get a longer read timeout, see ``jobo_ext.operations``)."""
        return self._config.timeout

    @property
    def has_api_key(self) -> bool:
        """Whether a key is configured (without it only ``GET /api/companies/{id}`` works)."""
        return self._config.api_key is not None

    def __repr__(self) -> str:
        key = "set" if self.has_api_key else "None"
        return f"{type(self).__name__}(base_url={str(self.base_url)!r}, api_key={key})"


class JoboClient(_BaseJoboClient):
    """Synchronous Jobo client. Use the generated ``sync``/``sync_detailed`` functions with ``.generated``.

    Args:
        api_key: The API key; defaults to the ``JOBO_API_KEY`` environment variable. Without one, only
            the public ``GET /api/companies/{id}`` works; other calls raise ``MissingAPIKeyError``
            before sending.
        base_url: Defaults to ``JOBO_BASE_URL``, else ``https://connect.jobo.world``. Plain ``http://``
            is refused except for loopback hosts.
        retry_policy: Defaults to ``RetryPolicy()``, the documented strategy.
        timeout: Seconds (or an ``httpx.Timeout``) for every request; the feeds get at least 120 s to
            read. ``None`` disables timeouts.
        verify, cert, limits, http2, trust_env, proxy: As for ``httpx.Client``; applied to the network
            transport (``trust_env`` also enables ``HTTP(S)_PROXY``/``NO_PROXY``).
        follow_redirects: Off by default. When on, the key is still only sent to the base URL's origin.
        headers: Extra headers for every request.
        on_response: Called with every response received (retried ones included).
        transport: The network transport to wrap instead of a fresh ``httpx.HTTPTransport`` — e.g. an
            ``httpx.MockTransport`` in tests.
        httpx_args: Further ``httpx.Client`` arguments (e.g. ``event_hooks``); one this client takes
            itself, or ``cookies``, is refused with a ``ConfigurationError``.
        max_response_bytes: The most bytes a successful response body may have once decoded (default
            256 MiB); past it the call raises ``ResponseTooLargeError`` without reading further, and is
            not retried. Error bodies are read up to 1 MiB only.
        strict_values: On (the default), a value outside a closed vocabulary of the spec (work models,
            employment types, experience levels, facet names, heavy fields …) raises ``ValueError``
            before sending, naming the nearest valid value. Off, such a value is sent as given — for a
            value the API accepts before the spec lists it. Known values are respelled as the spec
            spells them either way (``"Remote"`` is sent as ``remote``).
    """

    _mode = "sync"

    def _bind_resources(self) -> None:
        self.jobs = _sync.Jobs(self)
        """Search and lookup: ``search``, ``search_advanced``, ``get``, ``iter_search``, …"""
        self.feed = _sync.Feed(self)
        """Bulk feeds: ``jobs``, ``iter_pages``, ``iter_jobs``, ``expired``, ``iter_expired``, managed feed."""
        self.career_sites = _sync.CareerSites(self)
        """The career-sites feed: ``feed``, ``iter_pages``, ``iter_feed``."""
        self.companies = _sync.Companies(self)
        """Companies: ``get`` (public), ``jobs``, ``iter_jobs``."""
        self.locations = _sync.Locations(self)
        """``geocode`` and ``suggest``."""
        self.filters = _sync.Filters(self)
        """Filter vocabularies: ``get`` and ``options``."""
        self.auto_apply = _sync.AutoApply(self)
        """Auto Apply: ``profiles``, ``sessions``, ``applications``."""

    def _sleep(self, seconds: float) -> None:
        self._config.retry_policy.sleep(seconds)

    def close(self) -> None:
        """Close the connection pool (nothing to close when no call was made)."""
        self.generated.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncJoboClient(_BaseJoboClient):
    """Asynchronous Jobo client. Use the generated ``asyncio``/``asyncio_detailed`` functions with
    ``.generated``. Same arguments as :class:`JoboClient` (``transport`` must be an async transport)."""

    _mode = "async"

    def _bind_resources(self) -> None:
        self.jobs = _async.AsyncJobs(self)
        """Search and lookup: ``search``, ``search_advanced``, ``get``, ``iter_search``, …"""
        self.feed = _async.AsyncFeed(self)
        """Bulk feeds: ``jobs``, ``iter_pages``, ``iter_jobs``, ``expired``, ``iter_expired``, managed feed."""
        self.career_sites = _async.AsyncCareerSites(self)
        """The career-sites feed: ``feed``, ``iter_pages``, ``iter_feed``."""
        self.companies = _async.AsyncCompanies(self)
        """Companies: ``get`` (public), ``jobs``, ``iter_jobs``."""
        self.locations = _async.AsyncLocations(self)
        """``geocode`` and ``suggest``."""
        self.filters = _async.AsyncFilters(self)
        """Filter vocabularies: ``get`` and ``options``."""
        self.auto_apply = _async.AsyncAutoApply(self)
        """Auto Apply: ``profiles``, ``sessions``, ``applications``."""

    async def _sleep(self, seconds: float) -> None:
        await self._config.retry_policy.async_sleep(seconds)

    async def aclose(self) -> None:
        """Close the connection pool (nothing to close when no call was made)."""
        await self.generated.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
