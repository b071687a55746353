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
                contact_type_0 = _ProfileContact_from_dict(_contact)

                contact = contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                contact = _contact
        else:
            contact = _contact

        _location = d.get("location", UNSET)
        location: None | ProfileAddress | Unset
        if isinstance(_location, dict):
            try:
                location_type_0 = _ProfileAddress_from_dict(_location)

                location = location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                location = _location
        else:
            location = _location

        _links = d.get("links", UNSET)
        links: None | ProfileLinks | Unset
        if isinstance(_links, dict):
            try:
                links_type_0 = _ProfileLinks_from_dict(_links)

                links = links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                links = _links
        else:
            links = _links

        _work_experience = d.get("work_experience", UNSET)
        work_experience: list[ProfileWorkExperience] | Unset = UNSET
        if _work_experience is not UNSET:
            work_experience = [_ProfileWorkExperience_from_dict(item) for item in _work_experience]

        _education = d.get("education", UNSET)
        education: list[ProfileEducation] | Unset = UNSET
        if _education is not UNSET:
            education = [_ProfileEducation_from_dict(item) for item in _education]

        _eligibility = d.get("eligibility", UNSET)
        eligibility: None | ProfileEligibility | Unset
        if isinstance(_eligibility, dict):
            try:
                eligibility_type_0 = _ProfileEligibility_from_dict(_eligibility)

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
                self_identification_type_0 = _ProfileSelfIdentification_from_dict(_self_identification)

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
from ..models.profile_address import ProfileAddress
from ..models.profile_contact import ProfileContact
from ..models.profile_education import ProfileEducation
from ..models.profile_eligibility import ProfileEligibility
from ..models.profile_links import ProfileLinks
from ..models.profile_preferences import ProfilePreferences
from ..models.profile_self_identification import ProfileSelfIdentification
from ..models.profile_work_experience import ProfileWorkExperience

# X.from_dict bound once: a classmethod looked up on its class builds a new bound method on every call
# (LOAD_ATTR on a class is not specialised on 3.11), which was a fifth of the cost of a small model.
_ProfileAddress_from_dict = ProfileAddress.from_dict
_ProfileContact_from_dict = ProfileContact.from_dict
_ProfileEducation_from_dict = ProfileEducation.from_dict
_ProfileEligibility_from_dict = ProfileEligibility.from_dict
_ProfileLinks_from_dict = ProfileLinks.from_dict
_ProfilePreferences_from_dict = ProfilePreferences.from_dict
_ProfileSelfIdentification_from_dict = ProfileSelfIdentification.from_dict
_ProfileWorkExperience_from_dict = ProfileWorkExperience.from_dict
