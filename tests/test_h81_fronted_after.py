"""A fronted "After ... in <month>," clause: the main clause's verb has its own speaker (not the
subject of a reporting verb inside the clause) and shares the clause's month (webcopy7 lead,
issue #4). Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article

_TEXT = (
    "After the count was announced in October, German Chancellor Olaf Scholz congratulated "
    "Donald Tusk, while urging a smooth handover."
)


def _statements() -> list[tuple[tuple[str, ...], str | None, str | None]]:
    return [
        (tuple(e.actors), e.date_start, e.date_end)
        for e in extract_events(Article(text=_TEXT, published=date(2023, 12, 14)))
        if e.event_type == "statement"
    ]


def test_the_main_clause_speaker_congratulates() -> None:
    rows = _statements()
    assert rows and "Olaf Scholz" in rows[0][0]


def test_the_congratulation_shares_the_fronted_month() -> None:
    assert _statements()[0][1:] == ("2023-10-01", "2023-10-31")
