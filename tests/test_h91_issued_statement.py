"""A statement put out by named states ("the embassies of Canada, Norway and Japan issued a joint
statement") speaks for them, on the day a when-clause after a date gives, and a span restated by
a date inside it ("a week ago, on October 18,") is that day (webcopy8, issue #4: the ten
embassies' statement had no speaker and was dropped). The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import context
from pipeline.events.extract import extract_events
from pipeline.models import Article


def _statements(text: str, published: date):
    rows = extract_events(Article(title="t", text=text, published=published, url="u"))
    return [r for r in rows if r.event_type == "statement"]


def test_the_states_that_issue_a_joint_statement_speak() -> None:
    rows = _statements("Canada and Japan issued a joint statement on Monday.", date(2019, 5, 8))
    assert rows and set(rows[0].countries) >= {"CAN", "JPN"}
    assert rows[0].date_start == "2019-05-06"


def test_a_when_clause_with_a_list_of_names_happens_on_the_day_before_it() -> None:
    text = (
        "The dispute started on March 4, when the embassies of Canada, Norway, Sweden and Japan "
        "issued a joint statement about the detained activists."
    )
    rows = _statements(text, date(2019, 3, 20))
    assert rows and rows[0].date_start == "2019-03-04"
    assert {"CAN", "JPN"} <= set(rows[0].countries)


def test_a_span_restated_by_a_day_inside_it_is_that_day() -> None:
    found = context.time_expressions(
        "The quarrel began a week ago, on March 4, in Geneva.", date(2019, 3, 11)
    )
    assert [t.text for t in found] == ["March 4"]


def test_a_span_and_a_day_outside_it_both_stay() -> None:
    found = context.time_expressions(
        "Talks ended last month, on April 2 the ministers meet again.", date(2019, 3, 11)
    )
    assert len(found) == 2
