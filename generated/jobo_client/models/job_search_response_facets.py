from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new_instance = object.__new__


T = TypeVar("T", bound="JobSearchResponseFacets")


@_attrs_define
class JobSearchResponseFacets:
    """Facet name → buckets."""

    additional_properties: dict[str, list[JobFacet]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        job_search_response_facets = cls()

        additional_properties = {}
        for prop_name, prop_dict in (dict(src_dict)).items():
            additional_property = [JobFacet.from_dict(item) for item in prop_dict]

            additional_properties[prop_name] = additional_property
        job_search_response_facets.additional_properties = additional_properties

        return job_search_response_facets

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[JobFacet]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[JobFacet]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.job_facet import JobFacet
