from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="ProfileWorkExperience")


@_attrs_define
class ProfileWorkExperience:
    """
    Attributes:
        company (None | str | Unset):  Example: Analytical Engines Ltd.
        title (None | str | Unset):  Example: Senior Backend Engineer.
        location (None | str | Unset):  Example: London, UK.
        start_date (None | str | Unset): YYYY-MM. Example: 2021-03.
        end_date (None | str | Unset): YYYY-MM; null while current. Example: 2023-01.
        is_current (bool | None | Unset):  Example: False.
        description (None | str | Unset):  Example: Led the payments platform team..
    """

    company: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    is_current: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        is_current: bool | None | Unset
        if isinstance(self.is_current, Unset):
            is_current = UNSET
        else:
            is_current = self.is_current

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company is not UNSET:
            field_dict["company"] = company
        if title is not UNSET:
            field_dict["title"] = title
        if location is not UNSET:
            field_dict["location"] = location
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if is_current is not UNSET:
            field_dict["is_current"] = is_current
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        company = d.get("company", UNSET)

        title = d.get("title", UNSET)

        location = d.get("location", UNSET)

        start_date = d.get("start_date", UNSET)

        end_date = d.get("end_date", UNSET)

        is_current = d.get("is_current", UNSET)

        description = d.get("description", UNSET)

        if cls is ProfileWorkExperience:
            profile_work_experience = _new_instance(cls)
            profile_work_experience.company = company
            profile_work_experience.title = title
            profile_work_experience.location = location
            profile_work_experience.start_date = start_date
            profile_work_experience.end_date = end_date
            profile_work_experience.is_current = is_current
            profile_work_experience.description = description
            profile_work_experience.additional_properties = {}
        else:
            profile_work_experience = cls(
                company,
                title,
                location,
                start_date,
                end_date,
                is_current,
                description,
            )

        if (
            len(d)
            != 0
            + (company is not UNSET)
            + (title is not UNSET)
            + (location is not UNSET)
            + (start_date is not UNSET)
            + (end_date is not UNSET)
            + (is_current is not UNSET)
            + (description is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            profile_work_experience.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return profile_work_experience

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
        "company",
        "title",
        "location",
        "start_date",
        "end_date",
        "is_current",
        "description",
    )
)
