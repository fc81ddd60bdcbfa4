"""Reading for the dashboard and exports: every query an indexed WHERE with a LIMIT where it matters."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from pipeline.models import CONTRACT_FIELDS, EventFilter
from pipeline.store.schema import (
    EVENT_COLUMNS,
    _iso_date,
    _marks,
    _max_span,
    _row_to_dict,
)

if TYPE_CHECKING:  # pandas costs 0.4 s of start-up; `ingest` and `export` never build a DataFrame
    import pandas as pd

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
    import pandas as pd

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
    import pandas as pd

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
    import pandas as pd

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
