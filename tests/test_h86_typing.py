"""A verdict given through a verb of judging inside a saying is a criticism (issue #4, webcopy6):
"said Madrid found the exclusion 'unacceptable'" was typed a plain statement, while analysts read
it as criticism, as they do "said the exclusion was unacceptable". Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline.events.triggers import find_triggers


@pytest.mark.parametrize(
    "sentence",
    [
        'The foreign minister said Lisbon found the decision to bar its envoy "unacceptable".',
        "The spokesman said on Tuesday the government considered the new tariffs illegal.",
        "Officials said Oslo deemed the seizure of the vessel intolerable.",
    ],
)
def test_a_judged_verdict_in_a_saying_is_a_criticism(sentence: str) -> None:
    assert "criticism" in {t.event_type for t in find_triggers(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said Rome found the talks useful and would send a delegation.",
        "The minister said investigators found the documents in a locked safe.",
    ],
)
def test_a_judging_verb_without_a_verdict_is_no_criticism(sentence: str) -> None:
    assert "criticism" not in {t.event_type for t in find_triggers(sentence)}


def test_a_denied_mandate_of_public_opinion_is_a_criticism() -> None:
    """ "did not represent mainstream public opinion": the charge of the shorter form, with one
    more word before "opinion" (demo set, typed statement before)."""
    sentence = (
        "Beijing's liaison office said on Sunday that the vote did not represent mainstream public opinion."
    )
    assert "criticism" in {t.event_type for t in find_triggers(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kremlin said the new weapons would not change the front line and would lead to more Ukrainian deaths.",
        "Tehran said on Monday the strikes would only cause further bloodshed.",
    ],
)
def test_a_harm_charged_to_an_act_is_a_criticism(sentence: str) -> None:
    """ "said the aid would lead to more deaths": a charge, as analysts read it (webcopy2)."""
    assert "criticism" in {t.event_type for t in find_triggers(sentence)}


def test_a_hope_of_more_is_no_charge() -> None:
    sentence = "The minister said the agreement would lead to more trade between the two countries."
    assert "criticism" not in {t.event_type for t in find_triggers(sentence)}
