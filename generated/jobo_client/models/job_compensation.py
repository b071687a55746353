from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="JobCompensation")


@_attrs_define
class JobCompensation:
    """
    Attributes:
        min_ (float | None | Unset):  Example: 150000.0.
        max_ (float | None | Unset):  Example: 210000.0.
        currency (None | str | Unset): ISO 4217 code, e.g. `USD`. Example: USD.
        period (None | str | Unset): `hourly`, `daily`, `weekly`, `monthly`, `yearly` or `per-diem` (an open set).
            Example: yearly.
    """

    min_: float | None | Unset = UNSET
    max_: float | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    period: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_: float | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: float | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

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
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if currency is not UNSET:
            field_dict["currency"] = currency
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        min_ = d.get("min", UNSET)

        max_ = d.get("max", UNSET)

        currency = d.get("currency", UNSET)

        period = d.get("period", UNSET)

        if cls is JobCompensation:
            job_compensation = _new_instance(cls)
            job_compensation.min_ = min_
            job_compensation.max_ = max_
            job_compensation.currency = currency
            job_compensation.period = period
            job_compensation.additional_properties = {}
        else:
            job_compensation = cls(
                min_,
                max_,
                currency,
                period,
            )

        if (
            len(d) != 0 + (min_ is not UNSET) + (max_ is not UNSET) + (currency is not UNSET) + (period is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            job_compensation.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return job_compensation

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
        "min",
        "max",
        "currency",
        "period",
    )
)
