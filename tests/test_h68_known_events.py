"""Relative week/month cues before a series mention pick an edition in that period, or none (issue #4)."""

from datetime import date

from pipeline.entities.known_events import find_known_events


def _keys(text: str, published: date) -> list[str]:
    return [e.key for _, _, e in find_known_events(text, published)]


def test_next_week_with_no_edition_then_links_nothing() -> None:
    # The 2023 Quad leaders' summit was in May; an article of late January has none next week.
    assert _keys("Diplomats are drafting texts for next week's Quad summit.", date(2023, 1, 31)) == []


def test_next_week_links_the_edition_in_that_week() -> None:
    text = "Officials met on Monday ahead of next week's Quad summit."
    assert _keys(text, date(2023, 5, 15)) == ["quad-summit-2023"]


def test_last_month_links_the_edition_of_the_previous_month() -> None:
    text = "Ministers recalled last month's Quad summit in their statement."
    assert _keys(text, date(2022, 6, 10)) == ["quad-summit-2022-05"]


def test_last_month_with_the_edition_a_year_back_links_nothing() -> None:
    text = "Ministers recalled last month's Quad summit in their statement."
    assert _keys(text, date(2023, 1, 31)) == []
