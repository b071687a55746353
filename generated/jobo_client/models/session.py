from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

_new_instance = object.__new__

from uuid import UUID

T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """An Auto Apply session.

    Attributes:
        id (UUID):  Example: 6f1d2b3c-4a5e-4f60-9b7a-8c9d0e1f2a3b.
        status (str): Open set. Active: `form_ready`, `next_available`, `submit_ready`. Terminal: `submitted`,
            `login_required`, `captcha_required`, `expired`, `redirected`, `redirect_required`, `error`.
             Example: form_ready.
        provider_id (None | str | Unset): ATS id, e.g. `greenhouse`. Example: greenhouse.
        provider_name (None | str | Unset):  Example: Greenhouse.
        is_terminal (bool | None | Unset):  Example: False.
        error (None | str | Unset):  Example: The employer's form rejected the phone number..
        current_url (None | str | Unset):  Example: https://boards.greenhouse.io/acme/jobs/4567890.
        validation_errors (list[SessionValidationError] | Unset):
        fields (list[SessionField] | Unset):
        redirect_url (None | str | Unset): With `redirect_required`: start a new session here. Example:
            https://acme.wd5.myworkdayjobs.com/en-US/careers/job/4567890/apply.
        redirect_provider_id (None | str | Unset):  Example: workday.
    """

    id: UUID
    status: str
    provider_id: None | str | Unset = UNSET
    provider_name: None | str | Unset = UNSET
    is_terminal: bool | None | Unset = UNSET
    error: None | str | Unset = UNSET
    current_url: None | str | Unset = UNSET
    validation_errors: list[SessionValidationError] | Unset = UNSET
    fields: list[SessionField] | Unset = UNSET
    redirect_url: None | str | Unset = UNSET
    redirect_provider_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status = self.status

        provider_id: None | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = self.provider_id

        provider_name: None | str | Unset
        if isinstance(self.provider_name, Unset):
            provider_name = UNSET
        else:
            provider_name = self.provider_name

        is_terminal: bool | None | Unset
        if isinstance(self.is_terminal, Unset):
            is_terminal = UNSET
        else:
            is_terminal = self.is_terminal

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        current_url: None | str | Unset
        if isinstance(self.current_url, Unset):
            current_url = UNSET
        else:
            current_url = self.current_url

        validation_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = []
            for validation_errors_item_data in self.validation_errors:
                validation_errors_item = validation_errors_item_data.to_dict()
                validation_errors.append(validation_errors_item)

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        redirect_url: None | str | Unset
        if isinstance(self.redirect_url, Unset):
            redirect_url = UNSET
        else:
            redirect_url = self.redirect_url

        redirect_provider_id: None | str | Unset
        if isinstance(self.redirect_provider_id, Unset):
            redirect_provider_id = UNSET
        else:
            redirect_provider_id = self.redirect_provider_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if provider_name is not UNSET:
            field_dict["provider_name"] = provider_name
        if is_terminal is not UNSET:
            field_dict["is_terminal"] = is_terminal
        if error is not UNSET:
            field_dict["error"] = error
        if current_url is not UNSET:
            field_dict["current_url"] = current_url
        if validation_errors is not UNSET:
            field_dict["validation_errors"] = validation_errors
        if fields is not UNSET:
            field_dict["fields"] = fields
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if redirect_provider_id is not UNSET:
            field_dict["redirect_provider_id"] = redirect_provider_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = parse_uuid(d["id"])

        status = d["status"]

        provider_id = d.get("provider_id", UNSET)

        provider_name = d.get("provider_name", UNSET)

        is_terminal = d.get("is_terminal", UNSET)

        error = d.get("error", UNSET)

        current_url = d.get("current_url", UNSET)

        _validation_errors = d.get("validation_errors", UNSET)
        validation_errors: list[SessionValidationError] | Unset = UNSET
        if _validation_errors is not UNSET:
            validation_errors = []
            for _validation_errors_item_d in _validation_errors:
                if type(_validation_errors_item_d) is not dict:
                    _validation_errors_item_d = dict(_validation_errors_item_d)
                validation_errors_item = _new_instance(SessionValidationError)
                validation_errors_item.field_id = _validation_errors_item_d.get("field_id", UNSET)
                validation_errors_item.message = _validation_errors_item_d.get("message", UNSET)
                validation_errors_item.additional_properties = {}
                if (
                    len(_validation_errors_item_d)
                    != 0
                    + (validation_errors_item.field_id is not UNSET)
                    + (validation_errors_item.message is not UNSET)
                    and not _validation_errors_item_d.keys() <= _SessionValidationError_PROPERTY_NAMES
                ):
                    validation_errors_item.additional_properties = {
                        k: v
                        for k, v in _validation_errors_item_d.items()
                        if k not in _SessionValidationError_PROPERTY_NAMES
                    }

                validation_errors.append(validation_errors_item)

        _fields = d.get("fields", UNSET)
        fields: list[SessionField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for _fields_item_d in _fields:
                if type(_fields_item_d) is not dict:
                    _fields_item_d = dict(_fields_item_d)
                fields_item = _new_instance(SessionField)
                fields_item.field_id = _fields_item_d.get("field_id", UNSET)
                fields_item.type_ = _fields_item_d.get("type", UNSET)
                fields_item.label = _fields_item_d.get("label", UNSET)
                fields_item.is_required = _fields_item_d.get("is_required", UNSET)
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
                fields_item.handler_type = _fields_item_d.get("handler_type", UNSET)
                fields_item.current_value = _fields_item_d.get("current_value", UNSET)
                fields_item.additional_properties = {}
                if (
                    len(_fields_item_d)
                    != 0
                    + (fields_item.field_id is not UNSET)
                    + (fields_item.type_ is not UNSET)
                    + (fields_item.label is not UNSET)
                    + (fields_item.is_required is not UNSET)
                    + (fields_item.options is not UNSET)
                    + (fields_item.handler_type is not UNSET)
                    + (fields_item.current_value is not UNSET)
                    and not _fields_item_d.keys() <= _SessionField_PROPERTY_NAMES
                ):
                    fields_item.additional_properties = {
                        k: v for k, v in _fields_item_d.items() if k not in _SessionField_PROPERTY_NAMES
                    }

                fields.append(fields_item)

        redirect_url = d.get("redirect_url", UNSET)

        redirect_provider_id = d.get("redirect_provider_id", UNSET)

        if cls is Session:
            session = _new_instance(cls)
            session.id = id
            session.status = status
            session.provider_id = provider_id
            session.provider_name = provider_name
            session.is_terminal = is_terminal
            session.error = error
            session.current_url = current_url
            session.validation_errors = validation_errors
            session.fields = fields
            session.redirect_url = redirect_url
            session.redirect_provider_id = redirect_provider_id
            session.additional_properties = {}
        else:
            session = cls(
                id,
                status,
                provider_id,
                provider_name,
                is_terminal,
                error,
                current_url,
                validation_errors,
                fields,
                redirect_url,
                redirect_provider_id,
            )

        if (
            len(d)
            != 2
            + (provider_id is not UNSET)
            + (provider_name is not UNSET)
            + (is_terminal is not UNSET)
            + (error is not UNSET)
            + (current_url is not UNSET)
            + (validation_errors is not UNSET)
            + (fields is not UNSET)
            + (redirect_url is not UNSET)
            + (redirect_provider_id is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            session.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return session

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
        "id",
        "status",
        "provider_id",
        "provider_name",
        "is_terminal",
        "error",
        "current_url",
        "validation_errors",
        "fields",
        "redirect_url",
        "redirect_provider_id",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.field_option import _PROPERTY_NAMES as _FieldOption_PROPERTY_NAMES
from ..models.field_option import FieldOption
from ..models.session_field import _PROPERTY_NAMES as _SessionField_PROPERTY_NAMES
from ..models.session_field import SessionField
from ..models.session_validation_error import _PROPERTY_NAMES as _SessionValidationError_PROPERTY_NAMES
from ..models.session_validation_error import SessionValidationError
