from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__

import datetime

T = TypeVar("T", bound="CareerSiteFeedRequest")


@_attrs_define
class CareerSiteFeedRequest:
    """PARTIAL — only `industries`, `updated_after` and `cursor` are documented; the page-size field and other filters are
    not. Unknown properties are allowed.

        Attributes:
            industries (list[str] | Unset):
            updated_after (datetime.datetime | Unset):  Example: 2026-03-01T00:00:00Z.
            cursor (str | Unset):  Example: Y2FyZWVyLXNpdGVzLWN1cnNvcg.
    """

    industries: list[str] | Unset = UNSET
    updated_after: datetime.datetime | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        industries: list[str] | Unset = UNSET
        if not isinstance(self.industries, Unset):
            industries = self.industries

        updated_after: str | Unset = UNSET
        if not isinstance(self.updated_after, Unset):
            updated_after = self.updated_after.isoformat()

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if industries is not UNSET:
            field_dict["industries"] = industries
        if updated_after is not UNSET:
            field_dict["updated_after"] = updated_after
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        industries = d.get("industries", UNSET)

        _updated_after = d.get("updated_after", UNSET)
        updated_after: datetime.datetime | Unset
        if isinstance(_updated_after, Unset):
            updated_after = UNSET
        else:
            updated_after = datetime.datetime.fromisoformat(_updated_after)

        cursor = d.get("cursor", UNSET)

        if cls is CareerSiteFeedRequest:
            career_site_feed_request = _new_instance(cls)
            career_site_feed_request.industries = industries
            career_site_feed_request.updated_after = updated_after
            career_site_feed_request.cursor = cursor
            career_site_feed_request.additional_properties = {}
        else:
            career_site_feed_request = cls(
                industries,
                updated_after,
                cursor,
            )

        if (
            len(d) != 0 + (industries is not UNSET) + (updated_after is not UNSET) + (cursor is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            career_site_feed_request.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return career_site_feed_request

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
        "industries",
        "updated_after",
        "cursor",
    )
)
