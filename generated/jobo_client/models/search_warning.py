from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="SearchWarning")


@_attrs_define
class SearchWarning:
    """
    Attributes:
        code (None | str | Unset):  Example: company_not_found.
        message (None | str | Unset):  Example: Example warning text.
    """

    code: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        code = d.get("code", UNSET)

        message = d.get("message", UNSET)

        if cls is SearchWarning:
            search_warning = _new_instance(cls)
            search_warning.code = code
            search_warning.message = message
            search_warning.additional_properties = {}
        else:
            search_warning = cls(
                code,
                message,
            )

        if len(d) != 0 + (code is not UNSET) + (message is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            search_warning.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return search_warning

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
        "code",
        "message",
    )
)
