from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

_new_instance = object.__new__

from uuid import UUID

T = TypeVar("T", bound="JobCompany")


@_attrs_define
class JobCompany:
    """The lightweight company embedded in a job.

    Attributes:
        id (UUID): Usable with `GET /api/companies/{id}`. Example: 5b0f6c1e-2d3a-4b8c-9e7f-1a2b3c4d5e6f.
        name (str):  Example: Acme Corp.
        website (None | str | Unset):  Example: https://acme.example.com.
        logo_url (None | str | Unset):  Example: https://acme.example.com/logo.png.
        summary (None | str | Unset):  Example: Acme Corp builds developer tooling for payments teams..
        industries (list[str] | Unset):
        categories (list[str] | Unset): Company categories such as `b2b` or `saas`.
        linkedin_url (None | str | Unset):  Example: https://www.linkedin.com/company/acme-corp.
        crunchbase_url (None | str | Unset):  Example: https://www.crunchbase.com/organization/acme-corp.
        details_url (None | str | Unset): Link to the public company profile. Example:
            https://connect.jobo.world/api/companies/5b0f6c1e-2d3a-4b8c-9e7f-1a2b3c4d5e6f.
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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        id = parse_uuid(d["id"])

        name = d["name"]

        website = d.get("website", UNSET)

        logo_url = d.get("logo_url", UNSET)

        summary = d.get("summary", UNSET)

        industries = d.get("industries", UNSET)

        categories = d.get("categories", UNSET)

        linkedin_url = d.get("linkedin_url", UNSET)

        crunchbase_url = d.get("crunchbase_url", UNSET)

        details_url = d.get("details_url", UNSET)

        if cls is JobCompany:
            job_company = _new_instance(cls)
            job_company.id = id
            job_company.name = name
            job_company.website = website
            job_company.logo_url = logo_url
            job_company.summary = summary
            job_company.industries = industries
            job_company.categories = categories
            job_company.linkedin_url = linkedin_url
            job_company.crunchbase_url = crunchbase_url
            job_company.details_url = details_url
            job_company.additional_properties = {}
        else:
            job_company = cls(
                id,
                name,
                website,
                logo_url,
                summary,
                industries,
                categories,
                linkedin_url,
                crunchbase_url,
                details_url,
            )

        if (
            len(d)
            != 2
            + (website is not UNSET)
            + (logo_url is not UNSET)
            + (summary is not UNSET)
            + (industries is not UNSET)
            + (categories is not UNSET)
            + (linkedin_url is not UNSET)
            + (crunchbase_url is not UNSET)
            + (details_url is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            job_company.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

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


_PROPERTY_NAMES = frozenset(
    (
        "id",
        "name",
        "website",
        "logo_url",
        "summary",
        "industries",
        "categories",
        "linkedin_url",
        "crunchbase_url",
        "details_url",
    )
)
