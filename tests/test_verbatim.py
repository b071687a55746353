"""Feed pages with each job's JSON text as the server sent it (issue 14 item 9).

``loads_verbatim`` must decode exactly what ``json.loads`` decodes, to the same value, with the same
errors, and each kept text must be the exact source of its element, whatever the server's spelling.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobo_ext import APIResponseError, AsyncJoboClient, JoboClient, RetryPolicy
from jobo_ext.sync import FeedSync, SQLiteStore
from jobo_ext.sync.engine import SyncError
from jobo_ext.verbatim import VerbatimItems, VerbatimPage, loads_verbatim
from tests.test_sync_support import Clock

FIXTURES = Path(__file__).parent / "fixtures"
KEY = "jbe_test_verbatim"


def _job(n: int, **changes: Any) -> dict[str, Any]:
    job = json.loads((FIXTURES / "job.json").read_text())
    job["id"] = f"00000000-0000-4000-8000-{n:012d}"
    job.update(changes)
    return dict(job)


def _page(texts: list[str], *, sep: str = ",", before: str = "", after: str = "", **envelope: Any) -> bytes:
    """A feed page whose jobs are the given texts, spelled exactly so."""
    rest = json.dumps(envelope)[1:-1]
    return (
        before + '{"jobs":[' + sep.join(texts) + "]" + (", " + rest if rest else "") + "}" + after
    ).encode()


# The same job in spellings a server may use and a compact re-encoding would not reproduce.
SPELLINGS = [
    json.dumps(_job(1, title="Caf\u00e9 \u2014 <Lead>", salary=1e-05, ratio=2.50), ensure_ascii=True),
    json.dumps(_job(2, title="Na\u00efve \U0001f680"), indent=2, ensure_ascii=False),
    json.dumps(_job(3), separators=(", ", ": ")).replace("/", "\\/"),
    '{ "id" : "00000000-0000-4000-8000-000000000004" , "title":"t", "n": 1E+2, "m": -0.0,'
    ' "created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z" }',
]


def test_each_text_is_the_exact_source_of_its_job_whatever_the_spelling() -> None:
    content = _page(SPELLINGS, sep=" ,\n\t", before=" \n", after="\r\n", has_more=True, next_cursor="c")
    value, texts = loads_verbatim(content, "jobs")
    assert value == json.loads(content)
    assert texts == SPELLINGS
    # What a re-encoding of the decoded job (the store's old way) would have written is different.
    assert [json.dumps(j, separators=(",", ":"), ensure_ascii=False) for j in value["jobs"]] != SPELLINGS  # type: ignore[index]


def test_every_fixture_decodes_as_json_loads_does() -> None:
    for path in sorted(FIXTURES.glob("*.json")):
        raw = path.read_bytes()
        value, texts = loads_verbatim(raw, "jobs")
        assert value == json.loads(raw), path.name
        if isinstance(value, dict) and isinstance(value.get("jobs"), list):
            assert texts is not None and [json.loads(t) for t in texts] == value["jobs"], path.name
            assert all(t in raw.decode() for t in texts), path.name
        else:
            assert texts is None, path.name


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"   ",
        b'{"jobs":[{"id":1},]}',
        b'{"jobs":[{"id":1}',
        b'{"jobs":[{"id":1}]',
        b'{"jobs":[{"id":1}]}}',
        b'{"jobs":[{"id":1}]} x',
        b'{"jobs" [1]}',
        b'{"jobs":[1 2]}',
        b"{jobs:[]}",
        b'{"jobs":["\x01"]}',
        b'{"jobs":[1],}',
        b'{"a":1 "jobs":[]}',
        b'\xff{"jobs":[]}',
        b'{"jobs":["\xc3"]}',
        b"\xef\xbb\xbf\xef\xbb\xbf{}",
        b"[" * 100_000 + b"]" * 100_000,
    ],
)
def test_a_body_json_loads_refuses_is_refused_with_its_own_error(content: bytes) -> None:
    with pytest.raises((ValueError, RecursionError)) as expected:
        json.loads(content)
    with pytest.raises(type(expected.value)) as got:
        loads_verbatim(content, "jobs")
    assert str(got.value) == str(expected.value)


@pytest.mark.parametrize(
    ("content", "texts"),
    [
        (b'{"jobs":[{"id":1}],"jobs":[{"id":2}, 3]}', ['{"id":2}', "3"]),  # the last member wins
        (b'{"jobs":[{"id":1}],"jobs":null}', None),
        (b'{"jobs":{"id":1}}', None),
        (b'{"items":[1]}', None),
        (b"[1, 2]", None),
        (b'"jobs"', None),
        (b'{"jobs":[]}', []),
        (b'{"jobs":["\\ud800", {"\\udfff": 1}]}', ['"\\ud800"', '{"\\udfff": 1}']),  # lone surrogates
        (b'{ "jobs" : [ ] }', []),
        (b"\xef\xbb\xbf" + b'{"jobs":[1]}', ["1"]),  # json.loads takes a UTF-8 byte-order mark on bytes
        ('{"jobs":[1]}'.encode("utf-16"), ["1"]),
        (
            b'{"jobs":[NaN, -Infinity, 123456789012345678901234567890, 1.0e400]}',
            ["NaN", "-Infinity", "123456789012345678901234567890", "1.0e400"],
        ),
    ],
)
def test_odd_but_valid_bodies_decode_as_json_loads_does(content: bytes, texts: list[str] | None) -> None:
    value, kept = loads_verbatim(content, "jobs")
    expected = json.loads(content)
    assert repr(value) == repr(expected)  # repr: NaN != NaN
    assert kept == texts


_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()


def _containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)


_values = st.recursive(_scalars, _containers, max_leaves=20)
_styles = st.sampled_from(
    [
        {"separators": (",", ":"), "ensure_ascii": False},
        {"separators": (", ", ": "), "ensure_ascii": True},
        {"indent": 1, "ensure_ascii": False},
        {"indent": "\t", "ensure_ascii": True},
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    items=st.lists(st.tuples(_values, _styles), max_size=6),
    around=st.sampled_from(["", " ", "\n", " \t\r\n"]),
    envelope=st.dictionaries(st.sampled_from(["has_more", "next_cursor", "x"]), _values, max_size=3),
)
def test_any_page_decodes_as_json_loads_and_keeps_each_source_text(
    items: list[tuple[Any, dict[str, Any]]], around: str, envelope: dict[str, Any]
) -> None:
    texts = [json.dumps(value, **style) for value, style in items]
    content = _page(texts, sep=around + "," + around, before=around, after=around, **envelope)
    value, kept = loads_verbatim(content, "jobs")
    assert value == json.loads(content)
    assert kept == texts


def test_the_decoder_hands_its_texts_over_once() -> None:
    decode = VerbatimItems("jobs")
    assert decode.take() == (False, None)
    assert decode(b'{"jobs":[{"a": 1}]}') == {"jobs": [{"a": 1}]}
    assert decode.take() == (True, ['{"a": 1}'])
    assert decode.take() == (False, None)
    assert decode(b'{"other": 1}') == {"other": 1}
    assert decode.take() == (True, None)


# ---------------------------------------------------------------------- through the client


def _feed(bodies: list[bytes], content_type: str | None = "application/json") -> httpx.MockTransport:
    """Answers the feed with ``bodies`` in turn (the last one again after that), labelled
    ``content_type``; the expired-ids feed with nothing."""
    sent = iter(bodies)
    last: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/jobs/expired":
            return httpx.Response(200, json={"job_ids": [], "has_more": False, "next_cursor": None})
        body = next(sent, None)
        if body is None:
            body = last[-1]
        last.append(body)
        headers = {"Content-Type": content_type} if content_type else {}
        return httpx.Response(200, content=body, headers=headers)

    return httpx.MockTransport(answer)


def _client(bodies: list[bytes], content_type: str | None = "application/json") -> JoboClient:
    return JoboClient(
        api_key=KEY,
        base_url="https://api.test",
        retry_policy=RetryPolicy(sleep=lambda _: None),
        transport=_feed(bodies, content_type),
    )


def test_iter_verbatim_pages_yields_each_job_with_its_text_across_pages() -> None:
    first = _page(SPELLINGS[:2], has_more=True, next_cursor="c1")
    second = _page(SPELLINGS[2:], has_more=False, next_cursor=None)
    with _client([first, second]) as jobo:
        pages = list(jobo.feed.iter_verbatim_pages(batch_size=2))
    assert all(isinstance(p, VerbatimPage) for p in pages)
    assert [text for page in pages for _, text in page] == SPELLINGS
    assert [job for page in pages for job, _ in page] == [json.loads(t) for t in SPELLINGS]
    assert pages[0].data == json.loads(first) and pages[0].next_cursor == "c1"
    assert repr(pages[0]) == "VerbatimPage(2 jobs, has_more=True)"


def test_the_async_client_keeps_the_same_texts() -> None:
    body = _page(SPELLINGS, has_more=False, next_cursor=None)

    async def collect() -> list[VerbatimPage]:
        async with AsyncJoboClient(
            api_key=KEY,
            base_url="https://api.test",
            retry_policy=RetryPolicy(async_sleep=_no_sleep),
            transport=_feed([body]),
        ) as jobo:
            return [page async for page in jobo.feed.iter_verbatim_pages()]

    pages = asyncio.run(collect())
    assert [text for page in pages for _, text in page] == SPELLINGS


async def _no_sleep(_: float) -> None:
    return None


@pytest.mark.parametrize("content_type", ["text/plain; charset=utf-8", None])
def test_a_feed_page_not_labelled_json_is_read_as_iter_pages_reads_it(content_type: str | None) -> None:
    """Regression: the transport decodes only bodies labelled JSON, and the verbatim page then had no
    texts and raised, where iter_pages and iter_raw_pages read the page."""
    body = _page(SPELLINGS, has_more=False, next_cursor=None)
    with _client([body], content_type) as jobo:
        (page,) = jobo.feed.iter_verbatim_pages()
        assert page.job_texts == SPELLINGS and page.data == json.loads(body)
        (batch,) = jobo.feed.iter_pages()
        assert batch.jobs[0].title == json.loads(SPELLINGS[0])["title"]
    with _client([b'{"jobs": [1'], content_type) as jobo, pytest.raises(APIResponseError):
        list(jobo.feed.iter_verbatim_pages())


def test_a_retried_broken_body_leaves_no_texts_behind() -> None:
    """The feed is replayed after a truncated 2xx body: the texts are those of the body used."""
    good = _page(SPELLINGS[:1], has_more=False, next_cursor=None)
    with _client([good[:-7], good]) as jobo:
        (page,) = jobo.feed.iter_verbatim_pages()
    assert page.job_texts == SPELLINGS[:1]


# ---------------------------------------------------------------------- jobo-sync stores the texts


def test_jobo_sync_stores_each_job_exactly_as_the_server_spelled_it(tmp_path: Path) -> None:
    """Regression: the engine stored a compact re-encoding of the decoded job (escapes, number spelling
    and spacing were the client's own)."""
    texts = [s.replace("00000000-0000-4000-8000", "10000000-0000-4000-8000") for s in SPELLINGS]
    body = _page(texts, sep=", ", has_more=False, next_cursor=None)
    db = tmp_path / "jobs.sqlite"
    with _client([body]) as jobo, SQLiteStore(db) as store:
        result = FeedSync(jobo, store, clock=Clock().utc, check_sources=False).run("backfill")
    assert result.status == "completed" and result.received == len(texts)
    with contextlib.closing(sqlite3.connect(db)) as conn:
        stored = [row[0] for row in conn.execute("SELECT data FROM jobs ORDER BY id")]
    assert stored == sorted(texts, key=lambda t: str(json.loads(t)["id"]))


def test_a_new_database_uses_16_kib_pages_and_an_old_one_keeps_its_own(tmp_path: Path) -> None:
    fresh = tmp_path / "new.sqlite"
    with SQLiteStore(fresh):
        pass
    old = tmp_path / "old.sqlite"
    with contextlib.closing(sqlite3.connect(old)) as conn:
        conn.execute("PRAGMA page_size = 4096")
        conn.execute("CREATE TABLE t (x)")
    with SQLiteStore(old) as store:
        store.save_state(store.load_state())
    for path, size in ((fresh, 16384), (old, 4096)):
        with contextlib.closing(sqlite3.connect(path)) as conn:
            assert conn.execute("PRAGMA page_size").fetchone()[0] == size, path.name


def test_a_job_that_is_not_valid_utf8_stops_the_sync_with_a_typed_error(tmp_path: Path) -> None:
    """Regression: bytes that encode a lone surrogate decode (as json.loads does) to text no UTF-8
    database takes; the sync ended in a UnicodeEncodeError traceback from inside the store."""
    body = _page([json.dumps(_job(5, title="MARK"))], has_more=False, next_cursor=None)
    body = body.replace(b"MARK", b"\xed\xb3\xbf")  # U+DCFF written as UTF-8: not valid UTF-8
    db = tmp_path / "jobs.sqlite"
    with _client([body]) as jobo, SQLiteStore(db) as store:
        with pytest.raises(SyncError, match=r"job 00000000-0000-4000-8000-000000000005: title is not valid"):
            FeedSync(jobo, store, clock=Clock().utc, check_sources=False).run("backfill")
        assert store.stats().active == 0
        assert not store.load_state().backfilled
