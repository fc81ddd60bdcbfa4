"""Two events in one sentence (issue #4): an act done "at a meeting of" a body that the entity stage
does not know. The meeting names no party of its own; its parties are the act's doers, and it falls
on the act's day. Before the fix the meeting was dropped as having no diplomatic party (webcopy7:
ministers signed agreements at a cooperation council's meeting; only the signing was listed)."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article

TEXT = (
    "Portuguese Prime Minister Antonio Costa and Brazilian President Lula signed a treaty on "
    "consular help in Lisbon on Tuesday.\n\n"
    "Costa and Lula also signed six agreements on trade, science and culture, "
    "at a meeting of the Bilateral Steering Forum in Lisbon."
)


def _rows(text: str) -> list:
    return extract_events(Article(text=text, published=date(2023, 4, 26)), "h89")


def test_meeting_an_act_was_done_at_is_a_row_with_the_doers_and_day() -> None:
    rows = _rows(TEXT)
    meetings = [r for r in rows if r.event_type == "meeting" and "Steering Forum" in r.evidence]
    assert meetings, [(r.event_type, r.trigger, r.actors) for r in rows]
    meeting = meetings[0]
    assert {"PRT", "BRA"} <= set(meeting.countries)
    signing = next(r for r in rows if r.event_type == "agreement" and r.evidence == meeting.evidence)
    assert signing.date_start is not None
    assert (meeting.date_start, meeting.date_end) == (signing.date_start, signing.date_end)


def test_meeting_not_told_as_the_occasion_of_the_act_gets_nobody() -> None:
    # A meeting in a clause of its own (after ";") is not where the signing was done.
    text = TEXT.replace(", at a meeting of", "; a meeting of").replace("Lisbon.", "Lisbon is planned.")
    rows = _rows(text)
    assert not [r for r in rows if r.event_type == "meeting" and r.date_start and "Steering" in r.evidence]
