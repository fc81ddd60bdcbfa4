"""An embassy move told with the base verb ("to move the US embassy from Tel Aviv to
Jerusalem", "will move its embassy to Jerusalem") is the move, as "moved its embassy" was; the
base form was missing, so the plan wrote no row (issue #4, never-written "other" rows)."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _others(text: str) -> list:
    return [
        r
        for r in extract_events(Article(text=text, published=date(2017, 12, 7)), "h94")
        if r.event_type == "other"
    ]


def test_ordered_to_move_the_embassy() -> None:
    text = (
        "President Donald Trump recognised Jerusalem as Israel's capital on Wednesday. He told the State "
        "Department to begin preparing to move the US embassy from Tel Aviv to Jerusalem."
    )
    rows = _others(text)
    assert rows and "USA" in rows[0].countries, rows


def test_will_move_its_embassy() -> None:
    rows = _others("Paraguay will move its embassy to Jerusalem in May.")
    assert rows and rows[0].countries == ("PRY",) and rows[0].status == "planned", rows


def test_moving_house_is_no_embassy_move() -> None:
    assert not _others("The ambassador will move to a new house in Jerusalem in May.")
