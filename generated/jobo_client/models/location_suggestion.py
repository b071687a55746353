from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="LocationSuggestion")


@_attrs_define
class LocationSuggestion:
    """
    Attributes:
        city (None | str | Unset):  Example: Berlin.
        region (None | str | Unset):  Example: Berlin.
        country (None | str | Unset):  Example: Germany.
        latitude (float | None | Unset):  Example: 52.52.
        longitude (float | None | Unset):  Example: 13.405.
        display_name (None | str | Unset):  Example: Berlin, Berlin, Germany.
        country_code (None | str | Unset):  Example: DE.
    """

    city: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    display_name: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
        if country is not UNSET:
            field_dict["country"] = country
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if country_code is not UNSET:
            field_dict["country_code"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        city = d.get("city", UNSET)

        region = d.get("region", UNSET)

        country = d.get("country", UNSET)

        latitude = d.get("latitude", UNSET)

        longitude = d.get("longitude", UNSET)

        display_name = d.get("display_name", UNSET)

        country_code = d.get("country_code", UNSET)

        if cls is LocationSuggestion:
            location_suggestion = _new_instance(cls)
            location_suggestion.city = city
            location_suggestion.region = region
            location_suggestion.country = country
            location_suggestion.latitude = latitude
            location_suggestion.longitude = longitude
            location_suggestion.display_name = display_name
            location_suggestion.country_code = country_code
            location_suggestion.additional_properties = {}
        else:
            location_suggestion = cls(
                city,
                region,
                country,
                latitude,
                longitude,
                display_name,
                country_code,
            )

        if (
            len(d)
            != 0
            + (city is not UNSET)
            + (region is not UNSET)
            + (country is not UNSET)
            + (latitude is not UNSET)
            + (longitude is not UNSET)
            + (display_name is not UNSET)
            + (country_code is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            location_suggestion.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return location_suggestion

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
        "city",
        "region",
        "country",
        "latitude",
        "longitude",
        "display_name",
        "country_code",
    )
)
