"""Event rows the rules used to miss on the web-copy dev sets (issue #4): a request put to a named
party, a dated start in office told in a since-clause, and background acts dated by the month of
the sentence before. Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract_events
from pipeline.events.triggers import find_triggers
from pipeline.models import Article


def _rows(text: str, published: date) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (e.event_type, e.date_start, e.date_end, e.trigger)
        for e in extract_events(Article(text=text, published=published))
    ]


@pytest.mark.parametrize(
    "sentence, trigger",
    [
        (
            "Prime Minister Kallas asked Nato for military help after the border incident.",
            "asked Nato for military help",
        ),
        ("The foreign minister asked Hungary to explain its decision.", "asked Hungary to explain"),
        (
            "The two presidents instructed their ministers to draft a trade plan.",
            "instructed their ministers to draft",
        ),
    ],
)
def test_a_request_put_to_a_named_party_is_an_appeal(sentence, trigger):
    found = [(t.text, t.event_type) for t in find_triggers(sentence)]
    assert (trigger, "statement") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister was asked to leave the room.",
        "Asked whether he would resign, the minister shrugged.",
        "A diplomat, who asked not to be named, described the mood as tense.",
        "The spokesman asked reporters to wait for the statement.",
    ],
)
def test_no_appeal_when_nobody_is_asked_by_the_doer(sentence):
    # CAMEO 020: the appeal entries ("urged", "called on", "asked X to")
    assert not any(t.entry.cameo == "020" for t in find_triggers(sentence))


def test_a_dated_start_in_office_in_a_since_clause_is_its_own_event():
    text = "The president is in Lisbon on his first trip abroad since taking office on 3 March 2025."
    found = [(t.text, t.event_type) for t in find_triggers(text)]
    assert ("taking office", "leadership") in found


def test_an_undated_since_clause_tells_no_start_in_office():
    text = "The president is in Lisbon on his first trip abroad since taking office."
    assert not any(t.event_type == "leadership" for t in find_triggers(text))


def test_a_background_act_takes_the_month_of_the_sentence_before():
    text = (
        "Relations soured in March 2019, when a border post was attacked. "
        "Prime Minister Imran Khan asked India to hand over the suspects.\n\n"
        "The two governments have not spoken since."
    )
    rows = _rows(text, date(2024, 6, 10))
    appeal = [r for r in rows if r[0] == "statement" and r[3].startswith("asked")]
    assert appeal and appeal[0][1:3] == ("2019-03-01", "2019-03-31")


def test_a_month_two_sentences_back_does_not_date_the_act():
    text = (
        "Relations soured in March 2019. A border post was attacked that spring. "
        "Prime Minister Imran Khan asked India to hand over the suspects.\n\n"
        "The two governments have not spoken since."
    )
    rows = _rows(text, date(2024, 6, 10))
    appeal = [r for r in rows if r[0] == "statement" and r[3].startswith("asked")]
    assert not appeal or appeal[0][1] != "2019-03-01"


def test_a_dated_start_in_office_after_since_takes_the_main_subject():
    text = (
        "President Emmanuel Macron is in Lisbon on his first trip abroad since taking office on "
        "14 May 2017.\n\nHe will meet the Portuguese prime minister on Friday."
    )
    rows = [
        e
        for e in extract_events(Article(text=text, published=date(2017, 6, 1)))
        if e.event_type == "leadership"
    ]
    assert [(e.actors, e.date_start, e.location) for e in rows] == [
        (("Emmanuel Macron",), "2017-05-14", None)
    ]


def test_a_gerund_after_since_lends_no_partner_to_another_act():
    text = "Viktor Orban met Vladimir Putin in Moscow days after taking over the rotating EU presidency."
    rows = extract_events(Article(text=text, published=date(2024, 7, 6)))
    assert not [e for e in rows if e.trigger.startswith("taking") and "Vladimir Putin" in e.actors]


def test_a_verb_after_and_shares_the_unnamed_group_of_the_verb_before():
    text = (
        "Armenia and Azerbaijan have taken a step towards a border deal. In April, the two countries' "
        "deputy prime ministers met in the border village of Noyemberyan and agreed to mark four "
        "stretches of the frontier."
    )
    rows = extract_events(Article(text=text, published=date(2024, 5, 20)))
    agreed = [e for e in rows if e.trigger == "agreed to"]
    assert [(e.countries, e.date_start) for e in agreed] == [(("ARM", "AZE"), "2024-04-01")]


def test_a_saying_after_and_takes_no_doer_from_the_verb_before():
    text = (
        "Armenia and Azerbaijan have taken a step towards a border deal. In April, the two countries' "
        "deputy prime ministers met in the border village of Noyemberyan and said the talks had gone well."
    )
    rows = extract_events(Article(text=text, published=date(2024, 5, 20)))
    assert not [e for e in rows if e.trigger == "said"]


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Chancellor Olaf Scholz cut short his trip to Brazil after the vote in Berlin.", True),
        ("The Japanese prime minister cut short a visit to Egypt because of the storm.", True),
        ("The Speaker cut short the debate in parliament on Tuesday.", False),
    ],
)
def test_a_visit_cut_short_is_a_visit(sentence, found):
    assert (
        any(t.text.startswith("cut short") and t.event_type == "visit" for t in find_triggers(sentence))
        is found
    )
