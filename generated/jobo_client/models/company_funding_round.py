from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyFundingRound")


@_attrs_define
class CompanyFundingRound:
    """
    Attributes:
        investment_type (None | str | Unset):
        announced_on (None | str | Unset):
        raised_amount (None | str | Unset):
        post_money_valuation (None | str | Unset):
        investor_count (int | None | Unset):
        lead_investor (None | str | Unset):
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
        d = dict(src_dict)

        def _parse_investment_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        investment_type = _parse_investment_type(d.pop("investment_type", UNSET))

        def _parse_announced_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        announced_on = _parse_announced_on(d.pop("announced_on", UNSET))

        def _parse_raised_amount(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        raised_amount = _parse_raised_amount(d.pop("raised_amount", UNSET))

        def _parse_post_money_valuation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post_money_valuation = _parse_post_money_valuation(d.pop("post_money_valuation", UNSET))

        def _parse_investor_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        investor_count = _parse_investor_count(d.pop("investor_count", UNSET))

        def _parse_lead_investor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_investor = _parse_lead_investor(d.pop("lead_investor", UNSET))

        company_funding_round = cls(
            investment_type=investment_type,
            announced_on=announced_on,
            raised_amount=raised_amount,
            post_money_valuation=post_money_valuation,
            investor_count=investor_count,
            lead_investor=lead_investor,
        )

        company_funding_round.additional_properties = d
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
