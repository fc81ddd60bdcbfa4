"""Who did it (issue #4 stage 3): participants found for triggers that used to come out empty,
so their rows were dropped. Sentences are written for these tests and state real facts."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article


def _rows(text: str, published: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(event type, actors, countries) of each row extracted from `text`."""
    article = Article(text=text, published=date.fromisoformat(published), title="t", url="u")
    return [(e.event_type, tuple(e.actors), tuple(e.countries)) for e in extract_events(article)]


def test_body_inside_the_trigger_phrase_is_its_doer():
    # The legislature's vote trigger opens with "parliament": the mention "Turkey's parliament"
    # runs into it and is still the one who voted (not Sweden, the topic).
    rows = _rows("On Tuesday, Turkey's parliament voted to approve Sweden's bid to join NATO.", "2024-01-25")
    assert [r for r in rows if r[0] == "other" and "Turkish Parliament" in r[1] and "TUR" in r[2]]
