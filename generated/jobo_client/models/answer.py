from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Answer")


@_attrs_define
class Answer:
    """The answer to one form field of a session.

    Attributes:
        field_id (str):
        value (str):
        type_ (str | Unset): Must mirror the field's type.
        typeahead_selection (None | str | Unset):
        handler_type (None | str | Unset):
        clear_first (bool | Unset): Clear the field before typing (server default true).
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
        d = dict(src_dict)
        field_id = d.pop("field_id")

        value = d.pop("value")

        type_ = d.pop("type", UNSET)

        def _parse_typeahead_selection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        typeahead_selection = _parse_typeahead_selection(d.pop("typeahead_selection", UNSET))

        def _parse_handler_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        handler_type = _parse_handler_type(d.pop("handler_type", UNSET))

        clear_first = d.pop("clear_first", UNSET)

        answer = cls(
            field_id=field_id,
            value=value,
            type_=type_,
            typeahead_selection=typeahead_selection,
            handler_type=handler_type,
            clear_first=clear_first,
        )

        answer.additional_properties = d
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
