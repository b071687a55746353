"""HTTP helpers and types shared by the error mapping, the configuration and the policy transport.

A leaf module (it imports only ``httpx`` and the standard library), so that ``errors``, ``_config`` and
``_transport`` can all depend on it without depending on each other.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable

import httpx

__all__ = ["DEFAULT_LIMITS", "CertTypes", "ResponseObserver", "is_json", "is_loopback", "media_type"]

#: httpx's own default connection limits.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)

ResponseObserver = Callable[[httpx.Response], None]
CertTypes = str | tuple[str, str] | tuple[str, str, str]


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine (``localhost``, ``127.0.0.0/8``, ``::1``)."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def media_type(response: httpx.Response) -> str:
    """The response's media type, lower-cased, without parameters (``""`` when absent)."""
    return _media_type(response.headers.get("content-type", ""))[0]


def is_json(response: httpx.Response) -> bool:
    """Whether the response declares a JSON body (``application/json`` or any ``+json`` type)."""
    return _media_type(response.headers.get("content-type", ""))[1]


#: A server sends the same few Content-Type values again and again: each is parsed once.
_MEDIA_TYPES: dict[str, tuple[str, bool]] = {}
_MEDIA_TYPES_SIZE = 64


def _media_type(value: str) -> tuple[str, bool]:
    """``(media type, is JSON)`` of a Content-Type value."""
    found = _MEDIA_TYPES.get(value)
    if found is None:
        media = value.split(";", 1)[0].strip().lower()
        found = (media, media.endswith(("/json", "+json")))
        if len(_MEDIA_TYPES) >= _MEDIA_TYPES_SIZE:
            _MEDIA_TYPES.clear()  # bounded: a hostile server could send a new value every time
        _MEDIA_TYPES[value] = found
    return found
