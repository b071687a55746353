from typing import Literal

EmploymentType = Literal["contract", "freelance", "full-time", "internship", "part-time", "temporary"]

EMPLOYMENT_TYPE_VALUES: set[EmploymentType] = {
    "contract",
    "freelance",
    "full-time",
    "internship",
    "part-time",
    "temporary",
}


def check_employment_type(value: str) -> EmploymentType:
    if value in EMPLOYMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EMPLOYMENT_TYPE_VALUES!r}")
