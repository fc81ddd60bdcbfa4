"""A passive host verb with a place or occasion before its agent ("was hosted at a dinner by King
Mohammed VI", "was received at the palace by") names the guest first (issue #4, h90): the guest
visits, the host is the other party. The active reading swapped them. Test sentences are written
for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article


def _visits(text: str, published: date) -> list:
    return [e for e in extract_events(Article(text=text, published=published)) if e.event_type == "visit"]


def test_hosted_at_a_dinner_by_keeps_the_guest_as_the_visitor() -> None:
    rows = _visits(
        "Portuguese Prime Minister Luis Montenegro was hosted at a dinner by King Felipe VI in Madrid on Friday.",
        date(2025, 2, 8),
    )
    assert rows
    assert rows[0].actors[0] == "Luís Montenegro"
    assert "hosts" not in rows[0].title


def test_received_at_the_palace_by_is_passive_too() -> None:
    rows = _visits(
        "Polish President Andrzej Duda was received at the Elysee Palace by President Emmanuel Macron on Monday.",
        date(2024, 3, 5),
    )
    assert rows and rows[0].actors[0] == "Andrzej Duda"
    assert "hosts" not in rows[0].title


def test_was_hosting_is_still_the_active_host() -> None:
    rows = _visits(
        "German Chancellor Olaf Scholz was hosting Polish Prime Minister Donald Tusk in Berlin on Tuesday.",
        date(2024, 7, 3),
    )
    assert rows and "hosts" in rows[0].title and rows[0].title.startswith("Olaf Scholz")
