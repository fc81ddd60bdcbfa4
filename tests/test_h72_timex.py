"""Time-expression rules from the TBAQ-cleaned error reading of issue #3 (helper H72): sentences
written for these tests, TimeML reading (ranges=False), publication dates fixed."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.timex import find_time_expressions

MAY = date(2020, 5, 1)  # a Friday


def _got(sentence: str, dct: date | None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_time_expressions(sentence, dct, ranges=False)]


# A span given as a range of counts is one expression, and its count is left open.
# fmt: off
COUNT_RANGES = [
    ("Repairs should be finished within two to three weeks.", MAY,
     [("two to three weeks", "DURATION", "PXW")]),
    ("The carrier plans to hire staff over the next 12 to 18 months.", MAY,
     [("the next 12 to 18 months", "DURATION", "PXM")]),
    ("The inquiry may last four to six years.", MAY, [("four to six years", "DURATION", "PXY")]),
    ("Negotiators expect the talks to take weeks or months.", MAY,
     [("weeks or months", "DURATION", "PXW")]),
    # a change from one length to another is two lengths, not a range
    ("The term of office was cut from 10 to six years.", MAY, [("six years", "DURATION", "P6Y")]),
    # "or even" is no range: the first span stands alone
    ("Rebuilding the port could take weeks or even months.", MAY, [("weeks", "DURATION", "PXW")]),
    # a single count is unchanged
    ("Repairs should be finished within three weeks.", MAY, [("three weeks", "DURATION", "P3W")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "dct", "expected"), COUNT_RANGES)
def test_a_range_of_counts_is_one_open_duration(sentence, dct, expected):
    assert _got(sentence, dct) == expected


# A capitalised "Today" right after a capitalised word names a paper or a programme.
# fmt: off
TODAY_TITLES = [
    ("The poll was published by USA Today on Monday.", MAY, [("Monday", "DATE", "2020-04-27")]),
    ("You have been listening to Radio Harbour Today.", MAY, []),
    # a sentence opening with it, or the plain word, is still the day
    ("The ferry was cancelled. Today the harbour reopens.", MAY, [("Today", "DATE", "2020-05-01")]),
    ("Mr. Okafor said today that the harbour would reopen.", MAY, [("today", "DATE", "2020-05-01")]),
    ('"Today we reopen," the harbour master said.', MAY, [("Today", "DATE", "2020-05-01")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "dct", "expected"), TODAY_TITLES)
def test_a_capitalised_today_after_a_name_is_a_title(sentence, dct, expected):
    assert _got(sentence, dct) == expected


# A weekday after a future one and a comma moves into the week ahead only as an item of a list;
# a past verb between them ("..., officials said on Wednesday") dates the saying instead.
# fmt: off
SAID_AFTER_A_FUTURE_DAY = [
    ("The report comes out on Friday, officials said on Wednesday.", date(2020, 5, 6),
     [("Friday", "DATE", "2020-05-08"), ("Wednesday", "DATE", "2020-05-06")]),
    ("The talks will resume on Monday, the ministry said on Tuesday.", date(2020, 5, 6),
     [("Monday", "DATE", "2020-05-11"), ("Tuesday", "DATE", "2020-05-05")]),
    ("The port reopens on Friday, the harbour board confirmed Wednesday.", date(2020, 5, 7),
     [("Friday", "DATE", "2020-05-08"), ("Wednesday", "DATE", "2020-05-06")]),
    # a list of days still runs on into the week ahead
    ("The agency will auction notes next Tuesday, bonds on Wednesday and bills on Thursday.",
     date(2020, 5, 6),
     [("next Tuesday", "DATE", "2020-05-12"), ("Wednesday", "DATE", "2020-05-13"),
      ("Thursday", "DATE", "2020-05-14")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "dct", "expected"), SAID_AFTER_A_FUTURE_DAY)
def test_a_weekday_after_a_past_verb_is_not_listed_after_a_future_one(sentence, dct, expected):
    assert _got(sentence, dct) == expected


# "N months earlier/before" counts back from the date the text last named, as "N months later"
# counts forward from it; without one named it stays the publication date's.
# fmt: off
MONTHS_BEFORE_A_NAMED_DATE = [
    ("The dam gave way in March 2018. Two months earlier, engineers had warned of cracks.",
     date(2020, 5, 6), [("March 2018", "DATE", "2018-03"), ("Two months earlier", "DATE", "2018-01")]),
    ("The treaty was signed on Jan. 10, 2019. Six months before, the talks had stalled.",
     date(2020, 5, 6), [("Jan. 10, 2019", "DATE", "2019-01-10"), ("Six months before", "DATE", "2018-07")]),
    ("Exports rose 5 percent from three months earlier.", date(2020, 5, 6),
     [("three months earlier", "DATE", "2020-02")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "dct", "expected"), MONTHS_BEFORE_A_NAMED_DATE)
def test_months_earlier_count_back_from_the_date_last_named(sentence, dct, expected):
    assert _got(sentence, dct) == expected


# A bare "overnight" is resolved as the night before publication, a default that must not move
# the day the story is on: "the previous Friday" after it is still the one before the Friday named.
# fmt: off
OVERNIGHT_KEEPS_THE_DAY = [
    ("Shares in Frankfurt ended lower on Friday after overnight falls in Tokyo, down 4 percent "
     "from the previous Friday.", date(2020, 5, 4),
     [("Friday", "DATE", "2020-05-01"), ("overnight", "TIME", "2020-05-03TNI"),
      ("the previous Friday", "DATE", "2020-04-24")]),
    ("Shares in Frankfurt ended lower on Friday, down 4 percent from the previous Friday.",
     date(2020, 5, 4), [("Friday", "DATE", "2020-05-01"), ("the previous Friday", "DATE", "2020-04-24")]),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "dct", "expected"), OVERNIGHT_KEEPS_THE_DAY)
def test_a_bare_overnight_does_not_move_the_day_anchor(sentence, dct, expected):
    assert _got(sentence, dct) == expected
