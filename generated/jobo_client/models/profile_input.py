from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="ProfileInput")


@_attrs_define
class ProfileInput:
    """Structured applicant profile, as sent to create one. Which members are required is not documented;
    `self_identification` was truncated in the documentation and accepts further members.

        Attributes:
            name (str | Unset): A label for the profile, e.g. "Default". Example: Default.
            contact (ProfileContact | Unset):
            location (ProfileAddress | Unset):
            links (ProfileLinks | Unset):
            work_experience (list[ProfileWorkExperience] | Unset):
            education (list[ProfileEducation] | Unset):
            eligibility (ProfileEligibility | Unset):
            preferences (ProfilePreferences | Unset):
            self_identification (ProfileSelfIdentification | Unset): PARTIAL — the documentation was truncated after these
                members; others are allowed.
    """

    name: str | Unset = UNSET
    contact: ProfileContact | Unset = UNSET
    location: ProfileAddress | Unset = UNSET
    links: ProfileLinks | Unset = UNSET
    work_experience: list[ProfileWorkExperience] | Unset = UNSET
    education: list[ProfileEducation] | Unset = UNSET
    eligibility: ProfileEligibility | Unset = UNSET
    preferences: ProfilePreferences | Unset = UNSET
    self_identification: ProfileSelfIdentification | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

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

        eligibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eligibility, Unset):
            eligibility = self.eligibility.to_dict()

        preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferences, Unset):
            preferences = self.preferences.to_dict()

        self_identification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_identification, Unset):
            self_identification = self.self_identification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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
        name = d.get("name", UNSET)

        _contact = d.get("contact", UNSET)
        contact: ProfileContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = _ProfileContact_from_dict(_contact)

        _location = d.get("location", UNSET)
        location: ProfileAddress | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = _ProfileAddress_from_dict(_location)

        _links = d.get("links", UNSET)
        links: ProfileLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = _ProfileLinks_from_dict(_links)

        _work_experience = d.get("work_experience", UNSET)
        work_experience: list[ProfileWorkExperience] | Unset = UNSET
        if _work_experience is not UNSET:
            work_experience = [_ProfileWorkExperience_from_dict(item) for item in _work_experience]

        _education = d.get("education", UNSET)
        education: list[ProfileEducation] | Unset = UNSET
        if _education is not UNSET:
            education = [_ProfileEducation_from_dict(item) for item in _education]

        _eligibility = d.get("eligibility", UNSET)
        eligibility: ProfileEligibility | Unset
        if isinstance(_eligibility, Unset):
            eligibility = UNSET
        else:
            eligibility = _ProfileEligibility_from_dict(_eligibility)

        _preferences = d.get("preferences", UNSET)
        preferences: ProfilePreferences | Unset
        if isinstance(_preferences, Unset):
            preferences = UNSET
        else:
            preferences = _ProfilePreferences_from_dict(_preferences)

        _self_identification = d.get("self_identification", UNSET)
        self_identification: ProfileSelfIdentification | Unset
        if isinstance(_self_identification, Unset):
            self_identification = UNSET
        else:
            self_identification = _ProfileSelfIdentification_from_dict(_self_identification)

        if cls is ProfileInput:
            profile_input = _new_instance(cls)
            profile_input.name = name
            profile_input.contact = contact
            profile_input.location = location
            profile_input.links = links
            profile_input.work_experience = work_experience
            profile_input.education = education
            profile_input.eligibility = eligibility
            profile_input.preferences = preferences
            profile_input.self_identification = self_identification
            profile_input.additional_properties = {}
        else:
            profile_input = cls(
                name,
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
            != 0
            + (name is not UNSET)
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
            profile_input.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return profile_input

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
        "name",
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
