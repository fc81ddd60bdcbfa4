"""Criticism told without "condemn" (issue #4): a comparison with the Nazis, and what "could not
be accepted", are verdicts on another's act, criticism rows. Before, neither was written: no
trigger named them, and the participle "writing that ..." set off by a comma had no doer."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _rows(text: str) -> list:
    return extract_events(Article(text=text, published=date(2023, 11, 1)), "h94")


def test_comparison_with_the_nazis_is_criticism() -> None:
    text = (
        "Israel's envoy in Bogota was already at odds with Colombian President Gustavo Petro, who "
        "compared Israel's actions in Gaza to those of the Nazis in October."
    )
    rows = [r for r in _rows(text) if r.event_type == "criticism"]
    assert rows and "COL" in rows[0].countries, [(r.event_type, r.trigger) for r in _rows(text)]


def test_cannot_be_accepted_written_by_a_leader_is_criticism() -> None:
    text = (
        "Colombian President Gustavo Petro recalled his ambassador from Israel on Tuesday, writing "
        "that the killing of civilians in Gaza could not be accepted."
    )
    rows = [r for r in _rows(text) if r.event_type == "criticism"]
    assert rows and "Gustavo Petro" in rows[0].actors, [
        (r.event_type, r.trigger, r.actors) for r in _rows(text)
    ]


def test_other_comparisons_are_no_criticism() -> None:
    text = (
        "Colombian President Gustavo Petro compared the offers of aid from Madrid and Paris on "
        "Tuesday, and said both would be accepted."
    )
    assert not [r for r in _rows(text) if r.event_type == "criticism"]


def test_any_violation_of_called_is_criticism() -> None:
    text = "Islamabad said on Wednesday two children were killed and called it an unprovoked violation of its airspace."
    rows = [r for r in _rows(text) if r.event_type == "criticism"]
    assert rows and "PAK" in rows[0].countries, [(r.event_type, r.trigger) for r in _rows(text)]
