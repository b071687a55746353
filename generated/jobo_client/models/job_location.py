from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="JobLocation")


@_attrs_define
class JobLocation:
    """
    Attributes:
        location (None | str | Unset): The raw location label. Example: San Francisco, CA.
        city (None | str | Unset):  Example: San Francisco.
        region (None | str | Unset): State or province. Example: California.
        country (None | str | Unset): Full country name. Example: United States.
        latitude (float | None | Unset):  Example: 37.7749.
        longitude (float | None | Unset):  Example: -122.4194.
    """

    location: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location is not UNSET:
            field_dict["location"] = location
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        location = d.get("location", UNSET)

        city = d.get("city", UNSET)

        region = d.get("region", UNSET)

        country = d.get("country", UNSET)

        latitude = d.get("latitude", UNSET)

        longitude = d.get("longitude", UNSET)

        if cls is JobLocation:
            job_location = _new_instance(cls)
            job_location.location = location
            job_location.city = city
            job_location.region = region
            job_location.country = country
            job_location.latitude = latitude
            job_location.longitude = longitude
            job_location.additional_properties = {}
        else:
            job_location = cls(
                location,
                city,
                region,
                country,
                latitude,
                longitude,
            )

        if (
            len(d)
            != 0
            + (location is not UNSET)
            + (city is not UNSET)
            + (region is not UNSET)
            + (country is not UNSET)
            + (latitude is not UNSET)
            + (longitude is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            job_location.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return job_location

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
        "location",
        "city",
        "region",
        "country",
        "latitude",
        "longitude",
    )
)
