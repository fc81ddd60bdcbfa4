"""A gathering whose sentence names no country takes its venue from its own verb of opening or
closing ("A summit ... ended in Jakarta"), however long its subject runs (webcopy7 lead, issue #4).
Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article


def _summits(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.location, e.date_start)
        for e in extract_events(Article(text=text, published=date(2023, 9, 7)))
        if e.event_type == "summit"
    ]


def test_a_summit_ending_in_a_city_is_held_there() -> None:
    text = "A summit intended to deepen trade among the region's smaller economies ended in Jakarta on Wednesday."
    assert _summits(text) == [("Jakarta", "2023-09-06")]


def test_a_place_inside_a_relative_clause_is_not_the_venue() -> None:
    text = "A summit on the dispute that began in Jakarta last year was postponed."
    assert all(loc != "Jakarta" for loc, _ in _summits(text))
