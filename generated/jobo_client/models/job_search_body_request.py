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
from ..models.facet_name import FacetName, check_facet_name
from ..models.heavy_field import HeavyField, check_heavy_field
from ..models.work_model import WorkModel, check_work_model

T = TypeVar("T", bound="JobSearchBodyRequest")


@_attrs_define
class JobSearchBodyRequest:
    """Advanced search request. Lists are OR'd internally; different filters AND together.

    Attributes:
        queries (list[str] | Unset): Free-text queries, OR'd; prefix one with `-` to exclude it. At most 10 positive
            terms.
        search_description (bool | Unset): When false, match only titles and curated alternative titles. Default: True.
            Example: True.
        locations (list[str] | Unset): Locations, geocoded by the server (cities, metros, states, countries, `Remote`).
        sources (list[str] | Unset):
        skills (InclusionExclusionFilter | Unset): Values to require and values to exclude, matched case-insensitively.
            The API caps the list lengths (cap not documented).
        companies (InclusionExclusionFilter | Unset): Values to require and values to exclude, matched case-
            insensitively. The API caps the list lengths (cap not documented).
        industries (InclusionExclusionFilter | Unset): Values to require and values to exclude, matched case-
            insensitively. The API caps the list lengths (cap not documented).
        company_categories (InclusionExclusionFilter | Unset): Values to require and values to exclude, matched case-
            insensitively. The API caps the list lengths (cap not documented).
        work_models (list[WorkModel] | Unset):
        employment_types (list[EmploymentType] | Unset):
        experience_levels (list[ExperienceLevel] | Unset):
        salary_usd (RangeFilter | Unset):
        posted_after (datetime.datetime | Unset):  Example: 2026-01-01T00:00:00Z.
        posted_before (datetime.datetime | Unset):  Example: 2026-03-08T00:00:00Z.
        discovered_after (datetime.datetime | Unset):  Example: 2026-03-01T00:00:00Z.
        discovered_before (datetime.datetime | Unset):  Example: 2026-03-08T00:00:00Z.
        page (int | Unset):  Default: 1. Example: 1.
        page_size (int | Unset):  Default: 25. Example: 25.
        include_facets (list[FacetName] | Unset): Omit for the default subset; an empty list for none.
        include_fields (list[HeavyField] | None | Unset): Omit or null for the whole job; an empty list for core fields
            only.
    """

    queries: list[str] | Unset = UNSET
    search_description: bool | Unset = True
    locations: list[str] | Unset = UNSET
    sources: list[str] | Unset = UNSET
    skills: InclusionExclusionFilter | Unset = UNSET
    companies: InclusionExclusionFilter | Unset = UNSET
    industries: InclusionExclusionFilter | Unset = UNSET
    company_categories: InclusionExclusionFilter | Unset = UNSET
    work_models: list[WorkModel] | Unset = UNSET
    employment_types: list[EmploymentType] | Unset = UNSET
    experience_levels: list[ExperienceLevel] | Unset = UNSET
    salary_usd: RangeFilter | Unset = UNSET
    posted_after: datetime.datetime | Unset = UNSET
    posted_before: datetime.datetime | Unset = UNSET
    discovered_after: datetime.datetime | Unset = UNSET
    discovered_before: datetime.datetime | Unset = UNSET
    page: int | Unset = 1
    page_size: int | Unset = 25
    include_facets: list[FacetName] | Unset = UNSET
    include_fields: list[HeavyField] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queries: list[str] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = self.queries

        search_description = self.search_description

        locations: list[str] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = self.locations

        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources

        skills: dict[str, Any] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills.to_dict()

        companies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = self.companies.to_dict()

        industries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.industries, Unset):
            industries = self.industries.to_dict()

        company_categories: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_categories, Unset):
            company_categories = self.company_categories.to_dict()

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

        salary_usd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_usd, Unset):
            salary_usd = self.salary_usd.to_dict()

        posted_after: str | Unset = UNSET
        if not isinstance(self.posted_after, Unset):
            posted_after = self.posted_after.isoformat()

        posted_before: str | Unset = UNSET
        if not isinstance(self.posted_before, Unset):
            posted_before = self.posted_before.isoformat()

        discovered_after: str | Unset = UNSET
        if not isinstance(self.discovered_after, Unset):
            discovered_after = self.discovered_after.isoformat()

        discovered_before: str | Unset = UNSET
        if not isinstance(self.discovered_before, Unset):
            discovered_before = self.discovered_before.isoformat()

        page = self.page

        page_size = self.page_size

        include_facets: list[str] | Unset = UNSET
        if not isinstance(self.include_facets, Unset):
            include_facets = []
            for include_facets_item_data in self.include_facets:
                include_facets_item: str = include_facets_item_data
                include_facets.append(include_facets_item)

        include_fields: list[str] | None | Unset
        if isinstance(self.include_fields, Unset):
            include_fields = UNSET
        elif isinstance(self.include_fields, list):
            include_fields = []
            for include_fields_type_0_item_data in self.include_fields:
                include_fields_type_0_item: str = include_fields_type_0_item_data
                include_fields.append(include_fields_type_0_item)

        else:
            include_fields = self.include_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queries is not UNSET:
            field_dict["queries"] = queries
        if search_description is not UNSET:
            field_dict["search_description"] = search_description
        if locations is not UNSET:
            field_dict["locations"] = locations
        if sources is not UNSET:
            field_dict["sources"] = sources
        if skills is not UNSET:
            field_dict["skills"] = skills
        if companies is not UNSET:
            field_dict["companies"] = companies
        if industries is not UNSET:
            field_dict["industries"] = industries
        if company_categories is not UNSET:
            field_dict["company_categories"] = company_categories
        if work_models is not UNSET:
            field_dict["work_models"] = work_models
        if employment_types is not UNSET:
            field_dict["employment_types"] = employment_types
        if experience_levels is not UNSET:
            field_dict["experience_levels"] = experience_levels
        if salary_usd is not UNSET:
            field_dict["salary_usd"] = salary_usd
        if posted_after is not UNSET:
            field_dict["posted_after"] = posted_after
        if posted_before is not UNSET:
            field_dict["posted_before"] = posted_before
        if discovered_after is not UNSET:
            field_dict["discovered_after"] = discovered_after
        if discovered_before is not UNSET:
            field_dict["discovered_before"] = discovered_before
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if include_facets is not UNSET:
            field_dict["include_facets"] = include_facets
        if include_fields is not UNSET:
            field_dict["include_fields"] = include_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        queries = d.get("queries", UNSET)

        search_description = d.get("search_description", UNSET)

        locations = d.get("locations", UNSET)

        sources = d.get("sources", UNSET)

        _skills = d.get("skills", UNSET)
        skills: InclusionExclusionFilter | Unset
        if isinstance(_skills, Unset):
            skills = UNSET
        else:
            _skills_d = _skills
            if type(_skills_d) is not dict:
                _skills_d = dict(_skills_d)
            skills = _new_instance(InclusionExclusionFilter)
            skills.include = _skills_d.get("include", UNSET)
            skills.exclude = _skills_d.get("exclude", UNSET)
            skills.additional_properties = {}
            if (
                len(_skills_d) != 0 + (skills.include is not UNSET) + (skills.exclude is not UNSET)
                and not _skills_d.keys() <= _InclusionExclusionFilter_PROPERTY_NAMES
            ):
                skills.additional_properties = {
                    k: v for k, v in _skills_d.items() if k not in _InclusionExclusionFilter_PROPERTY_NAMES
                }

        _companies = d.get("companies", UNSET)
        companies: InclusionExclusionFilter | Unset
        if isinstance(_companies, Unset):
            companies = UNSET
        else:
            _companies_d = _companies
            if type(_companies_d) is not dict:
                _companies_d = dict(_companies_d)
            companies = _new_instance(InclusionExclusionFilter)
            companies.include = _companies_d.get("include", UNSET)
            companies.exclude = _companies_d.get("exclude", UNSET)
            companies.additional_properties = {}
            if (
                len(_companies_d) != 0 + (companies.include is not UNSET) + (companies.exclude is not UNSET)
                and not _companies_d.keys() <= _InclusionExclusionFilter_PROPERTY_NAMES
            ):
                companies.additional_properties = {
                    k: v for k, v in _companies_d.items() if k not in _InclusionExclusionFilter_PROPERTY_NAMES
                }

        _industries = d.get("industries", UNSET)
        industries: InclusionExclusionFilter | Unset
        if isinstance(_industries, Unset):
            industries = UNSET
        else:
            _industries_d = _industries
            if type(_industries_d) is not dict:
                _industries_d = dict(_industries_d)
            industries = _new_instance(InclusionExclusionFilter)
            industries.include = _industries_d.get("include", UNSET)
            industries.exclude = _industries_d.get("exclude", UNSET)
            industries.additional_properties = {}
            if (
                len(_industries_d) != 0 + (industries.include is not UNSET) + (industries.exclude is not UNSET)
                and not _industries_d.keys() <= _InclusionExclusionFilter_PROPERTY_NAMES
            ):
                industries.additional_properties = {
                    k: v for k, v in _industries_d.items() if k not in _InclusionExclusionFilter_PROPERTY_NAMES
                }

        _company_categories = d.get("company_categories", UNSET)
        company_categories: InclusionExclusionFilter | Unset
        if isinstance(_company_categories, Unset):
            company_categories = UNSET
        else:
            _company_categories_d = _company_categories
            if type(_company_categories_d) is not dict:
                _company_categories_d = dict(_company_categories_d)
            company_categories = _new_instance(InclusionExclusionFilter)
            company_categories.include = _company_categories_d.get("include", UNSET)
            company_categories.exclude = _company_categories_d.get("exclude", UNSET)
            company_categories.additional_properties = {}
            if (
                len(_company_categories_d)
                != 0 + (company_categories.include is not UNSET) + (company_categories.exclude is not UNSET)
                and not _company_categories_d.keys() <= _InclusionExclusionFilter_PROPERTY_NAMES
            ):
                company_categories.additional_properties = {
                    k: v for k, v in _company_categories_d.items() if k not in _InclusionExclusionFilter_PROPERTY_NAMES
                }

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

        _salary_usd = d.get("salary_usd", UNSET)
        salary_usd: RangeFilter | Unset
        if isinstance(_salary_usd, Unset):
            salary_usd = UNSET
        else:
            _salary_usd_d = _salary_usd
            if type(_salary_usd_d) is not dict:
                _salary_usd_d = dict(_salary_usd_d)
            salary_usd = _new_instance(RangeFilter)
            salary_usd.min_ = _salary_usd_d.get("min", UNSET)
            salary_usd.max_ = _salary_usd_d.get("max", UNSET)
            salary_usd.additional_properties = {}
            if (
                len(_salary_usd_d) != 0 + (salary_usd.min_ is not UNSET) + (salary_usd.max_ is not UNSET)
                and not _salary_usd_d.keys() <= _RangeFilter_PROPERTY_NAMES
            ):
                salary_usd.additional_properties = {
                    k: v for k, v in _salary_usd_d.items() if k not in _RangeFilter_PROPERTY_NAMES
                }

        _posted_after = d.get("posted_after", UNSET)
        posted_after: datetime.datetime | Unset
        if isinstance(_posted_after, Unset):
            posted_after = UNSET
        else:
            posted_after = datetime.datetime.fromisoformat(_posted_after)

        _posted_before = d.get("posted_before", UNSET)
        posted_before: datetime.datetime | Unset
        if isinstance(_posted_before, Unset):
            posted_before = UNSET
        else:
            posted_before = datetime.datetime.fromisoformat(_posted_before)

        _discovered_after = d.get("discovered_after", UNSET)
        discovered_after: datetime.datetime | Unset
        if isinstance(_discovered_after, Unset):
            discovered_after = UNSET
        else:
            discovered_after = datetime.datetime.fromisoformat(_discovered_after)

        _discovered_before = d.get("discovered_before", UNSET)
        discovered_before: datetime.datetime | Unset
        if isinstance(_discovered_before, Unset):
            discovered_before = UNSET
        else:
            discovered_before = datetime.datetime.fromisoformat(_discovered_before)

        page = d.get("page", UNSET)

        page_size = d.get("page_size", UNSET)

        _include_facets = d.get("include_facets", UNSET)
        include_facets: list[FacetName] | Unset = UNSET
        if _include_facets is not UNSET:
            include_facets = []
            for include_facets_item_data in _include_facets:
                include_facets_item = check_facet_name(include_facets_item_data)

                include_facets.append(include_facets_item)

        _include_fields = d.get("include_fields", UNSET)
        include_fields: list[HeavyField] | None | Unset
        if isinstance(_include_fields, list):
            try:
                include_fields_type_0 = []
                _include_fields_type_0 = _include_fields
                for include_fields_type_0_item_data in _include_fields_type_0:
                    include_fields_type_0_item = check_heavy_field(include_fields_type_0_item_data)

                    include_fields_type_0.append(include_fields_type_0_item)

                include_fields = include_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                include_fields = _include_fields
        else:
            include_fields = _include_fields

        if cls is JobSearchBodyRequest:
            job_search_body_request = _new_instance(cls)
            job_search_body_request.queries = queries
            job_search_body_request.search_description = search_description
            job_search_body_request.locations = locations
            job_search_body_request.sources = sources
            job_search_body_request.skills = skills
            job_search_body_request.companies = companies
            job_search_body_request.industries = industries
            job_search_body_request.company_categories = company_categories
            job_search_body_request.work_models = work_models
            job_search_body_request.employment_types = employment_types
            job_search_body_request.experience_levels = experience_levels
            job_search_body_request.salary_usd = salary_usd
            job_search_body_request.posted_after = posted_after
            job_search_body_request.posted_before = posted_before
            job_search_body_request.discovered_after = discovered_after
            job_search_body_request.discovered_before = discovered_before
            job_search_body_request.page = page
            job_search_body_request.page_size = page_size
            job_search_body_request.include_facets = include_facets
            job_search_body_request.include_fields = include_fields
            job_search_body_request.additional_properties = {}
        else:
            job_search_body_request = cls(
                queries,
                search_description,
                locations,
                sources,
                skills,
                companies,
                industries,
                company_categories,
                work_models,
                employment_types,
                experience_levels,
                salary_usd,
                posted_after,
                posted_before,
                discovered_after,
                discovered_before,
                page,
                page_size,
                include_facets,
                include_fields,
            )

        if (
            len(d)
            != 0
            + (queries is not UNSET)
            + (search_description is not UNSET)
            + (locations is not UNSET)
            + (sources is not UNSET)
            + (skills is not UNSET)
            + (companies is not UNSET)
            + (industries is not UNSET)
            + (company_categories is not UNSET)
            + (work_models is not UNSET)
            + (employment_types is not UNSET)
            + (experience_levels is not UNSET)
            + (salary_usd is not UNSET)
            + (posted_after is not UNSET)
            + (posted_before is not UNSET)
            + (discovered_after is not UNSET)
            + (discovered_before is not UNSET)
            + (page is not UNSET)
            + (page_size is not UNSET)
            + (include_facets is not UNSET)
            + (include_fields is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            job_search_body_request.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return job_search_body_request

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
        "queries",
        "search_description",
        "locations",
        "sources",
        "skills",
        "companies",
        "industries",
        "company_categories",
        "work_models",
        "employment_types",
        "experience_levels",
        "salary_usd",
        "posted_after",
        "posted_before",
        "discovered_after",
        "discovered_before",
        "page",
        "page_size",
        "include_facets",
        "include_fields",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.inclusion_exclusion_filter import _PROPERTY_NAMES as _InclusionExclusionFilter_PROPERTY_NAMES
from ..models.inclusion_exclusion_filter import InclusionExclusionFilter
from ..models.range_filter import _PROPERTY_NAMES as _RangeFilter_PROPERTY_NAMES
from ..models.range_filter import RangeFilter
