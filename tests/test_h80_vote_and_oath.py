"""An election and the swearing-in that follows it are two rows even on one day (issue #4,
webcopy6): dedupe folded "parliament elected her president" into "she was sworn in later that
afternoon", told in two sentences of one report."""

from __future__ import annotations

from pipeline.dedupe import same_event
from pipeline.models import Event


def _leadership(evidence: str, trigger: str, start: int) -> Event:
    return Event(
        event_id="l",
        event_type="leadership",
        title="Leadership change",
        actors=("Hilda Heine",),
        countries=("MHL",),
        date_start="2024-01-02",
        date_end="2024-01-02",
        date_basis="text",
        status="occurred",
        published="2024-01-03",
        article_id="a1",
        trigger=trigger,
        trigger_start=start + evidence.index(trigger.split()[0]),
        evidence_start=start,
        evidence=evidence,
    )


VOTE = _leadership("On Tuesday parliament elected Hilda Heine president by 20 votes to 12.", "elected", 0)
OATH = _leadership("Heine was sworn in later that afternoon in Majuro.", "sworn in", 90)


def test_the_vote_and_the_oath_are_two_rows():
    assert not same_event(VOTE, OATH)
    assert not same_event(OATH, VOTE)


def test_an_appointment_may_still_be_the_swearing_in():
    named = _leadership("On Tuesday the cabinet named Hilda Heine president.", "named", 0)
    assert same_event(named, OATH)


def test_the_ceremony_named_again_is_left_to_the_other_rules():
    again = _leadership("Few foreign guests came to the inauguration.", "inauguration", 200)
    assert same_event(VOTE, again)
