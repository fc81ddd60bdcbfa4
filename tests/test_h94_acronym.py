"""A body named with its letters in brackets ("the Pacific Islands Forum (PIF)") is named by
those letters later in the article ("The PIF said ..."); before, the letters were nobody and the
saying had no speaker, so no row (issue #4, never-written statements)."""

from __future__ import annotations

from datetime import date

from pipeline.entities import find_entities
from pipeline.events.extract import extract_events
from pipeline.models import Article

TEXT = (
    "Leaders of the Pacific Islands Forum (PIF) met in Tonga on Tuesday. "
    "The PIF said on Friday it backed the plan for a regional police force."
)


def test_letters_in_brackets_name_the_body_later() -> None:
    found = [(m.text, m.kind, m.name) for m in find_entities(TEXT, published=date(2024, 8, 30))]
    assert ("PIF", "body", "Pacific Islands Forum") in found, found
    # the letters inside the defining brackets are no second mention
    assert [t for t, _k, _n in found].count("PIF") == 1


def test_saying_by_the_letters_is_a_row() -> None:
    rows = extract_events(Article(text=TEXT, published=date(2024, 8, 30)), "h94")
    assert any(r.event_type == "statement" and "Pacific Islands Forum" in r.actors for r in rows), [
        (r.event_type, r.trigger, r.actors) for r in rows
    ]


def test_unknown_letters_stay_nobody() -> None:
    found = find_entities("The XYZ said on Friday it backed the plan.", published=date(2024, 8, 30))
    assert not [m for m in found if m.text == "XYZ"]
