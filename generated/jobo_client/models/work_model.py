from typing import Literal

WorkModel = Literal["hybrid", "onsite", "remote"]

WORK_MODEL_VALUES: set[WorkModel] = {
    "hybrid",
    "onsite",
    "remote",
}


def check_work_model(value: str) -> WorkModel:
    if value in WORK_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WORK_MODEL_VALUES!r}")
