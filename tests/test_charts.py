"""Figures from synthetic event frames: structure and styling, without Streamlit or a browser."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd
import plotly.graph_objects as go
import pytest

from pipeline import charts
from pipeline.models import CONTRACT_FIELDS, EVENT_TYPES, STATUSES

COUNTRIES = ["RUS", "CHN", "USA", "FRA", "DEU", "IND", "BRA", "ZAF", "TUR", "UKR", "JPN", "KOR"]
ACTORS = [
    "Ana Ruiz",
    "Bo Lindqvist",
    "Chen Wei",
    "Dara Okafor",
    "Eli Navarro",
    "Fatou Diallo",
    "Goran Petrov",
]
PLACES = [("Samarkand", 39.65, 66.96), ("Geneva", 46.2, 6.15), ("Nairobi", -1.29, 36.82), (None, None, None)]
GRANULARITY_DAYS = {"day": 1, "weekend": 2, "month": 30, "range": 3, "week": 7}


def synthetic_events(n: int, seed: int = 7, start: date = date(2023, 1, 2)) -> pd.DataFrame:
    """Realistic-looking rows: every type and status, day/weekend/month/range intervals, undated rows."""
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        event_type = EVENT_TYPES[i % len(EVENT_TYPES)]
        status = STATUSES[(i // 3) % len(STATUSES)]
        granularity = list(GRANULARITY_DAYS)[i % len(GRANULARITY_DAYS)] if i % 11 else "unknown"
        published = start + timedelta(days=rnd.randrange(0, 180))
        if granularity == "unknown":
            ds = de = None
        else:
            first = published + timedelta(days=rnd.randrange(-20, 20))
            ds = first.isoformat()
            de = (first + timedelta(days=GRANULARITY_DAYS[granularity] - 1)).isoformat()
        place, lat, lon = PLACES[i % len(PLACES)]
        row = dict.fromkeys(CONTRACT_FIELDS)
        row.update(
            event_id=f"ev{i:06d}",
            event_type=event_type,
            title=f"Talks <{i}> between delegations & partners",
            actors=rnd.sample(ACTORS, k=1 + i % 3),
            countries=rnd.sample(COUNTRIES, k=i % 3),
            location=place,
            lat=lat,
            lon=lon,
            date_start=ds,
            date_end=de,
            date_granularity=granularity,
            date_text=None if ds is None else "on the weekend",
            status=status,
            published=published.isoformat(),
            article_url=f"https://example.org/a/{i}",
            article_title=f"Article {i}",
            source="Example Wire" if i % 2 else "Daily Sample",
            mentions=1 + i % 4,
            confidence=0.7,
        )
        rows.append(row)
    return pd.DataFrame(rows, columns=list(CONTRACT_FIELDS))


@pytest.fixture
def events() -> pd.DataFrame:
    return synthetic_events(120)


def _traces(fig: go.Figure, **meta) -> list:
    return [t for t in fig.data if t.meta and all(t.meta.get(k) == v for k, v in meta.items())]


def test_palette_has_a_distinct_colour_for_every_event_type():
    assert set(charts.PALETTE) == set(EVENT_TYPES)
    assert len(set(charts.PALETTE.values())) == len(EVENT_TYPES)
    assert all(c.startswith("#") and len(c) == 7 for c in charts.PALETTE.values())


@pytest.mark.parametrize("lane_by", ["country", "actor", "event_type"])
def test_timeline_has_one_lane_per_value_plus_undated(events, lane_by):
    fig = charts.timeline_figure(events, lane_by=lane_by, today=date(2023, 6, 30))
    lanes = fig.layout.meta["lanes"]
    assert lanes[-1] == charts.UNDATED_LANE
    if lane_by == "event_type":
        assert set(lanes[:-1]) == set(EVENT_TYPES)
    if lane_by == "country":
        assert charts.country_name("RUS") in lanes and "(no country)" in lanes
    if lane_by == "actor":
        assert set(lanes[:-1]) == set(ACTORS)
    assert list(fig.layout.yaxis.ticktext) == lanes


def test_interval_bars_span_start_to_end_plus_one_day(events):
    fig = charts.timeline_figure(events, lane_by="event_type")
    bars = [t for t in fig.data if t.type == "bar"]
    assert bars
    ids = {row["event_id"]: row for _, row in events.iterrows()}
    checked = 0
    for trace in bars:
        for base, width, custom in zip(trace.base, trace.x, trace.customdata, strict=True):
            row = ids[custom[0]]
            start = pd.Timestamp(row["date_start"])
            end = pd.Timestamp(row["date_end"]) + pd.Timedelta(days=1)
            assert pd.Timestamp(base) == start
            exact = (end - start).total_seconds() * 1000
            assert width == max(exact, fig.layout.meta["min_bar_ms"])  # short ones get a visible width
            assert custom[3] == f"{row['date_start']} to {row['date_end']}"  # hover keeps the exact dates
            checked += 1
    assert checked > 10
    month_bars = [w for t in bars for w in t.x if w > fig.layout.meta["min_bar_ms"]]
    assert month_bars, "long intervals keep their true length"


def test_day_events_are_markers_not_bars(events):
    fig = charts.timeline_figure(events, lane_by="event_type")
    day_ids = {c[0] for t in _traces(fig, kind="day") for c in t.customdata}
    single_day = set(events.loc[events["date_start"] == events["date_end"], "event_id"])
    assert single_day and single_day <= day_ids


def test_planned_hollow_occurred_solid_cancelled_grey(events):
    fig = charts.timeline_figure(events, lane_by="event_type")
    solid = _traces(fig, style="solid", kind="day")
    hollow = _traces(fig, style="hollow", kind="day")
    struck = _traces(fig, style="struck", kind="day")
    assert solid and hollow and struck
    assert all(not t.marker.symbol.endswith("-open") for t in solid)
    assert all(t.marker.symbol.endswith("-open") for t in hollow)
    assert all("-x" in t.marker.symbol and t.marker.color == charts.GREY for t in struck)
    hollow_bars = _traces(fig, style="hollow", kind="interval")
    solid_bars = _traces(fig, style="solid", kind="interval")
    assert hollow_bars and solid_bars
    assert all(t.marker.pattern.shape == "/" for t in hollow_bars)
    assert all(not t.marker.pattern.shape for t in solid_bars)


def test_colours_follow_the_event_type(events):
    fig = charts.timeline_figure(events, lane_by="country")
    for trace in _traces(fig, style="solid", kind="day"):
        assert trace.marker.color == charts.PALETTE[trace.meta["event_type"]]


def test_undated_events_sit_at_publication_date_and_say_so(events):
    fig = charts.timeline_figure(events, lane_by="country")
    undated = _traces(fig, kind="undated")
    assert undated
    undated_row = len(fig.layout.meta["lanes"]) - 1
    published = dict(zip(events["event_id"], events["published"], strict=True))
    for trace in undated:
        assert all(abs(y - undated_row) <= charts.JITTER for y in trace.y)
        for x, custom in zip(trace.x, trace.customdata, strict=True):
            assert pd.Timestamp(x) == pd.Timestamp(published[custom[0]])
            assert "publication date" in custom[3]
        assert "diamond" in trace.marker.symbol


def test_hover_escapes_article_text(events):
    fig = charts.timeline_figure(events, lane_by="event_type")
    titles = [c[1] for t in fig.data if t.customdata is not None for c in t.customdata]
    assert titles and all("<" not in t.replace("<b>", "") for t in titles)
    assert any("&lt;" in t for t in titles)


def test_today_marker_and_range_slider(events):
    fig = charts.timeline_figure(events, lane_by="country", today=date(2023, 6, 18))
    assert fig.layout.xaxis.rangeslider.visible
    lines = [s for s in fig.layout.shapes if s.name == "today-in-data"]
    assert len(lines) == 1 and pd.Timestamp(lines[0].x0) == pd.Timestamp("2023-06-18")
    no_today = charts.timeline_figure(events, lane_by="country")
    assert not [s for s in no_today.layout.shapes if s.name == "today-in-data"]


@pytest.mark.parametrize("lanes", [1, 2, 12])
def test_few_lanes_are_not_stretched_over_the_whole_plot(lanes):
    df = synthetic_events(40)
    df["countries"] = [[COUNTRIES[i % lanes]] for i in range(len(df))]
    df["date_start"] = df["date_start"].fillna("2023-03-01")
    df["date_end"] = df["date_end"].fillna(df["date_start"])
    fig = charts.timeline_figure(df, lane_by="country")
    assert len(fig.layout.meta["lanes"]) == lanes
    low, high = fig.layout.yaxis.range
    assert high == -0.5 and low == max(lanes, charts.timeline.MIN_LANE_SPAN) - 0.5
    ys = [y for tr in fig.data if tr.y is not None for y in tr.y if y is not None]
    assert ys and all(-0.5 < y < lanes - 0.5 for y in ys)  # every marker inside its lane band


def test_a_far_latest_article_line_does_not_squash_a_small_view_to_one_edge():
    df = synthetic_events(3)
    df["date_start"] = df["date_end"] = ["2023-06-05", "2023-06-07", "2023-06-20"]
    df["published"] = "2023-06-21"
    fig = charts.timeline_figure(df, lane_by="country", today=date(2024, 11, 17))
    low, high = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert low < pd.Timestamp("2023-06-05") and pd.Timestamp("2023-06-21") < high < pd.Timestamp("2023-08-01")


def test_events_with_no_date_and_no_publication_date_are_counted_not_silently_lost():
    df = synthetic_events(12)
    lost = df.index[:3]
    df.loc[lost, ["date_start", "date_end", "published"]] = None
    fig = charts.timeline_figure(df, lane_by="country")
    assert fig.layout.meta["kind"] == "events" and fig.layout.meta["unplaced"] == 3
    only_lost = charts.timeline_figure(df.loc[lost], lane_by="country")
    message = only_lost.layout.annotations[0].text
    assert only_lost.layout.meta["unplaced"] == 3 and "3 matching event(s) have no date" in message
    assert "No events match" not in message


def test_dark_range_buttons_and_latest_line_are_readable(events):
    def luminance(hex_colour: str) -> float:
        r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    dark = charts.timeline_figure(events, lane_by="country", today=date(2023, 6, 18), dark=True)
    buttons = dark.layout.xaxis.rangeselector
    assert luminance(buttons.font.color) - luminance(buttons.bgcolor) > 0.5  # light text on a dark button
    today_line = next(s for s in dark.layout.shapes if s.name == "today-in-data")
    assert luminance(today_line.line.color) - luminance(dark.layout.paper_bgcolor) > 0.4
    light = charts.timeline_figure(events, lane_by="country", today=date(2023, 6, 18))
    assert next(s for s in light.layout.shapes if s.name == "today-in-data").line.color == "#555555"


def test_many_lanes_fold_into_other():
    df = synthetic_events(200)
    df["actors"] = [[f"Person {i}"] for i in range(len(df))]
    fig = charts.timeline_figure(df, lane_by="actor", max_lanes=10)
    lanes = fig.layout.meta["lanes"]
    assert len(lanes) == 11 and charts.OTHER_LANE in lanes


def test_mid_size_uses_webgl_and_big_sets_aggregate():
    df = synthetic_events(2500)
    mid = charts.timeline_figure(df, lane_by="event_type")
    assert mid.layout.meta["webgl"] and any(t.type == "scattergl" for t in mid.data)
    small = charts.timeline_figure(synthetic_events(50), lane_by="event_type")
    assert not any(t.type == "scattergl" for t in small.data)
    big = charts.timeline_figure(synthetic_events(6000), lane_by="event_type")
    assert big.layout.meta["kind"] == "aggregated"
    assert [t.type for t in big.data] == ["heatmap"]
    heat = big.data[0]
    assert sum(v for row in heat.z for v in row if v is not None) == 6000


def test_empty_frame_gives_a_message_not_an_error():
    fig = charts.timeline_figure(synthetic_events(0), lane_by="country")
    assert fig.layout.meta["kind"] == "empty"
    assert "No events" in fig.layout.annotations[0].text


def test_weekly_figure_stacks_by_type():
    counts = pd.DataFrame(
        {
            "week": ["2023-01-02", "2023-01-02", "2023-01-09"],
            "event_type": ["meeting", "sanction", "meeting"],
            "n": [3, 1, 2],
        }
    )
    fig = charts.weekly_figure(counts)
    assert fig.layout.barmode == "stack"
    assert {t.name for t in fig.data} == {"meeting", "sanction"}
    assert [t.marker.color for t in fig.data if t.name == "sanction"] == [charts.PALETTE["sanction"]]


def test_map_groups_places_and_sizes_by_count(events):
    fig = charts.map_figure(events)
    assert all(t.type == "scattergeo" for t in fig.data)
    assert fig.layout.meta["places"] == 3  # the rows without a place are left out
    total = sum(int(c[0]) for t in fig.data for c in t.customdata)
    assert total == events["lat"].notna().sum()


def test_matrix_counts_events_naming_both_actors():
    df = synthetic_events(0)
    rows = [["A", "B"], ["A", "B", "C"], ["C"], ["B", "A"]]
    df = pd.DataFrame([{**dict.fromkeys(CONTRACT_FIELDS), "actors": r} for r in rows])
    matrix = charts.cooccurrence(df)
    assert matrix.loc["A", "B"] == 3 and matrix.loc["B", "A"] == 3
    assert matrix.loc["A", "C"] == 1 and matrix.loc["C", "C"] == 0
    fig = charts.matrix_figure(df)
    assert fig.data[0].type == "heatmap"


def test_export_styling_titles_sizes_and_drops_webgl():
    fig = charts.timeline_figure(synthetic_events(2500), lane_by="event_type")
    out = charts.styled_for_export(
        fig, "A4", "Diplomatic events", "Type: meeting", "3 articles, 2 outlets; generated 2023-06-30"
    )
    assert (out.layout.width, out.layout.height) == charts.PRESETS["A4"]
    assert not any(t.type == "scattergl" for t in out.data)
    assert "Diplomatic events" in out.layout.title.text
    assert out.layout.title.subtitle.text == "Type: meeting"
    assert any("generated 2023-06-30" in a.text for a in out.layout.annotations)
    assert out.layout.xaxis.rangeslider.visible is False
    with pytest.raises(ValueError):
        charts.styled_for_export(fig, "4:3")


def test_modebar_download_matches_export_size():
    config = charts.modebar_config("16:9")
    opts = config["toImageButtonOptions"]
    assert (opts["width"], opts["height"], opts["scale"]) == (1600, 900, 2)


def test_export_html_is_standalone(events):
    data = charts.export_figure(charts.timeline_figure(events), "html", "16:9", "T", "S", "src")
    assert data.lstrip().lower().startswith(b"<!doctype html>") and b"Plotly.newPlot" in data
    assert len(data) > 1_000_000  # plotly.js is inlined: the file opens with no network


@pytest.mark.skipif(charts.browser_path() is None, reason="no Chrome/Chromium for kaleido")
def test_export_png_is_at_least_1600_wide_at_16_9(events):
    fig = charts.timeline_figure(events, lane_by="country", today=date(2023, 6, 30))
    data = charts.export_figure(fig, "png", "16:9", "Events", "All events", "120 articles, 2 outlets")
    width, height = charts.png_size(data)
    assert width >= 1600 and height >= 900 and width * 9 == height * 16
    svg = charts.export_figure(fig, "svg", "A4", "Events", "All events", "120 articles, 2 outlets")
    assert svg.lstrip().startswith(b"<svg") and b'width="1754"' in svg[:400]


def test_counts_timeline_matches_the_dense_timeline_look():
    counts = pd.DataFrame(
        {
            "lane": ["Russia", "Russia", "China", "(no country)"],
            "week": ["2023-01-02", "2023-01-09", "2023-01-09", "2023-01-02"],
            "n": [4, 1, 7, 2],
        }
    )
    fig = charts.timeline_counts_figure(counts, today=date(2023, 1, 20))
    assert fig.layout.meta["kind"] == "aggregated"
    assert fig.layout.meta["lanes"] == ["China", "Russia", "(no country)"]  # busiest first, "no country" last
    assert fig.layout.meta["events"] == 14
    assert fig.layout.xaxis.rangeslider.visible
    assert [s for s in fig.layout.shapes if s.name == "today-in-data"]
    assert charts.timeline_counts_figure(counts.iloc[0:0]).layout.meta["kind"] == "empty"


def test_long_spans_aggregate_by_month():
    weeks = pd.date_range("2015-01-05", periods=400, freq="7D")
    counts = pd.DataFrame({"lane": "Russia", "week": weeks, "n": 1})
    fig = charts.timeline_counts_figure(counts)
    assert fig.layout.meta["unit"] == "month"
    assert sum(v for row in fig.data[0].z for v in row if v is not None) == 400
    short = charts.timeline_counts_figure(counts.head(20))
    assert short.layout.meta["unit"] == "week"


def test_settled_figures_survive_a_pickle_round_trip_unchanged(events):
    import pickle

    fig = charts.settled(charts.timeline_figure(events, lane_by="country", today=date(2023, 6, 30)))
    assert pickle.loads(pickle.dumps(fig)).to_json() == fig.to_json()


def test_weekly_opens_on_the_bulk_of_weeks_not_a_stray_old_date():
    weeks = list(pd.date_range("2023-01-02", periods=40, freq="7D"))
    counts = pd.DataFrame(
        {"week": [pd.Timestamp("1949-01-03"), *weeks], "event_type": "meeting", "n": [1] + [3] * 40}
    )
    fig = charts.weekly_figure(counts)
    low, high = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert pd.Timestamp("2022-06-01") < low < pd.Timestamp("2023-01-02") and high > weeks[-1]


def test_window_follows_dated_events_not_far_off_undated_ones():
    df = synthetic_events(200)
    undated = df["date_start"].isna()
    df.loc[undated, "published"] = "2030-01-01"  # undated rows published years later
    fig = charts.timeline_figure(df, lane_by="event_type", today=date(2030, 1, 1))
    low, high = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert high < pd.Timestamp("2024-01-01") and low > pd.Timestamp("2022-10-01")


def test_country_lanes_use_the_names_readers_use_not_iso_formal_names():
    assert charts.country_name("RUS") == "Russia"
    assert charts.country_name("PSE") == "Palestine"
    assert charts.country_name("ZZZ") == "ZZZ"
