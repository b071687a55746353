from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="QualificationSkill")


@_attrs_define
class QualificationSkill:
    """
    Attributes:
        name (str):  Example: Go.
        type_ (None | str | Unset): `hard` or `soft` (an open set). Example: hard.
    """

    name: str
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        name = d["name"]

        type_ = d.get("type", UNSET)

        if cls is QualificationSkill:
            qualification_skill = _new_instance(cls)
            qualification_skill.name = name
            qualification_skill.type_ = type_
            qualification_skill.additional_properties = {}
        else:
            qualification_skill = cls(
                name,
                type_,
            )

        if len(d) != 1 + (type_ is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            qualification_skill.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return qualification_skill

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
        "type",
    )
)
