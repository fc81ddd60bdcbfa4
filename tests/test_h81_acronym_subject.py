"""A bracketed short form inside a coordinated subject ("the Moro Islamic Liberation Front (MILF)
leadership") is part of the noun phrase, not a clause break; and the Colombian armed groups are
known bodies (webcopy7 lead, issue #4). Test sentences are written for these tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article


def _agreement_actors(text: str) -> list[str]:
    rows = [
        e
        for e in extract_events(Article(text=text, published=date(2019, 3, 2)))
        if e.event_type == "agreement"
    ]
    assert rows
    return list(rows[0].actors)


def test_the_subject_before_an_acronym_in_brackets_signs() -> None:
    text = (
        "The Philippine government and the Moro Islamic Liberation Front (MILF) leadership signed a peace "
        "deal in Kuala Lumpur on Friday."
    )
    assert any("Government" in a for a in _agreement_actors(text))


def test_the_eln_is_a_party_of_its_own() -> None:
    text = "The Colombian government and the ELN signed a ceasefire deal in Havana on Friday."
    assert "National Liberation Army" in _agreement_actors(text)
