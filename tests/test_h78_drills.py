"""A military exercise is its own row beside the launch it answers and beside another pair's
drill (issue #4, webcopy6): dedupe folded "Japanese and US jets held a joint exercise" into North
Korea's missile launch told in the same report."""

from __future__ import annotations

from pipeline.dedupe import same_event
from pipeline.models import Event


def _military(trigger: str, countries: tuple[str, ...], start: int) -> Event:
    return Event(
        event_id="m",
        event_type="military",
        title="Military action",
        countries=countries,
        date_start="2024-03-05",
        date_end="2024-03-05",
        date_basis="text",
        status="occurred",
        published="2024-03-05",
        article_id="a1",
        trigger=trigger,
        trigger_start=start,
        evidence_start=start,
        evidence="x.",
    )


def test_a_drill_of_other_parties_is_not_the_launch_it_answers():
    launch = _military("fired a ballistic missile", ("PRK", "JPN"), 100)
    drill = _military("held a joint exercise", ("JPN", "USA"), 900)
    assert not same_event(launch, drill)
    assert not same_event(drill, launch)


def test_two_pairs_drills_are_two_rows():
    one = _military("carried out a bombing drill", ("KOR", "USA"), 500)
    other = _military("held a joint exercise", ("JPN", "USA"), 900)
    assert not same_event(one, other)


def test_one_sides_drills_and_launches_may_still_be_one_operation():
    drills = _military("began live-fire exercises", ("CHN", "TWN"), 100)
    launch = _military("fired ballistic missiles", ("CHN", "TWN"), 300)
    assert same_event(drills, launch)
