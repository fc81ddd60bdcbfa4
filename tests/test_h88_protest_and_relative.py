"""Dating leads of issue #4 (h87 on the dev sets): a noun "in protest at/against ..." shares the date
of the verb it follows, and a "that" relative clause on the object of a dated act ("adopted a
resolution that demanded ...") takes that act's date. Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article

_PUBLISHED = date(2024, 2, 10)  # a Saturday: Monday is 5 February, Tuesday the 6th


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.event_type, e.date_start, e.date_end)
        for e in extract_events(Article(text=text, published=_PUBLISHED))
    ]


def test_the_recall_keeps_its_day_before_in_protest() -> None:
    rows = _rows(
        "Poland recalled its ambassador to Minsk on Tuesday in protest against the detention of a reporter."
    )
    assert ("sanction", "2024-02-06", "2024-02-06") in rows


def test_the_protest_noun_shares_the_verb_date() -> None:
    rows = _rows(
        "Germany expelled two Russian diplomats on Monday in protest over the killing of a dissident."
    )
    assert ("protest", "2024-02-05", "2024-02-05") in rows
    assert ("sanction", "2024-02-05", "2024-02-05") in rows


def test_a_protest_after_and_is_not_the_verb_purpose() -> None:
    from pipeline.events.dating import _protest_of_verb
    from pipeline.events.triggers import find_triggers

    joined = "Ankara expelled the envoy on Monday and thousands stood in protest outside the embassy."
    purpose = "Ankara expelled the envoy on Monday in protest at the raid."
    for text, linked in ((joined, False), (purpose, True)):
        trigs = find_triggers(text)
        nouns = [i for i, t in enumerate(trigs) if t.nominal and t.text.lower().startswith("protest")]
        assert nouns
        assert all((_protest_of_verb(text, trigs, i) is not None) is linked for i in nouns)


def test_the_demand_of_an_adopted_resolution_is_dated_by_the_adoption() -> None:
    rows = _rows("The Security Council on Monday adopted a resolution that demanded an immediate ceasefire.")
    assert rows and all(r[1:] == ("2024-02-05", "2024-02-05") for r in rows)


def test_a_claim_that_clause_is_not_an_object_relative() -> None:
    from pipeline.events.dating import object_relative_verb
    from pipeline.events.triggers import find_triggers

    text = "Moscow rejected a claim on Monday that Kyiv had demanded talks."
    trigs = find_triggers(text)
    assert all(object_relative_verb(text, trigs, i) is None for i in range(len(trigs)))
