"""A gathering told in a fronted time clause belongs to the main clause's subject and its day
(issue #4, webcopy6): "after a meeting with security chiefs, Saied announced ..." was dropped for
want of a doer. Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article


def test_a_meeting_in_a_fronted_after_clause_is_the_subjects_on_the_main_clauses_day():
    text = (
        "On Monday evening, after a meeting with army commanders, Kais Saied announced that he "
        "was dismissing the prime minister."
    )
    rows = [
        e
        for e in extract_events(Article(text=text, published=date(2021, 7, 27)))
        if e.event_type == "meeting"
    ]
    assert rows and rows[0].actors == ("Kais Saied",)
    assert (rows[0].date_start, rows[0].date_end) == ("2021-07-26", "2021-07-26")


def test_a_meeting_without_a_named_subject_after_the_clause_stays_without_a_doer():
    text = "After a meeting with army commanders, the officials announced new measures on Monday."
    rows = [
        e
        for e in extract_events(Article(text=text, published=date(2021, 7, 27)))
        if e.event_type == "meeting"
    ]
    assert not [e for e in rows if e.actors]
