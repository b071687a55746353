"""A response fuzzer for every operation of the spec (issue 13, item 15).

For each operation in ``openapi/jobo.yaml`` (enumerated, not listed here) and each facade method that
calls it — plain calls and iterators, sync and async — an in-memory ``httpx.MockTransport`` answers
with responses drawn from the spec's own schemas and with hostile variants of them: members dropped,
nulled or given the wrong type, huge and non-finite numbers, random bytes, truncated and deeply nested
bodies, random status codes, content types, ``Retry-After`` and usage headers, and connection failures.
The answers of one example are served in a cycle, so a retry meets the next one.

Property: the facade call returns its model (an iterator ends) or raises a ``JoboError`` subclass — or
``ValueError``/``TypeError`` before anything is sent — never anything else, and never sends more requests
than the retry policy allows.

hypothesis-jsonschema 0.23.1 does not run with the pinned Hypothesis (6.170.15: ``'many' object has no
attribute 'more'`` for every object schema) and schemathesis' generator is internal, so
:func:`from_schema` below turns the spec's schemas into strategies itself. It knows exactly the keywords
the spec uses and raises on any other, so a schema change that it cannot follow fails here loudly.
"""

from __future__ import annotations

import datetime
import inspect
import io
import json
import re
import typing
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from jobo_ext import AsyncJoboClient, JoboClient, JoboError, RetryPolicy
from tests.facade_helpers import KEY, collect, run
from tests.spec_utils import iter_operations, load_spec

SPEC = load_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
FIXED_UUID = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"

# About a minute for the whole file on this machine (2 cores, shared): examples per (method, mode),
# more for the iterators, whose loops are the costly way to fail.
EXAMPLES = 30
ITERATOR_EXAMPLES = 60
FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same examples on every run: a failure here reproduces
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)

# -- strategies from the spec's schemas ---------------------------------------------------------------

_KEYWORDS = {
    "type",
    "$ref",
    "properties",
    "items",
    "additionalProperties",
    "format",
    "required",
    "anyOf",
    "minimum",
    "maximum",
    "enum",
    "default",
    "minItems",
    "minLength",
    "maxLength",
    "description",
    "example",
    "examples",
}
_FORMATS: dict[str, SearchStrategy[Any]] = {
    "uuid": st.uuids().map(str),
    "date-time": st.datetimes(min_value=datetime.datetime(1970, 1, 1), timezones=st.just(datetime.UTC)).map(
        lambda d: d.isoformat().replace("+00:00", "Z")
    ),
    "binary": st.text(max_size=5),
    "int64": st.integers(min_value=-(2**63), max_value=2**63 - 1),
}
JSON_SCALARS: SearchStrategy[Any] = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
JSON_VALUES: SearchStrategy[Any] = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


def from_schema(schema: dict[str, Any]) -> SearchStrategy[Any]:
    """Values valid for ``schema`` (a spec schema; ``$ref`` resolved inside ``components/schemas``)."""
    unknown = set(schema) - _KEYWORDS
    if unknown:
        raise NotImplementedError(f"from_schema does not know {sorted(unknown)}: extend it")
    if "$ref" in schema:
        return st.deferred(lambda: from_schema(SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]))
    if "anyOf" in schema:
        return st.one_of([from_schema(branch) for branch in schema["anyOf"]])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([from_schema({**schema, "type": one}) for one in kind])
    if kind == "object" or (kind is None and "properties" in schema):
        return _object(schema)
    if kind == "array":
        low = schema.get("minItems", 0)
        return st.lists(from_schema(schema.get("items", {})), min_size=low, max_size=low + 2)
    if kind == "string":
        fmt = schema.get("format")
        if fmt is not None and fmt not in _FORMATS:
            raise NotImplementedError(f"from_schema does not know format {fmt!r}: extend it")
        if fmt:
            return _FORMATS[fmt]
        low = schema.get("minLength", 0)
        return st.text(min_size=low, max_size=schema.get("maxLength", low + 12))
    if kind == "integer":
        if schema.get("format") == "int64" and "minimum" not in schema:
            return _FORMATS["int64"]
        low, high = schema.get("minimum"), schema.get("maximum")
        # Small values half the time: page numbers and counts a scan can actually reach.
        near = st.integers(
            min_value=low or 0, max_value=min((low or 0) + 4, high if high is not None else 2**31)
        )
        return near | st.integers(min_value=low, max_value=high)
    if kind == "number":
        return st.floats(
            min_value=schema.get("minimum"),
            max_value=schema.get("maximum"),
            allow_nan=False,
            allow_infinity=False,
        )
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind is None:
        return JSON_VALUES
    raise NotImplementedError(f"from_schema does not know type {kind!r}")


def _object(schema: dict[str, Any]) -> SearchStrategy[dict[str, Any]]:
    properties: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", []))
    members = {name: from_schema(sub) for name, sub in properties.items()}
    extra = schema.get("additionalProperties", False)
    extra_values = from_schema(extra) if isinstance(extra, dict) else JSON_VALUES

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, strategy in members.items():
            if name in required or draw(st.booleans()):
                out[name] = draw(strategy)
        if extra is not False and draw(st.integers(0, 3)) == 0:
            out[draw(st.text(min_size=1, max_size=6).filter(lambda k: k not in properties))] = draw(
                extra_values
            )
        return out

    return build()


# -- hostile variants ---------------------------------------------------------------------------------

WRONG_TYPES: SearchStrategy[Any] = st.sampled_from(
    [None, "", "text", 0, -1, 10**400, 1.5, 1e308, float("inf"), float("nan"), True, [], {}, [1], {"a": 1}]
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _replace(value: Any, path: tuple[Any, ...], new: Any, delete: bool = False) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        copy = dict(value)
        if delete and not rest:
            copy.pop(head, None)
        else:
            copy[head] = _replace(value[head], rest, new, delete)
        return copy
    copy_list = list(value)
    if delete and not rest:
        del copy_list[head]
    else:
        copy_list[head] = _replace(value[head], rest, new, delete)
    return copy_list


@st.composite
def hostile(draw: st.DrawFn, valid: SearchStrategy[Any]) -> bytes:
    """A response body: valid for the schema, or a hostile variant of one."""
    value = draw(valid)
    how = draw(
        st.sampled_from(
            ["valid"] * 5 + ["drop", "null", "retype", "truncate", "bytes", "empty", "nest", "json"]
        )
    )
    if how in ("drop", "null", "retype"):
        paths = [p for p in _paths(value) if p]
        if paths:
            path = draw(st.sampled_from(paths))
            new = None if how == "null" else draw(WRONG_TYPES)
            value = _replace(value, path, new, delete=how == "drop")
        else:
            value = draw(WRONG_TYPES)
    if how == "bytes":
        return draw(st.binary(max_size=64))
    if how == "empty":
        return b""
    if how == "nest":
        depth = draw(st.sampled_from([50, 5_000, 200_000]))
        return b"[" * depth + b"]" * depth
    if how == "json":
        value = draw(JSON_VALUES)
    text = json.dumps(value).encode()  # non-finite floats become NaN/Infinity, which json.loads accepts
    if how == "truncate" and text:
        return text[: draw(st.integers(0, len(text) - 1))]
    return text


HEADER_TEXT = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=16)
NUMBERS = st.sampled_from(
    ["0", "1", "5", "-1", "0.5", "1_0", "inf", "-inf", "nan", "1e400", "99999999999999999999"]
)
RETRY_AFTER = NUMBERS | st.sampled_from(["5, 100", "Wed, 21 Oct 2015 07:28:00 GMT", "", "soon"]) | HEADER_TEXT
USAGE_HEADERS = [
    "X-RateLimit-Limit",
    "X-RateLimit-Remaining",
    "X-RateLimit-Reset",
    "X-Credits-Deducted",
    "X-Credits-Balance",
    "X-Credits-Required",
]
CONTENT_TYPES = (
    st.sampled_from(
        [
            "application/json",
            "application/problem+json",
            "application/json; charset=utf-8",
            "text/html",
            "text/plain",
        ]
    )
    | HEADER_TEXT
)
FAILURES = st.sampled_from(
    [httpx.ConnectError, httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError]
)


class Answer(typing.NamedTuple):
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    failure: type[httpx.TransportError] | None = None


def _success(op: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    code = min(c for c in op["responses"] if c.startswith("2"))
    return int(code), op["responses"][code]["content"]["application/json"]["schema"]


def _error_schema(op: dict[str, Any], status: int) -> dict[str, Any] | None:
    response = op["responses"].get(str(status))
    if response is None:
        return None
    if "$ref" in response:
        response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    for content in response.get("content", {}).values():
        schema: dict[str, Any] = content["schema"]
        return schema
    return None


@st.composite
def paging_lies(draw: st.DrawFn, style: str, schema: dict[str, Any], value: dict[str, Any]) -> dict[str, Any]:
    """A valid page whose paging members lie: Hypothesis's simplest examples (empty lists, page 1 of 0)
    end every scan at once, so the members that keep a scan going are drawn here on purpose."""
    if "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    properties = schema.get("properties", {})
    value = dict(value)
    if style == "page":
        value["page"] = draw(st.integers(-3, 4))
        value["total_pages"] = draw(st.integers(0, 6))
        rows = next(name for name, sub in properties.items() if sub.get("type") == "array")
        if not value.get(rows):
            value[rows] = [draw(from_schema(properties[rows]["items"]))]
    else:
        value["has_more"] = True
        value["next_cursor"] = draw(st.sampled_from(["c1", "c2", "c3"]))
    return value


@st.composite
def answers(draw: st.DrawFn, op: dict[str, Any]) -> Answer:
    success, schema = _success(op)
    roll = draw(st.integers(0, 9))
    if roll == 0:
        return Answer(0, [], b"", draw(FAILURES))
    if roll <= 3:
        # A well-formed success: what an iterator needs several of in a row to show a loop.
        value = draw(from_schema(schema))
        if roll == 3 and op.get("x-jobo-pagination") in ("page", "cursor"):
            value = draw(paging_lies(op["x-jobo-pagination"], schema, value))
        return Answer(success, [("Content-Type", "application/json")], json.dumps(value).encode())
    documented = sorted(int(c) for c in op["responses"])
    status = draw(
        st.sampled_from([success, success, success])
        | st.sampled_from(documented)
        | st.integers(100, 599)
        | st.sampled_from([200, 201, 202, 203, 204, 206, 299])
    )
    body_schema = schema if 200 <= status <= 299 else _error_schema(op, status) or {}
    body = draw(hostile(from_schema(body_schema)))
    headers = [("Content-Type", draw(CONTENT_TYPES))] if draw(st.integers(0, 5)) else []
    if draw(st.booleans()):
        headers.append(("Retry-After", draw(RETRY_AFTER)))
    for name in draw(st.lists(st.sampled_from(USAGE_HEADERS), max_size=3, unique=True)):
        headers.append((name, draw(NUMBERS | HEADER_TEXT)))
    if draw(st.booleans()):
        headers.append(("X-Request-Id", draw(HEADER_TEXT)))
    if draw(st.integers(0, 19)) in (4, 11):  # not 0: Hypothesis favours it (simplest) far beyond 1 in 20
        # A body that claims a compression it does not have: httpx fails while decoding it.
        headers.append(("Content-Encoding", draw(st.sampled_from(["gzip", "deflate", "br", "identity"]))))
    return Answer(status, headers, body)


# -- the facade methods of each operation, with arguments from the spec ------------------------------------


def _snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def _resources(client: Any) -> Iterator[tuple[str, Any]]:
    """``(dotted path, resource)`` for every resource object reachable from the client."""
    for name, value in vars(client).items():
        if type(value).__module__.startswith("jobo_ext.resources."):
            yield name, value
            for sub, inner in vars(value).items():
                if type(inner).__module__.startswith("jobo_ext.resources.") and sub != "_client":
                    yield f"{name}.{sub}", inner


def _methods(operation_id: str) -> list[tuple[str, str]]:
    """``(resource path, method name)`` of every facade method that calls the operation."""
    client = JoboClient(api_key=KEY, base_url="https://api.test")
    found = []
    for path, resource in _resources(client):
        for name, member in inspect.getmembers(type(resource), inspect.isfunction):
            module = getattr(member, "__jobo_operation__", None)
            if module is not None and module.__name__.rsplit(".", 1)[1] == _snake(operation_id):
                found.append((path, name))
    client.close()
    return sorted(found)


def _minimal(schema: dict[str, Any], name: str) -> Any:
    """The smallest valid value of a required argument's schema."""
    if "$ref" in schema:
        return _minimal(SCHEMAS[schema["$ref"].rsplit("/", 1)[1]], name)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        return {k: _minimal(schema["properties"][k], k) for k in schema.get("required", [])}
    if kind == "array":
        return [_minimal(schema.get("items", {}), name) for _ in range(schema.get("minItems", 0))]
    if schema.get("format") == "uuid":
        return FIXED_UUID
    if schema.get("format") == "binary":
        upload = io.BytesIO(b"Jane Doe, engineer")
        upload.name = f"{name}.txt"  # the facade checks the extension before sending
        return upload
    if kind == "integer":
        return schema.get("minimum", 1)
    return "Berlin"


def _arguments(method: Any, op: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    """Arguments for the facade method's required parameters, each from its schema in the spec."""
    schemas: dict[str, Any] = {}
    for parameter in op.get("parameters", []):
        if "$ref" in parameter:
            parameter = SPEC["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        schemas[parameter["name"]] = parameter["schema"]
    for content in op.get("requestBody", {}).get("content", {}).values():
        body = content["schema"]
        body = SCHEMAS[body["$ref"].rsplit("/", 1)[1]] if "$ref" in body else body
        schemas.update(body.get("properties", {}))
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if name == "self" or parameter.default is not inspect.Parameter.empty:
            continue
        value = _minimal(schemas[name], name)
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[name] = value
        else:
            args.append(value)
    return args, kwargs


# Facade-only parameters a fuzzed call sets, with the reason.
FACADE_OPTIONS = {
    # Polling the import would be further calls of another operation; one call is fuzzed at a time.
    "import_resume": {"wait": False},
}

TARGETS = [
    pytest.param(method, path, name, op, id=f"{op['operationId']}-{path}.{name}")
    for method, _, op in iter_operations()
    for path, name in _methods(op["operationId"])
]


# -- the bound on requests -----------------------------------------------------------------------------


def allowed_requests(policy: RetryPolicy) -> int:
    """The most requests one call may send, whatever the answers: the first plus every retry."""
    return policy.max_retries_total + 1


# -- the property ----------------------------------------------------------------------------------------


class Served:
    """The transport's side: answers ``cycle`` in turn and counts requests by route."""

    CAP = 2_000  # a runaway loop fails the example instead of hanging the suite

    def __init__(self, cycle: list[Answer]) -> None:
        self.cycle = cycle
        self.requests: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(f"{request.method} {request.url.path}")
        if len(self.requests) > self.CAP:
            raise AssertionError(f"runaway: more than {self.CAP} requests")
        answer = self.cycle[(len(self.requests) - 1) % len(self.cycle)]
        if answer.failure is not None:
            raise answer.failure("fuzzed failure", request=request)
        # A stream, as from the network: ``content=`` would make httpx decode (and fail on) a lying
        # Content-Encoding here, in the test, instead of in the client under test.
        return httpx.Response(answer.status, headers=answer.headers, stream=httpx.ByteStream(answer.body))


async def _no_sleep(seconds: float) -> None:
    return None


def _expected_type(method: Any) -> Any:
    hint = typing.get_type_hints(method)["return"]
    return typing.get_origin(hint) or hint


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("http_method", "resource", "name", "op"), TARGETS)
def test_fuzzed_responses_give_a_model_or_a_jobo_error(
    mode: str, http_method: str, resource: str, name: str, op: dict[str, Any]
) -> None:
    cls = JoboClient if mode == "sync" else AsyncJoboClient
    policy = RetryPolicy(sleep=lambda s: None, async_sleep=_no_sleep)
    method = getattr(type(_resource(cls(api_key=KEY), resource)), name)
    iterator = inspect.isasyncgenfunction(method) or inspect.isgeneratorfunction(method)
    expected = _expected_type(method)

    @settings(FUZZ_SETTINGS, max_examples=ITERATOR_EXAMPLES if iterator else EXAMPLES)
    @given(cycle=st.lists(answers(op), min_size=1, max_size=3))
    def check(cycle: list[Answer]) -> None:
        served = Served(cycle)
        client = cls(
            api_key=KEY,
            base_url="https://api.test",
            retry_policy=policy,
            transport=httpx.MockTransport(served),
        )
        args, kwargs = _arguments(method, op)  # afresh: an upload is a stream the call consumes
        kwargs.update(FACADE_OPTIONS.get(name, {}))
        try:
            call = getattr(_resource(client, resource), name)(*args, **kwargs)
            result = collect(call, limit=100_000) if iterator else run(call)
        except JoboError as exc:
            event(f"raised {type(exc).__name__}")
        except (ValueError, TypeError) as exc:
            if served.requests:
                raise AssertionError(f"{type(exc).__name__} after sending: {exc!r}") from exc
            event(f"refused {type(exc).__name__}")
        except Exception as exc:
            raise AssertionError(f"not a JoboError: {type(exc).__name__}: {exc!r}") from exc
        else:
            event("returned")
            if not iterator:
                assert isinstance(result, expected), type(result)
        finally:
            _close(client)
        limit = allowed_requests(policy)
        if iterator:
            # Each page is one call; a cycle of k answers lets a scan see at most k + 1 pages (the
            # iterators reject a page number or a cursor they have seen before).
            assert len(served.requests) <= (len(cycle) + 1) * limit, served.requests
        else:
            per_route = {route: served.requests.count(route) for route in set(served.requests)}
            assert all(n <= limit for n in per_route.values()), (per_route, limit)

    check()


def _resource(client: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        client = getattr(client, part)
    return client


def _close(client: JoboClient | AsyncJoboClient) -> None:
    if isinstance(client, JoboClient):
        client.close()
    else:
        run(client.aclose())


def test_every_operation_has_a_fuzzed_facade_method() -> None:
    missing = [op["operationId"] for _, _, op in iter_operations() if not _methods(op["operationId"])]
    assert missing == []


def test_from_schema_follows_every_schema_of_the_spec() -> None:
    for name, schema in SCHEMAS.items():
        assert from_schema(schema) is not None, name
