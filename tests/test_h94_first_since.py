""" "The first N since X verbed": the since-clause tells an earlier gathering, another event
(issue #4, never-written rows). One trigger per type used to keep only the head noun ("the
visit", "the talks"), so the earlier visit or meeting with its own doer and date was lost."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _rows(text: str) -> list:
    return extract_events(Article(text=text, published=date(2024, 3, 6)), "h94")


def test_earlier_visit_in_a_since_clause_is_a_row() -> None:
    text = (
        "Chinese Premier Li Qiang arrived in Moscow on Monday for a two-day visit. The visit is the "
        "first by a Chinese leader since Xi Jinping travelled to Moscow in 2019."
    )
    rows = [r for r in _rows(text) if r.event_type == "visit" and "Xi Jinping" in r.actors]
    assert rows and rows[0].date_start == "2019-01-01", [
        (r.event_type, r.trigger, r.actors) for r in _rows(text)
    ]


def test_earlier_meeting_in_a_since_clause_is_a_row() -> None:
    text = "The meeting was the first between the leaders since Biden met Xi in Bali in November 2022."
    rows = [r for r in _rows(text) if r.event_type == "meeting"]
    assert rows and rows[0].date_start == "2022-11-01" and "Joe Biden" in rows[0].actors


def test_war_began_since_clause_is_no_new_row() -> None:
    text = (
        "The United States fired missiles at a Syrian air base overnight, the first American action "
        "against Assad's forces since Syria's war began six years ago."
    )
    assert [r.event_type for r in _rows(text)] == ["military"]
