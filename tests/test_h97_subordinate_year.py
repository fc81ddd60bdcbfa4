"""An act told in an "after"/"since"/"when" clause takes its year from the main clause: the main
clause's bare year for an undated act ("restored in 2019, after Morales resigned"), and the year a
month of the clause falls in relative to the main clause's date ("in March 2021 after Biden took
office in January"), not the publication date's. A surname after "after" is the person the article
introduced, not a month (issue #4: the resignation had no one and no date)."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _leadership(text: str, published: date) -> list:
    return [
        r
        for r in extract_events(Article(text=text, published=published), "h97")
        if r.event_type == "leadership"
    ]


def test_undated_clause_takes_the_main_clause_year() -> None:
    text = (
        "Peru's president Pedro Castillo visited Bolivia in 2021. Trade talks resumed in 2023, after "
        "Castillo was removed from office."
    )
    rows = [r for r in _leadership(text, date(2024, 2, 1)) if "Pedro Castillo" in r.actors]
    assert rows and rows[0].date_value == "2023", rows


def test_surname_after_after_is_the_person() -> None:
    text = (
        "Former president Evo Morales flew to Mexico in 2019. Ties were restored in 2019 by the "
        "interim government, after Morales resigned and left the country."
    )
    rows = _leadership(text, date(2023, 11, 1))
    assert rows and rows[0].actors == ("Evo Morales",) and rows[0].date_value == "2019", rows


def test_clause_month_takes_the_main_clause_year() -> None:
    rows = _leadership(
        "Relations were restored in March 2021 after Biden took office in January.", date(2023, 3, 19)
    )
    assert rows and rows[0].date_value == "2021-01", rows


def test_month_after_the_main_month_is_the_year_before() -> None:
    rows = _leadership(
        "Ties were restored in February 2016, weeks after Macri took office in December.", date(2023, 3, 19)
    )
    assert rows and rows[0].date_value == "2015-12", rows


def test_a_month_of_its_own_deixis_is_kept() -> None:
    rows = _leadership(
        "Relations were restored in March 2021 after Biden took office last January.", date(2023, 3, 19)
    )
    assert rows and rows[0].date_value == "2023-01", rows
