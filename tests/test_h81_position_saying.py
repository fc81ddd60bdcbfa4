"""A leader's saying of what "the two countries" ought to do is a statement of position, not a
readout of the meeting (webcopy7 lead, issue #4). Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract_events
from pipeline.models import Article

_LEAD = "Chilean President Gabriel Boric hosted Argentine President Javier Milei in Santiago on Monday. "


def _statements(text: str) -> list[str]:
    return [
        e.trigger
        for e in extract_events(Article(text=text, published=date(2024, 8, 6)))
        if e.event_type == "statement"
    ]


@pytest.mark.parametrize(
    "saying",
    [
        "Boric said the two countries had a historic obligation to settle their border disputes.",
        "Boric said the two nations should not let old quarrels divide them.",
        "Milei said both sides must keep trade open.",
    ],
)
def test_what_the_two_ought_to_do_is_a_statement(saying: str) -> None:
    assert _statements(_LEAD + saying)


def test_a_readout_of_the_meeting_stays_out() -> None:
    assert not _statements(_LEAD + "Boric said the two discussed lithium mining and migration.")
