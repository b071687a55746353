"""The one reader of numbers the API sends in headers and error bodies (credits, rate limits).

A header the client cannot read is ignored, never raised: accounting must not break a call that
succeeded. So ``inf``, ``nan``, ``1_0``, ``1e400`` and any other text that is not a plain decimal give
``None`` instead of Python's ``float()`` answers (or its ``OverflowError`` once turned into an ``int``).
"""

from __future__ import annotations

import math
import re

__all__ = ["parse_count", "parse_number"]

# Plain decimal notation only: Python's float() also takes "1_0", "1e3", "inf", "nan" and non-ASCII digits.
_DECIMAL = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?", re.ASCII)
_MAX_CHARS = 40  # far beyond any balance or timestamp; keeps the work per header bounded
_EXACT_DIGITS = 15  # a float holds every integer up to 2**53 (16 digits) exactly


def parse_number(value: object) -> float | None:
    """A finite ``float`` from a JSON number or a decimal string/bytes; ``None`` for anything else.

    Credits are fractional (the feed bills half a credit per job), so every credit figure is a
    ``float``, whether it came as ``10`` or ``"10"`` or ``9.5``.
    """
    if value is None:  # an absent header: the commonest case
        return None
    if isinstance(value, bytes):
        # Most headers are plain ASCII digits (bytes.isdigit() is ASCII-only): no decode, no regex.
        if value.isdigit() and len(value) <= _MAX_CHARS:
            return float(value)
        value = value.decode("latin-1")
    elif isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip()
        if len(text) > _MAX_CHARS or not _DECIMAL.fullmatch(text):
            return None
        number = float(text)
    elif isinstance(value, int):
        try:
            number = float(value)
        except OverflowError:
            return None
    elif isinstance(value, float):
        number = value
    else:
        return None
    return number if math.isfinite(number) else None


def parse_count(value: object) -> int | None:
    """An ``int`` (a fraction is truncated) from what :func:`parse_number` reads; else ``None``."""
    if isinstance(value, bytes) and value.isdigit() and len(value) <= _EXACT_DIGITS:
        return int(value)  # the same int as through float: every integer of 15 digits is exact in one
    number = parse_number(value)
    return int(number) if number is not None else None
