"""Setting off for a named place is a visit there (issue #4, webcopy6): "is due to fly to Rabat",
"will travel together to Mount Kenya", "before leaving for Lima". A gerund after "before" takes
the sentence's subject as its traveller, and a trip inside the traveller's own country is no
visit. Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract_events
from pipeline.events.triggers import find_triggers
from pipeline.models import Article


def _visits(text: str, published: date) -> list[tuple[tuple[str, ...], str | None, str, str | None]]:
    return [
        (e.actors, e.location, e.status, e.date_start)
        for e in extract_events(Article(text=text, published=published))
        if e.event_type == "visit"
    ]


@pytest.mark.parametrize(
    "sentence, trigger",
    [
        ("The secretary of state is due to fly to Rabat after the talks.", "fly to"),
        ("Tomorrow the two presidents will travel together to Mount Kenya.", "travel together to"),
        ("The chancellor left for Brussels on Monday evening.", "left for"),
        ("She met the king before flying to Tokyo.", "flying to"),
    ],
)
def test_setting_off_for_a_named_place_is_a_visit(sentence, trigger):
    found = [(t.text, t.event_type) for t in find_triggers(sentence)]
    assert (trigger, "visit") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegates were flying to the capital on Friday.",  # no named place
        "The hardest questions were left for those talks.",  # nothing left for a place
    ],
)
def test_setting_off_without_a_named_place_is_no_visit(sentence):
    assert not [t for t in find_triggers(sentence) if t.event_type == "visit"]


def test_the_gerund_after_before_travels_with_the_sentence_subject():
    text = "Barack Obama is due to attend a football match in Havana on Tuesday before leaving for Argentina."
    rows = _visits(text, date(2016, 3, 21))
    assert any("Barack Obama" in actors and place == "Argentina" for actors, place, _s, _d in rows)


def test_a_setting_off_inside_the_travellers_own_country_is_no_visit():
    text = (
        "On Monday Joe Biden will meet the Vietnamese president in Hanoi before flying to Alaska "
        "to visit troops."
    )
    assert not [r for r in _visits(text, date(2023, 9, 10)) if r[1] == "Alaska"]


def test_a_private_person_leaving_for_a_country_is_no_visit():
    text = "A Kremlin aide said the mercenary chief Yevgeny Prigozhin would leave for Belarus on Sunday."
    assert not [r for r in _visits(text, date(2023, 6, 24)) if r[1] == "Belarus"]


def test_a_visit_noun_after_the_setting_off_is_the_rows_trigger():
    sentence = "The prime minister will fly to Oslo for an official visit next week."
    visits = [t.text for t in find_triggers(sentence) if t.event_type == "visit"]
    assert "fly to" not in visits and "official visit" in visits


def test_a_stop_on_the_way_is_a_visit_by_the_head_of_the_who_clause():
    text = "The pope, who flew over Kazakhstan on his way to Mongolia last year, met bishops there."
    rows = _visits(text, date(2024, 10, 1))
    assert any("Pope Francis" in actors and place == "Mongolia" for actors, place, _s, _d in rows)
    assert not any("Kazakhstan" == place for _a, place, _s, _d in rows)


def test_the_pope_written_in_lower_case_is_the_pope_in_office():
    from pipeline.entities.finder import find_entities

    people = [
        m.name
        for m in find_entities("Officials said the pope would pray for peace.", date(2024, 5, 1))
        if m.kind == "person"
    ]
    assert people == ["Pope Francis"]
