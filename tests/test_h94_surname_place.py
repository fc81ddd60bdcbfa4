"""A surname the article introduced is that person, not a small town of the same name (issue #4).

"Rodríguez said ..." after "Cuban Foreign Minister Bruno Rodríguez": the place list holds a town
called Rodriguez (Philippines), and read as that place the saying had no speaker, so no row was
written. A place after a preposition ("in Rodriguez") stays a place."""

from __future__ import annotations

from datetime import date

from pipeline.entities import find_entities
from pipeline.events.extract import extract_events
from pipeline.models import Article

TEXT = (
    "Cuban Foreign Minister Bruno Rodríguez opened the embassy in Washington on Monday. "
    "Rodríguez said a full normalisation of ties would require the end of the trade embargo."
)


def test_introduced_surname_is_the_person() -> None:
    found = [(m.text, m.kind, m.name) for m in find_entities(TEXT, published=date(2015, 7, 21))]
    assert ("Rodríguez", "person", "Bruno Rodríguez") in found, found


def test_saying_by_the_surname_gets_a_row() -> None:
    rows = extract_events(Article(text=TEXT, published=date(2015, 7, 21)), "h94")
    sayings = [r for r in rows if r.event_type == "statement" and "normalisation" in r.evidence]
    assert sayings and "CUB" in sayings[0].countries, [(r.event_type, r.trigger, r.actors) for r in rows]


def test_place_after_a_preposition_stays_a_place() -> None:
    text = TEXT + " Later he flew on to Manila and spoke in Rodríguez."
    found = find_entities(text, published=date(2015, 7, 21))
    last = found[-1]
    assert (last.text, last.kind) == ("Rodríguez", "place"), [(m.text, m.kind) for m in found]
