"""A state receiving candidate status for a bloc is a row, titled from its side (issue #4,
webcopy6). Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article


def test_a_state_receiving_candidate_status_is_a_row_of_its_own():
    text = "Albania received EU candidate status in June 2014 after years of reforms."
    rows = [
        e for e in extract_events(Article(text=text, published=date(2015, 1, 10))) if e.event_type == "other"
    ]
    assert rows and rows[0].trigger == "received EU candidate status"
    assert (rows[0].date_start, rows[0].date_end) == ("2014-06-01", "2014-06-30")
    assert "receives candidate status" in rows[0].title


def test_status_received_as_a_share_of_votes_is_no_row():
    text = "The ruling party received more than 40 percent of the vote in June 2014."
    rows = extract_events(Article(text=text, published=date(2015, 1, 10)))
    assert not [e for e in rows if "candidate status" in e.trigger]
