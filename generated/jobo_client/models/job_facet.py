from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new_instance = object.__new__


T = TypeVar("T", bound="JobFacet")


@_attrs_define
class JobFacet:
    """
    Attributes:
        key (str):  Example: greenhouse.
        count (int):  Example: 812345.
    """

    key: str
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        key = d["key"]

        count = d["count"]

        if cls is JobFacet:
            job_facet = _new_instance(cls)
            job_facet.key = key
            job_facet.count = count
            job_facet.additional_properties = {}
        else:
            job_facet = cls(
                key,
                count,
            )

        if len(d) != 2 and not d.keys() <= _PROPERTY_NAMES:
            job_facet.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return job_facet

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
        "key",
        "count",
    )
)
