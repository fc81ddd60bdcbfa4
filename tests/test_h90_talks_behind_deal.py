"""Companion rows of issue #4 (h90): talks told as what produced a deal ("agreed ... after four
months of negotiations", "the accord, which followed three years of negotiations") are a
negotiation row of the deal's parties beside the agreement row. Test sentences are written for
these tests."""

from __future__ import annotations

from datetime import date

from pipeline.dedupe import merge_mentions
from pipeline.events import extract_events
from pipeline.models import Article, Event


def _merged(text: str, published: date) -> list[Event]:
    events, _ = merge_mentions([], extract_events(Article(text=text, published=published)))
    return events


def _types(events: list[Event]) -> list[str]:
    return sorted(e.event_type for e in events)


def test_talks_that_produced_a_deal_are_a_negotiation_row_of_its_parties() -> None:
    rows = _merged(
        "Armenia and Azerbaijan agreed on Friday to reopen their border crossings after four months "
        "of negotiations mediated by Georgia.",
        date(2024, 5, 4),
    )
    assert "agreement" in _types(rows)
    talks = [e for e in rows if e.event_type == "negotiation"]
    assert len(talks) == 1
    assert {"ARM", "AZE"} <= set(talks[0].countries)
    assert talks[0].date_start is None  # four months of talks: their days are not told


def test_the_accord_that_followed_years_of_negotiations() -> None:
    rows = _merged(
        "Prime Minister Mark Carney and President Claudia Sheinbaum signed a trade accord on Monday. "
        "The accord, which followed three years of negotiations in Ottawa, cuts tariffs on steel.",
        date(2026, 3, 3),
    )
    talks = [e for e in rows if e.event_type == "negotiation"]
    assert len(talks) == 1
    assert {"Mark Carney", "Claudia Sheinbaum"} <= set(talks[0].actors)


def test_a_night_of_talks_ends_on_the_day_of_the_deal() -> None:
    rows = _merged(
        "Sudan's army and the Rapid Support Forces agreed to a truce on Saturday after a long night of "
        "talks mediated by Saudi Arabia.",
        date(2023, 5, 22),
    )
    talks = [e for e in rows if e.event_type == "negotiation"]
    assert talks and talks[0].date_start == "2023-05-20"


def test_leaders_talks_with_no_span_are_no_negotiation() -> None:
    rows = _merged(
        "US President Joe Biden and Chinese President Xi Jinping agreed on Wednesday to resume military "
        "contacts after talks in California.",
        date(2023, 11, 16),
    )
    assert "negotiation" not in _types(rows)


def test_the_accord_told_again_lends_its_parties_to_the_talks_behind_it() -> None:
    # the deal's only party is where it was made (the dateline): "the accord" names no one
    rows = _merged(
        "NAIROBI — Delegates from 170 countries adopted a global agreement to cap plastic production on "
        "Saturday evening, after Kenyan Foreign Minister Musalia Mudavadi closed the session.\n\n"
        "The accord, which bans some single-use items, was the product of three weeks of talks that "
        "opened on 2 June with a speech by President William Ruto.",
        date(2025, 6, 29),
    )
    talks = [e for e in rows if e.event_type == "negotiation"]
    assert len(talks) == 1
    assert talks[0].date_start == "2025-06-02"
    assert talks[0].location == "Nairobi"


def test_a_round_of_talks_that_ended_with_a_deal_gives_both_rows() -> None:
    rows = _merged(
        "The fourth round of talks between the Philippine government and the communist rebels, "
        "hosted by Norway, ended in Oslo on Thursday with a ceasefire deal.",
        date(2024, 2, 17),
    )
    talks = [e for e in rows if e.event_type == "negotiation"]
    deals = [e for e in rows if e.event_type == "agreement"]
    assert len(talks) == 1 and len(deals) == 1
    assert talks[0].date_start == deals[0].date_start == "2024-02-15"
    assert set(talks[0].actors) <= set(deals[0].actors) and deals[0].actors


def test_fronted_weeks_of_talks_are_the_deals_negotiation() -> None:
    rows = _merged(
        "After three weeks of talks in Vienna, Serbia and Kosovo signed a transit accord on Thursday.",
        date(2024, 9, 14),
    )
    talks = [e for e in rows if e.event_type == "negotiation"]
    assert len(talks) == 1
    assert {"SRB"} <= set(talks[0].countries) and talks[0].location == "Vienna"
    assert talks[0].date_start is None  # three weeks of talks: their days are not told
