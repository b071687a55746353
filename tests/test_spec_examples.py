"""Examples in the spec: present everywhere other languages look for them, valid, and consistent.

Redocly's ``scalar-property-missing-example`` (``make spec-check``) checks presence too; these tests need
no Node and also cover parameters, headers and media types, which that rule does not look at.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest

from tests.spec_utils import ROOT, iter_operations, load_spec, resolve, validator_for

sys.path.insert(0, str(ROOT / "scripts"))
import spec_examples


def _scalar(node: dict[str, Any]) -> bool:
    types = node.get("type")
    types = types if isinstance(types, list) else [types]
    return "$ref" not in node and not {"object", "array"} & set(types) and None not in types


def _media_examples(media: dict[str, Any]) -> list[Any]:
    if "example" in media:
        return [media["example"]]
    return [resolve(example)["value"] for example in media.get("examples", {}).values()]


def test_every_scalar_schema_property_has_an_example() -> None:
    missing = [
        f"{name}.{prop}"
        for name, schema in load_spec()["components"]["schemas"].items()
        for prop, node in schema.get("properties", {}).items()
        if _scalar(node) and "example" not in node and "examples" not in node
    ]
    assert missing == []


def test_every_parameter_and_header_has_an_example() -> None:
    spec = load_spec()
    missing = []
    for method, path, op in iter_operations():
        for param in map(resolve, op.get("parameters", [])):
            if "example" not in param and "examples" not in param:
                missing.append(f"{method} {path} {param['name']}")
    missing += [name for name, header in spec["components"]["headers"].items() if "example" not in header]
    assert missing == []


def test_every_request_body_and_success_response_has_an_example() -> None:
    missing = []
    for method, path, op in iter_operations():
        bodies = {"request": op["requestBody"]} if "requestBody" in op else {}
        bodies |= {status: r for status, r in op["responses"].items() if status.startswith("2")}
        for where, body in bodies.items():
            for media_type, media in resolve(body).get("content", {}).items():
                if not _media_examples(media):
                    missing.append(f"{method} {path} {where} {media_type}")
    assert missing == []


@pytest.mark.parametrize(("method", "path"), [(m, p) for m, p, _ in iter_operations()])
def test_media_type_examples_validate_against_their_schema(method: str, path: str) -> None:
    op = load_spec()["paths"][path][method.lower()]
    bodies = [op["requestBody"]] if "requestBody" in op else []
    bodies += [r for status, r in op["responses"].items() if status.startswith("2")]
    for body in bodies:
        for media_type, media in resolve(body).get("content", {}).items():
            if media_type.startswith("multipart/"):
                continue  # a file part is a name in the example, bytes on the wire
            validator = validator_for(media["schema"])
            for value in _media_examples(media):
                assert [e.message for e in validator.iter_errors(value)] == []


def test_examples_tell_one_story() -> None:
    """A job's company is the company of the company endpoint, and path examples name the examples' ids."""
    spec = load_spec()
    examples = {name: e["value"] for name, e in spec["components"]["examples"].items()}
    params = spec["components"]["parameters"]
    company = examples["Company"]
    for name in ("Job", "SearchResponse", "CompanyJobsPage", "FeedPageFirst"):
        jobs = [examples[name]] if name == "Job" else examples[name]["jobs"]
        for job in jobs:
            assert job["company"]["id"] == company["id"], name
            assert job["company"]["name"] == company["name"], name
    assert params["JobId"]["example"] == examples["Job"]["id"]
    assert params["CompanyId"]["example"] == company["id"]
    assert params["ProfileId"]["example"] == examples["Profile"]["id"]
    assert params["SessionId"]["example"] == examples["Session"]["id"]
    assert params["ApplicationId"]["example"] == examples["Application"]["id"]
    assert examples["ProfileList"] == [examples["Profile"]]


def test_the_example_script_has_nothing_left_to_add() -> None:
    assert spec_examples.main(["--check"]) == 0
