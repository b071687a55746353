"""No drift between the facade and the generated code: every operation is reachable, and each facade
method takes exactly its generated function's parameters under the spec's names."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
import typing
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import jobo_client.api
import pytest
from jobo_client.types import Unset

from jobo_ext import AsyncJoboClient, JoboClient
from tests.spec_utils import iter_operations

# Facade-only parameters, each with its reason.
EXTRA_PARAMETERS = {
    ("Profiles", "import_resume"): {"wait", "wait_timeout", "poll_interval"},  # polling the import
}


def _generated_modules() -> dict[str, ModuleType]:
    found: dict[str, ModuleType] = {}
    for tag in pkgutil.iter_modules(jobo_client.api.__path__):
        package = importlib.import_module(f"jobo_client.api.{tag.name}")
        for op in pkgutil.iter_modules(package.__path__):
            found[op.name] = importlib.import_module(f"jobo_client.api.{tag.name}.{op.name}")
    return found


def _resources(client: Any) -> Iterator[Any]:
    for name in ("jobs", "feed", "career_sites", "companies", "locations", "filters"):
        yield getattr(client, name)
    yield from (client.auto_apply.profiles, client.auto_apply.sessions, client.auto_apply.applications)


def _facade_methods(client: Any) -> Iterator[tuple[str, str, Any]]:
    for resource in _resources(client):
        for name, member in inspect.getmembers(type(resource), inspect.isfunction):
            if hasattr(member, "__jobo_operation__"):
                yield type(resource).__name__.removeprefix("Async"), name, member


def _params(fn: Any) -> dict[str, inspect.Parameter]:
    return {n: p for n, p in inspect.signature(fn).parameters.items() if n not in ("self", "client")}


def _body_model(module: ModuleType) -> Any:
    """The attrs model of the operation's request body, or ``None`` when it takes none."""
    annotation = module.sync_detailed.__annotations__.get("body")
    if annotation is None:
        return None
    candidates = typing.get_args(annotation) or (annotation,)
    (model,) = [c for c in candidates if hasattr(c, "__attrs_attrs__") and c.__name__ != "Unset"]
    return model


@pytest.fixture(scope="module", params=["sync", "async"])
def client(request: pytest.FixtureRequest) -> Any:
    cls = JoboClient if request.param == "sync" else AsyncJoboClient
    return cls(api_key="jbe_test_drift", base_url="http://127.0.0.1:9")


def test_every_spec_operation_has_a_generated_module() -> None:
    modules = _generated_modules()
    for _, _, op in iter_operations():
        snake = re.sub(r"(?<!^)(?=[A-Z])", "_", op["operationId"]).lower()
        assert snake in modules, op["operationId"]


def test_every_generated_operation_is_reachable_from_the_facade(client: Any) -> None:
    covered = {m.__jobo_operation__.__name__.rsplit(".", 1)[1] for _, _, m in _facade_methods(client)}
    assert covered == set(_generated_modules())


def test_facade_parameters_match_the_generated_functions(client: Any) -> None:
    for resource, name, method in _facade_methods(client):
        module = method.__jobo_operation__
        expected = set(_params(module.sync_detailed))
        actual = set(_params(method)) - EXTRA_PARAMETERS.get((resource, name), set())
        model = _body_model(module)
        if model is not None:
            # Body fields are keyword arguments; `body=` (the whole generated model) is an optional extra.
            expected = (expected - {"body"}) | {f.name for f in model.__attrs_attrs__} - {
                "additional_properties"
            }
            actual -= {"body"}
        assert actual == expected, (
            f"{resource}.{name}: missing {expected - actual}, extra {actual - expected}"
        )


def test_each_endpoint_names_its_spec_operation_and_module(client: Any) -> None:
    spec_ids = {op["operationId"] for _, _, op in iter_operations()}
    for resource, name, method in _facade_methods(client):
        endpoint = method.__jobo_operation__
        assert endpoint.operation_id in spec_ids, f"{resource}.{name}: {endpoint!r}"
        assert (
            endpoint.module.__name__ == endpoint.__name__ == f"jobo_client.api.{endpoint.tag}.{endpoint.name}"
        )


def test_path_parameters_stay_positional(client: Any) -> None:
    for resource, name, method in _facade_methods(client):
        generated = _params(method.__jobo_operation__.sync_detailed)
        positional = [n for n, p in generated.items() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
        ours = [n for n, p in _params(method).items() if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
        assert ours[: len(positional)] == positional, f"{resource}.{name}"


def test_sync_and_async_facades_have_the_same_surface() -> None:
    sync = JoboClient(api_key="k", base_url="http://127.0.0.1:9")
    asynchronous = AsyncJoboClient(api_key="k", base_url="http://127.0.0.1:9")
    sync_methods = {(r, n): inspect.signature(m) for r, n, m in _facade_methods(sync)}
    async_methods = {(r, n): inspect.signature(m) for r, n, m in _facade_methods(asynchronous)}
    assert sync_methods.keys() == async_methods.keys()
    for key, signature in sync_methods.items():
        assert list(signature.parameters) == list(async_methods[key].parameters), key


def test_every_public_facade_method_has_a_docstring(client: Any) -> None:
    for resource in _resources(client):
        for name, member in inspect.getmembers(type(resource), inspect.isfunction):
            if not name.startswith("_"):
                assert member.__doc__, f"{type(resource).__name__}.{name}"


# The public facade as it stood before the iterators were derived from their page methods (issue 16),
# written by `python -m tests.test_facade_drift`: the test below proves no name, kind, type or default
# of any facade method has changed since, for the sync and the async client alike.
SIGNATURES = Path(__file__).with_name("facade_signatures.json")


def _describe(fn: Any) -> dict[str, Any]:
    """A method's parameters as ``kind name: resolved type = default`` lines, its return type, its kind."""
    hints = typing.get_type_hints(fn)
    parameters = []
    for name, p in inspect.signature(fn).parameters.items():
        default = (
            ""
            if p.default is p.empty
            else " = UNSET"
            if isinstance(p.default, Unset)
            else f" = {p.default!r}"
        )
        annotation = f": {hints[name]!r}" if name in hints else ""
        parameters.append(f"{p.kind.name} {name}{annotation}{default}")
    iterator = inspect.isasyncgenfunction(fn) or inspect.isgeneratorfunction(fn)
    return {"parameters": parameters, "return": repr(hints.get("return")), "iterator": iterator}


def facade_surface() -> dict[str, Any]:
    surface: dict[str, Any] = {}
    for cls in (JoboClient, AsyncJoboClient):
        instance = cls(api_key="jbe_test_drift", base_url="http://127.0.0.1:9")
        for resource in _resources(instance):
            for name, member in inspect.getmembers(type(resource), inspect.isfunction):
                if not name.startswith("_"):
                    surface[f"{type(resource).__name__}.{name}"] = _describe(member)
    return dict(sorted(surface.items()))


def test_facade_signatures_match_the_recorded_surface() -> None:
    recorded = json.loads(SIGNATURES.read_text(encoding="utf-8"))
    current = facade_surface()
    assert current.keys() == recorded.keys()
    for key, wanted in recorded.items():
        assert current[key] == wanted, key


if __name__ == "__main__":
    SIGNATURES.write_text(json.dumps(facade_surface(), indent=1) + "\n", encoding="utf-8")


def test_an_iterator_refuses_a_parameter_its_page_method_does_not_take() -> None:
    # The iterators read their arguments through their page method's signature; a wrong name is the
    # same TypeError a direct call gives, raised when iteration starts (no request is sent).
    client = JoboClient(api_key="jbe_test_drift", base_url="http://127.0.0.1:9")
    with pytest.raises(TypeError, match="batch_sizee"):
        next(client.feed.iter_jobs(batch_sizee=5))  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="positional"):
        next(client.jobs.iter_search("remote"))  # type: ignore[call-arg]
