from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyEventAppearance")


@_attrs_define
class CompanyEventAppearance:
    """
    Attributes:
        appearance_type (None | str | Unset):
        event (None | str | Unset):
        event_starts_on (None | str | Unset):
        image (None | str | Unset):
    """

    appearance_type: None | str | Unset = UNSET
    event: None | str | Unset = UNSET
    event_starts_on: None | str | Unset = UNSET
    image: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appearance_type: None | str | Unset
        if isinstance(self.appearance_type, Unset):
            appearance_type = UNSET
        else:
            appearance_type = self.appearance_type

        event: None | str | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        else:
            event = self.event

        event_starts_on: None | str | Unset
        if isinstance(self.event_starts_on, Unset):
            event_starts_on = UNSET
        else:
            event_starts_on = self.event_starts_on

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appearance_type is not UNSET:
            field_dict["appearance_type"] = appearance_type
        if event is not UNSET:
            field_dict["event"] = event
        if event_starts_on is not UNSET:
            field_dict["event_starts_on"] = event_starts_on
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_appearance_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        appearance_type = _parse_appearance_type(d.pop("appearance_type", UNSET))

        def _parse_event(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event = _parse_event(d.pop("event", UNSET))

        def _parse_event_starts_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_starts_on = _parse_event_starts_on(d.pop("event_starts_on", UNSET))

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        company_event_appearance = cls(
            appearance_type=appearance_type,
            event=event,
            event_starts_on=event_starts_on,
            image=image,
        )

        company_event_appearance.additional_properties = d
        return company_event_appearance

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
