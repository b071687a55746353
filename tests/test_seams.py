"""Issue 16, "Seams": which module owns what, one base-URL rule, a refused ``set_httpx_client``, a cheap
``close()`` of an unused client, and ``jobo_ext.sync``'s errors under ``JoboError``.
"""

from __future__ import annotations

import ast
import asyncio
import copy
import pickle
from pathlib import Path
from typing import Any

import httpx
import pytest

import jobo_ext.client
from jobo_ext import AsyncJoboClient, ConfigurationError, JoboClient, JoboError
from jobo_ext._transport import AsyncPolicyTransport, PolicyTransport
from tests.policy_harness import API_KEY, Script, status

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOBO_API_KEY", raising=False)
    monkeypatch.delenv("JOBO_BASE_URL", raising=False)


def _imported_modules(module: str) -> set[str]:
    """The ``jobo_ext`` modules a source file imports (at any level, type-checking blocks included)."""
    tree = ast.parse((ROOT / (module.replace(".", "/") + ".py")).read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("jobo_ext")}


# -- HTTP helpers and shared types have a module of their own ---------------------------------------------


def test_http_helpers_live_in_their_own_leaf_module() -> None:
    from jobo_ext import _http, _transport, errors

    response = httpx.Response(200, headers={"Content-Type": "Application/Problem+JSON; charset=utf-8"})
    assert _http.media_type(response) == "application/problem+json" and _http.is_json(response)
    assert _http.is_loopback("[::1]") and not _http.is_loopback("connect.jobo.world")
    # The transport and the error mapping use these very functions; no copy remains in errors.py.
    assert vars(_transport)["is_json"] is _http.is_json and vars(errors)["is_json"] is _http.is_json
    defined_in_errors = {
        node.name
        for node in ast.parse((ROOT / "jobo_ext/errors.py").read_text()).body
        if isinstance(node, ast.FunctionDef)
    }
    assert not {"is_json", "media_type"} & defined_in_errors
    assert _imported_modules("jobo_ext._http") == set()


def test_config_no_longer_depends_on_the_transport() -> None:
    assert "jobo_ext._transport" not in _imported_modules("jobo_ext._config")
    # The names stay importable from where they were.
    from jobo_ext import _http
    from jobo_ext._transport import DEFAULT_LIMITS, CertTypes, ResponseObserver, is_loopback

    assert (DEFAULT_LIMITS, CertTypes, ResponseObserver, is_loopback) == (
        _http.DEFAULT_LIMITS,
        _http.CertTypes,
        _http.ResponseObserver,
        _http.is_loopback,
    )


# -- one base-URL check, one message ----------------------------------------------------------------------

BAD_BASE_URLS = [
    "ftp://connect.jobo.world",
    "/relative",
    "http://connect.jobo.world",
    "http://10.0.0.5:8080",
    "https://user:secret@connect.jobo.world",
    "https://connect.jobo.world?api_key=abc",
]


def _refusal(build: Any) -> str:
    with pytest.raises(ConfigurationError) as info:
        build()
    return str(info.value)


@pytest.mark.parametrize("base_url", BAD_BASE_URLS)
def test_clients_and_bare_transports_refuse_a_base_url_with_the_same_message(base_url: str) -> None:
    inner = Script([status(200)]).transport()
    messages = {
        _refusal(lambda: JoboClient(API_KEY, base_url=base_url, transport=inner)),
        _refusal(lambda: AsyncJoboClient(API_KEY, base_url=base_url)),
        _refusal(lambda: PolicyTransport(inner, base_url=base_url, api_key=API_KEY)),
        _refusal(lambda: AsyncPolicyTransport(inner, base_url=base_url, api_key=None)),
    }
    assert len(messages) == 1
    (message,) = messages
    assert "secret" not in message and "abc" not in message


def test_the_plain_http_refusal_says_why_and_what_to_do() -> None:
    message = _refusal(lambda: JoboClient(API_KEY, base_url="http://api.example.com"))
    assert "clear text" in message and "https://" in message and "loopback" in message


# -- set_httpx_client refuses -------------------------------------------------------------------------------


def test_set_httpx_client_refuses_and_keeps_the_policy() -> None:
    script = Script([status(200), status(200)])
    with JoboClient(API_KEY, transport=script.transport()) as jobo:
        own = httpx.Client(transport=Script([status(200)]).transport())
        with pytest.raises(ConfigurationError, match="bypass the policy") as info:
            jobo.generated.set_httpx_client(own)
        assert "transport=" in str(info.value) and "httpx_args" in str(info.value)
        own.close()
        jobo.generated.get_httpx_client().get("/api/jobs/1")
    assert script.requests[0].headers["X-Api-Key"] == API_KEY


def test_set_async_httpx_client_refuses() -> None:
    async def go() -> None:
        async with AsyncJoboClient(API_KEY, transport=Script([status(200)]).transport()) as jobo:
            own = httpx.AsyncClient()
            with pytest.raises(ConfigurationError, match="set_async_httpx_client"):
                jobo.generated.set_async_httpx_client(own)
            await own.aclose()
            assert jobo.generated.get_async_httpx_client() is not own

    asyncio.run(go())


# -- closing a client never used builds nothing --------------------------------------------------------------


class _Spy:
    """Counts the policy transports and network transports the client module builds."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.built: list[str] = []
        for name in (
            "PolicyTransport",
            "AsyncPolicyTransport",
            "build_inner_transport",
            "build_async_inner_transport",
        ):
            monkeypatch.setattr(jobo_ext.client, name, self._counting(name, getattr(jobo_ext.client, name)))

    def _counting(self, name: str, real: Any) -> Any:
        def build(*args: Any, **kwargs: Any) -> Any:
            self.built.append(name)
            return real(*args, **kwargs)

        return build


def test_closing_an_unused_sync_client_builds_no_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = _Spy(monkeypatch)
    JoboClient(API_KEY).close()
    with JoboClient(API_KEY):
        pass
    with JoboClient(API_KEY) as jobo:
        view = jobo.with_options(timeout=5)
    view.close()
    assert spy.built == []
    # Closed means closed, as it did when close() built the client first: no call goes out.
    assert jobo.generated.get_httpx_client().is_closed
    with pytest.raises(RuntimeError, match="closed"):
        jobo.generated.get_httpx_client().get("/api/jobs/1")
    assert spy.built == []


def test_closing_an_unused_async_client_builds_no_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = _Spy(monkeypatch)

    async def go() -> AsyncJoboClient:
        await AsyncJoboClient(API_KEY).aclose()
        async with AsyncJoboClient(API_KEY) as jobo:
            pass
        with pytest.raises(RuntimeError, match="closed"):
            await jobo.generated.get_async_httpx_client().get("/api/jobs/1")
        return jobo

    jobo = asyncio.run(go())
    assert spy.built == []
    assert jobo.generated.get_async_httpx_client().is_closed


def test_closing_a_used_client_still_closes_its_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = _Spy(monkeypatch)
    script = Script([status(200)])
    with JoboClient(API_KEY, transport=script.transport()) as jobo:
        used = jobo.generated.get_httpx_client()
        used.get("/api/jobs/1")
    assert spy.built == ["PolicyTransport"] and used.is_closed
    assert jobo.generated.get_httpx_client() is used


# -- jobo_ext.sync errors are JoboErrors -------------------------------------------------------------------


def test_every_sync_error_is_a_jobo_error_and_keeps_its_old_bases() -> None:
    import jobo_ext.sync as sync

    errors = {name: getattr(sync, name) for name in sync.__all__ if name.endswith("Error")}
    assert set(errors) == {
        "CorruptStateError",
        "ScopeMismatchError",
        "StateMismatchError",
        "StoreError",
        "StoreLockedError",
        "StoreUnreadableError",
        "SyncError",
        "SyncUsageError",
    }
    assert all(issubclass(cls, JoboError) for cls in errors.values())
    # Callers catching these by their previous bases still catch them.
    assert issubclass(sync.SyncUsageError, ValueError) and issubclass(sync.ScopeMismatchError, ValueError)
    assert issubclass(sync.CorruptStateError, ValueError)
    assert issubclass(sync.StateMismatchError, sync.SyncError)
    assert issubclass(sync.StoreLockedError, sync.StoreError)


def test_a_corrupt_state_error_survives_pickle_and_copy() -> None:
    from jobo_ext.sync import CorruptStateError

    error = CorruptStateError("feed_scan", "not JSON")
    for restored in (pickle.loads(pickle.dumps(error)), copy.deepcopy(error)):
        assert type(restored) is CorruptStateError
        assert (restored.key, restored.problem, str(restored)) == ("feed_scan", "not JSON", str(error))


# -- jobo_ext.sync and jobo_ext.conformance use attrs, with the semantics their dataclasses had ----------

_ATTRS_MODULES = {
    "jobo_ext.sync.engine": ["FeedBatch"],
    "jobo_ext.sync.events": ["PhaseStarted", "BatchStored", "PhaseFinished", "Notice", "SyncResult"],
    "jobo_ext.sync.rows": ["JobRow"],
    "jobo_ext.sync.state": ["Scope", "FeedScan", "ExpiredSweep", "SyncState"],
    "jobo_ext.sync.store": ["WriteCounts", "ExpireCounts", "StoreStats", "RunRecord"],
    "jobo_ext.conformance": ["Call", "Difference", "Report"],
}
# What the dataclass declarations said: mutable ones, and frozen ones without slots.
_MUTABLE = {"SyncResult", "Report"}
_NOT_SLOTTED = {"SyncResult", "Report", "Call", "Difference"}
_RECORD_CLASSES = [(module, name) for module, names in _ATTRS_MODULES.items() for name in names]


def test_sync_and_conformance_do_not_use_dataclasses() -> None:
    for module in [*_ATTRS_MODULES, "jobo_ext.sync.cli", "jobo_ext.sync.budget", "jobo_ext.sync.sqlite"]:
        tree = ast.parse((ROOT / (module.replace(".", "/") + ".py")).read_text())
        imported = {
            node.module if isinstance(node, ast.ImportFrom) else alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        }
        assert "dataclasses" not in imported, module


@pytest.mark.parametrize(("module", "name"), _RECORD_CLASSES, ids=[name for _, name in _RECORD_CLASSES])
def test_record_classes_are_attrs_classes_with_unchanged_semantics(module: str, name: str) -> None:
    import importlib
    import inspect

    import attrs

    cls: Any = getattr(importlib.import_module(module), name)
    is_attrs_class = attrs.has(cls)  # not asserted directly: that would narrow cls for the type checker
    assert is_attrs_class
    parameters = list(inspect.signature(cls).parameters.values())
    # Positional construction in field order, as the dataclasses allowed; nothing keyword-only.
    assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in parameters)
    assert [p.name for p in parameters] == [f.name for f in attrs.fields(cls)]
    assert cls.__match_args__ == tuple(p.name for p in parameters)
    values = [p.default if p.default is not inspect.Parameter.empty else None for p in parameters]
    one, same = cls(*values), cls(*values)
    assert one == same and one is not same
    assert repr(one).startswith(f"{name}({parameters[0].name}=")
    with pytest.raises(TypeError):
        _ = one < same  # no ordering, as before
    first = parameters[0].name
    if name in _MUTABLE:
        assert cls.__hash__ is None
        setattr(one, first, "changed")
        assert one != same
    else:
        assert cls.__hash__ is not None
        with pytest.raises(AttributeError):
            setattr(one, first, "changed")
    assert hasattr(one, "__dict__") is (name in _NOT_SLOTTED)
