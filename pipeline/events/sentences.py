"""Sentence spans for event extraction (issue #4 stage 1).

A sentence never crosses a line break (news copy puts headlines, captions and furniture on lines
of their own) nor a content-span edge. Inside a line we split after . ! ? (plus closing quotes and
brackets) when the next word can start a sentence, except after a known abbreviation (Mr., Feb.,
Gen., St.), an initial ("J. Smith") or a dotted acronym ("U.S.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.events.lexicon import load_abbreviations

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+)")
# What may start the next sentence: a capital, digit, opening quote or bracket.
_NEXT_START = re.compile(r"\s+[\"'“‘«(\[]*[A-Z0-9À-ÖØ-Þ]")
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")
_LINE = re.compile(r"[^\n\r]+")


def _is_abbreviation(word: str, following: str) -> bool:
    """True when `word` (the token before a '.') is an abbreviation, so the '.' ends no sentence."""
    abbreviations, before_number = load_abbreviations()
    bare = word.rstrip(".").lower()
    if not bare:
        return False
    if _DOTTED_ACRONYM.match(word.rstrip(".") + "."):
        return True
    if len(bare) == 1 and bare.isalpha() and word[:1].isupper():
        return True  # an initial: "John F. Kennedy"
    if bare in abbreviations:
        return True
    return bare in before_number and following.lstrip()[:1].isdigit()


def _word_before(text: str, start: int, end: int) -> str:
    """The run of word characters, dots and hyphens ending at `end` (not before `start`).

    Why: a search for "[\\w.\\-]+$" from the sentence's start tried every position of it at
    each full stop (quadratic in the sentence); walking back from the stop reads only the word.
    `\\w` is str.isalnum() or "_" (the re module's own test), so the run is the same.
    """
    i = end
    while i > start and (text[i - 1].isalnum() or text[i - 1] in "_.-"):
        i -= 1
    return text[i:end]


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end()
        if not _NEXT_START.match(text, cut, end):
            continue
        if text[m.start()] == "." and _is_abbreviation(
            _word_before(text, cursor, m.start() + 1), text[cut:end]
        ):
            continue
        spans.append((cursor, cut))
        cursor = cut
    spans.append((cursor, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def split_sentences(text: str, spans: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets into `text`, inside `spans` (default: the whole text).

    Offsets are str indices, end exclusive, trimmed of surrounding whitespace; the result is
    sorted and never overlaps. Example: "Mr. Xi met Mr. Putin. They spoke." -> two sentences.
    """
    if spans is None:
        spans = [(0, len(text))]
    out: list[tuple[int, int]] = []
    for span_start, span_end in sorted(spans):
        for line in _LINE.finditer(text, span_start, span_end):
            out.extend(_split_line(text, line.start(), line.end()))
    return out
