"""Bytes in: size limit, binary sniffing, text encoding, and which format a file holds.

Everything here works on the whole file's bytes (decoding all of it is cheap next to
extraction); row iteration stays streaming in `readers`.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, BinaryIO, TypeAlias

from pipeline import settings

# What a reader accepts: raw bytes or a binary file-like (Streamlit's UploadedFile, io.BytesIO,
# open(path, "rb")). Never a path: the caller opens files, so uploads and tests share one path.
DataInput: TypeAlias = bytes | bytearray | memoryview | BinaryIO

SNIFF_BYTES = 64 * 1024  # enough for a header and a few rows; also the binary-check sample
SNIFF_ROWS = 20  # records parsed per candidate delimiter when choosing one
# Share of C0 control bytes (other than tab/CR/LF/FF) above which a non-UTF-16 file is binary:
# random bytes give ~11%, text files ~0%; a CSV with a few stray NULs stays far below 3%.
BINARY_CONTROL_RATIO = 0.03
# Share of NULs at odd (or even) byte positions that marks BOM-less UTF-16: ASCII-heavy UTF-16
# text has ~100% there, UTF-8 text 0%.
UTF16_NUL_RATIO = 0.3
DELIMITERS = (",", ";", "\t", "|")  # CONTRACT.md section 1
TEXT_EXTENSIONS = {".txt", ".text", ".md"}
CSV_EXTENSIONS = {".csv", ".tsv", ".tab", ".psv"}
JSON_EXTENSIONS = {".json"}
JSONL_EXTENSIONS = {".jsonl", ".ndjson", ".jsonlines"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}

# (leading bytes, what it is, what to do): binary formats people upload by mistake.
MAGIC = (
    (b"%PDF", "a PDF document", "copy the article text into a .txt file and load that"),
    (b"PK\x03\x04", "a ZIP archive or an Excel/Word file (.xlsx, .docx)",
     "in Excel use File > Save As > 'CSV UTF-8' and load the CSV; unzip archives first"),
    (b"\xd0\xcf\x11\xe0", "an old Excel/Word file (.xls, .doc)",
     "save it as 'CSV UTF-8' or plain text and load that"),
    (b"\x1f\x8b", "a gzip archive", "unpack it first and load the files inside"),
    (b"\x89PNG", "a PNG image", "load the article text, not a picture of it"),
    (b"\xff\xd8\xff", "a JPEG image", "load the article text, not a picture of it"),
    (b"GIF8", "a GIF image", "load the article text, not a picture of it"),
    (b"SQLite format 3\x00", "an SQLite database", "export the articles as CSV first"),
)  # fmt: skip
ACCEPTED_FORMATS = "CSV/TSV, JSON, JSON Lines, .txt or .html"

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_EXCEL_SEP = re.compile(r"\ufeff?sep=([,;\t|])[ \t]*(?:\r\n|\r|\n)", re.I)
_JSON_OBJECTS = re.compile(r'(\[\s*)?\{\s*"')  # what only JSON starts with
_HTML_START = re.compile(r"<(!doctype\s+html|html\b|\?xml[^>]*>\s*<html)", re.I)
_HTML_TAGS = re.compile(r"<(head|body|article|div|p|title|meta)\b", re.I)


class InputError(Exception):
    """A whole file cannot be read; the message is for the person who gave the file."""


@dataclass(frozen=True)
class Decoded:
    """A file's text and how it was decoded (`warning` set when we had to guess)."""

    text: str
    encoding: str
    warning: str | None = None


def read_bytes(data: DataInput, filename: str) -> bytes:
    """All bytes of `data`, rewinding a seekable file-like first (an upload read for a preview
    is read again in full); raises InputError past settings.MAX_FILE_BYTES."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
    else:
        try:
            if data.seekable():
                data.seek(0)
        except (AttributeError, OSError, ValueError):
            pass
        raw = data.read(settings.MAX_FILE_BYTES + 1)
        if isinstance(raw, str):  # a text-mode file slipped through: a programming mistake
            raise ValueError("iter_articles needs bytes or a binary file (open(path, 'rb'))")
    if len(raw) > settings.MAX_FILE_BYTES:
        limit_mb = settings.MAX_FILE_BYTES // (1024 * 1024)
        raise InputError(
            f"{filename}: the file is larger than the {limit_mb} MB limit. "
            "Split it into smaller files and load them one by one."
        )
    return raw


def decode_bytes(raw: bytes, filename: str) -> Decoded:
    """Text of a file: BOM first, then strict UTF-8, BOM-less UTF-16, cp1252, latin-1.

    Raises InputError for empty files and binary data, naming what the file looks like.
    """
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputError(f"{filename}: the file is empty. Choose the file that holds the articles.")
    for magic, what, todo in MAGIC:
        if raw.startswith(magic):
            raise InputError(f"{filename}: this is {what}, not a text file. To use it, {todo}.")
    if raw.startswith(codecs.BOM_UTF8):
        return _decode(raw, "utf-8-sig", filename)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(raw, "utf-16", filename)
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    sample = raw[:SNIFF_BYTES]
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return _decode(raw, utf16, filename)
    controls = sum(sample.count(b) for b in _CONTROL_BYTES)
    if controls > BINARY_CONTROL_RATIO * len(sample):
        raise InputError(
            f"{filename}: this does not look like text (it holds binary data). "
            f"Load the articles as {ACCEPTED_FORMATS}."
        )
    try:
        text = raw.decode("cp1252")
        encoding = "cp1252"
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
        encoding = "latin-1"
    warning = (
        f"The file is not UTF-8; it was read as {encoding}. If accented letters look "
        "wrong, save the file as UTF-8 and load it again."
    )
    return Decoded(text, encoding, warning)


def _decode(raw: bytes, encoding: str, filename: str) -> Decoded:
    try:
        return Decoded(raw.decode(encoding), encoding)
    except UnicodeDecodeError as exc:
        name = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16"}.get(encoding, encoding)
        raise InputError(
            f"{filename}: the file starts with a {name} marker but byte {exc.start} is not valid "
            f"{name}, so its text cannot be read. Save it again as UTF-8 and load it again."
        ) from None


def _utf16_without_bom(sample: bytes) -> str | None:
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    odd_nuls = sample[1 : 2 * pairs : 2].count(0)
    even_nuls = sample[0 : 2 * pairs : 2].count(0)
    if odd_nuls > UTF16_NUL_RATIO * pairs and even_nuls < odd_nuls / 4:
        return "utf-16-le"
    if even_nuls > UTF16_NUL_RATIO * pairs and odd_nuls < even_nuls / 4:
        return "utf-16-be"
    return None


def excel_separator(text: str) -> tuple[str, str | None]:
    """(text without it, delimiter) for Excel's optional first line `sep=;`; (text, None) without one."""
    m = _EXCEL_SEP.match(text)
    if m is None:
        return text, None
    return text[m.end() :], m[1]


def sniff_delimiter(text: str) -> str:
    """The delimiter among `, ; tab |` that gives the widest header and the most rows of that width.

    The header decides most files (column names rarely hold delimiters); row consistency breaks
    ties. Quoted cells are parsed, so commas inside prose do not count. Falls back to ','.
    """
    sample = text[:SNIFF_BYTES]
    best, best_score = ",", (False, 0.0, 0)
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        rows: list[list[str]] = []
        try:
            for row in reader:
                if row:
                    rows.append(row)
                if len(rows) > SNIFF_ROWS:
                    break
        except csv.Error:
            continue
        if not rows:
            continue
        width = len(rows[0])
        body = rows[1:-1] if len(rows) > 2 else rows[1:]  # the last may be cut by the sample
        consistency = sum(len(r) == width for r in body) / len(body) if body else 1.0
        score = (width >= 2, round(consistency, 1), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def header_cells(text: str, delimiter: str) -> list[str]:
    """The first record's cells (stripped), for format sniffing and previews."""
    reader = csv.reader(io.StringIO(text[:SNIFF_BYTES], newline=""), delimiter=delimiter)
    try:
        return [c.strip().lstrip("\ufeff") for c in next(reader, [])]
    except csv.Error:
        return []


def sniff_format(text: str, filename: str, known_header: Callable[[list[str]], bool]) -> tuple[str, Any]:
    """("json" | "jsonl" | "html" | "csv" | "txt", parsed JSON or None): content first, extension second.

    `known_header(cells) -> bool` says whether a first line is a header we recognise, so a CSV
    named .txt is read as CSV and a .txt article is not mistaken for a one-column table.
    """
    ext = PurePath(filename).suffix.lower()
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    if head[:1] in ("{", "["):
        try:
            return "json", json.loads(text)
        except (json.JSONDecodeError, RecursionError):
            pass
        if _looks_like_jsonl(text) or ext in JSONL_EXTENSIONS:
            return "jsonl", None
        if ext in JSON_EXTENSIONS or (ext not in TEXT_EXTENSIONS and _JSON_OBJECTS.match(head)):
            return "json", None  # broken JSON: reported as invalid JSON by the reader
        # else: prose or a table that happens to start with a bracket ("[Updated] ...")
    if ext in JSONL_EXTENSIONS:
        return "jsonl", None
    if _HTML_START.match(head) or (
        head.startswith("<") and (_HTML_TAGS.search(head) or ext in HTML_EXTENSIONS)
    ):
        return "html", None
    if ext in HTML_EXTENSIONS and _HTML_TAGS.search(head):
        return "html", None
    if ext in CSV_EXTENSIONS or _EXCEL_SEP.match(text):
        return "csv", None
    cells = header_cells(text, sniff_delimiter(text))
    if len(cells) >= 2 and known_header(cells):
        return "csv", None
    return "txt", None


def _looks_like_jsonl(text: str) -> bool:
    """True when one of the first few non-blank lines is a complete JSON object."""
    checked = 0
    for line in io.StringIO(text):
        line = line.strip()
        if not line:
            continue
        try:
            if isinstance(json.loads(line), dict):
                return True
        except json.JSONDecodeError:
            pass
        checked += 1
        if checked >= 5:
            break
    return False
