"""SQLite storage: the only module that imports sqlite3.

Why SQLite: one file, no server, safe concurrent reads while an ingest writes (WAL mode), and
fast enough for a million events when every dashboard query is an indexed WHERE ... LIMIT.

Crash safety and idempotence follow sqlite-utils: articles are keyed by a content hash, every
batch is one transaction (a crash loses at most the batch in flight, never half of it), and a
`schema_migrations` table records which ordered migration scripts a database has had.
`meta.revision` counts committed changes, so a dashboard can cache queries by it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline import dedupe, settings
from pipeline.models import CONTRACT_FIELDS, Article, Event, EventFilter

BUSY_TIMEOUT_MS = 30_000  # a reader waits up to 30 s for a checkpoint instead of failing "locked"
# Candidate events fetched per mention for merging: dedupe only needs the few stored events that
# could be the same; the cap keeps a batch's cost flat on a million-event store (issue #2).
CANDIDATE_LIMIT = 50
# Two dated reports of one event rarely disagree by more than a few days (late-night meetings,
# time zones, "last week"); widen if dedupe starts missing merges.
CANDIDATE_WINDOW_DAYS = 7
# Merge targets of a dated mention start at most this many days before it: bounding date_start on
# both sides keeps the lookup a short index range (400 cost 16 ms a query on 1 M events, 100
# about a quarter of that). Longer events are found by granularity below.
CANDIDATE_MAX_SPAN_DAYS = 100
# Events this coarse can span years; they have their own partial index (migration 4).
LONG_GRANULARITIES: tuple[str, ...] = ("year", "decade")
LONG_SPAN_DAYS = 3700  # a decade and a bit
# How far an undated mention's publication may be from a dated event it names; dedupe's own
# UNDATED_TO_DATED_DAYS wins when it defines one.
CANDIDATE_UNDATED_DAYS = 180
_SQL_VARS = 500  # keeps `IN (?, ?, ...)` lists well under SQLite's bound-parameter limit

# Event columns in contract order; actors/countries are JSON text in `events`/`mentions` and one
# row each in the link tables, which are what filters use.
EVENT_COLUMNS: tuple[str, ...] = CONTRACT_FIELDS
MENTION_COLUMNS: tuple[str, ...] = tuple(c for c in CONTRACT_FIELDS if c != "mentions")
_LIST_COLUMNS = ("actors", "countries")
# Per-mention fields: with `mentions=True`, export rows take these from the mention, the rest
# from the event (CONTRACT.md section 2).
MENTION_OVERRIDES: tuple[str, ...] = (
    "trigger", "trigger_start", "trigger_end", "evidence", "evidence_start", "evidence_end",
    "article_url", "article_title", "published",
)  # fmt: skip
ORDERS: dict[str, str] = {
    "date": "date_start ASC NULLS LAST, event_id ASC",
    "date_desc": "date_start DESC NULLS LAST, event_id ASC",
    "mentions": "mentions DESC, event_id ASC",
    "confidence": "confidence DESC, event_id ASC",
}

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


@dataclass(frozen=True)
class Duplicate:
    """An input article not stored because `duplicate_of` (a stored article_id) has it."""

    index: int  # position in the batch
    article_id: str
    duplicate_of: str
    reason: str  # "same text" or "same URL"


@dataclass
class BatchResult:
    """What one store_batch call did: stored article ids, duplicates, new events, new mentions."""

    stored: list[str] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    events: int = 0
    mentions: int = 0


# --- Connecting and migrating ------------------------------------------------------------------


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
        target.parent.mkdir(parents=True, exist_ok=True)
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


# --- Writing -----------------------------------------------------------------------------------


def store_batch(conn: sqlite3.Connection, items: Sequence[tuple[Article, Sequence[Event]]]) -> BatchResult:
    """Store articles and their event mentions in ONE transaction; duplicates are skipped.

    An article is a duplicate when its normalised text (dedupe.text_hash) or its non-empty
    canonical URL matches a stored article or an earlier one in the same batch. New articles'
    mentions are merged with candidate stored events (same type, shared country or actor, close
    dates) by dedupe.merge_mentions; events are upserted, mentions inserted, and each touched
    event's `mentions` count is recounted from the mentions table (the count is never trusted
    from memory). On any error the transaction rolls back and the database is as before.
    Storing the same input again stores nothing and leaves the revision unchanged.
    """
    result = BatchResult()
    if not items:
        return result
    conn.execute("BEGIN IMMEDIATE")
    try:
        mentions = _insert_articles(conn, items, result)
        if mentions:
            candidates = _candidate_events(conn, mentions)
            events, merged = _merge_in_groups(candidates, mentions)
            result.events, result.mentions = _write_events(conn, events, merged)
        if result.stored:
            _bump_revision(conn)
        conn.execute("COMMIT")
    except BaseException:
        _rollback(conn)
        raise
    return result


def _insert_articles(
    conn: sqlite3.Connection, items: Sequence[tuple[Article, Sequence[Event]]], result: BatchResult
) -> list[Event]:
    """Insert the batch's new articles; returns their mentions with article ids and event ids set."""
    by_hash: dict[str, str] = {}
    by_url: dict[str, str] = {}
    mentions: list[Event] = []
    now = _now()
    for index, (article, events) in enumerate(items):
        digest = dedupe.text_hash(article.text)
        aid = digest[:16]  # == dedupe.article_id(article.text), without hashing twice
        url = dedupe.canonical_url(article.url)
        original, reason = _find_duplicate(conn, digest, url, by_hash, by_url)
        if original:
            result.duplicates.append(Duplicate(index, aid, original, reason))
            continue
        conn.execute(
            "INSERT INTO articles (article_id, text_hash, canonical_url, text, title, url, source, "
            "language, published, origin, row, warnings, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                aid, digest, url, article.text, article.title, article.url, article.source,
                article.language, article.published.isoformat() if article.published else None,
                article.origin, article.row, json.dumps(list(article.warnings), ensure_ascii=False), now,
            ),
        )  # fmt: skip
        by_hash[digest] = aid
        if url:
            by_url[url] = aid
        result.stored.append(aid)
        mentions += assign_ids(aid, events)
    return mentions


def _find_duplicate(
    conn: sqlite3.Connection, digest: str, url: str, by_hash: dict[str, str], by_url: dict[str, str]
) -> tuple[str, str]:
    if digest in by_hash:
        return by_hash[digest], "same text"
    if url and url in by_url:
        return by_url[url], "same URL"
    row = conn.execute("SELECT article_id FROM articles WHERE text_hash = ?", (digest,)).fetchone()
    if row:
        return row[0], "same text"
    if url:
        row = conn.execute("SELECT article_id FROM articles WHERE canonical_url = ?", (url,)).fetchone()
        if row:
            return row[0], "same URL"
    return "", ""


def assign_ids(article_id: str, mentions: Sequence[Event]) -> list[Event]:
    """Mentions with their article's id, and a stable fallback event_id when the extractor gave none.

    The fallback (article id + trigger span + type) is the mention's own primary key, so a
    re-run gives the same id.
    """
    out = []
    for m in mentions:
        if m.article_id != article_id:
            m = replace(m, article_id=article_id)
        if not m.event_id:
            key = f"{m.article_id}|{m.trigger_start}|{m.trigger_end}|{m.event_type}"
            m = replace(m, event_id="m" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:15])
        out.append(m)
    return out


def find_stored(conn: sqlite3.Connection, article: Article) -> str:
    """The article_id of a stored article with the same text or canonical URL, else "".

    Lets the orchestrator skip extracting articles it already has; store_batch checks again
    inside its transaction, so a race only costs time.
    """
    original, _ = _find_duplicate(
        conn, dedupe.text_hash(article.text), dedupe.canonical_url(article.url), {}, {}
    )
    return original


def _candidate_events(conn: sqlite3.Connection, mentions: Sequence[Event]) -> list[Event]:
    """Stored events that could be the same as one of `mentions`, each query indexed and capped.

    A superset of what dedupe.same_event can merge: a compatible type (dedupe.COMPATIBLE_TYPES),
    a shared actor or country (link tables), and a date or publication date near the mention's.
    Also any stored event whose id a mention already carries. Never a scan of all events.
    """
    found: dict[str, Event] = {}
    ids = sorted({m.event_id for m in mentions if m.event_id})
    for chunk in _chunks(ids):
        for row in conn.execute(f"SELECT * FROM events WHERE event_id IN ({_marks(chunk)})", chunk):
            found.setdefault(row["event_id"], _row_to_event(row))
    seen_keys: set[tuple[Any, ...]] = set()
    for m in mentions:
        key = (m.event_type, m.countries, m.actors, m.date_start, m.date_end, (m.published or "")[:10])
        if key in seen_keys:
            continue
        seen_keys.add(key)
        for sql, params in _candidate_queries(m):
            for row in conn.execute(sql, params):
                found.setdefault(row["event_id"], _row_to_event(row))
    return list(found.values())


def _type_group(event_type: str) -> str:
    for group in getattr(dedupe, "COMPATIBLE_TYPES", ()):
        if event_type in group:
            return "|".join(sorted(group))
    return event_type


def _merge_in_groups(
    candidates: Sequence[Event], mentions: Sequence[Event]
) -> tuple[list[Event], list[Event]]:
    """dedupe.merge_mentions run separately on groups that cannot merge with each other.

    merge_mentions compares every mention with every cluster: one call per batch of 200
    articles was quadratic (16 M comparisons for 2000 articles). Two rows can only merge when
    their types are compatible and they share an actor, or a country where one side names no
    actor (dedupe.same_event); a merged cluster gains its members' actors and countries, so the
    groups are the connected components of those links (union-find), which gives exactly the
    result of one big call, in a fraction of the time.
    """
    items: list[Event] = [*candidates, *mentions]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    actorless_countries: dict[str, set[str]] = {}
    for e in items:
        if not e.actors:
            actorless_countries.setdefault(_type_group(e.event_type), set()).update(e.countries)
    owner: dict[tuple[str, str, str], int] = {}
    for i, e in enumerate(items):
        group = _type_group(e.event_type)
        keys = [(group, "a", a) for a in e.actors]
        shared = actorless_countries.get(group, set())
        keys += [(group, "c", c) for c in e.countries if not e.actors or c in shared]
        if not keys:
            keys = [(group, "solo", str(i))]
        for key in keys:
            j = owner.setdefault(key, i)
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[ri] = rj
    components: dict[int, tuple[list[Event], list[Event]]] = {}
    for i, e in enumerate(items):
        existing, new = components.setdefault(find(i), ([], []))
        (existing if i < len(candidates) else new).append(e)
    events: list[Event] = []
    placed: list[Event] = []
    for existing, new in components.values():
        if new:
            got_events, got_mentions = dedupe.merge_mentions(existing, new)
            events += got_events
            placed += got_mentions
    return events, placed


def _compatible_types(event_type: str) -> list[str]:
    types = {event_type}
    for group in getattr(dedupe, "COMPATIBLE_TYPES", ()):
        if event_type in group:
            types |= set(group)
    return sorted(types)


def _candidate_queries(m: Event) -> list[tuple[str, list[Any]]]:
    """(sql, params) pairs for one mention's merge candidates, each an index lookup with a LIMIT.

    dedupe.same_event merges two rows only when they share an actor, or a country where one of
    them names no actor. So: stored events sharing an actor (driven from the actor index: a
    person has few events), and stored events sharing a country (driven from a date range;
    when the mention names actors, only stored events without actors, a partial index).
    """
    types = _compatible_types(m.event_type)
    when, when_params = _candidate_dates(m)
    limit = f" LIMIT {CANDIDATE_LIMIT}"
    queries: list[tuple[str, list[Any]]] = []
    if m.actors:
        # CROSS JOIN fixes the join order: from the actor's link rows to their events.
        sql = (
            "SELECT e.* FROM event_actors l CROSS JOIN events e ON e.event_id = l.event_id "
            f"WHERE l.actor IN ({_marks(m.actors)}) AND e.event_type IN ({_marks(types)})"
        )
        params: list[Any] = [*m.actors, *types]
        if when:
            sql += " AND (" + " OR ".join(f"({w})" for w in when) + ")"
            params += [p for ps in when_params for p in ps]
        queries.append((sql + limit, params))
    if m.countries:
        shared = (
            "EXISTS (SELECT 1 FROM event_countries l WHERE l.event_id = events.event_id "
            f"AND l.country IN ({_marks(m.countries)}))"
        )
        actorless = " AND actors = '[]'" if m.actors else ""
        for i, (w, ps) in enumerate(zip(when or ["1"], when_params or [[]], strict=True)):
            # Left to itself the planner scans every event in the date range, not the few
            # without actors: name the partial index for the short-range query.
            table = "events INDEXED BY events_actorless" if actorless and when and i == 0 else "events"
            sql = (
                f"SELECT * FROM {table} WHERE event_type IN ({_marks(types)}){actorless} AND {w} AND {shared}"
            )
            queries.append((sql + limit, [*types, *ps, *m.countries]))
    return queries


def _candidate_dates(m: Event) -> tuple[list[str], list[list[Any]]]:
    """Date conditions a candidate must meet (any of them), each matching one index; none = any date."""
    undated_days = getattr(dedupe, "UNDATED_TO_DATED_DAYS", CANDIDATE_UNDATED_DAYS)
    window = _window(m)
    published = _iso_date(m.published)
    if window is None and published is not None:
        # An undated mention may name a dated event near its article's publication date.
        window = (published - timedelta(days=undated_days), published + timedelta(days=undated_days))
    if window is None:
        return [], []
    lo, hi = window
    near = published or lo
    long_marks = ", ".join(f"'{g}'" for g in LONG_GRANULARITIES)  # literal: matches the partial index
    return (
        [
            # date_start bounded on both sides keeps this an index range on (type, start, end).
            "date_start BETWEEN ? AND ? AND date_end >= ?",
            f"date_granularity IN ({long_marks}) AND date_start BETWEEN ? AND ? AND date_end >= ?",
            "date_start IS NULL AND published BETWEEN ? AND ?",
        ],
        [
            [(lo - timedelta(days=CANDIDATE_MAX_SPAN_DAYS)).isoformat(), hi.isoformat(), lo.isoformat()],
            [(lo - timedelta(days=LONG_SPAN_DAYS)).isoformat(), hi.isoformat(), lo.isoformat()],
            [
                (min(near, lo) - timedelta(days=undated_days)).isoformat(),
                (max(near, hi) + timedelta(days=undated_days)).isoformat()
                + "~",  # '~' sorts after a time part
            ],
        ],
    )


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _window(m: Event) -> tuple[date, date] | None:
    """The mention's interval widened by CANDIDATE_WINDOW_DAYS, or None when it is undated."""
    start = _iso_date(m.date_start)
    if start is None:
        return None
    end = _iso_date(m.date_end) or start
    return start - timedelta(days=CANDIDATE_WINDOW_DAYS), max(start, end) + timedelta(
        days=CANDIDATE_WINDOW_DAYS
    )


def _write_events(
    conn: sqlite3.Connection, events: Sequence[Event], mentions: Sequence[Event]
) -> tuple[int, int]:
    """Upsert events, insert mentions, recount; returns (new events, new mentions)."""
    by_id: dict[str, Event] = {}
    for event in events:
        by_id[event.event_id] = event
    for mention in mentions:  # a mention whose event merge_mentions did not return
        if mention.event_id and mention.event_id not in by_id:
            by_id[mention.event_id] = mention
    ids = sorted(by_id)
    existing: set[str] = set()
    for chunk in _chunks(ids):
        rows = conn.execute(f"SELECT event_id FROM events WHERE event_id IN ({_marks(chunk)})", chunk)
        existing.update(r[0] for r in rows)
    _note_max_span(conn, by_id.values())
    cols = ", ".join(EVENT_COLUMNS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in EVENT_COLUMNS if c != "event_id")
    conn.executemany(
        f"INSERT INTO events ({cols}) VALUES ({_marks(EVENT_COLUMNS)}) "
        f"ON CONFLICT (event_id) DO UPDATE SET {updates}",
        [_event_values(by_id[i], EVENT_COLUMNS) for i in ids],
    )
    for chunk in _chunks(ids):
        conn.execute(f"DELETE FROM event_actors WHERE event_id IN ({_marks(chunk)})", chunk)
        conn.execute(f"DELETE FROM event_countries WHERE event_id IN ({_marks(chunk)})", chunk)
    conn.executemany(
        "INSERT OR IGNORE INTO event_actors (event_id, actor) VALUES (?, ?)",
        [(i, a) for i in ids for a in by_id[i].actors],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO event_countries (event_id, country) VALUES (?, ?)",
        [(i, c) for i in ids for c in by_id[i].countries],
    )
    before = conn.total_changes
    conn.executemany(
        f"INSERT OR IGNORE INTO mentions ({', '.join(MENTION_COLUMNS)}) VALUES ({_marks(MENTION_COLUMNS)})",
        [_event_values(m, MENTION_COLUMNS) for m in mentions],
    )
    inserted = conn.total_changes - before
    for chunk in _chunks(ids):
        marks = _marks(chunk)
        conn.execute(
            "UPDATE events SET mentions = (SELECT COUNT(*) FROM mentions WHERE mentions.event_id = events.event_id) "
            f"WHERE event_id IN ({marks})",
            chunk,
        )
        # An event left without mentions (its only mention was a duplicate span) is not an event.
        conn.execute(f"DELETE FROM events WHERE event_id IN ({marks}) AND mentions = 0", chunk)
    new = 0
    for chunk in _chunks([i for i in ids if i not in existing]):
        new += conn.execute(
            f"SELECT COUNT(*) FROM events WHERE event_id IN ({_marks(chunk)})", chunk
        ).fetchone()[0]
    return new, inserted


def _note_max_span(conn: sqlite3.Connection, events: Iterable[Event]) -> None:
    """Keep meta.max_span_days >= every stored interval (date filters rely on it, see _where)."""
    longest = 0
    for e in events:
        start, end = _iso_date(e.date_start), _iso_date(e.date_end)
        if start and end:
            longest = max(longest, (end - start).days)
    if longest:
        conn.execute(
            "UPDATE meta SET value = CAST(MAX(CAST(value AS INTEGER), ?) AS TEXT) WHERE key = 'max_span_days'",
            (longest,),
        )


def _max_span(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'max_span_days'").fetchone()
    return int(row[0]) if row else 0


def _event_values(event: Event, columns: Sequence[str]) -> tuple[Any, ...]:
    values = []
    for c in columns:
        v = getattr(event, c)
        if c == "date_end" and not v:
            v = event.date_start  # a one-point interval: keeps `date_end >= ?` filters indexable
        if c in _LIST_COLUMNS:
            v = json.dumps(list(v), ensure_ascii=False)
        values.append(v)
    return tuple(values)


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


# --- Reading (the dashboard and export) --------------------------------------------------------


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(flt: EventFilter, alias: str = "", max_span: int | None = None) -> tuple[str, list[Any]]:
    """SQL WHERE clause (with leading ' WHERE ', or '') and parameters for an EventFilter.

    `max_span` (meta.max_span_days) turns "ends on or after date_from" into an index range:
    no stored event starts more than max_span days before it ends.
    """
    p = f"{alias}." if alias else ""
    clauses: list[str] = []
    params: list[Any] = []
    dated: list[str] = []
    if flt.date_from:
        dated.append(f"{p}date_end >= ?")  # date_end is never NULL when date_start is set
        params.append(flt.date_from)
        lower = _iso_date(flt.date_from)
        if max_span is not None and lower is not None:
            dated.append(f"{p}date_start >= ?")
            params.append((lower - timedelta(days=max_span)).isoformat())
    if flt.date_to:
        dated.append(f"{p}date_start <= ?")
        params.append(flt.date_to)
    if dated:
        cond = " AND ".join(dated)
        if flt.include_undated:
            clauses.append(f"(({cond}) OR {p}date_start IS NULL)")
        else:
            clauses.append(f"({cond})")
    elif not flt.include_undated:
        clauses.append(f"{p}date_start IS NOT NULL")
    for column, values in (
        ("event_type", flt.types),
        ("status", flt.statuses),
        ("source", flt.sources),
        ("location", flt.places),
    ):
        if values:
            clauses.append(f"{p}{column} IN ({_marks(values)})")
            params += list(values)
    if flt.countries:
        clauses.append(
            f"{p}event_id IN (SELECT event_id FROM event_countries WHERE country IN ({_marks(flt.countries)}))"
        )
        params += list(flt.countries)
    if flt.actors:
        clauses.append(
            f"{p}event_id IN (SELECT event_id FROM event_actors WHERE actor IN ({_marks(flt.actors)}))"
        )
        params += list(flt.actors)
    if flt.text and flt.text.strip():
        pattern = f"%{_escape_like(flt.text.strip())}%"
        clauses.append(f"({p}title LIKE ? ESCAPE '\\' OR {p}evidence LIKE ? ESCAPE '\\')")
        params += [pattern, pattern]
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _events_table(flt: EventFilter) -> str:
    """`events`, or `events NOT INDEXED` when a text search is the only filter.

    Left alone, SQLite walks the date index and reads rows in date order until LIMIT rows
    match: fast for common words, 2.8 s on a million events for a rare one. A plain scan
    plus a top-N sort takes a steady ~0.4 s (measured on 1 M synthetic events).
    """
    others = (
        flt.date_from, flt.date_to, flt.types, flt.countries, flt.actors, flt.places, flt.statuses, flt.sources
    )  # fmt: skip
    if flt.text.strip() and not any(others):
        return "events NOT INDEXED"
    return "events"


def _order_sql(order: str, alias: str = "") -> str:
    if order not in ORDERS:
        raise ValueError(f"order must be one of {sorted(ORDERS)}, got {order!r}")
    if not alias:
        return ORDERS[order]
    return ", ".join(f"{alias}.{part.strip()}" for part in ORDERS[order].split(","))


def query_events(
    conn: sqlite3.Connection,
    flt: EventFilter = EventFilter(),
    *,
    limit: int | None = None,
    offset: int = 0,
    order: str = "date",
) -> pd.DataFrame:
    """Events matching `flt`, one row each, columns = models.CONTRACT_FIELDS (lists for actors/countries).

    Orders: "date" (undated last), "date_desc", "mentions", "confidence". Always pass a `limit`
    for display: the filter runs in SQL on indexes, but a million rows still fill memory.
    """
    where, params = _where(flt, max_span=_max_span(conn))
    sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM {_events_table(flt)}{where} ORDER BY {_order_sql(order)}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [int(limit), int(offset)]
    elif offset:
        sql += " LIMIT -1 OFFSET ?"
        params.append(int(offset))
    rows = [_row_to_dict(r) for r in conn.execute(sql, params)]
    return pd.DataFrame.from_records(rows, columns=list(CONTRACT_FIELDS))


def count_events(conn: sqlite3.Connection, flt: EventFilter = EventFilter()) -> int:
    """How many events match `flt` (for "showing 100 of N")."""
    where, params = _where(flt, max_span=_max_span(conn))
    return conn.execute(f"SELECT COUNT(*) FROM events{where}", params).fetchone()[0]


def iter_event_rows(
    conn: sqlite3.Connection, flt: EventFilter = EventFilter(), *, mentions: bool = False
) -> Iterator[dict[str, Any]]:
    """Contract rows (dicts, lists for actors/countries) one at a time, for streaming exports.

    With `mentions=True`, one row per mention: the event's fields with the mention's trigger,
    evidence and article fields, and the shared event_id (CONTRACT.md section 2).
    """
    if not mentions:
        where, params = _where(flt, max_span=_max_span(conn))
        sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM {_events_table(flt)}{where} ORDER BY {_order_sql('date')}"
    else:
        where, params = _where(flt, "e", max_span=_max_span(conn))
        cols = [f"m.{c}" if c in MENTION_OVERRIDES else f"e.{c}" for c in EVENT_COLUMNS]
        sql = (
            f"SELECT {', '.join(cols)} FROM events e JOIN mentions m ON m.event_id = e.event_id{where} "
            f"ORDER BY {_order_sql('date', 'e')}, m.article_id, m.trigger_start"
        )
    # A separate cursor streams rows; sqlite3 fetches them lazily.
    for row in conn.execute(sql, params):
        yield _row_to_dict(row)


def query_mentions(conn: sqlite3.Connection, event_id: str) -> pd.DataFrame:
    """Every mention of one event with the article it came from (the dashboard's evidence panel)."""
    columns = [
        "article_id", "trigger", "trigger_start", "trigger_end", "evidence", "evidence_start",
        "evidence_end", "date_text", "article_title", "source", "article_url", "published",
    ]  # fmt: skip
    sql = (
        "SELECT m.article_id, m.trigger, m.trigger_start, m.trigger_end, m.evidence, m.evidence_start, "
        "m.evidence_end, m.date_text, COALESCE(NULLIF(m.article_title, ''), a.title, '') AS article_title, "
        "COALESCE(NULLIF(m.source, ''), a.source, '') AS source, "
        "COALESCE(NULLIF(m.article_url, ''), a.url, '') AS article_url, "
        "COALESCE(m.published, a.published) AS published "
        "FROM mentions m LEFT JOIN articles a ON a.article_id = m.article_id "
        "WHERE m.event_id = ? ORDER BY published, m.article_id, m.trigger_start"
    )
    rows = [tuple(r) for r in conn.execute(sql, (event_id,))]
    return pd.DataFrame.from_records(rows, columns=columns)


def facets(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Distinct values for the filter widgets, sorted; each read from an index, not the table."""
    queries = {
        "types": "SELECT DISTINCT event_type FROM events",
        "countries": "SELECT DISTINCT country FROM event_countries",
        "actors": "SELECT DISTINCT actor FROM event_actors",
        "places": "SELECT DISTINCT location FROM events WHERE location IS NOT NULL AND location != ''",
        "statuses": "SELECT DISTINCT status FROM events",
        "sources": "SELECT DISTINCT source FROM events WHERE source != ''",
    }
    return {name: sorted(r[0] for r in conn.execute(sql)) for name, sql in queries.items()}


def weekly_counts(conn: sqlite3.Connection, flt: EventFilter = EventFilter()) -> pd.DataFrame:
    """Dated events per ISO week (Monday's date) and type, counted in SQL: columns week, event_type, n."""
    where, params = _where(flt, max_span=_max_span(conn))
    where = f"{where} AND date_start IS NOT NULL" if where else " WHERE date_start IS NOT NULL"
    # date(d, '-6 days', 'weekday 1') is the Monday on or before d.
    sql = (
        "SELECT date(date_start, '-6 days', 'weekday 1') AS week, event_type, COUNT(*) AS n "
        f"FROM {_events_table(flt)}{where} GROUP BY week, event_type ORDER BY week, event_type"
    )
    rows = [tuple(r) for r in conn.execute(sql, params)]
    return pd.DataFrame.from_records(rows, columns=["week", "event_type", "n"])


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    """Headline numbers: articles, outlets, events, mentions, latest_published, first_date, last_date."""
    articles, outlets, latest = conn.execute(
        "SELECT COUNT(*), COUNT(DISTINCT NULLIF(source, '')), MAX(published) FROM articles"
    ).fetchone()
    events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    mentions = conn.execute("SELECT COUNT(*) FROM mentions").fetchone()[0]
    first = conn.execute("SELECT MIN(date_start) FROM events").fetchone()[0]
    last = conn.execute("SELECT MAX(date_end) FROM events").fetchone()[0]
    return {
        "articles": articles,
        "outlets": outlets,
        "events": events,
        "mentions": mentions,
        "latest_published": latest,
        "first_date": first,
        "last_date": last,
    }


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """Consistency checks after a crash or for tests; an empty list means all is well."""
    problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
    problems += [f"foreign key: {tuple(r)}" for r in conn.execute("PRAGMA foreign_key_check")]
    orphan = conn.execute(
        "SELECT COUNT(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = m.event_id) "
        "OR NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = m.article_id)"
    ).fetchone()[0]
    if orphan:
        problems.append(f"{orphan} mentions without their event or article")
    wrong = conn.execute(
        "SELECT COUNT(*) FROM events e WHERE e.mentions != (SELECT COUNT(*) FROM mentions m WHERE m.event_id = e.event_id)"
    ).fetchone()[0]
    if wrong:
        problems.append(f"{wrong} events whose mention count is wrong")
    return problems
