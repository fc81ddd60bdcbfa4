"""A participle set off by commas ("Erdogan, meeting Putin separately, pressed for a deal") is
told in the past of the verb after it and takes the paragraph's day; and a day followed by "for
a summit" dates the verb before it, not the summit noun alone (webcopy8, issue #4: the meeting
went to the publication day). The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def test_a_participle_aside_takes_the_paragraphs_day() -> None:
    text = (
        "Narendra Modi flew to Moscow on Monday for a summit with Vladimir Putin. Viktor Orban, "
        "meeting Putin separately, asked for a ceasefire."
    )
    rows = extract_events(Article(title="t", text=text, published=date(2024, 7, 12), url="u"))
    meetings = [r for r in rows if r.event_type == "meeting" and "Viktor Orbán" in r.actors]
    assert meetings and meetings[0].date_start == "2024-07-08"


def test_a_date_inside_an_after_clause_is_not_the_paragraphs_day() -> None:
    text = (
        "Prime Minister Mark Rutte resigned on Friday after his coalition partners refused to back "
        "his migration plan the day before. King Willem-Alexander dissolved parliament."
    )
    rows = extract_events(Article(title="t", text=text, published=date(2023, 7, 10), url="u"))
    dissolved = [r for r in rows if r.trigger == "dissolved parliament"]
    assert dissolved and dissolved[0].date_start == "2023-07-07"
