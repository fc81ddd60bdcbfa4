"""The subject of a verb halting talks ("it was suspending talks with the United States") is a
party of those talks beside the partner after "with" (issue #4 lead: the suspended talks had the
partner alone as doer). Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article


def _meetings(text: str) -> list:
    rows = [
        e for e in extract_events(Article(text=text, published=date(2022, 8, 6))) if e.event_type == "meeting"
    ]
    assert rows
    return rows


def test_it_suspending_talks_keeps_its_country_first() -> None:
    text = "China said on Friday it was suspending talks with the United States on climate change."
    row = _meetings(text)[-1]
    assert row.countries[:1] == ("CHN",)
    assert "USA" in row.countries


def test_she_calling_off_a_meeting_is_its_party() -> None:
    text = "Annalena Baerbock landed in Nairobi on Monday. She called off her meeting with William Ruto."
    row = _meetings(text)[-1]
    assert "Annalena Baerbock" in row.actors
