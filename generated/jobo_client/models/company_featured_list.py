from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="CompanyFeaturedList")


@_attrs_define
class CompanyFeaturedList:
    """
    Attributes:
        title (None | str | Unset):  Example: Fintech companies to watch.
        org_num (int | None | Unset):  Example: 150.
        funding_total_formatted (None | str | Unset):  Example: $4.2B.
        funding_total_usd (int | None | Unset):  Example: 4200000000.
    """

    title: None | str | Unset = UNSET
    org_num: int | None | Unset = UNSET
    funding_total_formatted: None | str | Unset = UNSET
    funding_total_usd: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        org_num: int | None | Unset
        if isinstance(self.org_num, Unset):
            org_num = UNSET
        else:
            org_num = self.org_num

        funding_total_formatted: None | str | Unset
        if isinstance(self.funding_total_formatted, Unset):
            funding_total_formatted = UNSET
        else:
            funding_total_formatted = self.funding_total_formatted

        funding_total_usd: int | None | Unset
        if isinstance(self.funding_total_usd, Unset):
            funding_total_usd = UNSET
        else:
            funding_total_usd = self.funding_total_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if org_num is not UNSET:
            field_dict["org_num"] = org_num
        if funding_total_formatted is not UNSET:
            field_dict["funding_total_formatted"] = funding_total_formatted
        if funding_total_usd is not UNSET:
            field_dict["funding_total_usd"] = funding_total_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        title = d.get("title", UNSET)

        org_num = d.get("org_num", UNSET)

        funding_total_formatted = d.get("funding_total_formatted", UNSET)

        funding_total_usd = d.get("funding_total_usd", UNSET)

        if cls is CompanyFeaturedList:
            company_featured_list = _new_instance(cls)
            company_featured_list.title = title
            company_featured_list.org_num = org_num
            company_featured_list.funding_total_formatted = funding_total_formatted
            company_featured_list.funding_total_usd = funding_total_usd
            company_featured_list.additional_properties = {}
        else:
            company_featured_list = cls(
                title,
                org_num,
                funding_total_formatted,
                funding_total_usd,
            )

        if (
            len(d)
            != 0
            + (title is not UNSET)
            + (org_num is not UNSET)
            + (funding_total_formatted is not UNSET)
            + (funding_total_usd is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            company_featured_list.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return company_featured_list

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
        "title",
        "org_num",
        "funding_total_formatted",
        "funding_total_usd",
    )
)
