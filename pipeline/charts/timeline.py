"""The event timeline: lanes per country, actor or type; markers, interval bars, heat strips.

A plain function of an event DataFrame (columns = models.CONTRACT_FIELDS), or of per-week counts
for stores too big to load (timeline_counts_figure). No Streamlit.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from pipeline.charts.style import (
    FONT_SIZE,
    GREY,
    HEAT_SCALE,
    OUTLINE,
    STATUS_STYLE_LABELS,
    as_list,
    base_layout,
    country_name,
    empty_figure,
    esc,
    label_margin,
    rgba,
    short,
    status_style,
    type_colour,
)
from pipeline.models import EVENT_TYPES

# Above this many plotted points the markers switch to WebGL (Scattergl): SVG scatter gets
# sluggish in the browser past ~1-2k points (plotly docs, "Performance"), measured here too.
WEBGL_POINTS = 1500
# Above this many (lane, event) rows the timeline becomes per-week counts per lane: past it the
# markers overlap into a smear at 1600 px width (checked on the 100k bench store).
DENSE_POINTS = 5000
# The timeline opens on the central 94% of event dates (outliers stay reachable by the slider).
WINDOW_QUANTILES = (0.05, 0.99)
TODAY_REACH = 0.25  # the window stretches to "today" only if that adds at most a quarter of its span
MAX_LANES = 24  # more lanes than this do not fit a 16:9 slide; the rest go into "Other"
# Past three years of weeks the cells are under 2 px at 1600 px: the heat strip counts months.
MAX_WEEK_COLUMNS = 156
# A weekend on a two-year axis would be a 1 px sliver: bars are drawn at least this share of the
# opening window wide (~7 px at 1400 px); the hover still gives the exact resolved dates.
MIN_BAR_SHARE = 0.005
BAR_THICKNESS = 0.2  # interval bar height in lane units: thick enough for the hatch to read
LANE_PX = 34  # height of one lane in px: two jittered rows of 11 px markers fit without overlap
# The y-axis spans at least this many lanes: with one or two lanes, a lane would otherwise fill the
# whole plot, so jittered markers sit hundreds of px from their label (seen in the A4 export of a
# one-country view). (420 px minimum height - 230 px margins) / LANE_PX = 5.6 lanes.
MIN_LANE_SPAN = 6
JITTER = 0.28  # vertical spread of events within a lane, in lane units (lanes are 1 apart)
# Range buttons and the latest-article line on the dark template: Streamlit's dark widget grey
# (#262730) with its text colour, and a mid grey that reads on #0E1117 like #555 does on white.
DARK_BUTTONS = {"bgcolor": "#262730", "activecolor": "#4A4E5A", "font": {"color": "#FAFAFA"}}
TODAY_LIGHT, TODAY_DARK = "#555555", "#A0A0A0"
UNDATED_LANE = "Undated"
OTHER_LANE = "Other"
NO_LANE = {"country": "(no country)", "actor": "(no actor)", "event_type": "(no type)"}

LaneBy = Literal["country", "actor", "event_type"]


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
        frame["lane"] = frame[column].map(as_list)
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
    return np.array([esc(v) for v in values.fillna("").astype(str).tolist()], dtype=object)


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
            "color": rgba(GREY, 0.25),
            "line": {"width": 1.2, "color": GREY},
            "pattern": {"shape": "-", "fgcolor": GREY, "size": 8, "solidity": 0.25},
        }
    if style == "hollow":
        return {
            "color": rgba(colour, 0.10),
            "line": {"width": 1.6, "color": colour},
            "pattern": {"shape": "/", "fgcolor": colour, "size": 7, "solidity": 0.3},
        }
    return {"color": colour, "line": {"width": 0.6, "color": OUTLINE}}


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
    unplaced = _unplaced_count(df)
    if frame.empty:
        if not unplaced:
            return empty_figure("No events match these filters.", dark)
        fig = empty_figure(
            f"{unplaced:,} matching event(s) have no date and no publication date, so they have no "
            "place on a time axis: see the events table below.",
            dark,
        )
        fig.update_layout(meta={"kind": "empty", "unplaced": unplaced})
        return fig
    lanes = _lane_order(frame, max_lanes)
    kept = set(lanes)
    frame.loc[~frame["lane"].isin(kept), "lane"] = OTHER_LANE
    window = _initial_window(frame, today)
    if len(frame) > dense_points:
        fig = _aggregated_timeline(_week_counts(frame), lanes)
    else:
        shown = (window[1] - window[0]) if window else (frame["end"].max() - frame["start"].min())
        min_bar_ms = shown.total_seconds() * 1000 * MIN_BAR_SHARE
        fig = _event_timeline(frame, lanes, webgl=len(frame) > webgl_points, min_bar_ms=min_bar_ms)
    fig = _finish_timeline(fig, lanes, window, today, dark)
    fig.update_layout(meta={**fig.layout.meta, "unplaced": unplaced})
    return fig


def _unplaced_count(df: pd.DataFrame) -> int:
    """Events with neither a date nor a publication date: counted in the view, absent from the axis."""
    if df.empty:
        return 0
    start = pd.to_datetime(df["date_start"], errors="coerce")
    published = pd.to_datetime(df["published"], errors="coerce")
    lost = df[start.isna() & published.isna()]
    return int(lost["event_id"].nunique()) if "event_id" in lost else len(lost)


def timeline_counts_figure(
    counts: pd.DataFrame, today: date | None = None, *, dark: bool = False, max_lanes: int = MAX_LANES
) -> go.Figure:
    """The aggregated timeline from per-week counts (columns lane, week, n) computed elsewhere,
    e.g. in SQL for a store too big to load: same look as timeline_figure's dense mode."""
    if counts is None or counts.empty:
        return empty_figure("No dated events match these filters.", dark)
    counts = counts.assign(week=pd.to_datetime(counts["week"], errors="coerce")).dropna(subset=["week"])
    totals = counts.groupby("lane")["n"].sum().sort_index().sort_values(ascending=False, kind="stable")
    lanes = [lane for lane in totals.index if lane not in NO_LANE.values()][:max_lanes]
    lanes += [lane for lane in totals.index if lane in NO_LANE.values()]
    counts = counts[counts["lane"].isin(lanes)]
    return _finish_timeline(
        _aggregated_timeline(counts, lanes), lanes, weighted_window(counts, today), today, dark
    )


def _finish_timeline(
    fig: go.Figure, lanes: list[str], window: list[pd.Timestamp] | None, today: date | None, dark: bool
) -> go.Figure:
    """Layout shared by both timeline kinds: size, label margin, range slider, today line."""
    fig.update_layout(
        height=max(420, LANE_PX * len(lanes) + 230),
        margin={"l": label_margin([short(lane) for lane in lanes]), "r": 20, "t": 40, "b": 40},
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
        _add_today(fig, today, dark)
    if window is not None:
        fig.update_xaxes(range=window)
    if dark:  # plotly_dark keeps the light-grey buttons but makes their text white: unreadable
        fig.update_xaxes(rangeselector=DARK_BUTTONS)
    return base_layout(fig, dark=dark)


def weighted_window(counts: pd.DataFrame, today: date | None) -> list[pd.Timestamp] | None:
    """_initial_window for weekly counts: quantiles weighted by the number of events."""
    weekly = counts.groupby("week")["n"].sum().sort_index()
    if weekly.sum() < 20:
        return None
    share = weekly.cumsum() / weekly.sum()
    low = share.index[share >= WINDOW_QUANTILES[0]][0]
    high = _reach_today(low, share.index[share >= WINDOW_QUANTILES[1]][0] + pd.Timedelta(days=7), today)
    if low <= weekly.index[0] and high >= weekly.index[-1] + pd.Timedelta(days=7):
        return None
    pad = max(pd.Timedelta(days=7), (high - low) * 0.03)
    return [low - pad, high + pad]


def _initial_window(frame: pd.DataFrame, today: date | None) -> list[pd.Timestamp] | None:
    """The opening x-range: the central 94% of the dated events (and today when it is near), so a
    stray 1949 date or undated events at far-off publication dates do not squash the rest into a
    sliver; the range slider still spans everything."""
    dated = frame[~frame["undated"]]
    if dated.empty:
        return None
    if len(dated) >= 20:
        low, high = dated["start"].quantile(WINDOW_QUANTILES[0]), dated["end"].quantile(WINDOW_QUANTILES[1])
    else:
        low, high = dated["start"].min(), dated["end"].max()
    high = _reach_today(low, high, today)
    # Autorange (None) would also stretch to a far 'today' line (a shape), squashing a filtered
    # 2023 view against the left edge of an axis running to 2024: keep the window then.
    today_far = today is not None and pd.Timestamp(today) > high
    if low <= frame["start"].min() and high >= frame["end"].max() and not today_far:
        return None
    pad = max(pd.Timedelta(days=7), (high - low) * 0.03)
    return [low - pad, high + pad]


def _reach_today(low: pd.Timestamp, high: pd.Timestamp, today: date | None) -> pd.Timestamp:
    """Stretch the window to the 'today' line only when it is close (a 2015 view stays on 2015)."""
    if today is None:
        return high
    now = pd.Timestamp(today)
    return max(high, now) if now <= high + (high - low) * TODAY_REACH else high


def _event_timeline(
    frame: pd.DataFrame, lanes: list[str], *, webgl: bool, min_bar_ms: float = 0
) -> go.Figure:
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
                        x=np.maximum(
                            (bars["end"] - bars["start"]).dt.total_seconds().to_numpy() * 1000, min_bar_ms
                        ),
                        y=bars["y"],
                        width=BAR_THICKNESS,
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
        ticktext=[esc(short(lane)) for lane in lanes],
        range=[max(len(lanes), MIN_LANE_SPAN) - 0.5, -0.5],  # lanes from the top, never stretched
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
    fig.update_layout(
        meta={"kind": "events", "lanes": lanes, "webgl": scatter is go.Scattergl, "min_bar_ms": min_bar_ms}
    )
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
            customdata=np.array([[esc(lane)] * grid.shape[1] for lane in lanes]),
            xgap=1 if grid.shape[1] <= 150 else 0,  # past ~150 columns a 1 px gap hides the cells
            ygap=2,
            meta={"kind": "aggregated", "unit": unit},
        )
    )
    fig.update_yaxes(
        tickmode="array",
        tickvals=list(range(len(lanes))),
        ticktext=[esc(short(lane)) for lane in lanes],
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


def _add_today(fig: go.Figure, today: date, dark: bool = False) -> None:
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
        line={"color": TODAY_DARK if dark else TODAY_LIGHT, "width": 1.5, "dash": "dot"},
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
        font={"size": FONT_SIZE - 2, "color": TODAY_DARK if dark else TODAY_LIGHT},
    )
