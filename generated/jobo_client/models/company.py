from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_acquisition import CompanyAcquisition
    from ..models.company_event_appearance import CompanyEventAppearance
    from ..models.company_exit import CompanyExit
    from ..models.company_featured_list import CompanyFeaturedList
    from ..models.company_funding_round import CompanyFundingRound
    from ..models.company_h1b_job_count import CompanyH1BJobCount
    from ..models.company_h1b_title_distribution import CompanyH1BTitleDistribution
    from ..models.company_key_event import CompanyKeyEvent
    from ..models.company_leader import CompanyLeader
    from ..models.company_press_reference import CompanyPressReference
    from ..models.company_product import CompanyProduct
    from ..models.company_rating import CompanyRating
    from ..models.company_sub_organization import CompanySubOrganization
    from ..models.company_technology import CompanyTechnology


T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    """The full company profile. Documented only by the official SDKs: every field except `id` and `name`
    may be missing or null, and unknown properties are allowed.

        Attributes:
            id (UUID):
            name (str):
            legal_name (None | str | Unset):
            summary (None | str | Unset):
            description (None | str | Unset):
            website (None | str | Unset):
            listing_url (None | str | Unset):
            logo_url (None | str | Unset):
            linkedin_url (None | str | Unset):
            linkedin_company_id (None | str | Unset):
            twitter_url (None | str | Unset):
            facebook_url (None | str | Unset):
            instagram_url (None | str | Unset):
            angellist_url (None | str | Unset):
            youtube_url (None | str | Unset):
            github_url (None | str | Unset):
            g2_url (None | str | Unset):
            crunchbase_url (None | str | Unset):
            headquarters_location (None | str | Unset):
            headquarters_region (None | str | Unset):
            headquarters_regions (list[str] | Unset):
            country_code (None | str | Unset):
            continent (None | str | Unset):
            phone_number (None | str | Unset):
            email_address (None | str | Unset):
            founding_year (None | str | Unset):
            company_size (None | str | Unset):
            revenue (None | str | Unset):
            is_agency (bool | None | Unset):
            industries (list[str] | Unset):
            primary_industry (None | str | Unset):
            categories (list[str] | Unset):
            naics_codes (list[str] | Unset):
            operating_status (None | str | Unset):
            ipo_status (None | str | Unset):
            company_type (None | str | Unset):
            stock_symbol (None | str | Unset):
            stock_exchange (None | str | Unset):
            is_acquired (bool | None | Unset):
            acquired_by_company (None | str | Unset):
            parent_company_url (None | str | Unset):
            funding_stage (None | str | Unset):
            total_funding (None | str | Unset):
            funds_total_formatted (None | str | Unset):
            investors (list[str] | Unset):
            funding_rounds (list[CompanyFundingRound] | Unset):
            founders (list[str] | Unset):
            leadership (list[CompanyLeader] | Unset):
            leadership_hires (list[CompanyKeyEvent] | Unset):
            layoffs (list[CompanyKeyEvent] | Unset):
            ratings (list[CompanyRating] | Unset):
            press_references (list[CompanyPressReference] | Unset):
            h1b_annual_job_counts (list[CompanyH1BJobCount] | Unset):
            h1b_title_distribution (list[CompanyH1BTitleDistribution] | Unset):
            technology_list (list[str] | Unset):
            tech_stack (list[CompanyTechnology] | Unset):
            products (list[CompanyProduct] | Unset):
            software_used (list[CompanyProduct] | Unset):
            research_focus_areas (list[str] | Unset):
            acquisitions (list[CompanyAcquisition] | Unset):
            exits (list[CompanyExit] | Unset):
            subsidiary_list (list[str] | Unset):
            sub_organizations (list[CompanySubOrganization] | Unset):
            featured_lists (list[CompanyFeaturedList] | Unset):
            event_appearances (list[CompanyEventAppearance] | Unset):
            investor_types (list[str] | Unset):
            page_rank (float | None | Unset):
    """

    id: UUID
    name: str
    legal_name: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    listing_url: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    linkedin_url: None | str | Unset = UNSET
    linkedin_company_id: None | str | Unset = UNSET
    twitter_url: None | str | Unset = UNSET
    facebook_url: None | str | Unset = UNSET
    instagram_url: None | str | Unset = UNSET
    angellist_url: None | str | Unset = UNSET
    youtube_url: None | str | Unset = UNSET
    github_url: None | str | Unset = UNSET
    g2_url: None | str | Unset = UNSET
    crunchbase_url: None | str | Unset = UNSET
    headquarters_location: None | str | Unset = UNSET
    headquarters_region: None | str | Unset = UNSET
    headquarters_regions: list[str] | Unset = UNSET
    country_code: None | str | Unset = UNSET
    continent: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    email_address: None | str | Unset = UNSET
    founding_year: None | str | Unset = UNSET
    company_size: None | str | Unset = UNSET
    revenue: None | str | Unset = UNSET
    is_agency: bool | None | Unset = UNSET
    industries: list[str] | Unset = UNSET
    primary_industry: None | str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    naics_codes: list[str] | Unset = UNSET
    operating_status: None | str | Unset = UNSET
    ipo_status: None | str | Unset = UNSET
    company_type: None | str | Unset = UNSET
    stock_symbol: None | str | Unset = UNSET
    stock_exchange: None | str | Unset = UNSET
    is_acquired: bool | None | Unset = UNSET
    acquired_by_company: None | str | Unset = UNSET
    parent_company_url: None | str | Unset = UNSET
    funding_stage: None | str | Unset = UNSET
    total_funding: None | str | Unset = UNSET
    funds_total_formatted: None | str | Unset = UNSET
    investors: list[str] | Unset = UNSET
    funding_rounds: list[CompanyFundingRound] | Unset = UNSET
    founders: list[str] | Unset = UNSET
    leadership: list[CompanyLeader] | Unset = UNSET
    leadership_hires: list[CompanyKeyEvent] | Unset = UNSET
    layoffs: list[CompanyKeyEvent] | Unset = UNSET
    ratings: list[CompanyRating] | Unset = UNSET
    press_references: list[CompanyPressReference] | Unset = UNSET
    h1b_annual_job_counts: list[CompanyH1BJobCount] | Unset = UNSET
    h1b_title_distribution: list[CompanyH1BTitleDistribution] | Unset = UNSET
    technology_list: list[str] | Unset = UNSET
    tech_stack: list[CompanyTechnology] | Unset = UNSET
    products: list[CompanyProduct] | Unset = UNSET
    software_used: list[CompanyProduct] | Unset = UNSET
    research_focus_areas: list[str] | Unset = UNSET
    acquisitions: list[CompanyAcquisition] | Unset = UNSET
    exits: list[CompanyExit] | Unset = UNSET
    subsidiary_list: list[str] | Unset = UNSET
    sub_organizations: list[CompanySubOrganization] | Unset = UNSET
    featured_lists: list[CompanyFeaturedList] | Unset = UNSET
    event_appearances: list[CompanyEventAppearance] | Unset = UNSET
    investor_types: list[str] | Unset = UNSET
    page_rank: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        legal_name: None | str | Unset
        if isinstance(self.legal_name, Unset):
            legal_name = UNSET
        else:
            legal_name = self.legal_name

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        listing_url: None | str | Unset
        if isinstance(self.listing_url, Unset):
            listing_url = UNSET
        else:
            listing_url = self.listing_url

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        linkedin_url: None | str | Unset
        if isinstance(self.linkedin_url, Unset):
            linkedin_url = UNSET
        else:
            linkedin_url = self.linkedin_url

        linkedin_company_id: None | str | Unset
        if isinstance(self.linkedin_company_id, Unset):
            linkedin_company_id = UNSET
        else:
            linkedin_company_id = self.linkedin_company_id

        twitter_url: None | str | Unset
        if isinstance(self.twitter_url, Unset):
            twitter_url = UNSET
        else:
            twitter_url = self.twitter_url

        facebook_url: None | str | Unset
        if isinstance(self.facebook_url, Unset):
            facebook_url = UNSET
        else:
            facebook_url = self.facebook_url

        instagram_url: None | str | Unset
        if isinstance(self.instagram_url, Unset):
            instagram_url = UNSET
        else:
            instagram_url = self.instagram_url

        angellist_url: None | str | Unset
        if isinstance(self.angellist_url, Unset):
            angellist_url = UNSET
        else:
            angellist_url = self.angellist_url

        youtube_url: None | str | Unset
        if isinstance(self.youtube_url, Unset):
            youtube_url = UNSET
        else:
            youtube_url = self.youtube_url

        github_url: None | str | Unset
        if isinstance(self.github_url, Unset):
            github_url = UNSET
        else:
            github_url = self.github_url

        g2_url: None | str | Unset
        if isinstance(self.g2_url, Unset):
            g2_url = UNSET
        else:
            g2_url = self.g2_url

        crunchbase_url: None | str | Unset
        if isinstance(self.crunchbase_url, Unset):
            crunchbase_url = UNSET
        else:
            crunchbase_url = self.crunchbase_url

        headquarters_location: None | str | Unset
        if isinstance(self.headquarters_location, Unset):
            headquarters_location = UNSET
        else:
            headquarters_location = self.headquarters_location

        headquarters_region: None | str | Unset
        if isinstance(self.headquarters_region, Unset):
            headquarters_region = UNSET
        else:
            headquarters_region = self.headquarters_region

        headquarters_regions: list[str] | Unset = UNSET
        if not isinstance(self.headquarters_regions, Unset):
            headquarters_regions = self.headquarters_regions

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        continent: None | str | Unset
        if isinstance(self.continent, Unset):
            continent = UNSET
        else:
            continent = self.continent

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        founding_year: None | str | Unset
        if isinstance(self.founding_year, Unset):
            founding_year = UNSET
        else:
            founding_year = self.founding_year

        company_size: None | str | Unset
        if isinstance(self.company_size, Unset):
            company_size = UNSET
        else:
            company_size = self.company_size

        revenue: None | str | Unset
        if isinstance(self.revenue, Unset):
            revenue = UNSET
        else:
            revenue = self.revenue

        is_agency: bool | None | Unset
        if isinstance(self.is_agency, Unset):
            is_agency = UNSET
        else:
            is_agency = self.is_agency

        industries: list[str] | Unset = UNSET
        if not isinstance(self.industries, Unset):
            industries = self.industries

        primary_industry: None | str | Unset
        if isinstance(self.primary_industry, Unset):
            primary_industry = UNSET
        else:
            primary_industry = self.primary_industry

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        naics_codes: list[str] | Unset = UNSET
        if not isinstance(self.naics_codes, Unset):
            naics_codes = self.naics_codes

        operating_status: None | str | Unset
        if isinstance(self.operating_status, Unset):
            operating_status = UNSET
        else:
            operating_status = self.operating_status

        ipo_status: None | str | Unset
        if isinstance(self.ipo_status, Unset):
            ipo_status = UNSET
        else:
            ipo_status = self.ipo_status

        company_type: None | str | Unset
        if isinstance(self.company_type, Unset):
            company_type = UNSET
        else:
            company_type = self.company_type

        stock_symbol: None | str | Unset
        if isinstance(self.stock_symbol, Unset):
            stock_symbol = UNSET
        else:
            stock_symbol = self.stock_symbol

        stock_exchange: None | str | Unset
        if isinstance(self.stock_exchange, Unset):
            stock_exchange = UNSET
        else:
            stock_exchange = self.stock_exchange

        is_acquired: bool | None | Unset
        if isinstance(self.is_acquired, Unset):
            is_acquired = UNSET
        else:
            is_acquired = self.is_acquired

        acquired_by_company: None | str | Unset
        if isinstance(self.acquired_by_company, Unset):
            acquired_by_company = UNSET
        else:
            acquired_by_company = self.acquired_by_company

        parent_company_url: None | str | Unset
        if isinstance(self.parent_company_url, Unset):
            parent_company_url = UNSET
        else:
            parent_company_url = self.parent_company_url

        funding_stage: None | str | Unset
        if isinstance(self.funding_stage, Unset):
            funding_stage = UNSET
        else:
            funding_stage = self.funding_stage

        total_funding: None | str | Unset
        if isinstance(self.total_funding, Unset):
            total_funding = UNSET
        else:
            total_funding = self.total_funding

        funds_total_formatted: None | str | Unset
        if isinstance(self.funds_total_formatted, Unset):
            funds_total_formatted = UNSET
        else:
            funds_total_formatted = self.funds_total_formatted

        investors: list[str] | Unset = UNSET
        if not isinstance(self.investors, Unset):
            investors = self.investors

        funding_rounds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.funding_rounds, Unset):
            funding_rounds = []
            for funding_rounds_item_data in self.funding_rounds:
                funding_rounds_item = funding_rounds_item_data.to_dict()
                funding_rounds.append(funding_rounds_item)

        founders: list[str] | Unset = UNSET
        if not isinstance(self.founders, Unset):
            founders = self.founders

        leadership: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.leadership, Unset):
            leadership = []
            for leadership_item_data in self.leadership:
                leadership_item = leadership_item_data.to_dict()
                leadership.append(leadership_item)

        leadership_hires: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.leadership_hires, Unset):
            leadership_hires = []
            for leadership_hires_item_data in self.leadership_hires:
                leadership_hires_item = leadership_hires_item_data.to_dict()
                leadership_hires.append(leadership_hires_item)

        layoffs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.layoffs, Unset):
            layoffs = []
            for layoffs_item_data in self.layoffs:
                layoffs_item = layoffs_item_data.to_dict()
                layoffs.append(layoffs_item)

        ratings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ratings, Unset):
            ratings = []
            for ratings_item_data in self.ratings:
                ratings_item = ratings_item_data.to_dict()
                ratings.append(ratings_item)

        press_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.press_references, Unset):
            press_references = []
            for press_references_item_data in self.press_references:
                press_references_item = press_references_item_data.to_dict()
                press_references.append(press_references_item)

        h1b_annual_job_counts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.h1b_annual_job_counts, Unset):
            h1b_annual_job_counts = []
            for h1b_annual_job_counts_item_data in self.h1b_annual_job_counts:
                h1b_annual_job_counts_item = h1b_annual_job_counts_item_data.to_dict()
                h1b_annual_job_counts.append(h1b_annual_job_counts_item)

        h1b_title_distribution: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.h1b_title_distribution, Unset):
            h1b_title_distribution = []
            for h1b_title_distribution_item_data in self.h1b_title_distribution:
                h1b_title_distribution_item = h1b_title_distribution_item_data.to_dict()
                h1b_title_distribution.append(h1b_title_distribution_item)

        technology_list: list[str] | Unset = UNSET
        if not isinstance(self.technology_list, Unset):
            technology_list = self.technology_list

        tech_stack: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tech_stack, Unset):
            tech_stack = []
            for tech_stack_item_data in self.tech_stack:
                tech_stack_item = tech_stack_item_data.to_dict()
                tech_stack.append(tech_stack_item)

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        software_used: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.software_used, Unset):
            software_used = []
            for software_used_item_data in self.software_used:
                software_used_item = software_used_item_data.to_dict()
                software_used.append(software_used_item)

        research_focus_areas: list[str] | Unset = UNSET
        if not isinstance(self.research_focus_areas, Unset):
            research_focus_areas = self.research_focus_areas

        acquisitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.acquisitions, Unset):
            acquisitions = []
            for acquisitions_item_data in self.acquisitions:
                acquisitions_item = acquisitions_item_data.to_dict()
                acquisitions.append(acquisitions_item)

        exits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exits, Unset):
            exits = []
            for exits_item_data in self.exits:
                exits_item = exits_item_data.to_dict()
                exits.append(exits_item)

        subsidiary_list: list[str] | Unset = UNSET
        if not isinstance(self.subsidiary_list, Unset):
            subsidiary_list = self.subsidiary_list

        sub_organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_organizations, Unset):
            sub_organizations = []
            for sub_organizations_item_data in self.sub_organizations:
                sub_organizations_item = sub_organizations_item_data.to_dict()
                sub_organizations.append(sub_organizations_item)

        featured_lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.featured_lists, Unset):
            featured_lists = []
            for featured_lists_item_data in self.featured_lists:
                featured_lists_item = featured_lists_item_data.to_dict()
                featured_lists.append(featured_lists_item)

        event_appearances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.event_appearances, Unset):
            event_appearances = []
            for event_appearances_item_data in self.event_appearances:
                event_appearances_item = event_appearances_item_data.to_dict()
                event_appearances.append(event_appearances_item)

        investor_types: list[str] | Unset = UNSET
        if not isinstance(self.investor_types, Unset):
            investor_types = self.investor_types

        page_rank: float | None | Unset
        if isinstance(self.page_rank, Unset):
            page_rank = UNSET
        else:
            page_rank = self.page_rank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if summary is not UNSET:
            field_dict["summary"] = summary
        if description is not UNSET:
            field_dict["description"] = description
        if website is not UNSET:
            field_dict["website"] = website
        if listing_url is not UNSET:
            field_dict["listing_url"] = listing_url
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if linkedin_url is not UNSET:
            field_dict["linkedin_url"] = linkedin_url
        if linkedin_company_id is not UNSET:
            field_dict["linkedin_company_id"] = linkedin_company_id
        if twitter_url is not UNSET:
            field_dict["twitter_url"] = twitter_url
        if facebook_url is not UNSET:
            field_dict["facebook_url"] = facebook_url
        if instagram_url is not UNSET:
            field_dict["instagram_url"] = instagram_url
        if angellist_url is not UNSET:
            field_dict["angellist_url"] = angellist_url
        if youtube_url is not UNSET:
            field_dict["youtube_url"] = youtube_url
        if github_url is not UNSET:
            field_dict["github_url"] = github_url
        if g2_url is not UNSET:
            field_dict["g2_url"] = g2_url
        if crunchbase_url is not UNSET:
            field_dict["crunchbase_url"] = crunchbase_url
        if headquarters_location is not UNSET:
            field_dict["headquarters_location"] = headquarters_location
        if headquarters_region is not UNSET:
            field_dict["headquarters_region"] = headquarters_region
        if headquarters_regions is not UNSET:
            field_dict["headquarters_regions"] = headquarters_regions
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if continent is not UNSET:
            field_dict["continent"] = continent
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if founding_year is not UNSET:
            field_dict["founding_year"] = founding_year
        if company_size is not UNSET:
            field_dict["company_size"] = company_size
        if revenue is not UNSET:
            field_dict["revenue"] = revenue
        if is_agency is not UNSET:
            field_dict["is_agency"] = is_agency
        if industries is not UNSET:
            field_dict["industries"] = industries
        if primary_industry is not UNSET:
            field_dict["primary_industry"] = primary_industry
        if categories is not UNSET:
            field_dict["categories"] = categories
        if naics_codes is not UNSET:
            field_dict["naics_codes"] = naics_codes
        if operating_status is not UNSET:
            field_dict["operating_status"] = operating_status
        if ipo_status is not UNSET:
            field_dict["ipo_status"] = ipo_status
        if company_type is not UNSET:
            field_dict["company_type"] = company_type
        if stock_symbol is not UNSET:
            field_dict["stock_symbol"] = stock_symbol
        if stock_exchange is not UNSET:
            field_dict["stock_exchange"] = stock_exchange
        if is_acquired is not UNSET:
            field_dict["is_acquired"] = is_acquired
        if acquired_by_company is not UNSET:
            field_dict["acquired_by_company"] = acquired_by_company
        if parent_company_url is not UNSET:
            field_dict["parent_company_url"] = parent_company_url
        if funding_stage is not UNSET:
            field_dict["funding_stage"] = funding_stage
        if total_funding is not UNSET:
            field_dict["total_funding"] = total_funding
        if funds_total_formatted is not UNSET:
            field_dict["funds_total_formatted"] = funds_total_formatted
        if investors is not UNSET:
            field_dict["investors"] = investors
        if funding_rounds is not UNSET:
            field_dict["funding_rounds"] = funding_rounds
        if founders is not UNSET:
            field_dict["founders"] = founders
        if leadership is not UNSET:
            field_dict["leadership"] = leadership
        if leadership_hires is not UNSET:
            field_dict["leadership_hires"] = leadership_hires
        if layoffs is not UNSET:
            field_dict["layoffs"] = layoffs
        if ratings is not UNSET:
            field_dict["ratings"] = ratings
        if press_references is not UNSET:
            field_dict["press_references"] = press_references
        if h1b_annual_job_counts is not UNSET:
            field_dict["h1b_annual_job_counts"] = h1b_annual_job_counts
        if h1b_title_distribution is not UNSET:
            field_dict["h1b_title_distribution"] = h1b_title_distribution
        if technology_list is not UNSET:
            field_dict["technology_list"] = technology_list
        if tech_stack is not UNSET:
            field_dict["tech_stack"] = tech_stack
        if products is not UNSET:
            field_dict["products"] = products
        if software_used is not UNSET:
            field_dict["software_used"] = software_used
        if research_focus_areas is not UNSET:
            field_dict["research_focus_areas"] = research_focus_areas
        if acquisitions is not UNSET:
            field_dict["acquisitions"] = acquisitions
        if exits is not UNSET:
            field_dict["exits"] = exits
        if subsidiary_list is not UNSET:
            field_dict["subsidiary_list"] = subsidiary_list
        if sub_organizations is not UNSET:
            field_dict["sub_organizations"] = sub_organizations
        if featured_lists is not UNSET:
            field_dict["featured_lists"] = featured_lists
        if event_appearances is not UNSET:
            field_dict["event_appearances"] = event_appearances
        if investor_types is not UNSET:
            field_dict["investor_types"] = investor_types
        if page_rank is not UNSET:
            field_dict["page_rank"] = page_rank

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_acquisition import CompanyAcquisition  # noqa: PLC0415
        from ..models.company_event_appearance import CompanyEventAppearance  # noqa: PLC0415
        from ..models.company_exit import CompanyExit  # noqa: PLC0415
        from ..models.company_featured_list import CompanyFeaturedList  # noqa: PLC0415
        from ..models.company_funding_round import CompanyFundingRound  # noqa: PLC0415
        from ..models.company_h1b_job_count import CompanyH1BJobCount  # noqa: PLC0415
        from ..models.company_h1b_title_distribution import CompanyH1BTitleDistribution  # noqa: PLC0415
        from ..models.company_key_event import CompanyKeyEvent  # noqa: PLC0415
        from ..models.company_leader import CompanyLeader  # noqa: PLC0415
        from ..models.company_press_reference import CompanyPressReference  # noqa: PLC0415
        from ..models.company_product import CompanyProduct  # noqa: PLC0415
        from ..models.company_rating import CompanyRating  # noqa: PLC0415
        from ..models.company_sub_organization import CompanySubOrganization  # noqa: PLC0415
        from ..models.company_technology import CompanyTechnology  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        def _parse_legal_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_name = _parse_legal_name(d.pop("legal_name", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_listing_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        listing_url = _parse_listing_url(d.pop("listing_url", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logo_url", UNSET))

        def _parse_linkedin_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_url = _parse_linkedin_url(d.pop("linkedin_url", UNSET))

        def _parse_linkedin_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_company_id = _parse_linkedin_company_id(d.pop("linkedin_company_id", UNSET))

        def _parse_twitter_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        twitter_url = _parse_twitter_url(d.pop("twitter_url", UNSET))

        def _parse_facebook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        facebook_url = _parse_facebook_url(d.pop("facebook_url", UNSET))

        def _parse_instagram_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instagram_url = _parse_instagram_url(d.pop("instagram_url", UNSET))

        def _parse_angellist_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        angellist_url = _parse_angellist_url(d.pop("angellist_url", UNSET))

        def _parse_youtube_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        youtube_url = _parse_youtube_url(d.pop("youtube_url", UNSET))

        def _parse_github_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        github_url = _parse_github_url(d.pop("github_url", UNSET))

        def _parse_g2_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        g2_url = _parse_g2_url(d.pop("g2_url", UNSET))

        def _parse_crunchbase_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        crunchbase_url = _parse_crunchbase_url(d.pop("crunchbase_url", UNSET))

        def _parse_headquarters_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headquarters_location = _parse_headquarters_location(d.pop("headquarters_location", UNSET))

        def _parse_headquarters_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        headquarters_region = _parse_headquarters_region(d.pop("headquarters_region", UNSET))

        headquarters_regions = cast(list[str], d.pop("headquarters_regions", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_continent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        continent = _parse_continent(d.pop("continent", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        def _parse_email_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_address = _parse_email_address(d.pop("email_address", UNSET))

        def _parse_founding_year(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        founding_year = _parse_founding_year(d.pop("founding_year", UNSET))

        def _parse_company_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_size = _parse_company_size(d.pop("company_size", UNSET))

        def _parse_revenue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        revenue = _parse_revenue(d.pop("revenue", UNSET))

        def _parse_is_agency(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_agency = _parse_is_agency(d.pop("is_agency", UNSET))

        industries = cast(list[str], d.pop("industries", UNSET))

        def _parse_primary_industry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_industry = _parse_primary_industry(d.pop("primary_industry", UNSET))

        categories = cast(list[str], d.pop("categories", UNSET))

        naics_codes = cast(list[str], d.pop("naics_codes", UNSET))

        def _parse_operating_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operating_status = _parse_operating_status(d.pop("operating_status", UNSET))

        def _parse_ipo_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ipo_status = _parse_ipo_status(d.pop("ipo_status", UNSET))

        def _parse_company_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_type = _parse_company_type(d.pop("company_type", UNSET))

        def _parse_stock_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stock_symbol = _parse_stock_symbol(d.pop("stock_symbol", UNSET))

        def _parse_stock_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stock_exchange = _parse_stock_exchange(d.pop("stock_exchange", UNSET))

        def _parse_is_acquired(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_acquired = _parse_is_acquired(d.pop("is_acquired", UNSET))

        def _parse_acquired_by_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acquired_by_company = _parse_acquired_by_company(d.pop("acquired_by_company", UNSET))

        def _parse_parent_company_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_company_url = _parse_parent_company_url(d.pop("parent_company_url", UNSET))

        def _parse_funding_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        funding_stage = _parse_funding_stage(d.pop("funding_stage", UNSET))

        def _parse_total_funding(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        total_funding = _parse_total_funding(d.pop("total_funding", UNSET))

        def _parse_funds_total_formatted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        funds_total_formatted = _parse_funds_total_formatted(d.pop("funds_total_formatted", UNSET))

        investors = cast(list[str], d.pop("investors", UNSET))

        _funding_rounds = d.pop("funding_rounds", UNSET)
        funding_rounds: list[CompanyFundingRound] | Unset = UNSET
        if _funding_rounds is not UNSET:
            funding_rounds = []
            for funding_rounds_item_data in _funding_rounds:
                funding_rounds_item = CompanyFundingRound.from_dict(funding_rounds_item_data)

                funding_rounds.append(funding_rounds_item)

        founders = cast(list[str], d.pop("founders", UNSET))

        _leadership = d.pop("leadership", UNSET)
        leadership: list[CompanyLeader] | Unset = UNSET
        if _leadership is not UNSET:
            leadership = []
            for leadership_item_data in _leadership:
                leadership_item = CompanyLeader.from_dict(leadership_item_data)

                leadership.append(leadership_item)

        _leadership_hires = d.pop("leadership_hires", UNSET)
        leadership_hires: list[CompanyKeyEvent] | Unset = UNSET
        if _leadership_hires is not UNSET:
            leadership_hires = []
            for leadership_hires_item_data in _leadership_hires:
                leadership_hires_item = CompanyKeyEvent.from_dict(leadership_hires_item_data)

                leadership_hires.append(leadership_hires_item)

        _layoffs = d.pop("layoffs", UNSET)
        layoffs: list[CompanyKeyEvent] | Unset = UNSET
        if _layoffs is not UNSET:
            layoffs = []
            for layoffs_item_data in _layoffs:
                layoffs_item = CompanyKeyEvent.from_dict(layoffs_item_data)

                layoffs.append(layoffs_item)

        _ratings = d.pop("ratings", UNSET)
        ratings: list[CompanyRating] | Unset = UNSET
        if _ratings is not UNSET:
            ratings = []
            for ratings_item_data in _ratings:
                ratings_item = CompanyRating.from_dict(ratings_item_data)

                ratings.append(ratings_item)

        _press_references = d.pop("press_references", UNSET)
        press_references: list[CompanyPressReference] | Unset = UNSET
        if _press_references is not UNSET:
            press_references = []
            for press_references_item_data in _press_references:
                press_references_item = CompanyPressReference.from_dict(press_references_item_data)

                press_references.append(press_references_item)

        _h1b_annual_job_counts = d.pop("h1b_annual_job_counts", UNSET)
        h1b_annual_job_counts: list[CompanyH1BJobCount] | Unset = UNSET
        if _h1b_annual_job_counts is not UNSET:
            h1b_annual_job_counts = []
            for h1b_annual_job_counts_item_data in _h1b_annual_job_counts:
                h1b_annual_job_counts_item = CompanyH1BJobCount.from_dict(h1b_annual_job_counts_item_data)

                h1b_annual_job_counts.append(h1b_annual_job_counts_item)

        _h1b_title_distribution = d.pop("h1b_title_distribution", UNSET)
        h1b_title_distribution: list[CompanyH1BTitleDistribution] | Unset = UNSET
        if _h1b_title_distribution is not UNSET:
            h1b_title_distribution = []
            for h1b_title_distribution_item_data in _h1b_title_distribution:
                h1b_title_distribution_item = CompanyH1BTitleDistribution.from_dict(h1b_title_distribution_item_data)

                h1b_title_distribution.append(h1b_title_distribution_item)

        technology_list = cast(list[str], d.pop("technology_list", UNSET))

        _tech_stack = d.pop("tech_stack", UNSET)
        tech_stack: list[CompanyTechnology] | Unset = UNSET
        if _tech_stack is not UNSET:
            tech_stack = []
            for tech_stack_item_data in _tech_stack:
                tech_stack_item = CompanyTechnology.from_dict(tech_stack_item_data)

                tech_stack.append(tech_stack_item)

        _products = d.pop("products", UNSET)
        products: list[CompanyProduct] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = CompanyProduct.from_dict(products_item_data)

                products.append(products_item)

        _software_used = d.pop("software_used", UNSET)
        software_used: list[CompanyProduct] | Unset = UNSET
        if _software_used is not UNSET:
            software_used = []
            for software_used_item_data in _software_used:
                software_used_item = CompanyProduct.from_dict(software_used_item_data)

                software_used.append(software_used_item)

        research_focus_areas = cast(list[str], d.pop("research_focus_areas", UNSET))

        _acquisitions = d.pop("acquisitions", UNSET)
        acquisitions: list[CompanyAcquisition] | Unset = UNSET
        if _acquisitions is not UNSET:
            acquisitions = []
            for acquisitions_item_data in _acquisitions:
                acquisitions_item = CompanyAcquisition.from_dict(acquisitions_item_data)

                acquisitions.append(acquisitions_item)

        _exits = d.pop("exits", UNSET)
        exits: list[CompanyExit] | Unset = UNSET
        if _exits is not UNSET:
            exits = []
            for exits_item_data in _exits:
                exits_item = CompanyExit.from_dict(exits_item_data)

                exits.append(exits_item)

        subsidiary_list = cast(list[str], d.pop("subsidiary_list", UNSET))

        _sub_organizations = d.pop("sub_organizations", UNSET)
        sub_organizations: list[CompanySubOrganization] | Unset = UNSET
        if _sub_organizations is not UNSET:
            sub_organizations = []
            for sub_organizations_item_data in _sub_organizations:
                sub_organizations_item = CompanySubOrganization.from_dict(sub_organizations_item_data)

                sub_organizations.append(sub_organizations_item)

        _featured_lists = d.pop("featured_lists", UNSET)
        featured_lists: list[CompanyFeaturedList] | Unset = UNSET
        if _featured_lists is not UNSET:
            featured_lists = []
            for featured_lists_item_data in _featured_lists:
                featured_lists_item = CompanyFeaturedList.from_dict(featured_lists_item_data)

                featured_lists.append(featured_lists_item)

        _event_appearances = d.pop("event_appearances", UNSET)
        event_appearances: list[CompanyEventAppearance] | Unset = UNSET
        if _event_appearances is not UNSET:
            event_appearances = []
            for event_appearances_item_data in _event_appearances:
                event_appearances_item = CompanyEventAppearance.from_dict(event_appearances_item_data)

                event_appearances.append(event_appearances_item)

        investor_types = cast(list[str], d.pop("investor_types", UNSET))

        def _parse_page_rank(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        page_rank = _parse_page_rank(d.pop("page_rank", UNSET))

        company = cls(
            id=id,
            name=name,
            legal_name=legal_name,
            summary=summary,
            description=description,
            website=website,
            listing_url=listing_url,
            logo_url=logo_url,
            linkedin_url=linkedin_url,
            linkedin_company_id=linkedin_company_id,
            twitter_url=twitter_url,
            facebook_url=facebook_url,
            instagram_url=instagram_url,
            angellist_url=angellist_url,
            youtube_url=youtube_url,
            github_url=github_url,
            g2_url=g2_url,
            crunchbase_url=crunchbase_url,
            headquarters_location=headquarters_location,
            headquarters_region=headquarters_region,
            headquarters_regions=headquarters_regions,
            country_code=country_code,
            continent=continent,
            phone_number=phone_number,
            email_address=email_address,
            founding_year=founding_year,
            company_size=company_size,
            revenue=revenue,
            is_agency=is_agency,
            industries=industries,
            primary_industry=primary_industry,
            categories=categories,
            naics_codes=naics_codes,
            operating_status=operating_status,
            ipo_status=ipo_status,
            company_type=company_type,
            stock_symbol=stock_symbol,
            stock_exchange=stock_exchange,
            is_acquired=is_acquired,
            acquired_by_company=acquired_by_company,
            parent_company_url=parent_company_url,
            funding_stage=funding_stage,
            total_funding=total_funding,
            funds_total_formatted=funds_total_formatted,
            investors=investors,
            funding_rounds=funding_rounds,
            founders=founders,
            leadership=leadership,
            leadership_hires=leadership_hires,
            layoffs=layoffs,
            ratings=ratings,
            press_references=press_references,
            h1b_annual_job_counts=h1b_annual_job_counts,
            h1b_title_distribution=h1b_title_distribution,
            technology_list=technology_list,
            tech_stack=tech_stack,
            products=products,
            software_used=software_used,
            research_focus_areas=research_focus_areas,
            acquisitions=acquisitions,
            exits=exits,
            subsidiary_list=subsidiary_list,
            sub_organizations=sub_organizations,
            featured_lists=featured_lists,
            event_appearances=event_appearances,
            investor_types=investor_types,
            page_rank=page_rank,
        )

        company.additional_properties = d
        return company

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
