"""Sentence tense around a time expression: decides whether a bare "September" or "Monday"
lies before or after the publication date (what HeidelTime reads from POS tags)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipeline.timex.lexicon import Lexicon

# Sentence ends: ., ! or ? (plus closing quotes) then space and a capital or quote; or a blank
# line. Abbreviations such as "Mr." split a sentence too early; tense only needs the nearest
# cue word, so that costs little (checked on TBAQ-cleaned).
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[A-Z\"“‘`(])|\n\s*\n")
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'(?:ll|d)\b")
# "-ed" words count as a past cue one step further away than a listed cue: they are often
# participles ("the expected meeting"). Value picked on TBAQ-cleaned.
ED_PENALTY = 0
MAX_CUE_DISTANCE = 8  # tokens; beyond this a cue belongs to another clause (TBAQ-cleaned)

PAST, FUTURE, NONE = "past", "future", ""


@dataclass
class TenseIndex:
    """Per-document token and sentence index, built once per text."""

    starts: list[int]
    ends: list[int]
    cues: list[tuple[str, int]]  # (tense, extra distance) per token, tense "" for no cue
    sentence_starts: list[int]


def build_index(text: str, lex: Lexicon) -> TenseIndex:
    starts, ends, cues = [], [], []
    for m in WORD.finditer(text):
        w = m.group().lower()
        starts.append(m.start())
        ends.append(m.end())
        if w in lex.future_cues:
            cues.append((FUTURE, 0))
        elif w in lex.past_cues:
            cues.append((PAST, 0))
        elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and m.group()[0].islower():
            cues.append((PAST, ED_PENALTY))
        else:
            cues.append((NONE, 0))
    sentence_starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
    return TenseIndex(starts, ends, cues, sentence_starts)


def tense_at(index: TenseIndex, start: int, end: int) -> str:
    """Tense of the nearest cue word in the same sentence, "" when there is none."""
    si = bisect.bisect_right(index.sentence_starts, start) - 1
    s_start = index.sentence_starts[si]
    s_end = index.sentence_starts[si + 1] if si + 1 < len(index.sentence_starts) else 1 << 60
    first = bisect.bisect_left(index.starts, s_start)
    left = bisect.bisect_left(index.starts, start)
    right = bisect.bisect_left(index.starts, end)
    best, best_d = NONE, MAX_CUE_DISTANCE + 1
    for i in range(left - 1, max(first, left - MAX_CUE_DISTANCE) - 1, -1):
        tense, extra = index.cues[i]
        if tense:
            d = left - i + extra
            if d < best_d:
                best, best_d = tense, d
            break
    n = len(index.starts)
    for i in range(right, min(n, right + MAX_CUE_DISTANCE)):
        if index.starts[i] >= s_end:
            break
        tense, extra = index.cues[i]
        if tense:
            d = i - right + 1 + extra
            if d < best_d:
                best, best_d = tense, d
            break
    return best
