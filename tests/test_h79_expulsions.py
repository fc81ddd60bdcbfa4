"""Expulsions on a live page (webcopy7, issue #4): several countries expelling one country's
diplomats are several acts, not one row; a long object before "persona non grata" and "sending
home" diplomats are expulsions. Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.triggers import find_triggers
from pipeline.models import Article
from pipeline.process import _merge_all


def _events(text: str, published: date):
    mentions = extract_events(Article(text=text, published=published))
    events, _placed = _merge_all(mentions)
    return events


def test_expulsions_by_different_countries_stay_apart():
    text = (
        "LIVE: Europe expels Russian diplomats\n\n"
        "Norway expelled 12 Russian diplomats on Tuesday.\n\n"
        "Portugal expelled 10 Russian diplomats on Tuesday.\n"
    )
    sanctions = [e for e in _events(text, date(2022, 4, 6)) if e.event_type == "sanction"]
    assert len(sanctions) >= 2
    assert not any({"NOR", "PRT"} <= set(e.countries) for e in sanctions)


def test_one_expulsion_told_twice_is_one_row():
    text = "Norway expelled 12 Russian diplomats on Tuesday. Norway and Denmark expelled Russian diplomats on Tuesday."
    sanctions = [e for e in _events(text, date(2022, 4, 6)) if e.event_type == "sanction"]
    assert len(sanctions) == 1


def test_a_long_object_before_persona_non_grata_is_an_expulsion():
    found = [
        (t.event_type)
        for t in find_triggers(
            "Austria declared 12 employees of the Russian embassy in Vienna persona non grata."
        )
    ]
    assert "sanction" in found


def test_sending_diplomats_home_is_an_expulsion():
    for sentence in (
        "Finland is sending home two Russian diplomats.",
        "Chile sent its ambassador home in protest.",
    ):
        assert "sanction" in [t.event_type for t in find_triggers(sentence)], sentence


def test_an_irregular_past_names_the_same_act_as_its_base():
    from pipeline.dedupe import _act_stem

    assert _act_stem("broke off diplomatic relations") == _act_stem("break ties")
    assert _act_stem("sent home") == _act_stem("sending home")
    assert _act_stem("broke off relations") != _act_stem("recalled its ambassador")
