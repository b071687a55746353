from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__

import datetime

from ..models.employment_type import EmploymentType, check_employment_type
from ..models.experience_level import ExperienceLevel, check_experience_level
from ..models.work_model import WorkModel, check_work_model

T = TypeVar("T", bound="JobFeedRequest")


@_attrs_define
class JobFeedRequest:
    """Feed request. The first request carries the filters; a continuation sends only `cursor`, because the
    cursor keeps the first request's filters and batch size and the server ignores anything beside it.

        Attributes:
            locations (list[LocationFilter] | Unset):
            sources (list[str] | Unset):
            work_models (list[WorkModel] | Unset):
            employment_types (list[EmploymentType] | Unset):
            experience_levels (list[ExperienceLevel] | Unset):
            posted_after (datetime.datetime | Unset): Jobs posted or first indexed at or after this instant. Example:
                2026-03-01T00:00:00Z.
            updated_after (datetime.datetime | Unset): Jobs created or updated at or after this instant — the incremental-
                sync watermark. Example: 2026-03-01T00:00:00Z.
            stable_scan (bool | Unset): Server default true: page by immutable creation time so records cannot shift between
                pages; false selects the legacy update-recency order. Example: True.
            cursor (str | Unset): The previous response's `next_cursor`. Example: eyJzY2FuIjoiZXhhbXBsZSJ9.
            batch_size (int | Unset): Jobs per batch (server default 1000). Example: 1000.
    """

    locations: list[LocationFilter] | Unset = UNSET
    sources: list[str] | Unset = UNSET
    work_models: list[WorkModel] | Unset = UNSET
    employment_types: list[EmploymentType] | Unset = UNSET
    experience_levels: list[ExperienceLevel] | Unset = UNSET
    posted_after: datetime.datetime | Unset = UNSET
    updated_after: datetime.datetime | Unset = UNSET
    stable_scan: bool | Unset = UNSET
    cursor: str | Unset = UNSET
    batch_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = locations_item_data.to_dict()
                locations.append(locations_item)

        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources

        work_models: list[str] | Unset = UNSET
        if not isinstance(self.work_models, Unset):
            work_models = []
            for work_models_item_data in self.work_models:
                work_models_item: str = work_models_item_data
                work_models.append(work_models_item)

        employment_types: list[str] | Unset = UNSET
        if not isinstance(self.employment_types, Unset):
            employment_types = []
            for employment_types_item_data in self.employment_types:
                employment_types_item: str = employment_types_item_data
                employment_types.append(employment_types_item)

        experience_levels: list[str] | Unset = UNSET
        if not isinstance(self.experience_levels, Unset):
            experience_levels = []
            for experience_levels_item_data in self.experience_levels:
                experience_levels_item: str = experience_levels_item_data
                experience_levels.append(experience_levels_item)

        posted_after: str | Unset = UNSET
        if not isinstance(self.posted_after, Unset):
            posted_after = self.posted_after.isoformat()

        updated_after: str | Unset = UNSET
        if not isinstance(self.updated_after, Unset):
            updated_after = self.updated_after.isoformat()

        stable_scan = self.stable_scan

        cursor = self.cursor

        batch_size = self.batch_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if locations is not UNSET:
            field_dict["locations"] = locations
        if sources is not UNSET:
            field_dict["sources"] = sources
        if work_models is not UNSET:
            field_dict["work_models"] = work_models
        if employment_types is not UNSET:
            field_dict["employment_types"] = employment_types
        if experience_levels is not UNSET:
            field_dict["experience_levels"] = experience_levels
        if posted_after is not UNSET:
            field_dict["posted_after"] = posted_after
        if updated_after is not UNSET:
            field_dict["updated_after"] = updated_after
        if stable_scan is not UNSET:
            field_dict["stable_scan"] = stable_scan
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _locations = d.get("locations", UNSET)
        locations: list[LocationFilter] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for _locations_item_d in _locations:
                if type(_locations_item_d) is not dict:
                    _locations_item_d = dict(_locations_item_d)
                locations_item = _new_instance(LocationFilter)
                locations_item.country = _locations_item_d.get("country", UNSET)
                locations_item.region = _locations_item_d.get("region", UNSET)
                locations_item.city = _locations_item_d.get("city", UNSET)
                locations_item.additional_properties = {}
                if (
                    len(_locations_item_d)
                    != 0
                    + (locations_item.country is not UNSET)
                    + (locations_item.region is not UNSET)
                    + (locations_item.city is not UNSET)
                    and not _locations_item_d.keys() <= _LocationFilter_PROPERTY_NAMES
                ):
                    locations_item.additional_properties = {
                        k: v for k, v in _locations_item_d.items() if k not in _LocationFilter_PROPERTY_NAMES
                    }

                locations.append(locations_item)

        sources = d.get("sources", UNSET)

        _work_models = d.get("work_models", UNSET)
        work_models: list[WorkModel] | Unset = UNSET
        if _work_models is not UNSET:
            work_models = []
            for work_models_item_data in _work_models:
                work_models_item = check_work_model(work_models_item_data)

                work_models.append(work_models_item)

        _employment_types = d.get("employment_types", UNSET)
        employment_types: list[EmploymentType] | Unset = UNSET
        if _employment_types is not UNSET:
            employment_types = []
            for employment_types_item_data in _employment_types:
                employment_types_item = check_employment_type(employment_types_item_data)

                employment_types.append(employment_types_item)

        _experience_levels = d.get("experience_levels", UNSET)
        experience_levels: list[ExperienceLevel] | Unset = UNSET
        if _experience_levels is not UNSET:
            experience_levels = []
            for experience_levels_item_data in _experience_levels:
                experience_levels_item = check_experience_level(experience_levels_item_data)

                experience_levels.append(experience_levels_item)

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

        stable_scan = d.get("stable_scan", UNSET)

        cursor = d.get("cursor", UNSET)

        batch_size = d.get("batch_size", UNSET)

        if cls is JobFeedRequest:
            job_feed_request = _new_instance(cls)
            job_feed_request.locations = locations
            job_feed_request.sources = sources
            job_feed_request.work_models = work_models
            job_feed_request.employment_types = employment_types
            job_feed_request.experience_levels = experience_levels
            job_feed_request.posted_after = posted_after
            job_feed_request.updated_after = updated_after
            job_feed_request.stable_scan = stable_scan
            job_feed_request.cursor = cursor
            job_feed_request.batch_size = batch_size
            job_feed_request.additional_properties = {}
        else:
            job_feed_request = cls(
                locations,
                sources,
                work_models,
                employment_types,
                experience_levels,
                posted_after,
                updated_after,
                stable_scan,
                cursor,
                batch_size,
            )

        if (
            len(d)
            != 0
            + (locations is not UNSET)
            + (sources is not UNSET)
            + (work_models is not UNSET)
            + (employment_types is not UNSET)
            + (experience_levels is not UNSET)
            + (posted_after is not UNSET)
            + (updated_after is not UNSET)
            + (stable_scan is not UNSET)
            + (cursor is not UNSET)
            + (batch_size is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            job_feed_request.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return job_feed_request

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
        "locations",
        "sources",
        "work_models",
        "employment_types",
        "experience_levels",
        "posted_after",
        "updated_after",
        "stable_scan",
        "cursor",
        "batch_size",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.location_filter import _PROPERTY_NAMES as _LocationFilter_PROPERTY_NAMES
from ..models.location_filter import LocationFilter
