from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="ProfileContact")


@_attrs_define
class ProfileContact:
    """
    Attributes:
        first_name (None | str | Unset):  Example: Ada.
        last_name (None | str | Unset):  Example: Lovelace.
        preferred_name (None | str | Unset):  Example: Jane.
        email (None | str | Unset):  Example: ada@example.com.
        phone (None | str | Unset):  Example: +1 415 555 0100.
        date_of_birth (None | str | Unset): YYYY-MM-DD. Example: 1990-04-12.
    """

    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    preferred_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    date_of_birth: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        preferred_name: None | str | Unset
        if isinstance(self.preferred_name, Unset):
            preferred_name = UNSET
        else:
            preferred_name = self.preferred_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = self.date_of_birth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if preferred_name is not UNSET:
            field_dict["preferred_name"] = preferred_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        first_name = d.get("first_name", UNSET)

        last_name = d.get("last_name", UNSET)

        preferred_name = d.get("preferred_name", UNSET)

        email = d.get("email", UNSET)

        phone = d.get("phone", UNSET)

        date_of_birth = d.get("date_of_birth", UNSET)

        if cls is ProfileContact:
            profile_contact = _new_instance(cls)
            profile_contact.first_name = first_name
            profile_contact.last_name = last_name
            profile_contact.preferred_name = preferred_name
            profile_contact.email = email
            profile_contact.phone = phone
            profile_contact.date_of_birth = date_of_birth
            profile_contact.additional_properties = {}
        else:
            profile_contact = cls(
                first_name,
                last_name,
                preferred_name,
                email,
                phone,
                date_of_birth,
            )

        if (
            len(d)
            != 0
            + (first_name is not UNSET)
            + (last_name is not UNSET)
            + (preferred_name is not UNSET)
            + (email is not UNSET)
            + (phone is not UNSET)
            + (date_of_birth is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            profile_contact.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return profile_contact

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
        "first_name",
        "last_name",
        "preferred_name",
        "email",
        "phone",
        "date_of_birth",
    )
)
