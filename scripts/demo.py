"""A short tour of ``jobo_ext``: search, lookups, a feed backfill, and how failures look.

Run with ``make demo``. Without ``JOBO_BASE_URL`` the demo starts the bundled mock server
(``jobo_ext.testing.MockJoboServer``) on a free local port and injects a 429, a 503 and a 402 to show
the client waiting and recovering. With ``JOBO_API_KEY`` and ``JOBO_BASE_URL`` set it runs the same
calls against that API instead (the fault-injection steps are skipped; searching and the feed cost
credits there).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Iterator

from jobo_client.models.job_search_response import JobSearchResponse

import jobo_ext
from jobo_ext import InsufficientCreditsError, JoboClient, RetryPolicy, ServiceUnavailableError
from jobo_ext.testing import MockJoboServer

BACKFILL_JOBS = 3_000


def say(text: str) -> None:
    print(text, flush=True)


def facets_line(page: JobSearchResponse) -> str:
    if not page.facets:
        return "no facets"
    parts = []
    for name, buckets in page.facets.additional_properties.items():
        top = ", ".join(f"{b.key} ({b.count})" for b in buckets[:3])
        parts.append(f"{name}: {top}")
    return "; ".join(parts[:2])


def tour(jobo: JoboClient, server: MockJoboServer | None) -> None:
    say("1. Searching for 'engineer' jobs, 5 per page, with facets …")
    page = jobo.jobs.search(q="engineer", page_size=5, include_facets=["work_model", "experience_level"])
    say(f"   {page.total} matches over {page.total_pages} pages; {facets_line(page)}")
    first = page.jobs[0]
    say(f"   first hit: {first.title!r} ({first.workplace_type}, {first.source})")

    say("2. Fetching that job by id, then its company profile (a public, free endpoint) …")
    job = jobo.jobs.get(first.id)
    if job.company:
        company = jobo.companies.get(job.company.id)
        say(f"   {job.title} at {company.name}, headquartered in {company.headquarters_location}")

    say("3. Geocoding 'London, UK' …")
    geo = jobo.locations.geocode("London, UK")
    place = geo.locations[0] if geo.locations else None
    if place:
        say(f"   {place.display_name}: {place.latitude}, {place.longitude} (method {geo.method})")

    say(f"4. Backfilling up to {BACKFILL_JOBS:,} jobs from the feed, 1,000 per batch …")
    fetched, cursor, started = 0, None, time.monotonic()
    for batch in jobo.feed.iter_pages(batch_size=1000):
        fetched += len(batch.jobs)
        cursor = batch.next_cursor  # a real sync stores the jobs, then persists this cursor
        say(f"   … {fetched:,} jobs so far ({fetched / (time.monotonic() - started):,.0f} jobs/s)")
        if fetched >= BACKFILL_JOBS:
            break
    say(f"   stopped with a resumable cursor: {str(cursor)[:24]}…")

    say("5. Sweeping ids of jobs that expired in the last 24 hours …")
    expired = sum(1 for _ in jobo.feed.iter_expired())
    say(f"   {expired} expired ids (mark them deleted in your store)")

    if server is None:
        return

    say("6. The API rate-limits us once (429, Retry-After: 1) …")
    server.faults.add(path="/api/jobs", status=429, times=1, retry_after=1)
    page = jobo.jobs.search(q="designer", page_size=1)
    say(f"   … the client waited as told and got the page ({page.total} matches)")

    say("7. The feed is under load (503, Retry-After: 1, twice) …")
    server.faults.add(path="/api/jobs/feed", status=503, times=2, retry_after=1)
    batch = jobo.feed.jobs(batch_size=10)
    say(f"   … recovered after two waits: {len(batch.jobs)} jobs")

    say("8. Creating an Auto Apply profile (201 Created) …")
    profile = jobo.auto_apply.profiles.create(name="Default Profile")
    say(f"   {profile.to_dict()}")
    server.auto_apply_gate = True
    try:
        jobo.auto_apply.profiles.create(name="Second")
    except ServiceUnavailableError as err:
        say(f"   with the launch gate on: {err.status_code} {err.code} — raised at once, not retried")
    server.auto_apply_gate = False

    say("9. The wallet runs dry …")
    server.wallet.balance = 3
    try:
        jobo.jobs.search(q="analyst", page_size=10)
    except InsufficientCreditsError as err:
        say(f"   {err}")
        say(f"   required {err.credits_required}, balance {err.credits_balance}; hint: {err.hint}")


@contextlib.contextmanager
def api(policy: RetryPolicy) -> Iterator[tuple[JoboClient, MockJoboServer | None]]:
    if os.environ.get("JOBO_BASE_URL"):
        say(f"Using the API at {os.environ['JOBO_BASE_URL']}")
        with JoboClient(retry_policy=policy) as jobo:
            yield jobo, None
        return
    with MockJoboServer(jobs=20_000, seed=7) as server:
        say(f"Started the local mock Jobo API at {server.url} (20,000 synthetic jobs)")
        with JoboClient(api_key=server.api_key, base_url=server.url, retry_policy=policy) as jobo:
            yield jobo, server


def main(retry_policy: RetryPolicy | None = None) -> int:
    """Run the tour; ``retry_policy`` lets tests replace the real waits."""
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("   [retry] %(message)s"))
    logger = logging.getLogger("jobo_ext")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        return _run(retry_policy)
    finally:
        logger.removeHandler(handler)


def _run(retry_policy: RetryPolicy | None) -> int:
    with api(retry_policy or RetryPolicy()) as (jobo, server):
        tour(jobo, server)
        usage = jobo.usage.snapshot()
        say(
            f"Done: {usage.requests} requests, {usage.credits_deducted:,.1f} credits spent, "
            f"balance {usage.credits_balance}. (jobo_ext {jobo_ext.__version__})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
