"""GENERATED from ``_async.py`` by ``scripts/unasync.py`` — do not edit; edit ``_async.py``.

``_sync.py`` beside this file is produced from this one by ``scripts/unasync.py`` (``make unasync``; a
test fails when it is stale), the way httpcore keeps its sync and async code from drifting apart. Edit
this file, never ``_sync.py``.

Each public method maps to one generated operation (the ``@operation`` decorator records which) and
takes that operation's parameters under the spec's names; a test compares the two signatures. Each
parameter list is written once, on the single-page method: its iterators take it over with
``@pages_of`` (a ``ParamSpec`` decorator). Operations and models are imported on first use. Errors,
retries, timeouts and usage accounting happen below, in the transport, for every call alike.
"""

from __future__ import annotations

import builtins
import datetime
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from jobo_client import models
from jobo_client.types import UNSET, Unset

from jobo_ext._invoke import parse_guard
from jobo_ext._json import DECODER_EXTENSION, stdlib_loads
from jobo_ext.errors import JoboError
from jobo_ext.pagination import CursorScan, PageCounter, career_site_rows, count_rows
from jobo_ext.resources import _endpoints as api
from jobo_ext.resources._common import (
    Resource,
    ResumeUpload,
    answers_of,
    arguments,
    fields_of,
    open_resume,
    operation,
    pages_of,
    verbatim_page,
)
from jobo_ext.validation import check_non_empty, check_uuid
from jobo_ext.verbatim import VerbatimItems, VerbatimPage

if TYPE_CHECKING:
    from jobo_ext.client import JoboClient

__all__ = [
    "Applications",
    "AutoApply",
    "CareerSites",
    "Companies",
    "Feed",
    "Filters",
    "Jobs",
    "Locations",
    "Profiles",
    "Sessions",
]

T = TypeVar("T")
CSV = str | Sequence[str] | Unset


class _SyncResource(Resource["JoboClient"]):
    def _call(self, endpoint: api.Endpoint, model: type[T], /, *args: Any, **kwargs: Any) -> T:
        """``model`` parsed from ``endpoint``'s generated call through this client.

        With ``model`` ``dict``, the decoded JSON body of the 2xx response and no model built: the
        transport has already decoded (and checked) the body, so this costs no second parse; it decodes
        with the standard library (:func:`~jobo_ext._json.stdlib_loads` says why). With
        :class:`VerbatimPage`, the same, decoded by a walk that keeps each job's source text.

        The generated ``*_detailed`` function in its three steps: build the request, send it, parse the
        response. Its ``Response`` wrapper (an ``HTTPStatus`` and an attrs instance per call) is left
        out; a parse problem is reported with the ``httpx`` response instead, which also names the request.
        """
        request = endpoint.request(*args, **kwargs)
        generated = self._client.generated
        kept = VerbatimItems("jobs") if model is VerbatimPage else None
        if model is dict or kept is not None:
            request["extensions"] = {DECODER_EXTENSION: stdlib_loads if kept is None else kept}
        with self._options(), parse_guard(endpoint.operation_id) as guard:
            response = generated.get_httpx_client().request(**request)
            if kept is not None:
                return cast(T, verbatim_page(guard, response, kept))
            parsed = response.json() if model is dict else endpoint.parse(generated, response)
            return guard.expect(parsed, model, response)

    def _feed_pages(
        self,
        endpoint: api.Endpoint,
        model: type[Any],
        page: type[Any],
        given: dict[str, Any],
        rows: Callable[[Any], int],
    ) -> Iterator[Any]:
        r"""The ``page``\ s of a cursor feed whose request is a ``model`` body built from the arguments ``given``."""
        request = self._feed_body(endpoint.operation_id, model, given)
        start = request.cursor if isinstance(request.cursor, str) else None
        return self._cursor_pages(
            endpoint, page, {"body": request}, lambda c: {"body": model(cursor=c)}, start, rows
        )

    def _numbered_pages(
        self, operation_id: str, fetch: Callable[[int], Any], first: int | Unset
    ) -> Iterator[Any]:
        """Pages ``fetch(number)`` from page ``first`` on, numbered here (:class:`PageCounter`)."""
        pages = PageCounter(first if isinstance(first, int) else 1)
        number: int | None = pages.number
        while number is not None:
            with parse_guard(operation_id):
                current = fetch(number)
                number = pages.after(current)
            yield current

    def _cursor_pages(
        self,
        endpoint: api.Endpoint,
        model: type[Any],
        first: Mapping[str, Any],
        continuation: Callable[[str], Mapping[str, Any]],
        cursor: str | None,
        rows: Callable[[Any], int],
    ) -> Iterator[Any]:
        """Pages of ``endpoint`` called with ``first``, then with ``continuation(next_cursor)`` until the end.

        Pages are ``model`` instances, the decoded JSON (``dict``) or :class:`VerbatimPage`; all carry
        ``has_more`` and ``next_cursor``; ``rows(page)`` counts a page's items. A page the scan cannot
        continue from (a repeated cursor, too many empty pages: :class:`~jobo_ext.pagination.CursorScan`)
        raises :class:`~jobo_ext.APIResponseError` for the operation instead of being yielded.
        """
        kwargs, scan = first, CursorScan(cursor)
        while True:
            with parse_guard(endpoint.operation_id):
                page = self._call(endpoint, model, **kwargs)
                if isinstance(page, dict):
                    following = scan.after(page.get("has_more"), page.get("next_cursor"), rows(page))
                else:
                    following = scan.after(page.has_more, page.next_cursor, rows(page))
            yield page
            if following is None:
                return
            kwargs = continuation(following)


class Jobs(_SyncResource):
    """Job search and lookup: ``GET /api/jobs``, ``POST /api/jobs/search``, ``GET /api/jobs/{id}``."""

    @operation(api.search_jobs)
    def search(
        self,
        *,
        q: str | Unset = UNSET,
        search_description: bool | Unset = UNSET,
        location: str | Unset = UNSET,
        sources: CSV = UNSET,
        work_model: CSV = UNSET,
        employment_type: CSV = UNSET,
        experience_level: CSV = UNSET,
        posted_after: datetime.datetime | Unset = UNSET,
        posted_before: datetime.datetime | Unset = UNSET,
        discovered_after: datetime.datetime | Unset = UNSET,
        discovered_before: datetime.datetime | Unset = UNSET,
        min_salary_usd: int | Unset = UNSET,
        max_salary_usd: int | Unset = UNSET,
        skills: CSV = UNSET,
        industries: CSV = UNSET,
        include_facets: CSV = UNSET,
        include_fields: CSV = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
    ) -> models.JobSearchResponse:
        """Search jobs with query parameters (``GET /api/jobs``); one page.

        Multi-value filters take a list or a comma-separated string. ``include_facets=[]`` asks for no
        facets and ``include_fields=[]`` for core fields only; leaving them out gives the defaults.

        Cost: metered per delivered job, after a balance precheck against ``page_size`` (so a 402 can
        come even when fewer jobs would match). Raises :class:`ValueError` before sending when
        ``page`` < 1, ``page_size`` is outside 1–100 or a work model, employment type, experience level,
        facet or field name is not one the spec lists (case is ignored; the spec's spelling is sent),
        :class:`TypeError` for an argument of the wrong type; :class:`~jobo_ext.InsufficientCreditsError`,
        :class:`~jobo_ext.RateLimitError` and the other :class:`~jobo_ext.APIStatusError` subclasses
        after retries.
        """
        query = self._check("searchJobs", fields_of(locals()))
        return self._call(api.search_jobs, models.JobSearchResponse, **query)

    @pages_of(search)
    def iter_search_pages(self, *args: Any, **kwargs: Any) -> Iterator[models.JobSearchResponse]:
        """Every page of :meth:`search` from ``page`` on, fetched lazily; stops on an empty or last page.

        Each page is metered as in :meth:`search`. The pages are numbered here, not by the server: a
        response for another page than the one requested raises :class:`~jobo_ext.APIResponseError`.
        """
        filters = arguments(self.search, args, kwargs)
        self._check("searchJobs", filters)
        first = filters.pop("page")
        for page in self._numbered_pages("searchJobs", lambda n: self.search(**filters, page=n), first):
            yield page

    @pages_of(search)
    def iter_search(self, *args: Any, **kwargs: Any) -> Iterator[models.Job]:
        """Every job of :meth:`search`, page after page (one page in memory at a time).

        Each page is metered as in :meth:`search`: a broad query walked to the end can cost a lot.
        """
        for current in self.iter_search_pages(*args, **kwargs):
            for job in current.jobs:
                yield job

    @operation(api.search_jobs_post)
    def search_advanced(
        self,
        *,
        body: models.JobSearchBodyRequest | Unset = UNSET,
        queries: list[str] | Unset = UNSET,
        search_description: bool | Unset = UNSET,
        locations: list[str] | Unset = UNSET,
        sources: list[str] | Unset = UNSET,
        skills: models.InclusionExclusionFilter | Unset = UNSET,
        companies: models.InclusionExclusionFilter | Unset = UNSET,
        industries: models.InclusionExclusionFilter | Unset = UNSET,
        company_categories: models.InclusionExclusionFilter | Unset = UNSET,
        work_models: list[models.WorkModel] | Unset = UNSET,
        employment_types: list[models.EmploymentType] | Unset = UNSET,
        experience_levels: list[models.ExperienceLevel] | Unset = UNSET,
        salary_usd: models.RangeFilter | Unset = UNSET,
        posted_after: datetime.datetime | Unset = UNSET,
        posted_before: datetime.datetime | Unset = UNSET,
        discovered_after: datetime.datetime | Unset = UNSET,
        discovered_before: datetime.datetime | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_facets: list[models.FacetName] | Unset = UNSET,
        include_fields: list[models.HeavyField] | Unset | None = UNSET,
    ) -> models.JobSearchResponse:
        """Search jobs with a structured body (``POST /api/jobs/search``); one page.

        Pass the fields as keyword arguments, or a ready :class:`JobSearchBodyRequest` as ``body``.
        Read-only despite the POST, so it is retried like a GET. Cost and errors as :meth:`jobs.search
        <Jobs.search>`.
        """
        request = self._body("searchJobsPost", models.JobSearchBodyRequest, locals())
        return self._call(api.search_jobs_post, models.JobSearchResponse, body=request)

    @operation(api.get_job)
    def get(self, id: UUID | str) -> models.Job:
        """One job by id (``GET /api/jobs/{id}``). Free; counts toward the rate limit.

        Raises :class:`ValueError` for a non-UUID id (before sending), :class:`~jobo_ext.NotFoundError`
        once the listing is gone.
        """
        return self._call(api.get_job, models.Job, check_uuid("id", id))


class Feed(_SyncResource):
    """The bulk feeds: ``POST /api/jobs/feed``, ``POST /api/jobs/feed/managed``, ``GET /api/jobs/expired``."""

    @operation(api.get_job_feed)
    def jobs(
        self,
        *,
        body: models.JobFeedRequest | Unset = UNSET,
        locations: list[models.LocationFilter] | Unset = UNSET,
        sources: list[str] | Unset = UNSET,
        work_models: list[models.WorkModel] | Unset = UNSET,
        employment_types: list[models.EmploymentType] | Unset = UNSET,
        experience_levels: list[models.ExperienceLevel] | Unset = UNSET,
        posted_after: datetime.datetime | Unset = UNSET,
        updated_after: datetime.datetime | Unset = UNSET,
        stable_scan: bool | Unset = UNSET,
        cursor: str | Unset = UNSET,
        batch_size: int | Unset = UNSET,
    ) -> models.JobFeedResponse:
        """One batch of the jobs feed (``POST /api/jobs/feed``).

        The first call carries the filters; continue with ``cursor=batch.next_cursor`` alone. Free with a
        Jobs Feed subscription, otherwise metered per delivered job. Read timeout 120 s. Raises
        :class:`ValueError` before sending for ``batch_size`` outside 1–1000 or filters beside a cursor;
        :class:`~jobo_ext.CursorRestartRequiredError` when the scan must start again.
        """
        request = self._feed_body("getJobFeed", models.JobFeedRequest, locals())
        return self._call(api.get_job_feed, models.JobFeedResponse, body=request)

    @pages_of(jobs)
    def iter_pages(self, *args: Any, **kwargs: Any) -> Iterator[models.JobFeedResponse]:
        """Every batch of the jobs feed until ``has_more`` is false, each with its ``next_cursor``.

        Persist ``batch.next_cursor`` after storing ``batch.jobs``; after a crash pass it back as
        ``cursor=`` to resume exactly where the scan stopped. Cost as :meth:`jobs`. A server that does
        not advance (a cursor already sent comes back, or 25 empty batches in a row claim ``has_more``)
        raises :class:`~jobo_ext.APIResponseError`.
        """
        given = arguments(self.jobs, args, kwargs)
        pages = self._feed_pages(
            api.get_job_feed, models.JobFeedRequest, models.JobFeedResponse, given, _jobs
        )
        for page in pages:
            yield page

    @pages_of(jobs)
    def iter_jobs(self, *args: Any, **kwargs: Any) -> Iterator[models.Job]:
        """Every job of the feed, batch after batch (one batch in memory at a time). Cost as :meth:`jobs`."""
        for page in self.iter_pages(*args, **kwargs):
            for job in page.jobs:
                yield job

    @pages_of(jobs)
    def iter_raw_pages(self, *args: Any, **kwargs: Any) -> Iterator[dict[str, Any]]:
        """:meth:`iter_pages` without models: each batch is the decoded JSON (``batch["jobs"]`` is a list
        of plain dicts, ``batch["next_cursor"]`` the cursor to persist).

        For bulk pipelines: it skips building a ``Job`` per job, the larger part of a batch's client-side
        cost (:meth:`iter_verbatim_pages` also keeps each job's text as sent, to store it as is). Same
        requests, cost and errors as :meth:`iter_pages`.
        """
        given = arguments(self.jobs, args, kwargs)
        rows: Callable[[Any], int] = lambda p: count_rows(p.get("jobs"))  # noqa: E731
        for page in self._feed_pages(api.get_job_feed, models.JobFeedRequest, dict, given, rows):
            yield page

    @pages_of(jobs)
    def iter_verbatim_pages(self, *args: Any, **kwargs: Any) -> Iterator[VerbatimPage]:
        """:meth:`iter_raw_pages` that also keeps each job's JSON text exactly as the API sent it.

        ``page.data`` is the decoded batch, ``page.job_texts[i]`` the text of ``page.data["jobs"][i]``
        (``for job, text in page``). For storing jobs as received: the body is decoded once, by the
        standard library, and nothing is re-encoded. Same requests, cost and errors as :meth:`iter_pages`.
        """
        given = arguments(self.jobs, args, kwargs)
        rows: Callable[[Any], int] = lambda p: count_rows(p.data.get("jobs"))  # noqa: E731
        pages = self._feed_pages(api.get_job_feed, models.JobFeedRequest, VerbatimPage, given, rows)
        for page in pages:
            yield page

    @operation(api.get_managed_job_feed)
    def managed_jobs(
        self,
        *,
        body: models.ManagedJobFeedRequest | Unset = UNSET,
        sources: list[str] | Unset = UNSET,
        work_models: list[models.WorkModel] | Unset = UNSET,
        posted_after: datetime.datetime | Unset = UNSET,
        updated_after: datetime.datetime | Unset = UNSET,
        cursor: str | Unset = UNSET,
        batch_size: int | Unset = UNSET,
    ) -> models.JobFeedResponse:
        """One batch of the managed feed (``POST /api/jobs/feed/managed``): jobs of the companies set up
        in Managed Job Scraping. Metering is not documented. Sandbox and marketplace keys get
        :class:`~jobo_ext.PermissionDeniedError`. Read timeout 120 s.
        """
        request = self._feed_body("getManagedJobFeed", models.ManagedJobFeedRequest, locals())
        return self._call(api.get_managed_job_feed, models.JobFeedResponse, body=request)

    @pages_of(managed_jobs)
    def iter_managed_pages(self, *args: Any, **kwargs: Any) -> Iterator[models.JobFeedResponse]:
        """Every batch of the managed feed, each with its ``next_cursor`` (resumable like :meth:`iter_pages`)."""
        given = arguments(self.managed_jobs, args, kwargs)
        feed, request = api.get_managed_job_feed, models.ManagedJobFeedRequest
        pages = self._feed_pages(feed, request, models.JobFeedResponse, given, _jobs)
        for page in pages:
            yield page

    @pages_of(managed_jobs)
    def iter_managed_jobs(self, *args: Any, **kwargs: Any) -> Iterator[models.Job]:
        """Every job of the managed feed, batch after batch."""
        for page in self.iter_managed_pages(*args, **kwargs):
            for job in page.jobs:
                yield job

    @operation(api.get_expired_job_ids)
    def expired(
        self,
        *,
        expired_since: datetime.datetime | Unset | None = UNSET,
        cursor: str | Unset = UNSET,
        batch_size: int | Unset = UNSET,
    ) -> models.ExpiredJobIdsResponse:
        """One page of ids of jobs that expired after ``expired_since`` (default: 24 hours ago, at most 7
        days back) — ``GET /api/jobs/expired``. Always free. Raises :class:`ValueError` before sending
        for ``batch_size`` outside 1–10000.
        """
        query = self._check("getExpiredJobIds", fields_of(locals()))
        return self._call(api.get_expired_job_ids, models.ExpiredJobIdsResponse, **query)

    @pages_of(expired)
    def iter_expired_pages(self, *args: Any, **kwargs: Any) -> Iterator[models.ExpiredJobIdsResponse]:
        """Every page of expired ids, each with its ``next_cursor`` (resumable). Always free."""
        given = arguments(self.expired, args, kwargs)
        pages = self._cursor_pages(
            api.get_expired_job_ids,
            models.ExpiredJobIdsResponse,
            self._check("getExpiredJobIds", given),
            lambda c: {**given, "cursor": c},
            given["cursor"] if isinstance(given["cursor"], str) else None,
            lambda p: len(p.job_ids),
        )
        for page in pages:
            yield page

    @pages_of(expired)
    def iter_expired(self, *args: Any, **kwargs: Any) -> Iterator[UUID]:
        """Every expired job id since ``expired_since``, page after page. Always free."""
        for page in self.iter_expired_pages(*args, **kwargs):
            for job_id in page.job_ids:
                yield job_id


class CareerSites(_SyncResource):
    """The career-sites feed: ``POST /api/career-sites/feed``."""

    @operation(api.get_career_site_feed)
    def feed(
        self,
        *,
        body: models.CareerSiteFeedRequest | Unset = UNSET,
        industries: list[str] | Unset = UNSET,
        updated_after: datetime.datetime | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> models.CareerSiteFeedResponse:
        """One batch (at most 50 rows) of newly discovered career sites. Metered per row returned. Rows
        are in :func:`jobo_ext.pagination.career_site_rows` (the list's key is not documented).
        """
        request = self._feed_body("getCareerSiteFeed", models.CareerSiteFeedRequest, locals())
        return self._call(api.get_career_site_feed, models.CareerSiteFeedResponse, body=request)

    @pages_of(feed)
    def iter_pages(self, *args: Any, **kwargs: Any) -> Iterator[models.CareerSiteFeedResponse]:
        """Every batch of the career-sites feed, each with its ``next_cursor`` (resumable)."""
        pages = self._feed_pages(
            api.get_career_site_feed,
            models.CareerSiteFeedRequest,
            models.CareerSiteFeedResponse,
            arguments(self.feed, args, kwargs),
            lambda p: sum(count_rows(value) for value in p.additional_properties.values()),
        )
        for page in pages:
            yield page

    @pages_of(feed)
    def iter_feed(self, *args: Any, **kwargs: Any) -> Iterator[dict[str, Any]]:
        """Every career-site row (a plain dict: the row schema is not documented), batch after batch."""
        for page in self.iter_pages(*args, **kwargs):
            for row in career_site_rows(page):
                yield row


class Companies(_SyncResource):
    """Companies: ``GET /api/companies/{id}`` (public) and ``GET /api/companies/{id}/jobs``."""

    @operation(api.get_company)
    def get(self, id: UUID | str) -> models.Company:
        """The full company profile. Public (works without an API key) and free."""
        return self._call(api.get_company, models.Company, check_uuid("id", id))

    @operation(api.get_company_jobs)
    def jobs(
        self,
        id: UUID | str,
        *,
        posted_after: datetime.datetime | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
    ) -> models.JobSearchResponse:
        """One page of a company's jobs. Metered like search (per delivered job, precheck on ``page_size``)."""
        query = self._check("getCompanyJobs", fields_of(locals(), exclude=("self", "id")))
        return self._call(api.get_company_jobs, models.JobSearchResponse, check_uuid("id", id), **query)

    @pages_of(jobs)
    def iter_jobs(self, *args: Any, **kwargs: Any) -> Iterator[models.Job]:
        """Every job of a company, page after page. Each page is metered as in :meth:`jobs`."""
        given = arguments(self.jobs, args, kwargs)
        company = given.pop("id")
        self._check("getCompanyJobs", given)
        fetch = lambda n: self.jobs(company, **{**given, "page": n})  # noqa: E731
        for page in self._numbered_pages("getCompanyJobs", fetch, given["page"]):
            for job in page.jobs:
                yield job


class Locations(_SyncResource):
    """Geocoding and suggestions: ``GET /api/locations/geocode``, ``GET /api/connectors/locations/suggest``."""

    @operation(api.geocode_location)
    def geocode(self, location: str) -> models.GeocodeResultItem:
        """Resolve a free-text location. One flat credit per request, debited up front. Raises
        :class:`ValueError` before sending for an empty ``location``.
        """
        return self._call(
            api.geocode_location, models.GeocodeResultItem, location=check_non_empty("location", location)
        )

    @operation(api.suggest_locations)
    def suggest(
        self, q: str | Unset = UNSET, *, limit: int | Unset = UNSET
    ) -> models.LocationSuggestResponse:
        """Location autocomplete (fewer than two characters give no suggestions). Free."""
        query = self._check("suggestLocations", {"q": q, "limit": limit})
        return self._call(api.suggest_locations, models.LocationSuggestResponse, **query)


class Filters(_SyncResource):
    """Filter vocabularies: ``GET /api/connectors/filters`` and ``.../filter-options/{facet}``."""

    @operation(api.get_connector_filters)
    def get(self) -> models.ConnectorFiltersResponse:
        """The canonical filter values and the live list of sources with job counts. Free."""
        return self._call(api.get_connector_filters, models.ConnectorFiltersResponse)

    @operation(api.get_connector_filter_options)
    def options(
        self,
        facet: models.GetConnectorFilterOptionsFacet,
        *,
        q: str | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> models.FilterOptionsResponse:
        """Top values of ``facet`` (``sources``, ``industries`` or ``skills``), narrowed by ``q``. Free."""
        query = self._check("getConnectorFilterOptions", {"facet": facet, "q": q, "limit": limit})
        return self._call(
            api.get_connector_filter_options, models.FilterOptionsResponse, query.pop("facet"), **query
        )


class Profiles(_SyncResource):
    """Auto Apply profiles: create, list, get, and import from a resume."""

    @operation(api.create_auto_apply_profile)
    def create(
        self,
        *,
        body: models.ProfileInput | Unset = UNSET,
        name: str | Unset = UNSET,
        contact: models.ProfileContact | Unset = UNSET,
        location: models.ProfileAddress | Unset = UNSET,
        links: models.ProfileLinks | Unset = UNSET,
        work_experience: builtins.list[models.ProfileWorkExperience] | Unset = UNSET,
        education: builtins.list[models.ProfileEducation] | Unset = UNSET,
        eligibility: models.ProfileEligibility | Unset = UNSET,
        preferences: models.ProfilePreferences | Unset = UNSET,
        self_identification: models.ProfileSelfIdentification | Unset = UNSET,
    ) -> models.Profile:
        """Create a structured profile (``POST /api/auto-apply/profiles``, 201). Not replayed after a 500
        or a lost connection (it creates something). While Auto Apply is gated this raises
        :class:`~jobo_ext.ServiceUnavailableError` with ``code == "auto_apply_coming_soon"`` at once.
        """
        request = self._body("createAutoApplyProfile", models.ProfileInput, locals())
        return self._call(api.create_auto_apply_profile, models.Profile, body=request)

    @operation(api.list_auto_apply_profiles)
    def list(self) -> builtins.list[models.Profile]:
        """All profiles of the account, including importing and failed ones."""
        return self._call(api.list_auto_apply_profiles, list)

    @operation(api.get_auto_apply_profile)
    def get(self, id: UUID | str) -> models.Profile:
        """One profile; :class:`~jobo_ext.NotFoundError` for an unknown id."""
        return self._call(api.get_auto_apply_profile, models.Profile, check_uuid("id", id))

    @operation(api.import_auto_apply_profile)
    def import_resume(
        self,
        file: str | os.PathLike[str] | IO[bytes],
        *,
        wait: bool = True,
        wait_timeout: float = 120.0,
        poll_interval: float = 2.0,
    ) -> models.Profile:
        """Import a profile from a resume (PDF, DOCX, TXT, RTF or MD, at most 10 MB).

        The file is streamed, not read into memory; its extension and size are checked before sending
        (:class:`ValueError`). With ``wait`` (the default) the profile is polled every ``poll_interval``
        seconds until its status leaves ``importing``; after ``wait_timeout`` seconds a
        :class:`~jobo_ext.JoboError` says the import is still running. Not replayed after a 500.
        """
        upload: ResumeUpload = open_resume(file)
        try:
            accepted = self._call(
                api.import_auto_apply_profile,
                models.ProfileImportResponse,
                body=models.ProfileImportRequest(file=upload.file),
            )
        finally:
            upload.close()
        if not wait:
            return self.get(accepted.profile_id)
        deadline = self._client._clock() + wait_timeout
        while True:
            profile = self.get(accepted.profile_id)
            if profile.status != "importing":
                return profile
            if self._client._clock() + poll_interval > deadline:
                raise JoboError(
                    f"profile {accepted.profile_id} is still importing after {wait_timeout:g} s; "
                    "poll auto_apply.profiles.get() later"
                )
            self._client._sleep(poll_interval)


class Sessions(_SyncResource):
    """Auto Apply sessions."""

    @operation(api.submit_auto_apply_session_answers)
    def submit_answers(
        self, id: UUID | str, *, answers: Sequence[models.Answer | Mapping[str, Any]]
    ) -> models.Session:
        """Fill form fields of a running session and get the updated session back. At least one answer
        (:class:`ValueError` before sending otherwise). Not replayed after a 500 or a lost connection.
        """
        request = self._body(
            "submitAutoApplySessionAnswers", models.SessionAnswersRequest, {"answers": answers_of(answers)}
        )
        return self._call(
            api.submit_auto_apply_session_answers, models.Session, check_uuid("id", id), body=request
        )


class Applications(_SyncResource):
    """Auto Apply applications."""

    @operation(api.get_auto_apply_application)
    def get(self, id: UUID | str) -> models.Application:
        """One application with its step log; poll until ``status`` is ``submitted`` or ``failed``."""
        return self._call(api.get_auto_apply_application, models.Application, check_uuid("id", id))


class AutoApply:
    """Auto Apply: ``profiles``, ``sessions`` and ``applications``. Every route may answer 503 with code
    ``auto_apply_coming_soon`` while the service is gated; that error is raised at once, never retried.
    """

    def __init__(self, client: JoboClient) -> None:
        self.profiles = Profiles(client)
        self.sessions = Sessions(client)
        self.applications = Applications(client)


def _jobs(page: models.JobFeedResponse) -> int:
    return len(page.jobs)
