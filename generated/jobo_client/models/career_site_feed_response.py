from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="CareerSiteFeedResponse")


@_attrs_define
class CareerSiteFeedResponse:
    """PARTIAL — only `next_cursor` and `has_more` are documented. The rows (each a company card with `id`,
    `details_url`, the ATS and the listing URL) arrive under a list key the documentation does not show,
    so every other property is allowed and left untyped.

        Attributes:
            has_more (bool):  Example: True.
            next_cursor (None | str | Unset):  Example: Y2FyZWVyLXNpdGVz.
    """

    has_more: bool
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_more": has_more,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        has_more = d["has_more"]

        next_cursor = d.get("next_cursor", UNSET)

        if cls is CareerSiteFeedResponse:
            career_site_feed_response = _new_instance(cls)
            career_site_feed_response.has_more = has_more
            career_site_feed_response.next_cursor = next_cursor
            career_site_feed_response.additional_properties = {}
        else:
            career_site_feed_response = cls(
                has_more,
                next_cursor,
            )

        if len(d) != 1 + (next_cursor is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            career_site_feed_response.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return career_site_feed_response

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
        "has_more",
        "next_cursor",
    )
)
