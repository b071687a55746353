from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="JobFeedResponse")


@_attrs_define
class JobFeedResponse:
    """
    Attributes:
        jobs (list[Job]): Active postings only.
        has_more (bool): False on the last batch. Example: True.
        next_cursor (None | str | Unset): Opaque; send it back verbatim. Null on the last batch. Example:
            eyJzY2FuIjoiZXhhbXBsZSJ9.
        estimated_total (int | None | Unset): Estimated size of the whole scan; first batch only. Example: 48210.
    """

    jobs: list[Job]
    has_more: bool
    next_cursor: None | str | Unset = UNSET
    estimated_total: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        has_more = self.has_more

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        estimated_total: int | None | Unset
        if isinstance(self.estimated_total, Unset):
            estimated_total = UNSET
        else:
            estimated_total = self.estimated_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobs": jobs,
                "has_more": has_more,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if estimated_total is not UNSET:
            field_dict["estimated_total"] = estimated_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        jobs = [_Job_from_dict(item) for item in d["jobs"]]

        has_more = d["has_more"]

        next_cursor = d.get("next_cursor", UNSET)

        estimated_total = d.get("estimated_total", UNSET)

        if cls is JobFeedResponse:
            job_feed_response = _new_instance(cls)
            job_feed_response.jobs = jobs
            job_feed_response.has_more = has_more
            job_feed_response.next_cursor = next_cursor
            job_feed_response.estimated_total = estimated_total
            job_feed_response.additional_properties = {}
        else:
            job_feed_response = cls(
                jobs,
                has_more,
                next_cursor,
                estimated_total,
            )

        if (
            len(d) != 2 + (next_cursor is not UNSET) + (estimated_total is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            job_feed_response.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return job_feed_response

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
        "jobs",
        "has_more",
        "next_cursor",
        "estimated_total",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.job import Job

# X.from_dict bound once: a classmethod looked up on its class builds a new bound method on every call
# (LOAD_ATTR on a class is not specialised on 3.11), which was a fifth of the cost of a small model.
_Job_from_dict = Job.from_dict
