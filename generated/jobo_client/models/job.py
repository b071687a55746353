from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

_new_instance = object.__new__

import datetime
from uuid import UUID

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A job posting. Only `id`, `title`, `created_at` and `updated_at` are treated as always present: the
    heavy fields (`description`, `summary`, `qualifications`, `responsibilities`, `benefits`) can be trimmed
    with `include_fields`, and the official connector types allow null for several fields the docs call
    non-null. Enumerated values on a job (`workplace_type`, `employment_type`, `experience_level`,
    `source`) are display-cased open sets and are typed as plain strings.

        Attributes:
            id (UUID): Stable across updates; use it as the primary key. Example: a1b2c3d4-e5f6-7890-abcd-ef1234567890.
            title (str): The title as listed by the employer. Example: Senior Software Engineer.
            created_at (datetime.datetime): When Jobo first indexed the job. Example: 2026-03-01T12:00:00Z.
            updated_at (datetime.datetime): Last update; compare it to skip unchanged jobs. Example: 2026-03-02T08:30:00Z.
            normalized_title (None | str | Unset): Canonical title, e.g. `software_engineer`. Example: software_engineer.
            company (JobCompany | None | Unset):
            description (None | str | Unset): Sanitized HTML. Example: <p>We are hiring a <strong>Senior Software
                Engineer</strong> to build our payments platform.</p><ul><li>Go</li><li>Kubernetes</li></ul>.
            summary (None | str | Unset): Short generated summary; null until summarization has run. Example: Senior backend
                role on the payments platform team..
            listing_url (None | str | Unset): The original posting. Example: https://boards.greenhouse.io/acme/jobs/4567890.
            apply_url (None | str | Unset): Deep link to the application form. Example:
                https://boards.greenhouse.io/acme/jobs/4567890#app.
            locations (list[JobLocation] | Unset): Empty when the posting names no location.
            compensation (JobCompensation | None | Unset):
            employment_type (None | str | Unset): Display-cased, e.g. `Full-time`. Example: Full-time.
            workplace_type (None | str | Unset): Display-cased, e.g. `Remote`. Example: Remote.
            experience_level (None | str | Unset): Display-cased, e.g. `Senior Level`. Example: Senior Level.
            source (None | str | Unset): ATS or provider id, e.g. `greenhouse` (an open set). Example: greenhouse.
            date_posted (datetime.datetime | None | Unset): The employer's posting date, when the ATS exposes it. Example:
                2026-02-28T00:00:00Z.
            valid_through (datetime.datetime | None | Unset): Listing expiry, when known. Example: 2026-04-30T23:59:59Z.
            qualifications (JobQualifications | None | Unset):
            responsibilities (list[str] | Unset):
            benefits (list[str] | Unset):
            is_work_auth_required (bool | None | Unset): Null when the posting does not say. Example: True.
            is_h1b_sponsor (bool | None | Unset): Null when the posting does not say. Example: False.
            is_clearance_required (bool | None | Unset): Null when the posting does not say. Example: False.
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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = parse_uuid(d["id"])

        title = d["title"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        normalized_title = d.get("normalized_title", UNSET)

        _company = d.get("company", UNSET)
        company: JobCompany | None | Unset
        if isinstance(_company, dict):
            try:
                _company_type_0_d = _company
                if type(_company_type_0_d) is not dict:
                    _company_type_0_d = dict(_company_type_0_d)
                company_type_0 = _new_instance(JobCompany)
                company_type_0.id = parse_uuid(_company_type_0_d["id"])
                company_type_0.name = _company_type_0_d["name"]
                company_type_0.website = _company_type_0_d.get("website", UNSET)
                company_type_0.logo_url = _company_type_0_d.get("logo_url", UNSET)
                company_type_0.summary = _company_type_0_d.get("summary", UNSET)
                company_type_0.industries = _company_type_0_d.get("industries", UNSET)
                company_type_0.categories = _company_type_0_d.get("categories", UNSET)
                company_type_0.linkedin_url = _company_type_0_d.get("linkedin_url", UNSET)
                company_type_0.crunchbase_url = _company_type_0_d.get("crunchbase_url", UNSET)
                company_type_0.details_url = _company_type_0_d.get("details_url", UNSET)
                company_type_0.additional_properties = {}
                if (
                    len(_company_type_0_d)
                    != 2
                    + (company_type_0.website is not UNSET)
                    + (company_type_0.logo_url is not UNSET)
                    + (company_type_0.summary is not UNSET)
                    + (company_type_0.industries is not UNSET)
                    + (company_type_0.categories is not UNSET)
                    + (company_type_0.linkedin_url is not UNSET)
                    + (company_type_0.crunchbase_url is not UNSET)
                    + (company_type_0.details_url is not UNSET)
                    and not _company_type_0_d.keys() <= _JobCompany_PROPERTY_NAMES
                ):
                    company_type_0.additional_properties = {
                        k: v for k, v in _company_type_0_d.items() if k not in _JobCompany_PROPERTY_NAMES
                    }

                company = company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                company = _company
        else:
            company = _company

        description = d.get("description", UNSET)

        summary = d.get("summary", UNSET)

        listing_url = d.get("listing_url", UNSET)

        apply_url = d.get("apply_url", UNSET)

        _locations = d.get("locations", UNSET)
        locations: list[JobLocation] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for _locations_item_d in _locations:
                if type(_locations_item_d) is not dict:
                    _locations_item_d = dict(_locations_item_d)
                locations_item = _new_instance(JobLocation)
                locations_item.location = _locations_item_d.get("location", UNSET)
                locations_item.city = _locations_item_d.get("city", UNSET)
                locations_item.region = _locations_item_d.get("region", UNSET)
                locations_item.country = _locations_item_d.get("country", UNSET)
                locations_item.latitude = _locations_item_d.get("latitude", UNSET)
                locations_item.longitude = _locations_item_d.get("longitude", UNSET)
                locations_item.additional_properties = {}
                if (
                    len(_locations_item_d)
                    != 0
                    + (locations_item.location is not UNSET)
                    + (locations_item.city is not UNSET)
                    + (locations_item.region is not UNSET)
                    + (locations_item.country is not UNSET)
                    + (locations_item.latitude is not UNSET)
                    + (locations_item.longitude is not UNSET)
                    and not _locations_item_d.keys() <= _JobLocation_PROPERTY_NAMES
                ):
                    locations_item.additional_properties = {
                        k: v for k, v in _locations_item_d.items() if k not in _JobLocation_PROPERTY_NAMES
                    }

                locations.append(locations_item)

        _compensation = d.get("compensation", UNSET)
        compensation: JobCompensation | None | Unset
        if isinstance(_compensation, dict):
            try:
                _compensation_type_0_d = _compensation
                if type(_compensation_type_0_d) is not dict:
                    _compensation_type_0_d = dict(_compensation_type_0_d)
                compensation_type_0 = _new_instance(JobCompensation)
                compensation_type_0.min_ = _compensation_type_0_d.get("min", UNSET)
                compensation_type_0.max_ = _compensation_type_0_d.get("max", UNSET)
                compensation_type_0.currency = _compensation_type_0_d.get("currency", UNSET)
                compensation_type_0.period = _compensation_type_0_d.get("period", UNSET)
                compensation_type_0.additional_properties = {}
                if (
                    len(_compensation_type_0_d)
                    != 0
                    + (compensation_type_0.min_ is not UNSET)
                    + (compensation_type_0.max_ is not UNSET)
                    + (compensation_type_0.currency is not UNSET)
                    + (compensation_type_0.period is not UNSET)
                    and not _compensation_type_0_d.keys() <= _JobCompensation_PROPERTY_NAMES
                ):
                    compensation_type_0.additional_properties = {
                        k: v for k, v in _compensation_type_0_d.items() if k not in _JobCompensation_PROPERTY_NAMES
                    }

                compensation = compensation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                compensation = _compensation
        else:
            compensation = _compensation

        employment_type = d.get("employment_type", UNSET)

        workplace_type = d.get("workplace_type", UNSET)

        experience_level = d.get("experience_level", UNSET)

        source = d.get("source", UNSET)

        _date_posted = d.get("date_posted", UNSET)
        date_posted: datetime.datetime | None | Unset
        if isinstance(_date_posted, str):
            try:
                date_posted_type_0 = datetime.datetime.fromisoformat(_date_posted)

                date_posted = date_posted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                date_posted = _date_posted
        else:
            date_posted = _date_posted

        _valid_through = d.get("valid_through", UNSET)
        valid_through: datetime.datetime | None | Unset
        if isinstance(_valid_through, str):
            try:
                valid_through_type_0 = datetime.datetime.fromisoformat(_valid_through)

                valid_through = valid_through_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                valid_through = _valid_through
        else:
            valid_through = _valid_through

        _qualifications = d.get("qualifications", UNSET)
        qualifications: JobQualifications | None | Unset
        if isinstance(_qualifications, dict):
            try:
                _qualifications_type_0_d = _qualifications
                if type(_qualifications_type_0_d) is not dict:
                    _qualifications_type_0_d = dict(_qualifications_type_0_d)
                qualifications_type_0 = _new_instance(JobQualifications)
                _qualifications_type_0_must_have = _qualifications_type_0_d.get("must_have", UNSET)
                if isinstance(_qualifications_type_0_must_have, Unset):
                    qualifications_type_0.must_have = UNSET
                else:
                    _qualifications_type_0_must_have_d = _qualifications_type_0_must_have
                    if type(_qualifications_type_0_must_have_d) is not dict:
                        _qualifications_type_0_must_have_d = dict(_qualifications_type_0_must_have_d)
                    qualifications_type_0_must_have = _new_instance(QualificationBucket)
                    qualifications_type_0_must_have.education = _qualifications_type_0_must_have_d.get(
                        "education", UNSET
                    )
                    qualifications_type_0_must_have.certifications = _qualifications_type_0_must_have_d.get(
                        "certifications", UNSET
                    )
                    _qualifications_type_0_must_have_skills = _qualifications_type_0_must_have_d.get("skills", UNSET)
                    qualifications_type_0_must_have.skills = UNSET
                    if _qualifications_type_0_must_have_skills is not UNSET:
                        qualifications_type_0_must_have_skills = []
                        for _qualifications_type_0_must_have_skills_item_d in _qualifications_type_0_must_have_skills:
                            if type(_qualifications_type_0_must_have_skills_item_d) is not dict:
                                _qualifications_type_0_must_have_skills_item_d = dict(
                                    _qualifications_type_0_must_have_skills_item_d
                                )
                            qualifications_type_0_must_have_skills_item = _new_instance(QualificationSkill)
                            qualifications_type_0_must_have_skills_item.name = (
                                _qualifications_type_0_must_have_skills_item_d["name"]
                            )
                            qualifications_type_0_must_have_skills_item.type_ = (
                                _qualifications_type_0_must_have_skills_item_d.get("type", UNSET)
                            )
                            qualifications_type_0_must_have_skills_item.additional_properties = {}
                            if (
                                len(_qualifications_type_0_must_have_skills_item_d)
                                != 1 + (qualifications_type_0_must_have_skills_item.type_ is not UNSET)
                                and not _qualifications_type_0_must_have_skills_item_d.keys()
                                <= _QualificationSkill_PROPERTY_NAMES
                            ):
                                qualifications_type_0_must_have_skills_item.additional_properties = {
                                    k: v
                                    for k, v in _qualifications_type_0_must_have_skills_item_d.items()
                                    if k not in _QualificationSkill_PROPERTY_NAMES
                                }

                            qualifications_type_0_must_have_skills.append(qualifications_type_0_must_have_skills_item)
                        qualifications_type_0_must_have.skills = qualifications_type_0_must_have_skills
                    qualifications_type_0_must_have.additional_properties = {}
                    if (
                        len(_qualifications_type_0_must_have_d)
                        != 0
                        + (qualifications_type_0_must_have.education is not UNSET)
                        + (qualifications_type_0_must_have.certifications is not UNSET)
                        + (qualifications_type_0_must_have.skills is not UNSET)
                        and not _qualifications_type_0_must_have_d.keys() <= _QualificationBucket_PROPERTY_NAMES
                    ):
                        qualifications_type_0_must_have.additional_properties = {
                            k: v
                            for k, v in _qualifications_type_0_must_have_d.items()
                            if k not in _QualificationBucket_PROPERTY_NAMES
                        }

                    qualifications_type_0.must_have = qualifications_type_0_must_have
                _qualifications_type_0_preferred = _qualifications_type_0_d.get("preferred", UNSET)
                if isinstance(_qualifications_type_0_preferred, Unset):
                    qualifications_type_0.preferred = UNSET
                else:
                    _qualifications_type_0_preferred_d = _qualifications_type_0_preferred
                    if type(_qualifications_type_0_preferred_d) is not dict:
                        _qualifications_type_0_preferred_d = dict(_qualifications_type_0_preferred_d)
                    qualifications_type_0_preferred = _new_instance(QualificationBucket)
                    qualifications_type_0_preferred.education = _qualifications_type_0_preferred_d.get(
                        "education", UNSET
                    )
                    qualifications_type_0_preferred.certifications = _qualifications_type_0_preferred_d.get(
                        "certifications", UNSET
                    )
                    _qualifications_type_0_preferred_skills = _qualifications_type_0_preferred_d.get("skills", UNSET)
                    qualifications_type_0_preferred.skills = UNSET
                    if _qualifications_type_0_preferred_skills is not UNSET:
                        qualifications_type_0_preferred_skills = []
                        for _qualifications_type_0_preferred_skills_item_d in _qualifications_type_0_preferred_skills:
                            if type(_qualifications_type_0_preferred_skills_item_d) is not dict:
                                _qualifications_type_0_preferred_skills_item_d = dict(
                                    _qualifications_type_0_preferred_skills_item_d
                                )
                            qualifications_type_0_preferred_skills_item = _new_instance(QualificationSkill)
                            qualifications_type_0_preferred_skills_item.name = (
                                _qualifications_type_0_preferred_skills_item_d["name"]
                            )
                            qualifications_type_0_preferred_skills_item.type_ = (
                                _qualifications_type_0_preferred_skills_item_d.get("type", UNSET)
                            )
                            qualifications_type_0_preferred_skills_item.additional_properties = {}
                            if (
                                len(_qualifications_type_0_preferred_skills_item_d)
                                != 1 + (qualifications_type_0_preferred_skills_item.type_ is not UNSET)
                                and not _qualifications_type_0_preferred_skills_item_d.keys()
                                <= _QualificationSkill_PROPERTY_NAMES
                            ):
                                qualifications_type_0_preferred_skills_item.additional_properties = {
                                    k: v
                                    for k, v in _qualifications_type_0_preferred_skills_item_d.items()
                                    if k not in _QualificationSkill_PROPERTY_NAMES
                                }

                            qualifications_type_0_preferred_skills.append(qualifications_type_0_preferred_skills_item)
                        qualifications_type_0_preferred.skills = qualifications_type_0_preferred_skills
                    qualifications_type_0_preferred.additional_properties = {}
                    if (
                        len(_qualifications_type_0_preferred_d)
                        != 0
                        + (qualifications_type_0_preferred.education is not UNSET)
                        + (qualifications_type_0_preferred.certifications is not UNSET)
                        + (qualifications_type_0_preferred.skills is not UNSET)
                        and not _qualifications_type_0_preferred_d.keys() <= _QualificationBucket_PROPERTY_NAMES
                    ):
                        qualifications_type_0_preferred.additional_properties = {
                            k: v
                            for k, v in _qualifications_type_0_preferred_d.items()
                            if k not in _QualificationBucket_PROPERTY_NAMES
                        }

                    qualifications_type_0.preferred = qualifications_type_0_preferred
                qualifications_type_0.additional_properties = {}
                if (
                    len(_qualifications_type_0_d)
                    != 0
                    + (qualifications_type_0.must_have is not UNSET)
                    + (qualifications_type_0.preferred is not UNSET)
                    and not _qualifications_type_0_d.keys() <= _JobQualifications_PROPERTY_NAMES
                ):
                    qualifications_type_0.additional_properties = {
                        k: v for k, v in _qualifications_type_0_d.items() if k not in _JobQualifications_PROPERTY_NAMES
                    }

                qualifications = qualifications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                qualifications = _qualifications
        else:
            qualifications = _qualifications

        responsibilities = d.get("responsibilities", UNSET)

        benefits = d.get("benefits", UNSET)

        is_work_auth_required = d.get("is_work_auth_required", UNSET)

        is_h1b_sponsor = d.get("is_h1b_sponsor", UNSET)

        is_clearance_required = d.get("is_clearance_required", UNSET)

        if cls is Job:
            job = _new_instance(cls)
            job.id = id
            job.title = title
            job.created_at = created_at
            job.updated_at = updated_at
            job.normalized_title = normalized_title
            job.company = company
            job.description = description
            job.summary = summary
            job.listing_url = listing_url
            job.apply_url = apply_url
            job.locations = locations
            job.compensation = compensation
            job.employment_type = employment_type
            job.workplace_type = workplace_type
            job.experience_level = experience_level
            job.source = source
            job.date_posted = date_posted
            job.valid_through = valid_through
            job.qualifications = qualifications
            job.responsibilities = responsibilities
            job.benefits = benefits
            job.is_work_auth_required = is_work_auth_required
            job.is_h1b_sponsor = is_h1b_sponsor
            job.is_clearance_required = is_clearance_required
            job.additional_properties = {}
        else:
            job = cls(
                id,
                title,
                created_at,
                updated_at,
                normalized_title,
                company,
                description,
                summary,
                listing_url,
                apply_url,
                locations,
                compensation,
                employment_type,
                workplace_type,
                experience_level,
                source,
                date_posted,
                valid_through,
                qualifications,
                responsibilities,
                benefits,
                is_work_auth_required,
                is_h1b_sponsor,
                is_clearance_required,
            )

        if (
            len(d)
            != 4
            + (normalized_title is not UNSET)
            + (company is not UNSET)
            + (description is not UNSET)
            + (summary is not UNSET)
            + (listing_url is not UNSET)
            + (apply_url is not UNSET)
            + (locations is not UNSET)
            + (compensation is not UNSET)
            + (employment_type is not UNSET)
            + (workplace_type is not UNSET)
            + (experience_level is not UNSET)
            + (source is not UNSET)
            + (date_posted is not UNSET)
            + (valid_through is not UNSET)
            + (qualifications is not UNSET)
            + (responsibilities is not UNSET)
            + (benefits is not UNSET)
            + (is_work_auth_required is not UNSET)
            + (is_h1b_sponsor is not UNSET)
            + (is_clearance_required is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            job.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

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


_PROPERTY_NAMES = frozenset(
    (
        "id",
        "title",
        "created_at",
        "updated_at",
        "normalized_title",
        "company",
        "description",
        "summary",
        "listing_url",
        "apply_url",
        "locations",
        "compensation",
        "employment_type",
        "workplace_type",
        "experience_level",
        "source",
        "date_posted",
        "valid_through",
        "qualifications",
        "responsibilities",
        "benefits",
        "is_work_auth_required",
        "is_h1b_sponsor",
        "is_clearance_required",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.job_company import _PROPERTY_NAMES as _JobCompany_PROPERTY_NAMES
from ..models.job_company import JobCompany
from ..models.job_compensation import _PROPERTY_NAMES as _JobCompensation_PROPERTY_NAMES
from ..models.job_compensation import JobCompensation
from ..models.job_location import _PROPERTY_NAMES as _JobLocation_PROPERTY_NAMES
from ..models.job_location import JobLocation
from ..models.job_qualifications import _PROPERTY_NAMES as _JobQualifications_PROPERTY_NAMES
from ..models.job_qualifications import JobQualifications
from ..models.qualification_bucket import _PROPERTY_NAMES as _QualificationBucket_PROPERTY_NAMES
from ..models.qualification_bucket import QualificationBucket
from ..models.qualification_skill import _PROPERTY_NAMES as _QualificationSkill_PROPERTY_NAMES
from ..models.qualification_skill import QualificationSkill
