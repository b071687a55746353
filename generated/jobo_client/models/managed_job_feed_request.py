from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__

import datetime

from ..models.work_model import WorkModel, check_work_model

T = TypeVar("T", bound="ManagedJobFeedRequest")


@_attrs_define
class ManagedJobFeedRequest:
    """Managed feed request: the jobs feed request without `locations`. Whether the server also accepts
    `employment_types`, `experience_levels` or `stable_scan` here is not documented.

        Attributes:
            sources (list[str] | Unset):
            work_models (list[WorkModel] | Unset):
            posted_after (datetime.datetime | Unset):  Example: 2026-03-01T00:00:00Z.
            updated_after (datetime.datetime | Unset):  Example: 2026-03-01T00:00:00Z.
            cursor (str | Unset):  Example: eyJjcmVhdGVkX2F0IjoiMjAyNi0wMy0wMVQwMDowMDowMFoifQ.
            batch_size (int | Unset): Jobs per batch (server default 1000). Example: 500.
    """

    sources: list[str] | Unset = UNSET
    work_models: list[WorkModel] | Unset = UNSET
    posted_after: datetime.datetime | Unset = UNSET
    updated_after: datetime.datetime | Unset = UNSET
    cursor: str | Unset = UNSET
    batch_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources

        work_models: list[str] | Unset = UNSET
        if not isinstance(self.work_models, Unset):
            work_models = []
            for work_models_item_data in self.work_models:
                work_models_item: str = work_models_item_data
                work_models.append(work_models_item)

        posted_after: str | Unset = UNSET
        if not isinstance(self.posted_after, Unset):
            posted_after = self.posted_after.isoformat()

        updated_after: str | Unset = UNSET
        if not isinstance(self.updated_after, Unset):
            updated_after = self.updated_after.isoformat()

        cursor = self.cursor

        batch_size = self.batch_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sources is not UNSET:
            field_dict["sources"] = sources
        if work_models is not UNSET:
            field_dict["work_models"] = work_models
        if posted_after is not UNSET:
            field_dict["posted_after"] = posted_after
        if updated_after is not UNSET:
            field_dict["updated_after"] = updated_after
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sources = d.get("sources", UNSET)

        _work_models = d.get("work_models", UNSET)
        work_models: list[WorkModel] | Unset = UNSET
        if _work_models is not UNSET:
            work_models = []
            for work_models_item_data in _work_models:
                work_models_item = check_work_model(work_models_item_data)

                work_models.append(work_models_item)

        _posted_after = d.get("posted_after", UNSET)
        posted_after: datetime.datetime | Unset
        if isinstance(_posted_after, Unset):
            posted_after = UNSET
        else:
            posted_after = datetime.datetime.fromisoformat(_posted_after)

        _updated_after = d.get("updated_after", UNSET)
        updated_after: datetime.datetime | Unset
        if isinstance(_updated_after, Unset):
            updated_after = UNSET
        else:
            updated_after = datetime.datetime.fromisoformat(_updated_after)

        cursor = d.get("cursor", UNSET)

        batch_size = d.get("batch_size", UNSET)

        if cls is ManagedJobFeedRequest:
            managed_job_feed_request = _new_instance(cls)
            managed_job_feed_request.sources = sources
            managed_job_feed_request.work_models = work_models
            managed_job_feed_request.posted_after = posted_after
            managed_job_feed_request.updated_after = updated_after
            managed_job_feed_request.cursor = cursor
            managed_job_feed_request.batch_size = batch_size
            managed_job_feed_request.additional_properties = {}
        else:
            managed_job_feed_request = cls(
                sources,
                work_models,
                posted_after,
                updated_after,
                cursor,
                batch_size,
            )

        if (
            len(d)
            != 0
            + (sources is not UNSET)
            + (work_models is not UNSET)
            + (posted_after is not UNSET)
            + (updated_after is not UNSET)
            + (cursor is not UNSET)
            + (batch_size is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            managed_job_feed_request.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return managed_job_feed_request

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
        "sources",
        "work_models",
        "posted_after",
        "updated_after",
        "cursor",
        "batch_size",
    )
)
