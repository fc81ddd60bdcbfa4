"""One reader per format: decoded text in, raw records (field -> cell value) or Rejections out.

Readers only find the cells; turning a record into an Article (checks, dates, language) is
done once for every format in `pipeline.ingest.build`. Row numbers are 1-based *data* rows:
in CSV/TSV the header is not counted (data row 1 is the spreadsheet's row 2), in JSON the
position in the array, in JSON Lines the line number.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from pipeline import settings
from pipeline.ingest.clean import content_spans
from pipeline.ingest.columns import (
    accepted_names,
    apply_mapping,
    guess_fallback,
    guess_mapping,
    quote_list,
)
from pipeline.ingest.decode import header_cells
from pipeline.models import Rejection

JSON_SCAN_RECORDS = 50  # records whose keys are pooled to tell "no text field at all" from a bad row
JSON_LIST_KEYS = ("articles", "data", "items", "results", "records")  # NewsAPI uses "articles"
TXT_TITLE_SCAN_CHARS = 5000  # the headline, if any, is near the top
TXT_TITLE_MAX_CHARS = 200  # longer first lines are prose, not a headline
TXT_DATE_SCAN_LINES = 3  # a `Date:` line is looked for among the first non-blank lines
_TXT_DATE_LINE = re.compile(
    r"[ \t]*(?:date|published|publication date|dateline)[ \t]*[:：][ \t]*(?P<value>\S.*?)[ \t]*", re.I
)
_TXT_ISO_LINE = re.compile(
    r"[ \t]*(?P<value>\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)[ \t]*", re.I
)
# A page copied from a browser has no `Date:` line but shows its date among the header's menus and
# bylines: "Published 16 September 2020", "Thu 11 Apr 2024 06.00 BST", "March 19, 2022 | 7:02 AM".
# Only the header is read (lines before the first paragraph-long line): a date in the body is an
# event's, not the page's. "Updated"/"Last modified" lines count only when no other date is shown.
TXT_HEADER_MAX_LINES = 40
TXT_SENTENCE_MIN_WORDS = 8  # a header line this long that ends a sentence starts the body
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_TXT_PAGE_DATE = re.compile(
    r"[ \t]*(?:(?P<label>first published|published|posted|updated|last updated|last modified|date)"
    r"(?:[ \t]+on)?[ \t]*:?[ \t]*)?"
    r"(?P<value>(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?"
    rf"(?:\d{{1,2}}[ \t]+{_MONTH},?[ \t]+\d{{4}}|{_MONTH}[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}))"
    r"(?:[ \t]*[|·•,]?[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[a-z]{2,5})?)?[ \t]*",
    re.I,
)


@dataclass
class Record:
    """Cells of one input row before checks: field -> raw value (str, number, None)."""

    row: int | None
    cells: dict[str, Any]
    fallback_column: str | None = None  # where text came from when the text cell was empty
    fallback_text: Any = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Table:
    """What a CSV/TSV's header says: delimiter, columns, {field: column}, whole-file problems."""

    delimiter: str
    columns: list[str]
    mapping: dict[str, str]
    fallback: str | None
    problems: list[str]


def read_table(text: str, filename: str, delimiter: str, mapping: Mapping[str, str] | None) -> Table:
    """The header of a CSV/TSV and what each column is; `problems` stop the whole file."""
    columns = header_cells(text, delimiter)
    guessed, problems = apply_mapping(columns, guess_mapping(columns), mapping)
    fallback = guess_fallback(columns)
    if "text" not in guessed and not problems:
        if fallback:
            guessed["text"] = fallback
        else:
            problems.append(no_text_column(columns))
    return Table(delimiter, columns, guessed, fallback if guessed.get("text") != fallback else None, problems)


def no_text_column(columns: list[str], noun: str = "column") -> str:
    """Why a file or object has no text, listing what it has and the names that would work."""
    return (
        f"no {noun} holds the article text. {noun.capitalize()}s found: {quote_list(columns)}. Name the "
        f"text {noun} one of: {accepted_names('text')} (any letter case), or choose it in the column mapping"
    )


# A line as io.StringIO(text, newline="") yields it: up to and including "\r\n", "\r" or "\n".
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` for csv.reader, exactly those of io.StringIO(text, newline=""), one at a
    time. Why: StringIO copies the whole text into a buffer of 4 bytes a character, 24 MB for a
    6 MB file, the largest part of `extract`'s memory growing with input size (issue #6)."""
    for m in _LINE.finditer(text):
        yield m.group()


class _QuoteCount:
    """Lines passed through, counting their double quotes (an odd total: a quote never closed)."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.lines = iter(lines)
        self.quotes = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        self.quotes += line.count('"')
        return line


def iter_csv(text: str | Iterable[str], filename: str, table: Table) -> Iterator[Record | Rejection]:
    """Records of a CSV/TSV, streamed row by row with the csv module (no DataFrame).

    `text` is the whole text, or its lines with their line ends as `io.StringIO(text,
    newline="")` gives them (a text file opened with newline=""), read one at a time.
    """
    # The csv module refuses cells over 128 KB by default; our own limit is checked per row with a
    # message that states it, so let the parser read up to the file limit.
    csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, settings.MAX_FILE_BYTES * 4)))
    lines = _QuoteCount(_lines(text) if isinstance(text, str) else text)
    reader = csv.reader(lines, delimiter=table.delimiter)
    index = {col: i for i, col in reversed(list(enumerate(table.columns)))}
    fields = {f: index[c] for f, c in table.mapping.items() if c in index}
    fallback_at = index.get(table.fallback) if table.fallback else None
    width = len(table.columns)
    try:
        next(reader)
    except (StopIteration, csv.Error):
        return
    row_no = data_rows = 0
    pending: tuple[Record, int, int] | None = None  # one record of lookahead: the last one is checked
    while True:
        first_line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if pending:
                yield pending[0]
            yield Rejection(
                filename,
                row_no + 1,
                f"{filename}, data row {row_no + 1} (line {first_line} of the file): the row cannot be "
                f"read as CSV ({exc}); the rest of the file was skipped. Check the quotes in this row.",
            )
            return
        row_no += 1
        if not cells:  # a blank line is not a row (but counts, as a spreadsheet shows it)
            continue
        data_rows += 1
        record = Record(row_no, {f: (cells[i] if i < len(cells) else None) for f, i in fields.items()})
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            shown = "tab" if table.delimiter == "\t" else f"'{table.delimiter}'"
            record.warnings.append(
                f"The row has {len(cells)} cells but the header has {width}; the extra cells were ignored. "
                f"If the text was cut short, put it in double quotes: a {shown} inside it starts a new cell."
            )
        if fallback_at is not None and fallback_at < len(cells):
            record.fallback_column, record.fallback_text = table.fallback, cells[fallback_at]
        if pending:
            yield pending[0]
        pending = (record, reader.line_num - first_line + 1, len(cells))
    if pending:
        record, n_lines, n_cells = pending
        # every line has been read here: the count is the whole text's
        if lines.quotes % 2 == 1 and (n_lines > 1 or n_cells < width):
            yield Rejection(
                filename,
                record.row,
                f"{filename}, data row {record.row}: a quotation mark in this row is never closed, so "
                f"everything after it ({n_lines} lines, to the end of the file) was read as one cell. "
                'Close the quote (a quote inside a cell is written twice: "") and load the file again.',
            )
        else:
            yield record
    if data_rows == 0:
        yield Rejection(
            filename,
            None,
            f"{filename}: the file has a header ({quote_list(table.columns)}) but no data rows. "
            "Add one article per row under the header.",
        )


def json_records(parsed: Any, filename: str) -> Iterator[tuple[int | None, Any]] | str:
    """(row, object) pairs of a parsed JSON document, or a message saying why it holds none."""
    if isinstance(parsed, dict) and parsed.get("status") == "error" and "message" in parsed:
        return (  # NewsAPI's error shape: {"status": "error", "code": ..., "message": ...}
            f"{filename}: this is an error response from a news API, not articles: "
            f"{str(parsed['message'])[:200]!r}. Fix the request and save the articles again."
        )
    if isinstance(parsed, dict):
        for key in JSON_LIST_KEYS:
            if isinstance(parsed.get(key), list):
                parsed = parsed[key]
                break
        else:
            return iter([(None, parsed)])
    if not isinstance(parsed, list):
        return (
            f"{filename}: the JSON holds a single {type(parsed).__name__}, not articles. Give a list of "
            'objects, an object with an "articles" list, or one object per line (JSON Lines).'
        )
    if not parsed:
        return f"{filename}: the JSON list is empty. Add one object per article."
    return ((i, item) for i, item in enumerate(parsed, start=1))


def iter_jsonl(text: str, filename: str) -> Iterator[tuple[int | None, Any] | Rejection]:
    """(line number, object) per non-blank line; a line that is not JSON becomes a Rejection."""
    for line_no, line in enumerate(io.StringIO(text, newline=None), start=1):
        if not line.strip():
            continue
        try:
            yield line_no, json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            yield Rejection(
                filename,
                line_no,
                f"{filename}, data row {line_no}: the line is not valid JSON ({getattr(exc, 'msg', exc)}, "
                f"column {getattr(exc, 'colno', '?')}). Each line must hold one complete JSON object.",
            )


def flatten(obj: dict[str, Any]) -> dict[str, Any]:
    """Keys one level down as `parent.child` (NewsAPI's `source.name`), top-level keys kept."""
    flat: dict[str, Any] = {}
    for key, value in obj.items():
        flat[str(key)] = value
        if isinstance(value, dict):
            for sub, inner in value.items():
                flat.setdefault(f"{key}.{sub}", inner)
    return flat


def json_columns(objects: list[Any]) -> list[str]:
    """Keys seen in the first objects, in first-seen order (the 'columns' of a JSON file)."""
    seen: dict[str, None] = {}
    for obj in objects[:JSON_SCAN_RECORDS]:
        if isinstance(obj, dict):
            for key in flatten(obj):
                seen.setdefault(key, None)
    return list(seen)


def object_record(
    row: int | None, obj: Any, filename: str, mapping: Mapping[str, str] | None
) -> Record | Rejection:
    """A JSON object as a Record; keys resolved per object, as JSON rows may differ in shape."""
    where = f"{filename}, data row {row}" if row is not None else filename
    if not isinstance(obj, dict):
        return Rejection(
            filename,
            row,
            f"{where}: expected an object with the article's fields, found a {type(obj).__name__}. "
            'Write each article as {"text": ..., "published": ...}.',
        )
    flat = flatten(obj)
    keys = list(flat)
    chosen, problems = apply_mapping(keys, guess_mapping(keys), mapping)
    if problems:
        return Rejection(filename, row, f"{where}: {'; '.join(problems)}.")
    cells = {f: _scalar(flat[k], f) for f, k in chosen.items()}
    record = Record(row, cells)
    fallback = guess_fallback(keys)
    if fallback:
        record.fallback_column, record.fallback_text = fallback, flat[fallback]
    if "text" not in chosen and not fallback:
        return Rejection(filename, row, f"{where}: {no_text_column(keys, 'field')}.")
    return record


def _scalar(value: Any, field_name: str) -> Any:
    if isinstance(value, dict) and field_name == "source":
        return value.get("name") or value.get("id") or ""
    return value


def txt_record(text: str) -> Record:
    """The whole file as one article; a leading `Date:` or ISO date line gives `published`.

    The date line stays in `text` (offsets index the file as given); `content_spans` skips it.
    """
    published = None
    scanned = 0
    for line in io.StringIO(text, newline=None):
        if not line.strip():
            continue
        if m := _TXT_DATE_LINE.fullmatch(line.rstrip("\r\n")):
            published = m["value"]
            break
        if scanned == 0 and (m := _TXT_ISO_LINE.fullmatch(line.rstrip("\r\n"))):
            published = m["value"]
            break
        scanned += 1
        if scanned >= TXT_DATE_SCAN_LINES:
            break
    page_date = None if published else _page_header_date(text)
    return Record(
        None, {"text": text, "published": published, "page_date": page_date, "title": _txt_title(text)}
    )


def _page_header_date(text: str) -> str | None:
    """The date a copied web page shows in its header, preferring "Published" over "Updated"."""
    later: str | None = None
    for n, line in enumerate(io.StringIO(text, newline=None)):
        line = line.rstrip("\r\n")
        if n >= TXT_HEADER_MAX_LINES or len(line) > TXT_TITLE_MAX_CHARS or _is_sentence(line):
            break  # the body has begun
        m = _TXT_PAGE_DATE.fullmatch(line)
        if m is None:
            continue
        if (m["label"] or "").lower() in ("updated", "last updated", "last modified"):
            later = later or m["value"]
            continue
        return m["value"]
    return later


def _is_sentence(line: str) -> bool:
    words = line.split()
    return len(words) >= TXT_SENTENCE_MIN_WORDS and line.rstrip().rstrip("\"'”’»)]").endswith((".", "!", "?"))


def _txt_title(text: str) -> str:
    """The first prose line when it reads as a headline (short, no sentence end), else ''."""
    spans = content_spans(text[:TXT_TITLE_SCAN_CHARS])
    if not spans:
        return ""
    first = text[spans[0][0] : spans[0][1]].split("\n")[0].strip()
    if len(first) > TXT_TITLE_MAX_CHARS or first.rstrip("\"'”’»)]").endswith((".", "!", "?", ":", ";")):
        return ""
    return first


def html_record(html: str, filename: str) -> Record | Rejection:
    """Main text (trafilatura) and publication date (htmldate) of a saved web page, offline."""
    import htmldate  # heavy imports: only HTML inputs pay for them
    import trafilatura

    date_params = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, date_extraction_params=date_params
        )
    except Exception:  # trafilatura raises assorted parser errors on broken pages
        doc = None
    text = getattr(doc, "text", None) or ""
    # trafilatura falls back to any text it finds (a menu's "Home"): no prose in it = no article.
    if not text.strip() or not content_spans(text):
        return Rejection(
            filename,
            None,
            f"{filename}: no article text was found in this web page. Save the article as plain "
            "text (.txt), or paste its text into a CSV with a 'text' column.",
        )
    try:
        published = htmldate.find_date(html, **date_params)
    except Exception:  # htmldate on malformed markup: treat as "no date found"
        published = None
    published = published or getattr(doc, "date", None)
    cells = {
        "text": text,
        "published": published,
        "title": getattr(doc, "title", None) or "",
        "url": getattr(doc, "url", None) or "",
        "source": getattr(doc, "sitename", None) or "",
        "language": getattr(doc, "language", None) or "",
    }
    return Record(None, cells)
