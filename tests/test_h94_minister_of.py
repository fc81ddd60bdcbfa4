"""A minister named with the portfolio after the head ("Minister of Finance Jane Roe") is a
person with that office, as "Finance Minister Jane Roe" is (issue #4: a minister the gazetteer
does not know was nobody, and their saying had no doer, so no row)."""

from __future__ import annotations

from datetime import date

from pipeline.entities import find_entities
from pipeline.events.extract import extract_events
from pipeline.models import Article


def _people(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (m.name, m.role, m.country)
        for m in find_entities(text, published=date(2024, 3, 1))
        if m.kind == "person"
    ]


def test_minister_of_portfolio_is_a_person_with_the_office() -> None:
    assert _people("Minister of Finance Jane Roe spoke on Monday.") == [
        ("Jane Roe", "Finance Minister", None)
    ]
    assert _people("Bolivia's Minister of the Interior Ivan Roe spoke.") == [
        ("Ivan Roe", "Interior Minister of Bolivia", "BOL")
    ]


def test_rank_words_make_no_portfolio() -> None:
    # "Prime Minister" has no "Minister of Prime": nothing is made of such text
    assert _people("The Minister of Prime importance arrived.") == []


def test_saying_of_such_a_minister_is_a_row() -> None:
    text = "Bolivian Minister of Energy Ana Roe said on Monday that Bolivia would cut gas exports to Chile."
    rows = extract_events(Article(text=text, published=date(2024, 3, 5)), "h94")
    assert any(r.event_type == "statement" and "Ana Roe" in r.actors for r in rows), [
        (r.event_type, r.trigger, r.actors) for r in rows
    ]
