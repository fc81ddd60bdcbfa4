"""Filter <-> URL round trip, evidence highlighting and escaping, and the words around the charts."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import views
from pipeline.models import EVENT_TYPES, STATUSES, EventFilter, IngestReport, Rejection


def test_params_round_trip_keeps_every_filter_field():
    state = views.ViewState(
        EventFilter(
            date_from="2023-01-01",
            date_to="2023-06-30",
            types=("meeting", "summit"),
            countries=("RUS", "CHN"),
            actors=("Xi Jinping",),
            places=("Samarkand",),
            statuses=("planned",),
            sources=("Example Wire",),
            text="border talks",
            include_undated=False,
        ),
        lane_by="actor",
    )
    params = views.params_from_state(state)
    assert params["type"] == ["meeting", "summit"] and params["lane"] == "actor" and params["undated"] == "0"
    assert views.state_from_params(params) == state


def test_default_view_is_an_empty_query_string():
    assert views.params_from_state(views.ViewState()) == {}
    assert views.state_from_params({}) == views.ViewState()


def test_bad_params_are_dropped_not_raised():
    state = views.state_from_params(
        {
            "type": ["meeting", "party"],
            "status": "gone",
            "from": "31/12/2023",
            "to": "2023-02-30",
            "lane": "x",
        }
    )
    assert state.flt.types == ("meeting",)
    assert state.flt.statuses == ()
    assert state.flt.date_from is None and state.flt.date_to is None
    assert state.lane_by == "country"


def test_reversed_dates_are_swapped_and_comma_lists_accepted():
    state = views.state_from_params({"from": "2023-05-01", "to": "2023-01-01", "country": "RUS,CHN"})
    assert (state.flt.date_from, state.flt.date_to) == ("2023-01-01", "2023-05-01")
    assert state.flt.countries == ("RUS", "CHN")


@given(
    types=st.lists(st.sampled_from(EVENT_TYPES), unique=True, max_size=4),
    statuses=st.lists(st.sampled_from(STATUSES), unique=True, max_size=3),
    actors=st.lists(
        st.text(alphabet="abcdefgh XYZ-'é", min_size=1, max_size=12).map(str.strip).filter(bool),
        unique=True,
        max_size=3,
    ),
    text=st.text(alphabet="abc xyz", max_size=20).map(str.strip),
    undated=st.booleans(),
)
def test_round_trip_property(types, statuses, actors, text, undated):
    actors = [a for a in actors if "," not in a]
    flt = EventFilter(
        types=tuple(types), statuses=tuple(statuses), actors=tuple(actors), text=text, include_undated=undated
    )
    state = views.ViewState(flt)
    assert views.state_from_params(views.params_from_state(state)) == state


def test_widget_defaults_drop_values_the_store_does_not_know():
    state = views.ViewState(EventFilter(types=("meeting",), countries=("RUS", "ZZZ")))
    defaults = views.widget_defaults(state, {"types": ["meeting"], "countries": ["RUS"]})
    assert defaults["f_types"] == ["meeting"] and defaults["f_countries"] == ["RUS"]


def test_an_unknown_actor_in_a_link_is_dropped_and_a_cleared_actor_list_clears_the_filter():
    state = views.ViewState(EventFilter(actors=("<script>", "Ana Ruiz")))
    defaults = views.widget_defaults(state, {"actors": ["Ana Ruiz"]})
    assert defaults["f_actors"] == ["Ana Ruiz"] and defaults["f_actors_text"] == "Ana Ruiz"
    # the list is on screen: its value is the filter, the hidden text box's leftover is not
    cleared = {**defaults, "f_actors": []}
    assert views.state_from_widgets(cleared, None).flt.actors == ()
    # on a huge store the text box is on screen instead, and a stale list value is ignored
    typed = {**defaults, "f_actors_text": "Bo Lindqvist; Chen Wei"}
    assert views.state_from_widgets(typed, None, actors_as_text=True).flt.actors == (
        "Bo Lindqvist",
        "Chen Wei",
    )


def test_widget_dates_equal_to_bounds_mean_no_limit():
    bounds = (date(2022, 1, 1), date(2023, 12, 31))
    state = views.state_from_widgets({"f_dates": bounds}, bounds)
    assert state.flt.date_from is None and state.flt.date_to is None
    state = views.state_from_widgets({"f_dates": (date(2023, 1, 1), bounds[1])}, bounds)
    assert state.flt.date_from == "2023-01-01" and state.flt.date_to is None
    # a half-picked range (the widget returns one date while the user picks) is ignored
    assert views.state_from_widgets({"f_dates": (date(2023, 1, 1),)}, bounds).flt.date_from is None
    assert views.clamp_range(EventFilter(date_from="2020-01-01"), bounds) == bounds


def test_highlight_uses_the_trigger_offset_and_finds_the_date_words():
    sentence = "The ministers met again on Monday after they met in Geneva."
    segments = views.highlight_segments(sentence, "met", "on Monday", trigger_offset=sentence.index("met in"))
    assert "".join(t for _, t in segments) == sentence
    kinds = [(k, t) for k, t in segments if k != "text"]
    assert kinds == [("date", "on Monday"), ("trigger", "met")]
    trigger_at = sum(len(t) for k, t in segments[: segments.index(("trigger", "met"))])
    assert trigger_at == sentence.index("met in")


def test_highlight_falls_back_to_search_and_tolerates_missing_words():
    segments = views.highlight_segments("Talks Resumed in May.", "resumed", "next year", trigger_offset=99)
    assert ("trigger", "Resumed") in segments and all(k != "date" for k, _ in segments)
    assert views.highlight_segments("", "x", "y") == []


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        "**bold** and _em_ [link](http://x.example) `code`",
        ":red[coloured] and $x^2$ maths",
        "# heading\n- list item",
        "<img src=x onerror=alert(1)>",
    ],
)
def test_markdown_escapes_every_syntax_character(hostile):
    md = views.segments_markdown(views.highlight_segments(hostile, "", ""))
    unescaped = re.sub(r"\\.", "", md)
    assert not re.search(r"[<>*_\[\]`:$#]", unescaped)
    assert "\n" not in md


@pytest.mark.parametrize(
    "text",
    ["see [x](http://y.example) now", "HTTPS://a.example/b", "www.example.org", "mail ann@example.org"],
)
def test_bare_addresses_in_article_text_cannot_become_links(text):
    md = views.escape_markdown(text)
    unescaped = re.sub(r"\\(.)", r"\1", md)
    # GFM autolinks these patterns after escapes are resolved: each must be broken by the joiner
    assert not re.search(r"(?i)(https?|ftp)://|www\.|\w@\w", unescaped)
    assert unescaped.replace(views.WORD_JOINER, "") == text  # and the words read exactly as written


def test_only_our_emphasis_is_markdown():
    md = views.segments_markdown(
        [("text", "Leaders "), ("trigger", "met"), ("text", " "), ("date", "on Monday")]
    )
    assert md == "Leaders **met** :blue-background[on Monday]"


def test_describe_filter_and_source_line():
    assert views.describe_filter(EventFilter()) == "All events"
    text = views.describe_filter(EventFilter(date_from="2023-01-01", types=("meeting",), text="gas"))
    assert "2023-01-01 to latest" in text and "type: meeting" in text and '"gas"' in text
    view = views.ViewState(EventFilter(types=("call",)), lane_by="event_type")
    assert views.describe_view(view) == "type: call · lanes by event type"
    line = views.source_line({"articles": 1200, "outlets": 1}, date(2023, 6, 30))
    assert line == "1,200 articles, 1 outlet; generated 2023-06-30"


def test_kpi_dates():
    stats = {"first_date": "2022-06-08", "last_date": "2023-06-18", "latest_published": "2023-06-19T08:00:00"}
    assert views.date_span(stats, short=True) == "2022–2023"
    assert views.date_span(stats).endswith("(376 days)")
    assert views.latest_day(stats) == date(2023, 6, 19)
    assert views.date_bounds({"first_date": None, "last_date": None}) is None
    assert (
        views.date_span({"first_date": "2023-02-01", "last_date": "2023-05-01"}, short=True) == "Feb–May 2023"
    )


def test_events_table_keeps_values_and_ids():
    df = pd.DataFrame(
        [
            {"event_id": "e1", "title": "A", "event_type": "call", "status": "occurred", "countries": ["RUS", "CHN"],
             "location": None, "date_text": "on Monday", "source": "Wire", "mentions": 2,
             "date_start": "2023-01-02", "date_end": "2023-01-02"},
            {"event_id": "e2", "title": "B", "event_type": "visit", "status": "planned", "countries": [],
             "location": "Rome", "date_text": None, "source": "", "mentions": 1,
             "date_start": None, "date_end": None},
        ],
        index=[10, 11],
    )  # fmt: skip
    table = views.events_table(df)
    assert list(table.index) == ["e1", "e2"]
    assert table.loc["e1", "countries"] == "RUS; CHN" and table.loc["e1", "title"] == "A"
    assert table.loc["e2", "date"] == "undated" and table.loc["e2", "place"] == "Rome"


def test_progress_and_report_merging():
    tracker = views.RowProgress(10)
    assert tracker.advance(4) == (0.4, "4 of 10 rows processed")
    assert tracker.advance(20)[0] == 1.0
    unknown = views.RowProgress(None)
    assert 0 < unknown.advance(1000)[0] <= 0.95
    a = IngestReport(read=3, stored=2, rejected=1, rejections=[Rejection("a.csv", 2, "empty text")])
    b = IngestReport(read=2, duplicates=2)
    merged = views.merge_reports([a, b])
    assert (merged.read, merged.stored, merged.duplicates, merged.rejected) == (5, 2, 2, 1)
    assert list(views.rejections_frame(merged.rejections)["reason"]) == ["empty text"]


def test_rejections_frame_leaves_the_row_blank_for_a_whole_file_rejection():
    frame = views.rejections_frame(
        [Rejection("a.csv", 2, "empty text"), Rejection("b.csv", None, "empty file")]
    )
    assert list(frame["row"]) == ["2", ""]  # not 'None' on screen or in the CSV
    assert "None" not in frame.to_csv(index=False)


def test_report_summary_adds_up_and_counts_only_new_events(tmp_path):
    from contextlib import closing

    from pipeline import store
    from pipeline.process import process_articles

    text = "The foreign ministers of Chile and Peru met in Lima on Monday to discuss water rights."
    with closing(store.connect(tmp_path / "r.db")) as conn:
        first = process_articles([("a.csv", f"text,published\n{text!r},2023-05-03\n".encode())], conn)
        again = process_articles(
            [("b.csv", f"text,published\n{text!r} Talks went well.,2023-05-03\n".encode())], conn
        )
    assert first.events >= 1 and again.stored == 1 and again.events == 0  # merged into the stored event
    line = views.report_summary(again)
    assert line == "Read 1 row: 1 stored, 0 duplicates, 0 rejected; 0 new events."
    assert "updated" not in line


def test_unique_names_tells_same_named_uploads_apart():
    assert views.unique_names(["a.csv", "b.csv", "a.csv", "a.csv"]) == [
        "a.csv",
        "b.csv",
        "a.csv (2)",
        "a.csv (3)",
    ]


def _stored(conn, n: int) -> None:
    from pipeline import dedupe, store
    from pipeline.models import Article, Event

    items = []
    for i in range(n):
        text = f"Article number {i}: the envoys met."
        article = Article(
            text=text, published=date(2023, 1, 2 + i % 20), title=f"T{i}", url=f"https://x.example/{i}"
        )
        event = Event(
            event_id="",
            event_type=("meeting", "call")[i % 2],
            title=f"E{i}",
            actors=(f"Envoy {i}",),
            countries=(("RUS",), ("CHN", "RUS"))[i % 2],
            date_start=f"2023-01-{2 + i % 20:02d}",
            date_end=f"2023-01-{2 + i % 20:02d}",
            date_granularity="day",
            trigger="met",
            trigger_start=text.index("met"),
            trigger_end=text.index("met") + 3,
            evidence=text,
            evidence_end=len(text),
            published=article.published.isoformat(),
        )
        items.append((article, store.assign_ids(dedupe.article_id(text), [event])))
    store.store_batch(conn, items)


@pytest.mark.parametrize("lane_by", ["country", "event_type", "actor"])
def test_lane_week_counts_add_up_to_the_store_counts(lane_by):
    from pipeline import store

    conn = store.connect(":memory:")
    _stored(conn, 30)
    counts = views.lane_week_counts(conn, EventFilter(), lane_by)
    assert set(counts.columns) == {"lane", "week", "n"}
    totals = counts.groupby("lane")["n"].sum().to_dict()
    if lane_by == "event_type":
        assert totals == {"meeting": 15, "call": 15}
    elif lane_by == "country":
        from pipeline.charts import country_name

        assert totals == {country_name("RUS"): 30, country_name("CHN"): 15}
    else:
        assert len(totals) == views.DENSE_LANES and set(totals.values()) == {1}  # the busiest lanes only
    narrowed = views.lane_week_counts(conn, EventFilter(types=("call",)), "country")
    assert narrowed["n"].sum() == 30  # 15 call events, each in two country lanes
