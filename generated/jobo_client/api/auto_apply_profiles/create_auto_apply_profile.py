from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.profile import Profile
from ...models.profile_input import ProfileInput
from ...types import Response


def _get_kwargs(
    *,
    body: ProfileInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/auto-apply/profiles",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Profile | None:
    if response.status_code == 201:
        response_201 = Profile.from_dict(response.json())

        return response_201

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
        response_201 = Profile.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Profile]:
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
    body: ProfileInput,
) -> Response[ErrorResponse | Profile]:
    """Create an Auto Apply profile

     Creates a structured applicant profile and answers 201 with the new profile. Auto Apply is gated:
    until it is enabled for the account this answers 503 with code `auto_apply_coming_soon`, which is
    not worth retrying. Creates a resource: not safe to replay after a 500 or a lost connection.

    Args:
        body (ProfileInput): Structured applicant profile, as sent to create one. Which members
            are required is not documented;
            `self_identification` was truncated in the documentation and accepts further members.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Profile]
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
    body: ProfileInput,
) -> ErrorResponse | Profile | None:
    """Create an Auto Apply profile

     Creates a structured applicant profile and answers 201 with the new profile. Auto Apply is gated:
    until it is enabled for the account this answers 503 with code `auto_apply_coming_soon`, which is
    not worth retrying. Creates a resource: not safe to replay after a 500 or a lost connection.

    Args:
        body (ProfileInput): Structured applicant profile, as sent to create one. Which members
            are required is not documented;
            `self_identification` was truncated in the documentation and accepts further members.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Profile
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProfileInput,
) -> Response[ErrorResponse | Profile]:
    """Create an Auto Apply profile

     Creates a structured applicant profile and answers 201 with the new profile. Auto Apply is gated:
    until it is enabled for the account this answers 503 with code `auto_apply_coming_soon`, which is
    not worth retrying. Creates a resource: not safe to replay after a 500 or a lost connection.

    Args:
        body (ProfileInput): Structured applicant profile, as sent to create one. Which members
            are required is not documented;
            `self_identification` was truncated in the documentation and accepts further members.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Profile]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProfileInput,
) -> ErrorResponse | Profile | None:
    """Create an Auto Apply profile

     Creates a structured applicant profile and answers 201 with the new profile. Auto Apply is gated:
    until it is enabled for the account this answers 503 with code `auto_apply_coming_soon`, which is
    not worth retrying. Creates a resource: not safe to replay after a 500 or a lost connection.

    Args:
        body (ProfileInput): Structured applicant profile, as sent to create one. Which members
            are required is not documented;
            `self_identification` was truncated in the documentation and accepts further members.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Profile
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
