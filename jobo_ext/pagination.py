"""When to stop and what to send next: the pagination rules shared by the sync and async iterators.

Page-based endpoints (search, company jobs) stop on an empty page or at ``total_pages``. Cursor-based
endpoints (feeds, expired ids, career sites) stop when ``has_more`` is false or no cursor comes back,
and a continuation sends the cursor alone: the cursor carries the first request's filters and batch
size, and the API ignores anything sent beside it.
"""

from __future__ import annotations

from typing import Any

from jobo_client.models.career_site_feed_response import CareerSiteFeedResponse
from jobo_client.models.job_search_response import JobSearchResponse
from jobo_client.types import Unset

__all__ = ["career_site_rows", "next_cursor", "next_page"]


def next_page(page: JobSearchResponse) -> int | None:
    """The page number to fetch after ``page``, or ``None`` when it was the last."""
    if not page.jobs or page.page >= page.total_pages:
        return None
    return page.page + 1


def next_cursor(sent: str | None, has_more: bool, returned: str | Unset | None) -> str | None:
    """The cursor to continue with, or ``None`` when the scan is complete.

    A response that hands back the cursor it was sent would loop forever; it ends the scan instead.
    """
    if not has_more or not isinstance(returned, str) or not returned or returned == sent:
        return None
    return returned


def career_site_rows(page: CareerSiteFeedResponse) -> list[dict[str, Any]]:
    """The rows of a career-sites batch.

    The documentation does not name the list's key, so the rows are the one property whose value is a
    list of objects; a batch with none has no rows, and more than one is ambiguous.
    """
    lists = [
        value
        for value in page.additional_properties.values()
        if isinstance(value, list) and all(isinstance(item, dict) for item in value)
    ]
    if len(lists) > 1:
        keys = sorted(k for k, v in page.additional_properties.items() if isinstance(v, list))
        raise ValueError(f"career-sites batch has several row lists ({', '.join(keys)}); cannot tell which")
    return list(lists[0]) if lists else []
