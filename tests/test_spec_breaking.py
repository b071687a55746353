"""Breaking-change guard: the current spec against the last released one, and the comparator on small pairs."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import spec_breaking  # noqa: E402
from spec_breaking import breaking_changes, judge  # noqa: E402


# ---------------------------------------------------------------------------------------------- the real check
def test_released_baseline_exists_and_is_an_openapi_document() -> None:
    latest = spec_breaking.latest_release(spec_breaking.RELEASED)
    assert latest is not None, "openapi/released/ holds no <MAJOR.MINOR.PATCH>.yaml"
    version, path = latest
    doc = spec_breaking.load(path)
    assert doc["openapi"].startswith("3.")
    assert doc["info"]["version"] == spec_breaking.format_version(version), (
        f"{path.name} names another version"
    )
    assert len(spec_breaking.operations(doc)) >= 19


def test_current_spec_does_not_break_the_last_release() -> None:
    latest = spec_breaking.latest_release(spec_breaking.RELEASED)
    assert latest is not None
    verdict = judge(spec_breaking.load(latest[1]), spec_breaking.load(spec_breaking.SPEC))
    assert verdict.ok, "\n".join(
        [*verdict.problems, "Bump info.version's major number, or restore what a released client relies on."]
    )


def test_cli_fails_on_a_breaking_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = spec_breaking.load(spec_breaking.SPEC)
    del doc["paths"]["/api/jobs/feed"]
    broken = tmp_path / "jobo.yaml"
    broken.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    assert spec_breaking.main(["--spec", str(broken)]) == 1
    assert "POST /api/jobs/feed: operation removed" in capsys.readouterr().err


def test_snapshot_records_a_release_and_refuses_to_rewrite_one(tmp_path: Path) -> None:
    released = tmp_path / "released"
    target = spec_breaking.snapshot(spec_breaking.SPEC, released)
    assert target.read_bytes() == spec_breaking.SPEC.read_bytes()
    assert spec_breaking.snapshot(spec_breaking.SPEC, released) == target  # same content: fine
    changed = tmp_path / "changed.yaml"
    changed.write_text(spec_breaking.SPEC.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    with pytest.raises(FileExistsError):
        spec_breaking.snapshot(changed, released)


# ---------------------------------------------------------------------------------------------- synthetic pairs
def base_spec(version: str = "1.0.0") -> dict[str, Any]:
    """A small API: a feed with a request body, a lookup with a path and a query parameter."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": version},
        "paths": {
            "/feed": {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["cursor"],
                                    "properties": {
                                        "cursor": {"type": "string"},
                                        "batch_size": {"type": "integer"},
                                        "work_models": {
                                            "type": "array",
                                            "items": {"type": "string", "enum": ["remote", "onsite"]},
                                        },
                                    },
                                }
                            }
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Feed"}}
                            },
                        },
                        "402": {"$ref": "#/components/responses/Error"},
                    },
                }
            },
            "/jobs/{id}": {
                "get": {
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": "fields", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Job"}}},
                        }
                    },
                }
            },
        },
        "components": {
            "responses": {
                "Error": {
                    "description": "error",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"credits_required": {"type": "integer"}},
                            }
                        }
                    },
                }
            },
            "schemas": {
                "Feed": {
                    "type": "object",
                    "required": ["jobs", "has_more"],
                    "properties": {
                        "jobs": {"type": "array", "items": {"$ref": "#/components/schemas/Job"}},
                        "has_more": {"type": "boolean"},
                        "next_cursor": {"type": ["string", "null"]},
                    },
                },
                "Job": {
                    "type": "object",
                    "required": ["id", "title"],
                    "properties": {
                        "id": {"type": "string", "format": "uuid"},
                        "title": {"type": "string"},
                        "company": {
                            "anyOf": [{"$ref": "#/components/schemas/Company"}, {"type": "null"}],
                        },
                        "salary": {"type": "number"},
                        "parent": {"$ref": "#/components/schemas/Job"},  # recursive on purpose
                    },
                },
                "Company": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}, "website": {"type": ["string", "null"]}},
                },
            },
        },
    }


def changed(edit: Any, version: str = "1.0.0") -> dict[str, Any]:
    doc = copy.deepcopy(base_spec(version))
    edit(doc)
    return doc


def schemas(doc: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = doc["components"]["schemas"]
    return result


def feed_body(doc: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = doc["paths"]["/feed"]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    return result


def job_params(doc: dict[str, Any]) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = doc["paths"]["/jobs/{id}"]["get"]["parameters"]
    return result


def rename_path_parameter(d: dict[str, Any]) -> None:
    item = d["paths"].pop("/jobs/{id}")
    item["get"]["parameters"][0]["name"] = "job_id"
    d["paths"]["/jobs/{job_id}"] = item


def messages(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [str(change) for change in breaking_changes(old, new)]


def test_identical_specs_have_no_breaking_change() -> None:
    assert messages(base_spec(), base_spec()) == []


BREAKING: dict[str, tuple[Any, str]] = {
    "operation removed": (
        lambda d: d["paths"].pop("/feed"),
        "POST /feed: operation removed",
    ),
    "required request field removed": (
        lambda d: (feed_body(d)["properties"].pop("cursor"), feed_body(d).update(required=[])),
        "POST /feed request application/json: required request field cursor removed",
    ),
    "request field changes type": (
        lambda d: feed_body(d)["properties"]["batch_size"].update(type="string"),
        "request field batch_size type integer -> string",
    ),
    "request enum narrowed": (
        lambda d: feed_body(d)["properties"]["work_models"]["items"].update(enum=["remote"]),
        "request field work_models[] accepts fewer enum values",
    ),
    "new required request field": (
        lambda d: (
            feed_body(d)["properties"].update(since={"type": "string"}),
            feed_body(d)["required"].append("since"),
        ),
        "new required request field since",
    ),
    "optional request field becomes required": (
        lambda d: feed_body(d)["required"].append("batch_size"),
        "request field batch_size became required",
    ),
    "request body becomes required": (
        lambda d: d["paths"]["/feed"]["post"]["requestBody"].update(required=True),
        "POST /feed request body: became required",
    ),
    "required parameter removed": (
        lambda d: job_params(d).pop(0),
        "GET /jobs/{} path parameter #1: required parameter removed",
    ),
    "parameter changes type": (
        lambda d: job_params(d)[1].update(schema={"type": "integer"}),
        "GET /jobs/{} query parameter fields: request field (value) type string -> integer",
    ),
    "new required parameter": (
        lambda d: job_params(d).append(
            {"name": "v", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "GET /jobs/{} query parameter v: new required parameter",
    ),
    "response field removed": (
        lambda d: schemas(d)["Job"]["properties"].pop("title"),
        "GET /jobs/{} response 200 application/json: response field title removed",
    ),
    "nested response field removed through $ref, array and anyOf": (
        lambda d: schemas(d)["Company"]["properties"].pop("website"),
        "POST /feed response 200 application/json: response field jobs[].company.website removed",
    ),
    "response field changes type": (
        lambda d: schemas(d)["Job"]["properties"]["title"].update(type="integer"),
        "response field title type string -> integer",
    ),
    "response field becomes nullable": (
        lambda d: schemas(d)["Job"]["properties"]["title"].update(type=["string", "null"]),
        "response field title type string -> null|string",
    ),
    "response field changes format": (
        lambda d: schemas(d)["Job"]["properties"]["id"].pop("format"),
        "response field id format ['uuid'] -> []",
    ),
    "required response field becomes optional": (
        lambda d: schemas(d)["Feed"].update(required=["jobs"]),
        "response field has_more is no longer required",
    ),
    "response body changes type": (
        lambda d: d["paths"]["/jobs/{id}"]["get"]["responses"]["200"]["content"]["application/json"].update(
            schema={"type": "array", "items": {"$ref": "#/components/schemas/Job"}}
        ),
        "response field (body) type object -> array",
    ),
    "error body field removed (shared response)": (
        lambda d: d["components"]["responses"]["Error"]["content"]["application/json"]["schema"][
            "properties"
        ].pop("credits_required"),
        "POST /feed response 402 application/json: response field credits_required removed",
    ),
    "declared response removed": (
        lambda d: d["paths"]["/feed"]["post"]["responses"].pop("402"),
        "POST /feed response 402: response removed",
    ),
    "response media type removed": (
        lambda d: d["paths"]["/jobs/{id}"]["get"]["responses"]["200"].update(
            content={"application/xml": {"schema": {"type": "string"}}}
        ),
        "GET /jobs/{} response 200 application/json: media type removed",
    ),
}


@pytest.mark.parametrize("name", list(BREAKING))
def test_breaking_change_is_detected(name: str) -> None:
    edit, expected = BREAKING[name]
    found = messages(base_spec(), changed(edit))
    assert any(expected in message for message in found), f"{name}: expected {expected!r} in {found}"


def test_breaking_change_fails_the_verdict_unless_the_major_version_is_bumped() -> None:
    edit, _ = BREAKING["response field removed"]
    assert not judge(base_spec(), changed(edit, "1.0.0")).ok
    assert not judge(base_spec(), changed(edit, "1.1.0")).ok
    assert not judge(base_spec(), changed(edit, "1.9.9")).ok
    bumped = judge(base_spec(), changed(edit, "2.0.0"))
    assert bumped.ok and bumped.changes, "a major bump allows the change but still lists it"


def test_version_must_not_go_backwards() -> None:
    verdict = judge(base_spec("1.2.0"), base_spec("1.1.9"))
    assert not verdict.ok
    assert "older than the released 1.2.0" in verdict.problems[0]


def test_removed_object_is_reported_once_not_per_member() -> None:
    found = messages(base_spec(), changed(lambda d: schemas(d)["Job"]["properties"].pop("company")))
    on_lookup = [m for m in found if m.startswith("GET /jobs/{} response 200")]
    assert on_lookup == ["GET /jobs/{} response 200 application/json: response field company removed"]


COMPATIBLE: dict[str, Any] = {
    "operation added": lambda d: d["paths"].update(
        {"/new": {"get": {"responses": {"204": {"description": "x"}}}}}
    ),
    "optional request field added": lambda d: feed_body(d)["properties"].update(note={"type": "string"}),
    "optional request field removed": lambda d: feed_body(d)["properties"].pop("batch_size"),
    "request type widened": lambda d: feed_body(d)["properties"]["batch_size"].update(
        type=["integer", "string"]
    ),
    "request integer widened to number": lambda d: feed_body(d)["properties"]["batch_size"].update(
        type="number"
    ),
    "request enum widened": lambda d: feed_body(d)["properties"]["work_models"]["items"]["enum"].append(
        "hybrid"
    ),
    "response field added": lambda d: schemas(d)["Job"]["properties"].update(extra={"type": "string"}),
    "response field no longer nullable": lambda d: schemas(d)["Feed"]["properties"]["next_cursor"].update(
        type="string"
    ),
    "response number narrowed to integer": lambda d: schemas(d)["Job"]["properties"]["salary"].update(
        type="integer"
    ),
    "optional response field becomes required": lambda d: schemas(d)["Company"]["required"].append("website"),
    "path parameter renamed": lambda d: rename_path_parameter(d),
    "response status added": lambda d: d["paths"]["/feed"]["post"]["responses"].update(
        {"409": {"$ref": "#/components/responses/Error"}}
    ),
    "descriptions and examples edited": lambda d: schemas(d)["Job"].update(description="new", examples=[{}]),
}


@pytest.mark.parametrize("name", list(COMPATIBLE))
def test_compatible_change_is_not_flagged(name: str) -> None:
    found = messages(base_spec(), changed(COMPATIBLE[name]))
    assert found == [], f"{name}: {found}"


def test_path_parameter_keeps_its_type_across_a_rename() -> None:
    def rename_and_retype(d: dict[str, Any]) -> None:
        rename_path_parameter(d)
        d["paths"]["/jobs/{job_id}"]["get"]["parameters"][0]["schema"] = {"type": "integer"}

    assert messages(base_spec(), changed(rename_and_retype)) == [
        "GET /jobs/{} path parameter #1: request field (value) type string -> integer"
    ]


def test_flatten_handles_recursion_and_nullable_refs() -> None:
    doc = base_spec()
    fields = spec_breaking.flatten(doc, {"$ref": "#/components/schemas/Job"})
    assert fields["company"].types == frozenset({"object", "null"})
    assert fields["company.name"].required
    assert fields["parent"].types == frozenset({"object"})
    assert "parent.parent" not in fields  # the recursion stops after one level


def test_parse_version() -> None:
    assert spec_breaking.parse_version("10.2.3") == (10, 2, 3)
    for bad in ("1.0", "v1.0.0", "1.0.0-rc.1", "01.0.0"):
        with pytest.raises(ValueError):
            spec_breaking.parse_version(bad)


# ---------------------------------------------------------------------------------------------- bounds
def narrowings(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [str(change) for change in spec_breaking.narrowing_changes(old, new)]


NARROWED: dict[str, tuple[Any, str]] = {
    "query parameter gains a minLength": (
        lambda d: job_params(d)[1]["schema"].update(minLength=1),
        "GET /jobs/{} query parameter fields: request field (value) narrowed: minLength none -> 1",
    ),
    "body field maximum lowered": (
        lambda d: feed_body(d)["properties"]["batch_size"].update(maximum=500),
        "POST /feed request application/json: request field batch_size narrowed: maximum none -> 500",
    ),
    "body list gains maxItems": (
        lambda d: feed_body(d)["properties"]["work_models"].update(maxItems=3),
        "POST /feed request application/json: request field work_models narrowed: maxItems none -> 3",
    ),
    "string gains minLength": (
        lambda d: feed_body(d)["properties"]["cursor"].update(minLength=1),
        "POST /feed request application/json: request field cursor narrowed: minLength none -> 1",
    ),
}


@pytest.mark.parametrize("name", list(NARROWED))
def test_a_new_request_bound_is_a_narrowing_not_a_break(name: str) -> None:
    edit, expected = NARROWED[name]
    assert narrowings(base_spec(), changed(edit)) == [expected]
    assert messages(base_spec(), changed(edit)) == []


def test_a_tighter_existing_request_bound_is_a_narrowing() -> None:
    def bounded(d: dict[str, Any]) -> None:
        feed_body(d)["properties"]["batch_size"].update(minimum=1, maximum=1000)

    def tighter_bound(d: dict[str, Any]) -> None:
        bounded(d)
        feed_body(d)["properties"]["batch_size"].update(maximum=100)

    tighter = changed(tighter_bound)
    assert narrowings(changed(bounded), tighter) == [
        "POST /feed request application/json: request field batch_size narrowed: maximum 1000 -> 100"
    ]
    # ...and loosening it again is compatible.
    assert narrowings(tighter, changed(bounded)) == []
    assert messages(tighter, changed(bounded)) == []


def test_a_narrowing_needs_a_minor_version_bump() -> None:
    edit, _ = NARROWED["body field maximum lowered"]
    for version in ("1.0.0", "1.0.7"):
        verdict = judge(base_spec(), changed(edit, version))
        assert not verdict.ok
        assert "narrowed request bound(s)" in verdict.problems[0]
    for version in ("1.1.0", "2.0.0"):
        verdict = judge(base_spec(), changed(edit, version))
        assert verdict.ok and len(verdict.narrowings) == 1 and verdict.changes == ()


def test_a_new_response_bound_is_compatible_and_a_loosened_one_breaks() -> None:
    def count_bound(value: int) -> Any:
        return lambda d: schemas(d)["Job"]["properties"]["salary"].update(minimum=value)

    assert messages(base_spec(), changed(count_bound(0))) == []
    assert narrowings(base_spec(), changed(count_bound(0))) == []
    assert sorted(messages(changed(count_bound(0)), base_spec())) == [
        "GET /jobs/{} response 200 application/json: response field salary bound loosened: minimum 0 -> none",
        "POST /feed response 200 application/json: response field jobs[].salary bound loosened: minimum 0 -> none",
    ]
    assert messages(changed(count_bound(0)), changed(count_bound(-5)))[0].endswith("minimum 0 -> -5")


def test_a_bound_on_only_one_anyof_branch_does_not_hold() -> None:
    shape = spec_breaking.flatten(
        base_spec(), {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "integer"}]}
    )[""]
    assert shape.bounds == {}
    both = spec_breaking.flatten(
        base_spec(), {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 2}]}
    )[""]
    assert both.bounds == {"minimum": 0.0}
