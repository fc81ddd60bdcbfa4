"""The dashboard through streamlit's AppTest: seeding, every filter, the URL, tabs, upload, export."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from pipeline import charts, store
from pipeline.models import EventFilter
from pipeline.settings import SAMPLES_DIR

APP = str(Path(__file__).resolve().parents[1] / "app.py")
TIMEOUT = 120  # the first run ingests the demo articles


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "events.db"
    monkeypatch.setenv("DIPLO_DB", str(path))
    return path


def _run(at: AppTest) -> AppTest:
    at.run(timeout=TIMEOUT)
    assert not at.exception, [e.value for e in at.exception]
    return at


def _open(tab: str | None = None, params: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    _run(at)
    if tab:
        at.session_state["tab"] = tab
        _run(at)
    return at


def _metric(at: AppTest, label: str) -> int:
    value = next(m.value for m in at.metric if m.label == label)
    return int(value.replace(",", ""))


def _count(db: Path, flt: EventFilter) -> int:
    with closing(store.connect(db)) as conn:
        return store.count_events(conn, flt)


def test_first_start_ingests_the_demo_and_shows_the_timeline(db):
    at = _open()
    with closing(store.connect(db)) as conn:
        stats = store.stats(conn)
    assert stats["articles"] > 0
    assert _metric(at, "Articles") == stats["articles"]
    assert _metric(at, "Events in view") == stats["events"]
    assert at.get("plotly_chart"), "the timeline is drawn"
    assert at.dataframe, "the events table is shown"
    assert not at.error


@pytest.mark.parametrize(
    ("key", "field"),
    [
        ("f_types", "types"),
        ("f_countries", "countries"),
        ("f_actors", "actors"),
        ("f_places", "places"),
        ("f_statuses", "statuses"),
        ("f_sources", "sources"),
    ],
)
def test_each_list_filter_narrows_the_view_and_lands_in_the_url(db, key, field):
    at = _open()
    total = _metric(at, "Events in view")
    widget = at.multiselect(key=key)
    assert widget.options, f"{key} has options from the store"
    widget.set_value([widget.options[0]])
    _run(at)
    (choice,) = at.multiselect(key=key).value  # the stored value (options show display labels)
    expected = _count(db, EventFilter(**{field: (choice,)}))
    assert _metric(at, "Events in view") == expected
    assert 0 < expected <= total
    param = {"types": "type", "countries": "country", "actors": "actor", "places": "place"}.get(
        field, field[:-1]
    )
    if field == "statuses":
        param = "status"
    assert at.query_params[param] == [choice] or at.query_params[param] == choice


def test_text_search_date_range_and_undated_toggle(db):
    at = _open()
    total = _metric(at, "Events in view")
    at.text_input(key="f_text").set_value("minister")
    _run(at)
    assert _metric(at, "Events in view") == _count(db, EventFilter(text="minister")) < total
    at.text_input(key="f_text").set_value("")
    first, last = at.date_input(key="f_dates").value
    middle = first + (last - first) * 0.9
    at.date_input(key="f_dates").set_value((middle, last))
    _run(at)
    expected = _count(db, EventFilter(date_from=middle.isoformat()))
    assert _metric(at, "Events in view") == expected
    assert at.query_params["from"] in (middle.isoformat(), [middle.isoformat()])
    at.checkbox(key="f_undated").uncheck()
    _run(at)
    assert _metric(at, "Events in view") == _count(
        db, EventFilter(date_from=middle.isoformat(), include_undated=False)
    )


def test_a_shared_link_restores_the_filters(db):
    at = _open(params={"type": "summit", "lane": "event_type"})
    assert at.multiselect(key="f_types").value == ["summit"]
    assert _metric(at, "Events in view") == _count(db, EventFilter(types=("summit",)))
    assert at.session_state["lane_by"] == "event_type"


def test_a_stale_link_opens_without_error(db):
    at = _open(params={"type": "not-a-type", "country": "ZZZ", "from": "garbage"})
    assert at.multiselect(key="f_types").value == []
    assert not at.error


def test_lane_choice_changes_the_timeline(db):
    at = _open()
    at.button_group(key="lane_by").set_value("event_type")
    _run(at)
    assert at.query_params["lane"] in ("event_type", ["event_type"])


@pytest.mark.parametrize("tab", ["Per week", "Map", "Who meets whom"])
def test_other_views_render(db, tab):
    at = _open(tab)
    assert at.get("plotly_chart")
    assert not at.error


def test_export_buttons_and_html_download(db):
    at = _open()
    for key in ("render_png", "render_svg", "render_html"):
        assert at.button(key=key)
    assert {b.key for b in at.download_button} >= {"dl_csv", "dl_jsonl", "dl_ics"}
    at.button(key="render_html").click()
    _run(at)
    assert "download_html" in {b.key for b in at.download_button}


def test_upload_of_a_good_file_adds_events_everywhere(db):
    at = _open("Upload articles")
    before = _metric(at, "Articles")
    assert at.button(key="ingest").disabled
    data = (SAMPLES_DIR / "upload_example.csv").read_bytes()
    at.file_uploader(key="uploads").set_value(("upload_example.csv", data, "text/csv"))
    _run(at)
    assert not at.button(key="ingest").disabled
    assert at.selectbox(key="map_upload_example.csv_text").value not in (None, "(none)")
    at.button(key="ingest").click()
    _run(at)
    assert any("stored" in s.value for s in at.success)
    assert _metric(at, "Articles") > before
    at.session_state["tab"] = "Timeline"
    _run(at)
    assert _metric(at, "Events in view") == _count(db, EventFilter())


def test_upload_of_bad_rows_reports_reasons_and_offers_them_as_csv(db):
    at = _open("Upload articles")
    data = (SAMPLES_DIR / "bad_upload_example.csv").read_bytes()
    at.file_uploader(key="uploads").set_value(("bad_upload_example.csv", data, "text/csv"))
    _run(at)
    at.button(key="ingest").click()
    _run(at)
    assert "dl_rejected" in {b.key for b in at.download_button}
    assert any(s.value.startswith("Read ") for s in at.success)


def test_upload_of_an_unreadable_file_is_a_message_not_a_traceback(db):
    at = _open("Upload articles")
    at.file_uploader(key="uploads").set_value(("broken.csv", b"\x00\x01\x02\xff\xfe binary junk", "text/csv"))
    _run(at)
    assert at.warning, "the preview names the problem"
    at.button(key="ingest").click()
    _run(at)
    assert at.error and "Nothing in these files could be used" in at.error[0].value


@pytest.mark.skipif(charts.browser_path() is None, reason="no Chrome/Chromium for kaleido")
def test_png_export_renders_on_click_only(db):
    at = _open()
    assert "download_png" not in {b.key for b in at.download_button}  # nothing rendered per rerun
    at.button(key="render_png").click()
    _run(at)
    assert "download_png" in {b.key for b in at.download_button}
    assert not at.error


def test_an_unusable_database_is_a_message(tmp_path, monkeypatch):
    junk = tmp_path / "not-a-db.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    monkeypatch.setenv("DIPLO_DB", str(junk))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    _run(at)
    assert at.error and "cannot be used" in at.error[0].value


def test_upload_of_a_text_file_uses_the_given_publication_date(db):
    from datetime import date

    at = _open("Upload articles")
    text = b"The two foreign ministers met in Vienna on Monday and agreed to resume talks next month."
    at.file_uploader(key="uploads").set_value(("note.txt", text, "text/plain"))
    at.date_input(key="upload_published").set_value(date(2023, 3, 15))
    _run(at)
    at.button(key="ingest").click()
    _run(at)
    assert any("1 stored" in s.value for s in at.success)
    with closing(store.connect(db)) as conn:
        published = conn.execute(
            "SELECT MAX(published) FROM articles WHERE source = '' OR source IS NULL"
        ).fetchone()[0]
    assert str(published).startswith("2023-03-15")


def test_a_view_matching_nothing_says_so_instead_of_an_empty_table_and_exports(db):
    at = _open(params={"q": "zzqqxxnothingmatches"})
    assert _metric(at, "Events in view") == 0 and not at.error
    assert any("No events match these filters" in i.value for i in at.info)
    assert not any("Select an event" in i.value for i in at.info)
    assert not at.dataframe  # no empty events table under the message
    keys = {b.key for b in at.download_button}
    assert not keys & {"dl_csv", "dl_jsonl", "dl_ics"}


def test_an_unknown_actor_in_a_link_is_ignored_not_an_invisible_filter(db):
    at = _open(params={"actor": "<script>", "country": "FRA"})
    assert at.multiselect(key="f_actors").value == []
    assert _metric(at, "Events in view") == _count(db, EventFilter(countries=("FRA",))) > 0
    assert "actor" not in at.query_params


def test_events_with_no_date_at_all_are_named_under_the_timeline(db):
    from pipeline.process import process_articles

    _open()  # seeds the demo
    text = b"Foreign ministers met in Reykjavik to discuss fishing quotas."
    with closing(store.connect(db)) as conn:
        report = process_articles([("undated.txt", text)], conn)
    assert report.stored == 1 and report.events >= 1
    at = _open(params={"q": "Reykjavik"})
    assert _metric(at, "Events in view") >= 1
    chart = at.get("plotly_chart")[0]  # the timeline says why it is empty, not "no events match"
    assert "have no date and no publication date" in chart.proto.spec
    assert "No events match" not in chart.proto.spec


def test_two_uploads_with_one_name_are_both_read_and_told_apart(db):
    at = _open("Upload articles")
    one = b"title,published,text\nX,2023-02-02,Envoys met in Quito on Friday.\n"
    two = b"title,published,text\nY,2023-02-03,Ministers met in Lima on Friday.\n"
    at.file_uploader(key="uploads").set_value([("same.csv", one, "text/csv"), ("same.csv", two, "text/csv")])
    _run(at)  # used to raise StreamlitDuplicateElementKey for the column-mapping boxes
    assert at.selectbox(key="map_same.csv_text").value == "text"
    assert at.selectbox(key="map_same.csv (2)_text").value == "text"
    at.button(key="ingest").click()
    _run(at)
    assert any(s.value.startswith("Read 2 rows: 2 stored") for s in at.success)
