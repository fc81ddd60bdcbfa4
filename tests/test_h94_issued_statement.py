"""A statement noun after a light verb ("The Kremlin issued a statement", "France and Germany
released a joint statement", "the two leaders issued a joint statement") has the light verb's
subject as its speaker; before, it had none and no row was written (issue #4). A country
unveiling a plan speaks as a state does."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _statements(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    rows = extract_events(Article(text=text, published=date(2024, 3, 6)), "h94")
    return [(r.actors, r.countries) for r in rows if r.event_type == "statement"]


def test_body_issued_a_statement() -> None:
    assert _statements("The Kremlin issued a statement on Monday.") == [(("Kremlin",), ("RUS",))]


def test_two_countries_released_a_joint_statement() -> None:
    rows = _statements("France and Germany released a joint statement on Monday.")
    assert rows and {"FRA", "DEU"} <= set(rows[0][1]), rows


def test_the_two_leaders_issued_a_joint_statement() -> None:
    rows = _statements(
        "Biden met Xi in Woodside on Wednesday. The two leaders issued a joint statement on Thursday."
    )
    assert rows and {"Joe Biden", "Xi Jinping"} <= set(rows[0][0]), rows


def test_country_unveiled_a_plan() -> None:
    rows = _statements("Beijing unveiled a peace plan for Ukraine on Friday.")
    assert rows and "CHN" in rows[0][1], rows


def test_position_paper_published_is_a_statement() -> None:
    rows = _statements(
        "China's foreign ministry published a twelve-point position paper on a political settlement on Friday."
    )
    assert rows and "CHN" in rows[0][1], rows
    rows = _statements("China released a white paper on Taiwan on Wednesday.")
    assert rows and "CHN" in rows[0][1], rows


def test_a_paper_by_researchers_is_no_statement() -> None:
    assert _statements("The researchers published a paper on Monday.") == []
