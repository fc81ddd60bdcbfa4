"""A guest received by a host in the passive ("X was received by Y") is the visitor, not the host
(webcopy7 lead, issue #4). Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import extract_events
from pipeline.models import Article


@pytest.mark.parametrize(
    "text, guest, host",
    [
        (
            "Kenyan President William Ruto was received by President Cyril Ramaphosa in Pretoria on Monday.",
            "William Ruto",
            "Cyril Ramaphosa",
        ),
        (
            "On Tuesday, Emmanuel Macron was warmly welcomed by Prime Minister Narendra Modi in New Delhi.",
            "Emmanuel Macron",
            "Narendra Modi",
        ),
    ],
)
def test_the_passive_subject_is_the_guest(text: str, guest: str, host: str) -> None:
    rows = [
        e for e in extract_events(Article(text=text, published=date(2024, 3, 5))) if e.event_type == "visit"
    ]
    assert rows, "the reception is a visit"
    row = rows[0]
    assert guest in row.actors and host in row.actors
    assert row.title.startswith(guest), row.title
