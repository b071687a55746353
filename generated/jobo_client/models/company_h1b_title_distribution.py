from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="CompanyH1BTitleDistribution")


@_attrs_define
class CompanyH1BTitleDistribution:
    """
    Attributes:
        title (None | str | Unset):  Example: Software Engineer.
        count (int | None | Unset):  Example: 9.
    """

    title: None | str | Unset = UNSET
    count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        title = d.get("title", UNSET)

        count = d.get("count", UNSET)

        if cls is CompanyH1BTitleDistribution:
            company_h1b_title_distribution = _new_instance(cls)
            company_h1b_title_distribution.title = title
            company_h1b_title_distribution.count = count
            company_h1b_title_distribution.additional_properties = {}
        else:
            company_h1b_title_distribution = cls(
                title,
                count,
            )

        if len(d) != 0 + (title is not UNSET) + (count is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            company_h1b_title_distribution.additional_properties = {
                k: v for k, v in d.items() if k not in _PROPERTY_NAMES
            }

        return company_h1b_title_distribution

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
        "title",
        "count",
    )
)
