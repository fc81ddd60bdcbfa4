"""A headline is not the hub that glues an article's separate acts into one row (issue #4,
webcopy6): "Canada and India expel each other's diplomats" (a headline, no prose) folded the
lead's expulsion and then, compared with every later mention, the other side's expulsion too.
Once the headline has folded a prose mention of its act, later mentions are compared with that."""

from __future__ import annotations

from pipeline.dedupe import merge_mentions
from pipeline.models import Event


def _sanction(
    evidence: str, trigger: str, start: int, countries: tuple[str, ...], basis: str = "text"
) -> Event:
    return Event(
        event_id="",
        event_type="sanction",
        title="Sanctions",
        countries=countries,
        date_start="2024-10-14",
        date_end="2024-10-14",
        date_basis=basis,
        status="occurred",
        published="2024-10-15",
        article_id="a1",
        trigger=trigger,
        trigger_start=start + evidence.index(trigger.split()[0]),
        evidence_start=start,
        evidence=evidence,
    )


HEADLINE = _sanction(
    "Norway and Chile expel each other's envoys over a spying row", "expel", 0, ("NOR", "CHL")
)
LEAD = _sanction(
    "Norway expelled Chile's ambassador on Monday, citing evidence of spying.", "expelled", 80, ("NOR", "CHL")
)
REPLY = _sanction(
    "Chile answered within hours, ordering three Norwegian diplomats to leave on Monday.",
    "ordering",
    200,
    ("CHL", "NOR"),
)


def test_the_other_sides_expulsion_is_its_own_row_beside_the_headline():
    events, placed = merge_mentions([], [HEADLINE, LEAD, REPLY])
    assert len(events) == 2
    assert placed[0].event_id == placed[1].event_id  # the headline is the lead's act told again
    assert placed[2].event_id != placed[1].event_id


def test_a_headline_alone_still_folds_its_retelling():
    events, _ = merge_mentions([], [HEADLINE, LEAD])
    assert len(events) == 1
