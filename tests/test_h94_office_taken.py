"""An office taken over or a minister replaced is a leadership change (issue #4, never-written
leadership rows): "took over as NATO secretary general", "replaced its foreign minister"."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _rows(text: str) -> list:
    return extract_events(Article(text=text, published=date(2024, 10, 10)), "h94")


def test_took_over_as_secretary_general() -> None:
    rows = _rows("Mark Rutte took over as NATO secretary general on Tuesday.")
    assert [(r.event_type, r.actors) for r in rows] == [("leadership", ("Mark Rutte",))]


def test_replaced_its_foreign_minister() -> None:
    rows = _rows("China replaced its foreign minister Qin Gang with Wang Yi on Tuesday.")
    assert [(r.event_type, r.countries) for r in rows] == [("leadership", ("CHN",))]


def test_a_team_taking_over_as_leaders_is_no_office() -> None:
    assert not _rows("Arsenal took over as league leaders on Sunday.")
