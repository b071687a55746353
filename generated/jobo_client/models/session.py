from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_field import SessionField
    from ..models.session_validation_error import SessionValidationError


T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """An Auto Apply session.

    Attributes:
        id (UUID):
        status (str): Open set. Active: `form_ready`, `next_available`, `submit_ready`. Terminal: `submitted`,
            `login_required`, `captcha_required`, `expired`, `redirected`, `redirect_required`, `error`.
        provider_id (None | str | Unset): ATS id, e.g. `greenhouse`.
        provider_name (None | str | Unset):
        is_terminal (bool | None | Unset):
        error (None | str | Unset):
        current_url (None | str | Unset):
        validation_errors (list[SessionValidationError] | Unset):
        fields (list[SessionField] | Unset):
        redirect_url (None | str | Unset): With `redirect_required`: start a new session here.
        redirect_provider_id (None | str | Unset):
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
        from ..models.session_field import SessionField  # noqa: PLC0415
        from ..models.session_validation_error import SessionValidationError  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = d.pop("status")

        def _parse_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_id = _parse_provider_id(d.pop("provider_id", UNSET))

        def _parse_provider_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_name = _parse_provider_name(d.pop("provider_name", UNSET))

        def _parse_is_terminal(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_terminal = _parse_is_terminal(d.pop("is_terminal", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_current_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        current_url = _parse_current_url(d.pop("current_url", UNSET))

        _validation_errors = d.pop("validation_errors", UNSET)
        validation_errors: list[SessionValidationError] | Unset = UNSET
        if _validation_errors is not UNSET:
            validation_errors = []
            for validation_errors_item_data in _validation_errors:
                validation_errors_item = SessionValidationError.from_dict(validation_errors_item_data)

                validation_errors.append(validation_errors_item)

        _fields = d.pop("fields", UNSET)
        fields: list[SessionField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = SessionField.from_dict(fields_item_data)

                fields.append(fields_item)

        def _parse_redirect_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_url = _parse_redirect_url(d.pop("redirect_url", UNSET))

        def _parse_redirect_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_provider_id = _parse_redirect_provider_id(d.pop("redirect_provider_id", UNSET))

        session = cls(
            id=id,
            status=status,
            provider_id=provider_id,
            provider_name=provider_name,
            is_terminal=is_terminal,
            error=error,
            current_url=current_url,
            validation_errors=validation_errors,
            fields=fields,
            redirect_url=redirect_url,
            redirect_provider_id=redirect_provider_id,
        )

        session.additional_properties = d
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
