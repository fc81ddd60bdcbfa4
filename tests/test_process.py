"""pipeline.process: every row ends stored / duplicate / rejected, batches stream, re-runs add nothing."""

from __future__ import annotations

import importlib
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pipeline import parallel, process, store
from pipeline.models import Article, Event, Rejection


def article(i: int, **kw) -> Article:
    base = {
        "text": f"Story {i}: delegates from two capitals signed a water treaty, item {i}.",
        "published": date(2024, 3, 1 + i % 28),
        "title": f"Treaty story {i}",
        "url": f"https://paper.example/{i}",
        "origin": "in.csv",
        "row": i + 1,
    }
    base.update(kw)
    return Article(**base)


def fake_extract(a: Article, article_id: str = "") -> list[Event]:
    """Two mentions per article: its own treaty, and talks that every third article shares."""
    n = int(a.text.split(":")[0].split()[-1]) if a.text.startswith("Story") else 0
    talks_day = f"2024-02-{1 + n // 3:02d}"
    return [
        Event(event_id="", event_type="agreement", title=f"Treaty {n}", actors=(f"Signer {n}",), countries=("FRA",),
              date_start=f"2024-03-{1 + n:02d}", date_end=f"2024-03-{1 + n:02d}", trigger="signed",
              trigger_start=30, trigger_end=36),
        Event(event_id="", event_type="meeting", title="Talks", actors=(f"Delegate {n // 3}",), countries=("FRA",),
              date_start=talks_day, date_end=talks_day, trigger="delegates", trigger_start=10, trigger_end=19),
    ]  # fmt: skip


@pytest.fixture
def extractor(monkeypatch) -> list[str]:
    """Replace the event extractor (built elsewhere) with fake_extract; records the texts it saw."""
    seen: list[str] = []

    def spy(a: Article, article_id: str = "") -> list[Event]:
        seen.append(a.text)
        return fake_extract(a, article_id)

    events_module = importlib.import_module("pipeline.events")
    monkeypatch.setattr(events_module, "extract_events", spy, raising=False)
    return seen


def use_reader(monkeypatch, items: list[Article | Rejection]) -> None:
    """Make process read `items` whatever the sources are (the readers are tested in test_ingest)."""

    def fake_read(sources, **kw) -> Iterator[Article | Rejection]:
        list(sources)
        yield from items

    monkeypatch.setattr(process, "_read", fake_read)


@pytest.fixture
def db():
    conn = store.connect(":memory:")
    yield conn
    conn.close()


MIXED: list[Article | Rejection] = [
    article(0),
    article(1),
    Rejection("in.csv", 3, "empty text"),
    article(2, text="  " + article(0).text.upper(), url=""),  # same text as row 1
    article(3),
    article(4, url="https://www.paper.example/1?utm_source=x"),  # same URL as row 2
    article(5),
    Rejection("in.csv", 7, "text over the size limit"),
]


@pytest.mark.parametrize("batch_size", [1, 2, 3, 100])
def test_every_row_ends_stored_duplicate_or_rejected(db, monkeypatch, extractor, batch_size):
    use_reader(monkeypatch, MIXED)
    report = process.process_articles([("in.csv", b"")], db, batch_size=batch_size)
    assert (report.read, report.stored, report.duplicates, report.rejected) == (8, 4, 2, 2)
    assert report.read == report.stored + report.duplicates + report.rejected
    assert [r.reason for r in report.rejections] == ["empty text", "text over the size limit"]
    # stored articles 0, 1, 3, 5: four own events + shared0, shared1
    assert report.events == 6
    assert store.stats(db)["events"] == 6 and store.stats(db)["mentions"] == 8
    assert store.integrity_problems(db) == []


def test_running_again_stores_nothing_and_extracts_nothing(db, monkeypatch, extractor):
    use_reader(monkeypatch, MIXED)
    process.process_articles([("in.csv", b"")], db, batch_size=2)
    before, rev, calls = store.stats(db), store.revision(db), len(extractor)
    again = process.process_articles([("in.csv", b"")], db, batch_size=2)
    assert (again.read, again.stored, again.duplicates, again.rejected, again.events) == (8, 0, 6, 2, 0)
    assert store.stats(db) == before and store.revision(db) == rev
    assert len(extractor) == calls, "stored articles are not extracted again"


def test_a_failing_extractor_keeps_the_article_and_warns(db, monkeypatch):
    def flaky(a: Article, article_id: str = "") -> list[Event]:
        if "item 1." in a.text:
            raise RuntimeError("boom")
        return fake_extract(a, article_id)

    monkeypatch.setattr(importlib.import_module("pipeline.events"), "extract_events", flaky, raising=False)
    use_reader(monkeypatch, [article(0), article(1), article(2)])
    report = process.process_articles([("in.csv", b"")], db)
    assert report.stored == 3
    assert any("row 2" in w and "boom" in w for w in report.warnings)
    assert store.stats(db)["mentions"] == 4


def test_progress_counts_every_row(db, monkeypatch, extractor):
    use_reader(monkeypatch, MIXED)
    ticks: list[int] = []
    process.process_articles([("in.csv", b"")], db, batch_size=3, progress=ticks.append)
    assert sum(ticks) == len(MIXED) and len(ticks) >= 3


def test_batches_are_committed_while_reading_continues(db, monkeypatch, extractor):
    stored_seen: list[int] = []

    def slow_read(sources, **kw):
        for i in range(10):
            stored_seen.append(store.stats(db)["articles"])
            yield article(i)

    monkeypatch.setattr(process, "_read", slow_read)
    process.process_articles([("in.csv", b"")], db, batch_size=4)
    # Before row 9 is read, the first two batches (8 articles) are already in the database.
    assert stored_seen == [0, 0, 0, 0, 4, 4, 4, 4, 8, 8]


def test_batch_size_is_validated(db):
    with pytest.raises(ValueError, match="batch_size"):
        process.process_articles([], db, batch_size=0)


def test_extract_without_database_merges_mentions(monkeypatch, extractor):
    use_reader(monkeypatch, MIXED)
    events, mentions, report = process.extract_articles([("in.csv", b"")])
    assert (report.read, report.stored, report.duplicates, report.rejected) == (8, 4, 2, 2)
    assert len(mentions) == 8 and report.events == len(events) == 6
    assert sorted(e.mentions for e in events) == [1, 1, 1, 1, 2, 2]
    assert {m.event_id for m in mentions} == {e.event_id for e in events}
    assert all(m.article_id for m in mentions)


def test_mentions_without_event_id_get_stable_ids(db, monkeypatch):
    def anonymous(a: Article, article_id: str = "") -> list[Event]:
        return [Event(event_id="", event_type="call", title="Call", trigger_start=1, trigger_end=2)]

    monkeypatch.setattr(
        importlib.import_module("pipeline.events"), "extract_events", anonymous, raising=False
    )
    use_reader(monkeypatch, [article(0)])
    first = process.extract_articles([("x", b"")])[0][0].event_id
    process.process_articles([("x", b"")], db)
    assert first and store.query_events(db)["event_id"].tolist() == [first]


# --- With the real readers (skipped until pipeline.ingest provides iter_articles) ---------------


def _ingest_ready() -> bool:
    try:
        return hasattr(importlib.import_module("pipeline.ingest"), "iter_articles")
    except ImportError:
        return False


needs_ingest = pytest.mark.skipif(
    not _ingest_ready(), reason="pipeline.ingest.iter_articles not available yet"
)

CSV = (
    b"title,text,published,url\n"
    b'First,"Envoys from two states met in a lakeside town on Tuesday.",2024-05-02,https://x.example/a\n'
    b'Copy,"envoys from two states   met in a lakeside town on Tuesday.",2024-05-02,\n'
    b"Empty,,2024-05-03,https://x.example/c\n"
    b'Other,"A trade minister visited a port city.",2024-05-04,https://x.example/d\n'
)


@needs_ingest
def test_real_csv_rows_are_accounted_for(db, extractor):
    report = process.process_articles([("mixed.csv", io.BytesIO(CSV))], db)
    assert (report.read, report.stored, report.duplicates, report.rejected) == (4, 2, 1, 1)
    assert report.rejections[0].file == "mixed.csv"
    again = process.process_articles([("mixed.csv", CSV)], db)
    assert (again.stored, again.duplicates, again.rejected) == (0, 3, 1)


@needs_ingest
def test_unreadable_file_is_one_rejection(db):
    report = process.process_articles([("junk.csv", b"\x00\x01\x02" * 10)], db)
    assert report.read == report.stored + report.duplicates + report.rejected
    assert report.stored == 0 and report.rejected >= 1


def test_extract_and_ingest_give_the_same_events(db, monkeypatch, extractor):
    use_reader(monkeypatch, MIXED)
    events, _, _ = process.extract_articles([("in.csv", b"")])
    process.process_articles([("in.csv", b"")], db, batch_size=2)
    stored = store.query_events(db)
    assert sorted(zip(stored["event_id"], stored["mentions"], strict=True)) == sorted(
        (e.event_id, e.mentions) for e in events
    )


# --- extract past SPILL_MENTIONS: a temporary store, the same output (issue #6) -----------------

PROJECT = Path(__file__).resolve().parents[1]
SPILL_INPUTS = [
    PROJECT / "data" / "samples" / "demo_articles.csv",
    PROJECT / "tests" / "golden" / "holdout" / "holdout_articles.csv",
]


@pytest.fixture
def extract_once(monkeypatch) -> None:
    """Extract each article once for the whole test: both paths then merge the same mentions,
    which is what they differ in, at a fraction of the time."""
    cache: dict[Article, tuple[Article, list[Event]]] = {}
    real = process._extract_one

    def cached(a: Article) -> tuple[Article, list[Event]]:
        if a not in cache:
            cache[a] = real(a)
        return cache[a]

    monkeypatch.setattr(process, "_extract_one", cached)


def cli_extract(capsys, *argv: str) -> str:
    from pipeline import cli

    assert cli.main(["extract", *argv]) == 0
    return capsys.readouterr().out


@needs_ingest
@pytest.mark.parametrize("path", SPILL_INPUTS, ids=lambda p: p.name)
def test_extract_spilling_to_a_temporary_store_prints_the_same_bytes(capsys, monkeypatch, extract_once, path):
    for options in (["--format", "jsonl"], ["--format", "csv"]):
        for mentions in ([], ["--mentions"]):
            argv = [str(path), *options, *mentions]
            in_memory = cli_extract(capsys, *argv)
            for threshold in (0, 40):  # spill at the first chunk, and part way through the file
                monkeypatch.setattr(process, "SPILL_MENTIONS", threshold)
                assert cli_extract(capsys, *argv) == in_memory, (argv, threshold)
            monkeypatch.setattr(process, "SPILL_MENTIONS", 10**9)
            assert in_memory.count("\n") > 50


def test_spilled_extract_counts_and_dedupes_like_the_in_memory_one(monkeypatch, extractor):
    use_reader(monkeypatch, MIXED)
    want = process.extract_articles([("in.csv", b"")])
    monkeypatch.setattr(process, "SPILL_MENTIONS", 0)
    got = process.extract_articles([("in.csv", b"")])
    assert got == want
    assert (got[2].read, got[2].stored, got[2].duplicates, got[2].rejected, got[2].events) == (8, 4, 2, 2, 6)


def _spill_folders(root: Path) -> list[Path]:
    return list(root.glob("extract-*"))


def test_spill_folder_is_removed_after_use_and_on_interrupt(monkeypatch, tmp_path, extractor):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(process, "SPILL_MENTIONS", 0)
    use_reader(monkeypatch, MIXED)
    with process.extracting([("in.csv", b"")]) as found:
        assert len(_spill_folders(tmp_path)) == 1
        assert len(list(found.mentions())) == 8
    assert _spill_folders(tmp_path) == []
    with pytest.raises(KeyboardInterrupt):
        with process.extracting([("in.csv", b"")]) as found:
            next(found.events())
            raise KeyboardInterrupt
    assert _spill_folders(tmp_path) == []

    def interrupted(a: Article, article_id: str = "") -> list[Event]:
        if a.row == 6:  # after the spill started: the first chunk is not yet full here
            raise KeyboardInterrupt
        return fake_extract(a, article_id)

    monkeypatch.setattr(parallel, "CHUNK_SIZE", 1)
    monkeypatch.setattr(
        importlib.import_module("pipeline.events"), "extract_events", interrupted, raising=False
    )
    with pytest.raises(KeyboardInterrupt):
        process.extract_articles([("in.csv", b"")])
    assert _spill_folders(tmp_path) == []


@needs_ingest
def test_spill_groups_are_those_of_the_store_merge(monkeypatch, tmp_path):
    """store.spill repeats write._merge_in_groups' grouping keys: the groups must stay the same."""
    from pipeline.store import spill, write

    mentions: list[Event] = []
    for path in SPILL_INPUTS:
        with open(path, "rb") as fh:
            for a in process._read([(path.name, fh)], published=None, dayfirst=False, mapping=None):
                if isinstance(a, Article):
                    mentions += process._extract_one(a)[1]
    # Rows that exercise every key: no actors (country keys), summits in a place, one article's summits.
    mentions += [
        Event(event_id="", event_type="meeting", title="t", countries=("FRA", "DEU"), article_id="x1"),
        Event(event_id="", event_type="meeting", title="t", actors=("A",), countries=("DEU",), article_id="x2"),
        Event(event_id="", event_type="summit", title="t", location_country="KEN", article_id="x3",
              date_start="2024-01-02", date_end="2024-01-03"),
        Event(event_id="", event_type="summit", title="t", actors=("B",), article_id="x3",
              date_start="2024-01-02", date_end="2024-01-03"),
        Event(event_id="", event_type="call", title="t", article_id="x4"),
    ]  # fmt: skip
    groups: list[list[Event]] = []
    real = write.dedupe.merge_mentions

    def spy(existing, new):
        groups.append(list(new))
        return real(existing, new)

    monkeypatch.setattr(write.dedupe, "merge_mentions", spy)
    write._merge_in_groups([], mentions)
    want, groups = groups, []
    spilled = spill.SpillStore(tmp_path / "s.db")
    spilled.add_mentions(mentions)
    spilled.merge()
    spilled.close()
    assert len(want) > 20 and any(len(g) > 3 for g in want)
    assert groups == want
