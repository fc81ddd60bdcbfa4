"""Connecting, migrating, the schema and row conversion: what every store module shares.

Migrations are an ordered, append-only list of SQL scripts recorded in `schema_migrations`
(sqlite-utils style); `meta` holds the revision counter and `max_span_days`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeAlias

from pipeline import settings
from pipeline.models import CONTRACT_FIELDS, Event

# What connect() returns, for type hints outside the store (which never imports sqlite3).
Connection: TypeAlias = sqlite3.Connection

BUSY_TIMEOUT_MS = 30_000  # a reader waits up to 30 s for a checkpoint instead of failing "locked"

_SQL_VARS = 500  # keeps `IN (?, ?, ...)` lists well under SQLite's bound-parameter limit

# Event columns in contract order; actors/countries are JSON text in `events`/`mentions` and one
# row each in the link tables, which are what filters use.
EVENT_COLUMNS: tuple[str, ...] = CONTRACT_FIELDS

MENTION_COLUMNS: tuple[str, ...] = tuple(c for c in CONTRACT_FIELDS if c != "mentions")

_LIST_COLUMNS = ("actors", "countries")

_EVENT_COLUMN_SQL = """
    event_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    plover TEXT NOT NULL DEFAULT '',
    cameo TEXT NOT NULL DEFAULT '',
    actors TEXT NOT NULL DEFAULT '[]',
    countries TEXT NOT NULL DEFAULT '[]',
    location TEXT,
    location_country TEXT,
    lat REAL,
    lon REAL,
    date_start TEXT,
    date_end TEXT,
    date_granularity TEXT NOT NULL DEFAULT 'unknown',
    date_value TEXT,
    date_text TEXT,
    date_basis TEXT NOT NULL DEFAULT 'none',
    status TEXT NOT NULL DEFAULT 'occurred',
    evidentiality TEXT NOT NULL DEFAULT 'asserted',
    confidence REAL NOT NULL DEFAULT 0.5,
    trigger TEXT NOT NULL DEFAULT '',
    trigger_start INTEGER NOT NULL DEFAULT 0,
    trigger_end INTEGER NOT NULL DEFAULT 0,
    evidence TEXT NOT NULL DEFAULT '',
    evidence_start INTEGER NOT NULL DEFAULT 0,
    evidence_end INTEGER NOT NULL DEFAULT 0,
    article_url TEXT NOT NULL DEFAULT '',
    article_title TEXT NOT NULL DEFAULT '',
    published TEXT,
    source TEXT NOT NULL DEFAULT '',
    article_id TEXT NOT NULL DEFAULT ''
"""

# Ordered, append-only: a database at version N runs scripts N+1.. on connect. Never edit a
# released script; add a new one (and a test that migrates a database from the older version).
MIGRATIONS: tuple[str, ...] = (
    # 1: tables
    f"""
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO meta (key, value) VALUES ('revision', '0');
    CREATE TABLE articles (
        article_id TEXT PRIMARY KEY,
        text_hash TEXT NOT NULL UNIQUE,
        canonical_url TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        published TEXT,
        origin TEXT NOT NULL DEFAULT '',
        row INTEGER,
        warnings TEXT NOT NULL DEFAULT '[]',
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE events (
        {_EVENT_COLUMN_SQL},
        mentions INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (event_id)
    );
    CREATE TABLE mentions (
        {_EVENT_COLUMN_SQL},
        PRIMARY KEY (article_id, trigger_start, trigger_end, event_type),
        FOREIGN KEY (article_id) REFERENCES articles (article_id),
        FOREIGN KEY (event_id) REFERENCES events (event_id)
    );
    CREATE TABLE event_actors (
        event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
        actor TEXT NOT NULL,
        PRIMARY KEY (event_id, actor)
    );
    CREATE TABLE event_countries (
        event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
        country TEXT NOT NULL,
        PRIMARY KEY (event_id, country)
    );
    """,
    # 2: indexes for duplicate checks, candidate lookup and the dashboard filters
    """
    CREATE UNIQUE INDEX articles_canonical_url ON articles (canonical_url) WHERE canonical_url != '';
    CREATE INDEX articles_published ON articles (published);
    CREATE INDEX articles_source ON articles (source);
    CREATE INDEX events_date_start ON events (date_start);
    CREATE INDEX events_date_end ON events (date_end);
    CREATE INDEX events_type_date ON events (event_type, date_start);
    CREATE INDEX events_status ON events (status);
    CREATE INDEX events_source ON events (source);
    CREATE INDEX events_location ON events (location);
    CREATE INDEX mentions_event_id ON mentions (event_id);
    CREATE INDEX event_actors_actor ON event_actors (actor, event_id);
    CREATE INDEX event_countries_country ON event_countries (country, event_id);
    """,
    # 3: merge-candidate lookups: date_end inside the type/date index (no row reads to test it),
    # and undated events by type and publication date
    """
    DROP INDEX events_type_date;
    CREATE INDEX events_type_dates ON events (event_type, date_start, date_end);
    CREATE INDEX events_undated_published ON events (event_type, published) WHERE date_start IS NULL;
    """,
    # 4: merge candidates: year- and decade-long events (kept out of the short date range), and
    # events without actors (matched by country when a mention names actors)
    """
    CREATE INDEX events_long ON events (event_type, date_start, date_end) WHERE date_granularity IN ('year', 'decade');
    CREATE INDEX events_actorless ON events (event_type, date_start, date_end) WHERE actors = '[]';
    """,
    # 5: date-range filters: the longest event interval in meta bounds date_start from below, so a
    # range query is an index range on (date_start, date_end) instead of a scan of all history
    """
    DROP INDEX events_date_start;
    CREATE INDEX events_dates ON events (date_start, date_end);
    INSERT INTO meta (key, value) SELECT 'max_span_days', COALESCE(MAX(CAST(julianday(date_end) - julianday(date_start) AS INTEGER)), 0) FROM events;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """A database that cannot be used as ours (newer schema, not SQLite, unwritable)."""


def connect(path: str | Path | None = None, *, migrate_to: int | None = None) -> sqlite3.Connection:
    """Open (creating if needed) the events database and bring its schema up to date.

    `path` defaults to settings.db_path() ($DIPLO_DB, else data/events.db); ":memory:" gives a
    private in-memory database for tests. The connection is in autocommit mode: writes go
    through store_batch's explicit transactions. It may be handed between threads (Streamlit
    reruns) but must not be used by two threads at once. `migrate_to` stops at an older
    schema version (tests of the migrations only).
    """
    memory = str(path) == ":memory:"
    target = Path(":memory:") if memory else settings.db_path(path)
    if not memory:
        if target.is_dir():
            raise StoreError(
                f"{target}: is a folder, not a database file. Give a file path such as {target / 'events.db'}."
            )
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            blocker = next((p for p in target.parents if p.exists()), None)
            why = f"{blocker} is a file" if blocker and not blocker.is_dir() else exc.strerror or str(exc)
            raise StoreError(
                f"{target}: cannot create its folder {target.parent} ({why}). "
                "Give a path in a folder you can write to."
            ) from exc
    try:
        conn = sqlite3.connect(
            str(target), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not memory:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, SCHEMA_VERSION if migrate_to is None else migrate_to)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{target}: not a usable events database ({exc}).") from exc
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    """The highest migration applied (0 for an empty database)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if not exists:
        return 0
    return conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()[0]


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the missing migrations up to `target`, each in its own transaction; returns the version.

    Safe when two processes open a new database at once: the version is re-read under the write
    lock, so a script never runs twice.
    """
    if schema_version(conn) >= target:
        current = schema_version(conn)
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"database schema version {current} is newer than this program's {SCHEMA_VERSION}; "
                "update the program"
            )
        return current
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        conn.execute("COMMIT")
    except BaseException:
        _rollback(conn)
        raise
    for version in range(1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone():
                conn.execute("COMMIT")
                continue
            # Statements one by one (executescript would commit the open transaction).
            for statement in _split_sql(MIGRATIONS[version - 1]):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)", (version, _now())
            )
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise
    return schema_version(conn)


def _rollback(conn: sqlite3.Connection) -> None:
    """Undo the open transaction, if any (a failed COMMIT may already have ended it)."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def _split_sql(script: str) -> list[str]:
    """Split a migration script into statements (our scripts hold no ';' inside literals)."""
    return [s.strip() for s in script.split(";") if s.strip()]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def revision(conn: sqlite3.Connection) -> int:
    """A counter bumped by every transaction that changed rows: cache dashboard queries by it."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
    return int(row[0]) if row else 0


def _bump_revision(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'")


def _max_span(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'max_span_days'").fetchone()
    return int(row[0]) if row else 0


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


def _chunks(values: Sequence[Any]) -> Iterator[list[Any]]:
    values = list(values)
    for i in range(0, len(values), _SQL_VARS):
        yield values[i : i + _SQL_VARS]


def _row_to_event(row: sqlite3.Row) -> Event:
    data = _row_to_dict(row)
    data["actors"] = tuple(data["actors"])
    data["countries"] = tuple(data["countries"])
    return Event(**{k: data[k] for k in CONTRACT_FIELDS if k in data})


def _row_to_dict(row: sqlite3.Row) -> dict[str, Any]:
    data = dict(zip(row.keys(), row, strict=True))
    for c in _LIST_COLUMNS:
        if c in data and isinstance(data[c], str):
            data[c] = json.loads(data[c])
    return data
