"""The normalized job filter the mock's search, feed and company-jobs routes share.

Route handlers translate query strings and JSON bodies into one :class:`JobFilter`; the dataset
compiles it against its compact per-job arrays. The filter is frozen and hashable so that the
dataset can cache the matching ids of a filter (pages of one search, batches of one feed scan).
"""

from __future__ import annotations

from dataclasses import dataclass

LocationPart = tuple[str | None, str | None, str | None]  # (country, region, city), lowercase


@dataclass(frozen=True)
class JobFilter:
    """Which active jobs a request asks for. ``None`` means "no constraint".

    Set-valued filters hold lowercase canonical values (``remote``, ``full-time``, ``senior``);
    unknown values simply match nothing, as the API does. Time bounds are Unix
    seconds and inclusive.
    """

    queries: tuple[str, ...] = ()
    """Free-text queries, OR'd. A query in double quotes is a phrase matched against the title only;
    otherwise every word must occur in the title, the company name or a skill."""
    exclude_queries: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    """Free-text locations, OR'd: a city, region, country (name or code), alias, or ``remote``."""
    location_parts: tuple[LocationPart, ...] = ()
    """Feed-style location filters, OR'd; a missing part is a wildcard."""
    sources: frozenset[str] | None = None
    work_models: frozenset[str] | None = None
    employment_types: frozenset[str] | None = None
    experience_levels: frozenset[str] | None = None
    skills_include: frozenset[str] | None = None
    skills_exclude: frozenset[str] | None = None
    industries_include: frozenset[str] | None = None
    industries_exclude: frozenset[str] | None = None
    companies_include: frozenset[str] | None = None
    """Company names, website domains or ids (lowercase)."""
    companies_exclude: frozenset[str] | None = None
    categories_include: frozenset[str] | None = None
    categories_exclude: frozenset[str] | None = None
    salary_min: int | None = None
    """Yearly USD; only jobs that publish a range whose top reaches it."""
    salary_max: int | None = None
    posted_after: int | None = None
    posted_before: int | None = None
    discovered_after: int | None = None
    discovered_before: int | None = None
    posted_or_discovered_after: int | None = None
    """The feed's ``posted_after``: posting date **or** first-indexed time at or after the bound."""
    updated_after: int | None = None
    company: int | None = None
    """Restrict to one company (dataset company index)."""
    managed_only: bool = False
    """Only jobs of companies set up for Managed Job Scraping (the managed feed)."""
