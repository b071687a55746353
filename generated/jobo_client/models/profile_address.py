from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="ProfileAddress")


@_attrs_define
class ProfileAddress:
    """
    Attributes:
        address_line1 (None | str | Unset):  Example: 1 Analytical Engine Way.
        city (None | str | Unset):  Example: Austin.
        state (None | str | Unset):  Example: TX.
        postal_code (None | str | Unset):  Example: 78701.
        country (None | str | Unset):  Example: United States.
    """

    address_line1: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line1: None | str | Unset
        if isinstance(self.address_line1, Unset):
            address_line1 = UNSET
        else:
            address_line1 = self.address_line1

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line1 is not UNSET:
            field_dict["address_line1"] = address_line1
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        address_line1 = d.get("address_line1", UNSET)

        city = d.get("city", UNSET)

        state = d.get("state", UNSET)

        postal_code = d.get("postal_code", UNSET)

        country = d.get("country", UNSET)

        if cls is ProfileAddress:
            profile_address = _new_instance(cls)
            profile_address.address_line1 = address_line1
            profile_address.city = city
            profile_address.state = state
            profile_address.postal_code = postal_code
            profile_address.country = country
            profile_address.additional_properties = {}
        else:
            profile_address = cls(
                address_line1,
                city,
                state,
                postal_code,
                country,
            )

        if (
            len(d)
            != 0
            + (address_line1 is not UNSET)
            + (city is not UNSET)
            + (state is not UNSET)
            + (postal_code is not UNSET)
            + (country is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            profile_address.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return profile_address

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
        "address_line1",
        "city",
        "state",
        "postal_code",
        "country",
    )
)
