from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="ProfileEligibility")


@_attrs_define
class ProfileEligibility:
    """
    Attributes:
        work_authorized_countries (list[str] | Unset):
        requires_sponsorship (bool | None | Unset):  Example: False.
    """

    work_authorized_countries: list[str] | Unset = UNSET
    requires_sponsorship: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_authorized_countries: list[str] | Unset = UNSET
        if not isinstance(self.work_authorized_countries, Unset):
            work_authorized_countries = self.work_authorized_countries

        requires_sponsorship: bool | None | Unset
        if isinstance(self.requires_sponsorship, Unset):
            requires_sponsorship = UNSET
        else:
            requires_sponsorship = self.requires_sponsorship

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if work_authorized_countries is not UNSET:
            field_dict["work_authorized_countries"] = work_authorized_countries
        if requires_sponsorship is not UNSET:
            field_dict["requires_sponsorship"] = requires_sponsorship

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        work_authorized_countries = d.get("work_authorized_countries", UNSET)

        requires_sponsorship = d.get("requires_sponsorship", UNSET)

        if cls is ProfileEligibility:
            profile_eligibility = _new_instance(cls)
            profile_eligibility.work_authorized_countries = work_authorized_countries
            profile_eligibility.requires_sponsorship = requires_sponsorship
            profile_eligibility.additional_properties = {}
        else:
            profile_eligibility = cls(
                work_authorized_countries,
                requires_sponsorship,
            )

        if (
            len(d) != 0 + (work_authorized_countries is not UNSET) + (requires_sponsorship is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            profile_eligibility.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return profile_eligibility

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
        "work_authorized_countries",
        "requires_sponsorship",
    )
)
