"""A trip made "for two days of talks" dates the talks: they run from the arrival day for the days
told (issue #4 lead: the talks were left undated). Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article

_TEXT = (
    "Russian Foreign Minister Sergei Lavrov arrived in the Chinese city of Xiamen on Monday for two "
    "days of talks with Wang Yi."
)


def _talks(published: date) -> list:
    return [
        e
        for e in extract_events(Article(text=_TEXT, published=published))
        if e.event_type == "meeting" and e.trigger == "talks"
    ]


def test_the_talks_run_from_the_arrival_day_for_two_days() -> None:
    rows = _talks(date(2021, 3, 23))
    assert rows
    assert (rows[0].date_start, rows[0].date_end) == ("2021-03-22", "2021-03-23")


def test_begun_talks_took_place() -> None:
    # (already so before h84; kept so the dating does not change the reading)
    rows = _talks(date(2021, 3, 23))
    assert rows and rows[0].status == "occurred"
