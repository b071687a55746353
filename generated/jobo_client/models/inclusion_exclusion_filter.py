from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="InclusionExclusionFilter")


@_attrs_define
class InclusionExclusionFilter:
    """Values to require and values to exclude, matched case-insensitively. The API caps the list lengths (cap not
    documented).

        Attributes:
            include (list[str] | Unset):
            exclude (list[str] | Unset):
    """

    include: list[str] | Unset = UNSET
    exclude: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = self.include

        exclude: list[str] | Unset = UNSET
        if not isinstance(self.exclude, Unset):
            exclude = self.exclude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include is not UNSET:
            field_dict["include"] = include
        if exclude is not UNSET:
            field_dict["exclude"] = exclude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        include = d.get("include", UNSET)

        exclude = d.get("exclude", UNSET)

        if cls is InclusionExclusionFilter:
            inclusion_exclusion_filter = _new_instance(cls)
            inclusion_exclusion_filter.include = include
            inclusion_exclusion_filter.exclude = exclude
            inclusion_exclusion_filter.additional_properties = {}
        else:
            inclusion_exclusion_filter = cls(
                include,
                exclude,
            )

        if len(d) != 0 + (include is not UNSET) + (exclude is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            inclusion_exclusion_filter.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return inclusion_exclusion_filter

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
        "include",
        "exclude",
    )
)
