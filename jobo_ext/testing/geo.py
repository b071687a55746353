"""Geocoding and location suggestions over the mock's handful of known places.

Behaviour follows https://jobo.world/docs/api-reference/locations/locations: remote keywords resolve at once to a ``Remote`` sentinel without
coordinates (``method: remote_keyword``); placeholders (``TBD``, ``various locations``, ``hq``,
``3 Locations``…) give ``succeeded: false`` with an ``error`` (``method: error``); compound inputs
(``US or Canada``, ``London & Paris``) are split and each part resolved (``method: llm``, as in the
reference example). Direct hits on a name or alias answer ``method: cache``; ``City, State`` forms
answer ``pattern_parse``; anything else is ``no_match``.
"""

from __future__ import annotations

import re
from typing import Any

from . import vocab

_COMPOUND = re.compile(r"\s+or\s+|\s*&\s*|\s+and\s+|\s*;\s*|\s*/\s*|\s*\|\s*", re.IGNORECASE)
_N_LOCATIONS = re.compile(r"\d+\s+locations?")
PLACEHOLDER_ERROR = "Input is a placeholder, not a location."
NO_MATCH_ERROR = "No location matched the input."


def _display(place: vocab.Place) -> str:
    if place.city is None:
        return place.country
    return ", ".join(p for p in (place.city, place.region, place.country_code) if p)


def _location(place: vocab.Place, *, region_only: bool = False) -> dict[str, Any]:
    return {
        "city": None if region_only else place.city,
        "region": place.region,
        "country": place.country,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "display_name": f"{place.region}, {place.country_code}" if region_only else _display(place),
        "country_code": place.country_code,
        "fuzzy_confidence": None,
    }


REMOTE_LOCATION: dict[str, Any] = {
    "city": None,
    "region": None,
    "country": "Remote",
    "latitude": None,
    "longitude": None,
    "display_name": "Remote",
    "country_code": None,
}


def _lookup(text: str) -> tuple[dict[str, Any], str] | None:
    """Resolve one (non-compound) part: the location and the method used."""
    q = " ".join(text.lower().split())
    for place in vocab.PLACES:
        if q in {place.label.lower(), (place.city or "").lower(), *place.aliases}:
            return _location(place), "cache"
    for country in vocab.COUNTRIES:
        if q in {country.country.lower(), country.country_code.lower(), *country.aliases}:
            return _location(country), "cache"
    for place in vocab.PLACES:
        if place.region and q == place.region.lower():
            return _location(place, region_only=True), "cache"
    head, sep, _ = q.partition(",")
    if sep:
        found = _lookup(head)
        if found is not None:
            return found[0], "pattern_parse"
    return None


def geocode(raw: str) -> dict[str, Any]:
    """The ``GeocodeResultItem`` for a non-empty input string."""
    text = raw.strip()
    low = " ".join(text.lower().split())
    if low in vocab.REMOTE_KEYWORDS or low.startswith("remote"):
        return {
            "input": text,
            "succeeded": True,
            "locations": [dict(REMOTE_LOCATION)],
            "method": "remote_keyword",
            "error": None,
        }
    if low in vocab.PLACEHOLDERS or _N_LOCATIONS.fullmatch(low):
        return {
            "input": text,
            "succeeded": False,
            "locations": [],
            "method": "error",
            "error": PLACEHOLDER_ERROR,
        }
    parts = [p for p in _COMPOUND.split(text) if p.strip()]
    if len(parts) > 1:
        found = [hit for hit in (_lookup(p) for p in parts) if hit is not None]
        if found:
            return {
                "input": text,
                "succeeded": True,
                "locations": [loc for loc, _ in found],
                "method": "llm",
                "error": None,
            }
    else:
        hit = _lookup(text)
        if hit is not None:
            return {"input": text, "succeeded": True, "locations": [hit[0]], "method": hit[1], "error": None}
    return {"input": text, "succeeded": False, "locations": [], "method": "no_match", "error": NO_MATCH_ERROR}


def suggest(query: str, limit: int) -> list[dict[str, Any]]:
    """Location suggestions whose city or country starts with (or contains) ``query``.

    Queries shorter than two characters give no suggestions, as the API does.
    """
    q = " ".join(query.lower().split())
    if len(q) < 2:
        return []
    scored: list[tuple[int, int, vocab.Place]] = []
    for n, place in enumerate(vocab.PLACES + vocab.COUNTRIES):
        names = [(place.city or place.country).lower(), *place.aliases]
        if any(name.startswith(q) for name in names):
            scored.append((0, n, place))
        elif any(q in name for name in names) or q in place.label.lower():
            scored.append((1, n, place))
    scored.sort(key=lambda item: (item[0], item[1]))
    out = []
    for _, _, place in scored[:limit]:
        out.append(
            {
                "city": place.city,
                "region": place.region,
                "country": place.country,
                "latitude": place.latitude,
                "longitude": place.longitude,
                "display_name": ", ".join(p for p in (place.city, place.region, place.country) if p),
                "country_code": place.country_code,
            }
        )
    return out
