from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="CompanyFundingRound")


@_attrs_define
class CompanyFundingRound:
    """
    Attributes:
        investment_type (None | str | Unset):  Example: series_c.
        announced_on (None | str | Unset):  Example: 2024-05-01.
        raised_amount (None | str | Unset):  Example: 60000000.
        post_money_valuation (None | str | Unset):  Example: 900000000.
        investor_count (int | None | Unset):  Example: 4.
        lead_investor (None | str | Unset):  Example: Example Ventures.
    """

    investment_type: None | str | Unset = UNSET
    announced_on: None | str | Unset = UNSET
    raised_amount: None | str | Unset = UNSET
    post_money_valuation: None | str | Unset = UNSET
    investor_count: int | None | Unset = UNSET
    lead_investor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        investment_type: None | str | Unset
        if isinstance(self.investment_type, Unset):
            investment_type = UNSET
        else:
            investment_type = self.investment_type

        announced_on: None | str | Unset
        if isinstance(self.announced_on, Unset):
            announced_on = UNSET
        else:
            announced_on = self.announced_on

        raised_amount: None | str | Unset
        if isinstance(self.raised_amount, Unset):
            raised_amount = UNSET
        else:
            raised_amount = self.raised_amount

        post_money_valuation: None | str | Unset
        if isinstance(self.post_money_valuation, Unset):
            post_money_valuation = UNSET
        else:
            post_money_valuation = self.post_money_valuation

        investor_count: int | None | Unset
        if isinstance(self.investor_count, Unset):
            investor_count = UNSET
        else:
            investor_count = self.investor_count

        lead_investor: None | str | Unset
        if isinstance(self.lead_investor, Unset):
            lead_investor = UNSET
        else:
            lead_investor = self.lead_investor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if investment_type is not UNSET:
            field_dict["investment_type"] = investment_type
        if announced_on is not UNSET:
            field_dict["announced_on"] = announced_on
        if raised_amount is not UNSET:
            field_dict["raised_amount"] = raised_amount
        if post_money_valuation is not UNSET:
            field_dict["post_money_valuation"] = post_money_valuation
        if investor_count is not UNSET:
            field_dict["investor_count"] = investor_count
        if lead_investor is not UNSET:
            field_dict["lead_investor"] = lead_investor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        investment_type = d.get("investment_type", UNSET)

        announced_on = d.get("announced_on", UNSET)

        raised_amount = d.get("raised_amount", UNSET)

        post_money_valuation = d.get("post_money_valuation", UNSET)

        investor_count = d.get("investor_count", UNSET)

        lead_investor = d.get("lead_investor", UNSET)

        if cls is CompanyFundingRound:
            company_funding_round = _new_instance(cls)
            company_funding_round.investment_type = investment_type
            company_funding_round.announced_on = announced_on
            company_funding_round.raised_amount = raised_amount
            company_funding_round.post_money_valuation = post_money_valuation
            company_funding_round.investor_count = investor_count
            company_funding_round.lead_investor = lead_investor
            company_funding_round.additional_properties = {}
        else:
            company_funding_round = cls(
                investment_type,
                announced_on,
                raised_amount,
                post_money_valuation,
                investor_count,
                lead_investor,
            )

        if (
            len(d)
            != 0
            + (investment_type is not UNSET)
            + (announced_on is not UNSET)
            + (raised_amount is not UNSET)
            + (post_money_valuation is not UNSET)
            + (investor_count is not UNSET)
            + (lead_investor is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            company_funding_round.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return company_funding_round

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
        "investment_type",
        "announced_on",
        "raised_amount",
        "post_money_valuation",
        "investor_count",
        "lead_investor",
    )
)
