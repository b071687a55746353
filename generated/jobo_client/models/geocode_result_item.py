from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="GeocodeResultItem")


@_attrs_define
class GeocodeResultItem:
    """
    Attributes:
        input_ (str): The input, trimmed. Example: San Francisco, CA.
        succeeded (bool):  Example: True.
        locations (list[GeocodedLocation] | Unset): One entry per part of a compound input.
        method (None | str | Unset): How the input was resolved — an open set; seen: `cache`, `remote_keyword`,
            `pattern_parse`, `geocoder`, `llm`, `no_match`, `error`. Example: pattern_parse.
        error (None | str | Unset): Why resolution failed; only when `succeeded` is false. Example: Input is a
            placeholder, not a location..
    """

    input_: str
    succeeded: bool
    locations: list[GeocodedLocation] | Unset = UNSET
    method: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        succeeded = self.succeeded

        locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = locations_item_data.to_dict()
                locations.append(locations_item)

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "succeeded": succeeded,
            }
        )
        if locations is not UNSET:
            field_dict["locations"] = locations
        if method is not UNSET:
            field_dict["method"] = method
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        input_ = d["input"]

        succeeded = d["succeeded"]

        _locations = d.get("locations", UNSET)
        locations: list[GeocodedLocation] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for _locations_item_d in _locations:
                if type(_locations_item_d) is not dict:
                    _locations_item_d = dict(_locations_item_d)
                locations_item = _new_instance(GeocodedLocation)
                locations_item.city = _locations_item_d.get("city", UNSET)
                locations_item.region = _locations_item_d.get("region", UNSET)
                locations_item.country = _locations_item_d.get("country", UNSET)
                locations_item.latitude = _locations_item_d.get("latitude", UNSET)
                locations_item.longitude = _locations_item_d.get("longitude", UNSET)
                locations_item.display_name = _locations_item_d.get("display_name", UNSET)
                locations_item.country_code = _locations_item_d.get("country_code", UNSET)
                locations_item.fuzzy_confidence = _locations_item_d.get("fuzzy_confidence", UNSET)
                locations_item.additional_properties = {}
                if (
                    len(_locations_item_d)
                    != 0
                    + (locations_item.city is not UNSET)
                    + (locations_item.region is not UNSET)
                    + (locations_item.country is not UNSET)
                    + (locations_item.latitude is not UNSET)
                    + (locations_item.longitude is not UNSET)
                    + (locations_item.display_name is not UNSET)
                    + (locations_item.country_code is not UNSET)
                    + (locations_item.fuzzy_confidence is not UNSET)
                    and not _locations_item_d.keys() <= _GeocodedLocation_PROPERTY_NAMES
                ):
                    locations_item.additional_properties = {
                        k: v for k, v in _locations_item_d.items() if k not in _GeocodedLocation_PROPERTY_NAMES
                    }

                locations.append(locations_item)

        method = d.get("method", UNSET)

        error = d.get("error", UNSET)

        if cls is GeocodeResultItem:
            geocode_result_item = _new_instance(cls)
            geocode_result_item.input_ = input_
            geocode_result_item.succeeded = succeeded
            geocode_result_item.locations = locations
            geocode_result_item.method = method
            geocode_result_item.error = error
            geocode_result_item.additional_properties = {}
        else:
            geocode_result_item = cls(
                input_,
                succeeded,
                locations,
                method,
                error,
            )

        if (
            len(d) != 2 + (locations is not UNSET) + (method is not UNSET) + (error is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            geocode_result_item.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return geocode_result_item

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
        "input",
        "succeeded",
        "locations",
        "method",
        "error",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.geocoded_location import _PROPERTY_NAMES as _GeocodedLocation_PROPERTY_NAMES
from ..models.geocoded_location import GeocodedLocation
