"""Issue 17, row 1: the cheaper per-request path sends, stores and returns what the plain path did.

Each shortcut is checked against the computation it replaces: the cookie pass httpx runs on every
response, ``httpx.Request(...)`` and ``Headers.__setitem__`` for the copy that carries the key,
``Headers.get`` for Content-Type and Content-Encoding, ``uuid.UUID(text)`` then ``str()`` for ids,
``quote(str(uuid))`` for UUID path parameters, ``Response.close()``.
"""

from __future__ import annotations

import copy
import http.cookiejar
import inspect
import pickle
import uuid
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from jobo_ext import APIResponseError, JoboClient
from jobo_ext._transport import PolicyTransport, _close, _copy, _declared, _set_key
from jobo_ext.client import PolicyClient, _ResponseCookies
from jobo_ext.validation import check_uuid
from tests.facade_helpers import Router, json_response, make_client, run
from tests.policy_harness import API_KEY, BASE_URL
from tests.spec_utils import load_fixture
from tests.test_generated_seams import _operation_modules

JOB_ID = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
MODES = ["sync", "async"]

# -- cookies -----------------------------------------------------------------------------------------


def _job_router(set_cookie: str | None = None) -> Router:
    def job(request: httpx.Request) -> httpx.Response:
        headers = {"Set-Cookie": set_cookie} if set_cookie else None
        return json_response(load_fixture("job.json"), headers=headers)

    return Router({("GET", f"/api/jobs/{JOB_ID}"): job})


def _httpx_client(jobo: Any, mode: str) -> httpx.Client | httpx.AsyncClient:
    generated: PolicyClient = jobo.generated
    return generated.get_httpx_client() if mode == "sync" else generated.get_async_httpx_client()


@pytest.mark.parametrize("mode", MODES)
def test_a_cookie_the_server_sets_is_stored_and_sent_back(mode: str) -> None:
    router = _job_router(set_cookie="session=s1; Path=/")
    jobo = make_client(mode, router)
    run(jobo.jobs.get(JOB_ID))
    router.routes[("GET", f"/api/jobs/{JOB_ID}")] = _job_router().routes[("GET", f"/api/jobs/{JOB_ID}")]
    run(jobo.jobs.get(JOB_ID))
    assert "cookie" not in router.requests[0].headers
    assert router.requests[1].headers["cookie"] == "session=s1"
    assert dict(_httpx_client(jobo, mode).cookies) == {"session": "s1"}


@pytest.mark.parametrize("mode", MODES)
def test_the_cookie_jar_is_not_walked_for_a_response_that_sets_no_cookie(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """httpx's pass builds urllib stand-ins and an email.Message of every header (~25 µs) per response."""
    walked: list[object] = []
    original = http.cookiejar.CookieJar.make_cookies

    def counting(jar: http.cookiejar.CookieJar, response: Any, request: Any) -> Any:
        walked.append(response)
        return original(jar, response, request)

    monkeypatch.setattr(http.cookiejar.CookieJar, "make_cookies", counting)
    jobo = make_client(mode, _job_router())
    run(jobo.jobs.get(JOB_ID))
    run(jobo.jobs.get(JOB_ID))
    assert walked == []
    jobo = make_client(mode, _job_router(set_cookie="a=b"))
    run(jobo.jobs.get(JOB_ID))
    assert len(walked) == 1 and dict(_httpx_client(jobo, mode).cookies) == {"a": "b"}


@pytest.mark.parametrize("name", ["Set-Cookie", "set-cookie", "SET-COOKIE2"])
def test_every_spelling_of_a_set_cookie_header_runs_the_jar(name: str) -> None:
    jar = http.cookiejar.CookieJar()
    cookies = _ResponseCookies(jar)
    request = httpx.Request("GET", f"{BASE_URL}/api/jobs")
    plain = httpx.Cookies()
    for store in (cookies, plain):
        store.extract_cookies(httpx.Response(200, headers=[(name, "a=b")], request=request))
    assert dict(cookies) == dict(plain)
    assert cookies.jar is jar


def test_the_clients_keep_the_jar_and_cookies_they_were_given() -> None:
    jobo = JoboClient(api_key=API_KEY, base_url=BASE_URL, transport=httpx.MockTransport(_job_router()))
    derived = jobo.generated.with_cookies({"pref": "x"})
    client = derived.get_httpx_client()
    assert type(client.cookies) is _ResponseCookies and dict(client.cookies) == {"pref": "x"}
    client.cookies = {"other": "y"}  # the httpx setter: a plain store again, still working
    assert type(client.cookies) is httpx.Cookies and dict(client.cookies) == {"other": "y"}
    client.close()
    jobo.close()


# -- the copy that carries the key -------------------------------------------------------------------


def _requests() -> list[httpx.Request]:
    return [
        httpx.Request("GET", f"{BASE_URL}/api/jobs?q=go", headers={"Accept": "application/json"}),
        httpx.Request("POST", f"{BASE_URL}/api/jobs/feed", json={"batch_size": 1}, extensions={"t": 1}),
        httpx.Request("POST", f"{BASE_URL}/x", files={"file": ("a.pdf", b"%PDF")}),
        httpx.Request("GET", f"{BASE_URL}/api/jobs", headers=[("X-API-KEY", "a"), ("x-api-key", "b")]),
    ]


@pytest.mark.parametrize("request_", _requests(), ids=["get", "json", "multipart", "key-twice"])
def test_the_copy_is_what_httpx_request_builds(request_: httpx.Request) -> None:
    built = httpx.Request(
        request_.method,
        request_.url,
        headers=request_.headers,
        stream=request_.stream,
        extensions=request_.extensions,
    )
    copied = _copy(request_)
    assert vars(copied).keys() == vars(built).keys()
    assert (copied.method, copied.url, copied.headers.raw, copied.extensions) == (
        built.method,
        built.url,
        built.headers.raw,
        built.extensions,
    )
    assert copied.stream is request_.stream and copied.headers is not request_.headers
    assert copied.extensions is not request_.extensions
    expected = httpx.Headers(request_.headers)
    expected["X-Api-Key"] = API_KEY
    _set_key(copied.headers, API_KEY)
    assert copied.headers.raw == expected.raw  # appended, or replacing every earlier spelling
    assert "x-api-key" not in request_.headers or request_.headers.get_list("x-api-key") == ["a", "b"]


HEADER_SETS = [
    [],
    [("Content-Type", "application/json; charset=utf-8")],
    [("content-type", "application/problem+json"), ("Content-Encoding", "gzip")],
    [("Content-Type", "text/plain"), ("CONTENT-TYPE", "application/json")],
    [("Content-Encoding", "gzip"), ("content-encoding", "deflate")],
    [("Content-Type", "application/json; name=caf\xe9".encode("latin-1").decode("latin-1"))],
    [("Content-Encoding", "")],
]


@pytest.mark.parametrize("pairs", HEADER_SETS)
def test_one_pass_reads_content_type_and_encoding_as_headers_get_does(pairs: list[tuple[str, str]]) -> None:
    headers = httpx.Headers([(k.encode("latin-1"), v.encode("latin-1")) for k, v in pairs])
    found = _declared(headers)
    if found is None:  # repeated or not ASCII: the transport asks Headers.get itself
        names = [name.lower() for name, _ in pairs]
        assert (
            names.count("content-type") > 1
            or names.count("content-encoding") > 1
            or not all(v.isascii() for _, v in pairs)
        )
        return
    assert found == (headers.get("content-type", ""), headers.get("content-encoding"))


def test_a_closed_response_is_what_response_close_leaves() -> None:
    closed: list[str] = []

    class Stream(httpx.SyncByteStream):
        def __iter__(self) -> Any:
            yield b"{}"

        def close(self) -> None:
            closed.append("closed")

    ours = httpx.Response(200, stream=Stream())
    theirs = httpx.Response(200, stream=Stream())
    _close(ours)
    theirs.close()
    assert ours.is_closed and theirs.is_closed and closed == ["closed", "closed"]
    _close(ours)  # a second close does nothing, as httpx's does
    assert closed == ["closed", "closed"]


# -- ids ---------------------------------------------------------------------------------------------

IDS = [
    JOB_ID,
    JOB_ID.upper(),
    "{" + JOB_ID + "}",
    JOB_ID.replace("-", ""),
    "urn:uuid:" + JOB_ID,
    "00000000-0000-0000-0000-000000000000",
    "fffffffe-ffff-ffff-ffff-ffffffffffff",
]


@pytest.mark.parametrize("text", IDS)
def test_an_id_is_the_uuid_uuid_makes_of_it(text: str) -> None:
    made = check_uuid("id", text)
    expected = uuid.UUID(text)
    assert isinstance(made, uuid.UUID)
    assert made == expected and hash(made) == hash(expected) and {made: 1}[expected] == 1
    assert sorted([uuid.UUID(int=made.int + 1), made]) == [expected, uuid.UUID(int=made.int + 1)]
    assert (str(made), repr(made), made.int, made.hex, made.version, made.is_safe) == (
        str(expected),
        repr(expected),
        expected.int,
        expected.hex,
        expected.version,
        expected.is_safe,
    )
    for clone in (pickle.loads(pickle.dumps(made)), copy.copy(made), copy.deepcopy(made)):
        assert type(clone) is uuid.UUID and clone == expected
    with pytest.raises(TypeError):
        made.int = 0  # type: ignore[misc]


def test_a_canonical_id_keeps_its_text() -> None:
    """No parse and re-print of the id: ``str()`` gives back the very string passed."""
    assert str(check_uuid("id", JOB_ID)) is JOB_ID


@pytest.mark.parametrize(
    "text", ["a1b2c3d4-e5f6-7890-abcd-ef123456789", "g1b2c3d4-e5f6-7890-abcd-ef1234567890", ""]
)
def test_a_malformed_id_is_refused_as_before(text: str) -> None:
    with pytest.raises(ValueError, match="id must be a UUID"):
        check_uuid("id", text)


def _uuid_id_modules() -> list[Any]:
    """The operations whose only required parameter is a UUID ``id`` in the path."""
    found = []
    for module in _operation_modules():
        parameters = inspect.signature(module._get_kwargs).parameters
        required = [p for p in parameters.values() if p.default is inspect.Parameter.empty]
        if [p.name for p in required] == ["id"] and required[0].annotation in (uuid.UUID, "UUID"):
            found.append(module)
    return found


@pytest.mark.parametrize("module", _uuid_id_modules(), ids=lambda m: m.__name__.rsplit(".", 1)[1])
@pytest.mark.parametrize("text", [JOB_ID, "00000000-0000-0000-0000-000000000000"])
def test_a_uuid_path_parameter_is_sent_as_quote_would_send_it(module: Any, text: str) -> None:
    for value in (uuid.UUID(text), check_uuid("id", text), check_uuid("id", text.upper())):
        url = module._get_kwargs(value)["url"]
        assert quote(str(value), safe="") in url.split("/")
        assert url.replace(str(value), "{id}") in _PATHS


_PATHS = {
    "/api/jobs/{id}",
    "/api/companies/{id}",
    "/api/companies/{id}/jobs",
    "/api/auto-apply/profiles/{id}",
    "/api/auto-apply/applications/{id}",
}


def test_uuid_path_parameters_are_found() -> None:
    assert len(_uuid_id_modules()) >= 4  # jobs, companies, profiles, applications


# -- the facade's call -------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_a_body_the_model_refuses_names_the_operation_status_and_request(mode: str) -> None:
    """The facade parses without the generated Response wrapper; the error still has the response."""
    body = load_fixture("job.json")
    del body["title"]
    router = Router({("GET", f"/api/jobs/{JOB_ID}"): lambda r: json_response(body, status=203)})
    jobo = make_client(mode, router)
    with pytest.raises(APIResponseError) as caught:
        run(jobo.jobs.get(JOB_ID))
    error = caught.value
    assert (error.operation, error.status_code, error.field) == ("getJob", 203, "title")
    assert error.request_method == "GET" and str(error.request_url).endswith(f"/api/jobs/{JOB_ID}")


def test_the_policy_transport_still_sends_the_key_only_on_the_copy() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"ok": True})

    transport = PolicyTransport(httpx.MockTransport(handler), base_url=BASE_URL, api_key=API_KEY)
    with httpx.Client(transport=transport, base_url=BASE_URL) as client:
        response = client.get("/api/jobs", headers={"X-Api-Key": "someone-else"})
    (sent,) = seen
    assert sent.headers.get_list("x-api-key") == [API_KEY]
    assert response.request.headers["x-api-key"] == "someone-else"
