from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_uuid

_new_instance = object.__new__

from uuid import UUID

T = TypeVar("T", bound="ProfileImportResponse")


@_attrs_define
class ProfileImportResponse:
    """
    Attributes:
        profile_id (UUID):  Example: 8c5e6d0a-9f2b-4c1e-b7a3-2f4d5e6a7b8c.
        status (str): `importing`, `ready` or `import_failed` (an open set). Example: ready.
    """

    profile_id: UUID
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile_id = str(self.profile_id)

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profile_id": profile_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        profile_id = parse_uuid(d["profile_id"])

        status = d["status"]

        if cls is ProfileImportResponse:
            profile_import_response = _new_instance(cls)
            profile_import_response.profile_id = profile_id
            profile_import_response.status = status
            profile_import_response.additional_properties = {}
        else:
            profile_import_response = cls(
                profile_id,
                status,
            )

        if len(d) != 2 and not d.keys() <= _PROPERTY_NAMES:
            profile_import_response.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return profile_import_response

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
        "profile_id",
        "status",
    )
)
