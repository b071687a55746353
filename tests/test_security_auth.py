"""The API key: where it is sent, where it is refused, and that it never shows in repr, str or logs."""

from __future__ import annotations

import asyncio
import logging
import pickle
import uuid
from typing import Any

import httpx
import pytest

from jobo_ext import (
    APIStatusError,
    AsyncJoboClient,
    AuthenticationError,
    ConfigurationError,
    JoboClient,
    MissingAPIKeyError,
    RetryPolicy,
)
from jobo_ext._secret import Secret
from jobo_ext._transport import PolicyTransport
from tests.policy_harness import API_KEY, BASE_URL, MODES, Mode, Script, call, status

OTHER = "https://elsewhere.example.com"


@pytest.fixture(autouse=True)
def _no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOBO_API_KEY", raising=False)
    monkeypatch.delenv("JOBO_BASE_URL", raising=False)


@pytest.mark.parametrize("mode", MODES)
def test_key_is_sent_to_the_base_origin_only(mode: Mode) -> None:
    script = Script([status(200)])
    call(mode, script.transport(), "GET", "/api/jobs/1")
    call(mode, script.transport(), "GET", f"{OTHER}/api/jobs/1")
    call(mode, script.transport(), "GET", "http://connect.jobo.world/api/jobs/1")  # same host, plain http
    call(mode, script.transport(), "GET", "https://connect.jobo.world:8443/api/jobs/1")  # other port
    first, *others = script.requests
    assert first.headers["X-Api-Key"] == API_KEY
    assert [r.headers.get("X-Api-Key") for r in others] == [None, None, None]


@pytest.mark.parametrize("mode", MODES)
def test_our_key_is_stripped_from_requests_to_other_origins(mode: Mode) -> None:
    script = Script([status(200)])
    call(mode, script.transport(), "GET", f"{OTHER}/x", headers={"X-Api-Key": API_KEY})
    call(mode, script.transport(), "GET", f"{OTHER}/x", headers={"X-Api-Key": "their-own-key"})
    assert [r.headers.get("X-Api-Key") for r in script.requests] == [None, "their-own-key"]


@pytest.mark.parametrize("mode", MODES)
def test_key_does_not_follow_a_redirect_to_another_host(mode: Mode) -> None:
    seen: list[tuple[str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((str(request.url), request.headers.get("X-Api-Key")))
        if request.url.host == "connect.jobo.world" and request.url.path == "/api/jobs/1":
            return httpx.Response(302, headers={"Location": "/api/jobs/2"})
        if request.url.path == "/api/jobs/2":
            return httpx.Response(302, headers={"Location": f"{OTHER}/steal"})
        return httpx.Response(200, json={})

    transport = httpx.MockTransport(handler)
    args: dict[str, Any] = {"base_url": BASE_URL, "api_key": API_KEY, "follow_redirects": True}

    if mode == "sync":
        with httpx.Client(
            base_url=BASE_URL, transport=PolicyTransport(transport, **args), follow_redirects=True
        ) as c:
            final = c.get("/api/jobs/1")
    else:
        from jobo_ext._transport import AsyncPolicyTransport

        async def go() -> httpx.Response:
            async with httpx.AsyncClient(
                base_url=BASE_URL, transport=AsyncPolicyTransport(transport, **args), follow_redirects=True
            ) as c:
                return await c.get("/api/jobs/1")

        final = asyncio.run(go())
    assert final.status_code == 200
    assert seen == [
        (f"{BASE_URL}/api/jobs/1", API_KEY),
        (f"{BASE_URL}/api/jobs/2", API_KEY),  # same origin: still authenticated
        (f"{OTHER}/steal", None),
    ]
    assert "x-api-key" not in final.request.headers


def test_redirects_are_not_followed_by_default() -> None:
    script = Script([httpx.Response(302, headers={"Location": f"{OTHER}/steal"})])
    with JoboClient(API_KEY, transport=script.transport()) as jobo, pytest.raises(APIStatusError) as caught:
        jobo.generated.get_httpx_client().get("/api/jobs/1")
    assert caught.value.status_code == 302
    assert len(script.requests) == 1


@pytest.mark.parametrize(
    "base_url",
    ["http://connect.jobo.world", "http://10.0.0.5:8080", "http://example.com/api", "ftp://x", "/relative"],
)
def test_unsafe_base_urls_are_refused(base_url: str) -> None:
    with pytest.raises(ConfigurationError):
        JoboClient(API_KEY, base_url=base_url)
    with pytest.raises(ConfigurationError):
        PolicyTransport(
            httpx.MockTransport(lambda r: httpx.Response(200)), base_url=base_url, api_key=API_KEY
        )


@pytest.mark.parametrize("base_url", ["http://127.0.0.1:8000", "http://localhost:1234", "http://[::1]:9000"])
def test_plain_http_is_allowed_for_loopback(base_url: str) -> None:
    script = Script([status(200)])
    with JoboClient(API_KEY, base_url=base_url, transport=script.transport()) as jobo:
        jobo.generated.get_httpx_client().get("/api/jobs/1")
    assert script.requests[0].headers["X-Api-Key"] == API_KEY


def test_https_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOBO_API_KEY", API_KEY)
    monkeypatch.setenv("JOBO_BASE_URL", "https://staging.example.com")
    script = Script([status(200)])
    with JoboClient(transport=script.transport()) as jobo:
        jobo.generated.get_httpx_client().get("/api/jobs/1")
    assert str(script.requests[0].url) == "https://staging.example.com/api/jobs/1"
    assert script.requests[0].headers["X-Api-Key"] == API_KEY
    monkeypatch.setenv("JOBO_BASE_URL", "http://staging.example.com")
    with pytest.raises(ConfigurationError):
        JoboClient()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/jobs/1"),
        ("GET", "/api/companies/abc/jobs"),
        ("POST", "/api/jobs/search"),
        ("GET", "/api/x"),
    ],
)
def test_without_a_key_calls_fail_before_sending(mode: Mode, method: str, path: str) -> None:
    script = Script([status(200)])
    with pytest.raises(MissingAPIKeyError, match="JOBO_API_KEY"):
        call(mode, script.transport(), method, path, api_key=None)
    assert script.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_without_a_key_the_public_company_profile_still_works(mode: Mode) -> None:
    script = Script([status(200)])
    assert (
        call(mode, script.transport(), "GET", f"/api/companies/{uuid.uuid4()}", api_key=None).status_code
        == 200
    )
    assert "x-api-key" not in script.requests[0].headers


def test_empty_environment_key_means_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOBO_API_KEY", "  ")
    assert not JoboClient().has_api_key
    monkeypatch.setenv("JOBO_API_KEY", API_KEY)
    assert JoboClient().has_api_key


def test_key_in_headers_argument_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="api_key"):
        JoboClient(headers={"x-api-key": API_KEY})
    with pytest.raises(ConfigurationError, match="transport"):
        JoboClient(API_KEY, httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(200))})


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("headers", {"x-trace": "1"}),
        ("limits", httpx.Limits(max_connections=1)),
        ("http2", True),
        ("trust_env", False),
        ("cookies", {"session": "1"}),
    ],
)
def test_httpx_args_cannot_set_what_the_client_applies_itself(name: str, value: object) -> None:
    # Each used to be accepted: headers and cookies then failed with a TypeError on the first request,
    # limits/http2/trust_env were silently ignored (the policy transport is built from the arguments).
    for client_class in (JoboClient, AsyncJoboClient):
        with pytest.raises(ConfigurationError, match=f"httpx_args cannot set {name}"):
            client_class(API_KEY, httpx_args={name: value})
    assert JoboClient(API_KEY, httpx_args={"event_hooks": {"request": []}}).generated.get_httpx_client()


def test_key_never_shows_in_repr_or_str(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    script = Script([status(401), status(500), status(200)])
    policy = RetryPolicy(sleep=lambda s: None)
    jobo = JoboClient(API_KEY, transport=script.transport(), retry_policy=policy)
    async_jobo = AsyncJoboClient(API_KEY, transport=script.transport())
    with pytest.raises(AuthenticationError) as caught:
        jobo.generated.get_httpx_client().get("/api/jobs/1")
    jobo.generated.get_httpx_client().get("/api/jobs/2")  # a retry, logged
    error = caught.value
    texts = [
        repr(jobo),
        str(jobo),
        repr(async_jobo),
        repr(jobo.generated),
        repr(jobo._config),
        repr(jobo.generated.get_httpx_client()._transport),
        repr(Secret(API_KEY)),
        str(Secret(API_KEY)),
        repr(error),
        str(error),
        error.request_url,
        repr(error.response.request.headers) if error.response else "",
        repr(error.__dict__),
        caplog.text,
    ]
    assert all(texts)
    for text in texts:
        assert API_KEY not in text
        assert API_KEY[:20] not in text
    assert script.requests[0].headers["X-Api-Key"] == API_KEY  # it was sent, just never shown
    assert "Retrying GET /api/jobs/2" in caplog.text
    jobo.close()


def test_secret_cannot_be_pickled_and_compares_by_value() -> None:
    with pytest.raises(TypeError):
        pickle.dumps(Secret(API_KEY))
    assert Secret(API_KEY) == Secret(API_KEY) and Secret(API_KEY) != Secret("other")
    assert Secret(API_KEY).reveal() == API_KEY
    with pytest.raises(ValueError):
        Secret("")
