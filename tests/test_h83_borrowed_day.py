"""A sentence that borrows "the same day" from the sentence before takes that sentence's day (issue #4)."""

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article

# Written for this test: Tuesday is a plan; "the same day" is the day of Monday's running news.
TEXT = (
    "The Brazilian president arrived in Rome on Monday for a two-day visit. "
    "Formal talks with the Italian prime minister are scheduled for Tuesday.\n\n"
    "On the same day, a Russian drone strike hit a school in Kharkiv. "
    "Ukrainian President Volodymyr Zelensky said it was shameful to see such a welcome for a "
    "friend of Moscow on such a day."
)


def _days(event_type: str) -> list[str | None]:
    events = extract_events(Article(text=TEXT, published=date(2024, 7, 9)))
    return [e.date_start for e in events if e.event_type == event_type]


def test_the_borrowing_sentence_takes_the_reanchored_day() -> None:
    assert "2024-07-08" in _days("military")
    assert _days("criticism") == ["2024-07-08"]
