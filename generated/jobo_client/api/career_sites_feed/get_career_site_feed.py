from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.career_site_feed_request import CareerSiteFeedRequest
from ...models.career_site_feed_response import CareerSiteFeedResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CareerSiteFeedRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/career-sites/feed",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CareerSiteFeedResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CareerSiteFeedResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
        response_200 = CareerSiteFeedResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CareerSiteFeedResponse | ErrorResponse]:
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
    body: CareerSiteFeedRequest | Unset = UNSET,
) -> Response[CareerSiteFeedResponse | ErrorResponse]:
    """Stream newly discovered career sites

     Cursor-paginated feed of company career sites (listing pages, careers portals, jobs subdomains) as
    slim rows with a `details_url` to the full company profile. Pages hold at most 50 rows. Metered per
    row returned. On `400` for an invalid cursor, drop the cursor and start a new scan.
    PARTIAL: the documentation does not show the key of the row list nor the row fields beyond `id`
    and `details_url`; the response schema therefore allows any further properties.

    Args:
        body (CareerSiteFeedRequest | Unset): PARTIAL — only `industries`, `updated_after` and
            `cursor` are documented; the page-size field and other filters are not. Unknown properties
            are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CareerSiteFeedResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CareerSiteFeedRequest | Unset = UNSET,
) -> CareerSiteFeedResponse | ErrorResponse | None:
    """Stream newly discovered career sites

     Cursor-paginated feed of company career sites (listing pages, careers portals, jobs subdomains) as
    slim rows with a `details_url` to the full company profile. Pages hold at most 50 rows. Metered per
    row returned. On `400` for an invalid cursor, drop the cursor and start a new scan.
    PARTIAL: the documentation does not show the key of the row list nor the row fields beyond `id`
    and `details_url`; the response schema therefore allows any further properties.

    Args:
        body (CareerSiteFeedRequest | Unset): PARTIAL — only `industries`, `updated_after` and
            `cursor` are documented; the page-size field and other filters are not. Unknown properties
            are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CareerSiteFeedResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CareerSiteFeedRequest | Unset = UNSET,
) -> Response[CareerSiteFeedResponse | ErrorResponse]:
    """Stream newly discovered career sites

     Cursor-paginated feed of company career sites (listing pages, careers portals, jobs subdomains) as
    slim rows with a `details_url` to the full company profile. Pages hold at most 50 rows. Metered per
    row returned. On `400` for an invalid cursor, drop the cursor and start a new scan.
    PARTIAL: the documentation does not show the key of the row list nor the row fields beyond `id`
    and `details_url`; the response schema therefore allows any further properties.

    Args:
        body (CareerSiteFeedRequest | Unset): PARTIAL — only `industries`, `updated_after` and
            `cursor` are documented; the page-size field and other filters are not. Unknown properties
            are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CareerSiteFeedResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CareerSiteFeedRequest | Unset = UNSET,
) -> CareerSiteFeedResponse | ErrorResponse | None:
    """Stream newly discovered career sites

     Cursor-paginated feed of company career sites (listing pages, careers portals, jobs subdomains) as
    slim rows with a `details_url` to the full company profile. Pages hold at most 50 rows. Metered per
    row returned. On `400` for an invalid cursor, drop the cursor and start a new scan.
    PARTIAL: the documentation does not show the key of the row list nor the row fields beyond `id`
    and `details_url`; the response schema therefore allows any further properties.

    Args:
        body (CareerSiteFeedRequest | Unset): PARTIAL — only `industries`, `updated_after` and
            `cursor` are documented; the page-size field and other filters are not. Unknown properties
            are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CareerSiteFeedResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
