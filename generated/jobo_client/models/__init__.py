"""Contains all the data models used in inputs/outputs

Each model's module is imported on first use (PEP 562 ``__getattr__``), so importing this package, or
``jobo_ext``, loads none of them; ``from jobo_client.models import Job`` works as always.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .answer import Answer
    from .application import Application
    from .application_step import ApplicationStep
    from .application_step_field import ApplicationStepField
    from .career_site_feed_request import CareerSiteFeedRequest
    from .career_site_feed_response import CareerSiteFeedResponse
    from .company import Company
    from .company_acquisition import CompanyAcquisition
    from .company_event_appearance import CompanyEventAppearance
    from .company_exit import CompanyExit
    from .company_featured_list import CompanyFeaturedList
    from .company_funding_round import CompanyFundingRound
    from .company_h1b_job_count import CompanyH1BJobCount
    from .company_h1b_title_distribution import CompanyH1BTitleDistribution
    from .company_key_event import CompanyKeyEvent
    from .company_leader import CompanyLeader
    from .company_press_reference import CompanyPressReference
    from .company_product import CompanyProduct
    from .company_rating import CompanyRating
    from .company_sub_organization import CompanySubOrganization
    from .company_technology import CompanyTechnology
    from .connector_filter_enums import ConnectorFilterEnums
    from .connector_filters_response import ConnectorFiltersResponse
    from .employment_type import EmploymentType
    from .error_response import ErrorResponse
    from .error_response_replacement_request import ErrorResponseReplacementRequest
    from .experience_level import ExperienceLevel
    from .expired_job_ids_response import ExpiredJobIdsResponse
    from .facet_name import FacetName
    from .field_option import FieldOption
    from .filter_options_response import FilterOptionsResponse
    from .geocode_result_item import GeocodeResultItem
    from .geocoded_location import GeocodedLocation
    from .get_connector_filter_options_facet import GetConnectorFilterOptionsFacet
    from .heavy_field import HeavyField
    from .inclusion_exclusion_filter import InclusionExclusionFilter
    from .job import Job
    from .job_company import JobCompany
    from .job_compensation import JobCompensation
    from .job_facet import JobFacet
    from .job_feed_request import JobFeedRequest
    from .job_feed_response import JobFeedResponse
    from .job_location import JobLocation
    from .job_qualifications import JobQualifications
    from .job_search_body_request import JobSearchBodyRequest
    from .job_search_response import JobSearchResponse
    from .job_search_response_facets import JobSearchResponseFacets
    from .job_search_response_filters import JobSearchResponseFilters
    from .location_filter import LocationFilter
    from .location_suggest_response import LocationSuggestResponse
    from .location_suggestion import LocationSuggestion
    from .managed_job_feed_request import ManagedJobFeedRequest
    from .profile import Profile
    from .profile_address import ProfileAddress
    from .profile_contact import ProfileContact
    from .profile_education import ProfileEducation
    from .profile_eligibility import ProfileEligibility
    from .profile_import_request import ProfileImportRequest
    from .profile_import_response import ProfileImportResponse
    from .profile_input import ProfileInput
    from .profile_links import ProfileLinks
    from .profile_preferences import ProfilePreferences
    from .profile_self_identification import ProfileSelfIdentification
    from .profile_work_experience import ProfileWorkExperience
    from .qualification_bucket import QualificationBucket
    from .qualification_skill import QualificationSkill
    from .range_filter import RangeFilter
    from .salary_expectation import SalaryExpectation
    from .search_warning import SearchWarning
    from .session import Session
    from .session_answers_request import SessionAnswersRequest
    from .session_field import SessionField
    from .session_validation_error import SessionValidationError
    from .work_model import WorkModel

__all__ = (
    "Answer",
    "Application",
    "ApplicationStep",
    "ApplicationStepField",
    "CareerSiteFeedRequest",
    "CareerSiteFeedResponse",
    "Company",
    "CompanyAcquisition",
    "CompanyEventAppearance",
    "CompanyExit",
    "CompanyFeaturedList",
    "CompanyFundingRound",
    "CompanyH1BJobCount",
    "CompanyH1BTitleDistribution",
    "CompanyKeyEvent",
    "CompanyLeader",
    "CompanyPressReference",
    "CompanyProduct",
    "CompanyRating",
    "CompanySubOrganization",
    "CompanyTechnology",
    "ConnectorFilterEnums",
    "ConnectorFiltersResponse",
    "EmploymentType",
    "ErrorResponse",
    "ErrorResponseReplacementRequest",
    "ExperienceLevel",
    "ExpiredJobIdsResponse",
    "FacetName",
    "FieldOption",
    "FilterOptionsResponse",
    "GeocodedLocation",
    "GeocodeResultItem",
    "GetConnectorFilterOptionsFacet",
    "HeavyField",
    "InclusionExclusionFilter",
    "Job",
    "JobCompany",
    "JobCompensation",
    "JobFacet",
    "JobFeedRequest",
    "JobFeedResponse",
    "JobLocation",
    "JobQualifications",
    "JobSearchBodyRequest",
    "JobSearchResponse",
    "JobSearchResponseFacets",
    "JobSearchResponseFilters",
    "LocationFilter",
    "LocationSuggestion",
    "LocationSuggestResponse",
    "ManagedJobFeedRequest",
    "Profile",
    "ProfileAddress",
    "ProfileContact",
    "ProfileEducation",
    "ProfileEligibility",
    "ProfileImportRequest",
    "ProfileImportResponse",
    "ProfileInput",
    "ProfileLinks",
    "ProfilePreferences",
    "ProfileSelfIdentification",
    "ProfileWorkExperience",
    "QualificationBucket",
    "QualificationSkill",
    "RangeFilter",
    "SalaryExpectation",
    "SearchWarning",
    "Session",
    "SessionAnswersRequest",
    "SessionField",
    "SessionValidationError",
    "WorkModel",
)

# Model name -> the module (relative to this package) that defines it.
_MODULES = {
    "Answer": ".answer",
    "Application": ".application",
    "ApplicationStep": ".application_step",
    "ApplicationStepField": ".application_step_field",
    "CareerSiteFeedRequest": ".career_site_feed_request",
    "CareerSiteFeedResponse": ".career_site_feed_response",
    "Company": ".company",
    "CompanyAcquisition": ".company_acquisition",
    "CompanyEventAppearance": ".company_event_appearance",
    "CompanyExit": ".company_exit",
    "CompanyFeaturedList": ".company_featured_list",
    "CompanyFundingRound": ".company_funding_round",
    "CompanyH1BJobCount": ".company_h1b_job_count",
    "CompanyH1BTitleDistribution": ".company_h1b_title_distribution",
    "CompanyKeyEvent": ".company_key_event",
    "CompanyLeader": ".company_leader",
    "CompanyPressReference": ".company_press_reference",
    "CompanyProduct": ".company_product",
    "CompanyRating": ".company_rating",
    "CompanySubOrganization": ".company_sub_organization",
    "CompanyTechnology": ".company_technology",
    "ConnectorFilterEnums": ".connector_filter_enums",
    "ConnectorFiltersResponse": ".connector_filters_response",
    "EmploymentType": ".employment_type",
    "ErrorResponse": ".error_response",
    "ErrorResponseReplacementRequest": ".error_response_replacement_request",
    "ExperienceLevel": ".experience_level",
    "ExpiredJobIdsResponse": ".expired_job_ids_response",
    "FacetName": ".facet_name",
    "FieldOption": ".field_option",
    "FilterOptionsResponse": ".filter_options_response",
    "GeocodeResultItem": ".geocode_result_item",
    "GeocodedLocation": ".geocoded_location",
    "GetConnectorFilterOptionsFacet": ".get_connector_filter_options_facet",
    "HeavyField": ".heavy_field",
    "InclusionExclusionFilter": ".inclusion_exclusion_filter",
    "Job": ".job",
    "JobCompany": ".job_company",
    "JobCompensation": ".job_compensation",
    "JobFacet": ".job_facet",
    "JobFeedRequest": ".job_feed_request",
    "JobFeedResponse": ".job_feed_response",
    "JobLocation": ".job_location",
    "JobQualifications": ".job_qualifications",
    "JobSearchBodyRequest": ".job_search_body_request",
    "JobSearchResponse": ".job_search_response",
    "JobSearchResponseFacets": ".job_search_response_facets",
    "JobSearchResponseFilters": ".job_search_response_filters",
    "LocationFilter": ".location_filter",
    "LocationSuggestResponse": ".location_suggest_response",
    "LocationSuggestion": ".location_suggestion",
    "ManagedJobFeedRequest": ".managed_job_feed_request",
    "Profile": ".profile",
    "ProfileAddress": ".profile_address",
    "ProfileContact": ".profile_contact",
    "ProfileEducation": ".profile_education",
    "ProfileEligibility": ".profile_eligibility",
    "ProfileImportRequest": ".profile_import_request",
    "ProfileImportResponse": ".profile_import_response",
    "ProfileInput": ".profile_input",
    "ProfileLinks": ".profile_links",
    "ProfilePreferences": ".profile_preferences",
    "ProfileSelfIdentification": ".profile_self_identification",
    "ProfileWorkExperience": ".profile_work_experience",
    "QualificationBucket": ".qualification_bucket",
    "QualificationSkill": ".qualification_skill",
    "RangeFilter": ".range_filter",
    "SalaryExpectation": ".salary_expectation",
    "SearchWarning": ".search_warning",
    "Session": ".session",
    "SessionAnswersRequest": ".session_answers_request",
    "SessionField": ".session_field",
    "SessionValidationError": ".session_validation_error",
    "WorkModel": ".work_model",
}


if not TYPE_CHECKING:  # type checkers see the imports above, and an unknown name stays an error

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value  # later lookups skip this function
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
