from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

_new_instance = object.__new__

from uuid import UUID

T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    """The full company profile. Documented only by the official SDKs: every field except `id` and `name`
    may be missing or null, and unknown properties are allowed.

        Attributes:
            id (UUID):  Example: 5b0f6c1e-2d3a-4b8c-9e7f-1a2b3c4d5e6f.
            name (str):  Example: Acme Corp.
            legal_name (None | str | Unset):  Example: Acme Corporation Inc..
            summary (None | str | Unset):  Example: Acme Corp builds developer tooling for payments teams..
            description (None | str | Unset):  Example: Acme Corp is a software company founded in 2015 ....
            website (None | str | Unset):  Example: https://acme.example.com.
            listing_url (None | str | Unset):  Example: https://boards.greenhouse.io/acme.
            logo_url (None | str | Unset):  Example: https://acme.example.com/logo.png.
            linkedin_url (None | str | Unset):  Example: https://www.linkedin.com/company/acme-corp.
            linkedin_company_id (None | str | Unset):  Example: 1234567.
            twitter_url (None | str | Unset):  Example: https://twitter.com/acmecorp.
            facebook_url (None | str | Unset):  Example: https://www.facebook.com/acmecorp.
            instagram_url (None | str | Unset):  Example: https://www.instagram.com/acmecorp.
            angellist_url (None | str | Unset):  Example: https://angel.co/company/acme-corp.
            youtube_url (None | str | Unset):  Example: https://www.youtube.com/@acmecorp.
            github_url (None | str | Unset):  Example: https://github.com/acme.
            g2_url (None | str | Unset):  Example: https://www.g2.com/sellers/acme-corp.
            crunchbase_url (None | str | Unset):  Example: https://www.crunchbase.com/organization/acme-corp.
            headquarters_location (None | str | Unset):  Example: San Francisco, California, United States.
            headquarters_region (None | str | Unset):  Example: San Francisco Bay Area.
            headquarters_regions (list[str] | Unset):
            country_code (None | str | Unset):  Example: US.
            continent (None | str | Unset):  Example: North America.
            phone_number (None | str | Unset):  Example: +1 415 555 0100.
            email_address (None | str | Unset):  Example: hello@acme.example.com.
            founding_year (None | str | Unset):  Example: 2015.
            company_size (None | str | Unset):  Example: 201-500.
            revenue (None | str | Unset):  Example: $50M-$100M.
            is_agency (bool | None | Unset):  Example: False.
            industries (list[str] | Unset):
            primary_industry (None | str | Unset):  Example: Software.
            categories (list[str] | Unset):
            naics_codes (list[str] | Unset):
            operating_status (None | str | Unset):  Example: active.
            ipo_status (None | str | Unset):  Example: private.
            company_type (None | str | Unset):  Example: for_profit.
            stock_symbol (None | str | Unset):  Example: ACME.
            stock_exchange (None | str | Unset):  Example: NASDAQ.
            is_acquired (bool | None | Unset):  Example: False.
            acquired_by_company (None | str | Unset):  Example: Globex Corporation.
            parent_company_url (None | str | Unset):  Example: https://globex.example.com.
            funding_stage (None | str | Unset):  Example: Series C.
            total_funding (None | str | Unset):  Example: 120000000.
            funds_total_formatted (None | str | Unset):  Example: $120M.
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
            page_rank (float | None | Unset):  Example: 6.4.
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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = parse_uuid(d["id"])

        name = d["name"]

        legal_name = d.get("legal_name", UNSET)

        summary = d.get("summary", UNSET)

        description = d.get("description", UNSET)

        website = d.get("website", UNSET)

        listing_url = d.get("listing_url", UNSET)

        logo_url = d.get("logo_url", UNSET)

        linkedin_url = d.get("linkedin_url", UNSET)

        linkedin_company_id = d.get("linkedin_company_id", UNSET)

        twitter_url = d.get("twitter_url", UNSET)

        facebook_url = d.get("facebook_url", UNSET)

        instagram_url = d.get("instagram_url", UNSET)

        angellist_url = d.get("angellist_url", UNSET)

        youtube_url = d.get("youtube_url", UNSET)

        github_url = d.get("github_url", UNSET)

        g2_url = d.get("g2_url", UNSET)

        crunchbase_url = d.get("crunchbase_url", UNSET)

        headquarters_location = d.get("headquarters_location", UNSET)

        headquarters_region = d.get("headquarters_region", UNSET)

        headquarters_regions = d.get("headquarters_regions", UNSET)

        country_code = d.get("country_code", UNSET)

        continent = d.get("continent", UNSET)

        phone_number = d.get("phone_number", UNSET)

        email_address = d.get("email_address", UNSET)

        founding_year = d.get("founding_year", UNSET)

        company_size = d.get("company_size", UNSET)

        revenue = d.get("revenue", UNSET)

        is_agency = d.get("is_agency", UNSET)

        industries = d.get("industries", UNSET)

        primary_industry = d.get("primary_industry", UNSET)

        categories = d.get("categories", UNSET)

        naics_codes = d.get("naics_codes", UNSET)

        operating_status = d.get("operating_status", UNSET)

        ipo_status = d.get("ipo_status", UNSET)

        company_type = d.get("company_type", UNSET)

        stock_symbol = d.get("stock_symbol", UNSET)

        stock_exchange = d.get("stock_exchange", UNSET)

        is_acquired = d.get("is_acquired", UNSET)

        acquired_by_company = d.get("acquired_by_company", UNSET)

        parent_company_url = d.get("parent_company_url", UNSET)

        funding_stage = d.get("funding_stage", UNSET)

        total_funding = d.get("total_funding", UNSET)

        funds_total_formatted = d.get("funds_total_formatted", UNSET)

        investors = d.get("investors", UNSET)

        _funding_rounds = d.get("funding_rounds", UNSET)
        funding_rounds: list[CompanyFundingRound] | Unset = UNSET
        if _funding_rounds is not UNSET:
            funding_rounds = []
            for _funding_rounds_item_d in _funding_rounds:
                if type(_funding_rounds_item_d) is not dict:
                    _funding_rounds_item_d = dict(_funding_rounds_item_d)
                funding_rounds_item = _new_instance(CompanyFundingRound)
                funding_rounds_item.investment_type = _funding_rounds_item_d.get("investment_type", UNSET)
                funding_rounds_item.announced_on = _funding_rounds_item_d.get("announced_on", UNSET)
                funding_rounds_item.raised_amount = _funding_rounds_item_d.get("raised_amount", UNSET)
                funding_rounds_item.post_money_valuation = _funding_rounds_item_d.get("post_money_valuation", UNSET)
                funding_rounds_item.investor_count = _funding_rounds_item_d.get("investor_count", UNSET)
                funding_rounds_item.lead_investor = _funding_rounds_item_d.get("lead_investor", UNSET)
                funding_rounds_item.additional_properties = {}
                if (
                    len(_funding_rounds_item_d)
                    != 0
                    + (funding_rounds_item.investment_type is not UNSET)
                    + (funding_rounds_item.announced_on is not UNSET)
                    + (funding_rounds_item.raised_amount is not UNSET)
                    + (funding_rounds_item.post_money_valuation is not UNSET)
                    + (funding_rounds_item.investor_count is not UNSET)
                    + (funding_rounds_item.lead_investor is not UNSET)
                    and not _funding_rounds_item_d.keys() <= _CompanyFundingRound_PROPERTY_NAMES
                ):
                    funding_rounds_item.additional_properties = {
                        k: v for k, v in _funding_rounds_item_d.items() if k not in _CompanyFundingRound_PROPERTY_NAMES
                    }

                funding_rounds.append(funding_rounds_item)

        founders = d.get("founders", UNSET)

        _leadership = d.get("leadership", UNSET)
        leadership: list[CompanyLeader] | Unset = UNSET
        if _leadership is not UNSET:
            leadership = []
            for _leadership_item_d in _leadership:
                if type(_leadership_item_d) is not dict:
                    _leadership_item_d = dict(_leadership_item_d)
                leadership_item = _new_instance(CompanyLeader)
                leadership_item.name = _leadership_item_d.get("name", UNSET)
                leadership_item.title = _leadership_item_d.get("title", UNSET)
                leadership_item.linkedin_url = _leadership_item_d.get("linkedin_url", UNSET)
                leadership_item.avatar_url = _leadership_item_d.get("avatar_url", UNSET)
                leadership_item.additional_properties = {}
                if (
                    len(_leadership_item_d)
                    != 0
                    + (leadership_item.name is not UNSET)
                    + (leadership_item.title is not UNSET)
                    + (leadership_item.linkedin_url is not UNSET)
                    + (leadership_item.avatar_url is not UNSET)
                    and not _leadership_item_d.keys() <= _CompanyLeader_PROPERTY_NAMES
                ):
                    leadership_item.additional_properties = {
                        k: v for k, v in _leadership_item_d.items() if k not in _CompanyLeader_PROPERTY_NAMES
                    }

                leadership.append(leadership_item)

        _leadership_hires = d.get("leadership_hires", UNSET)
        leadership_hires: list[CompanyKeyEvent] | Unset = UNSET
        if _leadership_hires is not UNSET:
            leadership_hires = []
            for _leadership_hires_item_d in _leadership_hires:
                if type(_leadership_hires_item_d) is not dict:
                    _leadership_hires_item_d = dict(_leadership_hires_item_d)
                leadership_hires_item = _new_instance(CompanyKeyEvent)
                leadership_hires_item.date = _leadership_hires_item_d.get("date", UNSET)
                leadership_hires_item.additional_properties = {}
                if (
                    len(_leadership_hires_item_d) != 0 + (leadership_hires_item.date is not UNSET)
                    and not _leadership_hires_item_d.keys() <= _CompanyKeyEvent_PROPERTY_NAMES
                ):
                    leadership_hires_item.additional_properties = {
                        k: v for k, v in _leadership_hires_item_d.items() if k not in _CompanyKeyEvent_PROPERTY_NAMES
                    }

                leadership_hires.append(leadership_hires_item)

        _layoffs = d.get("layoffs", UNSET)
        layoffs: list[CompanyKeyEvent] | Unset = UNSET
        if _layoffs is not UNSET:
            layoffs = []
            for _layoffs_item_d in _layoffs:
                if type(_layoffs_item_d) is not dict:
                    _layoffs_item_d = dict(_layoffs_item_d)
                layoffs_item = _new_instance(CompanyKeyEvent)
                layoffs_item.date = _layoffs_item_d.get("date", UNSET)
                layoffs_item.additional_properties = {}
                if (
                    len(_layoffs_item_d) != 0 + (layoffs_item.date is not UNSET)
                    and not _layoffs_item_d.keys() <= _CompanyKeyEvent_PROPERTY_NAMES
                ):
                    layoffs_item.additional_properties = {
                        k: v for k, v in _layoffs_item_d.items() if k not in _CompanyKeyEvent_PROPERTY_NAMES
                    }

                layoffs.append(layoffs_item)

        _ratings = d.get("ratings", UNSET)
        ratings: list[CompanyRating] | Unset = UNSET
        if _ratings is not UNSET:
            ratings = []
            for _ratings_item_d in _ratings:
                if type(_ratings_item_d) is not dict:
                    _ratings_item_d = dict(_ratings_item_d)
                ratings_item = _new_instance(CompanyRating)
                ratings_item.source = _ratings_item_d.get("source", UNSET)
                ratings_item.rating = _ratings_item_d.get("rating", UNSET)
                ratings_item.url = _ratings_item_d.get("url", UNSET)
                ratings_item.review_count = _ratings_item_d.get("review_count", UNSET)
                ratings_item.additional_properties = {}
                if (
                    len(_ratings_item_d)
                    != 0
                    + (ratings_item.source is not UNSET)
                    + (ratings_item.rating is not UNSET)
                    + (ratings_item.url is not UNSET)
                    + (ratings_item.review_count is not UNSET)
                    and not _ratings_item_d.keys() <= _CompanyRating_PROPERTY_NAMES
                ):
                    ratings_item.additional_properties = {
                        k: v for k, v in _ratings_item_d.items() if k not in _CompanyRating_PROPERTY_NAMES
                    }

                ratings.append(ratings_item)

        _press_references = d.get("press_references", UNSET)
        press_references: list[CompanyPressReference] | Unset = UNSET
        if _press_references is not UNSET:
            press_references = []
            for _press_references_item_d in _press_references:
                if type(_press_references_item_d) is not dict:
                    _press_references_item_d = dict(_press_references_item_d)
                press_references_item = _new_instance(CompanyPressReference)
                press_references_item.url = _press_references_item_d.get("url", UNSET)
                press_references_item.posted_on = _press_references_item_d.get("posted_on", UNSET)
                press_references_item.title = _press_references_item_d.get("title", UNSET)
                press_references_item.publisher = _press_references_item_d.get("publisher", UNSET)
                press_references_item.additional_properties = {}
                if (
                    len(_press_references_item_d)
                    != 0
                    + (press_references_item.url is not UNSET)
                    + (press_references_item.posted_on is not UNSET)
                    + (press_references_item.title is not UNSET)
                    + (press_references_item.publisher is not UNSET)
                    and not _press_references_item_d.keys() <= _CompanyPressReference_PROPERTY_NAMES
                ):
                    press_references_item.additional_properties = {
                        k: v
                        for k, v in _press_references_item_d.items()
                        if k not in _CompanyPressReference_PROPERTY_NAMES
                    }

                press_references.append(press_references_item)

        _h1b_annual_job_counts = d.get("h1b_annual_job_counts", UNSET)
        h1b_annual_job_counts: list[CompanyH1BJobCount] | Unset = UNSET
        if _h1b_annual_job_counts is not UNSET:
            h1b_annual_job_counts = []
            for _h1b_annual_job_counts_item_d in _h1b_annual_job_counts:
                if type(_h1b_annual_job_counts_item_d) is not dict:
                    _h1b_annual_job_counts_item_d = dict(_h1b_annual_job_counts_item_d)
                h1b_annual_job_counts_item = _new_instance(CompanyH1BJobCount)
                h1b_annual_job_counts_item.year = _h1b_annual_job_counts_item_d.get("year", UNSET)
                h1b_annual_job_counts_item.count = _h1b_annual_job_counts_item_d.get("count", UNSET)
                h1b_annual_job_counts_item.additional_properties = {}
                if (
                    len(_h1b_annual_job_counts_item_d)
                    != 0
                    + (h1b_annual_job_counts_item.year is not UNSET)
                    + (h1b_annual_job_counts_item.count is not UNSET)
                    and not _h1b_annual_job_counts_item_d.keys() <= _CompanyH1BJobCount_PROPERTY_NAMES
                ):
                    h1b_annual_job_counts_item.additional_properties = {
                        k: v
                        for k, v in _h1b_annual_job_counts_item_d.items()
                        if k not in _CompanyH1BJobCount_PROPERTY_NAMES
                    }

                h1b_annual_job_counts.append(h1b_annual_job_counts_item)

        _h1b_title_distribution = d.get("h1b_title_distribution", UNSET)
        h1b_title_distribution: list[CompanyH1BTitleDistribution] | Unset = UNSET
        if _h1b_title_distribution is not UNSET:
            h1b_title_distribution = []
            for _h1b_title_distribution_item_d in _h1b_title_distribution:
                if type(_h1b_title_distribution_item_d) is not dict:
                    _h1b_title_distribution_item_d = dict(_h1b_title_distribution_item_d)
                h1b_title_distribution_item = _new_instance(CompanyH1BTitleDistribution)
                h1b_title_distribution_item.title = _h1b_title_distribution_item_d.get("title", UNSET)
                h1b_title_distribution_item.count = _h1b_title_distribution_item_d.get("count", UNSET)
                h1b_title_distribution_item.additional_properties = {}
                if (
                    len(_h1b_title_distribution_item_d)
                    != 0
                    + (h1b_title_distribution_item.title is not UNSET)
                    + (h1b_title_distribution_item.count is not UNSET)
                    and not _h1b_title_distribution_item_d.keys() <= _CompanyH1BTitleDistribution_PROPERTY_NAMES
                ):
                    h1b_title_distribution_item.additional_properties = {
                        k: v
                        for k, v in _h1b_title_distribution_item_d.items()
                        if k not in _CompanyH1BTitleDistribution_PROPERTY_NAMES
                    }

                h1b_title_distribution.append(h1b_title_distribution_item)

        technology_list = d.get("technology_list", UNSET)

        _tech_stack = d.get("tech_stack", UNSET)
        tech_stack: list[CompanyTechnology] | Unset = UNSET
        if _tech_stack is not UNSET:
            tech_stack = []
            for _tech_stack_item_d in _tech_stack:
                if type(_tech_stack_item_d) is not dict:
                    _tech_stack_item_d = dict(_tech_stack_item_d)
                tech_stack_item = _new_instance(CompanyTechnology)
                tech_stack_item.name = _tech_stack_item_d.get("name", UNSET)
                tech_stack_item.categories = _tech_stack_item_d.get("categories", UNSET)
                tech_stack_item.additional_properties = {}
                if (
                    len(_tech_stack_item_d)
                    != 0 + (tech_stack_item.name is not UNSET) + (tech_stack_item.categories is not UNSET)
                    and not _tech_stack_item_d.keys() <= _CompanyTechnology_PROPERTY_NAMES
                ):
                    tech_stack_item.additional_properties = {
                        k: v for k, v in _tech_stack_item_d.items() if k not in _CompanyTechnology_PROPERTY_NAMES
                    }

                tech_stack.append(tech_stack_item)

        _products = d.get("products", UNSET)
        products: list[CompanyProduct] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for _products_item_d in _products:
                if type(_products_item_d) is not dict:
                    _products_item_d = dict(_products_item_d)
                products_item = _new_instance(CompanyProduct)
                products_item.name = _products_item_d.get("name", UNSET)
                products_item.description = _products_item_d.get("description", UNSET)
                products_item.additional_properties = {}
                if (
                    len(_products_item_d)
                    != 0 + (products_item.name is not UNSET) + (products_item.description is not UNSET)
                    and not _products_item_d.keys() <= _CompanyProduct_PROPERTY_NAMES
                ):
                    products_item.additional_properties = {
                        k: v for k, v in _products_item_d.items() if k not in _CompanyProduct_PROPERTY_NAMES
                    }

                products.append(products_item)

        _software_used = d.get("software_used", UNSET)
        software_used: list[CompanyProduct] | Unset = UNSET
        if _software_used is not UNSET:
            software_used = []
            for _software_used_item_d in _software_used:
                if type(_software_used_item_d) is not dict:
                    _software_used_item_d = dict(_software_used_item_d)
                software_used_item = _new_instance(CompanyProduct)
                software_used_item.name = _software_used_item_d.get("name", UNSET)
                software_used_item.description = _software_used_item_d.get("description", UNSET)
                software_used_item.additional_properties = {}
                if (
                    len(_software_used_item_d)
                    != 0 + (software_used_item.name is not UNSET) + (software_used_item.description is not UNSET)
                    and not _software_used_item_d.keys() <= _CompanyProduct_PROPERTY_NAMES
                ):
                    software_used_item.additional_properties = {
                        k: v for k, v in _software_used_item_d.items() if k not in _CompanyProduct_PROPERTY_NAMES
                    }

                software_used.append(software_used_item)

        research_focus_areas = d.get("research_focus_areas", UNSET)

        _acquisitions = d.get("acquisitions", UNSET)
        acquisitions: list[CompanyAcquisition] | Unset = UNSET
        if _acquisitions is not UNSET:
            acquisitions = []
            for _acquisitions_item_d in _acquisitions:
                if type(_acquisitions_item_d) is not dict:
                    _acquisitions_item_d = dict(_acquisitions_item_d)
                acquisitions_item = _new_instance(CompanyAcquisition)
                acquisitions_item.acquiree_name = _acquisitions_item_d.get("acquiree_name", UNSET)
                acquisitions_item.title = _acquisitions_item_d.get("title", UNSET)
                acquisitions_item.additional_properties = {}
                if (
                    len(_acquisitions_item_d)
                    != 0 + (acquisitions_item.acquiree_name is not UNSET) + (acquisitions_item.title is not UNSET)
                    and not _acquisitions_item_d.keys() <= _CompanyAcquisition_PROPERTY_NAMES
                ):
                    acquisitions_item.additional_properties = {
                        k: v for k, v in _acquisitions_item_d.items() if k not in _CompanyAcquisition_PROPERTY_NAMES
                    }

                acquisitions.append(acquisitions_item)

        _exits = d.get("exits", UNSET)
        exits: list[CompanyExit] | Unset = UNSET
        if _exits is not UNSET:
            exits = []
            for _exits_item_d in _exits:
                if type(_exits_item_d) is not dict:
                    _exits_item_d = dict(_exits_item_d)
                exits_item = _new_instance(CompanyExit)
                exits_item.name = _exits_item_d.get("name", UNSET)
                exits_item.description = _exits_item_d.get("description", UNSET)
                exits_item.additional_properties = {}
                if (
                    len(_exits_item_d) != 0 + (exits_item.name is not UNSET) + (exits_item.description is not UNSET)
                    and not _exits_item_d.keys() <= _CompanyExit_PROPERTY_NAMES
                ):
                    exits_item.additional_properties = {
                        k: v for k, v in _exits_item_d.items() if k not in _CompanyExit_PROPERTY_NAMES
                    }

                exits.append(exits_item)

        subsidiary_list = d.get("subsidiary_list", UNSET)

        _sub_organizations = d.get("sub_organizations", UNSET)
        sub_organizations: list[CompanySubOrganization] | Unset = UNSET
        if _sub_organizations is not UNSET:
            sub_organizations = []
            for _sub_organizations_item_d in _sub_organizations:
                if type(_sub_organizations_item_d) is not dict:
                    _sub_organizations_item_d = dict(_sub_organizations_item_d)
                sub_organizations_item = _new_instance(CompanySubOrganization)
                sub_organizations_item.name = _sub_organizations_item_d.get("name", UNSET)
                sub_organizations_item.ownership_type = _sub_organizations_item_d.get("ownership_type", UNSET)
                sub_organizations_item.title = _sub_organizations_item_d.get("title", UNSET)
                sub_organizations_item.additional_properties = {}
                if (
                    len(_sub_organizations_item_d)
                    != 0
                    + (sub_organizations_item.name is not UNSET)
                    + (sub_organizations_item.ownership_type is not UNSET)
                    + (sub_organizations_item.title is not UNSET)
                    and not _sub_organizations_item_d.keys() <= _CompanySubOrganization_PROPERTY_NAMES
                ):
                    sub_organizations_item.additional_properties = {
                        k: v
                        for k, v in _sub_organizations_item_d.items()
                        if k not in _CompanySubOrganization_PROPERTY_NAMES
                    }

                sub_organizations.append(sub_organizations_item)

        _featured_lists = d.get("featured_lists", UNSET)
        featured_lists: list[CompanyFeaturedList] | Unset = UNSET
        if _featured_lists is not UNSET:
            featured_lists = []
            for _featured_lists_item_d in _featured_lists:
                if type(_featured_lists_item_d) is not dict:
                    _featured_lists_item_d = dict(_featured_lists_item_d)
                featured_lists_item = _new_instance(CompanyFeaturedList)
                featured_lists_item.title = _featured_lists_item_d.get("title", UNSET)
                featured_lists_item.org_num = _featured_lists_item_d.get("org_num", UNSET)
                featured_lists_item.funding_total_formatted = _featured_lists_item_d.get(
                    "funding_total_formatted", UNSET
                )
                featured_lists_item.funding_total_usd = _featured_lists_item_d.get("funding_total_usd", UNSET)
                featured_lists_item.additional_properties = {}
                if (
                    len(_featured_lists_item_d)
                    != 0
                    + (featured_lists_item.title is not UNSET)
                    + (featured_lists_item.org_num is not UNSET)
                    + (featured_lists_item.funding_total_formatted is not UNSET)
                    + (featured_lists_item.funding_total_usd is not UNSET)
                    and not _featured_lists_item_d.keys() <= _CompanyFeaturedList_PROPERTY_NAMES
                ):
                    featured_lists_item.additional_properties = {
                        k: v for k, v in _featured_lists_item_d.items() if k not in _CompanyFeaturedList_PROPERTY_NAMES
                    }

                featured_lists.append(featured_lists_item)

        _event_appearances = d.get("event_appearances", UNSET)
        event_appearances: list[CompanyEventAppearance] | Unset = UNSET
        if _event_appearances is not UNSET:
            event_appearances = []
            for _event_appearances_item_d in _event_appearances:
                if type(_event_appearances_item_d) is not dict:
                    _event_appearances_item_d = dict(_event_appearances_item_d)
                event_appearances_item = _new_instance(CompanyEventAppearance)
                event_appearances_item.appearance_type = _event_appearances_item_d.get("appearance_type", UNSET)
                event_appearances_item.event = _event_appearances_item_d.get("event", UNSET)
                event_appearances_item.event_starts_on = _event_appearances_item_d.get("event_starts_on", UNSET)
                event_appearances_item.image = _event_appearances_item_d.get("image", UNSET)
                event_appearances_item.additional_properties = {}
                if (
                    len(_event_appearances_item_d)
                    != 0
                    + (event_appearances_item.appearance_type is not UNSET)
                    + (event_appearances_item.event is not UNSET)
                    + (event_appearances_item.event_starts_on is not UNSET)
                    + (event_appearances_item.image is not UNSET)
                    and not _event_appearances_item_d.keys() <= _CompanyEventAppearance_PROPERTY_NAMES
                ):
                    event_appearances_item.additional_properties = {
                        k: v
                        for k, v in _event_appearances_item_d.items()
                        if k not in _CompanyEventAppearance_PROPERTY_NAMES
                    }

                event_appearances.append(event_appearances_item)

        investor_types = d.get("investor_types", UNSET)

        page_rank = d.get("page_rank", UNSET)

        if cls is Company:
            company = _new_instance(cls)
            company.id = id
            company.name = name
            company.legal_name = legal_name
            company.summary = summary
            company.description = description
            company.website = website
            company.listing_url = listing_url
            company.logo_url = logo_url
            company.linkedin_url = linkedin_url
            company.linkedin_company_id = linkedin_company_id
            company.twitter_url = twitter_url
            company.facebook_url = facebook_url
            company.instagram_url = instagram_url
            company.angellist_url = angellist_url
            company.youtube_url = youtube_url
            company.github_url = github_url
            company.g2_url = g2_url
            company.crunchbase_url = crunchbase_url
            company.headquarters_location = headquarters_location
            company.headquarters_region = headquarters_region
            company.headquarters_regions = headquarters_regions
            company.country_code = country_code
            company.continent = continent
            company.phone_number = phone_number
            company.email_address = email_address
            company.founding_year = founding_year
            company.company_size = company_size
            company.revenue = revenue
            company.is_agency = is_agency
            company.industries = industries
            company.primary_industry = primary_industry
            company.categories = categories
            company.naics_codes = naics_codes
            company.operating_status = operating_status
            company.ipo_status = ipo_status
            company.company_type = company_type
            company.stock_symbol = stock_symbol
            company.stock_exchange = stock_exchange
            company.is_acquired = is_acquired
            company.acquired_by_company = acquired_by_company
            company.parent_company_url = parent_company_url
            company.funding_stage = funding_stage
            company.total_funding = total_funding
            company.funds_total_formatted = funds_total_formatted
            company.investors = investors
            company.funding_rounds = funding_rounds
            company.founders = founders
            company.leadership = leadership
            company.leadership_hires = leadership_hires
            company.layoffs = layoffs
            company.ratings = ratings
            company.press_references = press_references
            company.h1b_annual_job_counts = h1b_annual_job_counts
            company.h1b_title_distribution = h1b_title_distribution
            company.technology_list = technology_list
            company.tech_stack = tech_stack
            company.products = products
            company.software_used = software_used
            company.research_focus_areas = research_focus_areas
            company.acquisitions = acquisitions
            company.exits = exits
            company.subsidiary_list = subsidiary_list
            company.sub_organizations = sub_organizations
            company.featured_lists = featured_lists
            company.event_appearances = event_appearances
            company.investor_types = investor_types
            company.page_rank = page_rank
            company.additional_properties = {}
        else:
            company = cls(
                id,
                name,
                legal_name,
                summary,
                description,
                website,
                listing_url,
                logo_url,
                linkedin_url,
                linkedin_company_id,
                twitter_url,
                facebook_url,
                instagram_url,
                angellist_url,
                youtube_url,
                github_url,
                g2_url,
                crunchbase_url,
                headquarters_location,
                headquarters_region,
                headquarters_regions,
                country_code,
                continent,
                phone_number,
                email_address,
                founding_year,
                company_size,
                revenue,
                is_agency,
                industries,
                primary_industry,
                categories,
                naics_codes,
                operating_status,
                ipo_status,
                company_type,
                stock_symbol,
                stock_exchange,
                is_acquired,
                acquired_by_company,
                parent_company_url,
                funding_stage,
                total_funding,
                funds_total_formatted,
                investors,
                funding_rounds,
                founders,
                leadership,
                leadership_hires,
                layoffs,
                ratings,
                press_references,
                h1b_annual_job_counts,
                h1b_title_distribution,
                technology_list,
                tech_stack,
                products,
                software_used,
                research_focus_areas,
                acquisitions,
                exits,
                subsidiary_list,
                sub_organizations,
                featured_lists,
                event_appearances,
                investor_types,
                page_rank,
            )

        if (
            len(d)
            != 2
            + (legal_name is not UNSET)
            + (summary is not UNSET)
            + (description is not UNSET)
            + (website is not UNSET)
            + (listing_url is not UNSET)
            + (logo_url is not UNSET)
            + (linkedin_url is not UNSET)
            + (linkedin_company_id is not UNSET)
            + (twitter_url is not UNSET)
            + (facebook_url is not UNSET)
            + (instagram_url is not UNSET)
            + (angellist_url is not UNSET)
            + (youtube_url is not UNSET)
            + (github_url is not UNSET)
            + (g2_url is not UNSET)
            + (crunchbase_url is not UNSET)
            + (headquarters_location is not UNSET)
            + (headquarters_region is not UNSET)
            + (headquarters_regions is not UNSET)
            + (country_code is not UNSET)
            + (continent is not UNSET)
            + (phone_number is not UNSET)
            + (email_address is not UNSET)
            + (founding_year is not UNSET)
            + (company_size is not UNSET)
            + (revenue is not UNSET)
            + (is_agency is not UNSET)
            + (industries is not UNSET)
            + (primary_industry is not UNSET)
            + (categories is not UNSET)
            + (naics_codes is not UNSET)
            + (operating_status is not UNSET)
            + (ipo_status is not UNSET)
            + (company_type is not UNSET)
            + (stock_symbol is not UNSET)
            + (stock_exchange is not UNSET)
            + (is_acquired is not UNSET)
            + (acquired_by_company is not UNSET)
            + (parent_company_url is not UNSET)
            + (funding_stage is not UNSET)
            + (total_funding is not UNSET)
            + (funds_total_formatted is not UNSET)
            + (investors is not UNSET)
            + (funding_rounds is not UNSET)
            + (founders is not UNSET)
            + (leadership is not UNSET)
            + (leadership_hires is not UNSET)
            + (layoffs is not UNSET)
            + (ratings is not UNSET)
            + (press_references is not UNSET)
            + (h1b_annual_job_counts is not UNSET)
            + (h1b_title_distribution is not UNSET)
            + (technology_list is not UNSET)
            + (tech_stack is not UNSET)
            + (products is not UNSET)
            + (software_used is not UNSET)
            + (research_focus_areas is not UNSET)
            + (acquisitions is not UNSET)
            + (exits is not UNSET)
            + (subsidiary_list is not UNSET)
            + (sub_organizations is not UNSET)
            + (featured_lists is not UNSET)
            + (event_appearances is not UNSET)
            + (investor_types is not UNSET)
            + (page_rank is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            company.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

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


_PROPERTY_NAMES = frozenset(
    (
        "id",
        "name",
        "legal_name",
        "summary",
        "description",
        "website",
        "listing_url",
        "logo_url",
        "linkedin_url",
        "linkedin_company_id",
        "twitter_url",
        "facebook_url",
        "instagram_url",
        "angellist_url",
        "youtube_url",
        "github_url",
        "g2_url",
        "crunchbase_url",
        "headquarters_location",
        "headquarters_region",
        "headquarters_regions",
        "country_code",
        "continent",
        "phone_number",
        "email_address",
        "founding_year",
        "company_size",
        "revenue",
        "is_agency",
        "industries",
        "primary_industry",
        "categories",
        "naics_codes",
        "operating_status",
        "ipo_status",
        "company_type",
        "stock_symbol",
        "stock_exchange",
        "is_acquired",
        "acquired_by_company",
        "parent_company_url",
        "funding_stage",
        "total_funding",
        "funds_total_formatted",
        "investors",
        "funding_rounds",
        "founders",
        "leadership",
        "leadership_hires",
        "layoffs",
        "ratings",
        "press_references",
        "h1b_annual_job_counts",
        "h1b_title_distribution",
        "technology_list",
        "tech_stack",
        "products",
        "software_used",
        "research_focus_areas",
        "acquisitions",
        "exits",
        "subsidiary_list",
        "sub_organizations",
        "featured_lists",
        "event_appearances",
        "investor_types",
        "page_rank",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.company_acquisition import _PROPERTY_NAMES as _CompanyAcquisition_PROPERTY_NAMES
from ..models.company_acquisition import CompanyAcquisition
from ..models.company_event_appearance import _PROPERTY_NAMES as _CompanyEventAppearance_PROPERTY_NAMES
from ..models.company_event_appearance import CompanyEventAppearance
from ..models.company_exit import _PROPERTY_NAMES as _CompanyExit_PROPERTY_NAMES
from ..models.company_exit import CompanyExit
from ..models.company_featured_list import _PROPERTY_NAMES as _CompanyFeaturedList_PROPERTY_NAMES
from ..models.company_featured_list import CompanyFeaturedList
from ..models.company_funding_round import _PROPERTY_NAMES as _CompanyFundingRound_PROPERTY_NAMES
from ..models.company_funding_round import CompanyFundingRound
from ..models.company_h1b_job_count import _PROPERTY_NAMES as _CompanyH1BJobCount_PROPERTY_NAMES
from ..models.company_h1b_job_count import CompanyH1BJobCount
from ..models.company_h1b_title_distribution import _PROPERTY_NAMES as _CompanyH1BTitleDistribution_PROPERTY_NAMES
from ..models.company_h1b_title_distribution import CompanyH1BTitleDistribution
from ..models.company_key_event import _PROPERTY_NAMES as _CompanyKeyEvent_PROPERTY_NAMES
from ..models.company_key_event import CompanyKeyEvent
from ..models.company_leader import _PROPERTY_NAMES as _CompanyLeader_PROPERTY_NAMES
from ..models.company_leader import CompanyLeader
from ..models.company_press_reference import _PROPERTY_NAMES as _CompanyPressReference_PROPERTY_NAMES
from ..models.company_press_reference import CompanyPressReference
from ..models.company_product import _PROPERTY_NAMES as _CompanyProduct_PROPERTY_NAMES
from ..models.company_product import CompanyProduct
from ..models.company_rating import _PROPERTY_NAMES as _CompanyRating_PROPERTY_NAMES
from ..models.company_rating import CompanyRating
from ..models.company_sub_organization import _PROPERTY_NAMES as _CompanySubOrganization_PROPERTY_NAMES
from ..models.company_sub_organization import CompanySubOrganization
from ..models.company_technology import _PROPERTY_NAMES as _CompanyTechnology_PROPERTY_NAMES
from ..models.company_technology import CompanyTechnology
