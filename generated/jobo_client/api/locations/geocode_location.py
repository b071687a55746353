from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.geocode_result_item import GeocodeResultItem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    location: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["location"] = location

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/locations/geocode",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GeocodeResultItem | None:
    if response.status_code == 200:
        response_200 = GeocodeResultItem.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if 200 <= response.status_code <= 299:
        response_200 = GeocodeResultItem.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GeocodeResultItem]:
    try:
        status_code = HTTPStatus(response.status_code)
    except ValueError:  # a code Python does not name (e.g. 299): kept as the number
        status_code = response.status_code  # type: ignore[assignment]
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    location: str,
) -> Response[ErrorResponse | GeocodeResultItem]:
    """Geocode a location string

     Resolves a free-text location (cities, "City, State", countries and their codes, aliases such as
    NYC, compound inputs such as "US or Canada") into structured locations. Remote keywords resolve at
    once to a `Remote` sentinel without coordinates; placeholders such as `TBD` or `various locations`
    come back with `succeeded: false`. One flat credit per request, debited up front. Unresolvable
    input can be slow: prefer a short timeout.

    Args:
        location (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GeocodeResultItem]
    """

    kwargs = _get_kwargs(
        location=location,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    location: str,
) -> ErrorResponse | GeocodeResultItem | None:
    """Geocode a location string

     Resolves a free-text location (cities, "City, State", countries and their codes, aliases such as
    NYC, compound inputs such as "US or Canada") into structured locations. Remote keywords resolve at
    once to a `Remote` sentinel without coordinates; placeholders such as `TBD` or `various locations`
    come back with `succeeded: false`. One flat credit per request, debited up front. Unresolvable
    input can be slow: prefer a short timeout.

    Args:
        location (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GeocodeResultItem
    """

    return sync_detailed(
        client=client,
        location=location,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    location: str,
) -> Response[ErrorResponse | GeocodeResultItem]:
    """Geocode a location string

     Resolves a free-text location (cities, "City, State", countries and their codes, aliases such as
    NYC, compound inputs such as "US or Canada") into structured locations. Remote keywords resolve at
    once to a `Remote` sentinel without coordinates; placeholders such as `TBD` or `various locations`
    come back with `succeeded: false`. One flat credit per request, debited up front. Unresolvable
    input can be slow: prefer a short timeout.

    Args:
        location (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GeocodeResultItem]
    """

    kwargs = _get_kwargs(
        location=location,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    location: str,
) -> ErrorResponse | GeocodeResultItem | None:
    """Geocode a location string

     Resolves a free-text location (cities, "City, State", countries and their codes, aliases such as
    NYC, compound inputs such as "US or Canada") into structured locations. Remote keywords resolve at
    once to a `Remote` sentinel without coordinates; placeholders such as `TBD` or `various locations`
    come back with `succeeded: false`. One flat credit per request, debited up front. Unresolvable
    input can be slow: prefer a short timeout.

    Args:
        location (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GeocodeResultItem
    """

    return (
        await asyncio_detailed(
            client=client,
            location=location,
        )
    ).parsed
