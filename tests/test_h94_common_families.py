"""Common ways news tells an event that wrote no row (issue #4, never-written rows on text no
rule was fitted to): a claim or a reply with "that", an envoy named to a country, and the
Houthis named by their adjective ("Houthi rebels")."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.events.triggers import find_triggers
from pipeline.models import Article


def _rows(text: str) -> list:
    return extract_events(Article(text=text, published=date(2024, 3, 6)), "h94")


def _types(text: str) -> list[tuple[str, str]]:
    return [(t.event_type, t.text) for t in find_triggers(text)]


def test_claim_and_reply_with_that_are_sayings() -> None:
    rows = _rows(
        "Turkish President Recep Tayyip Erdogan claimed on Sunday that Sweden had not kept its promises."
    )
    assert [(r.event_type, r.trigger) for r in rows] == [("statement", "claimed")]
    rows = _rows("Iran's foreign minister replied on Monday that Tehran would not yield to pressure.")
    assert ("statement", "replied") in [(r.event_type, r.trigger) for r in rows]


def test_claims_without_that_are_no_sayings() -> None:
    assert ("statement", "claimed") not in _types(
        "The rebels claimed responsibility for the attack on Monday."
    )
    assert ("statement", "claimed") not in _types("The floods claimed the lives of 40 people.")
    assert ("statement", "replied") not in _types("The minister replied to the letter on Monday.")


def test_envoy_named_to_a_country_is_leadership() -> None:
    rows = _rows("France named a new ambassador to Algeria on Wednesday.")
    assert [(r.event_type, r.countries) for r in rows] == [("leadership", ("FRA", "DZA"))]
    named = _types("Police named the ambassador to Spain as a suspect on Monday.")
    assert not [t for t in named if t[0] == "leadership" and t[1].endswith(" to")], named


def test_houthi_rebels_are_the_houthis() -> None:
    rows = _rows("Houthi rebels fired missiles at a commercial ship in the Red Sea on Saturday.")
    assert [(r.event_type, r.actors) for r in rows] == [("military", ("Houthis",))]
