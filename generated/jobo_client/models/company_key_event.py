from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="CompanyKeyEvent")


@_attrs_define
class CompanyKeyEvent:
    """
    Attributes:
        date (None | str | Unset):  Example: 2025-09-01.
    """

    date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        date = d.get("date", UNSET)

        if cls is CompanyKeyEvent:
            company_key_event = _new_instance(cls)
            company_key_event.date = date
            company_key_event.additional_properties = {}
        else:
            company_key_event = cls(
                date,
            )

        if len(d) != 0 + (date is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            company_key_event.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return company_key_event

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


_PROPERTY_NAMES = frozenset(("date",))
