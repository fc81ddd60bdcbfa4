"""A noun opening an agentless passive ("and membership talks were formally opened in March")
takes the parties of the clause told just before it in its sentence: the passive leaves the doer
unsaid because the context gave it. The row had no who and was dropped (issue #4)."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _rows(text: str, kind: str) -> list:
    return [
        r
        for r in extract_events(Article(text=text, published=date(2024, 11, 4)), "h97")
        if r.event_type == kind
    ]


def test_coordinated_passive_takes_the_clause_before() -> None:
    text = (
        "Albania was granted candidate status in 2014, and membership talks were formally opened "
        "in July 2022."
    )
    rows = _rows(text, "negotiation")
    assert rows and rows[0].countries == ("ALB",) and rows[0].date_value == "2022-07", rows


def test_the_sentence_before_lends_no_parties() -> None:
    # another sentence's people are a guess: the ceasefire in Sudan is not Blinken's
    text = "Blinken visited Kyiv on Tuesday. A ceasefire was declared in Sudan on Wednesday."
    rows = _rows(text, "agreement")
    assert not [r for r in rows if any("Blinken" in a for a in r.actors)], rows
    text = "Modi spoke with Biden by phone on Friday. The summit was postponed."
    assert not [r for r in _rows(text, "summit") if any("Modi" in a for a in r.actors)]


def test_a_negated_noun_tells_no_event() -> None:
    text = "The pope said he hoped to visit Beijing one day. No trip has been announced."
    assert not [r for r in _rows(text, "visit") if r.trigger.lower() == "trip"]


def test_nothing_named_stays_dropped() -> None:
    assert not _rows("Accession talks were formally opened in June.", "negotiation")


def test_an_office_taken_is_no_party_to_the_next_act() -> None:
    text = "Theresa May became prime minister in 2016. The deal was signed in May."
    assert not _rows(text, "agreement")
