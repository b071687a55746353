from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="CompanyLeader")


@_attrs_define
class CompanyLeader:
    """
    Attributes:
        name (None | str | Unset):  Example: Jane Doe.
        title (None | str | Unset):  Example: CEO.
        linkedin_url (None | str | Unset):  Example: https://www.linkedin.com/in/janedoe.
        avatar_url (None | str | Unset):  Example: https://acme.example.com/team/jane-doe.jpg.
    """

    name: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    linkedin_url: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        linkedin_url: None | str | Unset
        if isinstance(self.linkedin_url, Unset):
            linkedin_url = UNSET
        else:
            linkedin_url = self.linkedin_url

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if linkedin_url is not UNSET:
            field_dict["linkedin_url"] = linkedin_url
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d.get("name", UNSET)

        title = d.get("title", UNSET)

        linkedin_url = d.get("linkedin_url", UNSET)

        avatar_url = d.get("avatar_url", UNSET)

        if cls is CompanyLeader:
            company_leader = _new_instance(cls)
            company_leader.name = name
            company_leader.title = title
            company_leader.linkedin_url = linkedin_url
            company_leader.avatar_url = avatar_url
            company_leader.additional_properties = {}
        else:
            company_leader = cls(
                name,
                title,
                linkedin_url,
                avatar_url,
            )

        if (
            len(d)
            != 0 + (name is not UNSET) + (title is not UNSET) + (linkedin_url is not UNSET) + (avatar_url is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            company_leader.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return company_leader

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
        "name",
        "title",
        "linkedin_url",
        "avatar_url",
    )
)
