"""The optional fast decoder (``orjson``, the ``speed`` extra) decodes every body exactly as ``json.loads``.

The orjson half of each test skips when orjson is not installed; the ``dev`` extra installs it, so the
suite normally runs both.
"""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path
from typing import Any

import httpx
import pytest

from jobo_ext import _json
from tests.facade_helpers import Router, json_response, make_client

FIXTURES = sorted((Path(__file__).resolve().parent / "fixtures").glob("*.json"))
HAS_ORJSON = importlib.util.find_spec("orjson") is not None
needs_orjson = pytest.mark.skipif(not HAS_ORJSON, reason="orjson is not installed: pip install -e '.[speed]'")

#: Bodies orjson refuses or reads differently on its own: each must come out as json.loads has it.
EDGE_CASES = [
    b'{"a": NaN, "b": Infinity, "c": -Infinity}',
    b'{"big": 123456789012345678901234567890, "neg": -99999999999999999999}',
    b"[18446744073709551615, 18446744073709551616, -9223372036854775808, -9223372036854775809]",
    b'{"digits in a string": "12345678901234567890123", "n": 1}',
    b'{"lone": "\\ud800", "pair": "\\ud83d\\ude00"}',
    b'\xef\xbb\xbf{"bom": true}',
    '{"utf16": "é"}'.encode("utf-16"),
    b'{"dup": 1, "dup": 2}',
    b'{"float": 1e400, "tiny": 5e-324, "negzero": -0.0, "exp": 1E2}',
    b' \t\r\n[1, 2.5, true, false, null, "x"] \n',
    b"[" * 200 + b"]" * 200,
]
BROKEN = [b"", b"{", b'{"a": 1,}', b"[1 2]", b"nul", b'"unterminated', b"{} x", b"\xff\xfe\xfa"]


def typed(value: Any) -> Any:
    """``value`` with the type of every node spelled out, so 1 == 1.0 == True do not pass for each other."""
    if isinstance(value, dict):
        return ("dict", [(k, typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [typed(v) for v in value])
    if isinstance(value, float) and math.isnan(value):
        return ("float", "nan")
    return (type(value).__name__, repr(value))


def test_the_stdlib_decoder_is_json_loads() -> None:
    for path in FIXTURES:
        content = path.read_bytes()
        assert typed(_json.stdlib_loads(content)) == typed(json.loads(content)), path.name


@needs_orjson
def test_orjson_is_chosen_when_installed() -> None:
    assert _json.DECODER == "orjson"


@needs_orjson
@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_every_fixture_decodes_the_same_with_orjson(path: Path) -> None:
    content = path.read_bytes()
    compact = json.dumps(json.loads(content), separators=(",", ":"), ensure_ascii=False).encode()
    for body in (content, compact):
        assert typed(_json.loads(body)) == typed(json.loads(body))


@needs_orjson
@pytest.mark.parametrize("body", EDGE_CASES)
def test_bodies_orjson_reads_differently_decode_as_json_loads(body: bytes) -> None:
    assert typed(_json.loads(body)) == typed(json.loads(body))


@needs_orjson
@pytest.mark.parametrize("body", BROKEN)
def test_a_broken_body_raises_the_stdlib_error(body: bytes) -> None:
    with pytest.raises(ValueError) as stdlib:
        json.loads(body)
    with pytest.raises(ValueError) as ours:
        _json.loads(body)
    assert (type(ours.value), str(ours.value)) == (type(stdlib.value), str(stdlib.value))


def test_the_transport_decodes_bodies_through_the_chosen_decoder(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes] = []
    chosen = _json.loads

    def spy(content: bytes) -> object:
        calls.append(content)
        return chosen(content)

    monkeypatch.setattr(_json, "loads", spy)
    router = Router({("GET", "/api/filters"): lambda r: json_response({"a": [1, 2.5, None]})})
    response = make_client("sync", router).generated.get_httpx_client().get("/api/filters")
    assert isinstance(response, httpx.Response)
    assert response.json() == {"a": [1, 2.5, None]}
    assert calls == [response.content]
