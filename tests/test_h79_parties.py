"""Parties of sentences that name nobody (webcopy7, issue #4): "They signed ..." opening a
paragraph is the pair told just before, and "The two countries adopt a joint declaration" in the
present of a chronology finds its pair like the past tense does. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.triggers import find_triggers
from pipeline.models import Article


def _agreements(text: str, published: date) -> list[tuple[str, ...]]:
    return [
        e.countries
        for e in extract_events(Article(text=text, published=published))
        if e.event_type == "agreement"
    ]


def test_they_opening_a_paragraph_are_the_pair_told_before():
    text = (
        "Chile and Peru agreed on Monday to reopen their border crossings.\n\n"
        "They signed a joint declaration on migration. Boric said he was pleased.\n"
    )
    rows = _agreements(text, date(2023, 5, 3))
    assert any(set(c) == {"CHL", "PER"} for c in rows)
    assert len(rows) == 2


def test_the_present_of_a_chronology_adopts_a_declaration():
    assert ("adopts a joint declaration", "agreement") in [
        (t.text, t.event_type) for t in find_triggers("Chile adopts a joint declaration with Peru.")
    ]
    text = (
        "TIMELINE\n\n"
        "3 May 2019 - Chilean President Gabriel Boric visits Lima and meets Peru's President Pedro Castillo. The two countries adopt a joint "
        "declaration on migration.\n"
    )
    assert any(set(c) == {"CHL", "PER"} for c in _agreements(text, date(2022, 1, 1)))


def test_visas_to_visit_are_no_state_visit():
    text = "Under the deal, Turkish citizens will be able to obtain fast-track visas to visit five Greek islands from next May."
    assert not [
        e for e in extract_events(Article(text=text, published=date(2023, 12, 7))) if e.event_type == "visit"
    ]


def test_a_visit_named_by_its_owner_is_the_occasion_of_the_dated_verb():
    text = (
        "Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan signed a declaration "
        "in Athens on Thursday, during Erdogan's first visit to Greece in six years."
    )
    visits = [
        e for e in extract_events(Article(text=text, published=date(2023, 12, 8))) if e.event_type == "visit"
    ]
    assert [(v.date_start, v.status) for v in visits] == [("2023-12-07", "occurred")]


def test_a_meal_shared_by_two_leaders_is_their_meeting():
    for sentence in (
        "Von der Leyen had tea with King Charles III at Windsor Castle.",
        "Sanchez dines with King Mohammed VI.",
    ):
        assert "meeting" in [t.event_type for t in find_triggers(sentence)], sentence


def test_a_round_of_talks_is_a_negotiation():
    found = [
        (t.text, t.event_type)
        for t in find_triggers("Egypt says the latest round of talks with Ethiopia has ended.")
    ]
    assert ("latest round of talks", "negotiation") in found
