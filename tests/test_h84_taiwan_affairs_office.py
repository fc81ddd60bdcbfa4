"""China's Taiwan Affairs Office is a Chinese state body (bodies.csv): a statement or criticism it
makes has the office as doer and China as its country, and "Taiwan" inside its name is not the
island (issue #4 lead). Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article


def _rows(text: str) -> list:
    return list(extract_events(Article(text=text, published=date(2024, 5, 24))))


def test_the_office_criticising_is_a_chinese_doer() -> None:
    rows = [
        e
        for e in _rows("The Taiwan Affairs Office condemned the visit by the US delegation on Friday.")
        if e.event_type == "criticism"
    ]
    assert rows
    assert "Taiwan Affairs Office" in rows[0].actors
    assert "CHN" in rows[0].countries
    assert "TWN" not in rows[0].countries


def test_the_office_named_after_china_speaks_for_china() -> None:
    text = "China's Taiwan Affairs Office said on Thursday that Beijing would never accept independence."
    rows = _rows(text)
    assert rows
    assert any("Taiwan Affairs Office" in e.actors and "CHN" in e.countries for e in rows)
