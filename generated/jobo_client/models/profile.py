from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.profile_address import ProfileAddress
    from ..models.profile_contact import ProfileContact
    from ..models.profile_education import ProfileEducation
    from ..models.profile_eligibility import ProfileEligibility
    from ..models.profile_links import ProfileLinks
    from ..models.profile_preferences import ProfilePreferences
    from ..models.profile_self_identification import ProfileSelfIdentification
    from ..models.profile_work_experience import ProfileWorkExperience


T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """An Auto Apply profile. Besides the structured members it carries `id`, the import `status`
    (`ready`, `importing`, `import_failed` — an open set) and `import_error`.

        Attributes:
            id (UUID):
            name (None | str | Unset):
            status (None | str | Unset): `ready`, `importing` or `import_failed` (an open set).
            import_error (None | str | Unset): Why an import failed.
            created_at (datetime.datetime | None | Unset):
            updated_at (datetime.datetime | None | Unset):
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
        from ..models.profile_address import ProfileAddress  # noqa: PLC0415
        from ..models.profile_contact import ProfileContact  # noqa: PLC0415
        from ..models.profile_eligibility import ProfileEligibility  # noqa: PLC0415
        from ..models.profile_links import ProfileLinks  # noqa: PLC0415
        from ..models.profile_preferences import ProfilePreferences  # noqa: PLC0415
        from ..models.profile_self_identification import ProfileSelfIdentification  # noqa: PLC0415

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
        from ..models.profile_address import ProfileAddress  # noqa: PLC0415
        from ..models.profile_contact import ProfileContact  # noqa: PLC0415
        from ..models.profile_education import ProfileEducation  # noqa: PLC0415
        from ..models.profile_eligibility import ProfileEligibility  # noqa: PLC0415
        from ..models.profile_links import ProfileLinks  # noqa: PLC0415
        from ..models.profile_preferences import ProfilePreferences  # noqa: PLC0415
        from ..models.profile_self_identification import ProfileSelfIdentification  # noqa: PLC0415
        from ..models.profile_work_experience import ProfileWorkExperience  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_import_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        import_error = _parse_import_error(d.pop("import_error", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_contact(data: object) -> None | ProfileContact | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = ProfileContact.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfileContact | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_location(data: object) -> None | ProfileAddress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = ProfileAddress.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfileAddress | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_links(data: object) -> None | ProfileLinks | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = ProfileLinks.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfileLinks | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        _work_experience = d.pop("work_experience", UNSET)
        work_experience: list[ProfileWorkExperience] | Unset = UNSET
        if _work_experience is not UNSET:
            work_experience = []
            for work_experience_item_data in _work_experience:
                work_experience_item = ProfileWorkExperience.from_dict(work_experience_item_data)

                work_experience.append(work_experience_item)

        _education = d.pop("education", UNSET)
        education: list[ProfileEducation] | Unset = UNSET
        if _education is not UNSET:
            education = []
            for education_item_data in _education:
                education_item = ProfileEducation.from_dict(education_item_data)

                education.append(education_item)

        def _parse_eligibility(data: object) -> None | ProfileEligibility | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eligibility_type_0 = ProfileEligibility.from_dict(data)

                return eligibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfileEligibility | Unset, data)

        eligibility = _parse_eligibility(d.pop("eligibility", UNSET))

        def _parse_preferences(data: object) -> None | ProfilePreferences | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preferences_type_0 = ProfilePreferences.from_dict(data)

                return preferences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfilePreferences | Unset, data)

        preferences = _parse_preferences(d.pop("preferences", UNSET))

        def _parse_self_identification(data: object) -> None | ProfileSelfIdentification | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                self_identification_type_0 = ProfileSelfIdentification.from_dict(data)

                return self_identification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfileSelfIdentification | Unset, data)

        self_identification = _parse_self_identification(d.pop("self_identification", UNSET))

        profile = cls(
            id=id,
            name=name,
            status=status,
            import_error=import_error,
            created_at=created_at,
            updated_at=updated_at,
            contact=contact,
            location=location,
            links=links,
            work_experience=work_experience,
            education=education,
            eligibility=eligibility,
            preferences=preferences,
            self_identification=self_identification,
        )

        profile.additional_properties = d
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
