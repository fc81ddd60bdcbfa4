"""Dating rules of issue #4, round 2 (measured on TBAQ with bench/event_dating_eval.py --dump): a date
in a phrase fronted before the subject dates the main clause, and a year before capitalised
modifiers dates the lower-case event noun after them. Test sentences are written for these tests
and state real facts."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import date_triggers
from pipeline.events.lexicon import TriggerEntry
from pipeline.events.triggers import Trigger

_VERB = TriggerEntry(forms=(), pos="verb", event_type="other", plover="", cameo="")
_NOUN = TriggerEntry(forms=(), pos="noun", event_type="other", plover="", cameo="")


def _trigger(text: str, word: str, nominal: bool = False) -> Trigger:
    i = text.index(word)
    return Trigger(i, i + len(word), word, _NOUN if nominal else _VERB, nominal=nominal)


def _dates(text: str, published: date, *triggers: Trigger) -> dict[str, tuple[str, str | None, str | None]]:
    return {
        t.text: (c.basis, c.date_start, c.date_end)
        for t, c, _ in date_triggers(text, published, list(triggers))
    }


def test_a_date_in_a_fronted_phrase_dates_the_main_clause_even_when_the_phrase_has_a_verb():
    text = "In a referendum held on Sunday, Swiss voters rejected the proposal by a wide margin."
    got = _dates(text, date(2024, 3, 5), _trigger(text, "held"), _trigger(text, "rejected"))
    assert got["held"][1:] == ("2024-03-03", "2024-03-03")
    assert got["rejected"][1:] == ("2024-03-03", "2024-03-03")


def test_a_fronted_phrase_with_a_temporal_link_does_not_date_the_main_clause():
    # "after" orders the two: the protests came later than the vote's day
    text = "In the days after Sunday's election in Serbia, thousands of people protested in Belgrade."
    got = _dates(
        text, date(2023, 12, 19), _trigger(text, "election", nominal=True), _trigger(text, "protested")
    )
    assert got["election"][1:] == ("2023-12-17", "2023-12-17")
    assert got["protested"][1] != "2023-12-17"


def test_a_pluperfect_after_a_fronted_date_keeps_its_own_earlier_time():
    text = "In a speech on Tuesday, the president recalled that the army had withdrawn years ago."
    got = _dates(
        text, date(2024, 3, 7), _trigger(text, "speech", nominal=True), _trigger(text, "recalled"),
        _trigger(text, "withdrawn"),
    )  # fmt: skip
    assert got["recalled"][1:] == ("2024-03-05", "2024-03-05")
    assert got["withdrawn"][1] != "2024-03-05"


def test_a_fronted_date_does_not_reach_past_a_semicolon():
    text = "At a news conference on Friday, the minister spoke briefly; his deputy resigned."
    got = _dates(
        text, date(2024, 3, 10), _trigger(text, "conference", nominal=True), _trigger(text, "resigned")
    )
    assert got["resigned"][1] != "2024-03-08"


def test_a_year_before_capitalised_modifiers_dates_the_lower_case_noun_after_them():
    text = "He was convicted over the 1996 Olympic bombing that killed a woman in Atlanta."
    got = _dates(
        text, date(2005, 8, 23), _trigger(text, "bombing", nominal=True), _trigger(text, "killed"),
    )  # fmt: skip
    assert got["bombing"][1:] == ("1996-01-01", "1996-12-31")
    assert got["killed"][1:] == ("1996-01-01", "1996-12-31")


def test_a_year_before_a_capitalised_name_still_dates_no_noun_of_that_name():
    text = "Leaders met to review the 2015 Paris Agreement on climate."
    got = _dates(text, date(2023, 12, 1), _trigger(text, "Agreement", nominal=True))
    assert got["Agreement"][0] != "text"


def test_would_not_comment_is_a_refusal_of_the_day():
    text = "Officials at the embassy would not comment on the expulsion of the diplomats."
    got = _dates(text, date(2024, 4, 2), _trigger(text, "comment"))
    assert got["comment"] == ("publication", "2024-04-01", "2024-04-02")


def test_would_not_before_another_act_stays_undated():
    text = "Hungary said it would not ratify the accession of Sweden before a visit by its prime minister."
    got = _dates(text, date(2023, 10, 25), _trigger(text, "ratify"))
    assert got["ratify"][0] == "none"
