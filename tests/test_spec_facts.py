"""Per-operation facts come from the spec alone: ``make generate`` writes them into the generated package
(``jobo_client/_operations.py``) and ``jobo_ext`` reads them — no table is kept by hand."""

from __future__ import annotations

import copy
import datetime
import importlib
import importlib.util
import pkgutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import jobo_client.models
import pytest
import yaml
from jobo_client._operations import OPERATIONS as GENERATED
from jobo_client.models.job_feed_request import JobFeedRequest

from jobo_ext import _spec, operations, validation
from tests.spec_utils import ROOT, load_spec

sys.path.insert(0, str(ROOT / "scripts"))
import generate

WIDGET_ID = "0b7f4f2e-1d0a-4c55-9b52-0f6f1f7a9c11"


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_facts_module_is_what_the_spec_gives_today() -> None:
    namespace: dict[str, Any] = {}
    exec(generate.facts_module(load_spec()), namespace)
    assert namespace["OPERATIONS"] == GENERATED


def test_jobo_ext_tables_are_built_from_the_generated_module() -> None:
    assert set(_spec.OPERATIONS) == set(GENERATED)
    assert operations.policies(_spec.load_facts(GENERATED)) == operations.OPERATIONS
    assert validation.bounds_of(_spec.load_facts(GENERATED)) == validation.BOUNDS
    assert validation.BOUNDS["getExpiredJobIds"] == {"batch_size": (1, 10000)}
    assert validation.BOUNDS["searchJobs"] == {"page": (1, None), "page_size": (1, 100)}


def test_pagination_kind_is_the_spec_extension() -> None:
    kinds = {op.operation_id: op.pagination for op in operations.OPERATIONS if op.pagination != "none"}
    assert kinds == {
        "searchJobs": "page",
        "searchJobsPost": "page",
        "getCompanyJobs": "page",
        "getJobFeed": "cursor",
        "getManagedJobFeed": "cursor",
        "getExpiredJobIds": "cursor",
        "getCareerSiteFeed": "cursor",
    }


def _generated_vocabularies() -> list[set[str]]:
    """Every ``*_VALUES`` set of the generated ``Literal`` enums."""
    found: list[set[str]] = []
    for info in pkgutil.iter_modules(jobo_client.models.__path__):
        module = importlib.import_module(f"jobo_client.models.{info.name}")
        found += [set(v) for k, v in vars(module).items() if k.endswith("_VALUES") and isinstance(v, set)]
    return found


def _all_values(facts: _spec.ValueFacts) -> list[_spec.ValueFacts]:
    return [facts, *(_all_values(facts.items) if facts.items else [])]


def test_every_vocabulary_is_one_the_generator_made_an_enum_of() -> None:
    enums = _generated_vocabularies()
    seen = 0
    for op in _spec.OPERATIONS.values():
        fields = [*op.parameters.values(), *(op.body.properties.values() if op.body else [])]
        for value in (v for f in fields for v in _all_values(f) if v.enum):
            assert set(value.enum) in enums, (op.operation_id, value.enum)
            seen += 1
    assert seen >= 15  # search (5), advanced search (5), feeds (4), filter options (1)


def test_every_body_field_and_model_named_in_the_facts_exists_in_the_generated_package() -> None:
    for op in _spec.OPERATIONS.values():
        models = [v.model for f in op.parameters.values() for v in _all_values(f) if v.model]
        if op.body is not None:
            body_model = getattr(jobo_client.models, op.body.model)
            attributes = {a.name for a in attrs.fields(body_model)}
            for name, field in op.body.properties.items():
                assert field.attribute in attributes, (op.operation_id, name)
                models += [v.model for v in _all_values(field) if v.model]
        for model in models:
            assert isinstance(getattr(jobo_client.models, model, None), type), (op.operation_id, model)


def test_an_operation_without_x_jobo_idempotent_does_not_generate() -> None:
    spec = copy.deepcopy(load_spec())
    del spec["paths"]["/api/jobs"]["get"]["x-jobo-idempotent"]
    with pytest.raises(generate.SpecFactError, match=r"GET /api/jobs \(searchJobs\) needs x-jobo-idempotent"):
        generate.operation_facts(spec)


def _spec_with_a_widget_operation() -> dict[str, Any]:
    """The spec plus one operation jobo_ext has never heard of: public, idempotent POST, 45 s timeout."""
    spec = copy.deepcopy(load_spec())
    spec["paths"]["/api/widgets/{id}/ping"] = {
        "post": {
            "operationId": "pingWidget",
            "summary": "Ping a widget",
            "description": "A made-up operation for this test.",
            "tags": ["Filters"],
            "security": [],
            "x-jobo-pagination": "cursor",
            "x-jobo-idempotent": True,
            "x-jobo-timeout": 45,
            "parameters": [
                {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "format": "uuid"},
                },
                {
                    "name": "colour",
                    "in": "query",
                    "schema": {"type": "string", "enum": ["red", "green", "blue"]},
                },
                {"name": "size", "in": "query", "schema": {"type": "integer", "minimum": 2, "maximum": 9}},
                {
                    "name": "models",
                    "in": "query",
                    "schema": {"type": "string"},
                    "x-jobo-comma-separated": {"$ref": "#/components/schemas/WorkModel"},
                },
                {"name": "since", "in": "query", "schema": {"type": "string", "format": "date-time"}},
            ],
            "requestBody": {
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/JobFeedRequest"}}}
            },
            "responses": {
                "200": {
                    "description": "Pong.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/JobFacet"}}},
                }
            },
        }
    }
    return spec


@pytest.fixture(scope="module")
def widget_facts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, _spec.OperationFacts]:
    """Run the real generator on the extended spec into a temporary folder and load its facts module."""
    if not (generate.BIN / "openapi-python-client").exists():
        pytest.skip("openapi-python-client is not installed (pip install -e '.[dev]')")
    tmp = tmp_path_factory.mktemp("widget")
    spec_path = tmp / "widget.yaml"
    spec_path.write_text(yaml.safe_dump(_spec_with_a_widget_operation(), sort_keys=False), encoding="utf-8")
    generate.generate_into(tmp / "jobo_client", spec=spec_path)
    module = _load(tmp / "jobo_client" / "_operations.py", "widget_operations")
    return _spec.load_facts(module.OPERATIONS)


def test_a_new_spec_operation_gets_its_policy_without_an_edit_to_jobo_ext(
    widget_facts: dict[str, _spec.OperationFacts],
) -> None:
    (policy,) = [p for p in operations.policies(widget_facts) if p.operation_id == "pingWidget"]
    assert policy == operations.OperationPolicy(
        "POST",
        "/api/widgets/{id}/ping",
        "pingWidget",
        idempotent=True,
        read_timeout=45.0,
        public=True,
        pagination="cursor",
    )
    assert validation.bounds_of(widget_facts)["pingWidget"] == {"size": (2, 9), "batch_size": (1, 1000)}


def test_a_new_spec_operation_gets_its_value_checks_without_an_edit_to_jobo_ext(
    widget_facts: dict[str, _spec.OperationFacts], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(_spec.OPERATIONS, "pingWidget", widget_facts["pingWidget"])
    sent = validation.check_request(
        "pingWidget", {"id": WIDGET_ID, "colour": "RED", "models": ["Remote", "onsite"]}
    )
    assert sent == {"id": WIDGET_ID, "colour": "red", "models": "remote,onsite"}
    with pytest.raises(
        ValueError,
        match=r"colour must be one of 'red', 'green', 'blue' \(got 'gren'\); did you mean 'green'\?",
    ):
        validation.check_request("pingWidget", {"colour": "gren"})
    with pytest.raises(ValueError, match=r"size must be between 2 and 9 \(got 1\)"):
        validation.check_request("pingWidget", {"size": 1})
    with pytest.raises(TypeError, match=r"since must be a datetime\.datetime \(got str '2026-01-01'\)"):
        validation.check_request("pingWidget", {"since": "2026-01-01"})
    with pytest.raises(TypeError, match=r"id must be a UUID or str \(got int 7\)"):
        validation.check_request("pingWidget", {"id": 7})
    with pytest.raises(ValueError, match=r"batch_size must be between 1 and 1000 \(got 0\)"):
        validation.check_body("pingWidget", JobFeedRequest(batch_size=0))
    moment = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    assert validation.check_request("pingWidget", {"since": moment, "size": 9}) == {
        "since": moment,
        "size": 9,
    }
