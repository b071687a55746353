from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

_new_instance = object.__new__

import datetime
from uuid import UUID

T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """An Auto Apply profile. Besides the structured members it carries `id`, the import `status`
    (`ready`, `importing`, `import_failed` — an open set) and `import_error`.

        Attributes:
            id (UUID):  Example: f9e8d7c6-5432-1abc-def0-fedcba987654.
            name (None | str | Unset):  Example: Default Profile.
            status (None | str | Unset): `ready`, `importing` or `import_failed` (an open set). Example: ready.
            import_error (None | str | Unset): Why an import failed.
            created_at (datetime.datetime | None | Unset):  Example: 2026-03-03T12:00:00Z.
            updated_at (datetime.datetime | None | Unset):  Example: 2026-03-03T12:00:00Z.
            contact (None | ProfileContact | Unset):
            location (None | ProfileAddress | Unset):
            links (None | ProfileLinks | Unset):
            work_experience (list[ProfileWorkExperience] | Unset):
            education (list[ProfileEducation] | Unset):
            eligibility (None | ProfileEligibility | Unset):
            preferences (None | ProfilePreferences | Unset):
            self_identification (None | ProfileSelfIdentification | Unset):
    """

    id: UUID
    name: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    import_error: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    contact: None | ProfileContact | Unset = UNSET
    location: None | ProfileAddress | Unset = UNSET
    links: None | ProfileLinks | Unset = UNSET
    work_experience: list[ProfileWorkExperience] | Unset = UNSET
    education: list[ProfileEducation] | Unset = UNSET
    eligibility: None | ProfileEligibility | Unset = UNSET
    preferences: None | ProfilePreferences | Unset = UNSET
    self_identification: None | ProfileSelfIdentification | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        import_error: None | str | Unset
        if isinstance(self.import_error, Unset):
            import_error = UNSET
        else:
            import_error = self.import_error

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, ProfileContact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, ProfileAddress):
            location = self.location.to_dict()
        else:
            location = self.location

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, ProfileLinks):
            links = self.links.to_dict()
        else:
            links = self.links

        work_experience: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.work_experience, Unset):
            work_experience = []
            for work_experience_item_data in self.work_experience:
                work_experience_item = work_experience_item_data.to_dict()
                work_experience.append(work_experience_item)

        education: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.education, Unset):
            education = []
            for education_item_data in self.education:
                education_item = education_item_data.to_dict()
                education.append(education_item)

        eligibility: dict[str, Any] | None | Unset
        if isinstance(self.eligibility, Unset):
            eligibility = UNSET
        elif isinstance(self.eligibility, ProfileEligibility):
            eligibility = self.eligibility.to_dict()
        else:
            eligibility = self.eligibility

        preferences: dict[str, Any] | None | Unset
        if isinstance(self.preferences, Unset):
            preferences = UNSET
        elif isinstance(self.preferences, ProfilePreferences):
            preferences = self.preferences.to_dict()
        else:
            preferences = self.preferences

        self_identification: dict[str, Any] | None | Unset
        if isinstance(self.self_identification, Unset):
            self_identification = UNSET
        elif isinstance(self.self_identification, ProfileSelfIdentification):
            self_identification = self.self_identification.to_dict()
        else:
            self_identification = self.self_identification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if import_error is not UNSET:
            field_dict["import_error"] = import_error
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if contact is not UNSET:
            field_dict["contact"] = contact
        if location is not UNSET:
            field_dict["location"] = location
        if links is not UNSET:
            field_dict["links"] = links
        if work_experience is not UNSET:
            field_dict["work_experience"] = work_experience
        if education is not UNSET:
            field_dict["education"] = education
        if eligibility is not UNSET:
            field_dict["eligibility"] = eligibility
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if self_identification is not UNSET:
            field_dict["self_identification"] = self_identification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = parse_uuid(d["id"])

        name = d.get("name", UNSET)

        status = d.get("status", UNSET)

        import_error = d.get("import_error", UNSET)

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | None | Unset
        if isinstance(_created_at, str):
            try:
                created_at_type_0 = datetime.datetime.fromisoformat(_created_at)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = _created_at
        else:
            created_at = _created_at

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | None | Unset
        if isinstance(_updated_at, str):
            try:
                updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = _updated_at
        else:
            updated_at = _updated_at

        _contact = d.get("contact", UNSET)
        contact: None | ProfileContact | Unset
        if isinstance(_contact, dict):
            try:
                _contact_type_0_d = _contact
                if type(_contact_type_0_d) is not dict:
                    _contact_type_0_d = dict(_contact_type_0_d)
                contact_type_0 = _new_instance(ProfileContact)
                contact_type_0.first_name = _contact_type_0_d.get("first_name", UNSET)
                contact_type_0.last_name = _contact_type_0_d.get("last_name", UNSET)
                contact_type_0.preferred_name = _contact_type_0_d.get("preferred_name", UNSET)
                contact_type_0.email = _contact_type_0_d.get("email", UNSET)
                contact_type_0.phone = _contact_type_0_d.get("phone", UNSET)
                contact_type_0.date_of_birth = _contact_type_0_d.get("date_of_birth", UNSET)
                contact_type_0.additional_properties = {}
                if (
                    len(_contact_type_0_d)
                    != 0
                    + (contact_type_0.first_name is not UNSET)
                    + (contact_type_0.last_name is not UNSET)
                    + (contact_type_0.preferred_name is not UNSET)
                    + (contact_type_0.email is not UNSET)
                    + (contact_type_0.phone is not UNSET)
                    + (contact_type_0.date_of_birth is not UNSET)
                    and not _contact_type_0_d.keys() <= _ProfileContact_PROPERTY_NAMES
                ):
                    contact_type_0.additional_properties = {
                        k: v for k, v in _contact_type_0_d.items() if k not in _ProfileContact_PROPERTY_NAMES
                    }

                contact = contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                contact = _contact
        else:
            contact = _contact

        _location = d.get("location", UNSET)
        location: None | ProfileAddress | Unset
        if isinstance(_location, dict):
            try:
                _location_type_0_d = _location
                if type(_location_type_0_d) is not dict:
                    _location_type_0_d = dict(_location_type_0_d)
                location_type_0 = _new_instance(ProfileAddress)
                location_type_0.address_line1 = _location_type_0_d.get("address_line1", UNSET)
                location_type_0.city = _location_type_0_d.get("city", UNSET)
                location_type_0.state = _location_type_0_d.get("state", UNSET)
                location_type_0.postal_code = _location_type_0_d.get("postal_code", UNSET)
                location_type_0.country = _location_type_0_d.get("country", UNSET)
                location_type_0.additional_properties = {}
                if (
                    len(_location_type_0_d)
                    != 0
                    + (location_type_0.address_line1 is not UNSET)
                    + (location_type_0.city is not UNSET)
                    + (location_type_0.state is not UNSET)
                    + (location_type_0.postal_code is not UNSET)
                    + (location_type_0.country is not UNSET)
                    and not _location_type_0_d.keys() <= _ProfileAddress_PROPERTY_NAMES
                ):
                    location_type_0.additional_properties = {
                        k: v for k, v in _location_type_0_d.items() if k not in _ProfileAddress_PROPERTY_NAMES
                    }

                location = location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                location = _location
        else:
            location = _location

        _links = d.get("links", UNSET)
        links: None | ProfileLinks | Unset
        if isinstance(_links, dict):
            try:
                _links_type_0_d = _links
                if type(_links_type_0_d) is not dict:
                    _links_type_0_d = dict(_links_type_0_d)
                links_type_0 = _new_instance(ProfileLinks)
                links_type_0.linkedin = _links_type_0_d.get("linkedin", UNSET)
                links_type_0.github = _links_type_0_d.get("github", UNSET)
                links_type_0.portfolio = _links_type_0_d.get("portfolio", UNSET)
                links_type_0.website = _links_type_0_d.get("website", UNSET)
                links_type_0.additional_properties = {}
                if (
                    len(_links_type_0_d)
                    != 0
                    + (links_type_0.linkedin is not UNSET)
                    + (links_type_0.github is not UNSET)
                    + (links_type_0.portfolio is not UNSET)
                    + (links_type_0.website is not UNSET)
                    and not _links_type_0_d.keys() <= _ProfileLinks_PROPERTY_NAMES
                ):
                    links_type_0.additional_properties = {
                        k: v for k, v in _links_type_0_d.items() if k not in _ProfileLinks_PROPERTY_NAMES
                    }

                links = links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                links = _links
        else:
            links = _links

        _work_experience = d.get("work_experience", UNSET)
        work_experience: list[ProfileWorkExperience] | Unset = UNSET
        if _work_experience is not UNSET:
            work_experience = []
            for _work_experience_item_d in _work_experience:
                if type(_work_experience_item_d) is not dict:
                    _work_experience_item_d = dict(_work_experience_item_d)
                work_experience_item = _new_instance(ProfileWorkExperience)
                work_experience_item.company = _work_experience_item_d.get("company", UNSET)
                work_experience_item.title = _work_experience_item_d.get("title", UNSET)
                work_experience_item.location = _work_experience_item_d.get("location", UNSET)
                work_experience_item.start_date = _work_experience_item_d.get("start_date", UNSET)
                work_experience_item.end_date = _work_experience_item_d.get("end_date", UNSET)
                work_experience_item.is_current = _work_experience_item_d.get("is_current", UNSET)
                work_experience_item.description = _work_experience_item_d.get("description", UNSET)
                work_experience_item.additional_properties = {}
                if (
                    len(_work_experience_item_d)
                    != 0
                    + (work_experience_item.company is not UNSET)
                    + (work_experience_item.title is not UNSET)
                    + (work_experience_item.location is not UNSET)
                    + (work_experience_item.start_date is not UNSET)
                    + (work_experience_item.end_date is not UNSET)
                    + (work_experience_item.is_current is not UNSET)
                    + (work_experience_item.description is not UNSET)
                    and not _work_experience_item_d.keys() <= _ProfileWorkExperience_PROPERTY_NAMES
                ):
                    work_experience_item.additional_properties = {
                        k: v
                        for k, v in _work_experience_item_d.items()
                        if k not in _ProfileWorkExperience_PROPERTY_NAMES
                    }

                work_experience.append(work_experience_item)

        _education = d.get("education", UNSET)
        education: list[ProfileEducation] | Unset = UNSET
        if _education is not UNSET:
            education = []
            for _education_item_d in _education:
                if type(_education_item_d) is not dict:
                    _education_item_d = dict(_education_item_d)
                education_item = _new_instance(ProfileEducation)
                education_item.school = _education_item_d.get("school", UNSET)
                education_item.degree = _education_item_d.get("degree", UNSET)
                education_item.field_of_study = _education_item_d.get("field_of_study", UNSET)
                education_item.start_date = _education_item_d.get("start_date", UNSET)
                education_item.end_date = _education_item_d.get("end_date", UNSET)
                education_item.gpa = _education_item_d.get("gpa", UNSET)
                education_item.additional_properties = {}
                if (
                    len(_education_item_d)
                    != 0
                    + (education_item.school is not UNSET)
                    + (education_item.degree is not UNSET)
                    + (education_item.field_of_study is not UNSET)
                    + (education_item.start_date is not UNSET)
                    + (education_item.end_date is not UNSET)
                    + (education_item.gpa is not UNSET)
                    and not _education_item_d.keys() <= _ProfileEducation_PROPERTY_NAMES
                ):
                    education_item.additional_properties = {
                        k: v for k, v in _education_item_d.items() if k not in _ProfileEducation_PROPERTY_NAMES
                    }

                education.append(education_item)

        _eligibility = d.get("eligibility", UNSET)
        eligibility: None | ProfileEligibility | Unset
        if isinstance(_eligibility, dict):
            try:
                _eligibility_type_0_d = _eligibility
                if type(_eligibility_type_0_d) is not dict:
                    _eligibility_type_0_d = dict(_eligibility_type_0_d)
                eligibility_type_0 = _new_instance(ProfileEligibility)
                eligibility_type_0.work_authorized_countries = _eligibility_type_0_d.get(
                    "work_authorized_countries", UNSET
                )
                eligibility_type_0.requires_sponsorship = _eligibility_type_0_d.get("requires_sponsorship", UNSET)
                eligibility_type_0.additional_properties = {}
                if (
                    len(_eligibility_type_0_d)
                    != 0
                    + (eligibility_type_0.work_authorized_countries is not UNSET)
                    + (eligibility_type_0.requires_sponsorship is not UNSET)
                    and not _eligibility_type_0_d.keys() <= _ProfileEligibility_PROPERTY_NAMES
                ):
                    eligibility_type_0.additional_properties = {
                        k: v for k, v in _eligibility_type_0_d.items() if k not in _ProfileEligibility_PROPERTY_NAMES
                    }

                eligibility = eligibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                eligibility = _eligibility
        else:
            eligibility = _eligibility

        _preferences = d.get("preferences", UNSET)
        preferences: None | ProfilePreferences | Unset
        if isinstance(_preferences, dict):
            try:
                preferences_type_0 = _ProfilePreferences_from_dict(_preferences)

                preferences = preferences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                preferences = _preferences
        else:
            preferences = _preferences

        _self_identification = d.get("self_identification", UNSET)
        self_identification: None | ProfileSelfIdentification | Unset
        if isinstance(_self_identification, dict):
            try:
                _self_identification_type_0_d = _self_identification
                if type(_self_identification_type_0_d) is not dict:
                    _self_identification_type_0_d = dict(_self_identification_type_0_d)
                self_identification_type_0 = _new_instance(ProfileSelfIdentification)
                self_identification_type_0.gender = _self_identification_type_0_d.get("gender", UNSET)
                self_identification_type_0.ethnicity = _self_identification_type_0_d.get("ethnicity", UNSET)
                self_identification_type_0.veteran_status = _self_identification_type_0_d.get("veteran_status", UNSET)
                self_identification_type_0.disability_status = _self_identification_type_0_d.get(
                    "disability_status", UNSET
                )
                self_identification_type_0.additional_properties = {}
                if (
                    len(_self_identification_type_0_d)
                    != 0
                    + (self_identification_type_0.gender is not UNSET)
                    + (self_identification_type_0.ethnicity is not UNSET)
                    + (self_identification_type_0.veteran_status is not UNSET)
                    + (self_identification_type_0.disability_status is not UNSET)
                    and not _self_identification_type_0_d.keys() <= _ProfileSelfIdentification_PROPERTY_NAMES
                ):
                    self_identification_type_0.additional_properties = {
                        k: v
                        for k, v in _self_identification_type_0_d.items()
                        if k not in _ProfileSelfIdentification_PROPERTY_NAMES
                    }

                self_identification = self_identification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                self_identification = _self_identification
        else:
            self_identification = _self_identification

        if cls is Profile:
            profile = _new_instance(cls)
            profile.id = id
            profile.name = name
            profile.status = status
            profile.import_error = import_error
            profile.created_at = created_at
            profile.updated_at = updated_at
            profile.contact = contact
            profile.location = location
            profile.links = links
            profile.work_experience = work_experience
            profile.education = education
            profile.eligibility = eligibility
            profile.preferences = preferences
            profile.self_identification = self_identification
            profile.additional_properties = {}
        else:
            profile = cls(
                id,
                name,
                status,
                import_error,
                created_at,
                updated_at,
                contact,
                location,
                links,
                work_experience,
                education,
                eligibility,
                preferences,
                self_identification,
            )

        if (
            len(d)
            != 1
            + (name is not UNSET)
            + (status is not UNSET)
            + (import_error is not UNSET)
            + (created_at is not UNSET)
            + (updated_at is not UNSET)
            + (contact is not UNSET)
            + (location is not UNSET)
            + (links is not UNSET)
            + (work_experience is not UNSET)
            + (education is not UNSET)
            + (eligibility is not UNSET)
            + (preferences is not UNSET)
            + (self_identification is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            profile.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return profile

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
        "name",
        "status",
        "import_error",
        "created_at",
        "updated_at",
        "contact",
        "location",
        "links",
        "work_experience",
        "education",
        "eligibility",
        "preferences",
        "self_identification",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.profile_address import _PROPERTY_NAMES as _ProfileAddress_PROPERTY_NAMES
from ..models.profile_address import ProfileAddress
from ..models.profile_contact import _PROPERTY_NAMES as _ProfileContact_PROPERTY_NAMES
from ..models.profile_contact import ProfileContact
from ..models.profile_education import _PROPERTY_NAMES as _ProfileEducation_PROPERTY_NAMES
from ..models.profile_education import ProfileEducation
from ..models.profile_eligibility import _PROPERTY_NAMES as _ProfileEligibility_PROPERTY_NAMES
from ..models.profile_eligibility import ProfileEligibility
from ..models.profile_links import _PROPERTY_NAMES as _ProfileLinks_PROPERTY_NAMES
from ..models.profile_links import ProfileLinks
from ..models.profile_preferences import ProfilePreferences
from ..models.profile_self_identification import _PROPERTY_NAMES as _ProfileSelfIdentification_PROPERTY_NAMES
from ..models.profile_self_identification import ProfileSelfIdentification
from ..models.profile_work_experience import _PROPERTY_NAMES as _ProfileWorkExperience_PROPERTY_NAMES
from ..models.profile_work_experience import ProfileWorkExperience

# X.from_dict bound once: a classmethod looked up on its class builds a new bound method on every call
# (LOAD_ATTR on a class is not specialised on 3.11), which was a fifth of the cost of a small model.
_ProfilePreferences_from_dict = ProfilePreferences.from_dict
