"""pipeline.export: CSV neutralisation, JSON Lines, RFC 5545 calendars, DataFrame download helpers."""

from __future__ import annotations

import csv
import io
import json
import math
from datetime import UTC, datetime

import pandas as pd
import pytest

from pipeline import export
from pipeline.models import CONTRACT_FIELDS, Event

STAMP = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def row(event_id: str = "e1", **kw) -> dict:
    base = Event(
        event_id=event_id,
        event_type="summit",
        title="Leaders gather, talk; and part",
        actors=("Ana Example", "Bo Example"),
        countries=("FRA", "DEU"),
        location="Lakeside",
        lat=-33.8,
        lon=151.2,
        date_start="2024-02-28",
        date_end="2024-03-01",
        evidence="Leaders gathered by the lake.\nThey talked.",
        article_url="https://paper.example/a",
        article_title="A lakeside summit",
        published="2024-03-02",
        source="Paper",
    ).to_row()
    base.update(kw)
    return base


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+49 30 123", "'+49 30 123"),
        ("-sum", "'-sum"),
        ("@A1", "'@A1"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("plain = text", "plain = text"),
        (-3.5, -3.5),
        (7, 7),
        (None, None),
    ],
)
def test_neutralise_cell(value, expected):
    assert export.neutralise_cell(value) == expected


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_joins_lists_neutralises_text_and_keeps_numbers():
    buf = io.StringIO(newline="")
    n = export.write_csv(
        [row(title='=HYPERLINK("http://x","y")', actors=["=evil", "Bo"]), row("e2", location=None)], buf
    )
    assert n == 2
    rows = read_csv(buf.getvalue())
    assert list(rows[0]) == list(CONTRACT_FIELDS)
    assert rows[0]["title"] == '\'=HYPERLINK("http://x","y")'
    assert rows[0]["actors"] == "'=evil; Bo"
    assert rows[0]["countries"] == "FRA; DEU"
    assert rows[0]["lat"] == "-33.8"  # a number, not neutralised
    assert rows[1]["location"] == ""
    assert rows[0]["evidence"] == "Leaders gathered by the lake.\nThey talked."


def test_csv_of_nothing_is_a_header():
    buf = io.StringIO(newline="")
    assert export.write_csv([], buf) == 0
    assert buf.getvalue().strip() == ",".join(CONTRACT_FIELDS)


def test_jsonl_rows_round_trip():
    buf = io.StringIO()
    export.write_jsonl([row(), row("e2", lat=float("nan"))], buf)
    lines = buf.getvalue().splitlines()
    first, second = (json.loads(line) for line in lines)
    assert set(CONTRACT_FIELDS) <= set(first)
    assert first["actors"] == ["Ana Example", "Bo Example"] and first["lat"] == -33.8
    assert second["lat"] is None


def unfold(ics: str) -> list[str]:
    assert "\n" not in ics.replace("\r\n", ""), "every line ends with CRLF"
    return ics.replace("\r\n ", "").split("\r\n")[:-1]


def test_ics_all_day_events_with_exclusive_end_and_escaping():
    buf = io.StringIO(newline="")
    n = export.write_ics(
        [row(), row("e1"), row("undated", date_start=None, date_end=None), row("one", date_end=None)],
        buf,
        stamp=STAMP,
    )
    assert n == 2
    lines = unfold(buf.getvalue())
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == 2 == lines.count("END:VEVENT")
    assert "UID:e1@diplomatic-events-timeline" in lines
    assert "DTSTART;VALUE=DATE:20240228" in lines
    assert "DTEND;VALUE=DATE:20240302" in lines  # 2024 is a leap year: 1 March + 1 day
    assert "DTEND;VALUE=DATE:20240229" in lines  # one-day event "one"
    assert "DTSTAMP:20240102T030405Z" in lines
    assert "SUMMARY:Leaders gather\\, talk\\; and part" in lines
    description = next(line for line in lines if line.startswith("DESCRIPTION:"))
    assert "by the lake.\\nThey talked." in description and "A lakeside summit" in description


def test_ics_folds_long_lines_at_75_octets_without_splitting_characters():
    long_title = "Délégations réunies " * 20 + "終わり"
    buf = io.StringIO(newline="")
    export.write_ics([row(title=long_title)], buf, stamp=STAMP)
    raw = buf.getvalue()
    physical = raw.split("\r\n")[:-1]
    assert max(len(p.encode("utf-8")) for p in physical) <= 75
    assert any(p.startswith(" ") for p in physical)
    assert f"SUMMARY:{long_title}" in unfold(raw)


def frame() -> pd.DataFrame:
    rows = [row(title="@risky"), row("e2", date_start=None, date_end=None, lat=None)]
    return pd.DataFrame.from_records(rows, columns=list(CONTRACT_FIELDS))


def test_dataframe_helpers():
    df = frame()
    assert math.isnan(df.loc[1, "lat"])
    csv_rows = read_csv(export.events_csv_bytes(df).decode("utf-8"))
    assert (
        csv_rows[0]["title"] == "'@risky"
        and csv_rows[1]["lat"] == ""
        and csv_rows[0]["actors"] == "Ana Example; Bo Example"
    )
    jl = [json.loads(line) for line in export.events_jsonl_bytes(df).decode("utf-8").splitlines()]
    assert jl[1]["lat"] is None and jl[0]["countries"] == ["FRA", "DEU"] and jl[0]["trigger_start"] == 0
    ics = export.events_ics_bytes(df, stamp=STAMP).decode("utf-8")
    assert unfold(ics).count("BEGIN:VEVENT") == 1


def test_ics_parses_with_an_independent_rfc5545_parser():
    icalendar = pytest.importorskip("icalendar")
    long_title = "Talks; commas, and \\ backslashes " * 6 + "終わり"
    data = export.events_ics_bytes(pd.DataFrame([row(title=long_title), row("e2")]), stamp=STAMP)
    cal = icalendar.Calendar.from_ical(data)
    events = list(cal.walk("VEVENT"))
    assert [str(e["UID"]) for e in events] == [
        "e1@diplomatic-events-timeline",
        "e2@diplomatic-events-timeline",
    ]
    first = events[0]
    assert str(first["SUMMARY"]) == long_title
    assert first.decoded("DTSTART").isoformat() == "2024-02-28"
    assert first.decoded("DTEND").isoformat() == "2024-03-02"
    assert "by the lake.\nThey talked." in str(first["DESCRIPTION"])
