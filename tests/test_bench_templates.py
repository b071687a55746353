"""The custom generator templates (``openapi/templates/``) build the same models as the stock ones.

The templates only change *how* ``from_dict`` builds a model (no dict copy and ``pop``, no closure per
field, positional constructor call, one comprehension per list of models, model imports after the
class instead of inside every call). These tests regenerate the package with the generator's stock
templates into a temporary folder and check, for every model, that both parse the same payloads into
the same objects — and, for malformed payloads, that both fail the way ``parse_guard`` handles.
"""

from __future__ import annotations

import copy
import importlib
import json
import re
import subprocess
import sys
import typing
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import jobo_client.models as ours_models
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jobo_client.types import Unset

from tests.spec_utils import FIXTURES, ROOT, load_fixture, load_spec
from tests.test_fixtures import FIXTURE_SCHEMAS

GENERATOR = Path(sys.executable).parent / "openapi-python-client"
#: What ``jobo_ext._invoke.parse_guard`` turns into ``APIResponseError``.
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)
#: ``repr(UNSET)`` names the package and an address; the two packages have one each.
UNSET_REPR = re.compile(r"<jobo_client(_stock)?\.types\.Unset object at 0x[0-9a-f]+>")

FIXTURE_MODELS = {
    "job.json": "Job",
    "job-sparse.json": "Job",
    "feed-page-first.json": "JobFeedResponse",
    "search-response.json": "JobSearchResponse",
    "search-response-with-extensions.json": "JobSearchResponse",
    "company.json": "Company",
    "geocode-compound.json": "GeocodeResultItem",
    "connectors-filters.json": "ConnectorFiltersResponse",
    "auto-apply-B-session.json": "Session",
    "auto-apply-B-application.json": "Application",
    "search-advanced-request.json": "JobSearchBodyRequest",
    "error-problem-full.json": "ErrorResponse",
}


@pytest.fixture(scope="module")
def stock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """``jobo_client.models`` as the stock templates generate it, imported as ``jobo_client_stock``."""
    if not GENERATOR.exists():
        pytest.skip("openapi-python-client is not installed")
    tmp = tmp_path_factory.mktemp("stock")
    subprocess.run(
        [
            str(GENERATOR),
            "generate",
            "--path",
            str(ROOT / "openapi" / "jobo.yaml"),
            "--config",
            str(ROOT / "openapi" / "generator-config.yaml"),
            "--meta",
            "none",
            "--output-path",
            str(tmp / "jobo_client_stock"),
        ],
        check=True,
        cwd=tmp,
        capture_output=True,
    )
    sys.path.insert(0, str(tmp))
    try:
        yield importlib.import_module("jobo_client_stock.models")
    finally:
        sys.path.remove(str(tmp))
        for name in [m for m in sys.modules if m.split(".")[0] == "jobo_client_stock"]:
            del sys.modules[name]


def model_classes() -> dict[str, type[Any]]:
    """Every generated model class (attrs classes with ``from_dict``), by class name."""
    return {
        name: cls
        for name in ours_models.__all__
        if attrs.has(cls := getattr(ours_models, name)) and hasattr(cls, "from_dict")
    }


def class_for_schema(schema_name: str) -> str | None:
    lowered = {name.lower(): name for name in model_classes()}
    return lowered.get(schema_name.lower())


def parse(cls: Any, payload: Any) -> tuple[str, Any]:
    """``("ok", repr, to_dict)`` or ``("error", exception)``."""
    try:
        model = cls.from_dict(payload)
    except Exception as exc:
        return "error", exc
    return "ok", (UNSET_REPR.sub("UNSET", repr(model)), model.to_dict())


def assert_same(ours: Any, theirs: Any, payload: Any) -> None:
    original = copy.deepcopy(payload)
    got, expected = parse(ours, payload), parse(theirs, payload)
    assert payload == original, "from_dict changed its input"
    if expected[0] == "ok":
        assert got == expected
        return
    # Both fail the same way: same exception type (one parse_guard converts), a missing required
    # field named alike.
    assert got[0] == "error", f"stock raised {expected[1]!r}, ours parsed {got[1]!r}"
    assert type(got[1]) is type(expected[1]), f"ours raised {got[1]!r}, stock {expected[1]!r}"
    assert isinstance(got[1], PARSE_ERRORS)
    if isinstance(expected[1], KeyError):
        assert got[1].args == expected[1].args


# ------------------------------------------------------------------------------------------------
# Payloads built from the spec: every property present, each with a value of its own
# ------------------------------------------------------------------------------------------------


class Instances:
    """Builds a payload for a component schema with a distinct value in every property.

    Distinct values make a constructor argument passed in the wrong position visible.
    """

    def __init__(self, optional: bool) -> None:
        self.spec = load_spec()
        self.counter = 0
        self.optional = optional

    def next(self) -> int:
        self.counter += 1
        return self.counter

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def value(self, schema: dict[str, Any], depth: int) -> Any:
        schema = self.resolve(schema)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                branches = [s for s in schema[key] if self.resolve(s).get("type") != "null"]
                return self.value(branches[self.counter % len(branches)], depth) if branches else None
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.value(part, depth)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            return values[self.next() % len(values)]
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        n = self.next()
        if kind == "string":
            fmt = schema.get("format")
            if fmt == "uuid":
                return str(uuid.UUID(int=n))
            if fmt == "date-time":
                return f"2026-01-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:00Z"
            if fmt == "date":
                return f"2026-02-{1 + n % 28:02d}"
            return f"value-{n}"
        if kind == "integer":
            return n
        if kind == "number":
            return n + 0.5
        if kind == "boolean":
            return n % 2 == 0
        if kind == "array":
            return [self.value(schema.get("items", {}), depth + 1) for _ in range(2 if depth < 3 else 0)]
        if kind == "object" or "properties" in schema:
            return self.object(schema, depth + 1)
        return f"any-{n}"

    def object(self, schema: dict[str, Any], depth: int) -> dict[str, Any]:
        schema = self.resolve(schema)
        required = set(schema.get("required", []))
        out: dict[str, Any] = {}
        for name, sub in schema.get("properties", {}).items():
            if name in required or (self.optional and depth < 4):
                out[name] = self.value(sub, depth)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and depth < 4:
            out[f"extra-{self.next()}"] = self.value(extra, depth)
        elif extra is not False and self.optional:
            out[f"unknown_{self.next()}"] = {"nested": [self.next()]}
        return out


def schema_models() -> list[tuple[str, str]]:
    found = []
    for schema_name, schema in load_spec()["components"]["schemas"].items():
        cls = class_for_schema(schema_name)
        if cls is not None and ("properties" in schema or "additionalProperties" in schema):
            found.append((schema_name, cls))
    return sorted(found)


def test_the_spec_maps_onto_most_generated_models() -> None:
    assert len(schema_models()) >= 50


@pytest.mark.parametrize(("schema_name", "class_name"), schema_models())
@pytest.mark.parametrize("optional", [True, False], ids=["all-properties", "required-only"])
def test_every_model_parses_like_the_stock_templates(
    stock: ModuleType, schema_name: str, class_name: str, optional: bool
) -> None:
    builder = Instances(optional)
    for _ in range(3):
        payload = builder.object(load_spec()["components"]["schemas"][schema_name], 0)
        assert_same(getattr(ours_models, class_name), getattr(stock, class_name), payload)


@pytest.mark.parametrize(("fixture", "class_name"), sorted(FIXTURE_MODELS.items()))
def test_fixtures_parse_like_the_stock_templates(stock: ModuleType, fixture: str, class_name: str) -> None:
    assert_same(getattr(ours_models, class_name), getattr(stock, class_name), load_fixture(fixture))


def test_every_fixture_is_compared() -> None:
    """Each fixture that is the body of one schema is in the comparison below (none silently left out)."""
    from tests.test_fixtures import NOT_A_SCHEMA

    assert {p.name for p in FIXTURES.glob("*.json")} == set(FIXTURE_SCHEMAS) | set(NOT_A_SCHEMA)
    assert all(class_for_schema(schema) for schema in FIXTURE_SCHEMAS.values())


@pytest.mark.parametrize(("fixture", "schema_name"), sorted(FIXTURE_SCHEMAS.items()))
def test_every_fixture_parses_like_the_stock_templates_model_by_model(
    stock: ModuleType, fixture: str, schema_name: str
) -> None:
    """Same repr and to_dict as the stock templates, for the fixture's model and for every model the
    fixture builds inside it (each nested model compared on its own, with its own payload)."""
    class_name = class_for_schema(schema_name)
    assert class_name is not None
    payload = load_fixture(fixture)
    assert_same(getattr(ours_models, class_name), getattr(stock, class_name), payload)
    ours = getattr(ours_models, class_name).from_dict(payload)
    theirs = getattr(stock, class_name).from_dict(payload)
    pairs = list(nested_models(ours, theirs))
    assert pairs, "the fixture's own model is compared too"
    for mine, stocks in pairs:
        assert type(mine).__name__ == type(stocks).__name__
        assert UNSET_REPR.sub("UNSET", repr(mine)) == UNSET_REPR.sub("UNSET", repr(stocks))
        assert mine.to_dict() == stocks.to_dict()
        for name in attrs.fields_dict(type(mine)):
            value, expected = getattr(mine, name), getattr(stocks, name)
            # The same type, or the same class of the other package (a model, Unset).
            assert type(value) is type(expected) or (
                type(value).__qualname__ == type(expected).__qualname__
                and type(expected).__module__.startswith("jobo_client_stock.")
            ), name
            if isinstance(expected, uuid.UUID):
                assert (value.int, value.is_safe) == (expected.int, expected.is_safe)


def nested_models(ours: Any, theirs: Any) -> Iterator[tuple[Any, Any]]:
    """Pairs of models at the same place in two parsed trees, the roots first."""
    if attrs.has(type(ours)):
        yield ours, theirs
        for name in attrs.fields_dict(type(ours)):
            yield from nested_models(getattr(ours, name), getattr(theirs, name))
    elif isinstance(ours, list) and isinstance(theirs, list):
        for a, b in zip(ours, theirs, strict=True):
            yield from nested_models(a, b)
    elif isinstance(ours, dict) and isinstance(theirs, dict):
        for key in ours:
            yield from nested_models(ours[key], theirs[key])


UUID_TEXTS = [
    "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
    "A1B2C3D4-E5F6-7890-ABCD-EF1234567890",
    "{a1b2c3d4-e5f6-7890-abcd-ef12345678}",
    "urn:uuid:a1b2c3d4-e5f6-7890-abcd-ef1234567890",
    "a1b2c3d4e5f67890abcdef1234567890",
    "a1b2c3d4-e5f6-7890-abcd-ef123456789g",
    "a1b2c3d4-e5f6-7890-abcd_ef1234567890",
    "a1b2c3d4_e5f6_7890_abcd_ef1234567890",
    "0xb2c3d4-e5f6-7890-abcd-ef1234567890",
    " a1b2c3d-e5f6-7890-abcd-ef1234567890",
    "+a1b2c3d-e5f6-7890-abcd-ef1234567890",
    "a1b2c3d4--e5f6-7890abcd-ef1234567890",
    "uuid:a1b2c3d4-e5f6-7890-abcd-ef12345",
    "a1b2c3d4-e5f6-7890-abcd-ef1234567890\n",
    "",
    "٠١٢٣٤٥٦٧-٨٩٠١-٢٣٤٥-٦٧٨٩-٠١٢٣٤٥٦٧٨٩٠١",
]


def uuid_outcome(parse: Any, value: Any) -> tuple[str, Any]:
    try:
        made = parse(value)
    except Exception as exc:
        return "error", (type(exc), str(exc))
    return "ok", (type(made), made.int, made.is_safe, str(made), made.version)


@pytest.mark.parametrize("value", [*UUID_TEXTS, 123, None, b"a1b2c3d4e5f67890abcdef1234567890"], ids=repr)
def test_parse_uuid_is_uuid(value: Any) -> None:
    from jobo_client.types import parse_uuid

    assert uuid_outcome(parse_uuid, value) == uuid_outcome(uuid.UUID, value)


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.uuids().map(str),
        st.text(alphabet="0123456789abcdefABCDEF-_ {}+xurnid:\u0660", min_size=30, max_size=40),
        st.text(min_size=36, max_size=36),
    )
)
def test_parse_uuid_is_uuid_for_any_text(value: str) -> None:
    from jobo_client.types import parse_uuid

    assert uuid_outcome(parse_uuid, value) == uuid_outcome(uuid.UUID, value)


def test_a_missing_required_field_raises_the_same_key_error(stock: ModuleType) -> None:
    job = load_fixture("job.json")
    for field in ("id", "title", "created_at", "updated_at"):
        payload = {k: v for k, v in job.items() if k != field}
        with pytest.raises(KeyError) as caught:
            ours_models.Job.from_dict(payload)
        assert caught.value.args == (field,)
        assert_same(ours_models.Job, stock.Job, payload)


def test_additional_properties_are_a_copy_and_only_the_unknown_members() -> None:
    payload = load_fixture("job.json") | {"brand_new": {"x": 1}}
    job = ours_models.Job.from_dict(payload)
    assert job.additional_properties == {"brand_new": {"x": 1}}
    job.additional_properties["added"] = True
    assert "added" not in payload
    plain = ours_models.Job.from_dict(load_fixture("job.json"))
    assert plain.additional_properties == {}
    assert (
        plain.additional_properties
        is not ours_models.Job.from_dict(load_fixture("job.json")).additional_properties
    )


# ------------------------------------------------------------------------------------------------
# Malformed payloads: random edits of real ones
# ------------------------------------------------------------------------------------------------

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10**6),
    st.floats(allow_nan=False),
    st.text(max_size=8),
    st.sampled_from(["2026-13-01T00:00:00Z", "not-a-uuid", "2026-03-01T12:00:00Z", str(uuid.UUID(int=7))]),
)
VALUES = st.one_of(
    SCALARS,
    st.lists(st.one_of(SCALARS, st.lists(SCALARS, max_size=2)), max_size=3),
    st.dictionaries(st.sampled_from(["id", "name", "x", "city", "skills"]), SCALARS, max_size=3),
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, sub in value.items():
            found.extend(paths(sub, (*prefix, key)))
    elif isinstance(value, list):
        for index, sub in enumerate(value):
            found.extend(paths(sub, (*prefix, index)))
    return found


def edit(payload: Any, path: tuple[Any, ...], action: str, value: Any) -> Any:
    out = copy.deepcopy(payload)
    parent = out
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if action == "delete" and isinstance(parent, dict):
        del parent[last]
    elif action == "extra" and isinstance(parent, dict):
        parent[f"new_{last}"] = value
    else:
        parent[last] = value
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_edited_payloads_parse_or_fail_like_the_stock_templates(
    stock: ModuleType, data: st.DataObject
) -> None:
    fixture, class_name = data.draw(st.sampled_from(sorted(FIXTURE_MODELS.items())))
    payload = load_fixture(fixture)
    for _ in range(data.draw(st.integers(1, 3))):
        candidates = paths(payload)
        if not candidates:
            break
        path = data.draw(st.sampled_from(candidates))
        payload = edit(
            payload, path, data.draw(st.sampled_from(["set", "delete", "extra"])), data.draw(VALUES)
        )
    assert_same(getattr(ours_models, class_name), getattr(stock, class_name), payload)


def test_type_hints_of_models_resolve() -> None:
    """With the imports at module level the annotations resolve at run time (they did not before)."""
    hints = typing.get_type_hints(ours_models.Job)
    assert hints["company"] == ours_models.JobCompany | None | Unset


# ------------------------------------------------------------------------------------------------
# How from_dict builds an instance: slots set directly, unknown members found by counting
# ------------------------------------------------------------------------------------------------


def models_with_optional_members() -> list[tuple[str, str]]:
    found = []
    for schema_name, class_name in schema_models():
        schema = load_spec()["components"]["schemas"][schema_name]
        optional = set(schema.get("properties", {})) - set(schema.get("required", []))
        if optional and schema.get("additionalProperties") is not False:
            found.append((schema_name, class_name))
    return found


@pytest.mark.parametrize(("schema_name", "class_name"), models_with_optional_members())
def test_an_unknown_member_in_place_of_a_known_one_is_kept(
    stock: ModuleType, schema_name: str, class_name: str
) -> None:
    """from_dict looks for unknown members only when ``len(d)`` differs from the known members it found
    (absent optional ones are UNSET); dropping one known member and adding one unknown keeps the length
    equal to the full count, so a wrong count would lose the unknown one."""
    schema = load_spec()["components"]["schemas"][schema_name]
    full = Instances(optional=True).object(schema, 3)  # depth 3: no unknown members of its own
    full = {k: v for k, v in full.items() if k in schema.get("properties", {})}
    optional = [name for name in schema.get("properties", {}) if name not in schema.get("required", [])]
    for name in optional:
        payload = {k: v for k, v in full.items() if k != name} | {"not_in_the_spec": [1, 2]}
        assert_same(getattr(ours_models, class_name), getattr(stock, class_name), payload)
        if parse(getattr(stock, class_name), payload)[0] == "ok":
            model = getattr(ours_models, class_name).from_dict(payload)
            assert model.additional_properties == {"not_in_the_spec": [1, 2]}


@pytest.mark.parametrize("extra", [{}, {"brand_new": 1}])
def test_a_member_whose_value_is_unset_itself_is_not_an_unknown_member(extra: dict[str, Any]) -> None:
    """Such a member is present but not counted, so the count differs and the exact test decides."""
    from jobo_client.types import UNSET

    job = ours_models.Job.from_dict(load_fixture("job.json") | {"summary": UNSET} | extra)
    assert job.summary is UNSET
    assert job.additional_properties == extra


def test_a_subclass_is_built_through_its_own_init() -> None:
    """The direct slot assignment is only for the generated class itself: a subclass gets ``cls(...)``,
    as with the stock templates, so an overridden ``__init__`` still runs."""
    calls: list[str] = []

    class Tracked(ours_models.JobCompany):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            calls.append("init")
            super().__init__(*args, **kwargs)

    payload = load_fixture("job.json")["company"] | {"extra": True}
    made = Tracked.from_dict(payload)
    assert type(made) is Tracked
    assert calls == ["init"]
    assert made.to_dict() == ours_models.JobCompany.from_dict(payload).to_dict()
    assert made.additional_properties == {"extra": True}


@pytest.mark.parametrize("class_name", sorted(model_classes()))
def test_models_have_nothing_that_init_would_run(class_name: str) -> None:
    """from_dict sets the slots of a new instance without calling ``__init__``; that is the same object
    only while the attrs class has no validators, converters, on_setattr hooks or init hooks."""
    cls = model_classes()[class_name]
    for field in attrs.fields(cls):
        assert field.validator is None and field.converter is None and field.on_setattr is None, field.name
    assert not hasattr(cls, "__attrs_post_init__") and not hasattr(cls, "__attrs_pre_init__")
    assert vars(cls).get("__setattr__", object.__setattr__) is object.__setattr__
    assert "__slots__" in vars(cls)


# ------------------------------------------------------------------------------------------------
# Nested models built inline in their parent's from_dict (openapi/templates/inline_model.jinja)
# ------------------------------------------------------------------------------------------------


def inlined_leaves() -> dict[str, set[str]]:
    """Per model module, the classes its from_dict builds inline (their _PROPERTY_NAMES imported)."""
    found: dict[str, set[str]] = {}
    for name, cls in model_classes().items():
        module = sys.modules[cls.__module__]
        leaves = {
            attr.removeprefix("_").removesuffix("_PROPERTY_NAMES")
            for attr in vars(module)
            if attr.endswith("_PROPERTY_NAMES") and attr != "_PROPERTY_NAMES"
        }
        if leaves:
            found[name] = leaves
    return found


def test_the_feed_models_build_their_leaves_inline() -> None:
    leaves = inlined_leaves()
    qualifications = {"JobQualifications", "QualificationBucket", "QualificationSkill"}
    assert leaves["Job"] == {"JobCompany", "JobCompensation", "JobLocation"} | qualifications
    assert leaves["JobQualifications"] == {"QualificationBucket", "QualificationSkill"}
    assert leaves["QualificationBucket"] == {"QualificationSkill"}


@pytest.mark.parametrize("fixture", ["job.json", "job-sparse.json", "feed-page-first.json"])
def test_inline_leaves_do_not_call_their_own_from_dict(
    stock: ModuleType, fixture: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With every inlined leaf's from_dict disabled, the feed fixtures still parse like the stock
    templates: the comparisons exercise the inline code, not the leaf's own from_dict. (Other models
    still call a leaf's from_dict where no fast path applies, e.g. typed additional properties.)"""
    class_name = FIXTURE_MODELS[fixture]

    def refuse(cls: type[Any], src_dict: Any) -> Any:
        raise AssertionError(f"{cls.__name__}.from_dict called")

    modules = {sys.modules[cls.__module__] for cls in model_classes().values()}
    leaves = ("JobCompany", "JobCompensation", "JobLocation", "JobQualifications", "QualificationBucket")
    for leaf in (*leaves, "QualificationSkill"):
        monkeypatch.setattr(getattr(ours_models, leaf), "from_dict", classmethod(refuse))
        for module in modules:  # the bound X.from_dict a parent would call
            if hasattr(module, f"_{leaf}_from_dict"):
                monkeypatch.setattr(module, f"_{leaf}_from_dict", getattr(ours_models, leaf).from_dict)
    assert_same(getattr(ours_models, class_name), getattr(stock, class_name), load_fixture(fixture))


def object_paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every JSON object below the root."""
    if isinstance(value, dict):
        if prefix:
            yield prefix
        for key, sub in value.items():
            yield from object_paths(sub, (*prefix, key))
    elif isinstance(value, list):
        for index, sub in enumerate(value):
            yield from object_paths(sub, (*prefix, index))


def replaced(payload: Any, path: tuple[Any, ...], value: Any) -> Any:
    out = copy.deepcopy(payload)
    parent = out
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return out


def nested_object_edits(obj: dict[str, Any]) -> Iterator[Any]:
    """Each member dropped, swapped for an unknown one (same length) or set to null, an unknown one
    added, the object as a list of pairs, as a string and as an empty list."""
    for key in obj:
        yield {k: v for k, v in obj.items() if k != key}
        yield {k: v for k, v in obj.items() if k != key} | {"not_in_the_spec": [1]}
        yield obj | {key: None}
    yield obj | {"not_in_the_spec": {"x": 1}}
    yield list(obj.items())
    yield "not an object"
    yield []


@pytest.mark.parametrize(("fixture", "class_name"), sorted(FIXTURE_MODELS.items()))
def test_every_nested_object_edit_parses_like_the_stock_templates(
    stock: ModuleType, fixture: str, class_name: str
) -> None:
    """Every object inside each fixture, edited every way ``nested_object_edits`` knows, one at a time:
    an inline leaf must build, keep unknown members and fail exactly as the stock templates do."""
    payload = load_fixture(fixture)
    edits = 0
    for path in object_paths(payload):
        original = payload
        for step in path:
            original = original[step]
        for value in nested_object_edits(original):
            assert_same(
                getattr(ours_models, class_name), getattr(stock, class_name), replaced(payload, path, value)
            )
            edits += 1
    if fixture in ("job.json", "feed-page-first.json"):
        assert edits > 100


@pytest.mark.parametrize("extra", [{}, {"brand_new": 1}])
def test_an_inline_leaf_member_whose_value_is_unset_itself_is_not_an_unknown_member(
    extra: dict[str, Any],
) -> None:
    """As for a model's own from_dict (above): the count differs, so the exact subset test decides."""
    from jobo_client.types import UNSET

    payload = load_fixture("job.json")
    payload["company"] = payload["company"] | {"summary": UNSET} | extra
    payload["locations"] = [payload["locations"][0] | {"city": UNSET} | extra]
    job = ours_models.Job.from_dict(payload)
    assert isinstance(job.company, ours_models.JobCompany) and isinstance(job.locations, list)
    assert job.company.summary is UNSET and job.locations[0].city is UNSET
    assert job.company.additional_properties == extra == job.locations[0].additional_properties


#: Schemas the real spec lacks: a model that contains a list of itself, and a chain of single models
#: one level deeper than inline_model.jinja builds inline (Alpha -> Beta -> Gamma -> Delta -> Omega).
NESTING_SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "nesting", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Node": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                },
            },
            "Leaf": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string", "format": "uuid"}, "label": {"type": "string"}},
            },
            "Tree": {
                "type": "object",
                "required": ["root"],
                "properties": {
                    "root": {"$ref": "#/components/schemas/Node"},
                    "leaves": {"type": "array", "items": {"$ref": "#/components/schemas/Leaf"}},
                    "first": {"$ref": "#/components/schemas/Leaf"},
                },
            },
            **{
                name: {
                    "type": "object",
                    "properties": {"next": {"$ref": f"#/components/schemas/{following}"}},
                }
                for name, following in (
                    ("Alpha", "Beta"),
                    ("Beta", "Gamma"),
                    ("Gamma", "Delta"),
                    ("Delta", "Omega"),
                )
            },
            "Omega": {"type": "object", "required": ["x"], "properties": {"x": {"type": "string"}}},
        }
    },
}


@pytest.fixture(scope="module")
def nesting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ModuleType, ModuleType]]:
    """NESTING_SPEC generated with our templates (``nesting_ours``) and with the stock ones."""
    if not GENERATOR.exists():
        pytest.skip("openapi-python-client is not installed")
    tmp = tmp_path_factory.mktemp("nesting")
    spec = tmp / "nesting.json"
    spec.write_text(json.dumps(NESTING_SPEC), encoding="utf-8")
    for name, templates in (
        ("nesting_ours", ["--custom-template-path", str(ROOT / "openapi" / "templates")]),
        ("nesting_stock", []),
    ):
        subprocess.run(
            [
                str(GENERATOR),
                "generate",
                "--path",
                str(spec),
                "--config",
                str(ROOT / "openapi" / "generator-config.yaml"),
                "--meta",
                "none",
                "--output-path",
                str(tmp / name),
                *templates,
            ],
            check=True,
            cwd=tmp,
            capture_output=True,
            timeout=300,
        )
    sys.path.insert(0, str(tmp))
    try:
        yield importlib.import_module("nesting_ours.models"), importlib.import_module("nesting_stock.models")
    finally:
        sys.path.remove(str(tmp))
        for name in [m for m in sys.modules if m.split(".")[0] in ("nesting_ours", "nesting_stock")]:
            del sys.modules[name]


def test_recursive_and_deep_models_stop_inlining_where_they_must(
    nesting: tuple[ModuleType, ModuleType],
) -> None:
    """Generation terminates for a recursive model, which is never inlined (it calls its from_dict),
    and a chain is inlined at most three levels down."""
    ours, _ = nesting
    names = {
        module: {
            a.removeprefix("_").removesuffix("_PROPERTY_NAMES")
            for a in vars(module)
            if a.endswith("_PROPERTY_NAMES") and a != "_PROPERTY_NAMES"
        }
        for module in (
            sys.modules[getattr(ours, c).__module__]
            for c in ("Tree", "Node", "Alpha", "Beta", "Gamma", "Delta")
        )
    }
    by_class = {module.__name__.rsplit(".", 1)[-1]: inlined for module, inlined in names.items()}
    assert by_class == {
        "tree": {"Leaf"},
        "node": set(),
        "alpha": set(),
        "beta": {"Gamma", "Delta", "Omega"},
        "gamma": {"Delta", "Omega"},
        "delta": {"Omega"},
    }


NESTING_PAYLOADS = [
    (
        "Tree",
        {
            "root": {"name": "r", "children": [{"name": "a", "children": [{"name": "b", "children": []}]}]},
            "leaves": [{"id": str(uuid.UUID(int=1)), "label": "x"}, {"id": str(uuid.UUID(int=2)), "more": 1}],
            "first": {"id": str(uuid.UUID(int=3))},
        },
    ),
    ("Tree", {"root": {"name": "r"}, "leaves": [{"label": "no id"}]}),
    ("Tree", {"root": {"name": "r"}, "leaves": [{"id": "not-a-uuid"}]}),
    ("Tree", {"root": {"name": "r"}, "first": [("id", str(uuid.UUID(int=4)))], "extra": True}),
    ("Tree", {"root": {"name": "r"}, "leaves": "xy"}),
    ("Alpha", {"next": {"next": {"next": {"next": {"x": "deep", "y": 1}, "z": 2}}}}),
    ("Alpha", {"next": {"next": {"next": {"next": {"y": "no x"}}}}}),
    ("Beta", {"next": {"next": {"next": {"x": "d"}, "unknown": [1]}}}),
    ("Beta", {"next": {"next": {"next": "not an object"}}}),
    ("Beta", {"next": {"next": [("next", {"x": "pairs"})]}}),
    ("Gamma", {"next": {"next": {}}}),
    ("Delta", {"next": None}),
]


@pytest.mark.parametrize(("class_name", "payload"), NESTING_PAYLOADS)
def test_recursive_and_deep_models_parse_like_the_stock_templates(
    nesting: tuple[ModuleType, ModuleType], class_name: str, payload: dict[str, Any]
) -> None:
    ours, stock = nesting
    unset = re.compile(r"<nesting_(ours|stock)\.types\.Unset object at 0x[0-9a-f]+>")
    got = parse(getattr(ours, class_name), payload)
    expected = parse(getattr(stock, class_name), payload)
    if expected[0] == "ok":
        assert got[0] == "ok"
        assert unset.sub("UNSET", got[1][0]).replace("nesting_ours", "M") == unset.sub(
            "UNSET", expected[1][0]
        ).replace("nesting_stock", "M")
        assert got[1][1] == expected[1][1]
    else:
        assert got[0] == "error" and type(got[1]) is type(expected[1]) and got[1].args == expected[1].args
