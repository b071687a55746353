from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="SalaryExpectation")


@_attrs_define
class SalaryExpectation:
    """
    Attributes:
        amount (float | None | Unset):  Example: 120000.
        currency (None | str | Unset):  Example: USD.
        period (None | str | Unset): e.g. `year` (an open set). Example: year.
    """

    amount: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    period: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        period: None | str | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        else:
            period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        amount = d.get("amount", UNSET)

        currency = d.get("currency", UNSET)

        period = d.get("period", UNSET)

        if cls is SalaryExpectation:
            salary_expectation = _new_instance(cls)
            salary_expectation.amount = amount
            salary_expectation.currency = currency
            salary_expectation.period = period
            salary_expectation.additional_properties = {}
        else:
            salary_expectation = cls(
                amount,
                currency,
                period,
            )

        if (
            len(d) != 0 + (amount is not UNSET) + (currency is not UNSET) + (period is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            salary_expectation.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return salary_expectation

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
        "amount",
        "currency",
        "period",
    )
)
