"""A feed job flattened into the row a store writes: filterable columns plus the whole job as JSON.

Timestamps become canonical UTC ISO-8601 strings (``2026-03-01T12:00:00Z``, with microseconds only
when the API sent them) so that two deliveries of the same job version compare equal as text — the
"skip the write when ``updated_at`` is unchanged" rule depends on that.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence
from typing import Any

import attrs
from jobo_client.models.job import Job
from jobo_client.types import Unset

__all__ = ["JobRow", "format_timestamp", "job_row", "job_row_from_json", "parse_timestamp", "unencodable"]


@attrs.frozen
class JobRow:
    """One job as stored. ``location``, ``city`` and ``country`` come from the job's first location."""

    id: str
    title: str
    company_id: str | None
    company_name: str | None
    source: str | None
    workplace_type: str | None
    employment_type: str | None
    experience_level: str | None
    location: str | None
    city: str | None
    country: str | None
    date_posted: str | None
    created_at: str
    updated_at: str
    data: str
    """The whole job as JSON text, unknown fields included: from the feed, the text the API sent for
    it, byte for byte (:func:`job_row_from_json`); from a model, its compact ``to_dict()``."""


def format_timestamp(value: datetime.datetime) -> str:
    """``value`` in UTC as ``YYYY-MM-DDTHH:MM:SS[.ffffff]Z``; a naive value is taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    utc = value.astimezone(datetime.UTC)
    spec = "microseconds" if utc.microsecond else "seconds"
    return utc.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def parse_timestamp(text: str) -> datetime.datetime:
    """An ISO-8601 timestamp (``Z`` or an offset; naive means UTC) as an aware UTC ``datetime``."""
    value = datetime.datetime.fromisoformat(text)
    if value.tzinfo is None:
        return value.replace(tzinfo=datetime.UTC)
    return value.astimezone(datetime.UTC)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def job_row(job: Job) -> JobRow:
    """Flatten a feed job. Only ``id``, ``title``, ``created_at`` and ``updated_at`` are required;
    every other column is ``None`` when the job leaves it out, nulls it, or it was trimmed."""
    company = job.company if not isinstance(job.company, Unset) else None
    first = job.locations[0] if not isinstance(job.locations, Unset) and job.locations else None
    posted = job.date_posted if isinstance(job.date_posted, datetime.datetime) else None
    return JobRow(
        id=str(job.id),
        title=job.title,
        company_id=str(company.id) if company is not None else None,
        company_name=company.name if company is not None else None,
        source=_text(job.source),
        workplace_type=_text(job.workplace_type),
        employment_type=_text(job.employment_type),
        experience_level=_text(job.experience_level),
        location=_text(first.location) if first is not None else None,
        city=_text(first.city) if first is not None else None,
        country=_text(first.country) if first is not None else None,
        date_posted=format_timestamp(posted) if posted is not None else None,
        created_at=format_timestamp(job.created_at),
        updated_at=format_timestamp(job.updated_at),
        data=json.dumps(job.to_dict(), separators=(",", ":"), ensure_ascii=False),
    )


def _canonical(value: object, field: str, job_id: str | None = None) -> str:
    """A timestamp in the canonical form; whole-second UTC text (the API's usual form) already is.

    The error names ``field`` (of job ``job_id``): built only on failure, as this runs per stored job.
    """
    if isinstance(value, str) and len(value) == 20 and value[10] == "T" and value[19] == "Z":
        return value
    if not isinstance(value, str):
        where = field if job_id is None else f"job {job_id}: {field}"
        raise ValueError(f"{where} is not a timestamp string: {value!r}")
    return format_timestamp(parse_timestamp(value))


_EMPTY: dict[str, Any] = {}
_dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode  # the job as sent: compact


def job_row_from_json(job: dict[str, Any], text: str | None = None) -> JobRow:
    """Flatten a feed job from its decoded JSON (no model built), storing ``text``: the job's JSON as
    the API sent it (:class:`~jobo_ext.verbatim.VerbatimPage`). Without it, ``job`` is encoded
    compactly, which keeps keys, order and values but not necessarily the server's exact spelling.

    Raises ``ValueError`` naming the field when a required one (``id``, ``title``, ``created_at``,
    ``updated_at``) is missing or of the wrong type; optional fields that are absent, null or of an
    unexpected type leave their column empty, as :func:`job_row` does.
    """
    get = job.get
    job_id, title = get("id"), get("title")
    if not isinstance(job_id, str) or not job_id:
        raise ValueError(f"a feed job has no id: {str(job)[:120]}")
    if not isinstance(title, str):
        raise ValueError(f"job {job_id}: title is not a string")
    # Inline conditionals rather than helper calls: this runs once per stored job, and a call per
    # column was a third of its cost.
    company = get("company")
    if not isinstance(company, dict):
        company = _EMPTY
    locations = get("locations")
    first = locations[0] if isinstance(locations, list) and locations else None
    if not isinstance(first, dict):
        first = _EMPTY
    posted = get("date_posted")
    try:
        date_posted = _canonical(posted, "date_posted") if posted is not None else None
    except ValueError:
        date_posted = None
    company_id, company_name = company.get("id"), company.get("name")
    source, workplace = get("source"), get("workplace_type")
    employment, experience = get("employment_type"), get("experience_level")
    location, city, country = first.get("location"), first.get("city"), first.get("country")
    return JobRow(
        job_id.lower(),
        title,
        company_id.lower() if isinstance(company_id, str) else None,
        company_name if isinstance(company_name, str) else None,
        source if isinstance(source, str) else None,
        workplace if isinstance(workplace, str) else None,
        employment if isinstance(employment, str) else None,
        experience if isinstance(experience, str) else None,
        location if isinstance(location, str) else None,
        city if isinstance(city, str) else None,
        country if isinstance(country, str) else None,
        date_posted,
        _canonical(get("created_at"), "created_at", job_id),
        _canonical(get("updated_at"), "updated_at", job_id),
        _dumps(job) if text is None else text,
    )


def unencodable(rows: Sequence[JobRow]) -> str:
    """Which row holds text no UTF-8 database takes: a body that is not valid UTF-8 decodes (as
    ``json.loads`` decodes it) to lone surrogates. Called only once a store has refused a batch."""
    for row in rows:
        for field in attrs.fields(JobRow):
            value = getattr(row, field.name)
            if isinstance(value, str) and not value.isascii():
                try:
                    value.encode()
                except UnicodeEncodeError:
                    return f"job {row.id}: {field.name} is not valid UTF-8 text"
    return "a job's text is not valid UTF-8"
