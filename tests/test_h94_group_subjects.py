"""Groups that point back to the story's parties (issue #4, never-written rows): "military
commanders from both sides had met" and "the three military-led governments announced" name
the two sides and the three governments told before; the rows had no one and were dropped."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _rows(text: str) -> list:
    return extract_events(Article(text=text, published=date(2020, 6, 17)), "h94")


def test_commanders_from_both_sides_met() -> None:
    text = (
        "Indian and Chinese troops clashed in the Galwan Valley on Monday. Military commanders from "
        "both sides had met on 6 June and agreed to disengage in the area."
    )
    meetings = [r for r in _rows(text) if r.event_type == "meeting"]
    assert meetings and {"CHN", "IND"} <= set(meetings[0].countries), [
        (r.event_type, r.countries) for r in _rows(text)
    ]


def test_three_military_led_governments_announced() -> None:
    text = (
        "Mali, Burkina Faso and Niger left ECOWAS on Wednesday. The three military-led "
        "governments announced in January that they were leaving the bloc."
    )
    sayings = [r for r in _rows(text) if r.event_type == "statement"]
    assert sayings and len(sayings[0].countries) >= 2, [(r.event_type, r.countries) for r in _rows(text)]
