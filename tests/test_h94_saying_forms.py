"""Ways of saying that wrote no row (issue #4, never-written statements on unfitted text): a
leader "quoted by state media as saying", a post "on X", and regret voiced at another's act."""

from __future__ import annotations

from datetime import date

from pipeline.events.extract import extract_events
from pipeline.models import Article


def _rows(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    rows = extract_events(Article(text=text, published=date(2024, 3, 6)), "h94")
    return [(r.event_type, r.actors, r.countries) for r in rows]


def test_quoted_as_saying_is_the_quoted_ones_saying() -> None:
    rows = _rows("Xi was quoted by state media as saying on Monday that China would never seek hegemony.")
    assert ("statement", ("Xi Jinping",), ("CHN",)) in rows, rows


def test_post_on_x_is_a_saying() -> None:
    rows = _rows("Meloni posted on X on Monday that Italy stood with Ukraine.")
    assert ("statement", ("Giorgia Meloni",), ("ITA",)) in rows, rows


def test_regret_over_an_act_is_criticism_regret_for_ones_own_is_not() -> None:
    assert [t for t, _a, _c in _rows("Japan expressed regret on Monday over the decision.")] == ["criticism"]
    assert "criticism" not in [
        t for t, _a, _c in _rows("Israel's prime minister expressed regret on Monday for the remarks.")
    ]
