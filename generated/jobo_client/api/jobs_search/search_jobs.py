import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.job_search_response import JobSearchResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    search_description: bool | Unset = True,
    location: str | Unset = UNSET,
    sources: str | Unset = UNSET,
    work_model: str | Unset = UNSET,
    employment_type: str | Unset = UNSET,
    experience_level: str | Unset = UNSET,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    discovered_after: datetime.datetime | Unset = UNSET,
    discovered_before: datetime.datetime | Unset = UNSET,
    min_salary_usd: int | Unset = UNSET,
    max_salary_usd: int | Unset = UNSET,
    skills: str | Unset = UNSET,
    industries: str | Unset = UNSET,
    include_facets: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["search_description"] = search_description

    params["location"] = location

    params["sources"] = sources

    params["work_model"] = work_model

    params["employment_type"] = employment_type

    params["experience_level"] = experience_level

    json_posted_after: str | Unset = UNSET
    if not isinstance(posted_after, Unset):
        json_posted_after = posted_after.isoformat()
    params["posted_after"] = json_posted_after

    json_posted_before: str | Unset = UNSET
    if not isinstance(posted_before, Unset):
        json_posted_before = posted_before.isoformat()
    params["posted_before"] = json_posted_before

    json_discovered_after: str | Unset = UNSET
    if not isinstance(discovered_after, Unset):
        json_discovered_after = discovered_after.isoformat()
    params["discovered_after"] = json_discovered_after

    json_discovered_before: str | Unset = UNSET
    if not isinstance(discovered_before, Unset):
        json_discovered_before = discovered_before.isoformat()
    params["discovered_before"] = json_discovered_before

    params["min_salary_usd"] = min_salary_usd

    params["max_salary_usd"] = max_salary_usd

    params["skills"] = skills

    params["industries"] = industries

    params["include_facets"] = include_facets

    params["include_fields"] = include_fields

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/jobs",
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
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    search_description: bool | Unset = True,
    location: str | Unset = UNSET,
    sources: str | Unset = UNSET,
    work_model: str | Unset = UNSET,
    employment_type: str | Unset = UNSET,
    experience_level: str | Unset = UNSET,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    discovered_after: datetime.datetime | Unset = UNSET,
    discovered_before: datetime.datetime | Unset = UNSET,
    min_salary_usd: int | Unset = UNSET,
    max_salary_usd: int | Unset = UNSET,
    skills: str | Unset = UNSET,
    industries: str | Unset = UNSET,
    include_facets: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> Response[ErrorResponse | JobSearchResponse]:
    """Search jobs with query parameters

     Quick search. Results are ordered by relevance (there is no sort parameter) and paginated with
    `page` / `page_size`. Metered per delivered job, after a balance precheck against the requested
    `page_size`. Multi-value filters are comma-separated strings.

    Args:
        q (str | Unset):
        search_description (bool | Unset):  Default: True.
        location (str | Unset):
        sources (str | Unset):
        work_model (str | Unset):
        employment_type (str | Unset):
        experience_level (str | Unset):
        posted_after (datetime.datetime | Unset):
        posted_before (datetime.datetime | Unset):
        discovered_after (datetime.datetime | Unset):
        discovered_before (datetime.datetime | Unset):
        min_salary_usd (int | Unset):
        max_salary_usd (int | Unset):
        skills (str | Unset):
        industries (str | Unset):
        include_facets (str | Unset):
        include_fields (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JobSearchResponse]
    """

    kwargs = _get_kwargs(
        q=q,
        search_description=search_description,
        location=location,
        sources=sources,
        work_model=work_model,
        employment_type=employment_type,
        experience_level=experience_level,
        posted_after=posted_after,
        posted_before=posted_before,
        discovered_after=discovered_after,
        discovered_before=discovered_before,
        min_salary_usd=min_salary_usd,
        max_salary_usd=max_salary_usd,
        skills=skills,
        industries=industries,
        include_facets=include_facets,
        include_fields=include_fields,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    search_description: bool | Unset = True,
    location: str | Unset = UNSET,
    sources: str | Unset = UNSET,
    work_model: str | Unset = UNSET,
    employment_type: str | Unset = UNSET,
    experience_level: str | Unset = UNSET,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    discovered_after: datetime.datetime | Unset = UNSET,
    discovered_before: datetime.datetime | Unset = UNSET,
    min_salary_usd: int | Unset = UNSET,
    max_salary_usd: int | Unset = UNSET,
    skills: str | Unset = UNSET,
    industries: str | Unset = UNSET,
    include_facets: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> ErrorResponse | JobSearchResponse | None:
    """Search jobs with query parameters

     Quick search. Results are ordered by relevance (there is no sort parameter) and paginated with
    `page` / `page_size`. Metered per delivered job, after a balance precheck against the requested
    `page_size`. Multi-value filters are comma-separated strings.

    Args:
        q (str | Unset):
        search_description (bool | Unset):  Default: True.
        location (str | Unset):
        sources (str | Unset):
        work_model (str | Unset):
        employment_type (str | Unset):
        experience_level (str | Unset):
        posted_after (datetime.datetime | Unset):
        posted_before (datetime.datetime | Unset):
        discovered_after (datetime.datetime | Unset):
        discovered_before (datetime.datetime | Unset):
        min_salary_usd (int | Unset):
        max_salary_usd (int | Unset):
        skills (str | Unset):
        industries (str | Unset):
        include_facets (str | Unset):
        include_fields (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | JobSearchResponse
    """

    return sync_detailed(
        client=client,
        q=q,
        search_description=search_description,
        location=location,
        sources=sources,
        work_model=work_model,
        employment_type=employment_type,
        experience_level=experience_level,
        posted_after=posted_after,
        posted_before=posted_before,
        discovered_after=discovered_after,
        discovered_before=discovered_before,
        min_salary_usd=min_salary_usd,
        max_salary_usd=max_salary_usd,
        skills=skills,
        industries=industries,
        include_facets=include_facets,
        include_fields=include_fields,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    search_description: bool | Unset = True,
    location: str | Unset = UNSET,
    sources: str | Unset = UNSET,
    work_model: str | Unset = UNSET,
    employment_type: str | Unset = UNSET,
    experience_level: str | Unset = UNSET,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    discovered_after: datetime.datetime | Unset = UNSET,
    discovered_before: datetime.datetime | Unset = UNSET,
    min_salary_usd: int | Unset = UNSET,
    max_salary_usd: int | Unset = UNSET,
    skills: str | Unset = UNSET,
    industries: str | Unset = UNSET,
    include_facets: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> Response[ErrorResponse | JobSearchResponse]:
    """Search jobs with query parameters

     Quick search. Results are ordered by relevance (there is no sort parameter) and paginated with
    `page` / `page_size`. Metered per delivered job, after a balance precheck against the requested
    `page_size`. Multi-value filters are comma-separated strings.

    Args:
        q (str | Unset):
        search_description (bool | Unset):  Default: True.
        location (str | Unset):
        sources (str | Unset):
        work_model (str | Unset):
        employment_type (str | Unset):
        experience_level (str | Unset):
        posted_after (datetime.datetime | Unset):
        posted_before (datetime.datetime | Unset):
        discovered_after (datetime.datetime | Unset):
        discovered_before (datetime.datetime | Unset):
        min_salary_usd (int | Unset):
        max_salary_usd (int | Unset):
        skills (str | Unset):
        industries (str | Unset):
        include_facets (str | Unset):
        include_fields (str | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | JobSearchResponse]
    """

    kwargs = _get_kwargs(
        q=q,
        search_description=search_description,
        location=location,
        sources=sources,
        work_model=work_model,
        employment_type=employment_type,
        experience_level=experience_level,
        posted_after=posted_after,
        posted_before=posted_before,
        discovered_after=discovered_after,
        discovered_before=discovered_before,
        min_salary_usd=min_salary_usd,
        max_salary_usd=max_salary_usd,
        skills=skills,
        industries=industries,
        include_facets=include_facets,
        include_fields=include_fields,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    search_description: bool | Unset = True,
    location: str | Unset = UNSET,
    sources: str | Unset = UNSET,
    work_model: str | Unset = UNSET,
    employment_type: str | Unset = UNSET,
    experience_level: str | Unset = UNSET,
    posted_after: datetime.datetime | Unset = UNSET,
    posted_before: datetime.datetime | Unset = UNSET,
    discovered_after: datetime.datetime | Unset = UNSET,
    discovered_before: datetime.datetime | Unset = UNSET,
    min_salary_usd: int | Unset = UNSET,
    max_salary_usd: int | Unset = UNSET,
    skills: str | Unset = UNSET,
    industries: str | Unset = UNSET,
    include_facets: str | Unset = UNSET,
    include_fields: str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> ErrorResponse | JobSearchResponse | None:
    """Search jobs with query parameters

     Quick search. Results are ordered by relevance (there is no sort parameter) and paginated with
    `page` / `page_size`. Metered per delivered job, after a balance precheck against the requested
    `page_size`. Multi-value filters are comma-separated strings.

    Args:
        q (str | Unset):
        search_description (bool | Unset):  Default: True.
        location (str | Unset):
        sources (str | Unset):
        work_model (str | Unset):
        employment_type (str | Unset):
        experience_level (str | Unset):
        posted_after (datetime.datetime | Unset):
        posted_before (datetime.datetime | Unset):
        discovered_after (datetime.datetime | Unset):
        discovered_before (datetime.datetime | Unset):
        min_salary_usd (int | Unset):
        max_salary_usd (int | Unset):
        skills (str | Unset):
        industries (str | Unset):
        include_facets (str | Unset):
        include_fields (str | Unset):
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
            client=client,
            q=q,
            search_description=search_description,
            location=location,
            sources=sources,
            work_model=work_model,
            employment_type=employment_type,
            experience_level=experience_level,
            posted_after=posted_after,
            posted_before=posted_before,
            discovered_after=discovered_after,
            discovered_before=discovered_before,
            min_salary_usd=min_salary_usd,
            max_salary_usd=max_salary_usd,
            skills=skills,
            industries=industries,
            include_facets=include_facets,
            include_fields=include_fields,
            page=page,
            page_size=page_size,
        )
    ).parsed
