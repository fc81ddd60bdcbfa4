"""Turn pattern matches into TIMEX3 values, resolved against the publication date (DCT).

Each handler gets the match and the document context and returns (type, value, mod) or None
(a false friend). Relative expressions use the DCT; anaphoric ones ("the day before", "a year
earlier", "the quarter") use the last date the text itself mentioned, as a reader does.
Without a DCT, relative values keep X's ("XXXX-09") and get no calendar interval.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from pipeline import settings
from pipeline.timex.context import FUTURE, PAST, TenseIndex, tense_at
from pipeline.timex.lexicon import Lexicon
from pipeline.timex.values import (
    add_months,
    day_value,
    interval_of,
    month_end,
    quarter_of,
    shift_years,
    week_value,
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
# TimeBank annotates the adjectives "current" (PRESENT_REF) and "recent" (PAST_REF) about half
# the times they occur; switched on where that raised value F1 on TBAQ-cleaned.
CURRENT_AS_PRESENT = True
RECENT_AS_PAST = False
# Before a bare month these make it a date too ("the March accession"), except for "May".
DETERMINERS = frozenset("a an the its his her their our".split())
# Unknown tense: a weekday after the DCT counts this many times further away than one before
# (news reports the past more than it announces). Tuned on TBAQ-cleaned.
WEEKDAY_FUTURE_BIAS = 2.0
# "a year earlier" means the same quarter a year before when a quarter was named this close
# before it (characters; earnings reports in TBAQ-cleaned), else the previous year.
QUARTER_WINDOW = 400
# A bare month/day is put in the year that brings it nearest the DCT; a candidate on the wrong
# side of the DCT for the sentence's tense counts this many times further away (TBAQ-cleaned).
WRONG_TENSE_FACTOR = 3.0
WRONG_TENSE_FACTOR_MONTH = 5.0  # for a bare month ("in January"); 2-20 are within one expression on TBAQ-cleaned, 5 reads our demo articles right
# With no tense cue, news more often looks back: a candidate after the DCT counts this much
# further away (TBAQ-cleaned).
UNKNOWN_FUTURE_FACTOR = 1.0  # 1.5-3 made no difference on TBAQ-cleaned; kept as a knob


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip().lower()


@dataclass
class Doc:
    """Per-document state: the DCT, the tense index and the last dates the text mentioned."""

    text: str
    dct: date | None
    lex: Lexicon
    tense: TenseIndex
    anchor: str | None = None  # last resolved DATE value (anaphora: "the day before", "that year")
    quarter: tuple[int, int] | None = None  # last quarter mentioned (financial reporting)
    quarter_end: int = -(10**9)  # where that mention ended
    extra: dict = field(default_factory=dict)

    def tense_of(self, m: re.Match[str]) -> str:
        return tense_at(self.tense, m.start(), m.end())


# --------------------------------------------------------------------------- helpers


def _num(word: str | None, lex: Lexicon) -> float | None:
    """'three' -> 3, '2 1/2' -> 2.5, 'a' -> 1, 'several' -> None (vague)."""
    w = _norm(word)
    if not w:
        return None
    if w in ("a", "an", "one"):
        return 1
    if w in ("a half",):
        return 0.5
    if w == "a dozen":
        return 12
    if w in ("a couple of", "couple of"):
        return 2
    if w.endswith(" and a half"):
        base = _num(w[: -len(" and a half")], lex)
        return None if base is None else base + 0.5
    if w in lex.vague_quantities or w in ("few",):
        return None
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
        if v == 100:
            current = (current or 1) * 100
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
        }.get(code)
        if sub:
            k, c2 = sub
            t2 = "T" if (c2 in "HS" or (clock and c2 == "M")) and not clock else ""
            return (
                f"P{clock}{whole}{code}{t2}{round(frac * k)}{c2}"
                if whole
                else f"P{clock or t2}{round(frac * k)}{c2}"
            )
    return f"P{clock}{int(n)}{code}"


def _distance(lo: date, hi: date, dct: date, tense: str, factor: float | None = None) -> float:
    """Days between the DCT and [lo, hi], stretched when it runs against the tense."""
    factor = WRONG_TENSE_FACTOR if factor is None else factor
    if lo <= dct <= hi:
        return 0.0
    if hi < dct:
        return (dct - hi).days * (factor if tense == FUTURE else 1.0)
    return (lo - dct).days * (factor if tense == PAST else 1.0 if tense else UNKNOWN_FUTURE_FACTOR)


def _year_for_month(month: int, dct: date, tense: str) -> int:
    """The year whose `month` a reader would mean: the nearest one, leaning with the tense."""
    best = min(
        (dct.year - 1, dct.year, dct.year + 1),
        key=lambda y: (
            _distance(date(y, month, 1), month_end(y, month), dct, tense, WRONG_TENSE_FACTOR_MONTH),
            y != dct.year,
        ),
    )
    return best


def _year_for_day(month: int, day: int, dct: date, tense: str) -> int:
    scored = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            c = date(y, month, day)
        except ValueError:
            continue
        scored.append((_distance(c, c, dct, tense), y != dct.year, y))
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
    if doc.anchor:
        s, e, g = interval_of(doc.anchor)
        if g == "day" and s:
            return s
    return doc.dct


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


def _span_mod(word: str | None) -> str:
    return MOD_WORDS.get(_norm(word), "")


# --------------------------------------------------------------------------- handlers


def h_iso(m: re.Match[str], doc: Doc) -> Result | None:
    try:
        return "DATE", day_value(date(int(m["y"]), int(m["m"]), int(m["d"]))), ""
    except ValueError:
        return None


def h_numeric(m: re.Match[str], doc: Doc) -> Result | None:
    s = m["num"]
    if "." in s and not re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", s):
        return None
    d = _dateparser_day(s, settings.DAYFIRST or "." in s)
    return ("DATE", day_value(d), "") if d else None


def h_mdy(m: re.Match[str], doc: Doc) -> Result | None:
    lex = doc.lex
    mod_word = m.groupdict().get("mod")
    mon = _month_num(m["mon"], lex)
    day = int(re.match(r"\d+", m["d"]).group())
    if m["mon"].rstrip(".").lower() == "may" and not m["y"] and m.group().startswith("May") and day > 31:
        return None
    if m["y"]:
        y = int(m["y"])
    elif m["wd"] and doc.dct:
        y = _year_for_day(mon, day, doc.dct, "")
        for cand in (doc.dct.year, doc.dct.year - 1, doc.dct.year + 1):
            try:
                if date(cand, mon, day).isoweekday() == lex.weekdays[m["wd"].lower()]:
                    y = cand
                    break
            except ValueError:
                pass
    elif doc.dct:
        rel = _norm(m.groupdict().get("rel"))
        tense = PAST if rel == "last" else FUTURE if rel == "next" else doc.tense_of(m)
        y = _year_for_day(mon, day, doc.dct, tense)
    else:
        return "DATE", f"XXXX-{mon:02d}-{day:02d}", _span_mod(mod_word)
    try:
        d = date(y, mon, day)
    except ValueError:
        return None
    return "DATE", day_value(d), _span_mod(mod_word)


h_dmy = h_mdy


def h_month(m: re.Match[str], doc: Doc) -> Result | None:
    lex = doc.lex
    mon = _month_num(m["mon"], lex)
    rel, mod = _norm(m["rel"]), _span_mod(m["mod"])
    word = m["mon"].rstrip(".")
    bare = not (m["y"] or m["rely"] or rel or m["mod"])
    if bare or word.lower() == "may":
        before = doc.text[max(0, m.start() - 20) : m.start()].split()
        prev = before[-1].lower().rstrip(",") if before else ""
        if prev in settings_name_titles(lex) or prev.rstrip(".") in lex.name_titles:
            return None
        if bare and prev not in MONTH_CUES and not (word != "May" and prev in DETERMINERS):
            return None
        if word in ("May", "March") and bare and prev in ("to", "and", "or", "will", "may"):
            after = doc.text[m.end() : m.end() + 3]
            if not re.match(r"\s*[,.;]|\s+\d", after):
                return None
        if len(word) <= 3 and word.lower() not in ("may",) and not m.group("mon").endswith(".") and bare:
            return None  # "Jan" alone is a name more often than January
    if m["y"]:
        return "DATE", f"{int(m['y']):04d}-{mon:02d}", mod
    if not doc.dct:
        return "DATE", f"XXXX-{mon:02d}", mod
    dct = doc.dct
    rely = _norm(m["rely"]).replace("of ", "")
    if rely:
        base = {"last year": dct.year - 1, "this year": dct.year, "next year": dct.year + 1}.get(rely)
        if base is None:
            base = _anchor_year(doc) or dct.year
            if rely in ("the previous year",):
                base -= 1
            elif rely in ("the following year",):
                base += 1
        return "DATE", f"{base:04d}-{mon:02d}", mod
    if rel in ("last", "this past", "past"):
        y = dct.year if mon < dct.month else dct.year - 1
    elif rel in ("next", "this coming", "coming"):
        y = dct.year if mon > dct.month else dct.year + 1
    elif rel == "this":
        y = dct.year
    else:
        y = _year_for_month(mon, dct, doc.tense_of(m))
    return "DATE", f"{y:04d}-{mon:02d}", mod


def settings_name_titles(lex: Lexicon) -> frozenset[str]:
    return lex.name_titles


def h_weekday(m: re.Match[str], doc: Doc) -> Result | None:
    lex = doc.lex
    before = doc.text[max(0, m.start() - 12) : m.start()].split()
    prev = before[-1].lower().rstrip(".,") if before else ""
    if prev in lex.name_titles:
        return None
    after = doc.text[m.end() : m.end() + 30]
    nxt = re.match(r"\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", after)
    if nxt and not m["pod"]:
        words = nxt.group(1).lower()
        if words in lex.weekday_name_followers or words.split()[0] in lex.weekday_name_followers:
            return None
    wd = lex.weekdays[m["wd"].lower()]
    pod = lex.parts_of_day.get(_norm(m["pod"]), "")
    if m["pl"] or (m["pod"] and m.group().lower().endswith("s")) and not m["poss"]:
        return "SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), ""
    if prev in ("every", "each"):
        return "SET", f"XXXX-WXX-{wd}", ""
    mod = _span_mod(m["mod"])
    if not doc.dct:
        return ("TIME" if pod else "DATE"), f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), mod
    d = _weekday_date(wd, doc.dct, doc.tense_of(m), _norm(m["rel"]))
    if pod:
        return "TIME", f"{day_value(d)}T{pod}", mod
    return "DATE", day_value(d), mod


def h_dayword(m: re.Match[str], doc: Doc) -> Result | None:
    dw = _norm(m["dw"])
    off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}.get(dw)
    if m["dd"]:
        off = -2 if "yesterday" in m["dd"].lower() else 2
    pod = doc.lex.parts_of_day.get(_norm(m["pod"]) or (dw if dw == "tonight" else ""), "")
    mod = _span_mod(m["mod"])
    if not doc.dct:
        return ("TIME" if pod else "DATE"), "XXXX-XX-XX" + (f"T{pod}" if pod else ""), mod
    d = doc.dct + timedelta(days=off)
    if pod and m["pod"]:
        return "TIME", f"{day_value(d)}T{pod}", mod
    return "DATE", day_value(d), mod


def h_pod(m: re.Match[str], doc: Doc) -> Result | None:
    if m["overnight"]:
        if not doc.dct:
            return "TIME", "XXXX-XX-XXTNI", ""
        return "TIME", f"{day_value(doc.dct - timedelta(days=1))}TNI", ""
    rel = _norm(m["rel"])
    pod = doc.lex.parts_of_day[_norm(m["pod"])]
    if not doc.dct:
        return "TIME", f"XXXX-XX-XXT{pod}", _span_mod(m["mod"])
    off = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    if rel == "last" and pod != "NI":
        return None
    return "TIME", f"{day_value(doc.dct + timedelta(days=off))}T{pod}", _span_mod(m["mod"])


def h_time(m: re.Match[str], doc: Doc) -> Result | None:
    if m["noon"]:
        w = m["noon"].lower()
        hh, mm = (24, 0) if w == "midnight" else (12, 0)
    elif m["h24"]:
        hh, mm = int(m["h24"]), int(m["mi24"])
    elif m["mh"]:
        hh, mm = int(m["mh"]), int(m["mm"])
    elif m["h3"]:
        hh, mm = int(m["h3"]), 0
        if "afternoon" in m["inthe"] or "evening" in m["inthe"]:
            hh = hh % 12 + 12
    else:
        hh, mm = int(m["h"]), int(m["mi"] or 0)
        if hh > 12 or hh == 0:
            return None
        pm = m["ap"].lower().startswith("p")
        hh = hh % 12 + (12 if pm else 0)
    if hh > 24:
        return None
    mod = _span_mod(m["mod"])
    clock = f"T{hh:02d}:{mm:02d}"
    if not doc.dct:
        return "TIME", "XXXX-XX-XX" + clock, mod
    if m["wd"]:
        d = _weekday_date(doc.lex.weekdays[m["wd"].lower()], doc.dct, doc.tense_of(m), "")
    elif m["dw"]:
        d = doc.dct + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["dw"].lower()])
    elif m["mon"]:
        mon = _month_num(m["mon"], doc.lex)
        day = int(re.match(r"\d+", m["d"]).group())
        try:
            d = date(_year_for_day(mon, day, doc.dct, doc.tense_of(m)), mon, day)
        except ValueError:
            return None
    else:
        d = _anchor_date(doc) or doc.dct
    return "TIME", day_value(d) + clock, mod


def h_year(m: re.Match[str], doc: Doc) -> Result | None:
    y = int(m["y"])
    lex = doc.lex
    fy = _norm(m["fy"])
    if not fy and not m["mod"]:
        before = doc.text[max(0, m.start() - 12) : m.start()]
        if re.search(
            r"\b(?:No|no|Nos|Flight|flight|Route|route|Resolution|resolution|Room|room|page|Page|at|Article|article|number|Highway|Interstate|model|Model)\.?\s*$",
            before,
        ):
            return None
        after = doc.text[m.end() : m.end() + 24]
        w = re.match(r"\s+([a-z]+)", after)
        if w and w.group(1) in lex.count_nouns:
            return None
        if re.match(r"\s*(?:GMT|UTC|hours|hrs|[A-Z]{3}\b(?<!AND))", after) and re.search(r"\bat\s*$", before):
            return None
        if doc.dct and abs(y - doc.dct.year) > 250:
            return None
    if fy in ("post", "pre"):
        return "DATE", f"{y:04d}", "AFTER" if fy == "post" else "BEFORE"
    mod = _span_mod(m["mod"])
    return "DATE", f"{y:04d}", mod


def h_decade(m: re.Match[str], doc: Doc) -> Result | None:
    if m["dec4"]:
        dec = int(m["dec4"]) // 10
    elif m["dec2"]:
        d2 = int(m["dec2"])
        base = doc.dct.year // 100 if doc.dct else 19
        dec = base * 10 + d2 // 10
        if doc.dct and dec * 10 > doc.dct.year:
            dec -= 10
    else:
        w = m["decw"].lower()
        if not m.group().lower().startswith("the"):
            return None
        n = doc.lex.decade_words[w]
        base = doc.dct.year // 100 if doc.dct else 19
        dec = base * 10 + n
        if doc.dct and dec * 10 > doc.dct.year:
            dec -= 10
    return "DATE", f"{dec:03d}", _span_mod(m["mod"])


def h_century(m: re.Match[str], doc: Doc) -> Result | None:
    if m["ord"]:
        o = _norm(m["ord"])
        n = doc.lex.ordinals.get(o) or int(re.match(r"\d+", o).group())
        return "DATE", f"{n - 1:02d}", _span_mod(m["mod"])
    if not doc.dct:
        return "DATE", "XX", ""
    rel = _norm(m["crel"])
    c = doc.dct.year // 100
    c += {"last": -1, "the last": -1, "the past": -1, "the previous": -1, "next": 1, "the next": 1}.get(
        rel, 0
    )
    if rel in ("the past", "the last", "the next"):
        return "DURATION", "P100Y", ""
    return "DATE", f"{c:02d}", _span_mod(m["mod"])


_QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _quarter_value(y: int, q: int) -> str:
    while q < 1:
        q, y = q + 4, y - 1
    while q > 4:
        q, y = q - 4, y + 1
    return f"{y:04d}-Q{q}"


def h_quarter(m: re.Match[str], doc: Doc) -> Result | None:
    if m["qq"]:
        q = int(m["qq"][1])
        y = int(m["qqy"]) if m["qqy"] else (doc.dct.year if doc.dct else None)
        return "DATE", _quarter_value(y, q) if y else f"XXXX-Q{q}", ""
    g = m.group()
    if g.lower().endswith("quarters") or re.search(r"quarters\b", g, re.I):
        return None
    after = doc.text[m.end() : m.end() + 12]
    if re.match(r"\s+(?:of\s+(?:a|an|the|its|their|all)\b|century|mile|past|point|percent)", after, re.I):
        return None
    det, qrel = _norm(m["det"]), _norm(m.group("qrel"))
    rels = _norm(g)
    if not m["qord"]:
        if det in ("a", "its", "their", "his", "her", "our", "") and not qrel:
            return None
        if det == "a":
            return None
    if not doc.dct:
        q = _QORD.get(_norm(m["qord"]), 0)
        return "DATE", f"XXXX-Q{q}" if q else "XXXX-QX", ""
    dct = doc.dct
    dq = quarter_of(dct)
    year_ago = any(w in rels for w in ("year-ago", "year-earlier", "last year's", "same"))
    if m["qy"] or m["qofy"] or m["qofy2"]:
        y = int(m["qy"] or m["qofy"] or m["qofy2"])
    elif m["qofrel"]:
        y = dct.year + {"this": 0, "last": -1, "next": 1}.get(_norm(m["qofrel"]), 0)
    elif "next year's" in rels:
        y = dct.year + 1
    else:
        y = None
    if m["qord"]:
        q = _QORD[_norm(m["qord"])]
        if y is None:
            if year_ago and doc.quarter:
                y = doc.quarter[0] - 1
            elif det in ("last",) and not qrel:
                y = dct.year - 1 if q >= dq else dct.year
            elif det == "next":
                y = dct.year + 1 if q <= dq else dct.year
            else:
                y = dct.year if q <= dq else dct.year - 1
                if q > dq and doc.tense_of(m) == FUTURE:
                    y = dct.year
                if year_ago:
                    y -= 1
        doc.quarter, doc.quarter_end = (y, q), m.end()
        return "DATE", _quarter_value(y, q), ""
    # no ordinal: "the quarter", "this quarter", "the latest quarter", "the year-ago quarter"
    if det == "last" or "previous" in rels or "past" in rels:
        base = doc.quarter or (dct.year, dq)
        val_y, val_q = base[0], base[1] - 1
        if doc.quarter is None:
            val_y, val_q = dct.year, dq - 1
        return "DATE", _quarter_value(val_y, val_q), ""
    if det == "next":
        return "DATE", _quarter_value(dct.year, dq + 1), ""
    if det == "this" or "current" in rels:
        ref = (dct.year, dq)
    elif "latest" in rels or "recent" in rels or "just" in rels:
        ref = doc.quarter if doc.quarter and doc.quarter < (dct.year, dq) else (dct.year, dq - 1)
    else:
        ref = doc.quarter or (dct.year, dq - 1)
    if year_ago:
        return "DATE", _quarter_value(ref[0] - 1, ref[1]), ""
    if y is not None:
        return "DATE", _quarter_value(y, ref[1]), ""
    return "DATE", _quarter_value(*ref), ""


def h_period(m: re.Match[str], doc: Doc) -> Result | None:
    rels = _norm(m.group())
    if not doc.dct:
        return "DATE", "XXXX-QX", ""
    ref = doc.quarter or (doc.dct.year, quarter_of(doc.dct) - 1)
    if m["py"]:
        return "DATE", _quarter_value(int(m["py"]), ref[1]) if doc.quarter else f"{int(m['py']):04d}", ""
    if any(w in rels for w in ("year-ago", "year-earlier", "last year", "a year")):
        return "DATE", _quarter_value(ref[0] - 1, ref[1]), ""
    if "same" in rels or "comparable" in rels or "corresponding" in rels:
        return None
    return "DATE", _quarter_value(*ref), ""


def h_half(m: re.Match[str], doc: Doc) -> Result | None:
    h = 1 if _norm(m["hord"]) in ("first", "1st") else 2
    if m["hy"] or m["hyy"]:
        return "DATE", f"{int(m['hy'] or m['hyy']):04d}-H{h}", ""
    if not m["hrely"] and not m["hrel"] and not _norm(m["det"]):
        return None
    if not doc.dct:
        return "DATE", f"XXXX-H{h}", ""
    rel = _norm(m["hrely"] or m["hrel"])
    y = doc.dct.year + (-1 if "last" in rel else 1 if "next" in rel else 0)
    return "DATE", f"{y:04d}-H{h}", ""


def h_season(m: re.Match[str], doc: Doc) -> Result | None:
    lex = doc.lex
    s = lex.seasons[m["season"].lower()]
    srel = _norm(m["srel"])
    mod = _span_mod(m["mod"] or m["mod2"])
    before = doc.text[max(0, m.start() - 12) : m.start()].split()
    prev = before[-1].lower() if before else ""
    if m["season"].lower() == "fall" and not (
        m["sy"]
        or srel in ("this", "last", "next", "this past", "this coming")
        or mod
        or (srel == "the" and prev in ("in", "during", "by", "since", "until", "this", "through"))
    ):
        return None
    if m["season"].lower() == "spring" and not (
        m["sy"] or srel or mod or prev in ("in", "during", "by", "since", "until", "this", "through")
    ):
        return None
    if not (m["sy"] or srel or mod or prev in ("in", "during", "by", "since", "until", "through", "over")):
        return None
    if m["sy"]:
        return "DATE", f"{int(m['sy']):04d}-{s}", mod
    if not doc.dct:
        return "DATE", f"XXXX-{s}", mod
    dct = doc.dct
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
    cur_y = dct.year - (1 if dct.month < 3 and s == "WI" else 0)
    start = date(cur_y, first, 1)
    if srel in ("last", "this past", "past"):
        y = (
            cur_y
            if start < dct.replace(day=1) and not (start <= dct <= month_end(*add_months(cur_y, first, 2)))
            else cur_y - 1
        )
    elif srel in ("next", "this coming", "coming"):
        y = cur_y if start > dct else cur_y + 1
    elif srel == "this":
        y = cur_y
    else:
        tense = doc.tense_of(m)
        y = cur_y
        if tense == PAST and start > dct:
            y -= 1
        elif tense == FUTURE and month_end(*add_months(cur_y, first, 2)) < dct:
            y += 1
    return "DATE", f"{y:04d}-{s}", mod


def h_relunit(m: re.Match[str], doc: Doc) -> Result | None:
    rel = _norm(m["rel"])
    unit = _norm(m["unit"])
    mod = _span_mod(m["mod"])
    fiscal = " year" in unit
    if fiscal:
        unit = "year"
    if rel == "the" and unit in ("week", "month", "decade") and not m["mod"]:
        return None
    prev = doc.text[max(0, m.start() - 8) : m.start()].split()
    if (
        rel == "the"
        and unit == "year"
        and not m["mod"]
        and prev
        and prev[-1].lower() in ("for", "during", "over", "throughout")
        and not _norm(m["unit"]).startswith("full")
    ):
        return "DURATION", "P1Y", ""
    if rel == "the" and unit == "year" and not (m["mod"] or fiscal):
        if not doc.dct:
            return "DATE", "XXXX", ""
        y = _anchor_year(doc) or doc.dct.year
        return "DATE", f"{y:04d}", ""
    if not doc.dct:
        return (
            "DATE",
            {
                "week": "XXXX-WXX",
                "month": "XXXX-XX",
                "year": "XXXX",
                "weekend": "XXXX-WXX-WE",
                "decade": "XXX",
            }[unit],
            mod,
        )
    dct = doc.dct
    if rel in ("that",):
        if unit == "year":
            return "DATE", f"{_anchor_year(doc):04d}", mod
        return None
    if (
        rel in ("the past", "past", "the latest", "the prior")
        and unit in ("week", "month", "year", "decade")
        and not m["mod"]
    ):
        return "DURATION", _duration_value(1, unit, doc.lex), ""
    step = 0
    if rel in ("last", "the previous", "this past", "the prior", "the past"):
        step = -1
    elif rel in ("next", "the coming", "this coming"):
        step = 1
    if unit == "week":
        return "DATE", week_value(dct + timedelta(weeks=step)), mod
    if unit == "weekend":
        sat = dct + timedelta(days=6 - dct.isoweekday())  # Saturday of this ISO week
        if rel in ("the", "") or rel == "this" and False:
            tense = doc.tense_of(m)
            if tense == PAST or (tense == "" and dct.isoweekday() <= 2):
                sat = sat - timedelta(weeks=1) if dct.isoweekday() < 6 else sat
        elif step == -1:
            sat = sat - timedelta(weeks=1) if dct.isoweekday() < 6 else sat - timedelta(weeks=1)
        elif step == 1:
            sat = sat + (timedelta(weeks=1) if dct.isoweekday() >= 6 else timedelta(0))
        return "DATE", week_value(sat) + "-WE", mod
    if unit == "month":
        y, mo = add_months(dct.year, dct.month, step)
        return "DATE", f"{y:04d}-{mo:02d}", mod
    if unit == "year":
        return "DATE", f"{dct.year + step:04d}", mod
    if unit == "decade":
        if step == -1 and rel in ("the past", "past"):
            return "DURATION", "P10Y", ""
        return "DATE", f"{dct.year // 10 + step:03d}", mod
    return None


def h_anaphor(m: re.Match[str], doc: Doc) -> Result | None:
    unit = _norm(m["u1"] or m["u2"] or m["u3"])
    which = _norm(m["which"] or m["dir"] or m["that"])
    base = _anchor_date(doc)
    if base is None:
        return (
            ("DATE" if unit not in ("morning", "night", "evening", "afternoon") else "TIME"),
            "XXXX-XX-XX",
            "",
        )
    if m["rel2"] == "yesterday" or (m["rel2"] or "").lower() == "yesterday":
        base = doc.dct - timedelta(days=1)
    step = {
        "before": -1,
        "previous": -1,
        "preceding": -1,
        "prior": -1,
        "after": 1,
        "next": 1,
        "following": 1,
    }.get(which, 0)
    pod = doc.lex.parts_of_day.get(unit)
    if unit in ("day",) or pod:
        d = base + timedelta(days=step)
        return ("TIME", f"{day_value(d)}T{pod}", "") if pod else ("DATE", day_value(d), "")
    if unit == "week":
        return "DATE", week_value(base + timedelta(weeks=step)), ""
    if unit == "weekend":
        sat = base + timedelta(days=6 - base.isoweekday()) + timedelta(weeks=max(step, 0))
        return "DATE", week_value(sat) + "-WE", ""
    if unit == "month":
        y, mo = add_months(base.year, base.month, step)
        return "DATE", f"{y:04d}-{mo:02d}", ""
    if unit == "year":
        y = (_anchor_year(doc) or base.year) + step
        return "DATE", f"{y:04d}", ""
    return None


def h_ago(m: re.Match[str], doc: Doc) -> Result | None:
    lex = doc.lex
    unit = lex.unit_of(m["unit"])
    if unit is None:
        return None
    n = _num(m["n"], lex)
    direction = _norm(m["dir"])
    if direction in ("before", "after") and not re.match(r"\s*[,.;]", doc.text[m.end() : m.end() + 2]):
        return None
    mod = _span_mod(m["amod"])
    if n is None:
        if direction in ("later", "after", "earlier", "before"):
            return "DURATION", _duration_value(None, unit, lex), mod
        return "DATE", "PAST_REF" if direction in ("ago", "previously", "back") else "FUTURE_REF", mod
    if not doc.dct:
        return "DATE", "XXXX-XX-XX", mod
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "back") else 1
    anaphoric = direction not in ("ago", "from now", "hence", "back")
    base = _anchor_date(doc) if anaphoric else doc.dct
    base = base or doc.dct
    k = int(n) if n == int(n) else n
    info = lex.units[unit]
    if info.get("clock"):
        return None
    if unit in ("year", "decade", "century"):
        years = int(n * {"year": 1, "decade": 10, "century": 100}[unit])
        if unit == "year" and k == 1 and doc.quarter and m.start() - doc.quarter_end < QUARTER_WINDOW:
            return "DATE", _quarter_value(doc.quarter[0] - 1, doc.quarter[1]), mod
        return "DATE", f"{base.year + sign * years:04d}", mod
    if unit in ("month", "quarter"):
        months = int(n * (3 if unit == "quarter" else 1))
        y, mo = add_months(base.year, base.month, sign * months)
        return "DATE", f"{y:04d}-{mo:02d}", mod
    if unit in ("week", "fortnight"):
        w = int(n * (2 if unit == "fortnight" else 1))
        return "DATE", week_value(base + timedelta(weeks=sign * w)), mod
    if unit in ("day", "night"):
        return "DATE", day_value(base + timedelta(days=sign * int(k))), mod
    return None


def h_duration(m: re.Match[str], doc: Doc) -> Result | None:
    lex = doc.lex
    unit = lex.unit_of(m["unit"])
    if unit is None:
        return None
    nword = _norm(m["n"])
    if unit == "second" and not re.match(r"\d|[a-z]+(?<!^a)$", nword):
        return None
    if unit == "second" and nword in ("a", "an"):
        return None
    n = _num(m["n"], lex)
    if n is None and nword not in lex.vague_quantities and nword not in ("few",):
        return None
    if n is not None and n > 10000:
        return None
    unit_word = m["unit"]
    if (
        unit_word[0].isupper()
        and m.start("unit") > 0
        and not re.search(r"(?:^|[.!?\n]\s*)$", doc.text[: m.start()][-3:])
    ):
        return None  # "60 Minutes", "This Week": a title, not a duration
    if unit == "quarter" and (nword in ("a", "an") or "-" in doc.text[m.end("n") : m.start("unit")]):
        return None  # "a quarter of", "three-quarters": fractions
    if nword in ("a", "an") and (unit == "night" or m["unit"].lower().endswith("s")):
        return None  # "a night", "a months-long siege"
    if m["long"] and m["long"].lower() == "-old":
        return None  # ages ("a 6-year-old") are not time expressions in TimeBank
    if re.search(r"and\s+a\s+half$", m.group(), re.I) and n is not None:
        n += 0.5
    dmods = _norm(m.group())
    # "$5 a year", "twice a day": handled by the set patterns
    if nword in ("a", "an") and re.search(
        r"(?:[\d%]|percent|million|billion|cents?|dollars?)\s*$", doc.text[max(0, m.start() - 20) : m.start()]
    ):
        return "SET", _duration_value(1, unit, lex), ""
    mod = ""
    for k, v in MOD_WORDS.items():
        if dmods.startswith(k + " "):
            mod = v
            break
    if unit == "weekend" and n == 1:
        return None
    return "DURATION", _duration_value(n, unit, lex), mod


def h_bareunit(m: re.Match[str], doc: Doc) -> Result | None:
    unit = doc.lex.unit_of(m["unit"])
    if unit is None:
        return None
    x = _norm(m["x"])
    if x.startswith("recent") and unit in ("day", "week"):
        return "DATE", "PAST_REF", ""
    if x.startswith("coming") and unit in ("day", "week", "month"):
        return "DATE", "FUTURE_REF", ""
    return "DURATION", _duration_value(None, unit, doc.lex), ""


def h_set(m: re.Match[str], doc: Doc) -> Result | None:
    lex = doc.lex
    if m["freq"]:
        return "SET", lex.frequency_words[m["freq"].lower()], ""
    if m["times"]:
        unit = lex.unit_of(m["tu"])
        return ("SET", _duration_value(1, unit, lex), "") if unit else None
    su = m["sunit"]
    low = su.lower().rstrip(".")
    if m["ev"].lower() == "per" and low not in lex.units:
        return None
    if low in lex.weekdays and su[0].isupper():
        return "SET", f"XXXX-WXX-{lex.weekdays[low]}", ""
    if low in lex.months and su[0].isupper():
        return "SET", f"XXXX-{lex.months[low]:02d}", ""
    if low in lex.seasons:
        return "SET", f"XXXX-{lex.seasons[low]}", ""
    if low in lex.parts_of_day:
        return "SET", f"XXXX-XX-XXT{lex.parts_of_day[low]}", ""
    unit = lex.unit_of(low)
    if unit is None:
        return None
    n = _num(m["sn"], lex) if m["sn"] else 1
    if m["other"] and m["other"].lower() == "other":
        n = 2 * (n or 1)
    return "SET", _duration_value(n, unit, lex), ""


def h_moneyrate(m: re.Match[str], doc: Doc) -> Result | None:
    unit = doc.lex.unit_of(m["tu"])
    return ("SET", _duration_value(1, unit, doc.lex), "") if unit else None


def h_ref(m: re.Match[str], doc: Doc) -> Result | None:
    g = _norm(m.group())
    if m["present"]:
        if g in ("the moment", "this time", "so far"):
            return None
        return "DATE", "PRESENT_REF", ""
    if m["past"]:
        if g in ("once again", "earlier"):
            return None
        if g == "in the past":
            return None  # the tagger reports "the past" (TimeML extent) via the shorter match
        return "DATE", "PAST_REF", ""
    if m["future"]:
        if g in ("shortly", "eventually", "later this", "one day"):
            return None
        if (
            g == "future"
            and not re.match(
                r"\s+(?:talks|negotiations|meetings|generations|years|elections|relations|cooperation|plans|of)\b",
                doc.text[m.end() : m.end() + 15],
            )
            and not re.search(r"\b(?:in|the)\s+$", doc.text[max(0, m.start() - 5) : m.start()])
        ):
            return None
        return "DATE", "FUTURE_REF", ""
    if m["current"]:
        w = m["current"].lower()
        if w == "current" and CURRENT_AS_PRESENT:
            if re.match(
                r"\s+(?:account|accounts|affairs|events|electric|flow|flows|carrying|rules)\b",
                doc.text[m.end() : m.end() + 14],
            ):
                return None
            return "DATE", "PRESENT_REF", ""
        if w == "recent" and RECENT_AS_PAST:
            return "DATE", "PAST_REF", ""
    return None


def h_yearago(m: re.Match[str], doc: Doc) -> Result | None:
    if not doc.dct:
        return "DATE", "XXXX", ""
    if doc.quarter and m.start() - doc.quarter_end < QUARTER_WINDOW:
        return "DATE", _quarter_value(doc.quarter[0] - 1, doc.quarter[1]), ""
    return "DATE", f"{(_anchor_year(doc) or doc.dct.year) - 1:04d}", ""


def h_spokenyear(m: re.Match[str], doc: Doc) -> Result | None:
    tens = {
        "ten": 10,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
    }
    y = (
        (19 if m["c"].lower() == "nineteen" else 20) * 100
        + tens[m["dec"].lower()]
        + (int(doc.lex.numbers[m["unit1"].lower()]) if m["unit1"] else 0)
    )
    if m["mon"]:
        return "DATE", f"{y:04d}-{_month_num(m['mon'], doc.lex):02d}", ""
    return "DATE", f"{y:04d}", ""


def _holiday_date(name: str, y: int, lex: Lexicon) -> date:
    if name in lex.holidays_fixed:
        mo, d = lex.holidays_fixed[name]
        return date(y, mo, d)
    rule = lex.holidays_rule[name]
    if rule == "thanksgiving":  # fourth Thursday of November
        first = date(y, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if rule == "election_day":  # Tuesday after the first Monday of November
        first = date(y, 11, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7 + 1)
    if rule == "labor_day":
        first = date(y, 9, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7)
    if rule == "memorial_day":
        last = date(y, 5, 31)
        return last - timedelta(days=last.weekday())
    a, b, c = y % 19, y // 100, y % 100  # Easter: anonymous Gregorian algorithm
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 19 * el) // 433
    month = (h + el - 7 * mm + 90) // 25
    easter = date(y, month, (h + el - 7 * mm + 33 * month + 19) % 32)
    return easter - timedelta(days=2) if rule == "good_friday" else easter


def h_holiday(m: re.Match[str], doc: Doc) -> Result | None:
    name = _norm(m["hol"])
    if m["y"]:
        return "DATE", day_value(_holiday_date(name, int(m["y"]), doc.lex)), ""
    if not doc.dct:
        return "DATE", "XXXX-XX-XX", ""
    dct, rel = doc.dct, _norm(m["rel"])
    cands = [_holiday_date(name, y, doc.lex) for y in (dct.year - 1, dct.year, dct.year + 1)]
    if rel == "last":
        return "DATE", day_value(max(c for c in cands if c < dct)), ""
    if rel == "next":
        return "DATE", day_value(min(c for c in cands if c > dct)), ""
    tense = doc.tense_of(m)
    best = min(cands, key=lambda c: (_distance(c, c, dct, tense), c.year != dct.year))
    return "DATE", day_value(best), ""


def h_longunit(m: re.Match[str], doc: Doc) -> Result | None:
    word = m["unit"].lower()
    unit = doc.lex.unit_of(word)
    if unit is None:
        return None
    return "DURATION", _duration_value(None if word.endswith("s") else 1, unit, doc.lex), ""


def h_ahead(m: re.Match[str], doc: Doc) -> Result | None:
    unit = doc.lex.unit_of(m["unit"])
    return ("DURATION", _duration_value(None, unit, doc.lex), "") if unit else None


def h_yearend(m: re.Match[str], doc: Doc) -> Result | None:
    if not doc.dct:
        return "DATE", "XXXX", "END"
    rel = _norm(m["rel"])
    y = doc.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    return "DATE", f"{y:04d}", "END"


HANDLERS = {
    "ahead": h_ahead,
    "longunit": h_longunit,
    "yearend": h_yearend,
    "holiday": h_holiday,
    "yearago": h_yearago,
    "spokenyear": h_spokenyear,
    "iso": h_iso,
    "numeric": h_numeric,
    "mdy": h_mdy,
    "dmy": h_dmy,
    "month": h_month,
    "weekday": h_weekday,
    "dayword": h_dayword,
    "pod": h_pod,
    "time": h_time,
    "year": h_year,
    "decade": h_decade,
    "century": h_century,
    "quarter": h_quarter,
    "period": h_period,
    "half": h_half,
    "season": h_season,
    "relunit": h_relunit,
    "anaphor": h_anaphor,
    "ago": h_ago,
    "duration": h_duration,
    "bareunit": h_bareunit,
    "set": h_set,
    "moneyrate": h_moneyrate,
    "ref": h_ref,
}

__all__ = ["HANDLERS", "Doc", "interval_of", "month_end", "shift_years"]
