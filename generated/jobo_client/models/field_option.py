from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="FieldOption")


@_attrs_define
class FieldOption:
    """
    Attributes:
        value (None | str | Unset):  Example: us.
        text (None | str | Unset):  Example: United States.
    """

    value: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        value = d.get("value", UNSET)

        text = d.get("text", UNSET)

        if cls is FieldOption:
            field_option = _new_instance(cls)
            field_option.value = value
            field_option.text = text
            field_option.additional_properties = {}
        else:
            field_option = cls(
                value,
                text,
            )

        if len(d) != 0 + (value is not UNSET) + (text is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            field_option.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return field_option

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
        "value",
        "text",
    )
)
