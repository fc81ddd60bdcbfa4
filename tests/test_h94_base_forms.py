"""Planned acts told with the base verb ("will welcome Kishida", "will release the detained
Canadians") wrote no row: the host and release entries listed only the other forms (issue #4,
never-written planned rows)."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _rows(text: str) -> list[tuple[str, str]]:
    return [
        (r.event_type, r.status)
        for r in extract_events(Article(text=text, published=date(2024, 3, 6)), "h94")
    ]


def test_will_welcome_a_guest_is_a_planned_visit() -> None:
    assert _rows("Biden will welcome Kishida to the White House next week.") == [("visit", "planned")]


def test_will_release_detained_nationals_is_a_planned_release() -> None:
    assert _rows("China will release the detained Canadians next week.") == [("other", "planned")]


def test_other_senses_stay_silent() -> None:
    assert _rows("The company will release the new phone next week.") == []
    assert _rows("The minister received a warm welcome on Monday.") == []
