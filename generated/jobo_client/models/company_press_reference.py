from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="CompanyPressReference")


@_attrs_define
class CompanyPressReference:
    """
    Attributes:
        url (None | str | Unset):  Example: https://news.example.com/acme-series-c.
        posted_on (None | str | Unset):  Example: 2024-05-02.
        title (None | str | Unset):  Example: Acme raises Series C.
        publisher (None | str | Unset):  Example: Example News.
    """

    url: None | str | Unset = UNSET
    posted_on: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    publisher: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        posted_on: None | str | Unset
        if isinstance(self.posted_on, Unset):
            posted_on = UNSET
        else:
            posted_on = self.posted_on

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        publisher: None | str | Unset
        if isinstance(self.publisher, Unset):
            publisher = UNSET
        else:
            publisher = self.publisher

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if posted_on is not UNSET:
            field_dict["posted_on"] = posted_on
        if title is not UNSET:
            field_dict["title"] = title
        if publisher is not UNSET:
            field_dict["publisher"] = publisher

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        url = d.get("url", UNSET)

        posted_on = d.get("posted_on", UNSET)

        title = d.get("title", UNSET)

        publisher = d.get("publisher", UNSET)

        if cls is CompanyPressReference:
            company_press_reference = _new_instance(cls)
            company_press_reference.url = url
            company_press_reference.posted_on = posted_on
            company_press_reference.title = title
            company_press_reference.publisher = publisher
            company_press_reference.additional_properties = {}
        else:
            company_press_reference = cls(
                url,
                posted_on,
                title,
                publisher,
            )

        if (
            len(d)
            != 0 + (url is not UNSET) + (posted_on is not UNSET) + (title is not UNSET) + (publisher is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            company_press_reference.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return company_press_reference

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
        "url",
        "posted_on",
        "title",
        "publisher",
    )
)
