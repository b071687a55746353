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
            _contact_d = _contact
            if type(_contact_d) is not dict:
                _contact_d = dict(_contact_d)
            contact = _new_instance(ProfileContact)
            contact.first_name = _contact_d.get("first_name", UNSET)
            contact.last_name = _contact_d.get("last_name", UNSET)
            contact.preferred_name = _contact_d.get("preferred_name", UNSET)
            contact.email = _contact_d.get("email", UNSET)
            contact.phone = _contact_d.get("phone", UNSET)
            contact.date_of_birth = _contact_d.get("date_of_birth", UNSET)
            contact.additional_properties = {}
            if (
                len(_contact_d)
                != 0
                + (contact.first_name is not UNSET)
                + (contact.last_name is not UNSET)
                + (contact.preferred_name is not UNSET)
                + (contact.email is not UNSET)
                + (contact.phone is not UNSET)
                + (contact.date_of_birth is not UNSET)
                and not _contact_d.keys() <= _ProfileContact_PROPERTY_NAMES
            ):
                contact.additional_properties = {
                    k: v for k, v in _contact_d.items() if k not in _ProfileContact_PROPERTY_NAMES
                }

        _location = d.get("location", UNSET)
        location: ProfileAddress | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            _location_d = _location
            if type(_location_d) is not dict:
                _location_d = dict(_location_d)
            location = _new_instance(ProfileAddress)
            location.address_line1 = _location_d.get("address_line1", UNSET)
            location.city = _location_d.get("city", UNSET)
            location.state = _location_d.get("state", UNSET)
            location.postal_code = _location_d.get("postal_code", UNSET)
            location.country = _location_d.get("country", UNSET)
            location.additional_properties = {}
            if (
                len(_location_d)
                != 0
                + (location.address_line1 is not UNSET)
                + (location.city is not UNSET)
                + (location.state is not UNSET)
                + (location.postal_code is not UNSET)
                + (location.country is not UNSET)
                and not _location_d.keys() <= _ProfileAddress_PROPERTY_NAMES
            ):
                location.additional_properties = {
                    k: v for k, v in _location_d.items() if k not in _ProfileAddress_PROPERTY_NAMES
                }

        _links = d.get("links", UNSET)
        links: ProfileLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            _links_d = _links
            if type(_links_d) is not dict:
                _links_d = dict(_links_d)
            links = _new_instance(ProfileLinks)
            links.linkedin = _links_d.get("linkedin", UNSET)
            links.github = _links_d.get("github", UNSET)
            links.portfolio = _links_d.get("portfolio", UNSET)
            links.website = _links_d.get("website", UNSET)
            links.additional_properties = {}
            if (
                len(_links_d)
                != 0
                + (links.linkedin is not UNSET)
                + (links.github is not UNSET)
                + (links.portfolio is not UNSET)
                + (links.website is not UNSET)
                and not _links_d.keys() <= _ProfileLinks_PROPERTY_NAMES
            ):
                links.additional_properties = {
                    k: v for k, v in _links_d.items() if k not in _ProfileLinks_PROPERTY_NAMES
                }

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
        eligibility: ProfileEligibility | Unset
        if isinstance(_eligibility, Unset):
            eligibility = UNSET
        else:
            _eligibility_d = _eligibility
            if type(_eligibility_d) is not dict:
                _eligibility_d = dict(_eligibility_d)
            eligibility = _new_instance(ProfileEligibility)
            eligibility.work_authorized_countries = _eligibility_d.get("work_authorized_countries", UNSET)
            eligibility.requires_sponsorship = _eligibility_d.get("requires_sponsorship", UNSET)
            eligibility.additional_properties = {}
            if (
                len(_eligibility_d)
                != 0
                + (eligibility.work_authorized_countries is not UNSET)
                + (eligibility.requires_sponsorship is not UNSET)
                and not _eligibility_d.keys() <= _ProfileEligibility_PROPERTY_NAMES
            ):
                eligibility.additional_properties = {
                    k: v for k, v in _eligibility_d.items() if k not in _ProfileEligibility_PROPERTY_NAMES
                }

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
            _self_identification_d = _self_identification
            if type(_self_identification_d) is not dict:
                _self_identification_d = dict(_self_identification_d)
            self_identification = _new_instance(ProfileSelfIdentification)
            self_identification.gender = _self_identification_d.get("gender", UNSET)
            self_identification.ethnicity = _self_identification_d.get("ethnicity", UNSET)
            self_identification.veteran_status = _self_identification_d.get("veteran_status", UNSET)
            self_identification.disability_status = _self_identification_d.get("disability_status", UNSET)
            self_identification.additional_properties = {}
            if (
                len(_self_identification_d)
                != 0
                + (self_identification.gender is not UNSET)
                + (self_identification.ethnicity is not UNSET)
                + (self_identification.veteran_status is not UNSET)
                + (self_identification.disability_status is not UNSET)
                and not _self_identification_d.keys() <= _ProfileSelfIdentification_PROPERTY_NAMES
            ):
                self_identification.additional_properties = {
                    k: v
                    for k, v in _self_identification_d.items()
                    if k not in _ProfileSelfIdentification_PROPERTY_NAMES
                }

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
