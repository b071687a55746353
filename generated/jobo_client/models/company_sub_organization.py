from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="CompanySubOrganization")


@_attrs_define
class CompanySubOrganization:
    """
    Attributes:
        name (None | str | Unset):  Example: Acme Payments Ltd.
        ownership_type (None | str | Unset):  Example: subsidiary.
        title (None | str | Unset):  Example: Acme Payments Ltd is a subsidiary of Acme Corp.
    """

    name: None | str | Unset = UNSET
    ownership_type: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        ownership_type: None | str | Unset
        if isinstance(self.ownership_type, Unset):
            ownership_type = UNSET
        else:
            ownership_type = self.ownership_type

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if ownership_type is not UNSET:
            field_dict["ownership_type"] = ownership_type
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d.get("name", UNSET)

        ownership_type = d.get("ownership_type", UNSET)

        title = d.get("title", UNSET)

        if cls is CompanySubOrganization:
            company_sub_organization = _new_instance(cls)
            company_sub_organization.name = name
            company_sub_organization.ownership_type = ownership_type
            company_sub_organization.title = title
            company_sub_organization.additional_properties = {}
        else:
            company_sub_organization = cls(
                name,
                ownership_type,
                title,
            )

        if (
            len(d) != 0 + (name is not UNSET) + (ownership_type is not UNSET) + (title is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            company_sub_organization.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return company_sub_organization

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
        "ownership_type",
        "title",
    )
)
