from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="CompanyEventAppearance")


@_attrs_define
class CompanyEventAppearance:
    """
    Attributes:
        appearance_type (None | str | Unset):  Example: sponsor.
        event (None | str | Unset):  Example: Example DevConf 2025.
        event_starts_on (None | str | Unset):  Example: 2025-10-14.
        image (None | str | Unset):  Example: https://acme.example.com/events/money2020.png.
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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        appearance_type = d.get("appearance_type", UNSET)

        event = d.get("event", UNSET)

        event_starts_on = d.get("event_starts_on", UNSET)

        image = d.get("image", UNSET)

        if cls is CompanyEventAppearance:
            company_event_appearance = _new_instance(cls)
            company_event_appearance.appearance_type = appearance_type
            company_event_appearance.event = event
            company_event_appearance.event_starts_on = event_starts_on
            company_event_appearance.image = image
            company_event_appearance.additional_properties = {}
        else:
            company_event_appearance = cls(
                appearance_type,
                event,
                event_starts_on,
                image,
            )

        if (
            len(d)
            != 0
            + (appearance_type is not UNSET)
            + (event is not UNSET)
            + (event_starts_on is not UNSET)
            + (image is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            company_event_appearance.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

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


_PROPERTY_NAMES = frozenset(
    (
        "appearance_type",
        "event",
        "event_starts_on",
        "image",
    )
)
