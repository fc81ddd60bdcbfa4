"""A gathering noun held by a subject pronoun ("He is holding talks with G7 leaders") is the
pronoun's person's too, not only the partners named after "with" (issue #4 lead: the talks had
the G7 alone as doer). Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article


def _meeting_actors(text: str) -> list[str]:
    rows = [
        e
        for e in extract_events(Article(text=text, published=date(2023, 5, 20)))
        if e.event_type == "meeting"
    ]
    assert rows
    return list(rows[-1].actors)


def test_he_holding_talks_with_a_bloc_is_the_person_told_before() -> None:
    text = "Zelensky arrived in Hiroshima on Saturday. He is holding talks with G7 leaders."
    actors = _meeting_actors(text)
    assert "Volodymyr Zelensky" in actors
    assert "G7" in actors


def test_she_held_talks_with_a_named_leader() -> None:
    text = "Annalena Baerbock flew to Nairobi on Monday. She held talks with William Ruto on trade."
    actors = _meeting_actors(text)
    assert "Annalena Baerbock" in actors
