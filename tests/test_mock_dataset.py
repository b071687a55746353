"""The synthetic dataset: determinism, realistic shapes, timestamps and mutations."""

from __future__ import annotations

import json
import re
import time

import pytest

from jobo_ext.testing import Dataset, JobFilter, vocab
from jobo_ext.testing.dataset import QUIET, iso

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
ANCHOR = 1_790_000_000  # a fixed "now" so that two datasets agree on timestamps too


class FakeClock:
    """A settable clock for mutations."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_same_seed_same_data_and_different_seed_different_ids() -> None:
    a = Dataset(500, seed=3, anchor=ANCHOR)
    b = Dataset(500, seed=3, anchor=ANCHOR)
    c = Dataset(500, seed=4, anchor=ANCHOR)
    assert a.active_ids() == b.active_ids()
    assert a.expired_ids() == b.expired_ids()
    assert a.company_ids() == b.company_ids()
    assert list(a.jobs()) == list(b.jobs())
    assert not set(a.all_ids()) & set(c.all_ids())


def test_job_ids_do_not_depend_on_the_dataset_size() -> None:
    small = Dataset(100, seed=5, expired=0, anchor=ANCHOR)
    large = Dataset(1_000, seed=5, expired=0, anchor=ANCHOR)
    assert large.all_ids()[:100] == small.all_ids()


def test_counts_ids_and_order() -> None:
    ds = Dataset(2_000, seed=1, expired=40, anchor=ANCHOR)
    assert len(ds) == ds.job_count == 2_000
    assert len(ds.expired_ids()) == 40
    assert len(ds.all_ids()) == 2_040
    assert len(set(ds.all_ids())) == 2_040
    assert all(UUID.match(i) for i in ds.all_ids())
    assert not set(ds.active_ids()) & set(ds.expired_ids())
    created = [job["created_at"] for job in ds.jobs()]
    assert created == sorted(created), "index order is creation order"
    assert ds.company_count == 80


def test_initial_timestamps_leave_a_quiet_hour_before_the_anchor() -> None:
    ds = Dataset(1_000, seed=2, anchor=ANCHOR)
    quiet = iso(ANCHOR - QUIET)
    for job in ds.jobs():
        assert job["created_at"] <= job["updated_at"] <= quiet
        if job["date_posted"] is not None:
            assert job["date_posted"] <= job["created_at"]
    updated = sum(job["created_at"] != job["updated_at"] for job in ds.jobs())
    assert 150 < updated < 450  # about 30 % were re-published


def test_initial_expiries_are_within_the_seven_day_lookback() -> None:
    ds = Dataset(5_000, seed=2, anchor=ANCHOR, clock=FakeClock(ANCHOR))
    everything = ds.expired_ids(ANCHOR - 7 * 86_400)
    assert len(everything) == 100
    last_day = ds.expired_ids(ANCHOR - 86_400)
    assert 0 < len(last_day) < 40


def test_job_shape_matches_the_reference_fixture() -> None:
    ds = Dataset(300, seed=9, anchor=ANCHOR)
    expected_keys = {
        "id", "title", "normalized_title", "company", "description", "summary", "listing_url", "apply_url",
        "locations", "compensation", "employment_type", "workplace_type", "experience_level", "source",
        "created_at", "updated_at", "date_posted", "valid_through", "qualifications", "responsibilities",
        "benefits", "is_work_auth_required", "is_h1b_sponsor", "is_clearance_required",
    }  # fmt: skip
    displays: dict[str, set[str | None]] = {
        "workplace_type": {d for _, d in vocab.WORK_MODELS},
        "employment_type": {d for _, d in vocab.EMPLOYMENT_TYPES},
        "experience_level": {d for _, d in vocab.EXPERIENCE_LEVELS} | {None},
    }
    sources = {s for s, _, _ in vocab.SOURCES}
    seen_remote = seen_compensation = False
    for job in ds.jobs():
        assert set(job) == expected_keys
        for key, allowed in displays.items():
            assert job[key] in allowed
        assert job["source"] in sources
        assert (
            job["company"]["details_url"]
            == f"https://connect.jobo.world/api/companies/{job['company']['id']}"
        )
        assert job["description"].startswith("<p>")
        assert set(job["qualifications"]) == {"must_have", "preferred"}
        for loc in job["locations"]:
            assert set(loc) == {"location", "city", "region", "country", "latitude", "longitude"}
        if job["workplace_type"] == "Remote":
            seen_remote = True
            assert all(loc["latitude"] is None for loc in job["locations"])
        if job["compensation"]:
            seen_compensation = True
            assert job["compensation"]["period"] in {"yearly", "hourly"}
            assert job["compensation"]["min"] <= job["compensation"]["max"]
    assert seen_remote and seen_compensation


def test_include_fields_trims_heavy_fields_to_absent() -> None:
    ds = Dataset(10, seed=1)
    job = ds.job_dict(0, fields=frozenset({"summary"}))
    assert "summary" in job
    assert not {"description", "qualifications", "responsibilities", "benefits"} & set(job)
    assert "description" not in ds.job_dict(0, fields=frozenset())


def test_cached_job_json_equals_the_job_dictionary() -> None:
    ds = Dataset(3_000, seed=12, anchor=ANCHOR)
    for i in range(0, 3_000, 37):
        assert json.loads(ds.job_json(i)) == ds.job_dict(i)
    ds.base_url = "http://127.0.0.1:1"
    assert json.loads(ds.job_json(0))["company"]["details_url"].startswith(
        "http://127.0.0.1:1/api/companies/"
    )


def test_iso_timestamps() -> None:
    for ts in (0, ANCHOR, ANCHOR - 1, 1_709_510_400, 4_102_444_799):
        assert iso(ts) == time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def test_company_profile_has_the_full_company_shape() -> None:
    ds = Dataset(100, seed=1)
    company = ds.company(ds.company_ids()[0])
    assert company is not None
    for key in (
        "legal_name",
        "headquarters_location",
        "funding_rounds",
        "leadership",
        "tech_stack",
        "page_rank",
    ):
        assert key in company
    assert ds.company("00000000-0000-4000-8000-000000000000") is None


def test_touch_updates_only_updated_at_and_is_visible_to_updated_after() -> None:
    clock = FakeClock(ANCHOR + 600)
    ds = Dataset(1_000, seed=4, anchor=ANCHOR, clock=clock)
    order = ds.active_ids()
    before = ds.version
    touched = ds.touch(7)
    assert len(set(touched)) == 7
    assert ds.version > before
    assert ds.active_ids() == order, "touching does not move jobs in the stable order"
    for job_id in touched:
        assert ds.updated_at(job_id) == iso(ANCHOR + 600)
    hits = ds.matching(JobFilter(updated_after=ANCHOR + 600))
    assert sorted(ds.job_id(i) for i in hits) == sorted(touched)
    again = ds.touch(ids=[touched[0]])
    assert again == [touched[0]]
    assert ds.updated_at(touched[0]) == iso(ANCHOR + 601), "updated_at strictly increases"


def test_expire_moves_jobs_to_the_expired_feed() -> None:
    clock = FakeClock(ANCHOR + 60)
    ds = Dataset(500, seed=4, expired=0, anchor=ANCHOR, clock=clock)
    gone = ds.expire(5)
    assert len(ds) == 495
    assert ds.expired_ids(ANCHOR) == gone
    for job_id in gone:
        assert ds.job(job_id) is None
        assert not ds.is_active(job_id)
    with pytest.raises(KeyError):
        ds.expire(ids=[gone[0]])
    with pytest.raises(ValueError):
        ds.touch(10_000)


def test_add_appends_new_jobs_at_the_end_of_the_creation_order() -> None:
    clock = FakeClock(ANCHOR + 120)
    ds = Dataset(200, seed=4, anchor=ANCHOR, clock=clock)
    new = ds.add(3)
    assert ds.active_ids()[-3:] == new
    for job_id in new:
        job = ds.job(job_id)
        assert job is not None
        assert job["created_at"] == job["updated_at"] == iso(ANCHOR + 120)
        assert job["summary"] is None, "recently indexed jobs have no summary yet"
    assert len(ds) == 203


def test_mutations_are_deterministic() -> None:
    runs = []
    for _ in range(2):
        ds = Dataset(300, seed=8, anchor=ANCHOR, clock=FakeClock(ANCHOR + 5))
        runs.append((ds.touch(3), ds.expire(2), ds.add(2)))
    assert runs[0] == runs[1]


def test_filters_and_facets() -> None:
    ds = Dataset(3_000, seed=6, anchor=ANCHOR)
    remote = ds.matching(JobFilter(work_models=frozenset({"remote"})))
    assert remote and all(ds.job_dict(i)["workplace_type"] == "Remote" for i in remote[:50])
    assert ds.matching(JobFilter(work_models=frozenset({"spaceship"}))) == []
    facets = ds.facets(remote, ["work_model", "nonsense"])
    assert facets == {"work_model": [{"key": "Remote", "count": len(remote)}]}
    london = ds.matching(JobFilter(locations=("London",)))
    assert london and all(ds.job_dict(i)["locations"][0]["city"] == "London" for i in london)
    parts = ds.matching(JobFilter(location_parts=(("gb", None, None),)))
    assert set(london) <= set(parts)


def test_a_hundred_thousand_jobs_start_quickly() -> None:
    started = time.perf_counter()
    ds = Dataset(100_000, seed=1)
    elapsed = time.perf_counter() - started
    assert len(ds) == 100_000
    assert elapsed < 10, f"took {elapsed:.2f}s"
