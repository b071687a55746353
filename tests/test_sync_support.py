"""Shared helpers of the ``test_sync_*`` modules (no tests here): a throwaway PostgreSQL server,
SQLite table snapshots, and the mock-server and client settings every sync test uses."""

from __future__ import annotations

import contextlib
import datetime
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jobo_ext import JoboClient, RetryPolicy
from jobo_ext.sync import FeedSync, SQLiteStore, SyncResult
from jobo_ext.testing import MockJoboServer
from tests.system_tools_needed import POSTGRES, system_tools

ROOT = Path(__file__).resolve().parent.parent
SYNC_BATCH = 400  # jobs per feed request in the in-process sync tests: several batches per dataset


class Clock:
    """A settable clock shared by the mock server (Unix seconds) and ``FeedSync`` (``datetime``)."""

    def __init__(self, start: float | None = None) -> None:
        self.now = time.time() if start is None else start

    def __call__(self) -> float:
        return self.now

    def utc(self) -> datetime.datetime:
        return datetime.datetime.fromtimestamp(self.now, datetime.UTC)

    def advance(self, seconds: float) -> None:
        self.now += seconds


def client_for(server: MockJoboServer, sleeps: list[float] | None = None) -> JoboClient:
    """A client of ``server`` whose retries record their waits instead of sleeping."""
    waits = sleeps if sleeps is not None else []
    return JoboClient(
        api_key=server.api_key, base_url=server.url, retry_policy=RetryPolicy(sleep=waits.append)
    )


def sync_env(server: MockJoboServer) -> dict[str, str]:
    """Environment for a ``jobo-sync`` subprocess talking to ``server``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JOBO_")}
    env.update(JOBO_API_KEY=server.api_key, JOBO_BASE_URL=server.url, PYTHONUNBUFFERED="1")
    return env


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "jobo_ext.sync", *args]


def stored_jobs(db: Path) -> dict[str, tuple[str, int]]:
    """``id → (updated_at, expired)`` of every row of a SQLite store, read with a fresh connection."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return {row[0]: (row[1], row[2]) for row in conn.execute("SELECT id, updated_at, expired FROM jobs")}


def sync_once(client: JoboClient, db: Path, clock: Clock, mode: Any = "all", **options: Any) -> SyncResult:
    """One ``FeedSync`` run into the SQLite file ``db`` (batches of :data:`SYNC_BATCH` unless given)."""
    options.setdefault("batch_size", SYNC_BATCH)
    with SQLiteStore(db) as store:
        return FeedSync(client, store, clock=clock.utc, **options).run(mode)


def active(db: Path) -> dict[str, str]:
    """``id → updated_at`` of the stored jobs not marked expired."""
    return {job_id: updated for job_id, (updated, flag) in stored_jobs(db).items() if not flag}


def expired(db: Path) -> set[str]:
    """Ids of the stored jobs marked expired."""
    return {job_id for job_id, (_, flag) in stored_jobs(db).items() if flag}


def feed_bodies(server: MockJoboServer) -> list[dict[str, Any]]:
    """The JSON bodies of every feed request the mock received, in order."""
    return [r.json or {} for r in server.requests.to("/api/jobs/feed")]


def dataset_jobs(server: MockJoboServer) -> dict[str, str]:
    """``id → updated_at`` (as the store writes it) of every active job of the mock."""
    data = server.dataset
    # The mock's timestamps are whole-second UTC "…Z" strings: already the store's canonical form.
    return {job_id: str(data.updated_at(job_id)) for job_id in data.active_ids()}


# ---------------------------------------------------------------------- PostgreSQL


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def postgres_server() -> Iterator[tuple[str | None, str]]:
    """A PostgreSQL server in a temporary directory on a free port: yields ``(dsn, "")``, or
    ``(None, why)`` when no server can be started here (the caller skips with that message).

    As root the cluster runs as the ``postgres`` user (``initdb`` refuses root)."""
    binaries = POSTGRES.find()
    if binaries is None:
        yield None, str(system_tools.problem(POSTGRES))
        return
    initdb, pg_ctl = binaries["initdb"], binaries["pg_ctl"]
    try:
        import psycopg  # noqa: F401
    except ImportError:
        yield None, "psycopg is not installed: pip install -e '.[postgres]' (or make venv)"
        return
    base = Path(tempfile.mkdtemp(prefix="jobo-pg-"))
    data, sockets = base / "data", base / "run"
    sockets.mkdir()
    prefix: list[str] = []
    user = "postgres"
    if os.geteuid() == 0:
        import pwd

        try:
            entry = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(base, ignore_errors=True)
            yield None, "running as root and there is no 'postgres' user to run the server as"
            return
        for path in (base, sockets):
            os.chown(path, entry.pw_uid, entry.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    else:
        import getpass

        user = getpass.getuser()
    port = _free_port()
    started = False
    try:
        subprocess.run(
            [*prefix, initdb, "-D", str(data), "-U", user, "--auth=trust", "-E", "UTF8", "--no-sync"],
            check=True,
            capture_output=True,
            timeout=120,
        )
        options = f"-F -p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            [
                *prefix,
                pg_ctl,
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(base / "log"),
                "-w",
                "-t",
                "60",
                "start",
            ],
            check=True,
            capture_output=True,
            timeout=90,
        )
        started = True
    except (OSError, subprocess.SubprocessError) as exc:
        log = (base / "log").read_text(errors="replace")[-2000:] if (base / "log").exists() else ""
        detail = getattr(exc, "stderr", b"") or b""
        yield None, f"could not start PostgreSQL: {exc} {detail.decode(errors='replace')[-500:]} {log}"
        shutil.rmtree(base, ignore_errors=True)
        return
    try:
        yield f"host=127.0.0.1 port={port} user={user} dbname=postgres", ""
    finally:
        if started:
            subprocess.run(
                [*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True, timeout=60
            )
        shutil.rmtree(base, ignore_errors=True)


def fresh_database(admin_dsn: str, name: str) -> str:
    """Create an empty database ``name`` on the server of ``admin_dsn``; returns its DSN."""
    import psycopg

    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin_dsn.replace("dbname=postgres", f"dbname={name}")


def pg_jobs(dsn: str) -> dict[str, tuple[str, bool]]:
    """``id → (updated_at as the store's canonical text, expired)`` of a PostgreSQL store."""
    import psycopg

    from jobo_ext.sync.rows import format_timestamp

    with psycopg.connect(dsn) as conn:
        rows: list[tuple[Any, ...]] = conn.execute("SELECT id, updated_at, expired FROM jobs").fetchall()
    return {str(r[0]): (format_timestamp(r[1]), bool(r[2])) for r in rows}
