"""Writers for event rows: CSV, JSON Lines and iCalendar, streamed row by row.

Rows are contract dicts (CONTRACT.md section 2) as store.iter_event_rows yields them, so an
export of a million events never holds them all. The DataFrame helpers serve the dashboard's
download buttons with the very same writers.
"""

from __future__ import annotations

import csv
import io
import json
import math
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TextIO

from pipeline.models import CONTRACT_FIELDS

if TYPE_CHECKING:  # pandas costs 0.4 s of start-up and only the dashboard's DataFrame helpers need it
    import pandas as pd

# Spreadsheet formula injection (OWASP "CSV Injection"): a text cell starting with one of these
# is run as a formula by Excel/LibreOffice/Sheets; a leading apostrophe makes it plain text.
FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
LIST_SEPARATOR = "; "  # CONTRACT.md section 2: lists in CSV cells
ICS_UID_DOMAIN = "diplomatic-events-timeline"
ICS_PRODID = "-//Diplomatic Events Timeline//pipeline.export//EN"
ICS_LINE_OCTETS = 75  # RFC 5545 section 3.1: content lines are folded at 75 octets


def neutralise_cell(value: Any) -> Any:
    """A text cell safe to open in a spreadsheet; numbers (and everything not text) unchanged.

    >>> neutralise_cell('=HYPERLINK("http://x","y")')
    '\\'=HYPERLINK("http://x","y")'
    >>> neutralise_cell(-3.5)
    -3.5
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _clean(value: Any) -> Any:
    """Plain Python values: NaN/NA -> None, numpy scalars and arrays -> Python ones."""
    if value is None:
        return None
    pd = sys.modules.get("pandas")  # a pandas NA can only exist once pandas is imported
    if pd is not None and (value is pd.NA or value is pd.NaT):
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if hasattr(value, "tolist"):  # numpy scalar or array (DataFrame cells)
        return _clean(value.tolist())
    return value


def _csv_cell(value: Any) -> Any:
    value = _clean(value)
    if value is None:
        return ""
    if isinstance(value, list):
        value = LIST_SEPARATOR.join("" if v is None else str(v) for v in value)
    return neutralise_cell(value)


def write_csv(rows: Iterable[dict[str, Any]], fp: TextIO, *, fields: Iterable[str] | None = None) -> int:
    """Write rows as CSV (header = `fields`, else the first row's keys, else the contract fields).

    Lists are joined with "; ", None is an empty cell, and text cells that a spreadsheet would
    run as a formula are neutralised. Open files with newline="". Returns the number of rows.
    """
    it = iter(rows)
    first = next(it, None)
    header = (
        list(fields) if fields is not None else (list(first) if first is not None else list(CONTRACT_FIELDS))
    )
    writer = csv.writer(fp)
    writer.writerow(header)
    n = 0
    if first is None:
        return n
    for row in _chain(first, it):
        writer.writerow([_csv_cell(row.get(k)) for k in header])
        n += 1
    return n


def _chain(first: dict[str, Any], rest: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    yield first
    yield from rest


def write_jsonl(rows: Iterable[dict[str, Any]], fp: TextIO) -> int:
    """Write one JSON object per line (UTF-8 text, lists as JSON arrays); returns the number of rows."""
    n = 0
    for row in rows:
        fp.write(json.dumps({k: _clean(v) for k, v in row.items()}, ensure_ascii=False, allow_nan=False))
        fp.write("\n")
        n += 1
    return n


def _ics_text(value: str) -> str:
    """RFC 5545 TEXT escaping: backslash, semicolon, comma, and newlines as \\n."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1)."""
    parts: list[str] = []
    current, size, limit = [], 0, ICS_LINE_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, ICS_LINE_OCTETS - 1  # continuation lines start with a space
        current.append(ch)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts) + "\r\n"


def _ics_date(value: Any) -> date | None:
    if not value or not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def write_ics(rows: Iterable[dict[str, Any]], fp: TextIO, *, stamp: datetime | None = None) -> int:
    """Write dated events as all-day VEVENTs of one VCALENDAR; returns how many were written.

    Undated rows are skipped (a calendar entry needs a day); DTEND is exclusive, so it is
    date_end + 1 day. A repeated event_id (mention rows) gives one VEVENT. `stamp` is the
    DTSTAMP (default: now, UTC). Lines end with CRLF: open files with newline="".
    """
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC)
    dtstamp = stamp.strftime("%Y%m%dT%H%M%SZ")
    fp.write(_fold("BEGIN:VCALENDAR"))
    fp.write(_fold("VERSION:2.0"))
    fp.write(_fold(f"PRODID:{ICS_PRODID}"))
    fp.write(_fold("CALSCALE:GREGORIAN"))
    seen: set[str] = set()
    n = 0
    for row in rows:
        start = _ics_date(row.get("date_start"))
        event_id = str(row.get("event_id") or "")
        if start is None or not event_id or event_id in seen:
            continue
        seen.add(event_id)
        end = _ics_date(row.get("date_end")) or start
        end = max(end, start)
        lines = [
            "BEGIN:VEVENT",
            f"UID:{_ics_text(event_id)}@{ICS_UID_DOMAIN}",
            f"DTSTAMP:{dtstamp}",
            f"DTSTART;VALUE=DATE:{start.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(end + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_ics_text(str(row.get('title') or row.get('event_type') or 'Event'))}",
            f"DESCRIPTION:{_ics_text(_ics_description(row))}",
        ]
        if row.get("location"):
            lines.append(f"LOCATION:{_ics_text(str(row['location']))}")
        if row.get("event_type"):
            lines.append(f"CATEGORIES:{_ics_text(str(row['event_type']))}")
        url = str(row.get("article_url") or "")
        if url.startswith(("http://", "https://")) and not any(c in url for c in "\r\n "):
            lines.append(f"URL:{url}")
        lines.append("END:VEVENT")
        for line in lines:
            fp.write(_fold(line))
        n += 1
    fp.write(_fold("END:VCALENDAR"))
    return n


def _ics_description(row: dict[str, Any]) -> str:
    parts = [str(row.get("evidence") or "")]
    source = " - ".join(
        str(v) for v in (row.get("article_title"), row.get("source"), row.get("published")) if v and _clean(v)
    )
    if source:
        parts.append(f"Source: {source}")
    if row.get("article_url"):
        parts.append(str(row["article_url"]))
    return "\n\n".join(p for p in parts if p)


# --- DataFrame helpers for the dashboard's download buttons ------------------------------------


def _df_rows(df: pd.DataFrame) -> Iterator[dict[str, Any]]:
    for row in df.to_dict("records"):
        yield {str(k): _clean(v) for k, v in row.items()}


def events_csv_bytes(df: pd.DataFrame) -> bytes:
    """The DataFrame's events as CSV (UTF-8), neutralised like `export --format csv`."""
    buf = io.StringIO(newline="")
    write_csv(_df_rows(df), buf, fields=[str(c) for c in df.columns])
    return buf.getvalue().encode("utf-8")


def events_jsonl_bytes(df: pd.DataFrame) -> bytes:
    """The DataFrame's events as JSON Lines (UTF-8)."""
    buf = io.StringIO()
    write_jsonl(_df_rows(df), buf)
    return buf.getvalue().encode("utf-8")


def events_ics_bytes(df: pd.DataFrame, *, stamp: datetime | None = None) -> bytes:
    """The DataFrame's dated events as an iCalendar file (UTF-8, CRLF)."""
    buf = io.StringIO(newline="")
    write_ics(_df_rows(df), buf, stamp=stamp)
    return buf.getvalue().encode("utf-8")
