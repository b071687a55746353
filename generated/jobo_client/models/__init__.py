"""Contains all the data models used in inputs/outputs"""

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
