"""Talks a third party hosts or mediates, and talks on a border or a truce, are negotiations
(issue #4, webcopy6: "Talks begin in Washington, hosted by the US Treasury" was typed a meeting,
while the answer lists of webcopy2, webcopy6 and held-out sets 2-3 call such talks negotiations).
Leaders' talks on a subject stay a meeting. The pattern's match is a noun: undated and told as
background it is dropped like "the talks"."""

from __future__ import annotations

import pytest

from pipeline.events.triggers import find_triggers


def _types(sentence: str) -> list[tuple[str, str]]:
    return [(t.text, t.event_type) for t in find_triggers(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks opened in Doha, hosted by Qatar, between the two governments.",
        "The ceasefire followed two days of talks mediated by Turkey.",
        "Norwegian-brokered talks between the rebels and the government ended on Friday.",
        "Both sides said talks on the demarcation of the frontier would resume.",
        "Talks on a second phase of the truce are due to start next week.",
    ],
)
def test_hosted_mediated_or_border_talks_are_a_negotiation(sentence: str) -> None:
    types = _types(sentence)
    assert any(kind == "negotiation" and "talks" in text.lower() for text, kind in types), types
    assert not any(kind == "meeting" for _, kind in types), types


def test_leaders_talks_on_a_subject_stay_a_meeting() -> None:
    types = _types("Scholz and Macron held talks on Ukraine in Paris on Monday.")
    assert any(kind == "meeting" for _, kind in types), types
    assert not any(kind == "negotiation" for _, kind in types), types


def test_the_patterns_match_is_a_noun() -> None:
    trig = next(
        t
        for t in find_triggers("It followed a night of talks mediated by Turkey.")
        if t.event_type == "negotiation"
    )
    assert trig.nominal
