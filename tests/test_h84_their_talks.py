"""A paragraph opening "After their talks, X said ..." names the talks of the pair told in the
sentence just before: those two are the talks' parties and its day is theirs (issue #4 lead: the
talks had no participants and were dropped). Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article

_TEXT = (
    "Turkish President Recep Tayyip Erdogan received Israeli President Isaac Herzog at his palace in "
    "Ankara on Wednesday, the first such visit in fifteen years.\n\n"
    "After their talks, Erdogan told reporters that relations had entered a new era."
)


def _talks() -> list:
    return [
        e
        for e in extract_events(Article(text=_TEXT, published=date(2022, 3, 9)))
        if e.event_type == "meeting" and e.trigger == "talks"
    ]


def test_their_talks_are_the_pair_told_before() -> None:
    rows = _talks()
    assert rows
    assert set(rows[0].actors) == {"Recep Tayyip Erdoğan", "Isaac Herzog"}


def test_their_talks_take_the_pair_s_day() -> None:
    rows = _talks()
    assert rows and rows[0].date_start == "2022-03-09"
