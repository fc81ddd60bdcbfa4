"""A saying whose news is that another side "made a grave error" is blame (criticism), and a named
speaker's blame and another party's act of the same type are two rows, even when neither sentence
dates its own act (issue #4, webcopy6 lead). Test sentences are written for these tests."""

from __future__ import annotations

import pytest

from pipeline.dedupe import merge_mentions
from pipeline.events.triggers import find_triggers
from pipeline.models import Event


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Jacinda Ardern told reporters that Fiji had made a grave mistake by expelling the envoy.",
        "The foreign minister said Ankara has made a serious error in closing the border.",
    ],
)
def test_a_grave_error_told_is_criticism(sentence: str) -> None:
    types = [(t.text, t.event_type) for t in find_triggers(sentence)]
    assert any(kind == "criticism" for _, kind in types), types


def test_a_plain_saying_stays_no_criticism() -> None:
    types = [(t.text, t.event_type) for t in find_triggers("The minister said the talks had made progress.")]
    assert not any(kind == "criticism" for _, kind in types), types


def _criticism(
    evidence: str, trigger: str, start: int, actors: tuple[str, ...], countries: tuple[str, ...]
) -> Event:
    return Event(
        event_id="",
        event_type="criticism",
        title="Criticism",
        actors=actors,
        countries=countries,
        date_start="2024-05-06",
        date_end="2024-05-07",
        date_basis="publication",
        status="occurred",
        published="2024-05-07",
        article_id="a1",
        trigger=trigger,
        trigger_start=start + evidence.index(trigger.split()[0]),
        evidence_start=start,
        evidence=evidence,
    )


REJECTION = _criticism("Fiji rejected the claims as absurd.", "rejected the claims", 100, (), ("FJI",))
BLAME = _criticism(
    "Prime Minister Jacinda Ardern told reporters that Fiji had made a grave mistake.",
    "told",
    300,
    ("Jacinda Ardern",),
    ("NZL", "FJI"),
)


def test_two_speakers_blame_and_rejection_are_two_rows() -> None:
    events, _ = merge_mentions([], [REJECTION, BLAME])
    assert len(events) == 2


def test_one_speaker_told_twice_still_folds() -> None:
    again = _criticism(
        "Ardern also condemned Fiji's move.", "condemned", 500, ("Jacinda Ardern",), ("NZL", "FJI")
    )
    events, _ = merge_mentions([], [BLAME, again])
    assert len(events) == 1
