"""The published spec's ``x-codeSamples``: every Python sample runs against the bundled mock, every curl
sample sends what its operation declares."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import re
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from jobo_ext.testing import MockJoboServer
from tests.spec_utils import ROOT, load_spec, resolve, validator_for

sys.path.insert(0, str(ROOT / "scripts"))
import spec_code_samples

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    spec_code_samples.add_code_samples(spec)
    return spec


def _samples(doc: dict[str, Any], lang: str) -> Iterator[tuple[str, str, dict[str, Any], str]]:
    for method, path, op in spec_code_samples.iter_operations(doc):
        for sample in op["x-codeSamples"]:
            if sample["lang"] == lang:
                yield method, path, op, sample["source"]


OPERATION_IDS = [op["operationId"] for _, _, op in spec_code_samples.iter_operations(load_spec())]


def test_every_operation_has_one_python_and_one_curl_sample(doc: dict[str, Any]) -> None:
    for _method, _path, op in spec_code_samples.iter_operations(doc):
        assert [s["label"] for s in op["x-codeSamples"]] == ["Python (jobo_ext)", "curl"], op["operationId"]


def test_every_python_sample_calls_the_facade_method_of_its_operation(doc: dict[str, Any]) -> None:
    facades = spec_code_samples.facade_methods()
    for _method, _path, op, source in _samples(doc, "Python"):
        facade = facades[spec_code_samples.snake(op["operationId"])]
        assert f"client.{facade.path}(" in source
        module = facade.method.__jobo_operation__.__name__
        assert module.endswith("." + spec_code_samples.snake(op["operationId"]))


# ---------------------------------------------------------------------------------------------- python, run
@pytest.fixture(scope="module")
def mock() -> Iterator[MockJoboServer]:
    with MockJoboServer(jobs=50, seed=3) as server:
        server.auto_apply_gate = False
        server.auto_apply.import_polls = 0  # the import is ready at the first poll: no waiting
        yield server


def _mock_ids(server: MockJoboServer) -> dict[str, str]:
    """The examples' ids → ids the mock knows (its dataset is synthetic)."""
    spec = load_spec()
    examples = {name: e["value"] for name, e in spec["components"]["examples"].items()}
    store = server.auto_apply
    profile = store.create_profile({"name": "Default Profile"})
    session = store.create_session(fields=copy.deepcopy(examples["Session"]["fields"]))
    application = store.create_application(profile_id=profile["id"])
    job_id = server.dataset.active_ids()[0]
    job = server.dataset.job(job_id)
    assert job is not None
    return {
        examples["Job"]["id"]: job_id,
        examples["Company"]["id"]: job["company"]["id"],
        examples["Profile"]["id"]: profile["id"],
        examples["Session"]["id"]: session["id"],
        examples["Application"]["id"]: application["id"],
    }


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_python_sample_runs_against_the_mock(
    operation_id: str,
    doc: dict[str, Any],
    mock: MockJoboServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = next(s for _m, _p, op, s in _samples(doc, "Python") if op["operationId"] == operation_id)
    for example_id, mock_id in _mock_ids(mock).items():
        source = source.replace(example_id, mock_id)
    monkeypatch.setenv("JOBO_API_KEY", mock.api_key)
    monkeypatch.setenv("JOBO_BASE_URL", mock.url)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "resume.pdf").write_bytes(b"%PDF-1.4\nJane Doe, Senior Software Engineer\n")
    out = io.StringIO()
    namespace: dict[str, Any] = {"__name__": "__sample__"}
    with contextlib.redirect_stdout(out):
        exec(compile(source, f"<{operation_id} sample>", "exec"), namespace)
    result = namespace["result"]
    assert out.getvalue().strip() == str(result)
    # parsed into a generated model (a list of them for the profile list)
    parsed = result[0] if isinstance(result, list) else result
    assert type(parsed).__module__.startswith("jobo_client.models."), type(parsed)


# ---------------------------------------------------------------------------------------------- curl, checked
def parse_curl(source: str) -> dict[str, Any]:
    words = shlex.split(source.replace("\\\n", " "))
    assert words[0] == "curl"
    parsed: dict[str, Any] = {"headers": {}, "data": None, "forms": {}}
    i = 1
    while i < len(words):
        word = words[i]
        if word == "-X":
            parsed["method"] = words[i + 1]
            i += 2
        elif word == "-H":
            name, _, value = words[i + 1].partition(":")
            parsed["headers"][name.strip()] = value.strip()
            i += 2
        elif word == "--data":
            parsed["data"] = words[i + 1]
            i += 2
        elif word == "-F":
            name, _, value = words[i + 1].partition("=")
            parsed["forms"][name] = value
            i += 2
        else:
            assert "url" not in parsed, f"unexpected word {word!r}"
            parsed["url"] = word
            i += 1
    return parsed


def _path_matches(template: str, path: str) -> bool:
    pattern = re.sub(r"\\{[^}]*\\}", "[^/]+", re.escape(template))
    return re.fullmatch(pattern, path) is not None


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
def test_curl_sample_matches_its_operation(operation_id: str, doc: dict[str, Any]) -> None:
    method, path, op, source = next(s for s in _samples(doc, "Shell") if s[2]["operationId"] == operation_id)
    curl = parse_curl(source)
    url = urlsplit(curl["url"])
    assert curl["method"] == method.upper()
    assert f"{url.scheme}://{url.netloc}" == doc["servers"][0]["url"]
    assert _path_matches(path, url.path), (path, url.path)

    params = {p["name"]: p for p in map(resolve, op.get("parameters", []))}
    query = dict(parse_qsl(url.query, keep_blank_values=True))
    assert set(query) <= {n for n, p in params.items() if p["in"] == "query"}
    assert {n for n, p in params.items() if p["in"] == "query" and p.get("required")} <= set(query)
    for name, value in query.items():
        schema = params[name]["schema"]
        typed: Any = int(value) if schema.get("type") == "integer" else value
        assert validator_for(schema).is_valid(typed), (name, value)
    for name, param in params.items():
        if param["in"] == "path":
            segment = url.path.split("/")[path.split("/").index("{" + name + "}")]
            assert validator_for(param["schema"]).is_valid(segment), (name, segment)

    secured = op.get("security", doc["security"]) != []
    assert ("X-Api-Key" in curl["headers"]) == secured
    if secured:
        assert curl["headers"]["X-Api-Key"] == "$JOBO_API_KEY"  # never a literal key

    body = resolve(op["requestBody"]) if "requestBody" in op else None
    if body is None:
        assert curl["data"] is None and not curl["forms"]
        assert "Content-Type" not in curl["headers"]
        return
    media_type, media = next(iter(body["content"].items()))
    if media_type == "application/json":
        assert curl["headers"]["Content-Type"] == "application/json"
        errors = [e.message for e in validator_for(media["schema"]).iter_errors(json.loads(curl["data"]))]
        assert errors == []
    else:
        assert media_type == "multipart/form-data"
        schema = resolve(media["schema"])
        assert set(curl["forms"]) == set(schema["properties"]) and set(schema["required"]) <= set(
            curl["forms"]
        )
        assert all(value.startswith("@") for value in curl["forms"].values())  # a file upload


def test_a_facade_method_that_drifts_from_the_examples_fails_the_script(doc: dict[str, Any]) -> None:
    """The samples are derived, not copied: a query parameter the facade does not take is an error."""
    spec = copy.deepcopy(load_spec())
    spec_code_samples.SAMPLE_QUERY["searchJobs"] += ("no_such_parameter",)
    spec["paths"]["/api/jobs"]["get"]["parameters"].append(
        {"name": "no_such_parameter", "in": "query", "schema": {"type": "string"}, "example": "x"}
    )
    try:
        with pytest.raises(ValueError, match="no parameter 'no_such_parameter'"):
            spec_code_samples.add_code_samples(spec)
    finally:
        spec_code_samples.SAMPLE_QUERY["searchJobs"] = spec_code_samples.SAMPLE_QUERY["searchJobs"][:-1]
