from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="CompanyRating")


@_attrs_define
class CompanyRating:
    """
    Attributes:
        source (None | str | Unset): e.g. Glassdoor. Example: Glassdoor.
        rating (None | str | Unset):  Example: 4.2.
        url (None | str | Unset):  Example: https://www.glassdoor.com/acme.
        review_count (int | None | Unset):  Example: 312.
    """

    source: None | str | Unset = UNSET
    rating: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    review_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        rating: None | str | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        review_count: int | None | Unset
        if isinstance(self.review_count, Unset):
            review_count = UNSET
        else:
            review_count = self.review_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if rating is not UNSET:
            field_dict["rating"] = rating
        if url is not UNSET:
            field_dict["url"] = url
        if review_count is not UNSET:
            field_dict["review_count"] = review_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        source = d.get("source", UNSET)

        rating = d.get("rating", UNSET)

        url = d.get("url", UNSET)

        review_count = d.get("review_count", UNSET)

        if cls is CompanyRating:
            company_rating = _new_instance(cls)
            company_rating.source = source
            company_rating.rating = rating
            company_rating.url = url
            company_rating.review_count = review_count
            company_rating.additional_properties = {}
        else:
            company_rating = cls(
                source,
                rating,
                url,
                review_count,
            )

        if (
            len(d)
            != 0 + (source is not UNSET) + (rating is not UNSET) + (url is not UNSET) + (review_count is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            company_rating.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return company_rating

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
        "source",
        "rating",
        "url",
        "review_count",
    )
)
