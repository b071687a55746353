from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

_new_instance = object.__new__

from uuid import UUID

T = TypeVar("T", bound="ExpiredJobIdsResponse")


@_attrs_define
class ExpiredJobIdsResponse:
    """
    Attributes:
        job_ids (list[UUID]):
        has_more (bool):  Example: True.
        next_cursor (None | str | Unset):  Example: ZXhwaXJlZC1jdXJzb3I.
    """

    job_ids: list[UUID]
    has_more: bool
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_ids = []
        for job_ids_item_data in self.job_ids:
            job_ids_item = str(job_ids_item_data)
            job_ids.append(job_ids_item)

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
                "job_ids": job_ids,
                "has_more": has_more,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        job_ids = []
        _job_ids = d["job_ids"]
        for job_ids_item_data in _job_ids:
            job_ids_item = parse_uuid(job_ids_item_data)

            job_ids.append(job_ids_item)

        has_more = d["has_more"]

        next_cursor = d.get("next_cursor", UNSET)

        if cls is ExpiredJobIdsResponse:
            expired_job_ids_response = _new_instance(cls)
            expired_job_ids_response.job_ids = job_ids
            expired_job_ids_response.has_more = has_more
            expired_job_ids_response.next_cursor = next_cursor
            expired_job_ids_response.additional_properties = {}
        else:
            expired_job_ids_response = cls(
                job_ids,
                has_more,
                next_cursor,
            )

        if len(d) != 2 + (next_cursor is not UNSET) and not d.keys() <= _PROPERTY_NAMES:
            expired_job_ids_response.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return expired_job_ids_response

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
        "job_ids",
        "has_more",
        "next_cursor",
    )
)
