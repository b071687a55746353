from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salary_expectation import SalaryExpectation


T = TypeVar("T", bound="ProfilePreferences")


@_attrs_define
class ProfilePreferences:
    """
    Attributes:
        salary_expectation (None | SalaryExpectation | Unset):
        earliest_start_date (None | str | Unset):
        willing_to_relocate (bool | None | Unset):
        remote_preference (None | str | Unset):
        preferred_locations (list[str] | Unset):
    """

    salary_expectation: None | SalaryExpectation | Unset = UNSET
    earliest_start_date: None | str | Unset = UNSET
    willing_to_relocate: bool | None | Unset = UNSET
    remote_preference: None | str | Unset = UNSET
    preferred_locations: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.salary_expectation import SalaryExpectation  # noqa: PLC0415

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
        from ..models.salary_expectation import SalaryExpectation  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_salary_expectation(data: object) -> None | SalaryExpectation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                salary_expectation_type_0 = SalaryExpectation.from_dict(data)

                return salary_expectation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SalaryExpectation | Unset, data)

        salary_expectation = _parse_salary_expectation(d.pop("salary_expectation", UNSET))

        def _parse_earliest_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        earliest_start_date = _parse_earliest_start_date(d.pop("earliest_start_date", UNSET))

        def _parse_willing_to_relocate(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        willing_to_relocate = _parse_willing_to_relocate(d.pop("willing_to_relocate", UNSET))

        def _parse_remote_preference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_preference = _parse_remote_preference(d.pop("remote_preference", UNSET))

        preferred_locations = cast(list[str], d.pop("preferred_locations", UNSET))

        profile_preferences = cls(
            salary_expectation=salary_expectation,
            earliest_start_date=earliest_start_date,
            willing_to_relocate=willing_to_relocate,
            remote_preference=remote_preference,
            preferred_locations=preferred_locations,
        )

        profile_preferences.additional_properties = d
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
