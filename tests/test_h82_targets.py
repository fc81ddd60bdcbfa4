"""Rows an analyst would reject because the one criticised is named as the critic (issue #4):
a criticism verb whose subject names nobody we know keeps its named object as the target.
Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.events.titles import make_title
from pipeline.models import Article


def _titles(text: str, event_type: str) -> list[str]:
    return [
        e.title
        for e in extract_events(Article(text=text, published=date(2024, 3, 4)))
        if e.event_type == event_type
    ]


def test_an_unnamed_critic_does_not_make_the_target_the_critic() -> None:
    text = "On Sunday, several opposition lawmakers accused President Emmanuel Macron of ignoring parliament."
    titles = _titles(text, "criticism")
    assert titles, "the accusation is still a row"
    assert all(not t.startswith("Emmanuel Macron") for t in titles), titles
    assert any("Emmanuel Macron" in t for t in titles)


def test_a_named_critic_still_leads_the_title() -> None:
    text = "On Sunday, Chancellor Olaf Scholz accused President Emmanuel Macron of ignoring Berlin."
    titles = _titles(text, "criticism")
    assert any(t.startswith("Olaf Scholz") for t in titles), titles


def test_title_of_a_criticism_with_only_its_target_named() -> None:
    assert make_title(
        "criticism", ["Narendra Modi"], ["IND"], None, "occurred", targets=["Narendra Modi"]
    ) == ("Criticism of Narendra Modi")
    assert make_title("threat", ["US Congress"], ["USA"], None, "occurred", targets=["US Congress"]) == (
        "Warning to US Congress"
    )


def _meetings(text: str) -> list[tuple[str, str | None, str | None]]:
    from pipeline.dedupe import merge_mentions

    mentions = [
        e
        for e in extract_events(Article(text=text, published=date(2024, 3, 4)))
        if e.event_type in ("meeting", "negotiation")
    ]
    events, _placed = merge_mentions([], mentions)
    return sorted((e.status, e.date_start, e.location) for e in events)


def test_a_meeting_planned_again_is_not_the_meeting_held() -> None:
    text = (
        "Officials of Chile and Peru met on Sunday to discuss their border. "
        "The officials are due to meet again in Lima."
    )
    rows = _meetings(text)
    assert ("occurred", "2024-03-03", None) in rows, rows
    assert any(status == "planned" and place == "Lima" for status, _d, place in rows), rows
    assert len(rows) == 2, rows


def test_a_role_of_three_modifiers_before_a_name_finds_the_person_and_the_surname() -> None:
    from pipeline.entities import find_entities

    text = (
        "Blinken met China's top foreign policy official, Zhao Mingde, in Geneva. "
        "Zhao replied with a short statement."
    )
    found = [(m.text, m.name) for m in find_entities(text, date(2024, 3, 4)) if m.kind == "person"]
    assert ("Zhao Mingde", "Zhao Mingde") in found, found
    assert ("Zhao", "Zhao Mingde") in found, found


def test_a_reply_with_a_long_rebuke_takes_the_paragraph_day() -> None:
    text = (
        "China's top foreign policy official, Yang Jiechi, met Antony Blinken in Anchorage.\n\n"
        "In his opening remarks on Thursday, Blinken said Washington would raise its concerns over "
        "Xinjiang. Yang replied with a long rebuke, saying the United States could not lecture China."
    )
    rows = [
        (e.date_start, e.actors)
        for e in extract_events(Article(text=text, published=date(2021, 3, 19)))
        if e.event_type == "criticism"
    ]
    assert ("2021-03-18", ("Yang Jiechi",)) in [(d, tuple(a)) for d, a in rows], rows
