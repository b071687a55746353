"""The JSON decoder for response bodies: ``orjson`` when the ``speed`` extra is installed.

A call may bring its own (``DECODER_EXTENSION``): ``feed.iter_raw_pages`` decodes with the standard
library (:func:`stdlib_loads` says why) and ``feed.iter_verbatim_pages`` with a walk over it that keeps
each job's source text (:mod:`jobo_ext.verbatim`). Every decoder accepts and returns what ``json.loads``
does.

``orjson.loads`` decodes a 1,000-job feed page in about two thirds of the time of ``json.loads``, less
of a gain than on number-heavy documents (about 0.3× there): the page is mostly short strings, and both build the same
``str``, ``dict`` and ``list`` objects (on the 1.97 MB bench page: json.loads 10 ms, orjson 6.5 ms, of
which 1.5 ms are the garbage collections its allocations trigger; the check below adds 1.4 ms). It
differs from the standard library in two ways, both handled here so that the accepted bodies, the values
they decode to and the error raised for a broken body (the standard library's, message included) are the
same with or without the extra:

- it refuses ``NaN``/``Infinity``, numbers that overflow a double, lone surrogates and byte-order marks,
  all of which ``json.loads`` accepts: whatever it refuses goes to ``json.loads``;
- it silently reads an integer outside the 64-bit range as a float (``json.loads`` keeps it exact): a
  body with a run of 19 or more digits anywhere (in a number or a string; one translate and one
  substring search, about a sixth of orjson's own time) goes to ``json.loads`` too.
"""

from __future__ import annotations

import json
from collections.abc import Callable

__all__ = ["DECODER", "DECODER_EXTENSION", "loads", "stdlib_loads"]

#: A request extension: a callable ``bytes -> object`` that decodes this one call's 2xx JSON body
#: instead of :func:`loads` (as :class:`jobo_ext.verbatim.VerbatimItems` does, to keep source texts).
#: The transport still owns the check: what it raises makes the body unusable, as a broken body is.
DECODER_EXTENSION = "jobo_ext.decoder"


def stdlib_loads(content: bytes) -> object:
    """``json.loads``, for decoded JSON handed to the caller as it is (``feed.iter_raw_pages``): orjson
    presizes its dicts, which makes a decoded batch about a third larger (+7 MiB peak RSS over a 1,000-job
    feed loop), and such a caller holds each batch while it stores it."""
    return json.loads(content)


def _choose() -> tuple[str, Callable[[bytes], object]]:
    try:
        import orjson
    except ImportError:
        return "json", stdlib_loads

    fast = orjson.loads
    refused = orjson.JSONDecodeError
    # Every digit becomes b"1", everything else b"0": a long integer is then a run of b"1".
    digits_as_ones = bytes(0x31 if 0x30 <= b <= 0x39 else 0x30 for b in range(256))
    long_run = b"1" * 19  # -9223372036854775809 has 19 digits; shorter integers fit in 64 bits

    def orjson_loads(content: bytes) -> object:
        if long_run in content.translate(digits_as_ones):
            return json.loads(content)
        try:
            return fast(content)
        except refused:
            return json.loads(content)

    return "orjson", orjson_loads


#: ``"orjson"`` or ``"json"``: which decoder :func:`loads` uses in this process.
DECODER, loads = _choose()
