from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="SessionValidationError")


@_attrs_define
class SessionValidationError:
    """
    Attributes:
        field_id (None | str | Unset):  Example: c0203e24-63fd-4425-914c-216a5701861c.
        message (None | str | Unset):  Example: This field is required..
    """

    field_id: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id: None | str | Unset
        if isinstance(self.field_id, Unset):
            field_id = UNSET
        else:
            field_id = self.field_id

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["field_id"] = field_id
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        field_id = d.get("field_id", UNSET)

        message = d.get("message", UNSET)

        if cls is SessionValidationError:
            session_validation_error = _new_instance(cls)
            session_validation_error.field_id = field_id
            session_validation_error.message = message
            session_validation_error.additional_properties = {}
        else:
            session_validation_error = cls(
                field_id,
                message,
            )

        if len(d) != 0 + (field_id is not UNSET) + (message is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            session_validation_error.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return session_validation_error

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
        "field_id",
        "message",
    )
)
