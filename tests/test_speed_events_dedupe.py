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


def _merge_by_full_scan(existing, mentions):
    """merge_mentions as it was before its cluster index (issue #6): every mention against every cluster."""
    import dataclasses

    from pipeline.dedupe import _fit, _fold, event_id_for, mention_key

    clusters = [[e, e.published, False, e, None, None, {(e.article_id, e.evidence_start)}] for e in existing]
    placed = []
    for m in sorted(mentions, key=mention_key):
        fits = []
        for c in clusters:
            probe = c[4]
            if probe is None or c[5] is not c[0]:
                event, core = c[0], c[3]
                probe = dataclasses.replace(
                    core,
                    actors=core.actors or event.actors,
                    countries=core.countries or event.countries,
                    location=event.location,
                    location_country=event.location_country,
                    date_start=event.date_start,
                    date_end=event.date_end,
                    date_granularity=event.date_granularity,
                    status=event.status,
                )
                c[4], c[5] = probe, event
            if same_event(probe, m, (m.article_id, m.evidence_start) in c[6]):
                fits.append((_fit(probe, m), -len(fits), c))
        if fits:
            c = max(fits, key=lambda f: f[:2])[2]
            c[0], c[1] = _fold(c[0], m, c[1])
            c[2] = True
            c[6].add((m.article_id, m.evidence_start))
        else:
            first = dataclasses.replace(m, event_id=event_id_for(m), mentions=1)
            clusters.append([first, m.published, True, first, None, None, {(m.article_id, m.evidence_start)}])
            c = clusters[-1]
        placed.append(dataclasses.replace(m, event_id=c[0].event_id))
    return [c[0] for c in clusters if c[2]], placed


def test_indexed_merge_gives_the_full_scan_result_on_real_mentions() -> None:
    from pipeline.dedupe import merge_mentions

    _, mentions, _ = process.extract_articles([(p.name, p.read_bytes()) for p in FILES])
    # one call over everything (no grouping), and with the first half as stored events
    assert merge_mentions([], mentions) == _merge_by_full_scan([], mentions)
    events, _ = merge_mentions([], mentions[: len(mentions) // 2])
    rest = mentions[len(mentions) // 2 :]
    assert merge_mentions(events, rest) == _merge_by_full_scan(events, rest)


@settings(max_examples=300, deadline=None)
@given(st.lists(_rows(), max_size=12), st.lists(_rows(), max_size=4))
def test_indexed_merge_gives_the_full_scan_result_on_random_rows(
    mentions: list[Event], stored: list[Event]
) -> None:
    import dataclasses

    from pipeline.dedupe import merge_mentions

    mentions = [
        dataclasses.replace(m, trigger_start=m.trigger_start + 100 * i) for i, m in enumerate(mentions)
    ]
    stored = [dataclasses.replace(e, event_id=f"e{i}", mentions=2) for i, e in enumerate(stored)]
    assert merge_mentions(stored, mentions) == _merge_by_full_scan(stored, mentions)
