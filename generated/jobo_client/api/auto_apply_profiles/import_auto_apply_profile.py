from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.profile_import_request import ProfileImportRequest
from ...models.profile_import_response import ProfileImportResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ProfileImportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/auto-apply/profiles/import",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProfileImportResponse | None:
    if response.status_code == 200:
        response_200 = ProfileImportResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ProfileImportResponse.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = ProfileImportResponse.from_dict(response.json())

        return response_202

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
        response_200 = ProfileImportResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ProfileImportResponse]:
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
    body: ProfileImportRequest,
) -> Response[ErrorResponse | ProfileImportResponse]:
    """Import an Auto Apply profile from a resume

     Uploads one resume file (PDF, DOCX, TXT, RTF or MD, at most 10 MB) as `multipart/form-data`. The
    answer names the new profile and its import status, with a `Location` header; poll the profile until
    its status leaves `importing`. The documentation does not say which 2xx status the import answers
    with, so 200, 201 and 202 are all declared with the same body. Not safe to replay blindly.

    Args:
        body (ProfileImportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProfileImportResponse]
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
    body: ProfileImportRequest,
) -> ErrorResponse | ProfileImportResponse | None:
    """Import an Auto Apply profile from a resume

     Uploads one resume file (PDF, DOCX, TXT, RTF or MD, at most 10 MB) as `multipart/form-data`. The
    answer names the new profile and its import status, with a `Location` header; poll the profile until
    its status leaves `importing`. The documentation does not say which 2xx status the import answers
    with, so 200, 201 and 202 are all declared with the same body. Not safe to replay blindly.

    Args:
        body (ProfileImportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProfileImportResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ProfileImportRequest,
) -> Response[ErrorResponse | ProfileImportResponse]:
    """Import an Auto Apply profile from a resume

     Uploads one resume file (PDF, DOCX, TXT, RTF or MD, at most 10 MB) as `multipart/form-data`. The
    answer names the new profile and its import status, with a `Location` header; poll the profile until
    its status leaves `importing`. The documentation does not say which 2xx status the import answers
    with, so 200, 201 and 202 are all declared with the same body. Not safe to replay blindly.

    Args:
        body (ProfileImportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProfileImportResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ProfileImportRequest,
) -> ErrorResponse | ProfileImportResponse | None:
    """Import an Auto Apply profile from a resume

     Uploads one resume file (PDF, DOCX, TXT, RTF or MD, at most 10 MB) as `multipart/form-data`. The
    answer names the new profile and its import status, with a `Location` header; poll the profile until
    its status leaves `importing`. The documentation does not say which 2xx status the import answers
    with, so 200, 201 and 202 are all declared with the same body. Not safe to replay blindly.

    Args:
        body (ProfileImportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProfileImportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
