from typing import Literal

GetConnectorFilterOptionsFacet = Literal["industries", "skills", "sources"]

GET_CONNECTOR_FILTER_OPTIONS_FACET_VALUES: set[GetConnectorFilterOptionsFacet] = {
    "industries",
    "skills",
    "sources",
}


def check_get_connector_filter_options_facet(value: str) -> GetConnectorFilterOptionsFacet:
    if value in GET_CONNECTOR_FILTER_OPTIONS_FACET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CONNECTOR_FILTER_OPTIONS_FACET_VALUES!r}")
