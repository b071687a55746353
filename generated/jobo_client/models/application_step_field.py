from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="ApplicationStepField")


@_attrs_define
class ApplicationStepField:
    """
    Attributes:
        field_id (None | str | Unset):  Example: f0:cards[123]_field0.
        label (None | str | Unset):  Example: Full name.
        type_ (None | str | Unset):  Example: text.
        required (bool | None | Unset):  Example: True.
        value (None | str | Unset):  Example: John W. Smith.
        status (None | str | Unset): e.g. `filled`. Example: filled.
        options (list[FieldOption] | Unset):
        note (None | str | Unset):  Example: Matched the closest option..
        error (None | str | Unset):  Example: Value rejected by the form..
    """

    field_id: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    required: bool | None | Unset = UNSET
    value: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    options: list[FieldOption] | Unset = UNSET
    note: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id: None | str | Unset
        if isinstance(self.field_id, Unset):
            field_id = UNSET
        else:
            field_id = self.field_id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["field_id"] = field_id
        if label is not UNSET:
            field_dict["label"] = label
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required
        if value is not UNSET:
            field_dict["value"] = value
        if status is not UNSET:
            field_dict["status"] = status
        if options is not UNSET:
            field_dict["options"] = options
        if note is not UNSET:
            field_dict["note"] = note
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        field_id = d.get("field_id", UNSET)

        label = d.get("label", UNSET)

        type_ = d.get("type", UNSET)

        required = d.get("required", UNSET)

        value = d.get("value", UNSET)

        status = d.get("status", UNSET)

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

        note = d.get("note", UNSET)

        error = d.get("error", UNSET)

        if cls is ApplicationStepField:
            application_step_field = _new_instance(cls)
            application_step_field.field_id = field_id
            application_step_field.label = label
            application_step_field.type_ = type_
            application_step_field.required = required
            application_step_field.value = value
            application_step_field.status = status
            application_step_field.options = options
            application_step_field.note = note
            application_step_field.error = error
            application_step_field.additional_properties = {}
        else:
            application_step_field = cls(
                field_id,
                label,
                type_,
                required,
                value,
                status,
                options,
                note,
                error,
            )

        if (
            len(d)
            != 0
            + (field_id is not UNSET)
            + (label is not UNSET)
            + (type_ is not UNSET)
            + (required is not UNSET)
            + (value is not UNSET)
            + (status is not UNSET)
            + (options is not UNSET)
            + (note is not UNSET)
            + (error is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            application_step_field.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return application_step_field

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
        "label",
        "type",
        "required",
        "value",
        "status",
        "options",
        "note",
        "error",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.field_option import _PROPERTY_NAMES as _FieldOption_PROPERTY_NAMES
from ..models.field_option import FieldOption
