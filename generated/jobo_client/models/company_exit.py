from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="CompanyExit")


@_attrs_define
class CompanyExit:
    """
    Attributes:
        name (None | str | Unset):  Example: LedgerLoop.
        description (None | str | Unset):  Example: Reconciliation startup, acquired by Globex Corporation..
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        if cls is CompanyExit:
            company_exit = _new_instance(cls)
            company_exit.name = name
            company_exit.description = description
            company_exit.additional_properties = {}
        else:
            company_exit = cls(
                name,
                description,
            )

        if len(d) != 0 + (name is not UNSET) + (description is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            company_exit.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return company_exit

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
        "description",
    )
)
