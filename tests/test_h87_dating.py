"""Dating fixes of helper H87 (issue #4): a deadline written with a month's abbreviation ("by
Dec. 1") and a noun in apposition after a dated clause ("..., his first visit"). Sentences are
written for these tests and state real facts."""

from __future__ import annotations

from datetime import date

from pipeline.events.dating import deadline_choice
from pipeline.events.extract import date_triggers
from pipeline.events.lexicon import TriggerEntry
from pipeline.events.triggers import Trigger

_VERB = TriggerEntry(forms=(), pos="verb", event_type="other", plover="", cameo="")
_NOUN = TriggerEntry(forms=(), pos="noun", event_type="other", plover="", cameo="")


def _trigger(text: str, word: str, nominal: bool = False) -> Trigger:
    i = text.index(word)
    return Trigger(i, i + len(word), word, _NOUN if nominal else _VERB, nominal=nominal)


def test_a_deadline_with_an_abbreviated_month_is_read_past_its_point() -> None:
    text = "Under the truce Armenia will return the Kelbajar district to Azerbaijan by Nov. 15."
    choice = deadline_choice(text, _trigger(text, "return"), date(2020, 11, 10))
    assert (choice.date_start, choice.date_end) == ("2020-11-15", "2020-11-15")


def test_a_deadline_stops_at_the_sentence_end_all_the_same() -> None:
    text = "Armenia will return the district to Azerbaijan by. Nov. 15 is the day."
    choice = deadline_choice(text, _trigger(text, "return"), date(2020, 11, 10))
    assert choice.date_start is None


def test_a_noun_in_apposition_shares_the_date_of_the_clause_before_it() -> None:
    text = "Blinken is in Brussels today and tomorrow for a meeting of NATO ministers, his first visit there."
    got = _dates(
        text,
        date(2021, 3, 23),
        _trigger(text, "meeting", nominal=True),
        _trigger(text, "visit", nominal=True),
    )
    assert got["visit"][1:] == ("2021-03-23", "2021-03-24")


def test_a_noun_after_a_comma_without_a_possessive_is_not_an_apposition() -> None:
    text = "Blinken is in Brussels today for a meeting of NATO ministers, ahead of a visit to Kyiv."
    got = _dates(
        text,
        date(2021, 3, 23),
        _trigger(text, "meeting", nominal=True),
        _trigger(text, "visit", nominal=True),
    )
    assert got["visit"][1] is None


def _dates(text: str, published: date, *triggers: Trigger) -> dict[str, tuple[str, str | None, str | None]]:
    return {
        t.text: (c.basis, c.date_start, c.date_end)
        for t, c, _ in date_triggers(text, published, list(triggers))
    }
