"""The private names of the generated code that ``jobo_ext`` relies on, owned here.

``feed.iter_raw_pages`` needs the request a generated operation would send without the model parsing
that follows, and openapi-python-client has no public way to get it: :meth:`Endpoint.request
<jobo_ext.resources._endpoints.Endpoint.request>` calls the module's private ``_get_kwargs``. Every
facade call then parses the response with the module's private ``_parse_response`` (:meth:`Endpoint.parse
<jobo_ext.resources._endpoints.Endpoint.parse>`), what ``sync_detailed`` returns as ``.parsed``, without
its ``Response`` wrapper. These tests fail if a generator upgrade (or a template change) renames either,
changes what it takes, or changes what it returns, so the dependency cannot break silently.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from types import ModuleType
from typing import Any

import httpx
import jobo_client
import jobo_client.api
import pytest
from jobo_client.models import JobFeedRequest

from jobo_ext.resources import _endpoints


def _operation_modules() -> list[ModuleType]:
    found = []
    for tag in pkgutil.iter_modules(jobo_client.api.__path__):
        package = importlib.import_module(f"jobo_client.api.{tag.name}")
        for op in pkgutil.iter_modules(package.__path__):
            found.append(importlib.import_module(f"jobo_client.api.{tag.name}.{op.name}"))
    return found


@pytest.mark.parametrize("module", _operation_modules(), ids=lambda m: m.__name__.rsplit(".", 1)[1])
def test_every_operation_builds_its_request_from_the_parameters_of_its_call(module: ModuleType) -> None:
    assert callable(getattr(module, "_get_kwargs", None)), f"{module.__name__} lost _get_kwargs"
    request = inspect.signature(module._get_kwargs)
    call = inspect.signature(module.sync_detailed)
    expected = [p for name, p in call.parameters.items() if name != "client"]
    assert list(request.parameters.values()) == expected, module.__name__
    assert request.return_annotation == dict[str, Any], module.__name__


@pytest.mark.parametrize("module", _operation_modules(), ids=lambda m: m.__name__.rsplit(".", 1)[1])
def test_every_operation_parses_what_its_detailed_call_returns_as_parsed(module: ModuleType) -> None:
    assert callable(getattr(module, "_parse_response", None)), f"{module.__name__} lost _parse_response"
    parameters = inspect.signature(module._parse_response).parameters
    assert list(parameters) == ["client", "response"], module.__name__
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters.values()), module.__name__
    # ``.parsed`` of the detailed call is exactly this function's result for the same response.
    assert "parsed=_parse_response(client=client, response=response)" in inspect.getsource(
        module._build_response
    )
    for name in ("sync_detailed", "asyncio_detailed"):
        assert "_build_response(client=client, response=response)" in inspect.getsource(getattr(module, name))


def test_the_parse_is_what_the_detailed_call_returns() -> None:
    from tests.spec_utils import load_fixture

    body = load_fixture("job.json")
    client = jobo_client.Client(base_url="https://api.test")
    response = httpx.Response(200, json=body)
    parsed = _endpoints.get_job.parse(client, response)
    assert parsed == _endpoints.get_job.module._build_response(client=client, response=response).parsed
    assert type(parsed).__name__ == "Job" and str(parsed.id) == body["id"]


def test_every_facade_endpoint_is_a_generated_module() -> None:
    endpoints = [value for value in vars(_endpoints).values() if isinstance(value, _endpoints.Endpoint)]
    assert {e.__name__ for e in endpoints} == {m.__name__ for m in _operation_modules()}


def test_the_request_is_what_httpx_sends() -> None:
    # The keys and values iter_raw_pages passes to httpx.AsyncClient.request, for a feed continuation.
    request = _endpoints.get_job_feed.request(body=JobFeedRequest(cursor="c1"))
    assert request["method"] == "post"
    assert request["url"] == "/api/jobs/feed"
    assert request["json"] == {"cursor": "c1"}
    built = httpx.Client(base_url="https://api.test").build_request(**request)
    assert built.url == "https://api.test/api/jobs/feed"
    assert built.content == b'{"cursor":"c1"}'
