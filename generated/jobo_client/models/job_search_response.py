from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="JobSearchResponse")


@_attrs_define
class JobSearchResponse:
    """One page of jobs. `warnings` and `filters` were seen only in the newest official example app.

    Attributes:
        jobs (list[Job]):
        total (int): Total matches. Example: 1.
        page (int): 1-based page number. Example: 1.
        page_size (int):  Example: 25.
        total_pages (int): Pages of results; 0 when nothing matches. Example: 1.
        facets (JobSearchResponseFacets | Unset): Facet name → buckets.
        warnings (list[SearchWarning] | Unset):
        filters (JobSearchResponseFilters | Unset): How filters were interpreted (e.g. which company names matched).
            Shape only partly known.
    """

    jobs: list[Job]
    total: int
    page: int
    page_size: int
    total_pages: int
    facets: JobSearchResponseFacets | Unset = UNSET
    warnings: list[SearchWarning] | Unset = UNSET
    filters: JobSearchResponseFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        total = self.total

        page = self.page

        page_size = self.page_size

        total_pages = self.total_pages

        facets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facets, Unset):
            facets = self.facets.to_dict()

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobs": jobs,
                "total": total,
                "page": page,
                "page_size": page_size,
                "total_pages": total_pages,
            }
        )
        if facets is not UNSET:
            field_dict["facets"] = facets
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        jobs = [_Job_from_dict(item) for item in d["jobs"]]

        total = d["total"]

        page = d["page"]

        page_size = d["page_size"]

        total_pages = d["total_pages"]

        _facets = d.get("facets", UNSET)
        facets: JobSearchResponseFacets | Unset
        if isinstance(_facets, Unset):
            facets = UNSET
        else:
            facets = _JobSearchResponseFacets_from_dict(_facets)

        _warnings = d.get("warnings", UNSET)
        warnings: list[SearchWarning] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for _warnings_item_d in _warnings:
                if type(_warnings_item_d) is not dict:
                    _warnings_item_d = dict(_warnings_item_d)
                warnings_item = _new_instance(SearchWarning)
                warnings_item.code = _warnings_item_d.get("code", UNSET)
                warnings_item.message = _warnings_item_d.get("message", UNSET)
                warnings_item.additional_properties = {}
                if (
                    len(_warnings_item_d)
                    != 0 + (warnings_item.code is not UNSET) + (warnings_item.message is not UNSET)
                    and not _warnings_item_d.keys() <= _SearchWarning_PROPERTY_NAMES
                ):
                    warnings_item.additional_properties = {
                        k: v for k, v in _warnings_item_d.items() if k not in _SearchWarning_PROPERTY_NAMES
                    }

                warnings.append(warnings_item)

        _filters = d.get("filters", UNSET)
        filters: JobSearchResponseFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = _JobSearchResponseFilters_from_dict(_filters)

        if cls is JobSearchResponse:
            job_search_response = _new_instance(cls)
            job_search_response.jobs = jobs
            job_search_response.total = total
            job_search_response.page = page
            job_search_response.page_size = page_size
            job_search_response.total_pages = total_pages
            job_search_response.facets = facets
            job_search_response.warnings = warnings
            job_search_response.filters = filters
            job_search_response.additional_properties = {}
        else:
            job_search_response = cls(
                jobs,
                total,
                page,
                page_size,
                total_pages,
                facets,
                warnings,
                filters,
            )

        if (
            len(d) != 5 + (facets is not UNSET) + (warnings is not UNSET) + (filters is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            job_search_response.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return job_search_response

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
        "total",
        "page",
        "page_size",
        "total_pages",
        "facets",
        "warnings",
        "filters",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.job import Job
from ..models.job_search_response_facets import JobSearchResponseFacets
from ..models.job_search_response_filters import JobSearchResponseFilters
from ..models.search_warning import _PROPERTY_NAMES as _SearchWarning_PROPERTY_NAMES
from ..models.search_warning import SearchWarning

# X.from_dict bound once: a classmethod looked up on its class builds a new bound method on every call
# (LOAD_ATTR on a class is not specialised on 3.11), which was a fifth of the cost of a small model.
_Job_from_dict = Job.from_dict
_JobSearchResponseFacets_from_dict = JobSearchResponseFacets.from_dict
_JobSearchResponseFilters_from_dict = JobSearchResponseFilters.from_dict
