from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="CompanyAcquisition")


@_attrs_define
class CompanyAcquisition:
    """
    Attributes:
        acquiree_name (None | str | Unset):  Example: Widget Labs.
        title (None | str | Unset):  Example: Acme acquires Widget Labs.
    """

    acquiree_name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acquiree_name: None | str | Unset
        if isinstance(self.acquiree_name, Unset):
            acquiree_name = UNSET
        else:
            acquiree_name = self.acquiree_name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acquiree_name is not UNSET:
            field_dict["acquiree_name"] = acquiree_name
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        acquiree_name = d.get("acquiree_name", UNSET)

        title = d.get("title", UNSET)

        if cls is CompanyAcquisition:
            company_acquisition = _new_instance(cls)
            company_acquisition.acquiree_name = acquiree_name
            company_acquisition.title = title
            company_acquisition.additional_properties = {}
        else:
            company_acquisition = cls(
                acquiree_name,
                title,
            )

        if len(d) != 0 + (acquiree_name is not UNSET) + (title is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            company_acquisition.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return company_acquisition

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
        "acquiree_name",
        "title",
    )
)
