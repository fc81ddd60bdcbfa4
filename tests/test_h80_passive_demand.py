"""A passive demand with its agents is their statement (issue #4, webcopy6): "the truce had been
demanded by Putin and Erdogan at their meeting in Istanbul on 8 January" had no row (the passive
was left out of the demand entry, and its agents were not looked for after "by"), and its date,
told after the agents, was not taken as the saying's own."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.events.triggers import find_triggers
from pipeline.models import Article


def _rows(text: str):
    return extract_events(Article(title="t", text=text, published=date(2020, 1, 20), url="u"))


def test_the_agents_of_a_passive_demand_made_it_on_the_day_told_after_them():
    rows = _rows(
        "The truce has held since 12 January. It had been demanded by Vladimir Putin and "
        "Recep Tayyip Erdogan at their meeting in Istanbul on 8 January."
    )
    demand = [r for r in rows if r.event_type == "statement" and r.trigger.endswith("by")]
    assert demand, rows
    assert set(demand[0].actors) == {"Vladimir Putin", "Recep Tayyip Erdoğan"}
    assert demand[0].date_start == "2020-01-08"


def test_a_passive_demand_without_agent_is_no_saying():
    assert not [
        t for t in find_triggers("A ceasefire was demanded on Monday.") if t.event_type == "statement"
    ]
