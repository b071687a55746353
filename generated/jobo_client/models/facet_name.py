from typing import Literal

FacetName = Literal[
    "company_categories",
    "countries",
    "employment_type",
    "experience_level",
    "industries",
    "skills",
    "sources",
    "work_model",
]

FACET_NAME_VALUES: set[FacetName] = {
    "company_categories",
    "countries",
    "employment_type",
    "experience_level",
    "industries",
    "skills",
    "sources",
    "work_model",
}


def check_facet_name(value: str) -> FacetName:
    if value in FACET_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FACET_NAME_VALUES!r}")
