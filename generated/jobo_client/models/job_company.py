from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobCompany")


@_attrs_define
class JobCompany:
    """The lightweight company embedded in a job.

    Attributes:
        id (UUID): Usable with `GET /api/companies/{id}`.
        name (str):
        website (None | str | Unset):
        logo_url (None | str | Unset):
        summary (None | str | Unset):
        industries (list[str] | Unset):
        categories (list[str] | Unset): Company categories such as `b2b` or `saas`.
        linkedin_url (None | str | Unset):
        crunchbase_url (None | str | Unset):
        details_url (None | str | Unset): Link to the public company profile.
    """

    id: UUID
    name: str
    website: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    industries: list[str] | Unset = UNSET
    categories: list[str] | Unset = UNSET
    linkedin_url: None | str | Unset = UNSET
    crunchbase_url: None | str | Unset = UNSET
    details_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        industries: list[str] | Unset = UNSET
        if not isinstance(self.industries, Unset):
            industries = self.industries

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        linkedin_url: None | str | Unset
        if isinstance(self.linkedin_url, Unset):
            linkedin_url = UNSET
        else:
            linkedin_url = self.linkedin_url

        crunchbase_url: None | str | Unset
        if isinstance(self.crunchbase_url, Unset):
            crunchbase_url = UNSET
        else:
            crunchbase_url = self.crunchbase_url

        details_url: None | str | Unset
        if isinstance(self.details_url, Unset):
            details_url = UNSET
        else:
            details_url = self.details_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if website is not UNSET:
            field_dict["website"] = website
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if summary is not UNSET:
            field_dict["summary"] = summary
        if industries is not UNSET:
            field_dict["industries"] = industries
        if categories is not UNSET:
            field_dict["categories"] = categories
        if linkedin_url is not UNSET:
            field_dict["linkedin_url"] = linkedin_url
        if crunchbase_url is not UNSET:
            field_dict["crunchbase_url"] = crunchbase_url
        if details_url is not UNSET:
            field_dict["details_url"] = details_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logo_url", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        industries = cast(list[str], d.pop("industries", UNSET))

        categories = cast(list[str], d.pop("categories", UNSET))

        def _parse_linkedin_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_url = _parse_linkedin_url(d.pop("linkedin_url", UNSET))

        def _parse_crunchbase_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        crunchbase_url = _parse_crunchbase_url(d.pop("crunchbase_url", UNSET))

        def _parse_details_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        details_url = _parse_details_url(d.pop("details_url", UNSET))

        job_company = cls(
            id=id,
            name=name,
            website=website,
            logo_url=logo_url,
            summary=summary,
            industries=industries,
            categories=categories,
            linkedin_url=linkedin_url,
            crunchbase_url=crunchbase_url,
            details_url=details_url,
        )

        job_company.additional_properties = d
        return job_company

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
