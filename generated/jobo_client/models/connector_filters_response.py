from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="ConnectorFiltersResponse")


@_attrs_define
class ConnectorFiltersResponse:
    """
    Attributes:
        enums (ConnectorFilterEnums | Unset):
        sources (list[JobFacet] | Unset):
    """

    enums: ConnectorFilterEnums | Unset = UNSET
    sources: list[JobFacet] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enums: dict[str, Any] | Unset = UNSET
        if not isinstance(self.enums, Unset):
            enums = self.enums.to_dict()

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enums is not UNSET:
            field_dict["enums"] = enums
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _enums = d.get("enums", UNSET)
        enums: ConnectorFilterEnums | Unset
        if isinstance(_enums, Unset):
            enums = UNSET
        else:
            _enums_d = _enums
            if type(_enums_d) is not dict:
                _enums_d = dict(_enums_d)
            enums = _new_instance(ConnectorFilterEnums)
            enums.work_models = _enums_d.get("work_models", UNSET)
            enums.employment_types = _enums_d.get("employment_types", UNSET)
            enums.experience_levels = _enums_d.get("experience_levels", UNSET)
            enums.additional_properties = {}
            if (
                len(_enums_d)
                != 0
                + (enums.work_models is not UNSET)
                + (enums.employment_types is not UNSET)
                + (enums.experience_levels is not UNSET)
                and not _enums_d.keys() <= _ConnectorFilterEnums_PROPERTY_NAMES
            ):
                enums.additional_properties = {
                    k: v for k, v in _enums_d.items() if k not in _ConnectorFilterEnums_PROPERTY_NAMES
                }

        _sources = d.get("sources", UNSET)
        sources: list[JobFacet] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for _sources_item_d in _sources:
                if type(_sources_item_d) is not dict:
                    _sources_item_d = dict(_sources_item_d)
                sources_item = _new_instance(JobFacet)
                sources_item.key = _sources_item_d["key"]
                sources_item.count = _sources_item_d["count"]
                sources_item.additional_properties = {}
                if len(_sources_item_d) != 2 and not _sources_item_d.keys() <= _JobFacet_PROPERTY_NAMES:
                    sources_item.additional_properties = {
                        k: v for k, v in _sources_item_d.items() if k not in _JobFacet_PROPERTY_NAMES
                    }

                sources.append(sources_item)

        if cls is ConnectorFiltersResponse:
            connector_filters_response = _new_instance(cls)
            connector_filters_response.enums = enums
            connector_filters_response.sources = sources
            connector_filters_response.additional_properties = {}
        else:
            connector_filters_response = cls(
                enums,
                sources,
            )

        if len(d) != 0 + (enums is not UNSET) + (sources is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            connector_filters_response.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return connector_filters_response

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
        "enums",
        "sources",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.connector_filter_enums import _PROPERTY_NAMES as _ConnectorFilterEnums_PROPERTY_NAMES
from ..models.connector_filter_enums import ConnectorFilterEnums
from ..models.job_facet import _PROPERTY_NAMES as _JobFacet_PROPERTY_NAMES
from ..models.job_facet import JobFacet
