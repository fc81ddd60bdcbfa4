"""False rows the webcopy7 dev set showed (issue #4): an envoy who has not returned restores no
ties, a threat someone is or poses is no threat made, "expect X to meet" is an expectation, and a
past verb in a relative clause is done whatever plan the main clause tells. Sentences are written
for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article


def _rows(text: str, published: date) -> list[tuple[str, str, str | None]]:
    return [
        (e.event_type, e.status, e.date_start)
        for e in extract_events(Article(text=text, published=published))
    ]


def test_an_envoy_who_has_not_returned_restores_nothing():
    assert _rows("Peru's ambassador has not returned to Mexico City.", date(2023, 2, 1)) == []
    assert [
        r[0] for r in _rows("Peru's ambassador returned to Mexico City on Monday.", date(2023, 2, 1))
    ] == ["other"]


def test_a_threat_someone_poses_is_no_threat_made():
    text = "Beijing said the two countries should not become a threat to each other. Moscow poses a serious threat to peace."
    assert not any(r[0] == "threat" for r in _rows(text, date(2022, 11, 18)))
    assert any(
        r[0] == "threat" for r in _rows("Russia issued a threat to Japan on Monday.", date(2022, 11, 18))
    )


def test_expecting_someone_to_meet_is_an_expectation():
    rows = _rows(
        "Analysts expect Kenyan negotiators to meet Somali officials in the coming months.", date(2024, 1, 9)
    )
    assert [r[1] for r in rows if r[0] == "meeting"] == ["expected"]


def test_a_past_verb_in_a_relative_clause_is_done():
    text = (
        "Xi, who also met US President Joe Biden in Bali earlier this week, is due to hold talks with "
        "Thai Prime Minister Prayuth Chan-ocha on Saturday."
    )
    rows = _rows(text, date(2022, 11, 18))
    assert any(r[0] == "meeting" and r[1] == "occurred" and r[2] == "2022-11-14" for r in rows)


def test_an_agreement_announced_is_reached_not_planned():
    text = "Chile and Peru announced a new agreement on border trade on Monday."
    rows = _rows(text, date(2023, 2, 28))
    assert ("agreement", "occurred", "2023-02-27") in rows


def test_an_act_asked_of_another_party_is_not_done():
    for text in (
        "A spokesman for Israel urged Chile and Colombia to condemn Hamas.",
        "Israel asked Chile to expel the Iranian ambassador.",
    ):
        assert not [r for r in _rows(text, date(2023, 11, 1)) if r[0] in ("criticism", "sanction")], text
    assert [r[0] for r in _rows("Chile expelled the Iranian ambassador on Monday.", date(2023, 11, 1))] == [
        "sanction"
    ]


def test_signing_no_agreement_is_no_agreement():
    assert not _rows("Maduro and Lula signed no agreements on Monday.", date(2023, 5, 31))
    assert [r[0] for r in _rows("Maduro and Lula signed an agreement on Monday.", date(2023, 5, 31))] == [
        "agreement"
    ]


def test_a_promised_reply_is_a_threat_and_short_sighted_a_criticism():
    rows = _rows("Russia promised a response on Monday.", date(2022, 4, 5))
    assert [r[0] for r in rows] == ["threat"]
    rows = _rows(
        "Kremlin spokesman Dmitry Peskov called the expulsions short-sighted on Tuesday.", date(2022, 4, 6)
    )
    assert "criticism" in [r[0] for r in rows]
    assert "threat" in [r[0] for r in _rows("The Kremlin said Moscow will reply in kind.", date(2022, 4, 6))]
