"""Flattening a feed job into a row, canonical timestamps, and the sync-state encoding."""

from __future__ import annotations

import datetime
import json

import pytest
from jobo_client.models.job import Job

from jobo_ext.sync.rows import format_timestamp, job_row, parse_timestamp
from jobo_ext.sync.state import Scope, SyncState, state_from_items, state_to_items
from jobo_ext.testing import Dataset


def test_a_full_job_fills_every_column_and_keeps_the_whole_job() -> None:
    wire = Dataset(50, seed=3).job_dict(7)
    wire["brand_new_field"] = {"kept": True}  # unknown fields survive into the JSON column
    row = job_row(Job.from_dict(wire))
    assert row.id == wire["id"] and row.title == wire["title"]
    assert (row.company_id, row.company_name) == (wire["company"]["id"], wire["company"]["name"])
    assert (row.source, row.workplace_type, row.employment_type) == (
        wire["source"],
        wire["workplace_type"],
        wire["employment_type"],
    )
    assert (row.created_at, row.updated_at) == (wire["created_at"], wire["updated_at"])
    data = json.loads(row.data)
    assert data["brand_new_field"] == {"kept": True} and data["description"] == wire["description"]
    if wire["locations"]:
        assert (row.location, row.country) == (
            wire["locations"][0]["location"],
            wire["locations"][0]["country"],
        )


def test_a_minimal_job_leaves_the_optional_columns_empty() -> None:
    row = job_row(
        Job.from_dict(
            {
                "id": "0f8b7f7e-1111-4222-8333-444455556666",
                "title": "Welder",
                "created_at": "2026-01-01T00:00:00+02:00",
                "updated_at": "2026-01-02T03:04:05.250Z",
                "company": None,
                "source": None,
                "locations": [],
            }
        )
    )
    assert (row.company_id, row.company_name, row.source, row.location, row.date_posted) == (None,) * 5
    assert row.created_at == "2025-12-31T22:00:00Z"  # normalised to UTC
    assert row.updated_at == "2026-01-02T03:04:05.250000Z"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (datetime.datetime(2026, 3, 1, 12, 0, tzinfo=datetime.UTC), "2026-03-01T12:00:00Z"),
        (datetime.datetime(2026, 3, 1, 12, 0), "2026-03-01T12:00:00Z"),  # naive: taken as UTC
        (datetime.datetime(2026, 3, 1, 12, 0, 0, 5, tzinfo=datetime.UTC), "2026-03-01T12:00:00.000005Z"),
        (
            datetime.datetime(2026, 3, 1, 14, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
            "2026-03-01T12:00:00Z",
        ),
    ],
)
def test_timestamps_round_trip_in_one_canonical_form(value: datetime.datetime, text: str) -> None:
    assert format_timestamp(value) == text
    assert format_timestamp(parse_timestamp(text)) == text


def test_state_keeps_unknown_keys_and_refuses_a_newer_version() -> None:
    state = SyncState(scope=Scope(sources=("lever",)))
    items = {k: v for k, v in state_to_items(state).items() if v is not None}
    items["written_by_a_plugin"] = '"x"'
    read = state_from_items(items)
    assert read.scope == state.scope and read.extra == {"written_by_a_plugin": '"x"'}
    assert state_to_items(read)["written_by_a_plugin"] == '"x"'
    with pytest.raises(ValueError, match="newer jobo-sync"):
        state_from_items({**items, "schema_version": "99"})
