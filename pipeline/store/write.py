"""Writing: one transaction per batch, duplicate articles, merge candidates, event upserts."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from pipeline import dedupe
from pipeline.models import Article, Event
from pipeline.store.schema import (
    _LIST_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    _bump_revision,
    _chunks,
    _iso_date,
    _marks,
    _now,
    _rollback,
    _row_to_event,
)

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
        # "!= ''" lets SQLite use the partial index articles_canonical_url; without it every
        # lookup scanned the articles table (1 ms at 2,000 articles, 0.003 ms with it; issue #6).
        row = conn.execute(
            "SELECT article_id FROM articles WHERE canonical_url = ? AND canonical_url != ''", (url,)
        ).fetchone()
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


def group_fields(m: Event) -> tuple[Any, ...]:
    """The few fields of a mention that decide its merge group (all that store.spill keeps)."""
    return (m.event_type, m.actors, m.countries, m.location_country, m.article_id, m.date_start, m.date_end)


def group_keys(
    fields: tuple[Any, ...], actorless_countries: dict[str, set[str]]
) -> list[tuple[str, str, str]]:
    """The union-find keys of one mention (see _merge_in_groups); none for a mention that merges
    with nothing. One function for the store and for extract's spill file, so both group alike."""
    event_type, actors, countries, location_country, article_id, date_start, date_end = fields
    group = _type_group(event_type)
    keys = [(group, "a", a) for a in actors]
    shared = actorless_countries.get(group, set())
    keys += [(group, "c", c) for c in countries if not actors or c in shared]
    if event_type in ("summit", "meeting") and location_country:
        # dedupe.one_summit, and a group's meeting during a summit in its town
        keys.append((group, "summit-in", location_country))
    if event_type in ("summit", "meeting") and article_id and date_start:
        # dedupe._one_gathering_of_article: one article's summit mentions on the same days. Keyed
        # by the article alone: a merged cluster's days widen ("Ana's summit" on the 2nd and on the
        # 3rd), so a meeting on the 2nd can join it through days no single mention had.
        keys.append((group, "summit-of", article_id))
    return keys


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
        keys = group_keys(group_fields(e), actorless_countries) or [
            (_type_group(e.event_type), "solo", str(i))
        ]
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
    if m.event_type == "summit" and m.location_country and when:
        # dedupe.one_summit: one summit in one place and time, whoever each row names.
        for w, ps in list(zip(when, when_params, strict=True))[:2]:  # dated candidates only
            sql = f"SELECT * FROM events WHERE event_type = 'summit' AND {w} AND location_country = ?"
            queries.append((sql + limit, [*ps, m.location_country]))
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
