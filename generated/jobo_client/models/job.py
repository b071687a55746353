from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_company import JobCompany
    from ..models.job_compensation import JobCompensation
    from ..models.job_location import JobLocation
    from ..models.job_qualifications import JobQualifications


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A job posting. Only `id`, `title`, `created_at` and `updated_at` are treated as always present: the
    heavy fields (`description`, `summary`, `qualifications`, `responsibilities`, `benefits`) can be trimmed
    with `include_fields`, and the official connector types allow null for several fields the docs call
    non-null. Enumerated values on a job (`workplace_type`, `employment_type`, `experience_level`,
    `source`) are display-cased open sets and are typed as plain strings.

        Attributes:
            id (UUID): Stable across updates; use it as the primary key.
            title (str): The title as listed by the employer.
            created_at (datetime.datetime): When Jobo first indexed the job.
            updated_at (datetime.datetime): Last update; compare it to skip unchanged jobs.
            normalized_title (None | str | Unset): Canonical title, e.g. `software_engineer`.
            company (JobCompany | None | Unset):
            description (None | str | Unset): Sanitized HTML.
            summary (None | str | Unset): Short generated summary; null until summarization has run.
            listing_url (None | str | Unset): The original posting.
            apply_url (None | str | Unset): Deep link to the application form.
            locations (list[JobLocation] | Unset): Empty when the posting names no location.
            compensation (JobCompensation | None | Unset):
            employment_type (None | str | Unset): Display-cased, e.g. `Full-time`.
            workplace_type (None | str | Unset): Display-cased, e.g. `Remote`.
            experience_level (None | str | Unset): Display-cased, e.g. `Senior Level`.
            source (None | str | Unset): ATS or provider id, e.g. `greenhouse` (an open set).
            date_posted (datetime.datetime | None | Unset): The employer's posting date, when the ATS exposes it.
            valid_through (datetime.datetime | None | Unset): Listing expiry, when known.
            qualifications (JobQualifications | None | Unset):
            responsibilities (list[str] | Unset):
            benefits (list[str] | Unset):
            is_work_auth_required (bool | None | Unset): Null when the posting does not say.
            is_h1b_sponsor (bool | None | Unset): Null when the posting does not say.
            is_clearance_required (bool | None | Unset): Null when the posting does not say.
    """

    id: UUID
    title: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    normalized_title: None | str | Unset = UNSET
    company: JobCompany | None | Unset = UNSET
    description: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    listing_url: None | str | Unset = UNSET
    apply_url: None | str | Unset = UNSET
    locations: list[JobLocation] | Unset = UNSET
    compensation: JobCompensation | None | Unset = UNSET
    employment_type: None | str | Unset = UNSET
    workplace_type: None | str | Unset = UNSET
    experience_level: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    date_posted: datetime.datetime | None | Unset = UNSET
    valid_through: datetime.datetime | None | Unset = UNSET
    qualifications: JobQualifications | None | Unset = UNSET
    responsibilities: list[str] | Unset = UNSET
    benefits: list[str] | Unset = UNSET
    is_work_auth_required: bool | None | Unset = UNSET
    is_h1b_sponsor: bool | None | Unset = UNSET
    is_clearance_required: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_company import JobCompany  # noqa: PLC0415
        from ..models.job_compensation import JobCompensation  # noqa: PLC0415
        from ..models.job_qualifications import JobQualifications  # noqa: PLC0415

        id = str(self.id)

        title = self.title

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        normalized_title: None | str | Unset
        if isinstance(self.normalized_title, Unset):
            normalized_title = UNSET
        else:
            normalized_title = self.normalized_title

        company: dict[str, Any] | None | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        elif isinstance(self.company, JobCompany):
            company = self.company.to_dict()
        else:
            company = self.company

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        listing_url: None | str | Unset
        if isinstance(self.listing_url, Unset):
            listing_url = UNSET
        else:
            listing_url = self.listing_url

        apply_url: None | str | Unset
        if isinstance(self.apply_url, Unset):
            apply_url = UNSET
        else:
            apply_url = self.apply_url

        locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = locations_item_data.to_dict()
                locations.append(locations_item)

        compensation: dict[str, Any] | None | Unset
        if isinstance(self.compensation, Unset):
            compensation = UNSET
        elif isinstance(self.compensation, JobCompensation):
            compensation = self.compensation.to_dict()
        else:
            compensation = self.compensation

        employment_type: None | str | Unset
        if isinstance(self.employment_type, Unset):
            employment_type = UNSET
        else:
            employment_type = self.employment_type

        workplace_type: None | str | Unset
        if isinstance(self.workplace_type, Unset):
            workplace_type = UNSET
        else:
            workplace_type = self.workplace_type

        experience_level: None | str | Unset
        if isinstance(self.experience_level, Unset):
            experience_level = UNSET
        else:
            experience_level = self.experience_level

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        date_posted: None | str | Unset
        if isinstance(self.date_posted, Unset):
            date_posted = UNSET
        elif isinstance(self.date_posted, datetime.datetime):
            date_posted = self.date_posted.isoformat()
        else:
            date_posted = self.date_posted

        valid_through: None | str | Unset
        if isinstance(self.valid_through, Unset):
            valid_through = UNSET
        elif isinstance(self.valid_through, datetime.datetime):
            valid_through = self.valid_through.isoformat()
        else:
            valid_through = self.valid_through

        qualifications: dict[str, Any] | None | Unset
        if isinstance(self.qualifications, Unset):
            qualifications = UNSET
        elif isinstance(self.qualifications, JobQualifications):
            qualifications = self.qualifications.to_dict()
        else:
            qualifications = self.qualifications

        responsibilities: list[str] | Unset = UNSET
        if not isinstance(self.responsibilities, Unset):
            responsibilities = self.responsibilities

        benefits: list[str] | Unset = UNSET
        if not isinstance(self.benefits, Unset):
            benefits = self.benefits

        is_work_auth_required: bool | None | Unset
        if isinstance(self.is_work_auth_required, Unset):
            is_work_auth_required = UNSET
        else:
            is_work_auth_required = self.is_work_auth_required

        is_h1b_sponsor: bool | None | Unset
        if isinstance(self.is_h1b_sponsor, Unset):
            is_h1b_sponsor = UNSET
        else:
            is_h1b_sponsor = self.is_h1b_sponsor

        is_clearance_required: bool | None | Unset
        if isinstance(self.is_clearance_required, Unset):
            is_clearance_required = UNSET
        else:
            is_clearance_required = self.is_clearance_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if normalized_title is not UNSET:
            field_dict["normalized_title"] = normalized_title
        if company is not UNSET:
            field_dict["company"] = company
        if description is not UNSET:
            field_dict["description"] = description
        if summary is not UNSET:
            field_dict["summary"] = summary
        if listing_url is not UNSET:
            field_dict["listing_url"] = listing_url
        if apply_url is not UNSET:
            field_dict["apply_url"] = apply_url
        if locations is not UNSET:
            field_dict["locations"] = locations
        if compensation is not UNSET:
            field_dict["compensation"] = compensation
        if employment_type is not UNSET:
            field_dict["employment_type"] = employment_type
        if workplace_type is not UNSET:
            field_dict["workplace_type"] = workplace_type
        if experience_level is not UNSET:
            field_dict["experience_level"] = experience_level
        if source is not UNSET:
            field_dict["source"] = source
        if date_posted is not UNSET:
            field_dict["date_posted"] = date_posted
        if valid_through is not UNSET:
            field_dict["valid_through"] = valid_through
        if qualifications is not UNSET:
            field_dict["qualifications"] = qualifications
        if responsibilities is not UNSET:
            field_dict["responsibilities"] = responsibilities
        if benefits is not UNSET:
            field_dict["benefits"] = benefits
        if is_work_auth_required is not UNSET:
            field_dict["is_work_auth_required"] = is_work_auth_required
        if is_h1b_sponsor is not UNSET:
            field_dict["is_h1b_sponsor"] = is_h1b_sponsor
        if is_clearance_required is not UNSET:
            field_dict["is_clearance_required"] = is_clearance_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_company import JobCompany  # noqa: PLC0415
        from ..models.job_compensation import JobCompensation  # noqa: PLC0415
        from ..models.job_location import JobLocation  # noqa: PLC0415
        from ..models.job_qualifications import JobQualifications  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_normalized_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        normalized_title = _parse_normalized_title(d.pop("normalized_title", UNSET))

        def _parse_company(data: object) -> JobCompany | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                company_type_0 = JobCompany.from_dict(data)

                return company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobCompany | None | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_listing_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        listing_url = _parse_listing_url(d.pop("listing_url", UNSET))

        def _parse_apply_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apply_url = _parse_apply_url(d.pop("apply_url", UNSET))

        _locations = d.pop("locations", UNSET)
        locations: list[JobLocation] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for locations_item_data in _locations:
                locations_item = JobLocation.from_dict(locations_item_data)

                locations.append(locations_item)

        def _parse_compensation(data: object) -> JobCompensation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compensation_type_0 = JobCompensation.from_dict(data)

                return compensation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobCompensation | None | Unset, data)

        compensation = _parse_compensation(d.pop("compensation", UNSET))

        def _parse_employment_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employment_type = _parse_employment_type(d.pop("employment_type", UNSET))

        def _parse_workplace_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workplace_type = _parse_workplace_type(d.pop("workplace_type", UNSET))

        def _parse_experience_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        experience_level = _parse_experience_level(d.pop("experience_level", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_date_posted(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_posted_type_0 = datetime.datetime.fromisoformat(data)

                return date_posted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_posted = _parse_date_posted(d.pop("date_posted", UNSET))

        def _parse_valid_through(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_through_type_0 = datetime.datetime.fromisoformat(data)

                return valid_through_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        valid_through = _parse_valid_through(d.pop("valid_through", UNSET))

        def _parse_qualifications(data: object) -> JobQualifications | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                qualifications_type_0 = JobQualifications.from_dict(data)

                return qualifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobQualifications | None | Unset, data)

        qualifications = _parse_qualifications(d.pop("qualifications", UNSET))

        responsibilities = cast(list[str], d.pop("responsibilities", UNSET))

        benefits = cast(list[str], d.pop("benefits", UNSET))

        def _parse_is_work_auth_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_work_auth_required = _parse_is_work_auth_required(d.pop("is_work_auth_required", UNSET))

        def _parse_is_h1b_sponsor(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_h1b_sponsor = _parse_is_h1b_sponsor(d.pop("is_h1b_sponsor", UNSET))

        def _parse_is_clearance_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_clearance_required = _parse_is_clearance_required(d.pop("is_clearance_required", UNSET))

        job = cls(
            id=id,
            title=title,
            created_at=created_at,
            updated_at=updated_at,
            normalized_title=normalized_title,
            company=company,
            description=description,
            summary=summary,
            listing_url=listing_url,
            apply_url=apply_url,
            locations=locations,
            compensation=compensation,
            employment_type=employment_type,
            workplace_type=workplace_type,
            experience_level=experience_level,
            source=source,
            date_posted=date_posted,
            valid_through=valid_through,
            qualifications=qualifications,
            responsibilities=responsibilities,
            benefits=benefits,
            is_work_auth_required=is_work_auth_required,
            is_h1b_sponsor=is_h1b_sponsor,
            is_clearance_required=is_clearance_required,
        )

        job.additional_properties = d
        return job

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
