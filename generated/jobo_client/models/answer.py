from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="Answer")


@_attrs_define
class Answer:
    """The answer to one form field of a session.

    Attributes:
        field_id (str):  Example: c0203e24-63fd-4425-914c-216a5701861c.
        value (str):  Example: Ada.
        type_ (str | Unset): Must mirror the field's type. Example: text.
        typeahead_selection (None | str | Unset):  Example: San Francisco, California, United States.
        handler_type (None | str | Unset):  Example: first-name.
        clear_first (bool | Unset): Clear the field before typing (server default true). Example: True.
    """

    field_id: str
    value: str
    type_: str | Unset = UNSET
    typeahead_selection: None | str | Unset = UNSET
    handler_type: None | str | Unset = UNSET
    clear_first: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        value = self.value

        type_ = self.type_

        typeahead_selection: None | str | Unset
        if isinstance(self.typeahead_selection, Unset):
            typeahead_selection = UNSET
        else:
            typeahead_selection = self.typeahead_selection

        handler_type: None | str | Unset
        if isinstance(self.handler_type, Unset):
            handler_type = UNSET
        else:
            handler_type = self.handler_type

        clear_first = self.clear_first

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_id": field_id,
                "value": value,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if typeahead_selection is not UNSET:
            field_dict["typeahead_selection"] = typeahead_selection
        if handler_type is not UNSET:
            field_dict["handler_type"] = handler_type
        if clear_first is not UNSET:
            field_dict["clear_first"] = clear_first

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        field_id = d["field_id"]

        value = d["value"]

        type_ = d.get("type", UNSET)

        typeahead_selection = d.get("typeahead_selection", UNSET)

        handler_type = d.get("handler_type", UNSET)

        clear_first = d.get("clear_first", UNSET)

        if cls is Answer:
            answer = _new_instance(cls)
            answer.field_id = field_id
            answer.value = value
            answer.type_ = type_
            answer.typeahead_selection = typeahead_selection
            answer.handler_type = handler_type
            answer.clear_first = clear_first
            answer.additional_properties = {}
        else:
            answer = cls(
                field_id,
                value,
                type_,
                typeahead_selection,
                handler_type,
                clear_first,
            )

        if (
            len(d)
            != 2
            + (type_ is not UNSET)
            + (typeahead_selection is not UNSET)
            + (handler_type is not UNSET)
            + (clear_first is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            answer.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return answer

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
        "value",
        "type",
        "typeahead_selection",
        "handler_type",
        "clear_first",
    )
)
