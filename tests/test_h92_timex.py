"""Time-expression rules of helper H92 (issue #3): sentences written for these tests, TimeML
reading (ranges=False), publication dates fixed."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timex import find_time_expressions

THU = date(2013, 3, 21)  # a Thursday


def _got(sentence: str, dct: date | None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_time_expressions(sentence, dct, ranges=False)]


# A bare unit before "ago" is some time in the past, valued like "a few years ago".
# fmt: off
BARE_AGO = [
    ("The two leaders last met years ago.", THU, [("years ago", "DATE", "PAST_REF")]),
    ("The bank was close to collapse just months ago.", THU, [("months ago", "DATE", "PAST_REF")]),
    ("The border dispute began decades ago.", THU, [("decades ago", "DATE", "PAST_REF")]),
    ("The envoy arrived in the capital days ago.", THU, [("days ago", "DATE", "PAST_REF")]),
    # a count still steps back from the publication date
    ("The envoy arrived three days ago.", THU, [("three days ago", "DATE", "2013-03-18")]),
    ("Talks collapsed a few weeks ago.", THU, [("a few weeks ago", "DATE", "PAST_REF")]),
    # without "ago" a bare unit after "for" stays a duration
    ("The two sides have argued for years.", THU, [("years", "DURATION", "PXY")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "dct", "expected"), BARE_AGO)
def test_a_bare_unit_before_ago_is_past_ref(sentence, dct, expected):
    assert _got(sentence, dct) == expected


# "in N units" of the future counts from the day of the saying when the sentence's reporting
# verb names its own day, else from the publication date.
# fmt: off
FROM_THE_SAYING = [
    ("The minister said on Friday that the vote would be held in two weeks' time.", THU,
     [("Friday", "DATE", "2013-03-15"), ("two weeks", "DATE", "2013-W13")]),
    ("The vote will be held in 10 days, the minister said Friday.", THU,
     [("10 days", "DATE", "2013-03-25"), ("Friday", "DATE", "2013-03-15")]),
    ("The vote will be held in 10 days, the minister said yesterday.", THU,
     [("10 days", "DATE", "2013-03-30"), ("yesterday", "DATE", "2013-03-20")]),
    ("The envoy told reporters on Monday that talks would resume in two weeks.", THU,
     [("Monday", "DATE", "2013-03-18"), ("two weeks", "DATE", "2013-W14")]),
    # no day of saying: from the publication date
    ("The vote will be held in 10 days, the minister said.", THU,
     [("10 days", "DATE", "2013-03-31")]),
    ("The vote will be held in two weeks' time.", THU, [("two weeks", "DATE", "2013-W14")]),
    # a saying in another sentence does not count
    ("The minister spoke on Friday. The vote will be held in 10 days.", THU,
     [("Friday", "DATE", "2013-03-15"), ("10 days", "DATE", "2013-03-31")]),
    # the day names the thing said about, not the saying
    ("The minister said Friday's vote would be repeated in 10 days.", THU,
     [("Friday", "DATE", "2013-03-15"), ("10 days", "DATE", "2013-03-31")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "dct", "expected"), FROM_THE_SAYING)
def test_in_n_units_counts_from_the_day_of_the_saying(sentence, dct, expected):
    assert _got(sentence, dct) == expected


# A regular past too short for the "-ed" reading ("died", "sued") is a past cue like any other:
# a weekday told with it is the one before publication, not the coming one.
# fmt: off
SHORT_PASTS = [
    ("The former president died on Saturday.", THU, [("Saturday", "DATE", "2013-03-16")]),
    ("The novelist died Friday at a hospital in Lagos.", THU, [("Friday", "DATE", "2013-03-15")]),
    ("The union sued the ministry on Saturday.", THU, [("Saturday", "DATE", "2013-03-16")]),
    # the future keeps the coming day
    ("The minister will visit on Saturday.", THU, [("Saturday", "DATE", "2013-03-23")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "dct", "expected"), SHORT_PASTS)
def test_a_short_regular_past_is_a_past_cue(sentence, dct, expected):
    assert _got(sentence, dct) == expected


# A day inside an adverbial phrase that opens the sentence or stands between commas ("In an
# interview on Saturday, ...", "Speaking on Saturday, ...", "The minister, speaking on
# Saturday, ...") takes the tense of the clause past the phrase's comma.
# fmt: off
ADVERBIAL_PHRASES = [
    ("Speaking on Saturday, the president warned that the crisis could deepen.", THU,
     [("Saturday", "DATE", "2013-03-16")]),
    ("In an interview on Saturday, the minister said the talks had failed.", THU,
     [("Saturday", "DATE", "2013-03-16")]),
    ("The envoy, speaking to reporters on Saturday, rejected the offer.", THU,
     [("Saturday", "DATE", "2013-03-16")]),
    ("At a rally on Saturday, the opposition leader will address supporters.", THU,
     [("Saturday", "DATE", "2013-03-23")]),
    ("The talks, starting on Saturday, will last a week.", THU,
     [("Saturday", "DATE", "2013-03-23"), ("a week", "DURATION", "P1W")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "dct", "expected"), ADVERBIAL_PHRASES)
def test_a_day_in_an_adverbial_phrase_takes_its_clause_tense(sentence, dct, expected):
    assert _got(sentence, dct) == expected


# "over the years", "in the decades since": the stretch a change took, a vague duration.
# fmt: off
OVER_THE_YEARS = [
    ("Over the years, the alliance has taken in many new members.", THU,
     [("the years", "DURATION", "PXY")]),
    ("In the decades that followed, the port town grew into a city.", THU,
     [("the decades", "DURATION", "PXY")]),
    ("In the years since, the two countries have restored ties.", THU,
     [("the years", "DURATION", "PXY")]),
    # a stretch named by what it precedes or by what fills it stays untagged
    ("In the years before the war, the town grew.", THU, []),
    ("Survivors recalled the years of war.", THU, []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "dct", "expected"), OVER_THE_YEARS)
def test_over_the_years_is_a_vague_duration(sentence, dct, expected):
    assert _got(sentence, dct) == expected


# "the first hours of the war", "the final weeks of the campaign": the opening or closing
# stretch of something, a vague duration like "the last days of the war".
# fmt: off
FIRST_AND_FINAL_STRETCHES = [
    ("Most of the damage was done in the first hours of the storm.", THU,
     [("the first hours", "DURATION", "PTXH")]),
    ("The candidate trailed badly in the final weeks of the campaign.", THU,
     [("the final weeks", "DURATION", "PXW")]),
    ("In the early years of the republic, the capital moved twice.", THU,
     [("the early years", "DURATION", "PXY")]),
    ("The rebels gained ground in the opening days of the offensive.", THU,
     [("the opening days", "DURATION", "PXD")]),
    # "the early hours of Sunday" is a time of night told by its day, not a stretch
    ("The ship sank in the early hours of Sunday.", THU, [("Sunday", "DATE", "2013-03-17")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "dct", "expected"), FIRST_AND_FINAL_STRETCHES)
def test_the_first_or_final_units_are_a_vague_duration(sentence, dct, expected):
    assert _got(sentence, dct) == expected


# Counts with a thousands separator or the word "thousand": the whole count, and whole
# thousands of years in TimeML's millennium unit (TimeBank: "more than two thousand years" P2L).
# fmt: off
THOUSANDS = [
    ("The hostages were held for 1,500 days.", THU, [("1,500 days", "DURATION", "P1500D")]),
    ("The temple has stood for more than two thousand years.", THU,
     [("more than two thousand years", "DURATION", "P2L")]),
    ("The dynasty ruled for 1,000 years.", THU, [("1,000 years", "DURATION", "P1L")]),
    ("The kingdom lasted 1,500 years.", THU, [("1,500 years", "DURATION", "P1500Y")]),
    # an age is no time expression, with a separator or without
    ("The tree is said to be 1,500 years old.", THU, []),
    # "a hundred", "a thousand": the article is part of the count
    ("The bridge stood for almost a hundred years.", THU,
     [("almost a hundred years", "DURATION", "P100Y")]),
    ("The city has a thousand years of history.", THU, [("a thousand years", "DURATION", "P1L")]),
    # a number of people is no time
    ("Two thousand people marched in the capital.", THU, []),
    # the year spelled out is still a year
    ("The bridge opened in the year two thousand.", THU, [("the year two thousand", "DATE", "2000")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "dct", "expected"), THOUSANDS)
def test_counts_in_thousands(sentence, dct, expected):
    assert _got(sentence, dct) == expected


# "for a while", "after a short while": a stretch of unknown length (TimeBank: PXX).
# fmt: off
A_WHILE = [
    ("Residents may have to live without running water for a while.", THU,
     [("a while", "DURATION", "PXX")]),
    ("After a short while, the police let the crowd through.", THU,
     [("a short while", "DURATION", "PXX")]),
    # the conjunction is no time
    ("While the talks went on, the guns fell silent.", THU, []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "dct", "expected"), A_WHILE)
def test_a_while_is_a_vague_duration(sentence, dct, expected):
    assert _got(sentence, dct) == expected
