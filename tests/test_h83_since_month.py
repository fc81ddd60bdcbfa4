"""A month in a "since" phrase is not carried on to the next sentence's undated act (issue #4)."""

from datetime import date

from pipeline.events.dating import running_date
from pipeline.timex import find_time_expressions

# Written for this test: February dates the war the meeting is measured from, not the praise.
SINCE = (
    "It was the two ministers' first meeting since the war began in February. Lavrov praised India's stance."
)
PLAIN = "The two ministers met in Delhi in February. Lavrov praised India's stance."


def _carried(text: str) -> str | None:
    timexes = find_time_expressions(text, date(2022, 9, 17))
    return running_date(text, timexes, text.index("Lavrov")).date_start


def test_month_after_since_is_not_carried_on() -> None:
    assert _carried(SINCE) is None


def test_month_of_the_story_is_still_carried_on() -> None:
    assert _carried(PLAIN) == "2022-02-01"
