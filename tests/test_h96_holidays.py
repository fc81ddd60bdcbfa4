"""Holidays of other calendars and the weeks of a month (issue #3, H96).

Own-words sentences; each case failed before H96 (no such holiday, or only the month tagged).
Dates: Islamic holidays from the tabular Islamic calendar (convertdate), so a country's sighting
may differ by a day; Hebrew, Persian and Julian days from convertdate; Lunar New Year, Tet,
Diwali and Vesak from data/knowledge/holiday_dates.csv.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract_events
from pipeline.models import Article
from pipeline.timex import find_time_expressions
from pipeline.timex.dates import calendar_holiday

# (publication day, sentence, expression text, TimeML value, first day, last day)
CASES = [
    # a month-long period: TimeML's value is the unit that holds it, rows get its days
    (
        date(2024, 2, 10),
        "Negotiators hope to sign a truce during Ramadan.",
        "Ramadan",
        "2024",
        "2024-03-11",
        "2024-04-09",
    ),
    # (the tabular calendar ends Ramadan 2023 a day after most countries did)
    (date(2023, 4, 1), "The talks went on through Ramadan.", "Ramadan", "2023", "2023-03-23", "2023-04-21"),
    (
        date(2024, 2, 10),
        "Prisoners will be freed before Eid al-Fitr.",
        "Eid al-Fitr",
        "2024-04-10",
        "2024-04-10",
        "2024-04-10",
    ),
    (
        date(2024, 9, 1),
        "Pilgrims gathered for Eid al-Adha.",
        "Eid al-Adha",
        "2024-06-17",
        "2024-06-17",
        "2024-06-17",
    ),
    (
        date(2024, 5, 1),
        "The envoy flew home for Eid ul-Fitr.",
        "Eid ul-Fitr",
        "2024-04-10",
        "2024-04-10",
        "2024-04-10",
    ),
    (
        date(2024, 7, 1),
        "Mourners marked Ashura in Karbala.",
        "Ashura",
        "2023-07-28",
        "2023-07-28",
        "2023-07-28",
    ),
    (
        date(2024, 5, 1),
        "The ceasefire held over Passover.",
        "Passover",
        "2024-04",
        "2024-04-23",
        "2024-04-30",
    ),
    (
        date(2023, 11, 1),
        "Rockets were fired on Yom Kippur.",
        "Yom Kippur",
        "2023-09-25",
        "2023-09-25",
        "2023-09-25",
    ),
    (
        date(2024, 9, 1),
        "Parliament will recess for Rosh Hashanah.",
        "Rosh Hashanah",
        "2024-10-03",
        "2024-10-03",
        "2024-10-03",
    ),
    (
        date(2024, 11, 20),
        "The minister will light candles for Hanukkah.",
        "Hanukkah",
        "2024",
        "2024-12-26",
        "2025-01-02",
    ),
    (
        date(2024, 3, 1),
        "Officials say Purim will pass quietly.",
        "Purim",
        "2024-03-24",
        "2024-03-24",
        "2024-03-24",
    ),
    (
        date(2024, 1, 20),
        "Beijing will host the talks after Lunar New Year.",
        "Lunar New Year",
        "2024-02-10",
        "2024-02-10",
        "2024-02-10",
    ),
    (
        date(2023, 3, 1),
        "Travel surged over Chinese New Year.",
        "Chinese New Year",
        "2023-01-22",
        "2023-01-22",
        "2023-01-22",
    ),
    (
        date(2025, 1, 10),
        "Millions will travel home for the Spring Festival.",
        "Spring Festival",
        "2025-01-29",
        "2025-01-29",
        "2025-01-29",
    ),
    (
        date(2007, 1, 20),
        "Hanoi will close its offices for Tet.",
        "Tet",
        "2007-02-17",
        "2007-02-17",
        "2007-02-17",
    ),
    (
        date(2024, 10, 1),
        "Delhi hopes to close the deal before Diwali.",
        "Diwali",
        "2024-10-31",
        "2024-10-31",
        "2024-10-31",
    ),
    (
        date(2024, 3, 1),
        "The president will address the nation on Nowruz.",
        "Nowruz",
        "2024-03-20",
        "2024-03-20",
        "2024-03-20",
    ),
    (
        date(2024, 2, 1),
        "The patriarch led prayers on Orthodox Christmas.",
        "Orthodox Christmas",
        "2024-01-07",
        "2024-01-07",
        "2024-01-07",
    ),
    (
        date(2024, 4, 1),
        "A pause in the fighting over Orthodox Easter was proposed.",
        "Orthodox Easter",
        "2024-05-05",
        "2024-05-05",
        "2024-05-05",
    ),
    (
        date(2024, 4, 1),
        "The king will pardon prisoners on Vesak.",
        "Vesak",
        "2024-05-22",
        "2024-05-22",
        "2024-05-22",
    ),
    # explicit year, "last", "next"
    (
        date(2024, 2, 10),
        "The accord was signed on Yom Kippur 2019.",
        "Yom Kippur 2019",
        "2019-10-09",
        "2019-10-09",
        "2019-10-09",
    ),
    (
        date(2024, 6, 1),
        "Talks stalled after last Ramadan.",
        "last Ramadan",
        "2024",
        "2024-03-11",
        "2024-04-09",
    ),
    (
        date(2024, 6, 1),
        "A summit is planned before next Diwali.",
        "next Diwali",
        "2024-10-31",
        "2024-10-31",
        "2024-10-31",
    ),
    # "Eid" alone: the nearer of the two
    (
        date(2024, 6, 10),
        "Both sides agreed to a truce for Eid.",
        "Eid",
        "2024-06-17",
        "2024-06-17",
        "2024-06-17",
    ),
    # the weeks of a month: TimeML the ISO week holding most of the days, rows the days
    (
        date(2024, 2, 10),
        "Talks are set for the first week of April.",
        "the first week of April",
        "2024-W14",
        "2024-04-01",
        "2024-04-07",
    ),
    (
        date(2024, 2, 10),
        "Voting ends in the last week of March.",
        "the last week of March",
        "2024-W13",
        "2024-03-25",
        "2024-03-31",
    ),
    (
        date(2024, 2, 10),
        "He visits in the second week of May 2025.",
        "the second week of May 2025",
        "2025-W19",
        "2025-05-08",
        "2025-05-14",
    ),
    (
        date(2024, 2, 10),
        "The vote is due in the first week of next month.",
        "the first week of next month",
        "2024-W10",
        "2024-03-01",
        "2024-03-07",
    ),
    # the turn of the year: the start of a year (TimeML mod START), rows a month either side
    (
        date(2024, 3, 5),
        "Prices rose at the turn of the year.",
        "the turn of the year",
        "2024",
        "2023-12-01",
        "2024-01-31",
    ),
    (
        date(2024, 10, 5),
        "Talks will resume at the turn of the year.",
        "the turn of the year",
        "2025",
        "2024-12-01",
        "2025-01-31",
    ),
]


@pytest.mark.parametrize(("dct", "sentence", "text", "value", "first", "last"), CASES)
def test_holiday_and_month_week(
    dct: date, sentence: str, text: str, value: str, first: str, last: str
) -> None:
    timeml = [t for t in find_time_expressions(sentence, dct, ranges=False) if t.text == text]
    assert [t.value for t in timeml] == [value], find_time_expressions(sentence, dct, ranges=False)
    rows = [t for t in find_time_expressions(sentence, dct) if t.text == text]
    assert len(rows) == 1
    assert (str(rows[0].date_start), str(rows[0].date_end)) == (first, last)
    if first != last:  # a stretch of days has no single value in an event row
        assert rows[0].value == "" and rows[0].granularity == "range"


# False friends: the name of a person, a town's festival, a thing sold or cooked for the holiday.
FALSE_FRIENDS = [
    "Mohammed Eid said the talks had failed.",
    "The ministers met Ahmed Eid in Cairo.",
    "The Riverside Spring Festival drew big crowds.",
    "Shops in Mumbai ran a Diwali sale.",
    "She shared Passover recipes with the delegation.",
    "The Tet Offensive began in the dark.",
    "Historians still argue about the Tet offensive.",
    "Crowds shouted Eid Mubarak in the square.",
]


@pytest.mark.parametrize("sentence", FALSE_FRIENDS)
def test_holiday_false_friends(sentence: str) -> None:
    assert find_time_expressions(sentence, date(2024, 2, 10)) == []


def test_opening_word_and_religion_keep_the_holiday() -> None:
    """A capitalised sentence opener or a religion's adjective before the name is no name."""
    found = find_time_expressions(
        "During Ramadan, the Jewish Passover and Diwali, talks paused.", date(2024, 6, 1)
    )
    assert [t.text for t in found] == ["Ramadan", "Passover", "Diwali"]


def test_islamic_holiday_twice_in_a_year() -> None:
    """The Islamic year is 11 days shorter: Eid al-Fitr fell twice in 2000."""
    days = [o[0] for o in calendar_holiday("eid al-fitr", 2000)]
    assert [d.month for d in days] == [1, 12]


def test_table_has_no_guess_outside_its_years() -> None:
    """Outside the years the curated table holds, the name is left untagged, not guessed."""
    assert find_time_expressions("Families gathered for Diwali.", date(1995, 11, 1)) == []


# Event rows: a holiday period dates the event told at it, a plan due before a coming day gets
# the days up to it; the span a truce is to cover does not date the demand for it.
ROW_CASES = [
    # a plan due before a coming day: from publication to the day before it
    (
        "The foreign ministers of China and Japan will hold talks before Lunar New Year, officials said.",
        date(2024, 1, 5),
        ("2024-01-05", "2024-02-09", "range"),
    ),
    (
        "China and Japan will sign the accord before March 3, officials said.",
        date(2024, 1, 5),
        ("2024-01-05", "2024-03-02", "range"),
    ),
    (
        "Israeli and Hamas negotiators will meet in Cairo during Ramadan, Egyptian mediators said.",
        date(2024, 2, 5),
        ("2024-03-11", "2024-04-09", "range"),
    ),
    (
        "The Security Council demands a ceasefire for Ramadan as Washington abstains.",
        date(2024, 3, 25),
        ("2024-03-24", "2024-03-25", "range"),
    ),
    (
        "The Security Council demands a truce over Christmas as Washington abstains.",
        date(2023, 12, 20),
        ("2023-12-19", "2023-12-20", "range"),
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROW_CASES)
def test_event_rows_and_holidays(text: str, published: date, expected: tuple[str, str, str]) -> None:
    rows = extract_events(Article(text=text, published=published))
    assert rows
    assert (rows[0].date_start, rows[0].date_end, rows[0].date_granularity) == expected
