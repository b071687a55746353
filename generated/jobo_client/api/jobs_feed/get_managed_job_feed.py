from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.job_feed_response import JobFeedResponse
from ...models.managed_job_feed_request import ManagedJobFeedRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ManagedJobFeedRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/jobs/feed/managed",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | JobFeedResponse | None:
    if response.status_code == 200:
        response_200 = JobFeedResponse.from_dict(response.json())

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
        response_200 = JobFeedResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | JobFeedResponse]:
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
    body: ManagedJobFeedRequest | Unset = UNSET,
) -> Response[ErrorResponse | JobFeedResponse]:
    """Stream jobs from managed scraping sources

     Same batch and cursor semantics as the jobs feed, restricted to companies configured through
    Managed Job Scraping in the Jobo portal, and without the `locations` filter. Sandbox and marketplace
    keys get 403. Metering and rate-limit bucket are not documented. Use a read timeout of at least 120
    s.

    Args:
        body (ManagedJobFeedRequest | Unset): Managed feed request: the jobs feed request without
            `locations`. Whether the server also accepts
            `employment_types`, `experience_levels` or `stable_scan` here is not documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JobFeedResponse]
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
    body: ManagedJobFeedRequest | Unset = UNSET,
) -> ErrorResponse | JobFeedResponse | None:
    """Stream jobs from managed scraping sources

     Same batch and cursor semantics as the jobs feed, restricted to companies configured through
    Managed Job Scraping in the Jobo portal, and without the `locations` filter. Sandbox and marketplace
    keys get 403. Metering and rate-limit bucket are not documented. Use a read timeout of at least 120
    s.

    Args:
        body (ManagedJobFeedRequest | Unset): Managed feed request: the jobs feed request without
            `locations`. Whether the server also accepts
            `employment_types`, `experience_levels` or `stable_scan` here is not documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JobFeedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ManagedJobFeedRequest | Unset = UNSET,
) -> Response[ErrorResponse | JobFeedResponse]:
    """Stream jobs from managed scraping sources

     Same batch and cursor semantics as the jobs feed, restricted to companies configured through
    Managed Job Scraping in the Jobo portal, and without the `locations` filter. Sandbox and marketplace
    keys get 403. Metering and rate-limit bucket are not documented. Use a read timeout of at least 120
    s.

    Args:
        body (ManagedJobFeedRequest | Unset): Managed feed request: the jobs feed request without
            `locations`. Whether the server also accepts
            `employment_types`, `experience_levels` or `stable_scan` here is not documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JobFeedResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ManagedJobFeedRequest | Unset = UNSET,
) -> ErrorResponse | JobFeedResponse | None:
    """Stream jobs from managed scraping sources

     Same batch and cursor semantics as the jobs feed, restricted to companies configured through
    Managed Job Scraping in the Jobo portal, and without the `locations` filter. Sandbox and marketplace
    keys get 403. Metering and rate-limit bucket are not documented. Use a read timeout of at least 120
    s.

    Args:
        body (ManagedJobFeedRequest | Unset): Managed feed request: the jobs feed request without
            `locations`. Whether the server also accepts
            `employment_types`, `experience_levels` or `stable_scan` here is not documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JobFeedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
