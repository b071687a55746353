"""When to stop and what to send next: the pagination rules shared by the sync and async iterators.

Page-based endpoints (search, company jobs) stop on an empty page or at ``total_pages``. Cursor-based
endpoints (feeds, expired ids, career sites) stop when ``has_more`` is false or no cursor comes back,
and a continuation sends the cursor alone: the cursor carries the first request's filters and batch
size, and the API ignores anything sent beside it.

The iterators do not trust the server to end a scan: :class:`PageCounter` numbers the pages itself and
rejects a page that is not the one requested, and :class:`CursorScan` rejects a cursor this scan has
already sent (the one just sent, or an earlier one: a cycle), or a run of :data:`MAX_EMPTY_PAGES` empty
pages that all claim ``has_more``. Each raises
:class:`~jobo_ext._invoke.UnusableResponse`, which the iterator's guard reports as
:class:`~jobo_ext.APIResponseError` naming the operation, so a broken server costs a bounded number of
requests (and credits) instead of looping.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jobo_ext._invoke import UnusableResponse

if TYPE_CHECKING:  # annotations only: importing jobo_ext loads no model module (issue 17)
    from jobo_client.models.career_site_feed_response import CareerSiteFeedResponse
    from jobo_client.models.job_search_response import JobSearchResponse

__all__ = [
    "MAX_EMPTY_PAGES",
    "CursorScan",
    "PageCounter",
    "career_site_rows",
    "count_rows",
    "next_cursor",
    "next_page",
]

#: Empty pages in a row, each with ``has_more`` true, after which a cursor scan is declared broken. A
#: filtered scan can legitimately meet an empty batch now and then; two dozen in a row is a server loop.
MAX_EMPTY_PAGES = 25


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class PageCounter:
    """The page numbers of a page-based scan, counted here rather than read from the server."""

    __slots__ = ("number",)

    def __init__(self, first: int) -> None:
        self.number = first
        """The page requested last (the next one once :meth:`after` returned it)."""

    def after(self, page: JobSearchResponse) -> int | None:
        """The page number to request after ``page``, or ``None`` when it was the last.

        Raises :class:`UnusableResponse` when ``page`` is not the page requested, or its
        ``total_pages`` is not a number: following such a server could repeat pages forever.
        """
        if not _is_int(page.page) or page.page != self.number:
            raise UnusableResponse(
                f"page {self.number} was requested but the response says page {page.page!r}", "page"
            )
        if not _is_int(page.total_pages):
            raise UnusableResponse(f"total_pages is {page.total_pages!r}, not an integer", "total_pages")
        if not page.jobs or self.number >= page.total_pages:
            return None
        self.number += 1
        return self.number


def next_page(page: JobSearchResponse) -> int | None:
    """The page number to fetch after ``page``, or ``None`` when it was the last.

    Trusts ``page.page``; the iterators use :class:`PageCounter`, which does not.
    """
    if not page.jobs or page.page >= page.total_pages:
        return None
    return page.page + 1


class CursorScan:
    """The cursors of one cursor-based scan: what to send next, and whether the server is looping."""

    __slots__ = ("empty", "seen", "sent")

    def __init__(self, cursor: str | None) -> None:
        self.sent = cursor
        """The cursor of the latest request (``None`` for a first request without one)."""
        self.seen: set[str] = {cursor} if cursor is not None else set()
        """Every cursor this scan has sent: one coming back means the server goes in a circle. Grows with
        the pages fetched (a cursor each), as the work does."""
        self.empty = 0
        """Empty pages in a row so far, each with ``has_more`` true."""

    def after(self, has_more: object, returned: object, rows: int) -> str | None:
        """The cursor to continue with after a page of ``rows`` items, or ``None`` when the scan is complete.

        Raises :class:`UnusableResponse` when ``has_more`` is true but ``returned`` is a cursor this scan
        already sent, or on the :data:`MAX_EMPTY_PAGES`-th empty page in a row that claims ``has_more``.
        """
        if not has_more or not isinstance(returned, str) or not returned:
            return None
        if returned == self.sent:
            raise UnusableResponse(
                "has_more is true but next_cursor repeats the cursor just sent; continuing would fetch "
                "the same page forever",
                "next_cursor",
            )
        if returned in self.seen:
            raise UnusableResponse(
                "has_more is true but next_cursor is one this scan already sent; continuing would go "
                "round in a circle",
                "next_cursor",
            )
        self.empty = self.empty + 1 if rows == 0 else 0
        if self.empty >= MAX_EMPTY_PAGES:
            raise UnusableResponse(
                f"{self.empty} empty pages in a row, each with has_more true; the scan is not advancing",
                "has_more",
            )
        self.sent = returned
        self.seen.add(returned)
        return returned


def next_cursor(sent: str | None, has_more: bool, returned: object) -> str | None:
    """The cursor to continue with, or ``None`` when the scan is complete.

    Trusts the server: a response that hands back the cursor it was sent ends the scan here. The facade's
    iterators and the jobo-sync sweep use :class:`CursorScan`, which raises instead.
    """
    if not has_more or not isinstance(returned, str) or not returned or returned == sent:
        return None
    return returned


def count_rows(value: object) -> int:
    """How many items a page's row list holds (``0`` when it is not a list, as in a raw page gone wrong)."""
    return len(value) if isinstance(value, list) else 0


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
