"""Diplomatic events dashboard: filter, explore, feed with new articles, export for a report.

A table of contents (issue #5): page setup -> demo seed -> sidebar filters (kept in the URL) ->
KPIs -> tabs. Figures come from pipeline.charts, words and state from pipeline.views, data
from pipeline.store; this file only wires widgets to them and translates our errors to st.error.
Run: `.venv/bin/python -m streamlit run app.py` (DIPLO_DB picks the database).
"""

from __future__ import annotations

from contextlib import closing
from datetime import date

import pandas as pd
import streamlit as st

from pipeline import charts, export, ingest, settings, store, views
from pipeline.models import EVENT_TYPES, STATUSES, EventFilter
from pipeline.process import process_articles

DEMO_FILE = settings.SAMPLES_DIR / "demo_articles.csv"
UPLOAD_TYPES = ["csv", "tsv", "jsonl", "json", "txt", "html", "htm"]
PRECOUNT_BYTES = 20 * 1024 * 1024  # files up to this size are counted first for an exact progress bar
NONE_COLUMN = "(none)"
DATA_DOWNLOADS = [
    ("CSV", export.events_csv_bytes, "events.csv", "text/csv"),
    ("JSON Lines", export.events_jsonl_bytes, "events.jsonl", "application/jsonl"),
    ("iCalendar", export.events_ics_bytes, "events.ics", "text/calendar"),
]
# The map and actor matrix read at most this many events (reading is ~45 us a row, so ~0.5 s).
SAMPLE_ROWS = 10_000
NO_MATCH = "No events match these filters. Widen the date range, clear some filters or the search words."
TAB_LABELS = ["Timeline", "Per week", "Map", "Who meets whom", "Upload articles"]

st.set_page_config(page_title="Diplomatic events timeline", page_icon="🗓️", layout="wide")


# --- data access: cached at the boundary, keyed by the store's revision --------------------------


def db_path() -> str:
    return str(settings.db_path())


@st.cache_data(show_spinner=False, max_entries=64)
def load_events(
    db: str, rev: int, flt: EventFilter, limit: int | None = None, order: str = "date"
) -> pd.DataFrame:
    with closing(store.connect(db)) as conn:
        return store.query_events(conn, flt, limit=limit, order=order)


@st.cache_data(show_spinner=False, max_entries=64)
def load_count(db: str, rev: int, flt: EventFilter) -> int:
    with closing(store.connect(db)) as conn:
        return store.count_events(conn, flt)


@st.cache_data(show_spinner=False, max_entries=64)
def load_weekly(db: str, rev: int, flt: EventFilter) -> pd.DataFrame:
    with closing(store.connect(db)) as conn:
        return store.weekly_counts(conn, flt)


# Read-only results shared as is (cache_resource: no copy per rerun; the 100k bench store has
# 120k actor names, which cache_data would unpickle on every rerun).
@st.cache_resource(show_spinner=False, max_entries=4)
def load_facets(db: str, rev: int) -> dict[str, list[str]]:
    with closing(store.connect(db)) as conn:
        return store.facets(conn)


@st.cache_resource(show_spinner=False, max_entries=4)
def load_stats(db: str, rev: int) -> dict:
    with closing(store.connect(db)) as conn:
        return store.stats(conn)


@st.cache_data(show_spinner=False, max_entries=256)
def load_mentions(db: str, rev: int, event_id: str) -> pd.DataFrame:
    with closing(store.connect(db)) as conn:
        return store.query_mentions(conn, event_id)


@st.cache_data(show_spinner=False, max_entries=32)
def timeline(db: str, rev: int, flt: EventFilter, lane_by: str, today: date | None, dark: bool, dense: bool):
    """Event by event when it fits; for big views, per-week counts computed by the store."""
    if dense:
        with closing(store.connect(db)) as conn:
            counts = views.lane_week_counts(conn, flt, lane_by)
        return charts.settled(charts.timeline_counts_figure(counts, today, dark=dark))
    return charts.settled(
        charts.timeline_figure(load_events(db, rev, flt), lane_by=lane_by, today=today, dark=dark)
    )


def sample_events(db: str, rev: int, flt: EventFilter, shown: int) -> pd.DataFrame:
    """The map and actor views read at most SAMPLE_ROWS events, the most-mentioned first."""
    if shown > SAMPLE_ROWS:
        st.caption(f"Drawn from the {SAMPLE_ROWS:,} most-mentioned of {shown:,} events in this view.")
    return load_events(db, rev, flt, SAMPLE_ROWS if shown > SAMPLE_ROWS else None, "mentions")


def current_revision() -> int:
    with closing(store.connect(db_path())) as conn:
        return store.revision(conn)


# --- ingest (demo seed and uploads) ---------------------------------------------------------------


def ingest_files(
    files: list[tuple[str, bytes]],
    mappings: dict[str, dict[str, str]],
    label: str,
    *,
    published: date | None = None,
    dayfirst: bool = settings.DAYFIRST,
):
    """Run process_articles per file (each with its own mapping) under one progress bar."""
    total = sum(count_rows(name, data) for name, data in files)
    tracker = views.RowProgress(total or None)
    bar = st.progress(0.0, text=label)
    reports = []
    with closing(store.connect(db_path())) as conn:
        for name, data in files:
            reports.append(
                process_articles(
                    [(name, data)],
                    conn,
                    mapping=mappings.get(name) or None,
                    published=published,
                    dayfirst=dayfirst,
                    progress=lambda n: bar.progress(*tracker.advance(n)),
                )
            )
    bar.progress(1.0, text=f"{tracker.done:,} rows processed")
    st.cache_data.clear()
    return views.merge_reports(reports)


def count_rows(name: str, data: bytes) -> int:
    """Rows in a file for the progress bar's total (small files only: reading twice is cheap)."""
    if len(data) > PRECOUNT_BYTES:
        return 0
    return sum(1 for _ in ingest.iter_articles(data, name))


def seed_demo_if_empty() -> None:
    with closing(store.connect(db_path())) as conn:
        empty = store.stats(conn)["articles"] == 0
    if empty and DEMO_FILE.exists():
        with st.status("First start: reading the bundled demo articles…", expanded=True) as status:
            report = ingest_files([(DEMO_FILE.name, DEMO_FILE.read_bytes())], {}, "Reading demo articles")
            status.update(label="Demo data ready", state="complete")
        st.toast(f"Demo data ready: {report.stored} articles, {report.events} events.")


# --- sidebar: filters that live in the URL ----------------------------------------------------------


def sidebar_filters(facets: dict[str, list[str]], bounds) -> views.ViewState:
    options = {
        "types": [t for t in EVENT_TYPES if t in facets.get("types", [])] or list(EVENT_TYPES),
        "countries": facets.get("countries", []),
        "actors": facets.get("actors", []),
        "places": facets.get("places", []),
        "statuses": [s for s in STATUSES if s in facets.get("statuses", [])] or list(STATUSES),
        "sources": facets.get("sources", []),
    }
    if "view_loaded" not in st.session_state:  # first run of this session: restore a shared link
        shared = views.state_from_params({k: st.query_params.get_all(k) for k in st.query_params})
        st.session_state.update(views.widget_defaults(shared, options))
        st.session_state["f_dates"] = views.clamp_range(shared.flt, bounds)
        st.session_state["view_loaded"] = True
    sb = st.sidebar
    sb.header("Filters")
    if bounds is not None:
        sb.date_input(
            "Date range", min_value=bounds[0], max_value=bounds[1], key="f_dates", format="YYYY-MM-DD"
        )
    sb.text_input("Search titles and evidence", key="f_text", placeholder="e.g. ceasefire")
    sb.multiselect("Event type", options["types"], key="f_types")
    sb.multiselect("Country", options["countries"], key="f_countries", format_func=charts.country_name)
    if len(options["actors"]) <= views.MAX_WIDGET_OPTIONS:
        sb.multiselect("Actor", options["actors"], key="f_actors")
    else:  # a 100k-name list would be resent to the browser on every rerun
        sb.text_input("Actor (exact names, separated by ;)", key="f_actors_text")
    sb.multiselect("Place", options["places"], key="f_places")
    sb.multiselect("Status", options["statuses"], key="f_statuses")
    sb.multiselect("Source", options["sources"], key="f_sources")
    sb.checkbox(
        "Include undated events", key="f_undated", help="Events with no date words, shown at publication"
    )
    sb.divider()
    sb.toggle("Dark charts", key="dark", help="Switch the charts' template; the page theme follows Settings")
    state = views.state_from_widgets(
        st.session_state, bounds, actors_as_text=len(options["actors"]) > views.MAX_WIDGET_OPTIONS
    )
    st.query_params.from_dict(views.params_from_state(state))
    sb.caption("The address bar holds these filters: copy it to share this view.")
    return state


# --- page sections --------------------------------------------------------------------------------


def show_chart(fig) -> None:
    """A secondary view's figure, with our own template and the report-ready modebar download."""
    st.plotly_chart(fig, theme=None, config=charts.modebar_config())


def kpi_row(stats: dict, shown: int) -> None:
    cols = st.columns(4)
    cols[0].metric("Events in view", f"{shown:,}", help=f"{stats['events']:,} events stored")
    cols[1].metric("Articles", f"{stats['articles']:,}")
    cols[2].metric("Outlets", f"{stats['outlets']:,}")
    cols[3].metric("Date span", views.date_span(stats, short=True), help=views.date_span(stats))


def timeline_tab(
    db: str, rev: int, state: views.ViewState, stats: dict, dark: bool, dense: bool
) -> str | None:
    st.segmented_control(
        "Lanes",
        list(views.LANE_CHOICES),
        key="lane_by",
        format_func=lambda v: v.replace("_", " "),
        required=True,
    )
    today = views.latest_day(stats)
    fig = timeline(db, rev, state.flt, state.lane_by, today, dark, dense)
    if fig.layout.meta and fig.layout.meta.get("kind") == "aggregated":
        st.caption(
            "Too many events to draw one by one: each cell counts the events of one week in one lane "
            "(busiest lanes only; narrow the filters to see single events)."
        )
    picked = st.plotly_chart(
        fig,
        theme=None,
        key="timeline_chart",
        on_select="rerun",
        selection_mode="points",
        config=charts.modebar_config(st.session_state.get("preset", "16:9"), "diplomatic-timeline"),
    )
    st.caption(
        "Colour = event type. Filled = occurred, hollow/hatched = planned or expected, grey ✕ = postponed "
        "or cancelled, ◆ = no date in the text (drawn at its publication date). Dotted line: latest article."
    )
    unplaced = (fig.layout.meta or {}).get("unplaced", 0)
    if unplaced and fig.layout.meta.get("kind") != "empty":
        st.caption(
            f"{unplaced:,} event(s) in this view have no date and no publication date, so they are "
            "not drawn; they are in the table below."
        )
    points = (picked or {}).get("selection", {}).get("points", []) if picked else []
    ids = [p["customdata"][0] for p in points if p.get("customdata")]
    return ids[0] if ids else None


def events_and_detail(db: str, rev: int, flt: EventFilter, shown: int, chart_pick: str | None) -> None:
    st.subheader("Events")
    if shown == 0:  # an empty table and "select an event" under "no events match" read as broken
        st.info(NO_MATCH)
        return
    df = load_events(db, rev, flt, views.TABLE_ROWS)
    if shown > len(df):
        st.caption(
            f"Showing the first {len(df):,} of {shown:,} events (by date); narrow the filters to see others."
        )
    table = views.events_table(df)
    picked = st.dataframe(
        table,
        key="events_table",
        on_select="rerun",
        selection_mode="single-row",
        hide_index=True,
        height=320,
        column_config={
            "title": st.column_config.TextColumn(width="large"),
            "date": st.column_config.TextColumn(width="medium"),
            "mentions": st.column_config.NumberColumn(width="small"),
        },
    )
    rows = picked.selection.rows if picked else []
    event_id = table.index[rows[0]] if rows else chart_pick
    if event_id is None:
        st.info(
            "Select an event in the table (or click one in the timeline) to read every sentence that mentions it."
        )
        return
    mentions = load_mentions(db, rev, event_id)
    match = df[df["event_id"] == event_id]
    title = match["title"].iloc[0] if len(match) else event_id
    st.markdown(f"#### {views.escape_markdown(title)}")
    st.caption(
        f"{len(mentions)} mention(s). **Bold** = the words naming the event; highlighted = the date words."
    )
    for _, m in mentions.iterrows():
        offset = None
        if pd.notna(m["trigger_start"]) and pd.notna(m["evidence_start"]):
            offset = int(m["trigger_start"]) - int(m["evidence_start"])
        segments = views.highlight_segments(
            m["evidence"], m["trigger"], m["date_text"] or "", trigger_offset=offset
        )
        with st.container(border=True):
            st.markdown(views.segments_markdown(segments))
            meta = " · ".join(
                views.escape_markdown(str(v)) for v in (m["article_title"], m["source"], m["published"]) if v
            )
            st.caption(meta)
            if m["article_url"]:
                st.link_button("Open article", m["article_url"])


def export_panel(fig, state: views.ViewState, stats: dict, df_loader) -> None:
    """Images render on click (kaleido takes 1-3 s); data files are built only when downloaded."""
    st.subheader("Download this view")
    c1, c2 = st.columns([1, 2])
    preset = c1.selectbox(
        "Image size", list(charts.PRESETS), key="preset", help="16:9 1600×900, 1:1, A4 landscape"
    )
    title = c2.text_input("Title", value="Diplomatic events timeline", key="export_title")
    subtitle = views.describe_view(state)
    source = views.source_line(stats, date.today())
    st.caption(f"Subtitle: {subtitle} — source line: {source}")
    cols = st.columns(3)
    for col, fmt in zip(cols, ("png", "svg", "html"), strict=True):
        signature = (fmt, preset, title, subtitle, source, state)
        if col.button(f"Render {fmt.upper()}", key=f"render_{fmt}", width="stretch"):
            try:
                st.session_state[f"export_{fmt}"] = (
                    signature,
                    charts.export_figure(fig, fmt, preset, title, subtitle, source),
                )
            except charts.ExportError as exc:
                col.error(str(exc))
        ready = st.session_state.get(f"export_{fmt}")
        if ready and ready[0] == signature:
            col.download_button(
                f"Download {fmt.upper()}",
                ready[1],
                file_name=f"diplomatic-timeline.{fmt}",
                mime={"png": "image/png", "svg": "image/svg+xml", "html": "text/html"}[fmt],
                key=f"download_{fmt}",
                width="stretch",
                on_click="ignore",
            )
    st.markdown("**Filtered events**")
    cols = st.columns(3)
    for col, (label, writer, name, mime) in zip(cols, DATA_DOWNLOADS, strict=True):
        col.download_button(
            label,
            lambda w=writer: w(df_loader()),  # built on click, in Streamlit's download thread
            name,
            mime,
            key=f"dl_{name.split('.')[1]}",
            on_click="ignore",
        )


def upload_tab() -> None:
    st.write("Add articles: CSV/TSV (any delimiter or encoding), JSON Lines/JSON, .txt or .html files.")
    files = st.file_uploader("Article files", type=UPLOAD_TYPES, accept_multiple_files=True, key="uploads")
    mappings: dict[str, dict[str, str]] = {}
    names = views.unique_names([upload.name for upload in files or []])
    for name, upload in zip(names, files or [], strict=True):
        report = ingest.detect_columns(upload.getvalue(), name)
        with st.expander(f"{name}: {report.format}, {report.encoding or 'unknown encoding'}", expanded=True):
            for problem in report.problems:
                st.warning(problem)
            if report.rows:
                st.dataframe(pd.DataFrame(report.rows), hide_index=True)
            if report.columns:
                mappings[name] = column_mapping(name, report)
    c1, c2 = st.columns(2)
    published = c1.date_input(
        "Publication date for files that carry none (.txt)",
        value=None,
        key="upload_published",
        help=(
            "Relative dates such as 'last Monday' are worked out from it; rows with their own date keep "
            "it. A copied web page's header date ('Published 16 September 2020') is used only when "
            "this is left empty."
        ),
    )
    dayfirst = c2.checkbox("Numeric dates are day-first (01/02/2023 = 1 February)", key="upload_dayfirst")
    if st.button("Ingest", type="primary", disabled=not files, key="ingest"):
        try:
            result = ingest_files(
                [(name, f.getvalue()) for name, f in zip(names, files, strict=True)],
                mappings,
                "Reading articles",
                published=published,
                dayfirst=dayfirst,
            )
        except (store.StoreError, ValueError, OSError) as exc:
            st.error(f"Nothing was ingested: {exc}")
            return
        st.session_state["last_report"] = result
        st.rerun()  # so the KPIs, filters and every chart above pick up the new revision now
    show_report(st.session_state.get("last_report"))


def column_mapping(name: str, report) -> dict[str, str]:
    choices = [NONE_COLUMN, *report.columns]
    cols = st.columns(len(ingest.FIELDS))
    mapping = {}
    for col, field in zip(cols, ingest.FIELDS, strict=True):
        guess = report.mapping.get(field)
        picked = col.selectbox(
            field, choices, index=choices.index(guess) if guess in choices else 0, key=f"map_{name}_{field}"
        )
        if picked != NONE_COLUMN:
            mapping[field] = picked
    return mapping


def show_report(report) -> None:
    if report is None:
        return
    if report.stored == 0 and report.rejected and not report.duplicates:
        st.error("Nothing in these files could be used. " + " ".join(r.reason for r in report.rejections[:3]))
    else:
        st.success(views.report_summary(report))
    if report.rejections:
        rejected = views.rejections_frame(report.rejections)
        st.dataframe(rejected, hide_index=True)
        st.download_button(
            "Rejected rows (CSV)",
            rejected.to_csv(index=False).encode("utf-8"),
            "rejected.csv",
            "text/csv",
            key="dl_rejected",
            on_click="ignore",
        )
    for warning in report.warnings[:20]:
        st.caption(f"⚠ {warning}")


# --- the page ------------------------------------------------------------------------------------

st.title("Diplomatic events timeline")
st.caption(
    "Dated, sourced diplomatic events read from news articles. Every event links back to its sentences."
)
try:
    # The seed's progress lives in a placeholder that is emptied afterwards, so the page below has
    # the same layout on the first run as on every other (tabs and the chart do not jump).
    seed_box = st.empty()
    with seed_box:
        seed_demo_if_empty()
    seed_box.empty()
except store.StoreError as exc:
    st.error(f"The events database cannot be used: {exc} Set DIPLO_DB to another file.")
    st.stop()

db = db_path()
rev = current_revision()
stats = load_stats(db, rev)
bounds = views.date_bounds(stats)
state = sidebar_filters(load_facets(db, rev), bounds)
dark = bool(st.session_state.get("dark"))
shown = load_count(db, rev, state.flt)
kpi_row(stats, shown)

# Stateful tabs (key + on_change): only the open tab's code runs, and the choice survives reruns.
tabs = st.tabs(TAB_LABELS, key="tab", on_change="rerun")
with tabs[0]:
    if tabs[0].open is not False:
        dense = shown > charts.DENSE_POINTS
        chart_pick = timeline_tab(db, rev, state, stats, dark, dense)
        events_and_detail(db, rev, state.flt, shown, chart_pick)
        if shown:  # nothing to download from an empty view
            export_panel(
                timeline(db, rev, state.flt, state.lane_by, views.latest_day(stats), False, dense),
                state,
                stats,
                lambda: load_events(db, rev, state.flt),
            )
with tabs[1]:
    if tabs[1].open:
        show_chart(charts.weekly_figure(load_weekly(db, rev, state.flt), dark=dark))
with tabs[2]:
    if tabs[2].open:
        show_chart(charts.map_figure(sample_events(db, rev, state.flt, shown), dark=dark))
with tabs[3]:
    if tabs[3].open:
        show_chart(charts.matrix_figure(sample_events(db, rev, state.flt, shown), dark=dark))
        st.caption(
            "Each cell counts the events that name both actors (the 20 most connected actors in this view)."
        )
with tabs[4]:
    if tabs[4].open:
        upload_tab()
