"""``make publish-spec``: one self-contained, validated, lint-clean, canonical document, byte-identical per run."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import publish_spec  # noqa: E402
import spec_breaking  # noqa: E402

from tests.system_tools_needed import NODE, need  # noqa: E402

HTTP_METHODS = spec_breaking.HTTP_METHODS


def run_publish(*args: str, seed: str = "0") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "publish_spec.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


@pytest.fixture(scope="module")
def published() -> Path:
    """What ``make publish-spec`` runs, into dist/spec (bundle, validate, write, Redocly lint)."""
    need(NODE)
    proc = run_publish()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Redocly lint clean" in proc.stdout
    return publish_spec.OUT


def load_both(folder: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    from_yaml = yaml.safe_load((folder / publish_spec.YAML_NAME).read_text(encoding="utf-8"))
    from_json = json.loads((folder / publish_spec.JSON_NAME).read_text(encoding="utf-8"))
    return from_yaml, from_json


def test_yaml_and_json_are_the_same_self_contained_document(published: Path) -> None:
    from_yaml, from_json = load_both(published)
    assert from_yaml == from_json
    assert publish_spec.reference_problems(from_json) == []
    refs = [ref for _, ref in publish_spec.iter_refs(from_json)]
    assert refs and all(ref.startswith("#/") for ref in refs)


def test_published_document_keeps_every_operation_of_the_source(published: Path) -> None:
    _, doc = load_both(published)
    source = spec_breaking.load(spec_breaking.SPEC)
    assert set(spec_breaking.operations(doc)) == set(spec_breaking.operations(source))
    assert doc["components"].keys() == source["components"].keys()
    assert doc["info"]["description"] == source["info"]["description"]


def test_version_comes_from_the_spec_itself(published: Path) -> None:
    _, doc = load_both(published)
    source = spec_breaking.load(spec_breaking.SPEC)
    assert doc["info"]["version"] == source["info"]["version"]
    spec_breaking.parse_version(doc["info"]["version"])


def test_policy_extensions_survive_publishing(published: Path) -> None:
    """What other generators cannot infer, so a client in any language can implement the same policy."""
    _, doc = load_both(published)
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            where = f"{method.upper()} {path}"
            assert op["x-jobo-pagination"] in ("page", "cursor", "none"), where
            assert isinstance(op["x-jobo-idempotent"], bool), where
            if path.endswith("/feed") or path.endswith("/feed/managed"):
                assert op["x-jobo-timeout"] >= 120, where
    responses = doc["components"]["responses"]
    assert all("x-jobo-retry" in response for response in responses.values())
    assert responses["TooManyRequests"]["x-jobo-retry"]["retry"] is True
    assert "## Retry strategy" in doc["info"]["description"]


def test_every_published_operation_carries_python_and_curl_samples(published: Path) -> None:
    """Redoc shows ``x-codeSamples`` beside each operation; the source spec has none (they are derived)."""
    _, doc = load_both(published)
    source = spec_breaking.load(spec_breaking.SPEC)
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                labels = [sample["label"] for sample in item[method]["x-codeSamples"]]
                assert labels == ["Python (jobo_ext)", "curl"], f"{method.upper()} {path}"
                assert "x-codeSamples" not in source["paths"][path][method]


def test_json_is_canonical(published: Path) -> None:
    text = (published / publish_spec.JSON_NAME).read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    assert "\\u2014" not in text and "—" in text  # UTF-8, not escaped
    assert not text.endswith("\n\n")


def test_two_runs_are_byte_identical(published: Path, tmp_path: Path) -> None:
    again = run_publish("--out", str(tmp_path), "--no-lint", seed="12345")
    assert again.returncode == 0, again.stdout + again.stderr
    for name in (publish_spec.YAML_NAME, publish_spec.JSON_NAME):
        assert (tmp_path / name).read_bytes() == (published / name).read_bytes(), name


def test_yaml_keeps_the_authors_order_and_block_text(published: Path) -> None:
    text = (published / publish_spec.YAML_NAME).read_text(encoding="utf-8")
    assert text.startswith("openapi: 3.1.0\ninfo:\n")
    assert "  description: |\n" in text  # multi-line text stays readable


# ---------------------------------------------------------------------------------------------- can fail
def test_reference_problems_finds_external_and_dangling_refs() -> None:
    doc = {
        "paths": {"/a": {"get": {"responses": {"200": {"$ref": "other.yaml#/components/responses/X"}}}}},
        "components": {"schemas": {"A": {"$ref": "#/components/schemas/Missing"}, "B": {"type": "string"}}},
        "x": [{"$ref": "#/components/schemas/B"}],
    }
    problems = publish_spec.reference_problems(doc)
    assert len(problems) == 2
    assert "external $ref 'other.yaml#/components/responses/X'" in problems[0]
    assert "'#/components/schemas/Missing' points nowhere" in problems[1]


def test_version_check_refuses_non_semver_and_going_backwards(tmp_path: Path) -> None:
    (tmp_path / "2.1.0.yaml").write_text("openapi: 3.1.0\n", encoding="utf-8")
    with pytest.raises(publish_spec.PublishError, match=r"MAJOR\.MINOR\.PATCH"):
        publish_spec.check_version({"info": {"version": "2.1"}}, tmp_path)
    with pytest.raises(publish_spec.PublishError, match=r"older than the released 2\.1\.0"):
        publish_spec.check_version({"info": {"version": "2.0.9"}}, tmp_path)
    assert publish_spec.check_version({"info": {"version": "2.1.0"}}, tmp_path) == "2.1.0"
    assert publish_spec.check_version({"info": {"version": "3.0.0"}}, tmp_path) == "3.0.0"


def test_publish_fails_on_a_spec_the_validator_rejects(tmp_path: Path) -> None:
    need(NODE)
    doc = spec_breaking.load(spec_breaking.SPEC)
    doc["paths"]["/api/jobs"]["get"]["responses"] = "not a mapping"
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    proc = run_publish("--spec", str(broken), "--out", str(tmp_path / "out"), "--no-lint")
    assert proc.returncode == 1
    assert "openapi-spec-validator" in proc.stderr or "redocly bundle failed" in proc.stderr
    assert not (tmp_path / "out").exists(), "nothing is written when a check fails"


def test_lint_reports_warnings_and_errors(tmp_path: Path) -> None:
    """The lint step is not a rubber stamp: a description with lint problems comes back as problems."""
    need(NODE)
    sloppy = tmp_path / "sloppy.yaml"
    sloppy.write_text(
        yaml.safe_dump(
            {
                "openapi": "3.1.0",
                "info": {"title": "t", "version": "1.0.0"},
                "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/Nope"}}}}},
            }
        ),
        encoding="utf-8",
    )
    problems = publish_spec.lint([sloppy])
    assert any("no-unresolved-refs" in p for p in problems), problems
    assert any("warn" in p for p in problems), problems  # e.g. missing license/servers/operationId


def test_makefile_uses_the_same_redocly_pin() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    pins = re.findall(r"@redocly/cli@[\w.\-]+", makefile)
    assert pins and set(pins) == {publish_spec.REDOCLY_PACKAGE}
    assert re.search(r"^publish-spec:.*\n\t\$\(PY\) scripts/publish_spec\.py\s*$", makefile, re.MULTILINE)
