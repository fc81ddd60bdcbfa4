"""Page furniture: which parts of an article's text are prose, as offsets into the text as given.

Articles copied from web pages carry labels, player controls, counters, bylines and repeated
video titles. Removing them would shift every event offset, so the text is never changed:
`content_spans` returns the prose spans and later stages read only inside them.

Decisions (issue #2 item 2), line by line:
- dropped: lines with fewer than MIN_LETTERS letters (durations "02:55", counters "99+", "1.00x",
  rules, ISO date lines); whole-line matches of data/lexicons/furniture.yaml (ads, reading time,
  voice/speed pickers, "why you can trust", share/comment labels, credits, date stamps such as a
  .txt file's leading "Date: ..." line); bylines ("By ..." and short lines of at most
  SHORT_LINE_MAX_WORDS words that do not end a sentence: names, section tags);
- a line repeated verbatim (case and spacing aside) is page furniture (a video title shown twice,
  a "related" teaser): every copy is dropped, unless it is a proper sentence (ends a sentence,
  at least PROPER_SENTENCE_MIN_WORDS words), in which case the first copy is kept;
- photo captions are kept when they are prose (they often state who met whom, where), with a
  trailing credit ("Photo: Agency") cut off; a credit alone on its line is dropped;
- headlines and bullet points are kept: they are longer than SHORT_LINE_MAX_WORDS words;
- a short line continuing a hard-wrapped sentence (the line before it is long and unfinished, or
  it starts in lower case) is kept.
- a text of a single line (a CSV cell holding one headline or sentence) is content unless it has
  too few letters or matches furniture.yaml: the short-line and byline rules need a page around them.
Consecutive kept lines with nothing dropped between them form one span (a paragraph).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline import settings

FURNITURE_FILE = settings.DATA_DIR / "lexicons" / "furniture.yaml"
# Tuned on our fixtures and the seed article (section tags, names, player labels are 1-4 words;
# the shortest headlines we have seen are 6+). Re-run tests/test_ingest.py after changing.
SHORT_LINE_MAX_WORDS = 4
MIN_LETTERS = 3  # "02:55", "99+", "1.00x", "-" have fewer letters than this
# A list heading without a colon ("RELATED STORIES", "Most Read") opens a list of links too.
_LIST_HEAD = re.compile(
    r"(read more|see also|related( \w+)?|more (stories|on this( story| topic)?)|most (read|popular|viewed)"
    r"|top stories|latest news|recommended( for you)?|further reading|you may also like|trending( now)?)\W*",
    re.IGNORECASE,
)
LINK_MAX_WORDS = 15  # a linked headline under "Read more:" is short and ends no sentence
FURNITURE_MAX_CHARS = 300  # furniture labels are short; longer lines skip the pattern test
BYLINE_MAX_WORDS = 12  # "By A, B and C in Place | Updated ..." fits; a sentence starting "By" is longer
PROPER_SENTENCE_MIN_WORDS = 6  # a repeated line this long that ends a sentence keeps its first copy
WRAP_MIN_CHARS = 40  # a line at least this long, unfinished, makes the next short line its continuation

_NEWLINE = re.compile(r"\r\n|\r|\n")
_TRAILING_CLOSERS = "\"'”’»)]*"
_SENTENCE_END = tuple(".!?…:;")


@dataclass(frozen=True)
class Furniture:
    """Compiled furniture.yaml: whole-line patterns, byline starts, caption credit tails."""

    lines: re.Pattern[str]
    byline: re.Pattern[str]
    credit_tail: re.Pattern[str]
    label_head: re.Pattern[str] | None = None


@functools.cache
def load_furniture() -> Furniture:
    """furniture.yaml, compiled once; raises ValueError naming a bad pattern."""
    raw = settings.read_yaml(FURNITURE_FILE) or {}
    groups = raw.get("lines", {})
    patterns = [p for group in groups.values() for p in group]
    try:
        return _compiled_furniture(raw, patterns)
    except re.error:
        # Name the bad pattern: each is compiled alone only now (all ~80 of them at every
        # process start cost ~10 ms, issue #6).
        for pattern in patterns + raw.get("credit_tails", []) + raw.get("label_heads", []):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"data/lexicons/furniture.yaml: bad pattern {pattern!r}: {exc}") from None
        raise


def _compiled_furniture(raw: dict, patterns: list[str]) -> Furniture:
    """furniture.yaml's patterns joined and compiled (re.error when one is bad)."""
    prefixes = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in raw.get("byline_prefixes", []))
    tails = "|".join(f"(?:{p})" for p in raw.get("credit_tails", []))
    heads = "|".join(f"(?:{p})" for p in raw.get("label_heads", []))
    return Furniture(
        lines=re.compile("|".join(f"(?:{p})" for p in patterns), re.I),
        byline=re.compile(rf"(?:{prefixes})\s+\S", re.I),
        # A credit counts only after the caption's last sentence ends, and only at the line's end.
        credit_tail=re.compile(rf"(?<=[.!?”\"’])\s+(?:{tails})\s*$", re.I),
        # A label glued to the front of a kept line ("Image caption, The leaders met ...").
        label_head=re.compile(rf"(?:{heads})\s*(?=\S)", re.I) if heads else None,
    )


def content_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets into `text` (end exclusive) of its prose, furniture left out.

    Spans cover whole lines without their surrounding spaces; consecutive kept lines form one
    span. `text` is not changed: text[start:end] is the prose as given. Empty list for a text
    with no prose. Example::

        content_spans("Advertisement\\nThe ministers met in Geneva on Monday.\\n")  # [(14, 52)]
    """
    furniture = load_furniture()
    lines = list(_line_bounds(text))
    # Each non-blank line's _key, made once (it was made again for every line in _is_prose).
    keys = {s: _key(text[s:e]) for s, e in lines}
    repeats = Counter(key for key in keys.values() if key)
    seen_repeats: set[str] = set()
    # A text of one line (a CSV cell holding just a headline or one sentence) was chosen by a
    # person as content: only the letter count and furniture.yaml can drop it.
    one_line = sum(repeats.values()) == 1
    spans: list[tuple[int, int]] = []
    # State of the previous physical line: (kept, ends a sentence, length, span can grow).
    prev: tuple[bool, bool, int, bool] | None = None
    # After a dropped label that opens a list ("Read more:", "Related:"), the headline-like lines
    # that follow are its links, blank lines between them or not.
    in_link_list = False
    for start, end in lines:
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            prev = None
            continue
        lead = start + (len(line) - len(line.lstrip()))
        keep_end = lead + len(stripped)
        keep = _is_prose(stripped, furniture, repeats, seen_repeats, prev, one_line, keys[start])
        if keep and in_link_list and len(stripped.split()) <= LINK_MAX_WORDS and not _ends_sentence(stripped):
            keep = False
        in_link_list = not keep and (
            stripped.endswith(":") or in_link_list or bool(_LIST_HEAD.fullmatch(stripped))
        )
        grows = True
        labelled = False  # a caption: a span of its own, which the next line does not continue
        if keep and furniture.label_head is not None:
            head = furniture.label_head.match(stripped)
            if head:
                lead += head.end()
                stripped = stripped[head.end() :]
                labelled, grows = True, False
        if keep:
            tail = furniture.credit_tail.search(stripped)
            if tail:
                keep_end = lead + tail.start()
                grows = False
            if prev and prev[0] and prev[3] and spans and not labelled:
                spans[-1] = (spans[-1][0], keep_end)
            else:
                spans.append((lead, keep_end))
        prev = (keep, _ends_sentence(text[lead:keep_end]), len(stripped), grows and keep)
    return spans


def _is_prose(
    line: str,
    furniture: Furniture,
    repeats: Counter[str],
    seen_repeats: set[str],
    prev: tuple[bool, bool, int, bool] | None,
    one_line: bool = False,
    key: str | None = None,
) -> bool:
    """Whether a non-blank line (stripped) is prose; `key` is its _key when the caller has it."""
    if sum(map(str.isalpha, line[:64])) < MIN_LETTERS and sum(map(str.isalpha, line)) < MIN_LETTERS:
        return False
    if len(line) <= FURNITURE_MAX_CHARS and furniture.lines.fullmatch(line):
        return False
    if one_line:
        return True
    words = len(line.split())
    ends = _ends_sentence(furniture.credit_tail.sub("", line))
    if words <= BYLINE_MAX_WORDS and not ends and furniture.byline.match(line):
        return False
    if key is None:
        key = _key(line)
    if repeats[key] > 1:
        if key in seen_repeats or not (ends and words >= PROPER_SENTENCE_MIN_WORDS):
            return False
        seen_repeats.add(key)
        return True
    if words <= SHORT_LINE_MAX_WORDS and not ends:
        continues = prev is not None and prev[0] and not prev[1]
        return continues and (prev[2] >= WRAP_MIN_CHARS or line[:1].islower())
    return True


def _line_bounds(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line without its terminator (CRLF, CR or LF)."""
    pos = 0
    for m in _NEWLINE.finditer(text):
        yield pos, m.start()
        pos = m.end()
    if pos < len(text):
        yield pos, len(text)


def _key(line: str) -> str:
    return " ".join(line.split()).casefold()


def _ends_sentence(line: str) -> bool:
    return line.rstrip().rstrip(_TRAILING_CLOSERS).endswith(_SENTENCE_END)
