from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="SessionField")


@_attrs_define
class SessionField:
    """
    Attributes:
        field_id (None | str | Unset):  Example: c0203e24-63fd-4425-914c-216a5701861c.
        type_ (None | str | Unset):  Example: text.
        label (None | str | Unset):  Example: First name.
        is_required (bool | None | Unset):  Example: True.
        options (list[FieldOption] | Unset):
        handler_type (None | str | Unset):  Example: first-name.
        current_value (None | str | Unset):  Example: Jane.
    """

    field_id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    is_required: bool | None | Unset = UNSET
    options: list[FieldOption] | Unset = UNSET
    handler_type: None | str | Unset = UNSET
    current_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id: None | str | Unset
        if isinstance(self.field_id, Unset):
            field_id = UNSET
        else:
            field_id = self.field_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        is_required: bool | None | Unset
        if isinstance(self.is_required, Unset):
            is_required = UNSET
        else:
            is_required = self.is_required

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        handler_type: None | str | Unset
        if isinstance(self.handler_type, Unset):
            handler_type = UNSET
        else:
            handler_type = self.handler_type

        current_value: None | str | Unset
        if isinstance(self.current_value, Unset):
            current_value = UNSET
        else:
            current_value = self.current_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["field_id"] = field_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if label is not UNSET:
            field_dict["label"] = label
        if is_required is not UNSET:
            field_dict["is_required"] = is_required
        if options is not UNSET:
            field_dict["options"] = options
        if handler_type is not UNSET:
            field_dict["handler_type"] = handler_type
        if current_value is not UNSET:
            field_dict["current_value"] = current_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        field_id = d.get("field_id", UNSET)

        type_ = d.get("type", UNSET)

        label = d.get("label", UNSET)

        is_required = d.get("is_required", UNSET)

        _options = d.get("options", UNSET)
        options: list[FieldOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for _options_item_d in _options:
                if type(_options_item_d) is not dict:
                    _options_item_d = dict(_options_item_d)
                options_item = _new_instance(FieldOption)
                options_item.value = _options_item_d.get("value", UNSET)
                options_item.text = _options_item_d.get("text", UNSET)
                options_item.additional_properties = {}
                if (
                    len(_options_item_d) != 0 + (options_item.value is not UNSET) + (options_item.text is not UNSET)
                    and not _options_item_d.keys() <= _FieldOption_PROPERTY_NAMES
                ):
                    options_item.additional_properties = {
                        k: v for k, v in _options_item_d.items() if k not in _FieldOption_PROPERTY_NAMES
                    }

                options.append(options_item)

        handler_type = d.get("handler_type", UNSET)

        current_value = d.get("current_value", UNSET)

        if cls is SessionField:
            session_field = _new_instance(cls)
            session_field.field_id = field_id
            session_field.type_ = type_
            session_field.label = label
            session_field.is_required = is_required
            session_field.options = options
            session_field.handler_type = handler_type
            session_field.current_value = current_value
            session_field.additional_properties = {}
        else:
            session_field = cls(
                field_id,
                type_,
                label,
                is_required,
                options,
                handler_type,
                current_value,
            )

        if (
            len(d)
            != 0
            + (field_id is not UNSET)
            + (type_ is not UNSET)
            + (label is not UNSET)
            + (is_required is not UNSET)
            + (options is not UNSET)
            + (handler_type is not UNSET)
            + (current_value is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            session_field.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return session_field

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
        "type",
        "label",
        "is_required",
        "options",
        "handler_type",
        "current_value",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.field_option import _PROPERTY_NAMES as _FieldOption_PROPERTY_NAMES
from ..models.field_option import FieldOption
