"""Dashboard state and text helpers that need no Streamlit, so they are unit-tested as plain code.

- the filter <-> URL query parameters round trip (a view is shareable as a link, issue #5);
- evidence sentences split into plain / trigger / date segments, then escaped Markdown: article
  text is never rendered as HTML or as Markdown syntax, only our own emphasis is;
- the words around the figures: filter description, source line, KPI values, table rows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pandas as pd

from pipeline.models import EVENT_TYPES, STATUSES, EventFilter

LANE_CHOICES: tuple[str, ...] = ("country", "actor", "event_type")
# query-parameter name -> EventFilter field; short names keep shared links readable
LIST_PARAMS: dict[str, str] = {
    "type": "types",
    "country": "countries",
    "actor": "actors",
    "place": "places",
    "status": "statuses",
    "source": "sources",
}
# A multiselect sends all its options to the browser on every rerun: past this many, the actor
# filter becomes a text box (the 100k bench store has 120k actor names).
MAX_WIDGET_OPTIONS = 5000
TABLE_ROWS = 500  # the events table shows at most this many rows (a query limit, not a slice)
# Everything Markdown (CommonMark + Streamlit's extras) could read as syntax: escaped with "\".
WORD_JOINER = "\u2060"  # invisible, and no line break opportunity (unlike a zero-width space)
# where GFM's autolink literals start: "http(s)://", "ftp://", "www." and the "@" of an e-mail
_AUTOLINK = re.compile(r"(?i)(?<=http)(?=\\:)|(?<=https)(?=\\:)|(?<=ftp)(?=\\:)|(?<=www)(?=\\\.)|(?=@)")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=&\"'^])")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class ViewState:
    """What a shared link restores: the filter plus how the timeline is laid out."""

    flt: EventFilter = EventFilter()
    lane_by: str = "country"


def _values(params: Mapping[str, Any], key: str) -> list[str]:
    raw = params.get(key)
    if raw is None:
        return []
    items = [raw] if isinstance(raw, str) else list(raw)
    out: list[str] = []
    for item in items:  # accept both repeated keys and comma lists typed by hand
        out += [part.strip() for part in str(item).split(",") if part.strip()]
    return list(dict.fromkeys(out))


def _iso(value: str) -> str | None:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def state_from_params(params: Mapping[str, Any]) -> ViewState:
    """Read a view from query parameters; unknown or malformed values are dropped, never raised.

    >>> state_from_params({"type": ["meeting"], "from": "2023-01-01"}).flt.types
    ('meeting',)
    """
    fields: dict[str, Any] = {}
    for key, field_name in LIST_PARAMS.items():
        values = _values(params, key)
        if field_name == "types":
            values = [v for v in values if v in EVENT_TYPES]
        elif field_name == "statuses":
            values = [v for v in values if v in STATUSES]
        fields[field_name] = tuple(values)
    starts, ends = _values(params, "from"), _values(params, "to")
    date_from = _iso(starts[0]) if starts else None
    date_to = _iso(ends[0]) if ends else None
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
    text = " ".join(_values(params, "q"))[:200]
    undated = _values(params, "undated")
    flt = replace(
        EventFilter(),
        **fields,
        date_from=date_from,
        date_to=date_to,
        text=text,
        include_undated=not (undated and undated[0] in ("0", "false", "no")),
    )
    lane = _values(params, "lane")
    lane_by = lane[0] if lane and lane[0] in LANE_CHOICES else "country"
    return ViewState(flt=flt, lane_by=lane_by)


def params_from_state(state: ViewState) -> dict[str, str | list[str]]:
    """Query parameters for a view; defaults are left out so the plain URL means 'everything'."""
    flt = state.flt
    params: dict[str, str | list[str]] = {}
    if flt.date_from:
        params["from"] = flt.date_from
    if flt.date_to:
        params["to"] = flt.date_to
    for key, field_name in LIST_PARAMS.items():
        values = list(getattr(flt, field_name))
        if values:
            params[key] = values
    if flt.text:
        params["q"] = flt.text
    if not flt.include_undated:
        params["undated"] = "0"
    if state.lane_by != "country":
        params["lane"] = state.lane_by
    return params


def describe_filter(flt: EventFilter) -> str:
    """One line stating the filters, for the export's subtitle ('All events' when none)."""
    parts = []
    if flt.date_from or flt.date_to:
        parts.append(f"{flt.date_from or 'start'} to {flt.date_to or 'latest'}")
    labels = {
        "types": "type",
        "countries": "country",
        "actors": "actor",
        "places": "place",
        "statuses": "status",
        "sources": "source",
    }
    for field_name, label in labels.items():
        values = getattr(flt, field_name)
        if values:
            shown = ", ".join(values[:4]) + (f" +{len(values) - 4} more" if len(values) > 4 else "")
            parts.append(f"{label}: {shown}")
    if flt.text:
        parts.append(f'text: "{flt.text}"')
    if (flt.date_from or flt.date_to) and not flt.include_undated:
        parts.append("dated events only")
    return "All events" if not parts else " · ".join(parts)


def describe_view(state: ViewState) -> str:
    """The export subtitle: the filters, then how the timeline's lanes are chosen."""
    return f"{describe_filter(state.flt)} · lanes by {state.lane_by.replace('_', ' ')}"


def source_line(stats: Mapping[str, Any], generated: date) -> str:
    """'N articles, M outlets; generated YYYY-MM-DD': the provenance line under every export."""
    articles = int(stats.get("articles") or 0)
    outlets = int(stats.get("outlets") or 0)
    return (
        f"{articles:,} article{'s' if articles != 1 else ''}, {outlets:,} outlet{'s' if outlets != 1 else ''}; "
        f"generated {generated.isoformat()}"
    )


def latest_day(stats: Mapping[str, Any]) -> date | None:
    """'Today in the data': the latest article's publication day, or None for an empty store."""
    value = stats.get("latest_published")
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def date_span(stats: Mapping[str, Any], *, short: bool = False) -> str:
    """The dated events' span: '8 Jun 2022 – 18 Jun 2023 (376 days)', or short: '2022–2023'."""
    try:
        first = date.fromisoformat(str(stats.get("first_date"))[:10])
        last = date.fromisoformat(str(stats.get("last_date"))[:10])
    except ValueError:
        return "no dated events"
    days = (last - first).days + 1
    if short:
        if first.year == last.year:
            return f"{first:%b}–{last:%b %Y}" if first.month != last.month else f"{last:%b %Y}"
        return f"{first.year}–{last.year}"
    return f"{first:%-d %b %Y} – {last:%-d %b %Y} ({days:,} days)"


def date_bounds(stats: Mapping[str, Any]) -> tuple[date, date] | None:
    """(first, last) event dates for the date-range widget, None when nothing is dated."""
    try:
        first = date.fromisoformat(str(stats.get("first_date"))[:10])
        last = date.fromisoformat(str(stats.get("last_date"))[:10])
    except ValueError:
        return None
    return (first, last) if first <= last else (last, first)


# --- big stores: the aggregated timeline from SQL counts -------------------------------------------

# Events sampled (busiest first) to choose the lanes of an aggregated timeline: enough for the
# top 24 countries/actors to be stable, small enough to read in ~0.05 s on the 100k bench store.
LANE_SAMPLE_ROWS = 1500
# Lanes of the aggregated timeline: each costs one indexed query (~10 ms on the 100k bench store),
# and 16 heat rows still read on a slide; a filter change stays under 0.5 s.
DENSE_LANES = 16


def lane_week_counts(conn: Any, flt: EventFilter, lane_by: str, max_lanes: int = DENSE_LANES) -> pd.DataFrame:
    """Per-week event counts per lane (columns lane, week, n) without loading every event.

    For stores too big to draw event by event: event-type lanes come from one weekly_counts
    query; country/actor lanes are the busiest values in a sample of the most-mentioned events,
    each counted with its own weekly_counts query (indexed). Undated events are not counted.
    """
    from pipeline import store
    from pipeline.charts import country_name

    if lane_by == "event_type":
        weekly = store.weekly_counts(conn, flt)
        return weekly.rename(columns={"event_type": "lane"})[["lane", "week", "n"]]
    column, field_name = ("countries", "countries") if lane_by == "country" else ("actors", "actors")
    sample = store.query_events(conn, flt, limit=LANE_SAMPLE_ROWS, order="mentions")
    values = sample[column].explode().dropna()
    top = values.value_counts().sort_index().sort_values(ascending=False, kind="stable").index[:max_lanes]
    parts = []
    for value in top:
        weekly = store.weekly_counts(conn, replace(flt, **{field_name: (value,)}))
        if weekly.empty:
            continue
        per_week = weekly.groupby("week", as_index=False)["n"].sum()
        per_week.insert(0, "lane", country_name(value) if lane_by == "country" else value)
        parts.append(per_week)
    if not parts:
        return pd.DataFrame(columns=["lane", "week", "n"])
    return pd.concat(parts, ignore_index=True)


# --- evidence highlighting ----------------------------------------------------------------------

Segment = tuple[str, str]  # (kind, text) with kind in {"text", "trigger", "date"}


def _find(haystack: str, needle: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    if not needle:
        return None
    lowered, target = haystack.casefold(), needle.casefold()
    start = lowered.find(target)
    while start >= 0:
        span = (start, start + len(needle))
        if all(span[1] <= a or span[0] >= b for a, b in taken):
            return span
        start = lowered.find(target, start + 1)
    return None


def highlight_segments(
    evidence: str,
    trigger: str = "",
    date_text: str = "",
    *,
    trigger_offset: int | None = None,
) -> list[Segment]:
    """Split a sentence into plain, trigger and date-words segments (concatenation == evidence).

    `trigger_offset` is the trigger's index inside `evidence` (trigger_start - evidence_start);
    when it does not point at the trigger, the first free occurrence is used instead.
    """
    evidence = evidence or ""
    spans: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    if trigger:
        found = None
        if trigger_offset is not None and evidence[trigger_offset : trigger_offset + len(trigger)] == trigger:
            found = (trigger_offset, trigger_offset + len(trigger))
        found = found or _find(evidence, trigger, taken)
        if found:
            spans.append((*found, "trigger"))
            taken.append(found)
    if date_text:
        found = _find(evidence, date_text, taken)
        if found:
            spans.append((*found, "date"))
            taken.append(found)
    segments: list[Segment] = []
    cursor = 0
    for start, end, kind in sorted(spans):
        if start > cursor:
            segments.append(("text", evidence[cursor:start]))
        segments.append((kind, evidence[start:end]))
        cursor = end
    if cursor < len(evidence):
        segments.append(("text", evidence[cursor:]))
    return segments


def escape_markdown(text: str) -> str:
    """Article words as literal Markdown text: every syntax character backslash-escaped.

    Streamlit's GFM turns bare web and e-mail addresses into links AFTER escapes are resolved, so
    an invisible word joiner goes inside each: article text never becomes a clickable link.
    """
    escaped = _MD_SPECIAL.sub(r"\\\1", _SPACES.sub(" ", text))
    return _AUTOLINK.sub(WORD_JOINER, escaped)


def segments_markdown(segments: Sequence[Segment]) -> str:
    """Escaped Markdown with only our emphasis: **trigger** and a highlighted date phrase."""
    out = []
    for kind, text in segments:
        body = escape_markdown(text)
        if kind == "trigger" and body.strip():
            out.append(f"**{body}**")
        elif kind == "date" and body.strip():
            out.append(f":blue-background[{body}]")
        else:
            out.append(body)
    return "".join(out)


# --- tables --------------------------------------------------------------------------------------


def _joined(value: Any) -> str:
    if value is None or isinstance(value, float):
        return ""
    if isinstance(value, str):
        return value
    return "; ".join(str(v) for v in value)


def events_table(df: pd.DataFrame) -> pd.DataFrame:
    """The events as a reader-facing table (event_id kept as the index for selection)."""
    if df.empty:
        return pd.DataFrame(
            columns=[
                "date",
                "title",
                "type",
                "status",
                "countries",
                "place",
                "date as written",
                "source",
                "mentions",
            ]
        )
    start = df["date_start"].fillna("")
    end = df["date_end"].fillna("")
    when = [s if not e or e == s else f"{s} – {e}" for s, e in zip(start, end, strict=True)]
    table = pd.DataFrame(
        {
            "date": [w or "undated" for w in when],
            "title": df["title"].fillna(""),
            "type": df["event_type"].fillna(""),
            "status": df["status"].fillna(""),
            "countries": df["countries"].map(_joined),
            "place": df["location"].fillna(""),
            "date as written": df["date_text"].fillna(""),
            "source": df["source"].fillna("") if "source" in df else "",
            "mentions": df["mentions"].fillna(1).astype(int),
        },
        index=df.index,
    )
    table.index = pd.Index(df["event_id"].to_numpy(), name="event_id")
    return table


def rejections_frame(rejections: Sequence[Any]) -> pd.DataFrame:
    """Rejected rows as a table (file, row, reason) for display and CSV download."""
    rows = [r.as_dict() if hasattr(r, "as_dict") else dict(r) for r in rejections]
    frame = pd.DataFrame(rows, columns=["file", "row", "reason"])
    # a whole-file rejection has no row: blank, not 'None', on screen and in the downloaded CSV
    frame["row"] = [("" if pd.isna(r) else str(int(r))) for r in frame["row"]]
    return frame


# --- ingest progress and reports ------------------------------------------------------------------


class RowProgress:
    """Turns process_articles' "n more rows done" callbacks into (fraction, label) for a progress bar.

    With an unknown `total` the fraction creeps towards 0.95 and never claims to be done.
    """

    def __init__(self, total: int | None = None, what: str = "rows") -> None:
        self.total = total if total and total > 0 else None
        self.done = 0
        self.what = what

    def advance(self, n: int) -> tuple[float, str]:
        self.done += max(0, int(n))
        if self.total:
            fraction = min(1.0, self.done / self.total)
            return fraction, f"{self.done:,} of {self.total:,} {self.what} processed"
        return min(0.95, 1 - 1 / (1 + self.done / 200)), f"{self.done:,} {self.what} processed"


def merge_reports(reports: Sequence[Any]) -> Any:
    """One IngestReport for several files (each file is ingested with its own column mapping)."""
    from pipeline.models import IngestReport

    total = IngestReport()
    for report in reports:
        total.read += report.read
        total.stored += report.stored
        total.duplicates += report.duplicates
        total.rejected += report.rejected
        total.events += report.events
        total.rejections.extend(report.rejections)
        total.warnings.extend(report.warnings)
    return total


def unique_names(names: Sequence[str]) -> list[str]:
    """Upload names made distinct ('a.csv', 'a.csv (2)'): two files of one name from different
    folders would share widget keys (a Streamlit error) and be told apart nowhere in the report."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def report_summary(report: Any) -> str:
    """The upload result line; IngestReport.events counts NEW events only (an article whose event
    is already stored adds a mention to it), so the line must not promise "updated" ones."""
    return (
        f"Read {report.read:,} row{'' if report.read == 1 else 's'}: {report.stored:,} stored, {report.duplicates:,} duplicates, "
        f"{report.rejected:,} rejected; {report.events:,} new events."
    )


def widget_defaults(state: ViewState, options: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """Session-state values for the sidebar widgets from a (shared) view.

    Values the store does not know are dropped: a multiselect default outside its options is an
    error in Streamlit, and a stale link should open as the nearest valid view, not fail.
    """
    flt = state.flt
    known = {name: set(values) for name, values in options.items()}
    out: dict[str, Any] = {}
    for field_name in LIST_PARAMS.values():
        out[f"f_{field_name}"] = [v for v in getattr(flt, field_name) if v in known.get(field_name, set())]
    # the text box stands in for the actor list on huge stores; it too keeps only known names
    out["f_actors_text"] = "; ".join(a for a in flt.actors if a in known.get("actors", set()))
    out["f_text"] = flt.text
    out["f_undated"] = flt.include_undated
    out["lane_by"] = state.lane_by
    return out


def clamp_range(flt: EventFilter, bounds: tuple[date, date] | None) -> tuple[date, date] | None:
    """The date-range widget's value: the filter's range inside the data's bounds, else the bounds."""
    if bounds is None:
        return None
    first, last = bounds
    start = date.fromisoformat(flt.date_from) if flt.date_from else first
    end = date.fromisoformat(flt.date_to) if flt.date_to else last
    start, end = max(first, min(start, last)), max(first, min(end, last))
    return (start, end) if start <= end else (first, last)


def _as_tuple(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(";") if part.strip())
    return tuple(value)


def state_from_widgets(
    values: Mapping[str, Any], bounds: tuple[date, date] | None, *, actors_as_text: bool = False
) -> ViewState:
    """Build the view from widget values; a date range equal to the data's bounds means 'no limit'.

    `actors_as_text`: the page shows the actor text box instead of the list, so only it counts
    (the other one's leftover value would be a filter the sidebar does not show and cannot clear).
    """
    picked = values.get("f_dates") or ()
    date_from = date_to = None
    if isinstance(picked, (tuple, list)) and len(picked) == 2 and bounds is not None:
        start, end = picked
        date_from = start.isoformat() if start > bounds[0] else None
        date_to = end.isoformat() if end < bounds[1] else None
    lists = {field_name: _as_tuple(values.get(f"f_{field_name}")) for field_name in LIST_PARAMS.values()}
    if actors_as_text:
        lists["actors"] = _as_tuple(values.get("f_actors_text"))
    flt = EventFilter(
        date_from=date_from,
        date_to=date_to,
        text=str(values.get("f_text") or "").strip()[:200],
        include_undated=bool(values.get("f_undated", True)),
        **lists,
    )
    lane = values.get("lane_by") or "country"
    return ViewState(flt=flt, lane_by=lane if lane in LANE_CHOICES else "country")
