"""Rules fixed on the webcopy7 dev set (issue #4): every event of a dated chronology line takes the
line's date, a year naming a treaty dates the treaty and not the act done to it, and a saying told
to an audience or at a press conference after a fronted occasion is a statement row. Test
sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article


def _rows(text: str, published: date) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.event_type, e.date_start, e.date_end)
        for e in extract_events(Article(text=text, published=published))
    ]


def test_each_event_of_a_chronology_line_takes_its_date():
    text = (
        "WHAT HAPPENED\n\n"
        "12 August 2019 - A regional summit in Accra imposes sanctions on Mali and threatens the use of force.\n\n"
        "3 May 2020 - Leaders meet again in Dakar.\n"
    )
    rows = _rows(text, date(2021, 2, 1))
    assert ("sanction", "2019-08-12", "2019-08-12") in rows
    assert ("threat", "2019-08-12", "2019-08-12") in rows


def test_a_day_range_heads_a_chronology_line():
    text = (
        "TIMELINE\n\n"
        "4-5 March 2019 - Thousands of migrants cross the border. Peru recalls its ambassador to Lima.\n\n"
        "9 June 2019 - Talks resume.\n"
    )
    rows = _rows(text, date(2020, 1, 10))
    assert ("sanction", "2019-03-04", "2019-03-05") in rows


def test_a_year_naming_a_treaty_does_not_date_the_act_done_to_it():
    text = "TIMELINE\n\n8 May 2021 - Chile suspends the 1994 friendship treaty with Bolivia.\n"
    rows = _rows(text, date(2021, 6, 1))
    assert [r for r in rows if r[0] == "sanction"] == [("sanction", "2021-05-08", "2021-05-08")]


def test_a_verb_told_at_a_dated_vote_keeps_its_day():
    text = (
        "Ana Silva, the lawyer who beat President Pedro Costa in the March 3 vote, was sworn in on Thursday."
    )
    rows = _rows(text, date(2022, 4, 2))
    assert any(r[0] == "leadership" and r[1] == "2022-03-03" for r in rows)


def test_a_saying_to_the_audience_is_a_statement():
    text = (
        "President Lula met Argentina's president in Brasilia on Friday.\n\n"
        '"We are closer than ever," Lula told the audience.\n'
    )
    assert any(r[0] == "statement" for r in _rows(text, date(2023, 6, 10)))


def test_a_fronted_occasion_does_not_make_a_saying_a_tag():
    text = (
        "After their talks, Turkish President Erdogan told a joint press conference that the visit "
        "was historic and would mark a turning point in relations."
    )
    assert any(r[0] == "statement" for r in _rows(text, date(2022, 3, 9)))


def test_a_reply_told_in_turn_takes_the_time_of_the_act_it_answers():
    text = (
        "Russia expelled two Estonian diplomats in 2019, and Estonia in turn summoned the Russian ambassador."
    )
    rows = _rows(text, date(2022, 3, 9))
    assert ("criticism", "2019-01-01", "2019-12-31") in rows


def test_a_perfect_phone_call_and_an_event_shortly_before_it():
    text = (
        "Japan and China marked an anniversary in September. Kishida and Xi had last spoken by phone "
        "in October last year, shortly after Kishida took office."
    )
    rows = _rows(text, date(2022, 11, 18))
    assert ("call", "2021-10-01", "2021-10-31") in rows
    assert ("leadership", "2021-10-01", "2021-10-31") in rows


def test_each_chronology_item_is_a_new_event_of_its_type():
    text = (
        "HOW WE GOT HERE\n\n"
        "16 September 2023 - Mali, Burkina Faso and Niger sign a mutual defence pact in Bamako.\n\n"
        "6 July 2024 - At their first summit in Niamey, the three leaders sign a treaty on a confederation.\n"
    )
    rows = _rows(text, date(2025, 1, 29))
    assert ("agreement", "2023-09-16", "2023-09-16") in rows
    assert ("agreement", "2024-07-06", "2024-07-06") in rows
