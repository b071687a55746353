from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="ProfileLinks")


@_attrs_define
class ProfileLinks:
    """
    Attributes:
        linkedin (None | str | Unset):  Example: https://www.linkedin.com/in/ada-lovelace.
        github (None | str | Unset):  Example: https://github.com/adalovelace.
        portfolio (None | str | Unset):  Example: https://janedoe.example.com/portfolio.
        website (None | str | Unset):  Example: https://adalovelace.dev.
    """

    linkedin: None | str | Unset = UNSET
    github: None | str | Unset = UNSET
    portfolio: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        linkedin: None | str | Unset
        if isinstance(self.linkedin, Unset):
            linkedin = UNSET
        else:
            linkedin = self.linkedin

        github: None | str | Unset
        if isinstance(self.github, Unset):
            github = UNSET
        else:
            github = self.github

        portfolio: None | str | Unset
        if isinstance(self.portfolio, Unset):
            portfolio = UNSET
        else:
            portfolio = self.portfolio

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if github is not UNSET:
            field_dict["github"] = github
        if portfolio is not UNSET:
            field_dict["portfolio"] = portfolio
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        linkedin = d.get("linkedin", UNSET)

        github = d.get("github", UNSET)

        portfolio = d.get("portfolio", UNSET)

        website = d.get("website", UNSET)

        if cls is ProfileLinks:
            profile_links = _new_instance(cls)
            profile_links.linkedin = linkedin
            profile_links.github = github
            profile_links.portfolio = portfolio
            profile_links.website = website
            profile_links.additional_properties = {}
        else:
            profile_links = cls(
                linkedin,
                github,
                portfolio,
                website,
            )

        if (
            len(d)
            != 0 + (linkedin is not UNSET) + (github is not UNSET) + (portfolio is not UNSET) + (website is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            profile_links.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return profile_links

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
        "linkedin",
        "github",
        "portfolio",
        "website",
    )
)
