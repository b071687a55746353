"""The httpx transports every generated call passes through: auth, timeouts, retries and typed errors.

``JoboClient`` hands the generated ``jobo_client.Client`` an ``httpx.Client`` whose transport is a
:class:`PolicyTransport` (``AsyncPolicyTransport`` for ``AsyncJoboClient``) wrapping the transport that
actually talks to the network. Because the generated functions only ever call
``client.get_httpx_client().request(...)``, this one place gives every endpoint — present and future,
sync and async — the same behaviour, with no per-endpoint code:

1. **Auth.** ``X-Api-Key`` is added only to requests for the configured base URL's origin (scheme,
   host, port), on a copy of the request, so it never appears on the request object httpx keeps, on a
   redirect to another host, nor on ``response.request``. It is never sent over plain ``http://``
   except to a loopback host. Without a key, any route but the public ``GET /api/companies/{id}``
   raises :class:`~jobo_ext.errors.MissingAPIKeyError` before anything is sent.
2. **Timeouts.** An operation with a longer documented read timeout (the feeds: 120 s) gets
   ``max(client read timeout, operation read timeout)`` unless the caller set a timeout for this request
   (``httpx``'s per-request ``timeout=``, or :func:`jobo_ext._context.call_options`). A client-wide
   timeout (``JoboClient(timeout=...)``, the generated ``with_timeout``) is a default, so the feeds'
   minimum still applies to it; no read timeout at all stays none.
3. **Retries.** :class:`~jobo_ext.retries.RetryPolicy` decides; this module only sleeps, replays the
   body byte for byte, closes the failed response first, and logs each retry at INFO on the
   ``jobo_ext`` logger (method, path, status or exception, retry number, attempt, delay — no key,
   no query string). A streaming request body that cannot be replayed is sent once.
4. **Bounded bodies.** Every body is read here, from the raw stream, through the length-bounded
   decoder of :mod:`jobo_ext._body`: a 2xx past ``max_response_bytes`` decoded bytes raises
   :class:`~jobo_ext.errors.ResponseTooLargeError` (not retried) as soon as the limit is passed; a
   non-2xx body is cut at 1 MiB. The decoded bytes become the response's content.
5. **Errors.** A final non-2xx becomes the typed error of :func:`~jobo_ext.errors.error_from_response`
   (3xx pass through only when the client follows redirects); a transport failure becomes
   :class:`~jobo_ext.errors.APIConnectionError` / :class:`~jobo_ext.errors.APITimeoutError` with the
   httpx exception as ``__cause__`` (its message, and the chain's, redacted of the key by
   :func:`~jobo_ext.errors.redact_text`); a 2xx whose body is unusable (JSON that does not parse, a
   corrupt or truncated compressed stream) is retried as a 500 would be, then becomes
   :class:`~jobo_ext.errors.APIResponseError`.
6. **Observation.** ``on_response(response)`` is called for every response received, retried ones
   included, with the body already read for errors and JSON — the hook for credit and rate-limit
   accounting.

Proxies: when ``trust_env`` is true, :func:`build_inner_transport` reads ``HTTP_PROXY``/``HTTPS_PROXY``/
``ALL_PROXY``/``NO_PROXY`` (with ``urllib.request.getproxies_environment``; ``NO_PROXY`` matched as curl
does) and routes each request to a direct or a proxied ``httpx`` transport *inside* the policy
transport, so proxied calls keep the policy. httpx ignores environment proxies as soon as a
``transport=`` is given, its own parser is private, and ``mounts=`` would put proxied routes outside
the policy. Loopback hosts are never proxied, so a plain-``http://`` base URL (loopback only) never
hands the key to a proxy in clear text.
"""

from __future__ import annotations

import json
import logging
import ssl
import urllib.request
from collections.abc import Callable
from typing import NamedTuple, cast

import attrs
import httpx
from httpx._multipart import FileField, MultipartStream  # httpx is pinned <0.29; see _replayable

from jobo_ext import _json
from jobo_ext._body import DEFAULT_MAX_RESPONSE_BYTES, ERROR_BODY_LIMIT, BodyReader
from jobo_ext._config import check_base_url
from jobo_ext._context import current_call_options
from jobo_ext._http import DEFAULT_LIMITS, CertTypes, ResponseObserver, _media_type, is_json, is_loopback
from jobo_ext._invoke import response_error
from jobo_ext._secret import Secret, api_key_secret
from jobo_ext.errors import (
    APIConnectionError,
    APIResponseError,
    APITimeoutError,
    MissingAPIKeyError,
    ResponseTooLargeError,
    error_from_response,
    redact_text,
    redact_url,
)
from jobo_ext.operations import OperationPolicy, lookup
from jobo_ext.retries import RetryDecision, RetryKind, RetryPolicy, classify

__all__ = [
    "DEFAULT_LIMITS",
    "AsyncPolicyTransport",
    "CertTypes",
    "PolicyTransport",
    "ResponseObserver",
    "build_async_inner_transport",
    "build_inner_transport",
    "is_loopback",
]

logger = logging.getLogger("jobo_ext")

API_KEY_HEADER = "X-Api-Key"

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)


def _origin_text(url: httpx.URL) -> str:
    """``scheme://host[:port]`` of ``url``: no credentials, path or query (they may hold secrets)."""
    host = f"[{url.host}]" if ":" in url.host else url.host
    return f"{url.scheme}://{host}" + (f":{url.port}" if url.port is not None else "")


# --------------------------------------------------------------------------------------------------
# Inner transports: what actually talks to the network, built with the settings httpx would apply.
# --------------------------------------------------------------------------------------------------


def _environment_proxies() -> dict[str, str]:
    proxies = {}
    for scheme, url in urllib.request.getproxies_environment().items():
        if scheme == "no":
            proxies[scheme] = url
        elif scheme in ("http", "https", "all"):
            proxies[scheme] = url if "://" in url else f"http://{url}"
    return proxies


def _proxy_for(url: httpx.URL, proxies: dict[str, str]) -> str | None:
    # Loopback is never proxied: plain http:// is only allowed to loopback, so this also keeps an
    # environment proxy (possibly remote) from ever receiving a plain-http request and its X-Api-Key.
    if is_loopback(url.host):
        return None
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if proxy is None or _bypasses_proxy(url.host, proxies.get("no", "")):
        return None
    return proxy


def _bypasses_proxy(host: str, no_proxy: str) -> bool:
    """``NO_PROXY`` matching as curl and requests do it: ``*``, exact hosts, and domain suffixes."""
    host = host.lower()
    for entry in no_proxy.lower().split(","):
        name = entry.strip().lstrip(".")
        if name == "*" or (name and (host == name or host.endswith("." + name))):
            return True
    return False


class _EnvProxyTransport(httpx.BaseTransport):
    """Route each request to the direct transport or the one for its environment proxy."""

    def __init__(
        self, direct: httpx.BaseTransport, proxied: dict[str, httpx.BaseTransport], proxies: dict[str, str]
    ) -> None:
        self._direct = direct
        self._proxied = proxied
        self._proxies = proxies

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        proxy = _proxy_for(request.url, self._proxies)
        transport = self._direct if proxy is None else self._proxied[proxy]
        return transport.handle_request(request)

    def close(self) -> None:
        for transport in (self._direct, *self._proxied.values()):
            transport.close()


class _AsyncEnvProxyTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`_EnvProxyTransport`."""

    def __init__(
        self,
        direct: httpx.AsyncBaseTransport,
        proxied: dict[str, httpx.AsyncBaseTransport],
        proxies: dict[str, str],
    ) -> None:
        self._direct = direct
        self._proxied = proxied
        self._proxies = proxies

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        proxy = _proxy_for(request.url, self._proxies)
        transport = self._direct if proxy is None else self._proxied[proxy]
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        for transport in (self._direct, *self._proxied.values()):
            await transport.aclose()


def build_inner_transport(
    *,
    verify: ssl.SSLContext | str | bool = True,
    cert: CertTypes | None = None,
    limits: httpx.Limits = DEFAULT_LIMITS,
    http2: bool = False,
    trust_env: bool = True,
    proxy: str | httpx.Proxy | None = None,
) -> httpx.BaseTransport:
    """Build the network transport with TLS verification, client certificate, limits and proxies.

    An explicit ``proxy`` wins; otherwise, with ``trust_env``, environment proxies are honoured (see
    the module docstring). ``trust_env`` also lets httpx read ``SSL_CERT_FILE``/``SSL_CERT_DIR``.
    """

    def make(via: str | httpx.Proxy | None) -> httpx.BaseTransport:
        return httpx.HTTPTransport(
            verify=verify, cert=cert, limits=limits, http2=http2, trust_env=trust_env, proxy=via
        )

    if proxy is not None or not trust_env:
        return make(proxy)
    proxies = _environment_proxies()
    urls = {url for scheme, url in proxies.items() if scheme != "no"}
    if not urls:
        return make(None)
    return _EnvProxyTransport(make(None), {url: make(url) for url in urls}, proxies)


def build_async_inner_transport(
    *,
    verify: ssl.SSLContext | str | bool = True,
    cert: CertTypes | None = None,
    limits: httpx.Limits = DEFAULT_LIMITS,
    http2: bool = False,
    trust_env: bool = True,
    proxy: str | httpx.Proxy | None = None,
) -> httpx.AsyncBaseTransport:
    """Async twin of :func:`build_inner_transport`."""

    def make(via: str | httpx.Proxy | None) -> httpx.AsyncBaseTransport:
        return httpx.AsyncHTTPTransport(
            verify=verify, cert=cert, limits=limits, http2=http2, trust_env=trust_env, proxy=via
        )

    if proxy is not None or not trust_env:
        return make(proxy)
    proxies = _environment_proxies()
    urls = {url for scheme, url in proxies.items() if scheme != "no"}
    if not urls:
        return make(None)
    return _AsyncEnvProxyTransport(make(None), {url: make(url) for url in urls}, proxies)


# --------------------------------------------------------------------------------------------------
# The policy, shared by the sync and async transports. Only sending, reading and sleeping differ.
# --------------------------------------------------------------------------------------------------


class _Retry(NamedTuple):
    delay: float


@attrs.define
class _Call:
    """One logical request across its attempts."""

    request: httpx.Request
    operation: OperationPolicy
    policy: RetryPolicy
    same_origin: bool
    timeout: dict[str, float | None] | None
    started: float
    sent: int = 0
    # A plain dict: a Counter costs more to create than the rest of the call's bookkeeping together.
    failures: dict[RetryKind, int] = attrs.field(factory=dict)
    json_body: bool = False
    """Whether the latest response declares a JSON body (set by :meth:`_PolicyCore.body_reader`)."""


class _PolicyCore:
    """Everything the transports decide; no I/O except the observer call."""

    def __init__(
        self,
        *,
        base_url: httpx.URL | str,
        api_key: Secret | str | None,
        retry_policy: RetryPolicy | None,
        timeout: httpx.Timeout | None,
        follow_redirects: bool,
        on_response: ResponseObserver | None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        url = check_base_url(base_url)
        self.origin = _origin(url)
        self.base_path = url.path.rstrip("/")
        # Checked here too, for transports built without a client: a key that cannot travel in a header
        # would make the HTTP stack quote it in its error message.
        self.api_key = api_key_secret(api_key) if api_key is not None else None
        self.retry_policy = retry_policy if retry_policy is not None else RetryPolicy()
        # ``None``: the client's default is unknown, so every request without a per-call override
        # (``call_options``) gets the per-operation read timeout.
        self.default_timeout = timeout.as_dict() if timeout is not None else None
        self.follow_redirects = follow_redirects
        self.observer = on_response
        self.max_response_bytes = max_response_bytes

    def __repr__(self) -> str:
        scheme, host, port = self.origin
        return (
            f"<policy for {scheme}://{host}:{port}{self.base_path} key={'set' if self.api_key else 'none'}>"
        )

    # -- before the first attempt ------------------------------------------------------------------

    def begin(self, request: httpx.Request) -> _Call:
        same_origin = _origin(request.url) == self.origin
        options = current_call_options()
        policy = options.retry_policy or self.retry_policy
        path = self._relative_path(request.url)
        operation = lookup(request.method, path)
        if same_origin and self.api_key is None and not operation.public:
            raise MissingAPIKeyError(
                f"{request.method} {operation.path_template} needs an API key: pass api_key=... or set "
                "JOBO_API_KEY (only GET /api/companies/{id} is public)"
            )
        return _Call(
            request=request,
            operation=operation,
            policy=policy,
            same_origin=same_origin,
            timeout=self._timeout_for(request, operation, options.timeout),
            started=policy.clock(),
        )

    def _relative_path(self, url: httpx.URL) -> str:
        path = url.raw_path.split(b"?", 1)[0].decode("ascii", errors="replace")
        if self.base_path and path.startswith(self.base_path + "/"):
            path = path[len(self.base_path) :]
        return path

    def _timeout_for(
        self, request: httpx.Request, operation: OperationPolicy, override: httpx.Timeout | None
    ) -> dict[str, float | None] | None:
        if override is not None:
            return override.as_dict()
        current = request.extensions.get("timeout")
        if operation.read_timeout is None or current is None:
            return None
        if self.default_timeout is not None and current != self.default_timeout:
            return None  # the caller chose a timeout for this request: keep it
        read = current.get("read")
        if read is None:
            return None  # no read timeout at all is already long enough
        return {**current, "read": max(read, operation.read_timeout)}

    # -- each attempt -------------------------------------------------------------------------------

    def outgoing(self, call: _Call) -> httpx.Request:
        """The request for one attempt: a copy with the key (if it may go) and the timeout.

        The original stays key-free: it is what httpx keeps and what ``response.request`` shows. When
        there is nothing to add or remove, the original itself is sent.
        """
        request = call.request
        call.sent += 1
        key = self.api_key
        add_key = key is not None and call.same_origin
        # Our key never goes to another origin, however it got onto the request.
        drop_key = not add_key and key is not None and request.headers.get(API_KEY_HEADER) == key.reveal()
        if not add_key and not drop_key and call.timeout is None:
            return request
        copy = _copy(request)
        if add_key:
            _set_key(copy.headers, cast(Secret, key).reveal())
        elif drop_key:
            del copy.headers[API_KEY_HEADER]
        if call.timeout is not None:
            copy.extensions["timeout"] = call.timeout
        return copy

    def body_reader(self, call: _Call, response: httpx.Response) -> BodyReader:
        """The decoder for this response's raw body, with its size limit.

        Remembers on ``call`` whether the body is JSON, so the check after reading need not ask again.
        """
        declared = _declared(response.headers)
        if declared is None:  # a repeated or non-ASCII Content-Type/Content-Encoding: the general path
            call.json_body = is_json(response)
            encoding = response.headers.get("content-encoding")
        else:
            content_type, encoding = declared
            call.json_body = _media_type(content_type)[1]
        limit = self.max_response_bytes if 200 <= response.status_code < 300 else ERROR_BODY_LIMIT
        return BodyReader(encoding, limit)

    def on_response(self, call: _Call, response: httpx.Response, body: BodyReader) -> httpx.Response | _Retry:
        """Return the response to hand back, or how long to wait before retrying; or raise.

        ``body`` has read the whole raw stream, or as much of it as its limit allowed.
        """
        response.request = call.request  # the key-free original, as httpx itself will set it
        success = 200 <= response.status_code < 300  # httpx's is_success, without its two calls
        too_large = success and body.overflow
        # The decoded body becomes the response's content, so httpx and the generated parser never
        # decode it a second time (httpx.Response.read() returns ``_content`` when it is set).
        response._content = b"" if too_large else body.content
        if self.observer is not None:
            self.observer(response)
        if too_large:
            raise ResponseTooLargeError(
                operation=self._operation_name(call),
                status_code=response.status_code,
                max_response_bytes=self.max_response_bytes,
                headers=response.headers,
                request_method=call.request.method,
                request_url=redact_url(call.request.url),
            )
        if success:
            invalid = self._invalid_body(call, response, body.problem)
            if invalid is None:
                return response
            # A complete 2xx the server could not encode is a server fault: replayed as a 5xx would be
            # (idempotent operations only), then raised.
            decision = self._decide(call, status=response.status_code, invalid_body=True)
            if decision.retry:
                self._log_retry(call, f"status {response.status_code} with an unusable body", decision)
                return _Retry(decision.delay)
            raise invalid
        if response.is_redirect and self.follow_redirects:
            return response  # httpx follows it; the next hop comes back through this transport
        error = error_from_response(response, attempts=call.sent)
        decision = self._decide(
            call, status=response.status_code, code=error.code, retry_after=error.retry_after
        )
        if decision.retry:
            self._log_retry(call, f"status {response.status_code}", decision)
            return _Retry(decision.delay)
        raise error

    def on_exception(self, call: _Call, exc: httpx.TransportError) -> _Retry:
        """Return how long to wait before retrying a transport failure; or raise the mapped error."""
        decision = self._decide(call, exception=exc)
        if decision.retry:
            self._log_retry(call, self._describe(exc), decision)
            return _Retry(decision.delay)
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        kind = "Request timed out" if cls is APITimeoutError else "Connection error"
        tried = f"; tried {_origin_text(call.request.url)}: check base_url / JOBO_BASE_URL"
        raise cls(
            f"{kind}: {self._describe(exc)}{tried}",
            request_method=call.request.method,
            request_url=redact_url(call.request.url),
            attempts=call.sent,
        ) from exc

    def _describe(self, exc: BaseException) -> str:
        """``Type: message`` of a transport failure, through the one redactor.

        The failure's own chain (httpx, httpcore, h11) is redacted in place as well, so a traceback
        that prints the ``__cause__`` cannot show the key either.
        """
        _redact_chain(exc, self.api_key)
        text = redact_text(str(exc), self.api_key)
        return f"{type(exc).__name__}: {text}" if text else type(exc).__name__

    def _decide(
        self,
        call: _Call,
        *,
        status: int | None = None,
        exception: BaseException | None = None,
        code: str | None = None,
        retry_after: float | None = None,
        invalid_body: bool = False,
    ) -> RetryDecision:
        kind = classify(status=status, exception=exception, code=code, invalid_body=invalid_body)
        count = call.failures[kind] = call.failures.get(kind, 0) + 1
        decision = call.policy.decide(
            count,
            status=status,
            exception=exception,
            retry_after=retry_after,
            code=code,
            idempotent=call.operation.idempotent,
            elapsed=call.policy.clock() - call.started,
            invalid_body=invalid_body,
            total=sum(call.failures.values()),
        )
        if decision.retry and not _replayable(call.request):
            return attrs.evolve(decision, retry=False, delay=0.0, reason="the request body is a stream")
        return decision

    @staticmethod
    def _log_retry(call: _Call, what: str, decision: RetryDecision) -> None:
        logger.info(
            "Retrying %s %s after %s (retry %d, attempt %d); sleeping %.3f s",
            call.request.method,
            call.request.url.path,
            what,
            call.failures[decision.kind],
            call.sent,
            decision.delay,
        )

    @staticmethod
    def _operation_name(call: _Call) -> str:
        return call.operation.operation_id or f"{call.request.method} {call.operation.path_template}"

    def _invalid_body(
        self, call: _Call, response: httpx.Response, problem: str | None
    ) -> APIResponseError | None:
        """The error for a 2xx body that cannot be used (undecodable, truncated, invalid JSON), else None.

        A valid JSON body is parsed here once and handed to the generated parser through ``json()``.
        """
        cause: BaseException | None = None
        if problem is None and call.json_body and response.status_code not in (204, 205):
            try:
                decode = call.request.extensions.get(_json.DECODER_EXTENSION, _json.loads)
                parsed = decode(response.content)
            except (ValueError, RecursionError) as exc:
                problem, cause = f"invalid JSON: {exc}", exc
            else:
                # The generated parser calls response.json() next: hand it this parse instead of a
                # second one (a 1,000-job feed page takes tens of milliseconds to decode).
                response.json = _cached_json(response.content, parsed)  # type: ignore[method-assign]
        if problem is None:
            return None
        error = response_error(self._operation_name(call), problem, response)  # response.request is call's
        error.__cause__ = cause
        return error


def _cached_json(content: bytes, parsed: object) -> Callable[..., object]:
    # Closes over the body, not the response: a response -> method -> response cycle would keep every
    # multi-megabyte batch alive until a full garbage collection. The parse is handed out once and then
    # forgotten (a later call decodes again, as httpx's own json() does on every call): httpx.Client
    # leaves each response in a cycle with its stream, and a parse held on it would stay alive, and be
    # traversed by every garbage collection, until that cycle is collected (iter_raw_pages: +16 MiB
    # peak RSS per 1,000-job batch over a raw httpx loop).
    held = [parsed]

    def json_(**kwargs: object) -> object:
        if not kwargs and held:
            return held.pop()
        return json.loads(content, **kwargs) if kwargs else _json.loads(content)  # type: ignore[arg-type]

    return json_


def _copy(request: httpx.Request) -> httpx.Request:
    """What ``httpx.Request(method, url, headers=, stream=, extensions=)`` builds from ``request``.

    The same attributes, set directly: ``Request.__init__`` re-checks a method, URL and stream that
    httpx has already checked, which costs as much again as the copy itself on every request. The URL is
    shared (httpx URLs are immutable); headers and extensions are copies, changed in place by the caller.
    """
    copy = _new_request(httpx.Request)
    copy.method = request.method
    copy.url = request.url
    copy.headers = httpx.Headers(request.headers)
    copy.extensions = dict(request.extensions)
    copy.stream = request.stream
    return copy


_new_request = object.__new__
_KEY_NAME = API_KEY_HEADER.encode("ascii")
_KEY_LOWER = _KEY_NAME.lower()


def _set_key(headers: httpx.Headers, key: str) -> None:
    """``headers[API_KEY_HEADER] = key``; appended directly when absent (the key is printable ASCII)."""
    entries = headers._list  # (raw name, lower-case name, value): the layout test_policy_fast_path checks
    if _KEY_LOWER in [name for _, name, _ in entries]:
        headers[API_KEY_HEADER] = key  # replace it, and drop any duplicate, as httpx does
    else:
        entries.append((_KEY_NAME, _KEY_LOWER, key.encode("ascii")))


def _declared(headers: httpx.Headers) -> tuple[str, str | None] | None:
    """``(Content-Type or "", Content-Encoding or None)`` as ``Headers.get`` reads them, in one pass.

    ``None`` when either is repeated or not ASCII (``get`` then joins or decodes them): the caller asks
    ``Headers.get`` itself. For ASCII bytes every encoding httpx may pick decodes alike.
    """
    content_type = encoding = None
    for _, name, value in headers._list:
        if name == b"content-type":
            if content_type is not None:
                return None
            content_type = value
        elif name == b"content-encoding":
            if encoding is not None:
                return None
            encoding = value
    if (content_type is not None and not content_type.isascii()) or (
        encoding is not None and not encoding.isascii()
    ):
        return None
    return (
        content_type.decode("ascii") if content_type is not None else "",
        encoding.decode("ascii") if encoding is not None else None,
    )


def _close(response: httpx.Response) -> None:
    """``response.close()``, without its per-call context manager when it would do nothing.

    httpx wraps ``stream.close()`` in ``request_context`` only to attach the response's request to a
    transport error; a response just received from the inner transport has none yet.
    """
    stream = response.stream
    if response._request is None and not response.is_closed and isinstance(stream, httpx.SyncByteStream):
        response.is_closed = True
        stream.close()
    else:
        response.close()


async def _aclose(response: httpx.Response) -> None:
    """Async twin of :func:`_close`."""
    stream = response.stream
    if response._request is None and not response.is_closed and isinstance(stream, httpx.AsyncByteStream):
        response.is_closed = True
        await stream.aclose()
    else:
        await response.aclose()


def _redact_chain(exc: BaseException, secret: Secret | None) -> None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < 32:
        seen.add(id(current))
        args = tuple(redact_text(a, secret) if isinstance(a, str) else a for a in current.args)
        if args != current.args:
            current.args = args
        current = current.__cause__ or current.__context__


def _replayable(request: httpx.Request) -> bool:
    """Whether the body can be sent again identically without holding it all in memory.

    httpx rewinds every file of a multipart body before rendering it, so an upload over seekable files
    (a resume on disk) is replayable while still streamed from the file; a pipe or socket is not.
    """
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return True
    if isinstance(stream, MultipartStream):
        return all(_rewindable(field) for field in stream.fields)
    return False


def _rewindable(field: object) -> bool:
    if not isinstance(field, FileField) or isinstance(field.file, str | bytes):
        return True
    seekable = getattr(field.file, "seekable", None)
    return bool(seekable is not None and seekable())


class PolicyTransport(httpx.BaseTransport):
    """Wrap ``inner`` with the Jobo policy: auth, per-operation timeouts, retries, typed errors.

    Args:
        inner: The transport that sends requests (see :func:`build_inner_transport`; tests pass an
            ``httpx.MockTransport``). Closed with this transport.
        base_url: The API's base URL; the key goes only to its origin.
        api_key: The API key, or ``None`` to allow only the public route.
        retry_policy: The default policy (``RetryPolicy()`` when omitted); a per-call one from
            :func:`jobo_ext._context.call_options` wins.
        timeout: The ``httpx`` client's default timeout, to tell it from a per-request one (``None``:
            unknown, so the per-operation read timeout applies unless ``call_options`` sets one).
        follow_redirects: Whether the client follows redirects (3xx are then passed through).
        on_response: Called with every response received, retried ones included.
        max_response_bytes: The most decoded bytes a 2xx body may have; past it,
            :class:`~jobo_ext.errors.ResponseTooLargeError`. Non-2xx bodies are cut at 1 MiB.
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        base_url: httpx.URL | str,
        api_key: Secret | str | None,
        retry_policy: RetryPolicy | None = None,
        timeout: httpx.Timeout | None = None,
        follow_redirects: bool = False,
        on_response: ResponseObserver | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._inner = inner
        self._core = _PolicyCore(
            base_url=base_url,
            api_key=api_key,
            retry_policy=retry_policy,
            timeout=timeout,
            follow_redirects=follow_redirects,
            on_response=on_response,
            max_response_bytes=max_response_bytes,
        )

    def __repr__(self) -> str:
        return f"PolicyTransport({self._core!r})"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = self._core.begin(request)
        while True:
            try:
                response = self._inner.handle_request(self._core.outgoing(call))
                body = self._core.body_reader(call, response)
                stream: httpx.SyncByteStream = response.stream  # type: ignore[assignment]
                try:
                    for raw in stream:
                        if not body.feed(raw):
                            break  # over the limit: neither download nor inflate the rest
                    else:
                        body.finish()
                finally:
                    response.is_stream_consumed = True
                    _close(response)  # before any retry, so the connection goes back to the pool
            except httpx.TransportError as exc:
                step = self._core.on_exception(call, exc)
            else:
                outcome = self._core.on_response(call, response, body)
                if isinstance(outcome, httpx.Response):
                    return outcome
                step = outcome
            call.policy.sleep(step.delay)

    def close(self) -> None:
        self._inner.close()


class AsyncPolicyTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`PolicyTransport`; same arguments, same decisions, ``await``-ed sleeps."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        base_url: httpx.URL | str,
        api_key: Secret | str | None,
        retry_policy: RetryPolicy | None = None,
        timeout: httpx.Timeout | None = None,
        follow_redirects: bool = False,
        on_response: ResponseObserver | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._inner = inner
        self._core = _PolicyCore(
            base_url=base_url,
            api_key=api_key,
            retry_policy=retry_policy,
            timeout=timeout,
            follow_redirects=follow_redirects,
            on_response=on_response,
            max_response_bytes=max_response_bytes,
        )

    def __repr__(self) -> str:
        return f"AsyncPolicyTransport({self._core!r})"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        call = self._core.begin(request)
        while True:
            try:
                response = await self._inner.handle_async_request(self._core.outgoing(call))
                body = self._core.body_reader(call, response)
                stream: httpx.AsyncByteStream = response.stream  # type: ignore[assignment]
                try:
                    async for raw in stream:
                        if not body.feed(raw):
                            break  # over the limit: neither download nor inflate the rest
                    else:
                        body.finish()
                finally:
                    response.is_stream_consumed = True
                    await _aclose(response)  # before any retry, so the connection goes back to the pool
            except httpx.TransportError as exc:
                step = self._core.on_exception(call, exc)
            else:
                outcome = self._core.on_response(call, response, body)
                if isinstance(outcome, httpx.Response):
                    return outcome
                step = outcome
            await call.policy.async_sleep(step.delay)

    async def aclose(self) -> None:
        await self._inner.aclose()
