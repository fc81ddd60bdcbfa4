"""Bytes in: size limit, binary sniffing, text encoding, and which format a file holds.

`check_encoding` reads a file once in chunks to choose its encoding (every byte must decode),
and `text_stream` then reads its text in a second pass, so a file is never held whole (issue #6:
a 200 MB CSV held as bytes plus text cost 400 MB+). `read_bytes`/`decode_bytes` do the same on
a whole file's bytes, for callers that have them.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, BinaryIO, TypeAlias

from pipeline import settings

# What a reader accepts: raw bytes or a binary file-like (Streamlit's UploadedFile, io.BytesIO,
# open(path, "rb")). Never a path: the caller opens files, so uploads and tests share one path.
DataInput: TypeAlias = bytes | bytearray | memoryview | BinaryIO

SNIFF_BYTES = 64 * 1024  # enough for a header and a few rows; also the binary-check sample
READ_CHUNK_BYTES = 1024 * 1024  # bytes per read of the streaming passes: memory, not speed, sets it
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
        raise InputError(_too_large(filename))
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
    _refuse_binary(sample, filename)
    try:
        text = raw.decode("cp1252")
        encoding = "cp1252"
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
        encoding = "latin-1"
    return Decoded(text, encoding, _guessed(encoding))


def _decode(raw: bytes, encoding: str, filename: str) -> Decoded:
    try:
        return Decoded(raw.decode(encoding), encoding)
    except UnicodeDecodeError as exc:
        raise InputError(_undecodable(encoding, exc.start, filename)) from None


@contextmanager
def binary_file(data: DataInput) -> Iterator[BinaryIO]:
    """`data` as a seekable binary file at its start, to be read twice: bytes are wrapped (not
    copied), a seekable file is rewound (an upload read for a preview is read again in full),
    anything else (a pipe) is copied to a temporary file first, up to one byte past the limit."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        yield io.BytesIO(data)
        return
    seekable = False
    try:
        seekable = data.seekable() and isinstance(data, io.IOBase)
    except (AttributeError, OSError, ValueError):
        pass
    if seekable:
        data.seek(0)
        yield data
        return
    import tempfile  # here: only an unseekable stream needs it (it imports random, shutil)

    with tempfile.TemporaryFile() as copy:
        remaining = settings.MAX_FILE_BYTES + 1
        while remaining > 0:
            chunk = data.read(min(READ_CHUNK_BYTES, remaining))
            if isinstance(chunk, str):
                raise ValueError("iter_articles needs bytes or a binary file (open(path, 'rb'))")
            if not chunk:
                break
            copy.write(chunk)
            remaining -= len(chunk)
        copy.seek(0)
        yield copy


class _Checker:
    """Feeds a file's bytes to one codec chunk by chunk; keeps the first undecodable byte's offset."""

    def __init__(self, decode: Callable[[bytes, str, bool], tuple[str, int]], skip: int = 0) -> None:
        self.decode = decode
        self.skip = skip  # leading bytes not decoded (a BOM)
        self.offset = skip  # file offset of pending[0]
        self.pending = b""
        self.error: int | None = None

    def feed(self, chunk: bytes, final: bool = False) -> None:
        if self.error is not None:
            return
        if self.skip:
            cut = min(self.skip, len(chunk))
            chunk, self.skip = chunk[cut:], self.skip - cut
        data = self.pending + chunk
        try:
            _, consumed = self.decode(data, "strict", final)
        except UnicodeDecodeError as exc:
            self.error, self.pending = self.offset + exc.start, b""
            return
        self.pending, self.offset = data[consumed:], self.offset + consumed


_BLANK_BYTES = b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"  # what decode_bytes strips to find an empty file
_CODECS = {
    "utf-8": codecs.utf_8_decode,
    "utf-16-le": codecs.utf_16_le_decode,
    "utf-16-be": codecs.utf_16_be_decode,
}


def check_encoding(fp: BinaryIO, filename: str) -> tuple[str, str | None]:
    """(encoding, warning) that decode_bytes would give the file's bytes, read in chunks from
    the current position: the same order of checks and the same InputError messages, without
    holding the file. Read the text with `text_stream(fp, encoding)` afterwards."""
    head = b""
    chunks: list[bytes] = []
    size = 0
    blank = True

    def read() -> bytes:
        nonlocal size, blank
        chunk = fp.read(READ_CHUNK_BYTES)
        if isinstance(chunk, str):  # a text-mode file slipped through: a programming mistake
            raise ValueError("iter_articles needs bytes or a binary file (open(path, 'rb'))")
        size += len(chunk)
        if size > settings.MAX_FILE_BYTES:
            raise InputError(_too_large(filename))
        if blank and chunk.translate(None, _BLANK_BYTES):
            blank = False
        return chunk

    while len(head) < SNIFF_BYTES and (chunk := read()):  # the sample every decision starts from
        chunks.append(chunk)
        head += chunk[: SNIFF_BYTES - len(head)]
    checkers: list[_Checker] = []
    if head.startswith(codecs.BOM_UTF8):
        checkers.append(_Checker(codecs.utf_8_decode, skip=3))
    elif head.startswith(codecs.BOM_UTF16_LE):
        checkers.append(_Checker(codecs.utf_16_le_decode, skip=2))
    elif head.startswith(codecs.BOM_UTF16_BE):
        checkers.append(_Checker(codecs.utf_16_be_decode, skip=2))
    else:
        checkers.append(_Checker(codecs.utf_8_decode))
        if utf16 := _utf16_without_bom(head):
            checkers.append(_Checker(_CODECS[utf16]))
    cp1252 = True
    while chunks or (chunk := read()):
        if chunks:
            chunk = chunks.pop(0)
        for checker in checkers:
            checker.feed(chunk)
        if cp1252:
            try:
                chunk.decode("cp1252")  # one byte a character: chunks decode alone
            except UnicodeDecodeError:
                cp1252 = False
    for checker in checkers:
        checker.feed(b"", final=True)
    # The decisions and messages of decode_bytes, in its order.
    if blank:
        raise InputError(f"{filename}: the file is empty. Choose the file that holds the articles.")
    for magic, what, todo in MAGIC:
        if head.startswith(magic):
            raise InputError(f"{filename}: this is {what}, not a text file. To use it, {todo}.")
    if head.startswith(codecs.BOM_UTF8):
        return _checked(checkers[0], "utf-8-sig", filename, offset=-3)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(checkers[0], "utf-16", filename)
    if checkers[0].error is None:
        return "utf-8", None
    if utf16 := _utf16_without_bom(head):
        return _checked(checkers[1], utf16, filename)
    _refuse_binary(head, filename)
    encoding = "cp1252" if cp1252 else "latin-1"
    return encoding, _guessed(encoding)


def _checked(checker: _Checker, encoding: str, filename: str, offset: int = 0) -> tuple[str, None]:
    if checker.error is not None:
        raise InputError(_undecodable(encoding, checker.error + offset, filename))
    return encoding, None


@contextmanager
def text_stream(fp: BinaryIO, encoding: str, newline: str | None = "") -> Iterator[io.TextIOWrapper]:
    """The text of `fp` from its start, decoded as check_encoding chose (a BOM is dropped, as
    decode_bytes drops it); `newline=""` leaves line ends as they are. Leaves `fp` open."""
    fp.seek(0)
    stream = io.TextIOWrapper(fp, encoding=encoding, newline=newline)  # type: ignore[arg-type]
    try:
        yield stream
    finally:
        stream.detach()


def _too_large(filename: str) -> str:
    limit_mb = settings.MAX_FILE_BYTES // (1024 * 1024)
    return (
        f"{filename}: the file is larger than the {limit_mb} MB limit. "
        "Split it into smaller files and load them one by one."
    )


def _undecodable(encoding: str, start: int, filename: str) -> str:
    name = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16"}.get(encoding, encoding)
    return (
        f"{filename}: the file starts with a {name} marker but byte {start} is not valid "
        f"{name}, so its text cannot be read. Save it again as UTF-8 and load it again."
    )


def _refuse_binary(sample: bytes, filename: str) -> None:
    controls = sum(sample.count(b) for b in _CONTROL_BYTES)
    if controls > BINARY_CONTROL_RATIO * len(sample):
        raise InputError(
            f"{filename}: this does not look like text (it holds binary data). "
            f"Load the articles as {ACCEPTED_FORMATS}."
        )


def _guessed(encoding: str) -> str:
    return (
        f"The file is not UTF-8; it was read as {encoding}. If accented letters look "
        "wrong, save the file as UTF-8 and load it again."
    )


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
