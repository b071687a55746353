"""Issue 13, items 1-3: a hostile key is refused without being quoted, every transport-failure message
passes one redactor, credential query names are redacted in any case, and plain http is never proxied.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import threading
import traceback
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from jobo_ext import APIConnectionError, APITimeoutError, AsyncJoboClient, ConfigurationError, JoboClient
from jobo_ext._transport import PolicyTransport, _proxy_for
from jobo_ext.errors import redact_text, redact_url
from jobo_ext.sync.cli import main as sync_main
from tests.policy_harness import API_KEY, BASE_URL, MODES, FakeTime, Mode, Script, call, status

HOSTILE_KEYS = [
    # (key, 1-based position of the first bad character after trimming, rule named in the message)
    ("jbe_live_S3CRET\nEvil: yes", 16, "control character"),
    ("jbe_live_S3CRET\r\nX-Evil: 1", 16, "control character"),
    ("jbe_live_S3CRET\x7fTAIL", 16, "control character"),
    ("jbe_live_S3CRET Evil", 16, "space"),
    ("jbe_live_S3CRÉTKEY", 14, "non-ASCII character"),
    ("  \tjbe_live_S3CRET\x1bKEY\n", 16, "control character"),  # position counted after trimming
]


@pytest.fixture(autouse=True)
def _no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("JOBO_API_KEY", "JOBO_BASE_URL", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def _pieces(secret: str, size: int = 5) -> set[str]:
    """Every run of ``size`` characters of the key (the whole key when shorter)."""
    secret = secret.strip()
    return {secret[i : i + size] for i in range(max(1, len(secret) - size + 1))}


def _assert_quotes_none_of(key: str, *texts: str) -> None:
    for text in texts:
        leaked = sorted(piece for piece in _pieces(key) | _pieces(repr(key)[1:-1]) if piece in text)
        assert not leaked, f"key fragments {leaked} in {text!r}"


def _everything_shown(error: BaseException) -> list[str]:
    return [str(error), repr(error), repr(error.args), "".join(traceback.format_exception(error))]


# -- item 1: the key is checked when the client is built ------------------------------------------------


@pytest.mark.parametrize("client_class", [JoboClient, AsyncJoboClient])
@pytest.mark.parametrize(("key", "position", "rule"), HOSTILE_KEYS)
def test_a_key_with_a_forbidden_character_is_refused_without_quoting_it(
    client_class: type[JoboClient] | type[AsyncJoboClient],
    key: str,
    position: int,
    rule: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(ConfigurationError) as from_argument:
        client_class(key)
    monkeypatch.setenv("JOBO_API_KEY", key)
    with pytest.raises(ConfigurationError) as from_environment:
        client_class()
    for error, source in ((from_argument.value, "api_key"), (from_environment.value, "JOBO_API_KEY")):
        message = str(error)
        assert message.startswith(f"{source} is not a valid API key")
        assert f"character {position} " in message and rule in message
        _assert_quotes_none_of(key, *_everything_shown(error))


@pytest.mark.parametrize("value", [b"jbe_live_BYTESKEY", 12345678, ["jbe_live_LISTKEY"], 1.5])
def test_a_key_that_is_not_a_string_is_a_configuration_error(value: object) -> None:
    with pytest.raises(ConfigurationError, match=r"api_key must be a str, got \w+") as info:
        JoboClient(value)  # type: ignore[arg-type]
    assert "KEY" not in str(info.value) and "12345678" not in str(info.value)


@pytest.mark.parametrize("blank", ["", "   ", "\n", " \t\r\n "])
def test_an_empty_or_blank_key_still_means_no_key(blank: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert not JoboClient(blank).has_api_key
    monkeypatch.setenv("JOBO_API_KEY", blank)
    assert not JoboClient().has_api_key


def test_surrounding_whitespace_is_trimmed_before_the_key_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOBO_API_KEY", f"  {API_KEY}\n")  # as from KEY=$(cat keyfile) with a stray space
    script = Script([status(200)])
    with JoboClient(transport=script.transport()) as jobo:
        jobo.generated.get_httpx_client().get("/api/jobs/1")
    assert script.requests[0].headers["X-Api-Key"] == API_KEY


def test_a_transport_built_without_a_client_checks_the_key_too() -> None:
    with pytest.raises(ConfigurationError, match="character 4 ") as info:
        PolicyTransport(httpx.MockTransport(lambda r: status(200)), base_url=BASE_URL, api_key="abc\ndef")
    assert "abc" not in str(info.value)


def test_jobo_sync_does_not_print_a_hostile_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    key = "jbe_live_S3CRET\nEvil: yes"
    # A real listener, so a client that accepted the key would connect and fail on the header.
    with socket.create_server(("127.0.0.1", 0)) as listener:
        listener.setblocking(False)
        monkeypatch.setenv("JOBO_API_KEY", key)
        monkeypatch.setenv("JOBO_BASE_URL", f"http://127.0.0.1:{listener.getsockname()[1]}")
        code = sync_main(["--db", str(tmp_path / "jobs.sqlite"), "--progress", "none"])
        captured = capsys.readouterr()
        _assert_quotes_none_of(key, captured.out, captured.err)
        assert code == 2
        assert "JOBO_API_KEY is not a valid API key" in captured.err
        with pytest.raises(BlockingIOError):  # refused at construction: nothing even connected
            listener.accept()


# -- item 1, defence in depth: one redactor for every message built from a transport failure ----------


def _failure_quoting_the_key(cls: type[httpx.TransportError]) -> httpx.TransportError:
    """An httpx failure whose message and chain quote the key, as httpcore/h11 do for a refused header."""
    try:
        try:
            raise ValueError(f"Illegal header value {API_KEY.encode()!r}")
        except ValueError as low_level:
            raise cls(f"Illegal header value b'{API_KEY}' for GET /x?API_KEY={API_KEY[:8]}") from low_level
    except cls as exc:
        return exc


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("failure", "expected", "retried"),
    [
        (httpx.ConnectError, APIConnectionError, True),
        (httpx.LocalProtocolError, APIConnectionError, False),
        (httpx.ConnectTimeout, APITimeoutError, True),
    ],
)
def test_transport_failure_messages_and_retry_logs_never_quote_the_key(
    mode: Mode,
    failure: type[httpx.TransportError],
    expected: type[APIConnectionError],
    retried: bool,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="jobo_ext")
    script = Script([_failure_quoting_the_key(failure)])
    with pytest.raises(expected) as info:
        call(mode, script.transport(), "GET", "/api/jobs/1", policy=FakeTime().policy())
    assert (len(script.requests) > 1) is retried
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert ("Retrying GET /api/jobs/1" in logged) is retried
    _assert_quotes_none_of(API_KEY, *_everything_shown(info.value), info.value.message, logged)
    assert (
        "Illegal header value b'REDACTED'" in info.value.message and "API_KEY=REDACTED" in info.value.message
    )


def test_the_redactor_removes_the_key_in_every_spelling_and_credential_params_in_any_case() -> None:
    from jobo_ext._secret import Secret

    key = "jbe_live_S3CRET\nEvil: 'yes'"
    text = f"a {key} b {key!r} c {key.encode()!r} d ?API_KEY=one&Token=two&keep=3;ApiKey=four"
    redacted = redact_text(text, Secret(key))
    _assert_quotes_none_of(key, redacted)
    for value in ("one", "two", "four"):
        assert f"={value}" not in redacted
    assert "keep=3" in redacted


# -- item 2: credential query parameters are redacted whatever their case ------------------------------


@pytest.mark.parametrize(
    "name", ["API_KEY", "Api_Key", "APIKEY", "X-Api-Key", "KEY", "Token", "ACCESS_TOKEN"]
)
def test_redact_url_matches_credential_names_in_any_case(name: str) -> None:
    redacted = redact_url(f"https://connect.jobo.world/api/jobs?q=rust&{name}=S3CRETVALUE")
    assert "S3CRETVALUE" not in redacted and f"{name}=REDACTED" in redacted and "q=rust" in redacted


@pytest.mark.parametrize(
    "name", ["API_KEY", "Api_Key", "APIKEY", "X-Api-Key", "KEY", "Token", "ACCESS_TOKEN"]
)
def test_the_text_redactor_matches_credential_names_in_any_case(name: str) -> None:
    redacted = redact_text(f"GET https://h/x?q=1&{name}=S3CRETVALUE failed")
    assert "S3CRETVALUE" not in redacted and f"{name}=REDACTED" in redacted and "q=1" in redacted


# -- item 3: environment proxies never see a plain-http (loopback) request -----------------------------


class _Recorder(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _RecordingHandler)
        self.lock = threading.Lock()
        self.seen: list[tuple[str, str | None]] = []  # (request target, X-Api-Key)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _RecordingHandler(BaseHTTPRequestHandler):
    server: _Recorder
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.seen.append((self.path, self.headers.get("X-Api-Key")))
        body = json.dumps({"ok": True}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def recorders() -> Iterator[tuple[_Recorder, _Recorder]]:
    """Two real servers on 127.0.0.1: the API, and a stand-in for a (possibly remote) HTTP proxy."""
    servers = (_Recorder(), _Recorder())
    threads = [threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.05}) for s in servers]
    for thread in threads:
        thread.start()
    try:
        yield servers
    finally:
        for server, thread in zip(servers, threads, strict=True):
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_a_plain_http_base_url_ignores_environment_proxies(
    mode: Mode, variable: str, recorders: tuple[_Recorder, _Recorder], monkeypatch: pytest.MonkeyPatch
) -> None:
    api, proxy = recorders
    monkeypatch.setenv(variable, proxy.url)
    policy = FakeTime().policy()
    if mode == "sync":
        with JoboClient(API_KEY, base_url=api.url, retry_policy=policy, timeout=10.0) as jobo:
            response = jobo.generated.get_httpx_client().get("/api/jobs/1")
    else:

        async def go() -> httpx.Response:
            async with AsyncJoboClient(API_KEY, base_url=api.url, retry_policy=policy, timeout=10.0) as jobo:
                return await jobo.generated.get_async_httpx_client().get("/api/jobs/1")

        response = asyncio.run(go())
    assert response.json() == {"ok": True}
    assert proxy.seen == []
    assert api.seen == [("/api/jobs/1", API_KEY)]


def test_loopback_hosts_are_never_proxied_but_others_still_are() -> None:
    proxies = {"http": "http://proxy.example:3128", "https": "http://proxy.example:3128"}
    for url in ("http://127.0.0.1:8080/x", "http://localhost/x", "http://[::1]:9/x", "https://127.0.0.2/x"):
        assert _proxy_for(httpx.URL(url), proxies) is None, url
    assert (
        _proxy_for(httpx.URL("https://connect.jobo.world/api/jobs"), proxies) == "http://proxy.example:3128"
    )
