"""Aircraft or ships sent into or through another's zone are a show of force, not weapons
delivered (issue #4): "China sent 30 warplanes into Taiwan's air defence zone" was aid, and "the
US Navy sailed a destroyer through the Taiwan Strait" no row."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _types(text: str) -> list[str]:
    return [r.event_type for r in extract_events(Article(text=text, published=date(2024, 3, 6)), "h94")]


def test_warplanes_sent_into_a_zone_are_military() -> None:
    assert _types("China sent 30 warplanes into Taiwan's air defence zone on Monday.") == ["military"]


def test_destroyer_sailed_through_a_strait_is_military() -> None:
    assert _types("The US Navy sailed a destroyer through the Taiwan Strait on Tuesday.") == ["military"]


def test_tanks_sent_to_a_state_stay_aid() -> None:
    assert _types("Germany sent 18 tanks to Ukraine on Monday.") == ["aid"]
