"""Geocode, location suggestions and the connector filter endpoints."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from jobo_ext.testing import MockJoboServer


@pytest.fixture(scope="module")
def server() -> Iterator[MockJoboServer]:
    with MockJoboServer(jobs=1_200, seed=19) as srv:
        yield srv


@pytest.fixture
def client(server: MockJoboServer) -> Iterator[httpx.Client]:
    server.reset()
    with httpx.Client(base_url=server.url, headers=server.headers()) as c:
        yield c


def _geocode(client: httpx.Client, location: str) -> dict[str, Any]:
    response = client.get("/api/locations/geocode", params={"location": location})
    assert response.status_code == 200
    assert response.headers["X-Credits-Deducted"] == "1"
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize(
    ("text", "city", "country", "method"),
    [
        ("London", "London", "United Kingdom", "cache"),
        ("Berlin", "Berlin", "Germany", "cache"),
        ("San Francisco", "San Francisco", "United States", "cache"),
        ("New York", "New York", "United States", "cache"),
        ("NYC", "New York", "United States", "cache"),
        ("sf", "San Francisco", "United States", "cache"),
        ("San Francisco, CA", "San Francisco", "United States", "cache"),
        ("Seattle, Washington", "Seattle", "United States", "pattern_parse"),
        ("  Berlin, DE ", "Berlin", "Germany", "pattern_parse"),
        ("Germany", None, "Germany", "cache"),
        ("USA", None, "United States", "cache"),
    ],
)
def test_known_places(client: httpx.Client, text: str, city: str | None, country: str, method: str) -> None:
    result = _geocode(client, text)
    assert result["input"] == text.strip() and result["succeeded"] is True and result["method"] == method
    (location,) = result["locations"]
    assert location["city"] == city and location["country"] == country
    assert isinstance(location["latitude"], float) and isinstance(location["longitude"], float)
    assert location["country_code"] and location["display_name"]


def test_display_name_follows_the_docs(client: httpx.Client) -> None:
    location = _geocode(client, "San Francisco")["locations"][0]
    assert location["display_name"] == "San Francisco, California, US"


@pytest.mark.parametrize("text", ["US or Canada", "London & Paris", "Berlin / Munich"])
def test_compound_inputs_resolve_each_part(client: httpx.Client, text: str) -> None:
    result = _geocode(client, text)
    assert result["succeeded"] is True and len(result["locations"]) == 2 and result["method"] == "llm"


@pytest.mark.parametrize("text", ["Remote", "remote", "Anywhere", "WFH", "Worldwide", "Remote - US"])
def test_remote_keywords(client: httpx.Client, text: str) -> None:
    result = _geocode(client, text)
    assert result["method"] == "remote_keyword" and result["succeeded"] is True
    (location,) = result["locations"]
    assert location["country"] == "Remote" and location["latitude"] is None and location["longitude"] is None


@pytest.mark.parametrize(
    "text", ["TBD", "various locations", "HQ", "Headquarters", "3 Locations", "n/a", "Hybrid"]
)
def test_placeholders_fail_with_an_error(client: httpx.Client, text: str) -> None:
    result = _geocode(client, text)
    assert result["succeeded"] is False and result["locations"] == []
    assert result["error"] == "Input is a placeholder, not a location." and result["method"] == "error"


def test_unknown_place_is_no_match(client: httpx.Client) -> None:
    result = _geocode(client, "Atlantis")
    assert result["succeeded"] is False and result["method"] == "no_match" and result["error"]


@pytest.mark.parametrize("params", [{}, {"location": ""}, {"location": "   "}])
def test_missing_location_is_400(
    client: httpx.Client, server: MockJoboServer, params: dict[str, str]
) -> None:
    before = server.wallet.balance
    response = client.get("/api/locations/geocode", params=params)
    assert response.status_code == 400
    assert response.json()["message"] == "Parameter 'location' is required."
    assert server.wallet.balance == before


def test_location_suggestions(client: httpx.Client) -> None:
    berlin = client.get("/api/connectors/locations/suggest", params={"q": "ber"}).json()["suggestions"]
    assert berlin[0]["city"] == "Berlin" and berlin[0]["display_name"] == "Berlin, Berlin, Germany"
    assert berlin[0]["country_code"] == "DE"
    assert client.get("/api/connectors/locations/suggest", params={"q": "b"}).json() == {"suggestions": []}
    assert client.get("/api/connectors/locations/suggest").json() == {"suggestions": []}
    many = client.get("/api/connectors/locations/suggest", params={"q": "an"}).json()["suggestions"]
    assert len(many) == 5, "limit defaults to 5"
    one = client.get("/api/connectors/locations/suggest", params={"q": "an", "limit": 1}).json()[
        "suggestions"
    ]
    assert one == many[:1]
    response = client.get("/api/connectors/locations/suggest", params={"q": "lon"})
    assert response.headers["X-Credits-Deducted"] == "0"


def test_connector_filters(client: httpx.Client, server: MockJoboServer) -> None:
    body = client.get("/api/connectors/filters").json()
    assert body["enums"] == {
        "work_models": ["remote", "hybrid", "onsite"],
        "employment_types": ["full-time", "part-time", "contract", "internship", "freelance", "temporary"],
        "experience_levels": ["intern", "entry", "mid", "senior", "lead", "executive"],
    }
    assert sum(s["count"] for s in body["sources"]) == len(server.dataset)
    counts = [s["count"] for s in body["sources"]]
    assert counts == sorted(counts, reverse=True)


def test_connector_filter_options(client: httpx.Client) -> None:
    sources = client.get("/api/connectors/filter-options/sources", params={"limit": 250}).json()
    assert sources["facet"] == "sources" and sources["options"][0]["key"] == "greenhouse"
    industries = client.get("/api/connectors/filter-options/industries", params={"q": "soft"}).json()
    assert [o["key"] for o in industries["options"]] == ["Software"]
    skills = client.get("/api/connectors/filter-options/skills", params={"limit": 3}).json()
    assert len(skills["options"]) == 3
    bad = client.get("/api/connectors/filter-options/colours")
    assert bad.status_code == 400
    assert bad.json()["message"] == "Parameter 'facet' must be one of: sources, industries, skills."
    assert client.get("/api/connectors/filter-options/skills", params={"limit": 0}).status_code == 400
