from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="CompanyTechnology")


@_attrs_define
class CompanyTechnology:
    """
    Attributes:
        name (None | str | Unset):  Example: Kubernetes.
        categories (list[str] | Unset):
    """

    name: None | str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d.get("name", UNSET)

        categories = d.get("categories", UNSET)

        if cls is CompanyTechnology:
            company_technology = _new_instance(cls)
            company_technology.name = name
            company_technology.categories = categories
            company_technology.additional_properties = {}
        else:
            company_technology = cls(
                name,
                categories,
            )

        if len(d) != 0 + (name is not UNSET) + (categories is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            company_technology.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return company_technology

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
        "name",
        "categories",
    )
)
