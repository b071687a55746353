"""Auto Apply routes: profiles (201, list, 404), resume import and polling, sessions, applications, gate."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from jobo_ext.testing import MockJoboServer

PROFILE = {
    "name": "Default Profile",
    "contact": {"first_name": "Ada", "last_name": "Lovelace", "email": "ada@example.com"},
    "links": {"github": "https://github.com/adalovelace"},
    "work_experience": [{"company": "Analytical Engines Ltd", "title": "Engineer", "is_current": True}],
}


@pytest.fixture(scope="module")
def server() -> Iterator[MockJoboServer]:
    with MockJoboServer(jobs=50, seed=17) as srv:
        yield srv


@pytest.fixture
def client(server: MockJoboServer) -> Iterator[httpx.Client]:
    server.reset()
    server.auto_apply_gate = False
    server.error_style = "seed"
    with httpx.Client(base_url=server.url, headers=server.headers()) as c:
        yield c
    server.auto_apply_gate = False


def test_create_answers_201_with_the_profile_and_a_location(
    client: httpx.Client, server: MockJoboServer
) -> None:
    response = client.post("/api/auto-apply/profiles", json=PROFILE)
    assert response.status_code == 201
    profile = response.json()
    assert profile["name"] == "Default Profile" and profile["status"] == "ready"
    assert profile["contact"] == PROFILE["contact"] and profile["import_error"] is None
    assert profile["created_at"].endswith("Z")
    assert response.headers["Location"] == f"{server.url}/api/auto-apply/profiles/{profile['id']}"
    assert client.get(response.headers["Location"]).json() == profile
    listed = client.get("/api/auto-apply/profiles").json()
    assert isinstance(listed, list) and profile in listed
    assert response.headers["X-Credits-Deducted"] == "0"


def test_unknown_profile_gives_the_seed_404(client: httpx.Client) -> None:
    missing = "f9e8d7c6-5432-1abc-def0-fedcba987654"
    response = client.get(f"/api/auto-apply/profiles/{missing}")
    assert response.status_code == 404
    assert response.json() == {
        "status": 404,
        "error": "Not Found",
        "message": f"Profile '{missing}' not found.",
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The request body is required."),
        (b"[]", "The request body must be a JSON object."),
        (b'{"name": 7}', "Parameter 'name' must be a string."),
        (b'{"contact": "ada"}', "Parameter 'contact' must be an object."),
        (b'{"contact": null}', "Parameter 'contact' must be an object."),
        (b'{"education": {}}', "Parameter 'education' must be an array of objects."),
        (
            b'{"location": {"postal_code": 78701}}',
            "Parameter 'location.postal_code' must be a string or null.",
        ),
        (
            b'{"work_experience": [{"is_current": "yes"}]}',
            "Parameter 'work_experience[0].is_current' must be a boolean or null.",
        ),
        (
            b'{"preferences": {"salary_expectation": {"amount": "lots"}}}',
            "Parameter 'preferences.salary_expectation.amount' must be a number or null.",
        ),
        (
            b'{"eligibility": {"work_authorized_countries": "US"}}',
            "Parameter 'eligibility.work_authorized_countries' must be an array of strings.",
        ),
    ],
)
def test_create_validation(client: httpx.Client, content: bytes, message: str) -> None:
    response = client.post(
        "/api/auto-apply/profiles", content=content, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400 and response.json()["message"] == message


def test_import_then_poll_until_ready(client: httpx.Client, server: MockJoboServer) -> None:
    server.auto_apply.import_polls = 2
    response = client.post(
        "/api/auto-apply/profiles/import", files={"file": ("ada_cv.pdf", b"%PDF-1.7 ...", "application/pdf")}
    )
    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "importing"
    location = response.headers["Location"]
    assert location.endswith(f"/api/auto-apply/profiles/{body['profile_id']}")
    statuses = [client.get(location).json()["status"] for _ in range(4)]
    assert statuses == ["importing", "importing", "ready", "ready"]
    profile = client.get(location).json()
    assert profile["name"] == "ada_cv" and profile["import_error"] is None


def test_import_streams_a_file_object_and_an_empty_file_fails(
    client: httpx.Client, server: MockJoboServer
) -> None:
    server.auto_apply.import_polls = 0
    stream = io.BytesIO(b"# Ada Lovelace\n\nEngineer.\n" * 1000)
    ok = client.post(
        "/api/auto-apply/profiles/import", files={"file": ("resume.md", stream, "text/markdown")}
    )
    assert ok.status_code == 202
    assert client.get(ok.headers["Location"]).json()["status"] == "ready"
    empty = client.post("/api/auto-apply/profiles/import", files={"file": ("blank.txt", b"", "text/plain")})
    failed = client.get(empty.headers["Location"]).json()
    assert failed["status"] == "import_failed" and failed["import_error"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"files": {"file": ("cv.exe", b"MZ", "application/octet-stream")}},
            "Unsupported file type '.exe'. Upload a PDF, DOCX, TXT, RTF or MD file.",
        ),
        ({"files": {"resume": ("cv.pdf", b"%PDF", "application/pdf")}}, "Parameter 'file' is required."),
        ({"json": {"file": "cv.pdf"}}, "The request must be multipart/form-data with one 'file' field."),
        (
            {"files": {"file": ("big.txt", b"x" * (10 * 1024 * 1024 + 1), "text/plain")}},
            "The file exceeds the 10 MB limit.",
        ),
    ],
)
def test_import_validation(client: httpx.Client, kwargs: dict[str, Any], message: str) -> None:
    response = client.post("/api/auto-apply/profiles/import", **kwargs)
    assert response.status_code == 400
    assert response.json()["message"] == message


def test_session_answers(client: httpx.Client, server: MockJoboServer) -> None:
    session = server.auto_apply.create_session("https://jobs.lever.co/acme/123", provider_id="lever")
    url = f"/api/auto-apply/sessions/{session['id']}/answers"
    partial = client.post(url, json={"answers": [{"field_id": "first_name", "value": "Ada", "type": "text"}]})
    assert partial.status_code == 200
    body = partial.json()
    assert body["id"] == session["id"] and body["status"] == "form_ready" and not body["is_terminal"]
    assert body["provider_name"] == "Lever"
    missing = {e["field_id"] for e in body["validation_errors"]}
    assert missing == {"last_name", "email", "work_authorization"}
    first = next(f for f in body["fields"] if f["field_id"] == "first_name")
    assert first["current_value"] == "Ada"
    wrong = client.post(
        url,
        json={
            "answers": [
                {"field_id": "work_authorization", "value": "maybe"},
                {"field_id": "nope", "value": "x"},
            ]
        },
    )
    errors = {e["field_id"]: e["message"] for e in wrong.json()["validation_errors"]}
    assert (
        errors["work_authorization"] == "Not one of the field's options."
        and errors["nope"] == "Unknown field."
    )
    answers = [
        {"field_id": "last_name", "value": "Lovelace"},
        {"field_id": "email", "value": "ada@example.com"},
        {"field_id": "work_authorization", "value": "yes"},
    ]
    done = client.post(url, json={"answers": answers}).json()
    assert done["status"] == "submit_ready" and done["validation_errors"] == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({}, "Parameter 'answers' must contain at least one answer."),
        ({"answers": []}, "Parameter 'answers' must contain at least one answer."),
        ({"answers": ["Ada"]}, "Parameter 'answers[0]' must be an object."),
        ({"answers": [{"field_id": "a"}]}, "Parameter 'answers[0].value' must be a string."),
    ],
)
def test_session_answer_validation(
    client: httpx.Client, server: MockJoboServer, body: dict[str, Any], message: str
) -> None:
    session = server.auto_apply.create_session()
    response = client.post(f"/api/auto-apply/sessions/{session['id']}/answers", json=body)
    assert response.status_code == 400 and response.json()["message"] == message


def test_unknown_or_finished_sessions(client: httpx.Client, server: MockJoboServer) -> None:
    answers = {"answers": [{"field_id": "first_name", "value": "Ada"}]}
    unknown = client.post(
        "/api/auto-apply/sessions/6f1d2b3c-4a5e-4f60-9b7a-8c9d0e1f2a3b/answers", json=answers
    )
    assert unknown.status_code == 404
    assert unknown.json()["message"] == "Session '6f1d2b3c-4a5e-4f60-9b7a-8c9d0e1f2a3b' not found."
    finished = server.auto_apply.create_session(status="submitted")
    assert client.post(f"/api/auto-apply/sessions/{finished['id']}/answers", json=answers).status_code == 400


def test_applications_progress_by_polling(client: httpx.Client, server: MockJoboServer) -> None:
    server.auto_apply.application_polls = 2
    ok = server.auto_apply.create_application("https://boards.greenhouse.io/acme/jobs/1")
    failing = server.auto_apply.create_application(fail=True)
    seen = [client.get(f"/api/auto-apply/applications/{ok['id']}").json() for _ in range(3)]
    assert [a["status"] for a in seen] == ["running", "running", "submitted"]
    assert seen[-1]["completed_at"] is not None and seen[-1]["steps_completed"] == 2
    assert len(seen[-1]["step_log"]) == 2 and seen[-1]["step_log"][0]["action"] == "fill_fields"
    for _ in range(2):
        client.get(f"/api/auto-apply/applications/{failing['id']}")
    failed = client.get(f"/api/auto-apply/applications/{failing['id']}").json()
    assert failed["status"] == "failed" and failed["failure_reason"] == "correction_limit_exceeded"
    assert client.get("/api/auto-apply/applications/f3b9c2d1-7e8a-4b5c-9d0e-1f2a3b4c5d6e").status_code == 404


def test_launch_gate_answers_503_problem_on_every_route(client: httpx.Client, server: MockJoboServer) -> None:
    profile = server.auto_apply.create_profile({"name": "x"})
    session = server.auto_apply.create_session()
    application = server.auto_apply.create_application()
    server.auto_apply_gate = True
    calls: list[tuple[str, str, dict[str, Any]]] = [
        ("POST", "/api/auto-apply/profiles", {"json": PROFILE}),
        ("GET", "/api/auto-apply/profiles", {}),
        ("GET", f"/api/auto-apply/profiles/{profile['id']}", {}),
        ("POST", "/api/auto-apply/profiles/import", {"files": {"file": ("a.txt", b"a", "text/plain")}}),
        ("POST", f"/api/auto-apply/sessions/{session['id']}/answers", {"json": {"answers": []}}),
        ("GET", f"/api/auto-apply/applications/{application['id']}", {}),
    ]
    for method, path, kwargs in calls:
        response = client.request(method, path, **kwargs)
        assert response.status_code == 503, path
        assert response.headers["content-type"] == "application/problem+json"
        body = response.json()
        assert body["code"] == "auto_apply_coming_soon" and body["status"] == 503
        assert "Retry-After" not in response.headers
    assert client.get("/api/jobs").status_code == 200, "the gate covers Auto Apply only"
    assert httpx.get(f"{server.url}/api/auto-apply/profiles").status_code == 401, "auth comes first"
    server.auto_apply_gate = False
    assert client.get("/api/auto-apply/profiles").status_code == 200
