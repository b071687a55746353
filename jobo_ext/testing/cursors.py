"""Opaque, tamper-evident pagination cursors.

A cursor is ``base64url(json state)`` followed by a keyed BLAKE2b tag. The key derives from the
dataset seed, so a cursor stays valid across a restart of a server with the same seed (a resumed
backfill against a restarted ``python -m jobo_ext.testing serve`` continues where it stopped), while
an edited, truncated or foreign cursor is rejected with the API's ``400 Invalid cursor``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from typing import Any

from .errors import ApiError

INVALID_CURSOR = "Invalid cursor. Drop the cursor and start a new scan."


class CursorCodec:
    """Encodes scan state into cursors of one ``kind`` (``feed``, ``managed``, ``expired``…)."""

    def __init__(self, seed: int) -> None:
        self._key = hashlib.blake2b(f"jobo-mock-cursor:{seed}".encode(), digest_size=32).digest()

    def _tag(self, payload: bytes) -> str:
        mac = hashlib.blake2b(payload, key=self._key, digest_size=9).digest()
        return base64.urlsafe_b64encode(mac).decode()

    def encode(self, kind: str, state: dict[str, Any]) -> str:
        payload = json.dumps({"k": kind, **state}, separators=(",", ":"), sort_keys=True).encode()
        body = base64.urlsafe_b64encode(payload).decode().rstrip("=")
        return f"{body}.{self._tag(payload)}"

    def decode(self, cursor: object, kind: str) -> dict[str, Any]:
        """The state inside ``cursor``; raises the 400 :class:`ApiError` for anything invalid."""
        if not isinstance(cursor, str) or "." not in cursor:
            raise ApiError(400, INVALID_CURSOR, code="invalid_cursor")
        body, _, tag = cursor.rpartition(".")
        try:
            payload = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        except (binascii.Error, ValueError):
            raise ApiError(400, INVALID_CURSOR, code="invalid_cursor") from None
        if not hmac.compare_digest(tag, self._tag(payload)):
            raise ApiError(400, INVALID_CURSOR, code="invalid_cursor")
        state = json.loads(payload)
        if not isinstance(state, dict) or state.pop("k", None) != kind:
            raise ApiError(400, INVALID_CURSOR, code="invalid_cursor")
        return state
