from typing import Literal

HeavyField = Literal["benefits", "description", "qualifications", "responsibilities", "summary"]

HEAVY_FIELD_VALUES: set[HeavyField] = {
    "benefits",
    "description",
    "qualifications",
    "responsibilities",
    "summary",
}


def check_heavy_field(value: str) -> HeavyField:
    if value in HEAVY_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HEAVY_FIELD_VALUES!r}")
