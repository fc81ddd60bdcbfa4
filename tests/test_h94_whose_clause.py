"""The doer of a verb in a "whose" clause is the antecedent (issue #4, never-written rows).

"..., Hamas, whose fighters killed about 1,200 people in Israel on October 7": the killers are
Hamas's fighters, so Hamas acts. Before, the clause had no subject of its own, the row had no
doer and was dropped."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _rows(text: str) -> list:
    return extract_events(Article(text=text, published=date(2023, 11, 1)), "h94")


def test_whose_fighters_killed_is_the_antecedents_act() -> None:
    text = (
        "Israel's foreign ministry urged Chile and Colombia to condemn Hamas, whose fighters "
        "killed about 1,200 people in Israel on October 7."
    )
    rows = [r for r in _rows(text) if r.event_type == "military"]
    assert rows and "Hamas" in rows[0].actors, [(r.event_type, r.trigger, r.actors) for r in _rows(text)]
    assert rows[0].date_start == "2023-10-07"


def test_a_name_not_right_before_whose_is_no_doer() -> None:
    # the antecedent is "the town", no actor: nobody is made the doer
    text = "Russian officials visited Bucha on Monday, the town whose residents were killed in March."
    rows = [r for r in _rows(text) if r.event_type == "military" and "Russia" in " ".join(r.actors)]
    assert not rows, [(r.event_type, r.trigger, r.actors) for r in rows]
