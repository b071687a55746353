import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.job_search_response import JobSearchResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    posted_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_posted_after: str | Unset = UNSET
    if not isinstance(posted_after, Unset):
        json_posted_after = posted_after.isoformat()
    params["posted_after"] = json_posted_after

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/api/companies/{str(id)}/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | JobSearchResponse | None:
    if response.status_code == 200:
        response_200 = JobSearchResponse.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
        response_200 = JobSearchResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | JobSearchResponse]:
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
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    posted_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> Response[ErrorResponse | JobSearchResponse]:
    """List the jobs of one company

     The company's jobs, paginated like search and metered like search (per delivered job, precheck on
    `page_size`). Filters beyond `posted_after` are not documented.

    Args:
        id (UUID):
        posted_after (datetime.datetime | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JobSearchResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        posted_after=posted_after,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    posted_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> ErrorResponse | JobSearchResponse | None:
    """List the jobs of one company

     The company's jobs, paginated like search and metered like search (per delivered job, precheck on
    `page_size`). Filters beyond `posted_after` are not documented.

    Args:
        id (UUID):
        posted_after (datetime.datetime | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JobSearchResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        posted_after=posted_after,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    posted_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> Response[ErrorResponse | JobSearchResponse]:
    """List the jobs of one company

     The company's jobs, paginated like search and metered like search (per delivered job, precheck on
    `page_size`). Filters beyond `posted_after` are not documented.

    Args:
        id (UUID):
        posted_after (datetime.datetime | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JobSearchResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        posted_after=posted_after,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    posted_after: datetime.datetime | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> ErrorResponse | JobSearchResponse | None:
    """List the jobs of one company

     The company's jobs, paginated like search and metered like search (per delivered job, precheck on
    `page_size`). Filters beyond `posted_after` are not documented.

    Args:
        id (UUID):
        posted_after (datetime.datetime | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JobSearchResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            posted_after=posted_after,
            page=page,
            page_size=page_size,
        )
    ).parsed
