"""A signing told in the main clause after fronted talks ("At talks in Geneva on 3 March, X
signed ...") is the talks' news: one negotiation row with the signer among its parties, not a
meeting and a separate agreement (issue #4, webcopy6 lead). Test sentences are written for these
tests."""

from __future__ import annotations

from datetime import date

from pipeline.events import extract_events
from pipeline.models import Article


def _rows(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [
        (e.event_type, tuple(e.actors), e.date_start)
        for e in extract_events(Article(text=text, published=date(2021, 3, 10)))
    ]


def test_a_signing_at_fronted_talks_folds_into_a_negotiation() -> None:
    rows = _rows(
        "Prime Minister Nikol Pashinyan visited Geneva. At talks in Geneva on 3 March, "
        "Pashinyan signed a ceasefire document."
    )
    kinds = [k for k, _, _ in rows]
    assert "agreement" not in kinds, rows
    talks = [r for r in rows if r[0] == "negotiation"]
    assert talks and talks[0][2] == "2021-03-03", rows
    assert "Nikol Pashinyan" in talks[0][1], rows


def test_a_signing_without_fronted_talks_stays_an_agreement() -> None:
    rows = _rows("Prime Minister Nikol Pashinyan signed a ceasefire document in Geneva on 3 March.")
    assert any(k == "agreement" for k, _, _ in rows), rows
