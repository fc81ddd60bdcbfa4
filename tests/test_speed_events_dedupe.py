"""dedupe._may_be_same, merge_mentions' cheap test before same_event, never drops a merge (issue #6).

_may_be_same(a, b) False must imply same_event(a, b) False, or merge_mentions would split
events it used to merge. Checked on every pair of real mentions of the demo and held-out
articles, and on random rows built from small pools of values (so shared fields are common).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import process
from pipeline.dedupe import _may_be_same, same_event
from pipeline.models import STATUSES, Event

ROOT = Path(__file__).parents[1]
FILES = [
    ROOT / "data" / "samples" / "demo_articles.csv",
    ROOT / "tests" / "golden" / "holdout" / "holdout_articles.csv",
]


def test_cheap_test_never_rejects_a_pair_same_event_accepts_on_real_mentions() -> None:
    _, mentions, _ = process.extract_articles([(p.name, p.read_bytes()) for p in FILES])
    assert len(mentions) > 50
    for a in mentions:
        for b in mentions:
            if not _may_be_same(a, b):
                for together in (False, True):
                    assert not same_event(a, b, together), (a.title, b.title)


# Types with special rules in same_event, so that pairs of one type (or compatible ones) are common.
_TYPES = st.sampled_from(["summit", "meeting", "visit", "negotiation", "statement", "criticism", "agreement"])
_DAYS = st.sampled_from([None, "2023-08-20", "2023-08-22", "2023-08-24", "2023-09-30"])
_PEOPLE = st.lists(st.sampled_from(["Xi Jinping", "Joe Biden", "Narendra Modi"]), max_size=3, unique=True)
_COUNTRIES = st.lists(st.sampled_from(["CHN", "USA", "IND", "ZAF"]), max_size=3, unique=True)


@st.composite
def _rows(draw: st.DrawFn) -> Event:
    start = draw(_DAYS)
    end = draw(st.sampled_from([start, "2023-08-24"])) if start else None
    if start and end and end < start:
        start, end = end, start
    evidence_start = draw(st.sampled_from([0, 40]))
    return Event(
        event_id="m",
        event_type=draw(_TYPES),
        title=draw(st.sampled_from(["Leaders meet", "A summit in Johannesburg", "The visit"])),
        actors=tuple(draw(_PEOPLE)),
        countries=tuple(draw(_COUNTRIES)),
        location=draw(st.sampled_from([None, "Johannesburg", "South Africa", "Beijing"])),
        location_country=draw(st.sampled_from([None, "ZAF", "CHN"])),
        date_start=start,
        date_end=end,
        date_granularity=draw(st.sampled_from(["day", "range", "unknown"])),
        date_basis=draw(st.sampled_from(["text", "publication", "none", "knowledge"])),
        status=draw(st.sampled_from(STATUSES)),
        published=draw(st.sampled_from(["2023-08-21", "2023-08-25", "2023-10-30"])),
        article_id=draw(st.sampled_from(["a1", "a2", ""])),
        evidence="The leaders met in the city, then the summit opened.",
        evidence_start=evidence_start,
        trigger_start=evidence_start + draw(st.sampled_from([4, 12, 30])),
        trigger=draw(st.sampled_from(["met", "summit", "visit"])),
        confidence=0.6,
    )


@settings(max_examples=3000, deadline=None)
@given(_rows(), _rows(), st.booleans())
def test_cheap_test_never_rejects_a_pair_same_event_accepts_on_random_rows(
    a: Event, b: Event, together: bool
) -> None:
    if not _may_be_same(a, b):
        assert not same_event(a, b, together)


def test_normalise_text_collapses_whitespace_as_the_regex_did() -> None:
    import re
    import unicodedata

    from pipeline.dedupe import normalise_text

    space = re.compile(r"\s+")
    assert [chr(i) for i in range(0x110000) if bool(space.match(chr(i))) != chr(i).isspace()] == []
    for text in [
        "",
        "  ",
        " Xi  met\tPutin.\n\n",
        "\x1c A\u2028b\x85 ",
        "Ｆｕｌｌ\u3000width ",
        "STRASSE ß\u00a0x",
    ]:
        expected = space.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()
        assert normalise_text(text) == expected
