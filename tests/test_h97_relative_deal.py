"""An agreement told in a relative clause after its noun ("the trade pact that Chile and Japan
sealed in May") is an agreement row of the clause's doers, dated and told as done by the clause,
whatever the main clause's mood. Its doers lay inside the trigger and were dropped, so the row was
cut for want of a party (issue #4)."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _agreements(text: str) -> list:
    return [
        r
        for r in extract_events(Article(text=text, published=date(2021, 3, 23)), "h97")
        if r.event_type == "agreement"
    ]


def test_relative_clause_names_the_doers() -> None:
    rows = _agreements(
        "Lawmakers said they would not debate the trade accord that Chile and Japan concluded "
        "at the end of November while the dispute lasts."
    )
    assert rows, rows
    assert {"CHL", "JPN"} <= set(rows[0].countries), rows
    assert rows[0].status == "occurred" and rows[0].date_value == "2020-11", rows


def test_the_clause_date_is_the_deals_own() -> None:
    rows = _agreements(
        "Officials said on Friday that the accord which Serbia and Kosovo sealed last month was at risk."
    )
    assert rows and rows[0].date_value == "2021-02", rows


def test_no_names_in_the_clause_no_row() -> None:
    assert not _agreements(
        "Lawmakers would refuse to ratify the accord that was concluded at the end of November."
    )
