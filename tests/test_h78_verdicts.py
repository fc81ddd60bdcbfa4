"""A verdict on another's act is a criticism (issue #4, webcopy6): "called the launch 'barbaric'",
"called the strike an act of aggression", "moves that the EU described as an attempt to undermine
the transition". Test sentences are written for these tests."""

from __future__ import annotations

import pytest

from pipeline.events.triggers import find_triggers


@pytest.mark.parametrize(
    "sentence",
    [
        'The foreign minister called the missile test "barbaric" on Wednesday.',
        "The government called the air strike an act of aggression against its territory.",
        "The ministry called the sanctions preposterous and unjustifiable.",
        "The president called the shelling of the hospital deplorable.",
        "Moscow called the arrests an attempt to destabilise the region.",
        "The court froze the party's accounts, steps that Brussels described as an attempt to subvert the vote.",
    ],
)
def test_a_verdict_on_an_act_is_a_criticism(sentence):
    assert "criticism" in {t.event_type for t in find_triggers(sentence)}


def test_a_plain_description_is_no_verdict():
    sentence = "The minister called the meeting a useful exchange of views."
    assert "criticism" not in {t.event_type for t in find_triggers(sentence)}
