"""A promise of the two told by a leader is a saying of its own, not a readout (issue #4).

"Aliyev said the two leaders would jointly nominate him for the prize" was dropped with the
readouts of a meeting ("said the two discussed trade"), so no row was written. A promise whose
content is an event with a row of its own ("said the two sides would sign agreements") stays
the source of that event's news, with no extra statement row."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _rows(text: str) -> list:
    return extract_events(Article(text=text, published=date(2025, 8, 9)), "h94")


def test_promise_of_the_two_is_a_statement_row() -> None:
    text = (
        "The leaders of Armenia and Azerbaijan signed a joint declaration at the White House on "
        "Friday. Pashinyan said the day marked a turning point, and Aliyev said the two leaders "
        "would jointly nominate the host for a peace prize."
    )
    rows = _rows(text)
    speakers = {a for r in rows if r.event_type == "statement" for a in r.actors}
    assert "Ilham Aliyev" in speakers, [(r.event_type, r.trigger, r.actors) for r in rows]


def test_commitment_of_both_is_a_statement_row() -> None:
    text = (
        "The three leaders signed a joint declaration on Friday, and Trump said both countries had "
        "committed to stop fighting forever."
    )
    rows = _rows(text)
    assert any(r.event_type == "statement" and "Donald Trump" in r.actors for r in rows), [
        (r.event_type, r.trigger, r.actors) for r in rows
    ]


def test_readout_and_promise_of_a_told_event_stay_out() -> None:
    text = (
        "Modi and Zelensky laid flowers at a memorial in Kyiv on Friday, and India said the two "
        "sides would sign agreements on farming and medicine. Zelensky met Modi on Friday, and "
        "Zelensky said the two discussed trade."
    )
    rows = _rows(text)
    assert not [r for r in rows if r.event_type == "statement"], [(r.event_type, r.trigger) for r in rows]
