from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="LocationFilter")


@_attrs_define
class LocationFilter:
    """A job matches when it matches any listed location; a missing part is a wildcard. Whether `country` expects a code or
    a name is not documented.

        Attributes:
            country (str | Unset):  Example: US.
            region (str | Unset):  Example: California.
            city (str | Unset):  Example: New York.
    """

    country: str | Unset = UNSET
    region: str | Unset = UNSET
    city: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        region = self.region

        city = self.city

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region
        if city is not UNSET:
            field_dict["city"] = city

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        country = d.get("country", UNSET)

        region = d.get("region", UNSET)

        city = d.get("city", UNSET)

        if cls is LocationFilter:
            location_filter = _new_instance(cls)
            location_filter.country = country
            location_filter.region = region
            location_filter.city = city
            location_filter.additional_properties = {}
        else:
            location_filter = cls(
                country,
                region,
                city,
            )

        if (
            len(d) != 0 + (country is not UNSET) + (region is not UNSET) + (city is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            location_filter.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return location_filter

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
        "country",
        "region",
        "city",
    )
)
