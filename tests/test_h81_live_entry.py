"""A live page's entry opening with its clock time and a dash ("14:25 - ...") is that day's news:
the publication day, not the day-before window (webcopy7 lead, issue #4). Test sentences are
written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article

_PAGE = (
    "LIVE: Diplomatic row deepens\n\n"
    "14:25 - Norway expels two Iranian diplomats, the foreign ministry says.\n\n"
    "Norway expelled two Iranian diplomats, the foreign ministry said.\n"
)


def _sanction_windows() -> list[tuple[str | None, str | None, int]]:
    return [
        (e.date_start, e.date_end, e.evidence_start)
        for e in extract_events(Article(text=_PAGE, published=date(2024, 2, 6)))
        if e.event_type == "sanction"
    ]


def test_a_clock_dash_entry_is_dated_to_the_page_day() -> None:
    entry = _PAGE.index("14:25")
    rows = [r for r in _sanction_windows() if r[2] == entry]
    assert rows and rows[0][:2] == ("2024-02-06", "2024-02-06")
