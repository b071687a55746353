from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="ProfileSelfIdentification")


@_attrs_define
class ProfileSelfIdentification:
    """PARTIAL — the documentation was truncated after these members; others are allowed.

    Attributes:
        gender (None | str | Unset):  Example: female.
        ethnicity (None | str | Unset):  Example: prefer_not_to_say.
        veteran_status (None | str | Unset):  Example: not_a_veteran.
        disability_status (None | str | Unset):  Example: prefer_not_to_say.
    """

    gender: None | str | Unset = UNSET
    ethnicity: None | str | Unset = UNSET
    veteran_status: None | str | Unset = UNSET
    disability_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        ethnicity: None | str | Unset
        if isinstance(self.ethnicity, Unset):
            ethnicity = UNSET
        else:
            ethnicity = self.ethnicity

        veteran_status: None | str | Unset
        if isinstance(self.veteran_status, Unset):
            veteran_status = UNSET
        else:
            veteran_status = self.veteran_status

        disability_status: None | str | Unset
        if isinstance(self.disability_status, Unset):
            disability_status = UNSET
        else:
            disability_status = self.disability_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gender is not UNSET:
            field_dict["gender"] = gender
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        if veteran_status is not UNSET:
            field_dict["veteran_status"] = veteran_status
        if disability_status is not UNSET:
            field_dict["disability_status"] = disability_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        gender = d.get("gender", UNSET)

        ethnicity = d.get("ethnicity", UNSET)

        veteran_status = d.get("veteran_status", UNSET)

        disability_status = d.get("disability_status", UNSET)

        if cls is ProfileSelfIdentification:
            profile_self_identification = _new_instance(cls)
            profile_self_identification.gender = gender
            profile_self_identification.ethnicity = ethnicity
            profile_self_identification.veteran_status = veteran_status
            profile_self_identification.disability_status = disability_status
            profile_self_identification.additional_properties = {}
        else:
            profile_self_identification = cls(
                gender,
                ethnicity,
                veteran_status,
                disability_status,
            )

        if (
            len(d)
            != 0
            + (gender is not UNSET)
            + (ethnicity is not UNSET)
            + (veteran_status is not UNSET)
            + (disability_status is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            profile_self_identification.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return profile_self_identification

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
        "gender",
        "ethnicity",
        "veteran_status",
        "disability_status",
    )
)
