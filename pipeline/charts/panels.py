"""More views, each screenshot-ready: events per week by type, a map of places, who meets whom."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from pipeline.charts.style import (
    HEAT_SCALE,
    OUTLINE,
    as_list,
    base_layout,
    empty_figure,
    esc,
    label_margin,
    short,
    type_colour,
)
from pipeline.charts.timeline import weighted_window
from pipeline.models import EVENT_TYPES

MAP_WORLD_SPAN = 200  # places spread over more degrees of longitude than this: show the world
MAP_PAD_DEG = 12  # degrees around the outermost places so their markers are not cut at the frame


def weekly_figure(counts: pd.DataFrame, *, dark: bool = False) -> go.Figure:
    """Events per week by type, stacked; `counts` has columns week, event_type, n."""
    if counts is None or counts.empty:
        return empty_figure("No dated events match these filters.", dark)
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
                hovertemplate=f"week of %{{x|%d %b %Y}}<br>{esc(event_type)}: %{{y}}<extra></extra>",
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
    window = weighted_window(counts, None)
    if window is not None:  # open on the bulk of the weeks; a stray old date stays reachable
        fig.update_xaxes(range=window)
    return base_layout(fig, dark=dark)


def map_figure(df: pd.DataFrame, *, dark: bool = False) -> go.Figure:
    """Event places on a world map (Scattergeo, no tile server); marker area ~ number of events."""
    if df.empty or "lat" not in df:
        return empty_figure("No events with a known place match these filters.", dark)
    placed = df.dropna(subset=["lat", "lon"])
    if placed.empty:
        return empty_figure("No events with a known place match these filters.", dark)
    placed = placed.assign(location=placed["location"].fillna("(unnamed place)"))
    groups = placed.groupby(["location", "lat", "lon"], dropna=False)
    rows = []
    for (location, lat, lon), part in groups:
        types = Counter(part["event_type"])
        top_type = types.most_common(1)[0][0]
        titles = "<br>".join("· " + esc(short(t, 70)) for t in part["title"].head(4))
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
                text=part["location"].map(esc),
                customdata=np.column_stack([part["n"], part["summary"].map(esc), part["titles"]]),
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
    for actors in df["actors"].map(as_list):
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
        return empty_figure("No event in this view names two actors.", dark)
    names = [esc(short(n)) for n in matrix.index]
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
    margin = label_margin(names)
    size = max(420, 26 * len(names) + margin + 60)
    fig.update_layout(
        height=size,
        margin={"l": margin, "r": 20, "t": 30, "b": margin},
        xaxis={"tickangle": -45, "side": "bottom", "showgrid": False},
        yaxis={"autorange": "reversed", "showgrid": False},
        meta={"kind": "matrix", "actors": list(matrix.index)},
    )
    return base_layout(fig, dark=dark)
