"""The orchestrator: runs the stages over input files for the CLI and the dashboard.

Stage order (each a pure function of its input, except the last):

1. read     - ingest.iter_articles turns each file into Article records, one per input row;
              a row it cannot use becomes a Rejection (a whole unreadable file: one Rejection).
2. clean    - inside ingest: boilerplate stripped, dates parsed; `Article.text` stays as given.
3. skip     - an article whose text hash or canonical URL is already stored is not extracted
              again (re-running a big file costs only the reading).
4. extract  - events.extract_events on one article (`_extract_one`). Fallback: if the extractor
              fails on an article, the article is stored with no events and a warning, so
              one odd article never stops a large ingest. Runs here, in a process pool or on
              Dask workers (parallel.map_chunks, issue #6), in chunks; results come back in
              input order, so every engine stores the same rows and event ids.
5. dedupe   - store.store_batch hands new mentions and candidate stored events to
              dedupe.merge_mentions; duplicate articles (same text or URL) are counted.
6. store    - one SQLite transaction per batch of `batch_size` input rows, always in this
              process (the single writer): memory stays flat on big files and a crash loses
              at most the batches in flight.

Every input row ends as exactly one of stored / duplicate / rejected, so
`report.read == report.stored + report.duplicates + report.rejected`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, TypeAlias

from pipeline import dedupe, settings, store
from pipeline.models import Article, Event, IngestReport, Rejection
from pipeline.store.spill import SpillStore, event_sort_key, mention_sort_key

Source: TypeAlias = tuple[str, bytes | BinaryIO]  # (file name for messages, its bytes or a binary file)
Progress: TypeAlias = Callable[[int], None]  # called with the number of input rows just handled

# Article warnings copied into the report: enough to act on, bounded for a million-row file.
MAX_REPORT_WARNINGS = 200


def _read(
    sources: Iterable[Source],
    *,
    published: date | None,
    dayfirst: bool,
    mapping: dict[str, str] | None,
    detect_languages: bool = True,
) -> Iterator[Article | Rejection]:
    from pipeline import ingest  # lazily: the CLI's `export` never needs the readers

    for filename, data in sources:
        yield from ingest.iter_articles(
            data,
            filename,
            published=published,
            dayfirst=dayfirst,
            mapping=mapping,
            detect_languages=detect_languages,
        )


def _extract_one(article: Article) -> tuple[Article, list[Event]]:
    """Event mentions of one article: pure, so it can later be mapped over processes (issue #6)."""
    from pipeline import events as events_stage

    aid = dedupe.article_id(article.text)
    try:
        mentions = events_stage.extract_events(article, aid)
    except Exception as exc:  # noqa: BLE001 - fallback 4 in the module docstring; reported as a warning
        note = f"event extraction failed ({type(exc).__name__}: {exc}); stored without events"
        return replace(article, warnings=(*article.warnings, note)), []
    return article, store.assign_ids(aid, mentions)


def _where(article: Article, fallback: str) -> str:
    name = article.origin or fallback
    return f"{name}, data row {article.row}" if article.row is not None else name


def _note_warnings(report: IngestReport, article: Article, fallback: str) -> None:
    for warning in article.warnings:
        if len(report.warnings) < MAX_REPORT_WARNINGS:
            report.warnings.append(f"{_where(article, fallback)}: {warning}")


# (input rows of one store batch, which of them to extract, whether this is the batch's last chunk)
_BatchKey: TypeAlias = tuple[list[Article | Rejection], list[bool], bool]


def _row_batches(
    items: Iterable[Article | Rejection], batch_size: int
) -> Iterator[list[Article | Rejection]]:
    """Input rows in lists of `batch_size`: the unit of one store transaction."""
    rows: list[Article | Rejection] = []
    for item in items:
        rows.append(item)
        if len(rows) >= batch_size:
            yield rows
            rows = []
    if rows:
        yield rows


def _chunks(articles: list[Article], size: int) -> list[list[Article]]:
    return [articles[i : i + size] for i in range(0, len(articles), size)] or [[]]


def process_articles(
    sources: Iterable[Source],
    conn: store.Connection,
    *,
    published: date | None = None,
    dayfirst: bool = settings.DAYFIRST,
    mapping: dict[str, str] | None = None,
    batch_size: int = settings.BATCH_SIZE,
    progress: Progress | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> IngestReport:
    """Read, extract, dedupe and store every article of `sources`; returns what happened to each row.

    `published` is the publication date for inputs that carry none (.txt files); `dayfirst`
    settles dates like 01/02/2023; `mapping` maps our field names to unusual column names.
    `workers`, `engine` and `scheduler` choose where extraction runs (parallel.map_chunks);
    storing stays here, one transaction per batch in input order, so the stored rows and event
    ids are the same for every engine and worker count.
    Exceptions from reading or storing propagate (the caller's edge turns them into messages);
    batches already committed stay committed, and running again completes the work.
    """
    from pipeline import parallel

    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    report = IngestReport()
    rows_in = _read(sources, published=published, dayfirst=dayfirst, mapping=mapping)

    def jobs() -> Iterator[tuple[_BatchKey, list[Article]]]:
        # Already-stored articles are not extracted again (stage 3). With several workers this
        # check runs a few batches ahead of storing: an article repeated across nearby batches
        # may be extracted twice, but store_batch still counts the second one as a duplicate.
        for rows in _row_batches(rows_in, batch_size):
            todo = [isinstance(r, Article) and not store.find_stored(conn, r) for r in rows]
            chunks = _chunks([r for r, t in zip(rows, todo, strict=True) if t], parallel.CHUNK_SIZE)
            for i, chunk in enumerate(chunks):
                yield (rows, todo, i == len(chunks) - 1), chunk

    extracted: list[tuple[Article, list[Event]]] = []
    for (rows, todo, last), results in parallel.map_chunks(
        jobs(), workers=workers, engine=engine, scheduler=scheduler
    ):
        extracted += results
        if last:
            _store_rows(conn, rows, todo, extracted, report)
            extracted = []
            if progress:
                progress(len(rows))
    return report


def _store_rows(
    conn: store.Connection,
    rows: list[Article | Rejection],
    todo: list[bool],
    extracted: list[tuple[Article, list[Event]]],
    report: IngestReport,
) -> None:
    """Store one batch of input rows in one transaction; `extracted` holds the results of the
    rows flagged in `todo`, in order (workers return copies, so they are matched by position)."""
    results = iter(extracted)
    items: list[tuple[Article, list[Event]]] = []
    for row, extract in zip(rows, todo, strict=True):
        report.read += 1
        if isinstance(row, Rejection):
            report.rejected += 1
            report.rejections.append(row)
        elif extract:
            items.append(next(results))
        else:
            items.append((row, []))  # already stored: store_batch counts it as a duplicate
    for article, _ in items:
        _note_warnings(report, article, "input")
    if items:
        result = store.store_batch(conn, items)
        report.stored += len(result.stored)
        report.duplicates += len(result.duplicates)
        report.events += result.events


# Mentions `extract` merges in memory (~2.7 KB each with its sentence, so ~55 MB; 1,000 TBAQ
# newswire articles give ~1,650). Past this many they spill to a temporary SQLite file
# (store.spill) and memory stays flat whatever the input size (issue #6); the output is the
# same byte for byte (tests/test_process.py runs both paths). Below it nothing changes: the
# in-memory path is the faster one. Re-run bench/extract_bench.py --big-rows after changing it.
SPILL_MENTIONS = 20_000


@dataclass
class Extraction:
    """What `extract` found: the report, then events and mentions streamed in output order.

    Events come sorted by date (undated last, then by id) with their mention counts; mentions
    in canonical order (publication, article, offset) with the event each belongs to. Both
    come from memory, or from the spill store on big inputs (valid inside `extracting` only).
    """

    report: IngestReport
    _events: list[Event] = field(default_factory=list)
    _mentions: list[Event] = field(default_factory=list)
    _spill: SpillStore | None = None

    def events(self) -> Iterator[Event]:
        """Merged events, sorted by date."""
        return self._spill.events() if self._spill else iter(self._events)

    def mentions(self) -> Iterator[tuple[Event, Event]]:
        """(event, mention) per mention, in canonical mention order."""
        if self._spill:
            return self._spill.mentions()
        by_id = {e.event_id: e for e in self._events}
        return ((by_id[m.event_id], m) for m in self._mentions)


@contextmanager
def extracting(
    sources: Iterable[Source],
    *,
    published: date | None = None,
    dayfirst: bool = settings.DAYFIRST,
    mapping: dict[str, str] | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[Extraction]:
    """The same reading and extraction as process_articles, without a database (`extract`).

    Duplicate articles are found the same way the store finds them (text hash or canonical
    URL); every mention is merged with every other (store._merge_in_groups, no candidates).
    Up to SPILL_MENTIONS mentions this happens in memory; past it in a temporary SQLite file
    (folder removed on leaving the block, also on errors and Ctrl-C), so memory does not grow
    with the input. The result is the same either way, and whatever `workers`, `engine` and
    `scheduler` (as in process_articles) say.
    """
    with ExitStack() as stack:
        yield _extract(
            sources,
            stack,
            published=published,
            dayfirst=dayfirst,
            mapping=mapping,
            workers=workers,
            engine=engine,
            scheduler=scheduler,
        )


def extract_articles(
    sources: Iterable[Source], **options: Any
) -> tuple[list[Event], list[Event], IngestReport]:
    """`extracting` collected into lists: (events sorted by date, mentions with their event ids,
    report). For callers that want lists; the CLI streams instead. `options`: extracting's."""
    with extracting(sources, **options) as found:
        return list(found.events()), [m for _, m in found.mentions()], found.report


class _Seen:
    """Dedupe keys of the articles read: sets in memory, moved to the spill store with the mentions."""

    def __init__(self) -> None:
        self.text: set[str] = set()
        self.url: set[str] = set()
        self.spill: SpillStore | None = None

    def duplicate(self, article: Article) -> bool:
        """Whether an earlier article had this text or URL; remembers this one's when not."""
        digest, url = dedupe.text_hash(article.text), dedupe.canonical_url(article.url)
        if self.spill is not None:
            keys = ["t" + digest, "u" + url] if url else ["t" + digest]
            if self.spill.seen_before(keys):
                return True
            self.spill.add_seen(keys)
            return False
        if digest in self.text or (url and url in self.url):
            return True
        self.text.add(digest)
        if url:
            self.url.add(url)
        return False

    def move_to(self, spill: SpillStore) -> None:
        spill.add_seen(["t" + d for d in self.text])
        spill.add_seen(["u" + u for u in self.url])
        self.text, self.url, self.spill = set(), set(), spill


def _extract(
    sources: Iterable[Source],
    stack: ExitStack,
    *,
    published: date | None,
    dayfirst: bool,
    mapping: dict[str, str] | None,
    workers: int,
    engine: str,
    scheduler: str | None,
) -> Extraction:
    from pipeline import parallel

    report = IngestReport()
    seen = _Seen()
    mentions: list[Event] = []
    spill: SpillStore | None = None

    def jobs() -> Iterator[tuple[None, list[Article]]]:
        chunk: list[Article] = []
        # No event row carries the article's language and nothing is stored: skip detecting it.
        for item in _read(
            sources, published=published, dayfirst=dayfirst, mapping=mapping, detect_languages=False
        ):
            report.read += 1
            if isinstance(item, Rejection):
                report.rejected += 1
                report.rejections.append(item)
                continue
            if seen.duplicate(item):
                report.duplicates += 1
                continue
            chunk.append(item)
            if len(chunk) >= parallel.CHUNK_SIZE:
                yield None, chunk
                chunk = []
        if chunk:
            yield None, chunk

    for _, results in parallel.map_chunks(jobs(), workers=workers, engine=engine, scheduler=scheduler):
        for article, found in results:
            _note_warnings(report, article, "input")
            report.stored += 1
            mentions.extend(found)
        if spill is None and len(mentions) > SPILL_MENTIONS:
            spill = _open_spill(stack)
            seen.move_to(spill)
        if spill is not None:
            spill.add_mentions(mentions)
            mentions = []
    if spill is not None:
        spill.merge()
        report.events = spill.count_events()
        return Extraction(report, _spill=spill)
    events, merged = _merge_all(mentions)
    by_id = {e.event_id: e for e in events}
    for m in merged:  # a mention whose event merge_mentions did not return stands for itself
        if m.event_id not in by_id:  # (not setdefault: that made a copy of every mention)
            by_id[m.event_id] = replace(m, mentions=1)
    counts: dict[str, int] = {}
    for m in merged:
        counts[m.event_id] = counts.get(m.event_id, 0) + 1
    ordered = sorted(
        (replace(e, mentions=counts.get(e.event_id, e.mentions)) for e in by_id.values()),
        key=event_sort_key,
    )
    report.events = len(ordered)
    return Extraction(report, ordered, merged)


def _open_spill(stack: ExitStack) -> SpillStore:
    """A spill store in a new temporary folder that `stack` closes and removes."""
    import tempfile  # here: only a spill needs it (tempfile imports random, shutil: ~5 ms a start)

    folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="extract-"))
    spill = SpillStore(Path(folder) / "mentions.db")
    stack.callback(spill.close)  # runs before the folder is removed
    return spill


def _merge_all(mentions: list[Event]) -> tuple[list[Event], list[Event]]:
    """dedupe.merge_mentions over every mention, split into groups that cannot merge.

    One merge_mentions call compares every mention with every event: on 1,000 newswire articles
    that was 60% of `extract` (profile in issue #6). The store's union-find grouping gives the
    same events (tests/test_store.py); mentions come back in merge_mentions' order (canonical
    mention order, ties in input order) so `--mentions` output is unchanged.
    """
    from pipeline.store.write import _merge_in_groups  # the grouping the store uses for each batch

    if not mentions:
        return [], []
    events, placed = _merge_in_groups([], mentions)
    # merge_mentions returns mentions sorted by mention_key; the groups come back one after the
    # other, so sort them again (trigger end and evidence break the rare ties of mention_key).
    placed.sort(key=mention_sort_key)
    return events, placed
