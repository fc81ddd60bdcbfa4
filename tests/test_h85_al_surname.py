"""A surname opening on a lower-case particle ("al-Sarraj") after the full name was told
("Fayez al-Sarraj") is the short form of that person (issue #4, webcopy6; patch by helper h80).
Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article


def test_a_lower_case_al_surname_is_the_person_told_before() -> None:
    text = (
        "Libyan leader Fayez al-Sarraj arrived in Rome on Sunday. On Monday, al-Sarraj met "
        "Italian Prime Minister Giuseppe Conte."
    )
    rows = extract_events(Article(text=text, published=date(2020, 1, 14)))
    meetings = [e for e in rows if e.event_type == "meeting"]
    assert meetings and "Fayez al-Sarraj" in meetings[0].actors, [(e.event_type, e.actors) for e in rows]
