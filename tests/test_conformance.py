"""``python -m jobo_ext.conformance`` against the bundled mock: conformant as it is, and each kind of drift,
injected between the check and the mock, reported precisely."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from jobo_ext import conformance
from jobo_ext.conformance import Difference
from jobo_ext.testing import MockJoboServer

SECRET = "sk-live-conformance-secret-0123456789"


@pytest.fixture(scope="module")
def mock() -> Iterator[MockJoboServer]:
    with MockJoboServer(jobs=30, seed=5) as server:
        server.add_key(SECRET)
        yield server


Edit = Callable[[httpx.Response], httpx.Response]


class Drift(httpx.BaseTransport):
    """Forwards to the real (mock) server, then rewrites the answers of one path: the API "drifting"."""

    def __init__(self, path: str, edit: Edit) -> None:
        self.inner = httpx.HTTPTransport()
        self.path, self.edit = path, edit
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        response = self.inner.handle_request(request)
        if request.url.path != self.path:
            return response
        response.read()
        return self.edit(response)

    def close(self) -> None:
        self.inner.close()


def body_edit(change: Callable[[Any], None]) -> Edit:
    def edit(response: httpx.Response) -> httpx.Response:
        body = response.json()
        change(body)
        headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
        return httpx.Response(response.status_code, headers=headers, json=body)

    return edit


def header_edit(name: str, value: str) -> Edit:
    def edit(response: httpx.Response) -> httpx.Response:
        kept = [(k, v) for k, v in response.headers.raw if k.decode().lower() != name.lower()]
        return httpx.Response(
            response.status_code, headers=[*kept, (name.encode(), value.encode())], content=response.content
        )

    return edit


def status_edit(status: int) -> Edit:
    def edit(response: httpx.Response) -> httpx.Response:
        return httpx.Response(status, headers=response.headers, content=response.content)

    return edit


def run_main(
    mock: MockJoboServer,
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    transport: httpx.BaseTransport | None = None,
) -> tuple[int, str, str]:
    monkeypatch.setenv("JOBO_API_KEY", SECRET)
    monkeypatch.setenv("JOBO_BASE_URL", mock.url)
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    code = conformance.main(argv, transport=transport)
    return code, out.getvalue(), err.getvalue()


def test_the_mock_conforms(mock: MockJoboServer, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run_main(mock, monkeypatch, ["--json"])
    report = json.loads(out)
    assert code == 0, out
    assert report["conformant"] is True and report["differences"] == []
    assert [c["operation"] for c in report["calls"]] == [c.operation_id for c in conformance.CALLS]
    assert all(c["status"] == 200 for c in report["calls"])
    assert "at most 12 credits" in err  # the plan goes to stderr with --json, so stdout stays JSON
    assert 0 < report["credits_spent"] <= report["credits_planned"] <= report["max_credits"]


DRIFTS: dict[str, tuple[str, Edit, Difference]] = {
    "extra member": (
        "/api/jobs",
        body_edit(lambda b: b["jobs"][0].update(remote_policy="anywhere")),
        Difference("searchJobs", "$.jobs[0].remote_policy", conformance.EXTRA_MEMBER, '"anywhere"'),
    ),
    "missing required member": (
        "/api/jobs/feed",
        body_edit(lambda b: b.pop("has_more")),
        Difference("getJobFeed", "$.has_more", conformance.MISSING_MEMBER, "required by the spec, absent"),
    ),
    "wrong type": (
        "/api/locations/geocode",
        body_edit(lambda b: b.update(succeeded="yes")),
        Difference("geocodeLocation", "$.succeeded", conformance.WRONG_TYPE, 'string "yes"; spec: boolean'),
    ),
    "new enum value": (
        "/api/connectors/filters",
        body_edit(lambda b: b["enums"]["work_models"].append("flexible")),
        Difference(
            "getConnectorFilters",
            "$.enums.work_models[3]",
            conformance.UNKNOWN_ENUM,
            "\"flexible\" not in WorkModel ['remote', 'hybrid', 'onsite']",
        ),
    ),
    "undocumented header": (
        "/api/jobs/expired",
        header_edit("X-Expired-Window", "7d"),
        Difference("getExpiredJobIds", "header X-Expired-Window", conformance.UNDOCUMENTED_HEADER, "'7d'"),
    ),
    "undocumented status": (
        "/api/connectors/filters",
        status_edit(203),
        Difference("getConnectorFilters", "status", conformance.UNDOCUMENTED_STATUS, "203 is not declared"),
    ),
    "header of the wrong type": (
        "/api/jobs",
        header_edit("X-Total-Pages", "many"),
        Difference(
            "searchJobs",
            "header X-Total-Pages",
            conformance.WRONG_TYPE,
            "'many': 'many' is not of type 'integer'",
        ),
    ),
}


@pytest.mark.parametrize("name", list(DRIFTS))
def test_each_kind_of_drift_is_reported_precisely(
    name: str, mock: MockJoboServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, edit, expected = DRIFTS[name]
    code, out, _err = run_main(mock, monkeypatch, ["--json"], Drift(path, edit))
    report = json.loads(out)
    assert code == 1
    assert report["conformant"] is False
    assert [Difference(**d) for d in report["differences"]] == [expected]


def test_the_table_names_each_difference_and_where_to_send_it(
    mock: MockJoboServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, edit, expected = DRIFTS["wrong type"]
    code, out, _err = run_main(mock, monkeypatch, [], Drift(path, edit))
    assert code == 1
    row = next(line for line in out.splitlines() if expected.location in line)
    assert expected.operation in row and expected.kind in row and expected.detail in row
    assert "1 difference(s) from spec" in out and "support@jobo.world" in out


def test_the_plan_is_stated_before_anything_is_sent(
    mock: MockJoboServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = io.StringIO()
    seen_before_first_request: list[str] = []

    class Watch(Drift):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if not self.requests:
                seen_before_first_request.append(out.getvalue())
            return super().handle_request(request)

    conformance.run(SECRET, base_url=mock.url, transport=Watch("/none", status_edit(200)), out=out)
    assert "6 read-only calls, at most 12 credits" in seen_before_first_request[0]


def test_max_credits_stops_the_paid_calls(mock: MockJoboServer, monkeypatch: pytest.MonkeyPatch) -> None:
    transport = Drift("/none", status_edit(200))
    code, out, _err = run_main(mock, monkeypatch, ["--json", "--max-credits", "1"], transport)
    report = json.loads(out)
    assert code == 0
    sent = [r.url.path for r in transport.requests]
    assert "/api/jobs" not in sent  # the search may cost 10: over the limit, never sent
    # the feed (at most 1) fits; the search (up to 10) and then the geocode (1 more) do not
    assert {s["operation"] for s in report["skipped"]} == {"searchJobs", "getCompany", "geocodeLocation"}
    assert report["credits_spent"] == 1
    assert all(r.method == "GET" or r.url.path == "/api/jobs/feed" for r in transport.requests)  # read-only


def test_the_key_is_never_printed(mock: MockJoboServer, monkeypatch: pytest.MonkeyPatch) -> None:
    for argv in ([], ["--json"]):
        path, edit, _ = DRIFTS["extra member"]
        _code, out, err = run_main(mock, monkeypatch, argv, Drift(path, edit))
        assert SECRET not in out and SECRET not in err


def test_the_company_call_is_sent_without_the_key(
    mock: MockJoboServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    transport = Drift("/none", status_edit(200))
    run_main(mock, monkeypatch, ["--json"], transport)
    by_path = {r.url.path.split("/")[2]: r for r in transport.requests}
    assert "x-api-key" not in by_path["companies"].headers
    assert by_path["jobs"].headers["x-api-key"] == SECRET


def test_a_refused_key_is_incomplete_not_conformant(
    mock: MockJoboServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JOBO_API_KEY", "sk-not-a-key-the-mock-knows")
    monkeypatch.setenv("JOBO_BASE_URL", mock.url)
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    assert conformance.main([]) == 2
    assert "Incomplete: getConnectorFilters (401)" in out.getvalue()


def test_no_key_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOBO_API_KEY", raising=False)
    assert conformance.main([]) == 2


def test_the_spec_ships_inside_the_package() -> None:
    spec = conformance.load_spec()
    assert spec["info"]["version"] and "/api/jobs" in spec["paths"]


def test_runs_as_a_module(mock: MockJoboServer) -> None:
    env = {"JOBO_API_KEY": SECRET, "JOBO_BASE_URL": mock.url, "PATH": ""}
    proc = subprocess.run(
        [sys.executable, "-m", "jobo_ext.conformance"], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Conformant" in proc.stdout and SECRET not in proc.stdout + proc.stderr
