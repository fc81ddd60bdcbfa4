"""What the handlers (dates.py, relative.py) share: the per-document state, tuned constants and
the date arithmetic that resolves a match against the publication date (DCT).

Each handler gets the match and the document context and returns (type, value, mod) or None
(a false friend). Relative expressions use the DCT; anaphoric ones ("the day before", "a year
earlier", "the quarter") use the last date the text itself mentioned, as a reader does.
Without a DCT, relative values keep X's ("XXXX-09") and get no calendar interval.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from pipeline.timex.context import FUTURE, PAST, LazyTenseIndex
from pipeline.timex.lexicon import Lexicon
from pipeline.timex.values import (
    interval_of,
    month_end,
)

Result = tuple[str, str, str]  # (type, value, mod)

MOD_WORDS = {
    "early": "START",
    "the beginning of": "START",
    "the start of": "START",
    "the early part of": "START",
    "the first half of": "START",
    "the turn of": "START",
    "mid": "MID",
    "the middle of": "MID",
    "late": "END",
    "the end of": "END",
    "the latter part of": "END",
    "the close of": "END",
    "the second half of": "END",
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "barely": "LESS_THAN",
    "up to": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "well over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
}
# Words before a bare month name that make it a date ("in May", "by March"): without one a
# capitalised "May"/"March" is too often a verb or a name (TBAQ-cleaned false positives).
MONTH_CUES = frozenset(
    "in since by until till through from to during before after of and or last next this early late mid "
    "between around throughout end beginning start middle as on for that each every".split()
)
# TimeML annotates the adjectives "current" (PRESENT_REF) and "recent" (PAST_REF); TimeBank does
# about half the time. "current" raised value F1 on TBAQ-cleaned; "recent" left it unchanged
# (+0.001 TimeBank, -0.001 AQUAINT), so it follows the guideline (and HeidelTime).
CURRENT_AS_PRESENT = True
RECENT_AS_PAST = True
# Before a bare month these make it a date too ("the March accession"), except for "May".
DETERMINERS = frozenset("a an the its his her their our".split())
# Unknown tense: a weekday after the DCT counts this many times further away than one before
# (news reports the past more than it announces). Tuned on TBAQ-cleaned.
WEEKDAY_FUTURE_BIAS = 2.0
# "a year earlier" means the same quarter a year before when a quarter was named this close
# before it (characters; earnings reports in TBAQ-cleaned), else the previous year.
QUARTER_WINDOW = 800
# A bare month/day is put in the year that brings it nearest the DCT; a candidate on the wrong
# side of the DCT for the sentence's tense counts this many times further away (TBAQ-cleaned).
WRONG_TENSE_FACTOR = 3.0
# For a bare month ("in January"): 8 puts "will hold an election in November" (January DCT) in
# the coming November (dev set); 5-8 give the same TBAQ-cleaned output, and the demo articles read right.
WRONG_TENSE_FACTOR_MONTH = 8.0
# A past event's own date ("took effect on January 1", "since January 1", see
# context.past_event_before) is never after the DCT: a candidate after it is this far away.
PAST_EVENT_FACTOR = 1e6
# With no tense cue, news more often looks back: a candidate after the DCT counts this much
# further away (TBAQ-cleaned).
UNKNOWN_FUTURE_FACTOR = 2.0


def _norm(s: str | None) -> str:
    # the same as re.sub(r"\s+", " ", s).strip(): str.split and \s take the same spaces; about
    # 40 calls per article (speed, issue #6)
    return " ".join(s.split()).lower() if s else ""


@dataclass
class Doc:
    """Per-document state: the DCT, the tense index and the last dates the text mentioned."""

    text: str
    dct: date | None
    lex: Lexicon
    tense: LazyTenseIndex  # shared by copies of the Doc, built on first use
    anchor: str | None = None  # last resolved DATE value (anaphora: "the day before", "that year")
    # last day-level date the text resolved: "the same day" after "on Monday, the first visit
    # since 2019" still means Monday, not the publication day (issue #3, event-stage defect 1)
    day_anchor: date | None = None
    quarter: tuple[int, int] | None = None  # last quarter mentioned (financial reporting)
    quarter_end: int = -(10**9)  # where that mention ended
    anchor_end: int = -(10**9)  # where the expression that set `anchor` ended

    def tense_of(self, m: re.Match[str], far_past: bool = False) -> str:
        """The tense of m's clause; far_past: a past verb beyond the usual reach counts when
        no other cue does (weekdays)."""
        return self.tense.at(m.start(), m.end(), far_past)

    def fronted_past(self, m: re.Match[str]) -> bool:
        return self.tense.fronted_past(m.start(), m.end())

    def fronted_clause(self, m: re.Match[str]) -> str:
        """The tense of the main clause after m's fronted adverbial, however far its verb."""
        return self.tense.fronted_clause(m.start(), m.end())


# --------------------------------------------------------------------------- helpers


def _num(word: str | None, lex: Lexicon) -> float | None:
    """'three' -> 3, '2 1/2' -> 2.5, 'a' -> 1, 'several' -> None (vague)."""
    w = _norm(word)
    if not w:
        return None
    if w in ("a", "an", "one", "another"):
        return 1
    if w in ("a half", "half a", "half an"):
        return 0.5
    if w == "a dozen":
        return 12
    if w in ("a hundred", "a thousand"):
        return lex.numbers[w[2:]]
    if w in ("a couple of", "couple of"):
        return 2
    if w.endswith(" and a half"):
        base = _num(w[: -len(" and a half")], lex)
        return None if base is None else base + 0.5
    if w in lex.vague_quantities or w in ("few",):
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", w):
        return float(w.replace(",", ""))  # "1,000 years"
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?: (\d)/(\d))?", w)
    if m:
        v = float(m[1])
        if m[2]:
            v += int(m[2]) / int(m[3])
        return v
    total, current = 0.0, 0.0
    for part in re.split(r"[\s-]+", w):
        if part not in lex.numbers:
            return None
        v = lex.numbers[part]
        if v in (100, 1000):
            current = (current or 1) * v
        else:
            current += v
    return total + current


def _duration_value(n: float | None, unit: str, lex: Lexicon) -> str:
    """TIMEX3 duration: P3Y, PT2H, PXM (vague), P2Y6M for 2 1/2 years."""
    info = lex.units[unit]
    code = info["code"]
    clock = "T" if info.get("clock") else ""
    if n is None:
        return f"P{clock}X{code}"
    n = n * info.get("factor", 1)
    if n != int(n):
        whole, frac = int(n), n - int(n)
        sub = {
            "Y": (12, "M"),
            "D": (24, "H"),
            "H": (60, "M"),
            "M": (30, "D") if not clock else (60, "S"),
            "Q": (3, "M"),
        }.get(code)
        if sub:
            k, c2 = sub
            t2 = "T" if (c2 in "HS" or (clock and c2 == "M")) and not clock else ""
            return (
                f"P{clock}{whole}{code}{t2}{round(frac * k)}{c2}"
                if whole
                else f"P{clock or t2}{round(frac * k)}{c2}"
            )
    if code == "Y" and n >= 1000 and n % 1000 == 0:
        # "two thousand years": TimeML's millennium unit, as TimeBank writes it (P2L, 1 of 1)
        return f"P{int(n) // 1000}L"
    return f"P{clock}{int(n)}{code}"


def _distance(lo: date, hi: date, dct: date, tense: str, factor: float | None = None) -> float:
    """Days between the DCT and [lo, hi], stretched when it runs against the tense."""
    factor = WRONG_TENSE_FACTOR if factor is None else factor
    if lo <= dct <= hi:
        return 0.0
    if hi < dct:
        return (dct - hi).days * (factor if tense == FUTURE else 1.0)
    return (lo - dct).days * (factor if tense == PAST else 1.0 if tense else UNKNOWN_FUTURE_FACTOR)


def _year_for_month(month: int, dct: date, tense: str, factor: float = WRONG_TENSE_FACTOR_MONTH) -> int:
    """The year whose `month` a reader would mean: the nearest one, leaning with the tense."""
    best = min(
        (dct.year - 1, dct.year, dct.year + 1),
        key=lambda y: (
            _distance(date(y, month, 1), month_end(y, month), dct, tense, factor),
            y != dct.year,
        ),
    )
    return best


def _year_for_day(month: int, day: int, dct: date, tense: str, factor: float | None = None) -> int:
    scored = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            c = date(y, month, day)
        except ValueError:
            continue
        scored.append((_distance(c, c, dct, tense, factor), y != dct.year, y))
    return min(scored)[2] if scored else dct.year


def _weekday_date(wd: int, dct: date, tense: str, rel: str) -> date:
    """The `wd` (1=Monday) a reader would mean: explicit last/next/this first, else by tense,
    else the nearer one (a Friday article's "Saturday" is tomorrow, its "Thursday" yesterday)."""
    delta = wd - dct.isoweekday()
    if rel in ("last", "this past", "past"):
        return dct + timedelta(days=delta - 7 if delta >= 0 else delta)
    if rel in ("next", "this coming", "coming"):
        return dct + timedelta(days=delta + 7 if delta <= 0 else delta)
    if rel == "this":
        return dct + timedelta(days=delta)
    before = dct + timedelta(days=delta if delta <= 0 else delta - 7)
    after = before + timedelta(days=7) if before < dct else before
    if tense == FUTURE:
        return after
    if tense == PAST or after == before:
        return before
    return after if (after - dct).days * WEEKDAY_FUTURE_BIAS < (dct - before).days else before


def _month_num(word: str, lex: Lexicon) -> int:
    return lex.months[word.lower().rstrip(".")]


def _anchor_date(doc: Doc) -> date | None:
    """The last day-level date the text mentioned, else the DCT."""
    return doc.day_anchor or doc.dct


def _anchor_year(doc: Doc) -> int | None:
    if doc.anchor:
        s, _, g = interval_of(doc.anchor)
        if s and g in ("day", "month", "year", "quarter", "season", "week", "weekend"):
            return s.year
    return doc.dct.year if doc.dct else None


@lru_cache(maxsize=4096)
def _dateparser_day(s: str, dayfirst: bool) -> date | None:
    """Numeric dates (03/04/2021, 4.3.2021): dateparser knows the formats; cached, English only."""
    import dateparser

    got = dateparser.parse(
        s,
        languages=["en"],
        settings={
            "DATE_ORDER": "DMY" if dayfirst else "MDY",
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    return got.date() if got else None


def _sentence_start(text: str, pos: int) -> bool:
    """True when only quotes, brackets or spaces lie between `pos` and the sentence's start."""
    before = text[max(0, pos - 4) : pos].rstrip(" \"'“‘(`")
    return not before or before[-1] in ".!?\n:"


def _span_mod(word: str | None) -> str:
    return MOD_WORDS.get(_norm(word), "")


_QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _quarter_value(y: int, q: int) -> str:
    while q < 1:
        q, y = q + 4, y - 1
    while q > 4:
        q, y = q - 4, y + 1
    return f"{y:04d}-Q{q}"
