from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.filter_options_response import FilterOptionsResponse
from ...models.get_connector_filter_options_facet import (
    GetConnectorFilterOptionsFacet,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    facet: GetConnectorFilterOptionsFacet,
    *,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/connectors/filter-options/{facet}".format(
            facet=quote(str(facet), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FilterOptionsResponse | None:
    if response.status_code == 200:
        response_200 = FilterOptionsResponse.from_dict(response.json())

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
        response_200 = FilterOptionsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | FilterOptionsResponse]:
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
    facet: GetConnectorFilterOptionsFacet,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | FilterOptionsResponse]:
    """Get the options of one filter facet

     Top values of a facet, optionally narrowed by a prefix query. Documented only by the official
    connector code. Free.

    Args:
        facet (GetConnectorFilterOptionsFacet):
        q (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FilterOptionsResponse]
    """

    kwargs = _get_kwargs(
        facet=facet,
        q=q,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    facet: GetConnectorFilterOptionsFacet,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | FilterOptionsResponse | None:
    """Get the options of one filter facet

     Top values of a facet, optionally narrowed by a prefix query. Documented only by the official
    connector code. Free.

    Args:
        facet (GetConnectorFilterOptionsFacet):
        q (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FilterOptionsResponse
    """

    return sync_detailed(
        facet=facet,
        client=client,
        q=q,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    facet: GetConnectorFilterOptionsFacet,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | FilterOptionsResponse]:
    """Get the options of one filter facet

     Top values of a facet, optionally narrowed by a prefix query. Documented only by the official
    connector code. Free.

    Args:
        facet (GetConnectorFilterOptionsFacet):
        q (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FilterOptionsResponse]
    """

    kwargs = _get_kwargs(
        facet=facet,
        q=q,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    facet: GetConnectorFilterOptionsFacet,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | FilterOptionsResponse | None:
    """Get the options of one filter facet

     Top values of a facet, optionally narrowed by a prefix query. Documented only by the official
    connector code. Free.

    Args:
        facet (GetConnectorFilterOptionsFacet):
        q (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FilterOptionsResponse
    """

    return (
        await asyncio_detailed(
            facet=facet,
            client=client,
            q=q,
            limit=limit,
        )
    ).parsed
