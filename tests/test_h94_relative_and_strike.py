"""Two acts told in passing that lost their row or their doer (issue #4, never-written rows):
a strike on "targets inside" a country, and a verb in a "which" clause whose doer is the
country or body named before the comma."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _rows(text: str) -> list:
    return extract_events(Article(text=text, published=date(2024, 1, 19)), "h94")


def test_strike_on_targets_inside_a_country() -> None:
    text = "Pakistan recalled its ambassador from Tehran on Wednesday, a day after Iran struck targets inside Pakistan."
    strikes = [r for r in _rows(text) if r.event_type == "military"]
    assert strikes and {"IRN", "PAK"} <= set(strikes[0].countries), [
        (r.event_type, r.trigger) for r in _rows(text)
    ]


def test_striking_speech_is_still_no_strike() -> None:
    assert not [
        r
        for r in _rows("Iran's president gave a striking speech inside Parliament on Monday.")
        if r.event_type == "military"
    ]


def test_which_clause_verb_has_the_country_before_it() -> None:
    text = "Germany, which sent tanks to Ukraine in January, said on Monday it would send more."
    aid = [r for r in _rows(text) if r.event_type == "aid"]
    assert aid and "DEU" in aid[0].countries, [(r.event_type, r.countries) for r in _rows(text)]
