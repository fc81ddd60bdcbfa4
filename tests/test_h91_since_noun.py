"""A noun after "since" is the earlier event a sentence measures from: a date told further on
belongs to another act (webcopy8, issue #4: "Putin's first trip since the invasion was a tour ...
at the end of June" dated the invasion to June). Its own date, right after it or before it
("since the invasion in February", "since the January 1998 bombing"), still dates it. The
sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _invasions(text: str):
    rows = extract_events(Article(title="t", text=text, published=date(2022, 9, 1), url="u"))
    return [r for r in rows if r.trigger == "invasion"]


def test_a_later_date_is_not_the_since_nouns() -> None:
    rows = _invasions("Lavrov's first trip since the invasion was a visit to Algeria and Egypt in May.")
    assert all(r.date_start != "2022-05-01" for r in rows), rows


def test_a_date_right_after_the_since_noun_is_its_own() -> None:
    rows = _invasions("Lavrov's first trip since the invasion in February was a visit to Algeria and Egypt.")
    assert rows and rows[0].date_start == "2022-02-01"


def test_a_dated_taking_of_office_in_a_since_clause_is_an_event() -> None:
    rows = extract_events(
        Article(
            title="t",
            text="Kosovo has lost two partners since President Vjosa Osmani took office in April 2021.",
            published=date(2022, 9, 1),
            url="u",
        )
    )
    assert [r for r in rows if r.event_type == "leadership" and r.date_start == "2021-04-01"]


def test_an_undated_taking_of_office_in_a_since_clause_is_no_event() -> None:
    rows = extract_events(
        Article(
            title="t",
            text="It was the first such call since Joe Biden took office.",
            published=date(2022, 9, 1),
        )
    )
    assert not [r for r in rows if r.event_type == "leadership"]
