from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="ProfileEducation")


@_attrs_define
class ProfileEducation:
    """
    Attributes:
        school (None | str | Unset):  Example: University of London.
        degree (None | str | Unset):  Example: BSc.
        field_of_study (None | str | Unset):  Example: Mathematics.
        start_date (None | str | Unset):  Example: 2016.
        end_date (None | str | Unset):  Example: 2020.
        gpa (None | str | Unset):  Example: 3.8/4.0.
    """

    school: None | str | Unset = UNSET
    degree: None | str | Unset = UNSET
    field_of_study: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    gpa: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        school: None | str | Unset
        if isinstance(self.school, Unset):
            school = UNSET
        else:
            school = self.school

        degree: None | str | Unset
        if isinstance(self.degree, Unset):
            degree = UNSET
        else:
            degree = self.degree

        field_of_study: None | str | Unset
        if isinstance(self.field_of_study, Unset):
            field_of_study = UNSET
        else:
            field_of_study = self.field_of_study

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

        gpa: None | str | Unset
        if isinstance(self.gpa, Unset):
            gpa = UNSET
        else:
            gpa = self.gpa

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if school is not UNSET:
            field_dict["school"] = school
        if degree is not UNSET:
            field_dict["degree"] = degree
        if field_of_study is not UNSET:
            field_dict["field_of_study"] = field_of_study
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if gpa is not UNSET:
            field_dict["gpa"] = gpa

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        school = d.get("school", UNSET)

        degree = d.get("degree", UNSET)

        field_of_study = d.get("field_of_study", UNSET)

        start_date = d.get("start_date", UNSET)

        end_date = d.get("end_date", UNSET)

        gpa = d.get("gpa", UNSET)

        if cls is ProfileEducation:
            profile_education = _new_instance(cls)
            profile_education.school = school
            profile_education.degree = degree
            profile_education.field_of_study = field_of_study
            profile_education.start_date = start_date
            profile_education.end_date = end_date
            profile_education.gpa = gpa
            profile_education.additional_properties = {}
        else:
            profile_education = cls(
                school,
                degree,
                field_of_study,
                start_date,
                end_date,
                gpa,
            )

        if (
            len(d)
            != 0
            + (school is not UNSET)
            + (degree is not UNSET)
            + (field_of_study is not UNSET)
            + (start_date is not UNSET)
            + (end_date is not UNSET)
            + (gpa is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            profile_education.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return profile_education

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
        "school",
        "degree",
        "field_of_study",
        "start_date",
        "end_date",
        "gpa",
    )
)
