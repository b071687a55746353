"""jobo-sync never records a scan as complete when the API stops advancing it (issue 13 item 13, for the
engine): ``has_more`` with the cursor just sent is an error, not the end of the scan."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from jobo_ext import APIResponseError, JoboClient, RetryPolicy
from jobo_ext.sync import FeedSync, SQLiteStore
from jobo_ext.sync.engine import SyncError
from tests.test_sync_support import Clock

FIXTURES = Path(__file__).parent / "fixtures"
KEY = "jbe_test_cursor_guard"


def _job(n: int) -> dict[str, Any]:
    job = json.loads((FIXTURES / "job.json").read_text())
    job["id"] = f"00000000-0000-4000-8000-{n:012d}"
    return dict(job)


def _stuck(requests: list[str], stuck: str) -> httpx.MockTransport:
    """A feed (``stuck="feed"``) or expired-ids feed (``"expired"``) whose second page claims more to
    come but hands back the cursor it was sent; everything else answers normally."""

    def answer(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor") or json.loads(request.content or b"{}").get("cursor")
        requests.append(f"{request.url.path} {cursor}")
        if request.url.path == "/api/jobs/expired":
            if stuck != "expired":
                return httpx.Response(200, json={"job_ids": [], "has_more": False, "next_cursor": None})
            if cursor is None:
                return httpx.Response(
                    200, json={"job_ids": [_job(1)["id"]], "has_more": True, "next_cursor": "e1"}
                )
            return httpx.Response(200, json={"job_ids": [], "has_more": True, "next_cursor": cursor})
        if stuck != "feed":
            return httpx.Response(
                200, json={"jobs": [_job(1), _job(2)], "has_more": False, "next_cursor": None}
            )
        if cursor is None:
            return httpx.Response(
                200, json={"jobs": [_job(1), _job(2)], "has_more": True, "next_cursor": "c1"}
            )
        return httpx.Response(200, json={"jobs": [], "has_more": True, "next_cursor": cursor})

    return httpx.MockTransport(answer)


@pytest.mark.parametrize("stuck", ["feed", "expired"])
def test_a_feed_that_repeats_the_cursor_it_was_sent_stops_the_run_without_completing(
    tmp_path: Path, stuck: str
) -> None:
    requests: list[str] = []
    client = JoboClient(
        api_key=KEY,
        base_url="https://api.test",
        retry_policy=RetryPolicy(sleep=lambda _: None),
        transport=_stuck(requests, stuck),
    )
    with client, SQLiteStore(tmp_path / "jobs.sqlite") as store:
        # The feed's iterator is the facade's, which refuses the page itself; the sweep pages by hand.
        with pytest.raises((APIResponseError, SyncError), match="cursor"):
            FeedSync(client, store, clock=Clock().utc).run("all")
        state = store.load_state()
    assert [r for r in requests if r.endswith((" c1", " e1"))] == [
        "/api/jobs/feed c1" if stuck == "feed" else "/api/jobs/expired e1"
    ], "one stuck answer is enough to stop"
    if stuck == "feed":
        assert state.backfill_completed_at is None, "the backfill must not be recorded as complete"
        assert state.scan is not None and state.scan.cursor == "c1", (
            "a rerun resumes from the last good cursor"
        )
    else:
        assert state.backfill_completed_at is not None
        assert state.sweep is not None and state.sweep.cursor == "e1", "the sweep is left unfinished"
