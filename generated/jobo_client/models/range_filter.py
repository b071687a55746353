from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="RangeFilter")


@_attrs_define
class RangeFilter:
    """
    Attributes:
        min_ (int | Unset):  Example: 150000.
        max_ (int | Unset):  Example: 250000.
    """

    min_: int | Unset = UNSET
    max_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        min_ = d.get("min", UNSET)

        max_ = d.get("max", UNSET)

        if cls is RangeFilter:
            range_filter = _new_instance(cls)
            range_filter.min_ = min_
            range_filter.max_ = max_
            range_filter.additional_properties = {}
        else:
            range_filter = cls(
                min_,
                max_,
            )

        if len(d) != 0 + (min_ is not UNSET) + (max_ is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            range_filter.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return range_filter

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
        "min",
        "max",
    )
)
