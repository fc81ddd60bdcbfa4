"""Companion rows of issue #4 (h90): one sentence that tells two events of one story keeps both.

A trip and the meeting its traveller held, told by two verbs joined by "and", are a visit row and a
meeting row. A meeting told as the trip's purpose or in a "where" clause stays the trip's.
Test sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

from pipeline.dedupe import merge_mentions
from pipeline.events import extract_events
from pipeline.models import Article, Event


def _merged(text: str, published: date) -> list[Event]:
    events, _ = merge_mentions([], extract_events(Article(text=text, published=published)))
    return events


def _types(events: list[Event]) -> list[str]:
    return sorted(e.event_type for e in events)


def test_a_trip_and_a_meeting_joined_by_and_are_two_rows() -> None:
    rows = _merged(
        "Finnish President Sauli Niinisto visited Ankara on 17 March and met Turkish President "
        "Recep Tayyip Erdogan.",
        date(2023, 3, 18),
    )
    assert _types(rows) == ["meeting", "visit"]
    meeting = next(e for e in rows if e.event_type == "meeting")
    assert meeting.date_start == "2023-03-17"


def test_a_meal_with_the_host_after_and_is_its_own_row() -> None:
    rows = _merged(
        "Italian Prime Minister Giorgia Meloni visited Tunis on Sunday and dined with President Kais Saied.",
        date(2023, 6, 12),
    )
    assert _types(rows) == ["meeting", "visit"]


def test_a_meeting_in_a_where_clause_stays_the_trip() -> None:
    rows = _merged(
        "German Chancellor Olaf Scholz made a short visit to Kyiv on Monday, where he met Ukrainian "
        "President Volodymyr Zelensky.",
        date(2024, 12, 3),
    )
    assert _types(rows) == ["visit"]


def test_talks_as_the_trip_purpose_stay_the_trip() -> None:
    rows = _merged(
        "Indian Prime Minister Narendra Modi arrived in Abu Dhabi on Tuesday for talks with President "
        "Mohamed bin Zayed.",
        date(2024, 2, 14),
    )
    assert _types(rows) == ["visit"]


def test_the_words_that_make_a_meeting_part_of_the_trip() -> None:
    from pipeline.dedupe import _FOR_PURPOSE, _PART_OF_TRIP_AFTER, _TRIP_AS_ASIDE

    assert not _PART_OF_TRIP_AFTER.search(" Ankara on 17 March and ")
    assert _PART_OF_TRIP_AFTER.search(" Kyiv on Monday, where he ")
    assert _FOR_PURPOSE.search(" Abu Dhabi on Tuesday for ").group(1) == ""
    assert _FOR_PURPOSE.search(" Russia by train for a ").group(1) == "a "
    assert _TRIP_AS_ASIDE.search(" with Putin in Moscow on Friday, a ")
    assert not _TRIP_AS_ASIDE.search(" with Xi on Wednesday during his ")


def test_a_trip_for_a_meeting_with_someone_keeps_the_meeting() -> None:
    rows = _merged(
        "Argentine President Javier Milei will travel to Brasilia on Friday for a meeting with Brazilian "
        "President Luiz Inacio Lula da Silva.",
        date(2025, 3, 12),
    )
    assert _types(rows) == ["meeting", "visit"]


def test_a_trip_for_talks_with_someone_stays_one_row() -> None:
    rows = _merged(
        "Argentine President Javier Milei will travel to Brasilia on Friday for talks with Brazilian "
        "President Luiz Inacio Lula da Silva.",
        date(2025, 3, 12),
    )
    assert _types(rows) == ["visit"]


def test_talks_after_a_signing_on_a_state_visit_are_their_own_row() -> None:
    rows = _merged(
        "Uzbek President Shavkat Mirziyoyev arrived in Astana on Thursday for a state visit and signed "
        "a border treaty with Kazakh President Kassym-Jomart Tokayev after talks between the two "
        "delegations.",
        date(2024, 5, 3),
    )
    assert {"visit", "meeting", "agreement"} <= set(_types(rows))


def test_talks_during_the_visit_are_their_own_row() -> None:
    rows = _merged(
        "Vietnamese Prime Minister Pham Minh Chinh held talks with Chinese Premier Li Qiang on Monday "
        "during his official visit to Beijing.",
        date(2023, 6, 28),
    )
    assert _types(rows) == ["meeting", "visit"]


def test_a_meeting_on_the_sidelines_of_a_named_summit_keeps_the_summit_row() -> None:
    rows = _merged(
        "Chinese Premier Li Qiang and Japanese Prime Minister Shigeru Ishiba met on the sidelines of "
        "the G20 summit in Rio de Janeiro on Monday.",
        date(2024, 11, 20),
    )
    assert _types(rows) == ["meeting", "summit"]
    summit = next(e for e in rows if e.event_type == "summit")
    assert summit.date_start == "2024-11-18"  # held on the meeting's day, one of the summit's


def test_a_meeting_at_an_unnamed_summit_is_that_summit() -> None:
    rows = _merged(
        "North Korean leader Kim Jong Un and US President Donald Trump met at the summit in Singapore on Tuesday.",
        date(2018, 6, 14),
    )
    assert len(rows) == 1


def test_the_summit_venue_rule_needs_a_name_of_the_summit() -> None:
    from pipeline.dedupe import _AT_SUMMIT

    named = _AT_SUMMIT.fullmatch(" on the sidelines of the NATO ")
    assert named is not None and named.group("name").strip() == "NATO"
    unnamed = _AT_SUMMIT.fullmatch(" at the ")
    assert unnamed is not None and not unnamed.group("name").strip()
    assert _AT_SUMMIT.fullmatch(" in Paris; later, at the ") is None


def test_met_here_and_again_there_is_two_meetings() -> None:
    rows = _merged(
        "Scholz and Macron met in Hamburg in October and again in Paris in December.",
        date(2024, 1, 10),
    )
    meetings = sorted((e.date_start, e.location) for e in rows if e.event_type == "meeting")
    assert [d[:7] for d, _ in meetings] == ["2023-10", "2023-12"]
    assert meetings[1][1] == "Paris"


def test_again_after_another_verb_is_not_the_meeting_again() -> None:
    rows = _merged(
        "Scholz and Macron met in Hamburg in October, signed a defence accord and again in December "
        "urged the bloc to act.",
        date(2024, 1, 10),
    )
    assert len([e for e in rows if e.event_type == "meeting"]) == 1


def test_the_trip_in_a_during_his_adjunct_is_the_subjects() -> None:
    rows = _merged(
        "Vietnamese Prime Minister Pham Minh Chinh held talks with Chinese Premier Li Qiang on Monday "
        "during his official visit to Beijing.",
        date(2023, 6, 28),
    )
    visits = [e for e in rows if e.event_type == "visit"]
    assert visits and visits[0].actors == ("Pham Minh Chinh",)
    assert "meeting" in _types(rows)


def test_a_hosts_guest_owns_the_trip_after_a_host_verb() -> None:
    from pipeline.events.extract import _HOSTING_WORD

    assert _HOSTING_WORD.search(" welcomed Russian President Vladimir Putin in Beijing on Thursday on ")


def test_a_guest_received_at_the_palace_is_a_meeting_beside_the_visit() -> None:
    rows = _merged(
        "King Abdullah II received Egyptian President Abdel Fattah al-Sisi, who arrived for a one-day "
        "visit, at the Husseiniya Palace in Amman on Sunday.",
        date(2024, 3, 12),
    )
    meetings = [e for e in rows if e.event_type == "meeting"]
    assert len(meetings) == 1
    assert set(meetings[0].actors) == {"Abdullah II", "Abdel Fattah el-Sisi"}
    assert meetings[0].date_start == "2024-03-10"


def test_an_airport_welcome_is_no_meeting() -> None:
    rows = _merged(
        "Prime Minister James Marape welcomed Indian Prime Minister Narendra Modi at the airport in Port Moresby on Sunday.",
        date(2023, 5, 22),
    )
    assert "meeting" not in _types(rows)


def test_a_first_visit_set_off_after_the_talks_is_its_own_row() -> None:
    rows = _merged(
        "Chilean President Gabriel Boric met Argentine President Javier Milei at the Casa Rosada in "
        "Buenos Aires on Monday, the first visit by a Chilean head of state since 2019.",
        date(2025, 3, 5),
    )
    assert _types(rows) == ["meeting", "visit"]


def test_a_trip_aside_that_is_no_first_stays_the_talks() -> None:
    rows = _merged(
        "Hungarian Prime Minister Viktor Orban held talks with Russian President Vladimir Putin in "
        "Moscow on Friday, a trip that drew sharp criticism from other European leaders.",
        date(2024, 7, 6),
    )
    assert _types(rows) == ["meeting"]


def test_an_audience_stays_apart_from_a_trip_told_first_elsewhere() -> None:
    # the trip's row was first told by the first sentence: the second sentence's trip and
    # audience are read together all the same
    rows = _merged(
        "Turkish President Recep Tayyip Erdogan paid a visit to Athens on Thursday, his first to Greece "
        "in six years. Earlier in the day, Erdogan was received by President Katerina Sakellaropoulou "
        "at the presidential mansion.",
        date(2023, 12, 8),
    )
    meetings = [e for e in rows if e.event_type == "meeting"]
    assert any("Katerina Sakellaropoulou" in e.actors for e in meetings)
    assert "visit" in _types(rows)
