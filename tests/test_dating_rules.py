"""Dating rules of issue #4 measured on TBAQ (bench/event_dating_eval.py --dump): a date standing
before its noun is that noun's, and a verb told as not done is today's news unless the act is
still to come. Test sentences are written for these tests and state real facts."""

from __future__ import annotations

from datetime import date

from pipeline.events.dating import prenominal_noun
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


def test_a_possessive_date_belongs_to_its_noun_not_to_the_verb_before_it():
    text = "Leaders praised Saturday's declaration on Ukraine at the G20 summit in New Delhi."
    got = _dates(
        text, date(2023, 9, 11), _trigger(text, "praised"), _trigger(text, "declaration", nominal=True)
    )
    assert got["declaration"] == ("text", "2023-09-09", "2023-09-09")
    assert got["praised"][0] == "publication"  # the praise is the day's news, not Saturday's act


def test_a_date_after_since_the_still_dates_the_noun_it_modifies():
    text = "Finland has been a member of NATO since its April 2023 accession."
    got = _dates(text, date(2024, 3, 7), _trigger(text, "accession", nominal=True))
    assert got["accession"] == ("text", "2023-04-01", "2023-04-30")


def test_a_verb_told_at_the_dated_occasion_shares_its_date():
    text = "Erdogan was re-elected in Sunday's runoff against Kilicdaroglu."
    got = _dates(
        text, date(2023, 5, 30), _trigger(text, "re-elected"), _trigger(text, "runoff", nominal=True)
    )
    assert got["runoff"][1:] == ("2023-05-28", "2023-05-28")
    assert got["re-elected"][1:] == ("2023-05-28", "2023-05-28")


def test_a_preposition_between_date_and_noun_breaks_the_link():
    from pipeline.events.context import time_expressions

    text = "Activists have been detained since 2019 for protesting."
    tx = next(t for t in time_expressions(text, date(2023, 1, 5)) if t.text == "2019")
    assert prenominal_noun(text, tx, [_trigger(text, "protesting", nominal=True)]) is None


def test_a_denial_of_a_done_act_is_todays_news():
    text = "Moscow has not responded to the proposal, the foreign ministry said."
    got = _dates(text, date(2023, 6, 2), _trigger(text, "responded"))
    assert got["responded"] == ("publication", "2023-06-01", "2023-06-02")


def test_a_denial_of_an_act_still_to_come_stays_undated():
    text = "Putin will not travel to Johannesburg for the BRICS summit, South Africa said."
    pending = "Hungary has not yet ratified Sweden's membership of the alliance."
    assert _dates(text, date(2023, 7, 20), _trigger(text, "travel"))["travel"][0] == "none"
    assert _dates(pending, date(2023, 9, 1), _trigger(pending, "ratified"))["ratified"][0] == "none"


def test_a_relative_clause_on_a_dated_event_takes_its_date():
    text = "India and China have held talks since the June 2020 clash in the Galwan Valley that killed twenty soldiers."
    got = _dates(text, date(2023, 8, 14), _trigger(text, "clash", nominal=True), _trigger(text, "killed"))
    assert got["clash"][1:] == ("2020-06-01", "2020-06-30")
    assert got["killed"][1:] == ("2020-06-01", "2020-06-30")  # not the day of the article


def test_a_when_clause_after_a_dated_verb_happened_that_day():
    text = "Liz Truss became prime minister on September 6, 2022 when she met the Queen at Balmoral."
    got = _dates(text, date(2022, 9, 8), _trigger(text, "became"), _trigger(text, "met"))
    assert got["met"][1:] == ("2022-09-06", "2022-09-06")


def test_a_date_before_a_purpose_also_dates_the_verb_it_follows():
    text = "Blinken will travel to Beijing on June 18 to meet senior Chinese officials."
    got = _dates(text, date(2023, 6, 15), _trigger(text, "travel"), _trigger(text, "meet"))
    assert got["travel"][1:] == ("2023-06-18", "2023-06-18")
    assert got["meet"][1:] == ("2023-06-18", "2023-06-18")


def test_an_aspect_verb_shares_the_date_of_the_act_it_starts():
    text = "Russia began withdrawing troops from Kherson on November 9, the defence ministry said."
    got = _dates(text, date(2022, 11, 10), _trigger(text, "began"), _trigger(text, "withdrawing"))
    assert got["withdrawing"][1:] == ("2022-11-09", "2022-11-09")
    assert got["began"][1:] == ("2022-11-09", "2022-11-09")


def test_an_act_told_over_a_fronted_span_is_not_todays_news():
    text = "Since then, the two Koreas have held no talks at the level of their leaders."
    got = _dates(text, date(2023, 4, 27), _trigger(text, "held"))
    assert got["held"][0] == "none"


def test_a_present_perfect_is_recent_news_not_the_paragraphs_running_day():
    text = (
        "Xi Jinping arrived in Moscow on Monday for a state visit. "
        "Russia and China have signed agreements on economic cooperation."
    )
    got = _dates(text, date(2023, 3, 22), _trigger(text, "arrived"), _trigger(text, "signed"))
    assert got["arrived"][1:] == ("2023-03-20", "2023-03-20")
    assert got["signed"] == ("publication", "2023-03-21", "2023-03-22")  # not Monday


def test_before_a_court_is_a_place_not_an_earlier_event():
    text = "Netanyahu testified before the Tel Aviv District Court on December 10 in his corruption trial."
    got = _dates(text, date(2024, 12, 11), _trigger(text, "testified"))
    assert got["testified"][1:] == ("2024-12-10", "2024-12-10")


def test_a_when_clause_right_after_a_date_names_that_time():
    text = "The two countries had no relations since January 2016, when Saudi Arabia severed ties with Iran."
    got = _dates(text, date(2023, 3, 11), _trigger(text, "severed"))
    assert got["severed"][1:] == ("2016-01-01", "2016-01-31")


def test_a_full_date_set_off_by_commas_before_its_noun_dates_the_noun_and_its_verb():
    text = "The Aug. 7, 1998, bombings killed 224 people in Nairobi and Dar es Salaam."
    got = _dates(text, date(1999, 6, 8), _trigger(text, "bombings", nominal=True), _trigger(text, "killed"))
    assert got["bombings"][1:] == ("1998-08-07", "1998-08-07")
    assert got["killed"][1:] == ("1998-08-07", "1998-08-07")


def test_a_dated_event_nouns_own_verb_shares_its_date():
    text = "Friday's earthquake killed more than 2,900 people in Morocco, the interior ministry said."
    got = _dates(
        text, date(2023, 9, 12), _trigger(text, "earthquake", nominal=True), _trigger(text, "killed")
    )
    assert got["killed"][1:] == ("2023-09-08", "2023-09-08")


def test_a_gerund_after_before_falls_on_the_clauses_day():
    text = "Blinken met Xi Jinping in Beijing on June 19 before leaving China."
    got = _dates(text, date(2023, 6, 20), _trigger(text, "met"), _trigger(text, "leaving"))
    assert got["leaving"][1:] == ("2023-06-19", "2023-06-19")


def test_an_as_clause_with_an_irregular_verb_shares_the_days_date():
    text = "Shinzo Abe was shot on July 8, 2022 as he spoke at a campaign event in Nara."
    got = _dates(text, date(2022, 7, 10), _trigger(text, "shot"), _trigger(text, "spoke"))
    assert got["spoke"][1:] == ("2022-07-08", "2022-07-08")


# --- round 2: a date in a phrase fronted before the subject dates the main clause; a year before
# capitalised modifiers dates the lower-case event noun after them; "would not comment" is of the day.


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
