"""Articles in: bytes of CSV/TSV, JSON, JSON Lines, .txt or .html -> Article or Rejection per row.

The only stage that reads bytes. Readers take bytes or a binary file-like, never a path, so a
Streamlit UploadedFile and a test's io.BytesIO share one code path. Order of work in
`iter_articles` (each step's failure is a Rejection that says what to do, never a traceback):

1. read the bytes in chunks (size limit), refuse binary files by their magic bytes or control
   characters;
2. decode: BOM, else strict UTF-8, else BOM-less UTF-16, else cp1252, else latin-1 (flagged);
   steps 1-2 are a first pass over the file and the rows a second, so a CSV file is never
   held whole (issue #6); JSON (Lines) documents, .txt and .html files are read whole;
3. sniff the format from the content, the extension only breaking ties (JSON named .csv is JSON);
4. read rows: csv module streaming (delimiter sniffed among `, ; tab |`), JSON / JSON Lines
   objects (NewsAPI shape included), one .txt file = one article, HTML via trafilatura/htmldate;
5. per row: text present and under settings.MAX_TEXT_CHARS, publication date parsed (else the
   `published` fallback, else a warning), language from its column or detected (py3langid).

Row numbers in messages are "data rows": 1-based, header not counted (data row 1 is the
spreadsheet's row 2); in JSON the position in the list; in JSON Lines the line number.
Text is kept exactly as given (no strip, no newline translation) because event offsets index
it; `content_spans` tells later stages which parts of it are prose and which page furniture.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from typing import Any, BinaryIO

from pipeline import settings
from pipeline.ingest import readers
from pipeline.ingest.build import Context, build_article, detect_language, normalise_language
from pipeline.ingest.clean import content_spans
from pipeline.ingest.columns import COLUMN_ALIASES, FIELDS, accepted_names, guess_mapping, is_known_header
from pipeline.ingest.dates import parse_published
from pipeline.ingest.decode import (
    SNIFF_BYTES,
    DataInput,
    Decoded,
    InputError,
    binary_file,
    check_encoding,
    decode_bytes,
    excel_separator,
    read_bytes,
    sniff_delimiter,
    sniff_format,
    text_stream,
)
from pipeline.models import Article, Rejection

PREVIEW_ROWS = 5  # rows shown in the upload preview
PREVIEW_CHARS = 300  # characters of each cell shown in the preview
DATE_HINTS = {  # what to do about a missing publication date, per format
    "txt": "add a first line 'Date: YYYY-MM-DD' or give a publication date when loading",
    "html": "give a publication date when loading (the page states none that could be found)",
    "json": "add a 'publishedAt' or 'published' field (YYYY-MM-DD), or give a publication date when loading",
}

__all__ = [
    "ACCEPTED_NAMES",
    "COLUMN_ALIASES",
    "FIELDS",
    "ColumnReport",
    "DataInput",
    "InputError",
    "content_spans",
    "count_rows",
    "detect_columns",
    "detect_language",
    "iter_articles",
    "normalise_language",
    "parse_published",
    "read_articles",
]


@dataclass(frozen=True)
class ColumnReport:
    """What an uploaded file looks like, for the preview and the column-mapping widgets.

    `mapping` is the guessed {field: column}; `problems` are whole-file messages (e.g. no text
    column) that `iter_articles` would turn into a Rejection. Columns of JSON are its keys
    (`source.name` for nested ones); .txt and .html files have none and a one-row preview.
    """

    filename: str
    format: str  # csv, json, jsonl, txt, html, or unreadable
    encoding: str
    delimiter: str | None
    columns: tuple[str, ...]
    mapping: dict[str, str]
    rows: list[dict[str, str]] = field(default_factory=list)
    problems: tuple[str, ...] = ()


def iter_articles(
    data: DataInput,
    filename: str,
    *,
    published: date | None = None,
    dayfirst: bool = settings.DAYFIRST,
    mapping: dict[str, str] | None = None,
    detect_languages: bool = True,
) -> Iterator[Article | Rejection]:
    """Every input row of one file as exactly one Article or Rejection, in file order.

    A whole-file problem (empty, binary, undecodable, no text column, header only, invalid JSON)
    is exactly one Rejection(filename, None, reason). `published` is the date for rows without
    one (and for rows whose date is unusable, with a warning); `mapping` ({field: column}, fields
    as in FIELDS) overrides the guessed columns. `detect_languages=False` leaves the language of
    rows without a language column empty (for callers that never read it). Never raises for bad
    input.
    """
    with ExitStack() as stack:
        try:
            source = _open(stack, data, filename)
        except InputError as exc:
            yield Rejection(filename, None, str(exc))
            return
        yield from _articles(source, stack, published, dayfirst, mapping, detect_languages)


def _articles(
    source: _Source,
    stack: ExitStack,
    published: date | None,
    dayfirst: bool,
    mapping: dict[str, str] | None,
    detect_languages: bool,
) -> Iterator[Article | Rejection]:
    filename, kind = source.filename, source.kind
    ctx = Context(
        filename,
        published,
        dayfirst,
        (source.warning,) if source.warning else (),
        DATE_HINTS.get("json" if kind == "jsonl" else kind, Context.date_hint),
        detect_languages,
    )
    yielded = 0
    try:
        for item in _records(source, stack, mapping):
            if isinstance(item, Rejection):
                yield item
            else:
                yield _safe_build(item, ctx)
            yielded += 1
    except Exception as exc:  # a bug must not become a traceback in the UI; say what was lost
        done = f"after {yielded} row(s)" if yielded else "before any row"
        yield Rejection(
            filename,
            None,
            f"{filename}: reading stopped {done} because of an unexpected error ({type(exc).__name__}: "
            f"{exc}). The remaining rows were not read; please report this with the file.",
        )


def count_rows(data: DataInput, filename: str, *, mapping: dict[str, str] | None = None) -> int:
    """How many outcomes `iter_articles` will yield for this file, for a progress bar's total.

    Reads the rows without building articles (no date parsing, no language detection), so it
    costs a fraction of the real pass.
    """
    with ExitStack() as stack:
        try:
            source = _open(stack, data, filename)
        except InputError:
            return 1
        try:
            return sum(1 for _ in _records(source, stack, mapping))
        except Exception:  # iter_articles turns the same failure into one Rejection
            return 1


def read_articles(
    data: DataInput,
    filename: str,
    *,
    published: date | None = None,
    dayfirst: bool = settings.DAYFIRST,
    mapping: dict[str, str] | None = None,
) -> tuple[list[Article], list[Rejection]]:
    """`iter_articles` collected into (articles, rejections), for callers that want lists."""
    articles: list[Article] = []
    rejections: list[Rejection] = []
    for item in iter_articles(data, filename, published=published, dayfirst=dayfirst, mapping=mapping):
        (rejections if isinstance(item, Rejection) else articles).append(item)
    return articles, rejections


def _safe_build(record: readers.Record, ctx: Context) -> Article | Rejection:
    try:
        return build_article(record, ctx)
    except Exception as exc:  # one odd cell must not stop the file
        at = f"{ctx.filename}, data row {record.row}" if record.row is not None else ctx.filename
        return Rejection(
            ctx.filename, record.row, f"{at}: this row could not be read ({type(exc).__name__}: {exc})."
        )


@dataclass
class _Source:
    """One input file after the first pass: its binary file, encoding and format."""

    filename: str
    fp: BinaryIO
    encoding: str
    warning: str | None
    kind: str
    parsed: Any  # the JSON document for kind "json", else None
    text: str | None  # the whole text, except for CSV (streamed)


# Characters read to sniff a table: sniff_format reads at most SNIFF_BYTES characters (the
# header) and 4,096 past leading blanks; twice SNIFF_BYTES leaves room for Excel's `sep=` line.
HEAD_CHARS = 2 * SNIFF_BYTES


def _open(stack: ExitStack, data: DataInput, filename: str) -> _Source:
    """Check the encoding in a first pass over the file, then sniff its format.

    A table's format is sniffed from its head; a file starting like JSON is parsed whole (JSON,
    or JSON Lines when that fails), and so are .txt and .html files (one article each).
    """
    fp = stack.enter_context(binary_file(data))
    encoding, warning = check_encoding(fp, filename)
    with text_stream(fp, encoding) as stream:
        head = stream.read(HEAD_CHARS)
        whole = len(head) < HEAD_CHARS
    start = head.lstrip("\ufeff \t\r\n")
    text = head if whole else None
    if text is None and (start[:1] in ("{", "[") or len(start) < 4096):
        text = _read_all(fp, encoding)
    kind, parsed = sniff_format(text if text is not None else head, filename, is_known_header)
    if kind == "csv":
        text = None
    elif text is None:
        text = _read_all(fp, encoding)
    return _Source(filename, fp, encoding, warning, kind, parsed, text)


def _read_all(fp: BinaryIO, encoding: str) -> str:
    with text_stream(fp, encoding) as stream:
        return stream.read()


def _records(
    source: _Source, stack: ExitStack, mapping: Mapping[str, str] | None
) -> Iterator[readers.Record | Rejection]:
    filename, kind = source.filename, source.kind
    if kind == "csv":
        stream = stack.enter_context(text_stream(source.fp, source.encoding))
        head = stream.read(HEAD_CHARS)
        rest, forced = excel_separator(head)
        table = readers.read_table(rest, filename, forced or sniff_delimiter(rest), mapping)
        if table.problems:
            yield Rejection(filename, None, f"{filename}: {'; '.join(table.problems)}.")
            return
        stream.seek(0)
        stream.read(len(head) - len(rest))  # Excel's `sep=` line
        yield from readers.iter_csv(stream, filename, table)
    elif kind in ("json", "jsonl"):
        yield from _json_records(source, mapping)
    elif kind == "html":
        yield readers.html_record(source.text or "", filename)
    else:
        yield readers.txt_record(source.text or "")


def _json_records(source: _Source, mapping: Mapping[str, str] | None) -> Iterator[readers.Record | Rejection]:
    filename, kind, parsed, text = source.filename, source.kind, source.parsed, source.text or ""
    if kind == "json":
        if parsed is None:
            yield Rejection(filename, None, _invalid_json(text, filename))
            return
        pairs = readers.json_records(parsed, filename)
        if isinstance(pairs, str):
            yield Rejection(filename, None, pairs)
            return
    else:
        pairs = readers.iter_jsonl(text, filename)
    # Pool the keys of the first objects: a file where none has a text field is one problem.
    head: list[Any] = []
    for item in pairs:
        head.append(item)
        if len(head) >= readers.JSON_SCAN_RECORDS:
            break
    objects = [obj for item in head if not isinstance(item, Rejection) for obj in [item[1]]]
    if not head:
        yield Rejection(
            filename, None, f"{filename}: the file holds no JSON objects. Add one object per article."
        )
        return
    if objects and not any(isinstance(o, Rejection) for o in head):
        keys = readers.json_columns(objects)
        if all(isinstance(o, dict) for o in objects) and "text" not in guess_mapping(keys) and not mapping:
            if readers.guess_fallback(keys) is None:
                yield Rejection(filename, None, f"{filename}: {readers.no_text_column(keys, 'field')}.")
                return
    for item in _chain(head, pairs):
        if isinstance(item, Rejection):
            yield item
        else:
            yield readers.object_record(item[0], item[1], filename, mapping)


def _chain(head: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from head
    yield from rest


def _invalid_json(text: str, filename: str) -> str:
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        return (
            f"{filename}: the file is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}). "
            "Fix it there or export it again; JSON Lines files need one complete object per line."
        )
    except RecursionError:
        pass
    return f"{filename}: the file is not valid JSON. Export it again."


def detect_columns(data: DataInput, filename: str) -> ColumnReport:
    """Format, encoding, delimiter, columns, guessed {field: column} and the first rows of a file.

    For the upload preview: never raises for bad input; whole-file problems are in `problems`
    (the same wording `iter_articles` would use for its Rejection).
    """
    try:
        decoded = decode_bytes(read_bytes(data, filename), filename)
        kind, parsed = sniff_format(decoded.text, filename, is_known_header)
    except InputError as exc:
        return ColumnReport(filename, "unreadable", "", None, (), {}, [], (str(exc),))
    problems = [decoded.warning] if decoded.warning else []
    text = decoded.text
    if kind == "csv":
        text, forced = excel_separator(text)
        table = readers.read_table(text, filename, forced or sniff_delimiter(text), None)
        rows = []
        for record in readers.iter_csv(text, filename, _preview_table(table)):
            if isinstance(record, Rejection):
                problems.append(record.reason)
                break
            rows.append({c: _short(record.cells.get(c)) for c in table.columns})
            if len(rows) >= PREVIEW_ROWS:
                break
        problems += [f"{filename}: {p}." for p in table.problems]
        return ColumnReport(filename, "csv", decoded.encoding, table.delimiter, tuple(table.columns),
                            dict(table.mapping), rows, tuple(problems))  # fmt: skip
    if kind in ("json", "jsonl"):
        return _json_report(kind, decoded, parsed, filename, problems)
    first = next(iter_articles(data, filename), None)
    rows = []
    if isinstance(first, Article):
        rows = [{"title": first.title, "published": first.published.isoformat() if first.published else "",
                 "text": _short(first.text)}]  # fmt: skip
    elif isinstance(first, Rejection):
        problems.append(first.reason)
    return ColumnReport(filename, kind, decoded.encoding, None, (), {}, rows, tuple(problems))


def _preview_table(table: readers.Table) -> readers.Table:
    """A table whose 'fields' are all columns, so preview rows show every cell by its name."""
    return readers.Table(table.delimiter, table.columns, {c: c for c in table.columns}, None, [])


def _json_report(
    kind: str, decoded: Decoded, parsed: Any, filename: str, problems: list[str]
) -> ColumnReport:
    text = decoded.text
    objects: list[Any] = []
    if kind == "json":
        pairs = (
            readers.json_records(parsed, filename) if parsed is not None else _invalid_json(text, filename)
        )
    else:
        pairs = readers.iter_jsonl(text, filename)
    if isinstance(pairs, str):
        return ColumnReport(filename, kind, decoded.encoding, None, (), {}, [], (*problems, pairs))
    for item in pairs:
        if isinstance(item, Rejection):
            problems.append(item.reason)
        else:
            objects.append(item[1])
        if len(objects) >= readers.JSON_SCAN_RECORDS or len(problems) >= PREVIEW_ROWS:
            break
    keys = readers.json_columns(objects)
    mapping = guess_mapping(keys)
    if "text" not in mapping and readers.guess_fallback(keys) is None:
        problems.append(f"{filename}: {readers.no_text_column(keys, 'field')}.")
    rows = [
        {k: _short(v) for k, v in readers.flatten(o).items() if not isinstance(v, dict)}
        for o in objects[:PREVIEW_ROWS]
        if isinstance(o, dict)
    ]
    return ColumnReport(filename, kind, decoded.encoding, None, tuple(keys), mapping, rows, tuple(problems))


def _short(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS] + "…"


# Re-exported for the dashboard's mapping widget: the accepted names per field, as a message.
ACCEPTED_NAMES: dict[str, str] = {f: accepted_names(f) for f in FIELDS}
