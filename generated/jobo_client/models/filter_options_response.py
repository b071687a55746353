from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="FilterOptionsResponse")


@_attrs_define
class FilterOptionsResponse:
    """
    Attributes:
        facet (str | Unset):  Example: industries.
        options (list[JobFacet] | Unset):
    """

    facet: str | Unset = UNSET
    options: list[JobFacet] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facet = self.facet

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if facet is not UNSET:
            field_dict["facet"] = facet
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        facet = d.get("facet", UNSET)

        _options = d.get("options", UNSET)
        options: list[JobFacet] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for _options_item_d in _options:
                if type(_options_item_d) is not dict:
                    _options_item_d = dict(_options_item_d)
                options_item = _new_instance(JobFacet)
                options_item.key = _options_item_d["key"]
                options_item.count = _options_item_d["count"]
                options_item.additional_properties = {}
                if len(_options_item_d) != 2 and not _options_item_d.keys() <= _JobFacet_PROPERTY_NAMES:
                    options_item.additional_properties = {
                        k: v for k, v in _options_item_d.items() if k not in _JobFacet_PROPERTY_NAMES
                    }

                options.append(options_item)

        if cls is FilterOptionsResponse:
            filter_options_response = _new_instance(cls)
            filter_options_response.facet = facet
            filter_options_response.options = options
            filter_options_response.additional_properties = {}
        else:
            filter_options_response = cls(
                facet,
                options,
            )

        if len(d) != 0 + (facet is not UNSET) + (options is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            filter_options_response.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return filter_options_response

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
        "facet",
        "options",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.job_facet import _PROPERTY_NAMES as _JobFacet_PROPERTY_NAMES
from ..models.job_facet import JobFacet
