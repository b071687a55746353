from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="LocationSuggestResponse")


@_attrs_define
class LocationSuggestResponse:
    """
    Attributes:
        suggestions (list[LocationSuggestion] | Unset):
    """

    suggestions: list[LocationSuggestion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        suggestions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.suggestions, Unset):
            suggestions = []
            for suggestions_item_data in self.suggestions:
                suggestions_item = suggestions_item_data.to_dict()
                suggestions.append(suggestions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if suggestions is not UNSET:
            field_dict["suggestions"] = suggestions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _suggestions = d.get("suggestions", UNSET)
        suggestions: list[LocationSuggestion] | Unset = UNSET
        if _suggestions is not UNSET:
            suggestions = []
            for _suggestions_item_d in _suggestions:
                if type(_suggestions_item_d) is not dict:
                    _suggestions_item_d = dict(_suggestions_item_d)
                suggestions_item = _new_instance(LocationSuggestion)
                suggestions_item.city = _suggestions_item_d.get("city", UNSET)
                suggestions_item.region = _suggestions_item_d.get("region", UNSET)
                suggestions_item.country = _suggestions_item_d.get("country", UNSET)
                suggestions_item.latitude = _suggestions_item_d.get("latitude", UNSET)
                suggestions_item.longitude = _suggestions_item_d.get("longitude", UNSET)
                suggestions_item.display_name = _suggestions_item_d.get("display_name", UNSET)
                suggestions_item.country_code = _suggestions_item_d.get("country_code", UNSET)
                suggestions_item.additional_properties = {}
                if (
                    len(_suggestions_item_d)
                    != 0
                    + (suggestions_item.city is not UNSET)
                    + (suggestions_item.region is not UNSET)
                    + (suggestions_item.country is not UNSET)
                    + (suggestions_item.latitude is not UNSET)
                    + (suggestions_item.longitude is not UNSET)
                    + (suggestions_item.display_name is not UNSET)
                    + (suggestions_item.country_code is not UNSET)
                    and not _suggestions_item_d.keys() <= _LocationSuggestion_PROPERTY_NAMES
                ):
                    suggestions_item.additional_properties = {
                        k: v for k, v in _suggestions_item_d.items() if k not in _LocationSuggestion_PROPERTY_NAMES
                    }

                suggestions.append(suggestions_item)

        if cls is LocationSuggestResponse:
            location_suggest_response = _new_instance(cls)
            location_suggest_response.suggestions = suggestions
            location_suggest_response.additional_properties = {}
        else:
            location_suggest_response = cls(
                suggestions,
            )

        if len(d) != 0 + (suggestions is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            location_suggest_response.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return location_suggest_response

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


_PROPERTY_NAMES = frozenset(("suggestions",))


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.location_suggestion import _PROPERTY_NAMES as _LocationSuggestion_PROPERTY_NAMES
from ..models.location_suggestion import LocationSuggestion
