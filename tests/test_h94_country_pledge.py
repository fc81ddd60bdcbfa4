"""A country pledges as it appeals or denies: "Kenya pledged to send 1,000 police officers to
Haiti" is its government's promise. Before, a country was no speaker for a promise verb, the
row had no state speaker and was dropped (issue #4, never-written statements)."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _rows(text: str) -> list:
    return extract_events(Article(text=text, published=date(2024, 3, 6)), "h94")


def test_country_pledge_is_a_row() -> None:
    rows = _rows("Kenya pledged to send 1,000 police officers to Haiti on Monday.")
    assert [(r.event_type, r.countries) for r in rows] == [("statement", ("KEN",))]


def test_country_promise_is_a_row() -> None:
    rows = _rows("Japan promised to help rebuild Ukraine's power grid on Tuesday.")
    assert any(r.event_type == "statement" and "JPN" in r.countries for r in rows), [
        (r.event_type, r.trigger) for r in rows
    ]
