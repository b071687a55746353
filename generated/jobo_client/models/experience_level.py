from typing import Literal

ExperienceLevel = Literal["entry", "executive", "intern", "lead", "mid", "senior"]

EXPERIENCE_LEVEL_VALUES: set[ExperienceLevel] = {
    "entry",
    "executive",
    "intern",
    "lead",
    "mid",
    "senior",
}


def check_experience_level(value: str) -> ExperienceLevel:
    if value in EXPERIENCE_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPERIENCE_LEVEL_VALUES!r}")
