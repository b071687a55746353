from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.job_feed_request import JobFeedRequest
from ...models.job_feed_response import JobFeedResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: JobFeedRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/jobs/feed",
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
    body: JobFeedRequest | Unset = UNSET,
) -> Response[ErrorResponse | JobFeedResponse]:
    """Stream active jobs in cursor-paginated batches

     Bulk feed of active postings, up to `batch_size` full jobs per response. The first request carries
    the filters; every continuation sends only `{"cursor": "<next_cursor>"}` (the cursor keeps the
    filters and batch size, anything sent beside it is ignored). Stop when `has_more` is false.
    Included with a Jobs Feed subscription, otherwise metered per delivered job. Responses can be large:
    use a read timeout of at least 120 s. Under load the feed answers 503 with `Retry-After: 5`.

    Args:
        body (JobFeedRequest | Unset): Feed request. The first request carries the filters; a
            continuation sends only `cursor`, because the
            cursor keeps the first request's filters and batch size and the server ignores anything
            beside it.

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
    body: JobFeedRequest | Unset = UNSET,
) -> ErrorResponse | JobFeedResponse | None:
    """Stream active jobs in cursor-paginated batches

     Bulk feed of active postings, up to `batch_size` full jobs per response. The first request carries
    the filters; every continuation sends only `{"cursor": "<next_cursor>"}` (the cursor keeps the
    filters and batch size, anything sent beside it is ignored). Stop when `has_more` is false.
    Included with a Jobs Feed subscription, otherwise metered per delivered job. Responses can be large:
    use a read timeout of at least 120 s. Under load the feed answers 503 with `Retry-After: 5`.

    Args:
        body (JobFeedRequest | Unset): Feed request. The first request carries the filters; a
            continuation sends only `cursor`, because the
            cursor keeps the first request's filters and batch size and the server ignores anything
            beside it.

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
    body: JobFeedRequest | Unset = UNSET,
) -> Response[ErrorResponse | JobFeedResponse]:
    """Stream active jobs in cursor-paginated batches

     Bulk feed of active postings, up to `batch_size` full jobs per response. The first request carries
    the filters; every continuation sends only `{"cursor": "<next_cursor>"}` (the cursor keeps the
    filters and batch size, anything sent beside it is ignored). Stop when `has_more` is false.
    Included with a Jobs Feed subscription, otherwise metered per delivered job. Responses can be large:
    use a read timeout of at least 120 s. Under load the feed answers 503 with `Retry-After: 5`.

    Args:
        body (JobFeedRequest | Unset): Feed request. The first request carries the filters; a
            continuation sends only `cursor`, because the
            cursor keeps the first request's filters and batch size and the server ignores anything
            beside it.

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
    body: JobFeedRequest | Unset = UNSET,
) -> ErrorResponse | JobFeedResponse | None:
    """Stream active jobs in cursor-paginated batches

     Bulk feed of active postings, up to `batch_size` full jobs per response. The first request carries
    the filters; every continuation sends only `{"cursor": "<next_cursor>"}` (the cursor keeps the
    filters and batch size, anything sent beside it is ignored). Stop when `has_more` is false.
    Included with a Jobs Feed subscription, otherwise metered per delivered job. Responses can be large:
    use a read timeout of at least 120 s. Under load the feed answers 503 with `Retry-After: 5`.

    Args:
        body (JobFeedRequest | Unset): Feed request. The first request carries the filters; a
            continuation sends only `cursor`, because the
            cursor keeps the first request's filters and batch size and the server ignores anything
            beside it.

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
