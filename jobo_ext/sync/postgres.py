"""``PostgresStore``: the :class:`~jobo_ext.sync.store.Store` for PostgreSQL (``psycopg`` 3).

Needs the ``postgres`` extra (psycopg; the README's "Installing" section says how). Same tables and
meaning as the SQLite store, with native types: ``id`` and ``company_id`` are ``uuid``, timestamps ``timestamptz``, the job ``jsonb``
(index into it with a GIN or expression index of your own)::

    jobs        id uuid PRIMARY KEY, title, company_id, company_name, source, workplace_type,
                employment_type, experience_level, location, city, country, date_posted,
                created_at, updated_at, expired boolean, expired_at, first_seen_at, synced_at, data jsonb
    sync_state  key text PRIMARY KEY, value text (JSON)
    sync_seen   id uuid PRIMARY KEY    -- ids a mark-and-sweep scan delivered so far
    sync_runs   id bigserial PRIMARY KEY, one row per run

Tables are created in the connection's current schema (choose one with ``options=-csearch_path=…``
in the DSN). A batch is one ``INSERT … SELECT FROM unnest(…) ON CONFLICT … DO UPDATE … WHERE`` —
the ``WHERE`` leaves unchanged jobs alone — plus the state rows, in one transaction. The writer lock
is a session advisory lock, which PostgreSQL releases when the connection dies.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Sequence
from typing import Any

from jobo_ext._install import install_hint
from jobo_ext.sync.rows import JobRow, unencodable
from jobo_ext.sync.state import SyncState, state_from_items, state_to_items
from jobo_ext.sync.store import (
    RUN_COLUMNS,
    ExpireCounts,
    RunRecord,
    SeenMode,
    StoreError,
    StoreLockedError,
    StoreStats,
    UnstorableRowError,
    WriteCounts,
)

try:
    import psycopg
    from psycopg.conninfo import conninfo_to_dict
except ImportError:  # pragma: no cover - exercised only without the extra
    psycopg = None  # type: ignore[assignment]

__all__ = ["PostgresStore"]

_LOCK_CLASS = 0x6A6F626F  # "jobo": the advisory lock's first key; the second is the schema's hash

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id               uuid PRIMARY KEY,
    title            text NOT NULL,
    company_id       uuid,
    company_name     text,
    source           text,
    workplace_type   text,
    employment_type  text,
    experience_level text,
    location         text,
    city             text,
    country          text,
    date_posted      timestamptz,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    expired          boolean NOT NULL DEFAULT false,
    expired_at       timestamptz,
    first_seen_at    timestamptz NOT NULL,
    synced_at        timestamptz NOT NULL,
    data             jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_company_id ON jobs (company_id);
CREATE INDEX IF NOT EXISTS jobs_source ON jobs (source);
CREATE INDEX IF NOT EXISTS jobs_country ON jobs (country);
CREATE INDEX IF NOT EXISTS jobs_date_posted ON jobs (date_posted);
CREATE INDEX IF NOT EXISTS jobs_updated_at ON jobs (updated_at);
CREATE TABLE IF NOT EXISTS sync_state (
    key   text PRIMARY KEY,
    value text NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_seen (
    id uuid PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS sync_runs (
    id             bigserial PRIMARY KEY,
    started_at     timestamptz NOT NULL,
    finished_at    timestamptz,
    mode           text NOT NULL,
    status         text NOT NULL,
    phases         text NOT NULL DEFAULT '',
    received       bigint NOT NULL DEFAULT 0,
    inserted       bigint NOT NULL DEFAULT 0,
    updated        bigint NOT NULL DEFAULT 0,
    unchanged      bigint NOT NULL DEFAULT 0,
    expired_marked bigint NOT NULL DEFAULT 0,
    credits_spent  double precision NOT NULL DEFAULT 0,
    requests       bigint NOT NULL DEFAULT 0,
    error          text
);
"""

# (column, array type of the unnest parameter)
_JOB_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "uuid[]"),
    ("title", "text[]"),
    ("company_id", "uuid[]"),
    ("company_name", "text[]"),
    ("source", "text[]"),
    ("workplace_type", "text[]"),
    ("employment_type", "text[]"),
    ("experience_level", "text[]"),
    ("location", "text[]"),
    ("city", "text[]"),
    ("country", "text[]"),
    ("date_posted", "timestamptz[]"),
    ("created_at", "timestamptz[]"),
    ("updated_at", "timestamptz[]"),
    ("data", "jsonb[]"),
)
_NAMES = [name for name, _ in _JOB_COLUMNS]
_UPSERT = (
    f"INSERT INTO jobs AS j ({', '.join(_NAMES)}, expired, expired_at, first_seen_at, synced_at) "
    f"SELECT {', '.join('u.' + n for n in _NAMES)}, false, NULL, %s, %s "
    # %b: binary parameters — text-format arrays escape every quote of the JSON, a big cost.
    f"FROM unnest({', '.join(f'%b::{t}' for _, t in _JOB_COLUMNS)}) AS u ({', '.join(_NAMES)}) "
    "ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{n} = excluded.{n}" for n in _NAMES if n != "id")
    + ", expired = false, expired_at = NULL, synced_at = excluded.synced_at "
    "WHERE j.updated_at IS DISTINCT FROM excluded.updated_at OR j.expired "
    "RETURNING (xmax = 0)"  # xmax is 0 for a freshly inserted row version
)


def _run_values(run: RunRecord) -> tuple[Any, ...]:
    return tuple(getattr(run, c) for c in RUN_COLUMNS)


class PostgresStore:
    """A :class:`~jobo_ext.sync.store.Store` in a PostgreSQL database.

    Args:
        dsn: a libpq connection string or URL (``postgresql://user@host/db``).
        read_only: create nothing and write nothing (``--dry-run``); missing tables read as empty.
        connect_timeout: seconds to wait for the server.
        lock_wait: seconds :meth:`acquire_lock` keeps trying: a dead writer's session (and lock) can
            outlive its process by a moment, until the server notices the closed connection.
    """

    def __init__(
        self, dsn: str, *, read_only: bool = False, connect_timeout: int = 10, lock_wait: float = 5.0
    ) -> None:
        if psycopg is None:
            raise StoreError(f"PostgresStore needs psycopg: {install_hint('postgres')}")
        self.read_only = read_only
        self._dsn = dsn
        self._locked = False
        self._lock_wait = lock_wait
        try:
            self._conn = psycopg.connect(dsn, autocommit=True, connect_timeout=connect_timeout)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {self.describe()}: {exc}") from exc
        self._empty = False
        if read_only:
            row = self._conn.execute("SELECT to_regclass('sync_state') IS NULL").fetchone()
            self._empty = bool(row and row[0])
        else:
            with self._conn.transaction():
                # Two first runs at once must not race on CREATE TABLE IF NOT EXISTS.
                self._conn.execute("SELECT pg_advisory_xact_lock(%s, 0)", (_LOCK_CLASS,))
                self._conn.execute(_SCHEMA)

    # ------------------------------------------------------------------ plumbing

    def describe(self) -> str:
        try:
            info = conninfo_to_dict(self._dsn)
        except Exception:
            return "postgresql database"
        host = info.get("host") or "localhost"
        port = f":{info['port']}" if info.get("port") else ""
        return f"postgresql://{host}{port}/{info.get('dbname') or ''}"

    @property
    def connection(self) -> psycopg.Connection[Any]:
        """The underlying connection (autocommit), for queries of your own."""
        return self._conn

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.describe()} is open read-only")

    def acquire_lock(self) -> None:
        self._writable()
        if self._locked:
            return
        deadline = time.monotonic() + self._lock_wait
        while True:
            row = self._conn.execute(
                "SELECT pg_try_advisory_lock(%s, hashtext(current_schema()))", (_LOCK_CLASS,)
            ).fetchone()
            if row and row[0]:
                self._locked = True
                return
            if time.monotonic() >= deadline:
                raise StoreLockedError(f"another jobo-sync is writing {self.describe()}")
            time.sleep(0.1)

    def close(self) -> None:
        self._conn.close()  # ends the session, and with it the advisory lock
        self._locked = False

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ state

    def state_items(self) -> dict[str, str]:
        if self._empty:
            return {}
        rows = self._conn.execute("SELECT key, value FROM sync_state").fetchall()
        return {str(key): str(value) for key, value in rows}

    def load_state(self) -> SyncState:
        return state_from_items(self.state_items())

    def _write_state(self, state: SyncState) -> None:
        items = state_to_items(state)
        with self._conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO sync_state (key, value) VALUES (%s, %s) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [(k, v) for k, v in items.items() if v is not None],
            )
            gone = [k for k, v in items.items() if v is None]
            if gone:
                cur.execute("DELETE FROM sync_state WHERE key = ANY(%s)", (gone,))

    def save_state(self, state: SyncState) -> None:
        self._writable()
        with self._conn.transaction():
            self._write_state(state)

    # ------------------------------------------------------------------ jobs

    def apply_batch(
        self,
        rows: Sequence[JobRow],
        state: SyncState,
        *,
        now: datetime.datetime,
        seen: SeenMode | None = None,
    ) -> WriteCounts:
        self._writable()
        latest = list({row.id: row for row in rows}.values())  # ON CONFLICT may touch a row only once
        columns = [[getattr(row, name) for row in latest] for name in _NAMES]
        with self._conn.transaction():
            inserted = updated = 0
            if latest:
                try:
                    results = self._conn.execute(_UPSERT, (now, now, *columns)).fetchall()
                except UnicodeEncodeError:
                    raise UnstorableRowError(unencodable(rows)) from None
                except psycopg.errors.DataError as exc:  # e.g. jsonb refuses \u0000 and unpaired surrogates
                    raise UnstorableRowError(f"PostgreSQL refused a job of the batch: {exc}") from None
                inserted = sum(1 for (fresh,) in results if fresh)
                updated = len(results) - inserted
            swept = 0
            if seen in ("first", "only"):
                self._conn.execute("DELETE FROM sync_seen")
            if seen is not None and latest:
                self._conn.execute(
                    "INSERT INTO sync_seen (id) SELECT unnest(%s::uuid[]) ON CONFLICT DO NOTHING",
                    (columns[0],),
                )
            if seen in ("last", "only"):
                swept = self._conn.execute(
                    "UPDATE jobs SET expired = true, expired_at = %s "
                    "WHERE NOT expired AND id NOT IN (SELECT id FROM sync_seen)",
                    (now,),
                ).rowcount
                self._conn.execute("DELETE FROM sync_seen")
            self._write_state(state)
        return WriteCounts(
            inserted=inserted, updated=updated, unchanged=len(rows) - inserted - updated, swept=swept
        )

    def mark_expired(self, ids: Sequence[str], state: SyncState, *, now: datetime.datetime) -> ExpireCounts:
        self._writable()
        unique = list(dict.fromkeys(i.lower() for i in ids))
        with self._conn.transaction():
            marked = found = 0
            if unique:
                # The outer count reads the snapshot from before the UPDATE: every stored id.
                row = self._conn.execute(
                    "WITH upd AS (UPDATE jobs SET expired = true, expired_at = %s "
                    "WHERE id = ANY(%s::uuid[]) AND NOT expired RETURNING 1) "
                    "SELECT (SELECT count(*) FROM upd), (SELECT count(*) FROM jobs WHERE id = ANY(%s::uuid[]))",
                    (now, unique, unique),
                ).fetchone()
                assert row is not None
                marked, found = int(row[0]), int(row[1])
            self._write_state(state)
        return ExpireCounts(marked=marked, already=found - marked, unknown=len(unique) - found)

    def stats(self) -> StoreStats:
        if self._empty:
            return StoreStats(active=0, expired=0)
        row = self._conn.execute(
            "SELECT count(*) FILTER (WHERE NOT expired), count(*) FILTER (WHERE expired) FROM jobs"
        ).fetchone()
        assert row is not None
        return StoreStats(active=int(row[0]), expired=int(row[1]))

    # ------------------------------------------------------------------ run history

    def begin_run(self, run: RunRecord) -> int:
        self._writable()
        with self._conn.transaction():
            self._conn.execute("UPDATE sync_runs SET status = 'aborted' WHERE status = 'running'")
            row = self._conn.execute(
                f"INSERT INTO sync_runs ({', '.join(RUN_COLUMNS)}) "
                f"VALUES ({', '.join('%s' for _ in RUN_COLUMNS)}) RETURNING id",
                _run_values(run),
            ).fetchone()
        assert row is not None
        return int(row[0])

    def finish_run(self, run_id: int, run: RunRecord) -> None:
        self._writable()
        assignments = ", ".join(f"{c} = %s" for c in RUN_COLUMNS)
        with self._conn.transaction():
            self._conn.execute(
                f"UPDATE sync_runs SET {assignments} WHERE id = %s", (*_run_values(run), run_id)
            )

    def runs(self, limit: int = 20) -> list[RunRecord]:
        if self._empty:
            return []
        rows = self._conn.execute(
            f"SELECT id, {', '.join(RUN_COLUMNS)} FROM sync_runs ORDER BY id DESC LIMIT %s", (limit,)
        ).fetchall()
        out = []
        for row in rows:
            values = dict(zip(("id", *RUN_COLUMNS), row, strict=True))
            out.append(RunRecord(**values))
        return out
