from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__

import datetime

T = TypeVar("T", bound="ApplicationStep")


@_attrs_define
class ApplicationStep:
    """
    Attributes:
        step (int | None | Unset):  Example: 1.
        action (None | str | Unset): e.g. `fill_fields`. Example: fill_fields.
        status (None | str | Unset): e.g. `ok`. Example: ok.
        fields_count (int | None | Unset):  Example: 12.
        error (None | str | Unset):  Example: Field 'phone' rejected the value..
        timestamp (datetime.datetime | None | Unset):  Example: 2026-07-05T10:15:42Z.
        fields (list[ApplicationStepField] | Unset):
    """

    step: int | None | Unset = UNSET
    action: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    fields_count: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    fields: list[ApplicationStepField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step: int | None | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        fields_count: int | None | Unset
        if isinstance(self.fields_count, Unset):
            fields_count = UNSET
        else:
            fields_count = self.fields_count

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step is not UNSET:
            field_dict["step"] = step
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        if fields_count is not UNSET:
            field_dict["fields_count"] = fields_count
        if error is not UNSET:
            field_dict["error"] = error
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        step = d.get("step", UNSET)

        action = d.get("action", UNSET)

        status = d.get("status", UNSET)

        fields_count = d.get("fields_count", UNSET)

        error = d.get("error", UNSET)

        _timestamp = d.get("timestamp", UNSET)
        timestamp: datetime.datetime | None | Unset
        if isinstance(_timestamp, str):
            try:
                timestamp_type_0 = datetime.datetime.fromisoformat(_timestamp)

                timestamp = timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                timestamp = _timestamp
        else:
            timestamp = _timestamp

        _fields = d.get("fields", UNSET)
        fields: list[ApplicationStepField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for _fields_item_d in _fields:
                if type(_fields_item_d) is not dict:
                    _fields_item_d = dict(_fields_item_d)
                fields_item = _new_instance(ApplicationStepField)
                fields_item.field_id = _fields_item_d.get("field_id", UNSET)
                fields_item.label = _fields_item_d.get("label", UNSET)
                fields_item.type_ = _fields_item_d.get("type", UNSET)
                fields_item.required = _fields_item_d.get("required", UNSET)
                fields_item.value = _fields_item_d.get("value", UNSET)
                fields_item.status = _fields_item_d.get("status", UNSET)
                _fields_item_options = _fields_item_d.get("options", UNSET)
                fields_item.options = UNSET
                if _fields_item_options is not UNSET:
                    fields_item_options = []
                    for _fields_item_options_item_d in _fields_item_options:
                        if type(_fields_item_options_item_d) is not dict:
                            _fields_item_options_item_d = dict(_fields_item_options_item_d)
                        fields_item_options_item = _new_instance(FieldOption)
                        fields_item_options_item.value = _fields_item_options_item_d.get("value", UNSET)
                        fields_item_options_item.text = _fields_item_options_item_d.get("text", UNSET)
                        fields_item_options_item.additional_properties = {}
                        if (
                            len(_fields_item_options_item_d)
                            != 0
                            + (fields_item_options_item.value is not UNSET)
                            + (fields_item_options_item.text is not UNSET)
                            and not _fields_item_options_item_d.keys() <= _FieldOption_PROPERTY_NAMES
                        ):
                            fields_item_options_item.additional_properties = {
                                k: v
                                for k, v in _fields_item_options_item_d.items()
                                if k not in _FieldOption_PROPERTY_NAMES
                            }

                        fields_item_options.append(fields_item_options_item)
                    fields_item.options = fields_item_options
                fields_item.note = _fields_item_d.get("note", UNSET)
                fields_item.error = _fields_item_d.get("error", UNSET)
                fields_item.additional_properties = {}
                if (
                    len(_fields_item_d)
                    != 0
                    + (fields_item.field_id is not UNSET)
                    + (fields_item.label is not UNSET)
                    + (fields_item.type_ is not UNSET)
                    + (fields_item.required is not UNSET)
                    + (fields_item.value is not UNSET)
                    + (fields_item.status is not UNSET)
                    + (fields_item.options is not UNSET)
                    + (fields_item.note is not UNSET)
                    + (fields_item.error is not UNSET)
                    and not _fields_item_d.keys() <= _ApplicationStepField_PROPERTY_NAMES
                ):
                    fields_item.additional_properties = {
                        k: v for k, v in _fields_item_d.items() if k not in _ApplicationStepField_PROPERTY_NAMES
                    }

                fields.append(fields_item)

        if cls is ApplicationStep:
            application_step = _new_instance(cls)
            application_step.step = step
            application_step.action = action
            application_step.status = status
            application_step.fields_count = fields_count
            application_step.error = error
            application_step.timestamp = timestamp
            application_step.fields = fields
            application_step.additional_properties = {}
        else:
            application_step = cls(
                step,
                action,
                status,
                fields_count,
                error,
                timestamp,
                fields,
            )

        if (
            len(d)
            != 0
            + (step is not UNSET)
            + (action is not UNSET)
            + (status is not UNSET)
            + (fields_count is not UNSET)
            + (error is not UNSET)
            + (timestamp is not UNSET)
            + (fields is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            application_step.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return application_step

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
        "step",
        "action",
        "status",
        "fields_count",
        "error",
        "timestamp",
        "fields",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.application_step_field import _PROPERTY_NAMES as _ApplicationStepField_PROPERTY_NAMES
from ..models.application_step_field import ApplicationStepField
from ..models.field_option import _PROPERTY_NAMES as _FieldOption_PROPERTY_NAMES
from ..models.field_option import FieldOption
