"""The route table: every operation of ``openapi/jobo.yaml``, by method, path and operationId."""

from __future__ import annotations

from . import auto_apply, routes_feed, routes_misc, routes_search
from .api import Route, Router

ROUTES: tuple[Route, ...] = (
    Route("GET", "/api/jobs", routes_search.search_get, "searchJobs"),
    Route("POST", "/api/jobs/search", routes_search.search_post, "searchJobsPost"),
    Route("GET", "/api/jobs/{id}", routes_search.get_job, "getJob"),
    Route("POST", "/api/jobs/feed", routes_feed.job_feed, "getJobFeed", bucket="feed"),
    Route("POST", "/api/jobs/feed/managed", routes_feed.managed_feed, "getManagedJobFeed", bucket="feed"),
    Route("GET", "/api/jobs/expired", routes_feed.expired_ids, "getExpiredJobIds", bucket="feed"),
    Route("POST", "/api/career-sites/feed", routes_feed.career_sites_feed, "getCareerSiteFeed"),
    Route("GET", "/api/companies/{id}", routes_search.get_company, "getCompany", public=True),
    Route("GET", "/api/companies/{id}/jobs", routes_search.get_company_jobs, "getCompanyJobs"),
    Route("GET", "/api/locations/geocode", routes_misc.geocode, "geocodeLocation"),
    Route("GET", "/api/connectors/filters", routes_misc.connector_filters, "getConnectorFilters"),
    Route(
        "GET",
        "/api/connectors/filter-options/{facet}",
        routes_misc.connector_filter_options,
        "getConnectorFilterOptions",
    ),
    Route("GET", "/api/connectors/locations/suggest", routes_misc.suggest_locations, "suggestLocations"),
    Route(
        "POST",
        "/api/auto-apply/profiles",
        auto_apply.create_profile,
        "createAutoApplyProfile",
        auto_apply=True,
    ),
    Route(
        "GET", "/api/auto-apply/profiles", auto_apply.list_profiles, "listAutoApplyProfiles", auto_apply=True
    ),
    Route(
        "GET", "/api/auto-apply/profiles/{id}", auto_apply.get_profile, "getAutoApplyProfile", auto_apply=True
    ),
    Route(
        "POST",
        "/api/auto-apply/profiles/import",
        auto_apply.import_profile,
        "importAutoApplyProfile",
        auto_apply=True,
    ),
    Route(
        "POST",
        "/api/auto-apply/sessions/{id}/answers",
        auto_apply.submit_answers,
        "submitAutoApplySessionAnswers",
        auto_apply=True,
    ),
    Route(
        "GET",
        "/api/auto-apply/applications/{id}",
        auto_apply.get_application,
        "getAutoApplyApplication",
        auto_apply=True,
    ),
)

ROUTER = Router(list(ROUTES))
