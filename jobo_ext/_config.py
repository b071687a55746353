"""Resolving a client's settings (arguments, then environment, then defaults) once, for both clients.

:class:`ClientConfig` holds everything ``JoboClient`` and ``AsyncJoboClient`` need to build their
``httpx`` clients and policy transports; :func:`resolve_config` validates it so a bad setting fails at
construction, not at the first request.
"""

from __future__ import annotations

import os
import platform
import ssl
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from jobo_ext._body import ACCEPT_ENCODING, DEFAULT_MAX_RESPONSE_BYTES
from jobo_ext._http import DEFAULT_LIMITS, CertTypes, ResponseObserver, is_loopback
from jobo_ext._secret import Secret, api_key_secret
from jobo_ext._version import __version__
from jobo_ext.errors import ConfigurationError, redact_url
from jobo_ext.retries import RetryPolicy

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "ClientConfig",
    "check_base_url",
    "resolve_config",
    "user_agent",
]

DEFAULT_BASE_URL = "https://connect.jobo.world"
API_KEY_ENV = "JOBO_API_KEY"
BASE_URL_ENV = "JOBO_BASE_URL"
DEFAULT_TIMEOUT = 30.0  # what every official client uses


def check_base_url(base_url: str | httpx.URL) -> httpx.URL:
    """``base_url`` as a URL the API key may be sent to; the one check, for clients and bare transports.

    Raises:
        ConfigurationError: it is not an absolute http(s) URL; it is plain ``http://`` to a host other
            than loopback (the key would travel in clear text); or it carries credentials or a query.
    """
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an absolute http(s) URL, got {redact_url(url)!r}")
    if url.scheme == "http" and not is_loopback(url.host):
        raise ConfigurationError(
            f"refusing plain http:// base_url {redact_url(url)!r}: the API key would travel in clear text; "
            "use https:// (plain http is only allowed for loopback hosts such as 127.0.0.1)"
        )
    if url.userinfo or url.query:
        raise ConfigurationError(
            f"base_url must not carry credentials or a query string, got {redact_url(url)!r}: "
            "pass the key as api_key=... and query parameters per call"
        )
    return url


def user_agent() -> str:
    """``jobo-ext/<version> python/<version> httpx/<version>``."""
    return f"jobo-ext/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"


@attrs.frozen
class ClientConfig:
    """The resolved settings of one client. ``api_key`` is a :class:`Secret`, so ``repr`` is safe."""

    api_key: Secret | None
    base_url: httpx.URL
    timeout: httpx.Timeout
    retry_policy: RetryPolicy
    follow_redirects: bool
    headers: dict[str, str]
    verify: ssl.SSLContext | str | bool = attrs.field(repr=False)
    cert: CertTypes | None = attrs.field(repr=False)
    limits: httpx.Limits
    http2: bool
    trust_env: bool
    proxy: str | httpx.Proxy | None = attrs.field(repr=False)
    on_response: ResponseObserver | None = attrs.field(repr=False)
    httpx_args: dict[str, Any] = attrs.field(repr=False)
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    strict_values: bool = True
    """Refuse values outside the spec's closed vocabularies before sending (see ``jobo_ext.validation``)."""


def resolve_config(
    *,
    api_key: str | None,
    base_url: str | httpx.URL | None,
    retry_policy: RetryPolicy | None,
    timeout: float | httpx.Timeout | None,
    verify: ssl.SSLContext | str | bool,
    cert: CertTypes | None,
    limits: httpx.Limits | None,
    http2: bool,
    trust_env: bool,
    proxy: str | httpx.Proxy | None,
    follow_redirects: bool,
    headers: Mapping[str, str] | None,
    on_response: ResponseObserver | None,
    httpx_args: Mapping[str, Any] | None,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    strict_values: bool = True,
) -> ClientConfig:
    """Apply environment defaults and validate.

    Raises:
        ConfigurationError: the API key is not a string of printable ASCII without spaces once
            surrounding whitespace is trimmed (:func:`~jobo_ext._secret.api_key_secret`), ``base_url``
            is not an absolute http(s) URL, or is plain ``http://`` to a host other than loopback (the
            key would travel in clear text), ``httpx_args`` tries to replace what the policy layer
            owns, or ``max_response_bytes`` is not a positive int.
    """
    if api_key is not None:
        secret = api_key_secret(api_key, source="api_key")
    else:  # an empty JOBO_API_KEY means "no key", as an unset one does
        secret = api_key_secret(os.environ.get(API_KEY_ENV, ""), source=API_KEY_ENV)

    url = check_base_url(base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL)

    extra = dict(httpx_args or {})
    # JoboClient arguments, applied where they take effect: given to httpx.Client next to the policy
    # transport, limits/http2/trust_env would be ignored and headers would fail on first use.
    owned = {
        "transport",
        "mounts",
        "base_url",
        "timeout",
        "follow_redirects",
        "verify",
        "cert",
        "proxy",
        "headers",
        "limits",
        "http2",
        "trust_env",
    }
    if clash := sorted(owned & extra.keys()):
        raise ConfigurationError(
            f"httpx_args cannot set {', '.join(clash)}: pass them as JoboClient arguments"
        )
    if "cookies" in extra:
        raise ConfigurationError(
            "httpx_args cannot set cookies: the client keeps the cookies responses set (the API "
            "authenticates by the X-Api-Key header); send a cookie through headers= if one is needed"
        )

    if (
        isinstance(max_response_bytes, bool)
        or not isinstance(max_response_bytes, int)
        or max_response_bytes < 1
    ):
        raise ConfigurationError(f"max_response_bytes must be a positive int, got {max_response_bytes!r}")

    # Only the encodings the policy transport inflates with a bound per step (see jobo_ext._body).
    merged_headers = {
        "User-Agent": user_agent(),
        "Accept": "application/json",
        "Accept-Encoding": ACCEPT_ENCODING,
    }
    for name, value in (headers or {}).items():
        if name.lower() == "x-api-key":
            raise ConfigurationError("pass the API key as api_key=..., not as a header")
        merged_headers[name] = value

    return ClientConfig(
        api_key=secret,
        base_url=url,
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        retry_policy=retry_policy if retry_policy is not None else RetryPolicy(),
        follow_redirects=follow_redirects,
        headers=merged_headers,
        verify=verify,
        cert=cert,
        limits=limits if limits is not None else DEFAULT_LIMITS,
        http2=http2,
        trust_env=trust_env,
        proxy=proxy,
        on_response=on_response,
        httpx_args=extra,
        max_response_bytes=max_response_bytes,
        strict_values=strict_values,
    )
