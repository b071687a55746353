import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.expired_job_ids_response import ExpiredJobIdsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    expired_since: datetime.datetime | None | Unset = UNSET,
    cursor: str | Unset = UNSET,
    batch_size: int | Unset = 1000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_expired_since: None | str | Unset
    if isinstance(expired_since, Unset):
        json_expired_since = UNSET
    elif isinstance(expired_since, datetime.datetime):
        json_expired_since = expired_since.isoformat()
    else:
        json_expired_since = expired_since
    params["expired_since"] = json_expired_since

    params["cursor"] = cursor

    params["batch_size"] = batch_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/jobs/expired",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExpiredJobIdsResponse | None:
    if response.status_code == 200:
        response_200 = ExpiredJobIdsResponse.from_dict(response.json())

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
        response_200 = ExpiredJobIdsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ExpiredJobIdsResponse]:
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
    expired_since: datetime.datetime | None | Unset = UNSET,
    cursor: str | Unset = UNSET,
    batch_size: int | Unset = 1000,
) -> Response[ErrorResponse | ExpiredJobIdsResponse]:
    """List ids of recently expired jobs

     Ids of jobs that expired after `expired_since` (default 24 hours ago, at most 7 days back), in
    cursor-paginated batches. Always free; counts toward the feed rate-limit bucket. The feed returns
    active jobs only, so sweep this endpoint on the same schedule to learn about deletions.

    Args:
        expired_since (datetime.datetime | None | Unset):
        cursor (str | Unset):
        batch_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExpiredJobIdsResponse]
    """

    kwargs = _get_kwargs(
        expired_since=expired_since,
        cursor=cursor,
        batch_size=batch_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    expired_since: datetime.datetime | None | Unset = UNSET,
    cursor: str | Unset = UNSET,
    batch_size: int | Unset = 1000,
) -> ErrorResponse | ExpiredJobIdsResponse | None:
    """List ids of recently expired jobs

     Ids of jobs that expired after `expired_since` (default 24 hours ago, at most 7 days back), in
    cursor-paginated batches. Always free; counts toward the feed rate-limit bucket. The feed returns
    active jobs only, so sweep this endpoint on the same schedule to learn about deletions.

    Args:
        expired_since (datetime.datetime | None | Unset):
        cursor (str | Unset):
        batch_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExpiredJobIdsResponse
    """

    return sync_detailed(
        client=client,
        expired_since=expired_since,
        cursor=cursor,
        batch_size=batch_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    expired_since: datetime.datetime | None | Unset = UNSET,
    cursor: str | Unset = UNSET,
    batch_size: int | Unset = 1000,
) -> Response[ErrorResponse | ExpiredJobIdsResponse]:
    """List ids of recently expired jobs

     Ids of jobs that expired after `expired_since` (default 24 hours ago, at most 7 days back), in
    cursor-paginated batches. Always free; counts toward the feed rate-limit bucket. The feed returns
    active jobs only, so sweep this endpoint on the same schedule to learn about deletions.

    Args:
        expired_since (datetime.datetime | None | Unset):
        cursor (str | Unset):
        batch_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExpiredJobIdsResponse]
    """

    kwargs = _get_kwargs(
        expired_since=expired_since,
        cursor=cursor,
        batch_size=batch_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    expired_since: datetime.datetime | None | Unset = UNSET,
    cursor: str | Unset = UNSET,
    batch_size: int | Unset = 1000,
) -> ErrorResponse | ExpiredJobIdsResponse | None:
    """List ids of recently expired jobs

     Ids of jobs that expired after `expired_since` (default 24 hours ago, at most 7 days back), in
    cursor-paginated batches. Always free; counts toward the feed rate-limit bucket. The feed returns
    active jobs only, so sweep this endpoint on the same schedule to learn about deletions.

    Args:
        expired_since (datetime.datetime | None | Unset):
        cursor (str | Unset):
        batch_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExpiredJobIdsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            expired_since=expired_since,
            cursor=cursor,
            batch_size=batch_size,
        )
    ).parsed
