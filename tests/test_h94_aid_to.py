"""Aid "to" a recipient is aid (issue #4, never-written aid rows).

The aid nouns shared one sense filter with the promise verbs ("pledged to fight deforestation"
is no aid), so "would send humanitarian aid to Gaza" was no event at all. The nouns now name
their recipient after "to"; the promise verb keeps its filter."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.events.triggers import find_triggers
from pipeline.models import Article


def test_humanitarian_aid_to_a_place_is_a_trigger() -> None:
    text = "Bolivian Foreign Minister Rogelio Mayta said Bolivia would send humanitarian aid to Gaza."
    # one aid trigger: the noun, or the verb phrase that sends it (h91's "send humanitarian aid")
    aid_triggers = [t.text for t in find_triggers(text) if t.event_type == "aid"]
    assert len(aid_triggers) == 1 and aid_triggers[0].endswith("humanitarian aid")
    rows = extract_events(Article(text=text, published=date(2023, 11, 1)), "h94")
    aid = [r for r in rows if r.event_type == "aid"]
    assert aid and "BOL" in aid[0].countries and aid[0].status == "planned"


def test_pledged_to_do_something_is_still_no_aid() -> None:
    text = "Brazil pledged to end illegal deforestation in the Amazon by 2030."
    assert not [t for t in find_triggers(text) if t.event_type == "aid"]
