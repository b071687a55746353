from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="ConnectorFilterEnums")


@_attrs_define
class ConnectorFilterEnums:
    """
    Attributes:
        work_models (list[str] | Unset):
        employment_types (list[str] | Unset):
        experience_levels (list[str] | Unset):
    """

    work_models: list[str] | Unset = UNSET
    employment_types: list[str] | Unset = UNSET
    experience_levels: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        work_models: list[str] | Unset = UNSET
        if not isinstance(self.work_models, Unset):
            work_models = self.work_models

        employment_types: list[str] | Unset = UNSET
        if not isinstance(self.employment_types, Unset):
            employment_types = self.employment_types

        experience_levels: list[str] | Unset = UNSET
        if not isinstance(self.experience_levels, Unset):
            experience_levels = self.experience_levels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if work_models is not UNSET:
            field_dict["work_models"] = work_models
        if employment_types is not UNSET:
            field_dict["employment_types"] = employment_types
        if experience_levels is not UNSET:
            field_dict["experience_levels"] = experience_levels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        work_models = d.get("work_models", UNSET)

        employment_types = d.get("employment_types", UNSET)

        experience_levels = d.get("experience_levels", UNSET)

        if cls is ConnectorFilterEnums:
            connector_filter_enums = _new_instance(cls)
            connector_filter_enums.work_models = work_models
            connector_filter_enums.employment_types = employment_types
            connector_filter_enums.experience_levels = experience_levels
            connector_filter_enums.additional_properties = {}
        else:
            connector_filter_enums = cls(
                work_models,
                employment_types,
                experience_levels,
            )

        if (
            len(d)
            != 0 + (work_models is not UNSET) + (employment_types is not UNSET) + (experience_levels is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            connector_filter_enums.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return connector_filter_enums

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
        "work_models",
        "employment_types",
        "experience_levels",
    )
)
