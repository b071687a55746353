from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_new_instance = object.__new__


T = TypeVar("T", bound="ProfilePreferences")


@_attrs_define
class ProfilePreferences:
    """
    Attributes:
        salary_expectation (None | SalaryExpectation | Unset):
        earliest_start_date (None | str | Unset):  Example: 2026-08-01.
        willing_to_relocate (bool | None | Unset):  Example: True.
        remote_preference (None | str | Unset):  Example: remote.
        preferred_locations (list[str] | Unset):
    """

    salary_expectation: None | SalaryExpectation | Unset = UNSET
    earliest_start_date: None | str | Unset = UNSET
    willing_to_relocate: bool | None | Unset = UNSET
    remote_preference: None | str | Unset = UNSET
    preferred_locations: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        salary_expectation: dict[str, Any] | None | Unset
        if isinstance(self.salary_expectation, Unset):
            salary_expectation = UNSET
        elif isinstance(self.salary_expectation, SalaryExpectation):
            salary_expectation = self.salary_expectation.to_dict()
        else:
            salary_expectation = self.salary_expectation

        earliest_start_date: None | str | Unset
        if isinstance(self.earliest_start_date, Unset):
            earliest_start_date = UNSET
        else:
            earliest_start_date = self.earliest_start_date

        willing_to_relocate: bool | None | Unset
        if isinstance(self.willing_to_relocate, Unset):
            willing_to_relocate = UNSET
        else:
            willing_to_relocate = self.willing_to_relocate

        remote_preference: None | str | Unset
        if isinstance(self.remote_preference, Unset):
            remote_preference = UNSET
        else:
            remote_preference = self.remote_preference

        preferred_locations: list[str] | Unset = UNSET
        if not isinstance(self.preferred_locations, Unset):
            preferred_locations = self.preferred_locations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if salary_expectation is not UNSET:
            field_dict["salary_expectation"] = salary_expectation
        if earliest_start_date is not UNSET:
            field_dict["earliest_start_date"] = earliest_start_date
        if willing_to_relocate is not UNSET:
            field_dict["willing_to_relocate"] = willing_to_relocate
        if remote_preference is not UNSET:
            field_dict["remote_preference"] = remote_preference
        if preferred_locations is not UNSET:
            field_dict["preferred_locations"] = preferred_locations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _salary_expectation = d.get("salary_expectation", UNSET)
        salary_expectation: None | SalaryExpectation | Unset
        if isinstance(_salary_expectation, dict):
            try:
                _salary_expectation_type_0_d = _salary_expectation
                if type(_salary_expectation_type_0_d) is not dict:
                    _salary_expectation_type_0_d = dict(_salary_expectation_type_0_d)
                salary_expectation_type_0 = _new_instance(SalaryExpectation)
                salary_expectation_type_0.amount = _salary_expectation_type_0_d.get("amount", UNSET)
                salary_expectation_type_0.currency = _salary_expectation_type_0_d.get("currency", UNSET)
                salary_expectation_type_0.period = _salary_expectation_type_0_d.get("period", UNSET)
                salary_expectation_type_0.additional_properties = {}
                if (
                    len(_salary_expectation_type_0_d)
                    != 0
                    + (salary_expectation_type_0.amount is not UNSET)
                    + (salary_expectation_type_0.currency is not UNSET)
                    + (salary_expectation_type_0.period is not UNSET)
                    and not _salary_expectation_type_0_d.keys() <= _SalaryExpectation_PROPERTY_NAMES
                ):
                    salary_expectation_type_0.additional_properties = {
                        k: v
                        for k, v in _salary_expectation_type_0_d.items()
                        if k not in _SalaryExpectation_PROPERTY_NAMES
                    }

                salary_expectation = salary_expectation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                salary_expectation = _salary_expectation
        else:
            salary_expectation = _salary_expectation

        earliest_start_date = d.get("earliest_start_date", UNSET)

        willing_to_relocate = d.get("willing_to_relocate", UNSET)

        remote_preference = d.get("remote_preference", UNSET)

        preferred_locations = d.get("preferred_locations", UNSET)

        if cls is ProfilePreferences:
            profile_preferences = _new_instance(cls)
            profile_preferences.salary_expectation = salary_expectation
            profile_preferences.earliest_start_date = earliest_start_date
            profile_preferences.willing_to_relocate = willing_to_relocate
            profile_preferences.remote_preference = remote_preference
            profile_preferences.preferred_locations = preferred_locations
            profile_preferences.additional_properties = {}
        else:
            profile_preferences = cls(
                salary_expectation,
                earliest_start_date,
                willing_to_relocate,
                remote_preference,
                preferred_locations,
            )

        if (
            len(d)
            != 0
            + (salary_expectation is not UNSET)
            + (earliest_start_date is not UNSET)
            + (willing_to_relocate is not UNSET)
            + (remote_preference is not UNSET)
            + (preferred_locations is not UNSET)
            and not d.keys() <= _PROPERTY_NAMES
        ):
            profile_preferences.additional_properties = {k: v for k, v in d.items() if k not in _PROPERTY_NAMES}

        return profile_preferences

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
        "salary_expectation",
        "earliest_start_date",
        "willing_to_relocate",
        "remote_preference",
        "preferred_locations",
    )
)


# Imported after the class, not inside each method: a function-level import statement costs about a
# microsecond per call, and from_dict runs once per object. Annotations are strings (PEP 563), so the
# class body does not need these names, and an import cycle between two models resolves because each
# class exists before its module imports the other.
from ..models.salary_expectation import _PROPERTY_NAMES as _SalaryExpectation_PROPERTY_NAMES
from ..models.salary_expectation import SalaryExpectation
