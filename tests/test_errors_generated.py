"""Errors, retries, auth and timeouts through the generated ``jobo_client`` functions and JoboClient."""

from __future__ import annotations

import asyncio
import io
import json
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from jobo_client.api.auto_apply import submit_auto_apply_session_answers
from jobo_client.api.auto_apply_profiles import create_auto_apply_profile, import_auto_apply_profile
from jobo_client.api.companies import get_company
from jobo_client.api.jobs_feed import get_job_feed
from jobo_client.api.jobs_search import get_job, search_jobs_post
from jobo_client.models import (
    Answer,
    Job,
    JobSearchBodyRequest,
    ProfileImportRequest,
    ProfileInput,
    SessionAnswersRequest,
)
from jobo_client.types import File

from jobo_ext import (
    APIResponseError,
    APIStatusError,
    AsyncJoboClient,
    AuthenticationError,
    BadRequestError,
    CursorRestartRequiredError,
    InsufficientCreditsError,
    InternalServerError,
    JoboClient,
    JoboError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    ServiceUnavailableError,
)
from jobo_ext._context import call_options
from tests.policy_harness import API_KEY, FakeTime, Script, status

FIXTURES = Path(__file__).resolve().parent / "fixtures"
JOB = json.loads((FIXTURES / "job.json").read_text())
JOB_ID = uuid.UUID(JOB["id"])
PROBLEM = "application/problem+json"


@pytest.fixture(autouse=True)
def _no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOBO_API_KEY", raising=False)
    monkeypatch.delenv("JOBO_BASE_URL", raising=False)


def _fixture_response(name: str, code: int, **headers: str) -> httpx.Response:
    content_type = PROBLEM if "problem" in name or name.endswith("gate.json") else "application/json"
    return httpx.Response(
        code, content=(FIXTURES / name).read_bytes(), headers={"Content-Type": content_type, **headers}
    )


def _client(script: Script, policy: RetryPolicy | None = None, **kwargs: Any) -> JoboClient:
    return JoboClient(
        API_KEY, transport=script.transport(), retry_policy=policy or RetryPolicy.disabled(), **kwargs
    )


def _async_client(script: Script, policy: RetryPolicy | None = None, **kwargs: Any) -> AsyncJoboClient:
    return AsyncJoboClient(
        API_KEY, transport=script.transport(), retry_policy=policy or RetryPolicy.disabled(), **kwargs
    )


# --- the documented fixtures, through a generated function -----------------------------------------


@pytest.mark.parametrize(
    ("fixture", "code", "error"),
    [
        ("error-400.json", 400, BadRequestError),
        ("error-400-problem.json", 400, BadRequestError),
        ("error-401.json", 401, AuthenticationError),
        ("error-402.json", 402, InsufficientCreditsError),
        ("error-402-problem.json", 402, InsufficientCreditsError),
        ("error-403.json", 403, PermissionDeniedError),
        ("error-404.json", 404, NotFoundError),
        ("error-409-feed-cursor-restart.json", 409, CursorRestartRequiredError),
        ("error-problem-full.json", 409, CursorRestartRequiredError),
        ("error-429.json", 429, RateLimitError),
        ("error-429-problem.json", 429, RateLimitError),
        ("error-500.json", 500, InternalServerError),
        ("error-503.json", 503, ServiceUnavailableError),
        ("error-503-auto-apply-gate.json", 503, ServiceUnavailableError),
    ],
)
def test_documented_error_bodies_raise_typed_errors_from_generated_functions(
    fixture: str, code: int, error: type[APIStatusError]
) -> None:
    expected = json.loads((FIXTURES / fixture).read_text())
    for mode in ("sync_detailed", "sync", "asyncio_detailed", "asyncio"):
        script = Script([_fixture_response(fixture, code)])
        if mode.startswith("sync"):
            with _client(script) as jobo, pytest.raises(error) as caught:
                getattr(get_job, mode)(JOB_ID, client=jobo.generated)
        else:

            async def go(name: str = mode, script: Script = script) -> None:
                async with _async_client(script) as jobo:
                    await getattr(get_job, name)(JOB_ID, client=jobo.generated)

            with pytest.raises(error) as caught:
                asyncio.run(go())
        assert type(caught.value) is error, mode
        assert caught.value.body == expected
        assert caught.value.request_url == f"https://connect.jobo.world/api/jobs/{JOB_ID}"


def test_get_job_404_raises_not_found() -> None:
    script = Script([_fixture_response("error-404.json", 404)])
    with _client(script) as jobo, pytest.raises(NotFoundError) as caught:
        get_job.sync_detailed(JOB_ID, client=jobo.generated)
    assert str(caught.value) == (
        f"404 Not Found: Profile 'f9e8d7c6-5432-1abc-def0-fedcba987654' not found. (GET /api/jobs/{JOB_ID})"
    )


def test_402_from_search_reads_as_the_documented_line() -> None:
    script = Script([_fixture_response("error-402.json", 402)])
    with _client(script) as jobo, pytest.raises(InsufficientCreditsError) as caught:
        search_jobs_post.sync(
            client=jobo.generated, body=JobSearchBodyRequest.from_dict({"queries": ["rust"]})
        )
    assert str(caught.value) == "402 Insufficient credits: required 10, balance 3 (POST /api/jobs/search)"


def test_success_still_parses_into_the_generated_model() -> None:
    script = Script([httpx.Response(200, json=JOB)])
    with _client(script) as jobo:
        job = get_job.sync(JOB_ID, client=jobo.generated)
    assert isinstance(job, Job) and job.id == JOB_ID
    sent = script.requests[0]
    assert sent.headers["X-Api-Key"] == API_KEY
    assert sent.headers["User-Agent"].startswith("jobo-ext/0.1.0 python/3.11")
    assert "httpx/" in sent.headers["User-Agent"]


# --- bad bodies and odd statuses never escape as JSONDecodeError / ValueError / KeyError ----------


def test_520_through_a_generated_function_is_a_server_error_after_retries() -> None:
    time = FakeTime()
    script = Script([httpx.Response(520, content=b"")])
    with _client(script, time.policy()) as jobo, pytest.raises(ServerError) as caught:
        get_job.sync_detailed(JOB_ID, client=jobo.generated)
    assert (caught.value.status_code, caught.value.attempts, time.sleeps) == (520, 5, [1.0, 2.0, 4.0, 8.0])


def test_html_502_through_a_generated_function_async() -> None:
    html = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    time = FakeTime()
    script = Script(
        [
            httpx.Response(502, content=html, headers={"Content-Type": "text/html"}),
            httpx.Response(200, json=JOB),
        ]
    )

    async def go() -> Job | Any:
        async with _async_client(script, time.policy()) as jobo:
            return await get_job.asyncio(JOB_ID, client=jobo.generated)

    assert isinstance(asyncio.run(go()), Job)
    assert time.sleeps == [1.0]
    script = Script([httpx.Response(502, content=html, headers={"Content-Type": "text/html"})])
    with _client(script) as jobo, pytest.raises(ServerError) as caught:
        search_jobs_post.sync_detailed(client=jobo.generated, body=JobSearchBodyRequest.from_dict({}))
    assert caught.value.body == html.decode() and caught.value.message == "Bad Gateway"


def test_truncated_200_is_an_api_response_error_naming_the_operation() -> None:
    script = Script(
        [httpx.Response(200, content=b'{"id": "a1b2', headers={"Content-Type": "application/json"})]
    )
    with _client(script) as jobo, pytest.raises(APIResponseError) as caught:
        get_job.sync(JOB_ID, client=jobo.generated)
    assert (caught.value.operation, caught.value.body) == ("getJob", '{"id": "a1b2')


def test_empty_500_body_is_an_internal_server_error() -> None:
    script = Script([httpx.Response(500, content=b"", headers={"Content-Type": "application/json"})])
    with _client(script) as jobo, pytest.raises(InternalServerError) as caught:
        get_job.sync_detailed(JOB_ID, client=jobo.generated)
    assert caught.value.body is None


# --- non-idempotent generated operations -----------------------------------------------------------


def test_auto_apply_gate_is_raised_after_one_request() -> None:
    time = FakeTime()
    script = Script([_fixture_response("error-503-auto-apply-gate.json", 503, **{"Retry-After": "1"})])
    body = SessionAnswersRequest(answers=[Answer(field_id="f1", value="Ada")])
    with _client(script, time.policy()) as jobo, pytest.raises(ServiceUnavailableError) as caught:
        submit_auto_apply_session_answers.sync_detailed(uuid.uuid4(), client=jobo.generated, body=body)
    assert (len(script.requests), time.sleeps, caught.value.code) == (1, [], "auto_apply_coming_soon")


def test_create_profile_is_not_replayed_after_500_but_is_after_503() -> None:
    time = FakeTime()
    script = Script([status(500), status(201, id=str(uuid.uuid4()))])
    with _client(script, time.policy()) as jobo, pytest.raises(InternalServerError):
        create_auto_apply_profile.sync_detailed(client=jobo.generated, body=ProfileInput(name="Default"))
    assert len(script.requests) == 1

    script = Script(
        [status(503, headers={"Retry-After": "2"}), httpx.Response(201, json={"id": str(uuid.uuid4())})]
    )
    with _client(script, time.policy()) as jobo:
        response = create_auto_apply_profile.sync_detailed(
            client=jobo.generated, body=ProfileInput(name="Default")
        )
    assert response.status_code == 201 and len(script.requests) == 2
    assert script.requests[0].content == script.requests[1].content == b'{"name":"Default"}'


def test_resume_import_multipart_is_replayed_byte_for_byte() -> None:
    time = FakeTime()
    imported = {"profile_id": str(uuid.uuid4()), "status": "importing"}
    script = Script([status(429, headers={"Retry-After": "3"}), httpx.Response(202, json=imported)])
    upload = ProfileImportRequest(
        file=File(payload=io.BytesIO(b"%PDF-1.4 resume"), file_name="cv.pdf", mime_type="application/pdf")
    )
    with _client(script, time.policy()) as jobo:
        response = import_auto_apply_profile.sync_detailed(client=jobo.generated, body=upload)
    assert response.status_code == 202 and time.sleeps == [3.0]
    first, second = (r.content for r in script.requests)
    assert first == second and b"%PDF-1.4 resume" in first


# --- client wiring ---------------------------------------------------------------------------------


def test_without_a_key_only_the_public_company_route_works() -> None:
    script = Script([httpx.Response(200, json={"id": str(uuid.uuid4()), "name": "Acme"})])
    with JoboClient(transport=script.transport()) as jobo:
        get_company.sync_detailed(uuid.uuid4(), client=jobo.generated)
        with pytest.raises(MissingAPIKeyError):
            get_job.sync_detailed(JOB_ID, client=jobo.generated)
    assert len(script.requests) == 1 and "x-api-key" not in script.requests[0].headers


def test_api_key_defaults_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOBO_API_KEY", API_KEY)
    script = Script([httpx.Response(200, json=JOB)])
    with JoboClient(transport=script.transport()) as jobo:
        get_job.sync(JOB_ID, client=jobo.generated)
    assert script.requests[0].headers["X-Api-Key"] == API_KEY


def test_a_sync_client_refuses_async_use_and_vice_versa() -> None:
    script = Script([httpx.Response(200, json=JOB)])
    with _client(script) as jobo, pytest.raises(JoboError, match="AsyncJoboClient"):
        asyncio.run(get_job.asyncio(JOB_ID, client=jobo.generated))
    async_jobo = _async_client(script)
    with pytest.raises(JoboError, match="JoboClient"):
        get_job.sync(JOB_ID, client=async_jobo.generated)
    assert script.requests == []
    with pytest.raises(JoboError, match="transport"):
        JoboClient(API_KEY, transport=httpx.AsyncHTTPTransport())


def test_derived_generated_clients_keep_the_policy() -> None:
    script = Script([_fixture_response("error-404.json", 404)])
    with _client(script) as jobo:
        derived = jobo.generated.with_headers({"X-Trace": "t1"})
        with pytest.raises(NotFoundError):
            get_job.sync_detailed(JOB_ID, client=derived)
        derived.get_httpx_client().close()
    assert script.requests[0].headers["X-Trace"] == "t1"
    assert script.requests[0].headers["X-Api-Key"] == API_KEY


def test_on_response_observer_sees_each_attempt() -> None:
    seen: list[int] = []
    time = FakeTime()
    script = Script([status(503, headers={"Retry-After": "1"}), httpx.Response(200, json=JOB)])
    with _client(script, time.policy(), on_response=lambda r: seen.append(r.status_code)) as jobo:
        get_job.sync(JOB_ID, client=jobo.generated)
    assert seen == [503, 200]


def test_close_closes_the_pool() -> None:
    jobo = _client(Script([httpx.Response(200, json=JOB)]))
    jobo.close()
    assert jobo.generated.get_httpx_client().is_closed

    async def go() -> bool:
        async with _async_client(Script([httpx.Response(200, json=JOB)])) as ajobo:
            pass
        return ajobo.generated.get_async_httpx_client().is_closed

    assert asyncio.run(go())


# --- timeouts --------------------------------------------------------------------------------------


def _timeouts(script: Script) -> list[dict[str, float | None]]:
    return [r.extensions["timeout"] for r in script.requests]


def test_feeds_get_a_120_second_read_timeout_other_operations_the_client_timeout() -> None:
    feed_page = {"jobs": [], "has_more": False, "next_cursor": None}
    script = Script([httpx.Response(200, json=feed_page), httpx.Response(200, json=JOB)])
    with _client(script) as jobo:
        get_job_feed.sync_detailed(client=jobo.generated)
        get_job.sync_detailed(JOB_ID, client=jobo.generated)
    feed, job = _timeouts(script)
    assert feed == {"connect": 30.0, "read": 120.0, "write": 30.0, "pool": 30.0}
    assert job == {"connect": 30.0, "read": 30.0, "write": 30.0, "pool": 30.0}


def test_a_longer_client_timeout_is_kept_for_feeds_and_none_means_none() -> None:
    script = Script([httpx.Response(200, json={"jobs": [], "has_more": False})])
    with _client(script, timeout=300.0) as jobo:
        get_job_feed.sync_detailed(client=jobo.generated)
    with _client(script, timeout=None) as jobo:
        get_job_feed.sync_detailed(client=jobo.generated)
    assert [t["read"] for t in _timeouts(script)] == [300.0, None]


def test_caller_chosen_timeouts_win_over_the_per_operation_one() -> None:
    script = Script([httpx.Response(200, json={"jobs": [], "has_more": False})])
    with _client(script) as jobo:
        with call_options(timeout=5.0):
            get_job_feed.sync_detailed(client=jobo.generated)
        jobo.generated.get_httpx_client().post("/api/jobs/feed", json={}, timeout=9.0)
    assert [t["read"] for t in _timeouts(script)] == [5.0, 9.0]


def test_with_timeout_sets_a_client_default_that_the_feed_minimum_still_applies_to() -> None:
    script = Script([httpx.Response(200, json={"jobs": [], "has_more": False})])
    with _client(script) as jobo:
        for seconds in (7.0, 300.0):
            derived = jobo.generated.with_timeout(httpx.Timeout(seconds))
            get_job_feed.sync_detailed(client=derived)
            derived.get_httpx_client().close()
    assert [t["read"] for t in _timeouts(script)] == [120.0, 300.0]


def test_call_options_flow_into_asyncio_tasks() -> None:
    script = Script([status(500), httpx.Response(200, json=JOB)])
    time = FakeTime()

    async def go() -> None:
        async with _async_client(script, time.policy()) as jobo:
            with call_options(retry_policy=RetryPolicy.disabled(), timeout=4.0):
                task = asyncio.create_task(get_job.asyncio_detailed(JOB_ID, client=jobo.generated))
            with pytest.raises(InternalServerError):
                await task

    asyncio.run(go())
    assert len(script.requests) == 1 and _timeouts(script)[0]["read"] == 4.0
