"""Handlers for expressions that name a calendar date or time: "March 5, 1996", "Monday night",
"10 a.m.", "1990s", "Christmas". Each returns (type, value, mod), or None for a false friend."""

from __future__ import annotations

import csv
import re
import warnings
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from pipeline import settings
from pipeline.timex.context import FUTURE, PAST, past_event_before
from pipeline.timex.lexicon import Lexicon, load_lexicon
from pipeline.timex.resolve import (
    DETERMINERS,
    MONTH_CUES,
    PAST_EVENT_FACTOR,
    WRONG_TENSE_FACTOR_MONTH,
    Doc,
    Result,
    _anchor_date,
    _anchor_year,
    _dateparser_day,
    _distance,
    _month_num,
    _norm,
    _sentence_start,
    _span_mod,
    _weekday_date,
    _year_for_day,
    _year_for_month,
)
from pipeline.timex.values import PERIOD_VALUE, add_months, day_value, interval_of, month_end, week_value

# Words before a possessive weekday ("ahead of Friday's vote") searched for a future cue; a
# cue further away leaves the day to the nearest-date rule (TBAQ-cleaned).
POSSESSIVE_CUE_WORDS = 3


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


def _rely_year(rely: str, doc: Doc) -> int:
    """The year of "May last year", "January 1 next year", "March the following year"."""
    dct = doc.dct
    rely = _norm(rely).replace("of ", "")
    base = {"last year": dct.year - 1, "this year": dct.year, "next year": dct.year + 1}.get(rely)
    if base is None:
        base = _anchor_year(doc) or dct.year
        if rely == "the previous year":
            base -= 1
        elif rely == "the following year":
            base += 1
    return base


def h_mdy(m: re.Match[str], doc: Doc) -> Result | None:
    lex = doc.lex
    mod_word = m.groupdict().get("mod")
    mon = _month_num(m["mon"], lex)
    day = _day_number(m, lex)
    if m["mon"].rstrip(".").lower() == "may" and not m["y"] and m.group().startswith("May") and day > 31:
        return None
    if m["y"]:
        y = int(m["y"])
    elif (event_year := _event_day_year(m, doc, mon, day)) is not None:
        y = event_year  # "the Sept. 11 attacks": that day's one year, whatever the DCT
    elif m["rely"] and doc.dct:  # "on January 1 next year": one expression (issue #3)
        y = _rely_year(m["rely"], doc)
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
        tense = (
            PAST
            if rel in ("last", "this past")
            else FUTURE
            if rel in ("next", "this coming")
            else doc.tense_of(m) or doc.fronted_clause(m)
        )
        factor = None
        if not rel and _past_event(m, doc, tense):
            tense, factor = PAST, PAST_EVENT_FACTOR  # "took effect on January 1": not the coming one
        y = _year_for_day(mon, day, doc.dct, tense, factor)
        # "next Jan. 1" is the first one after publication, "last Dec. 25" the latest before it
        if rel in ("next", "this coming") and (mon, day) <= (doc.dct.month, doc.dct.day):
            y = doc.dct.year + 1
        elif rel in ("last", "this past") and (mon, day) >= (doc.dct.month, doc.dct.day):
            y = doc.dct.year - 1
    else:
        return "DATE", f"XXXX-{mon:02d}-{day:02d}", _span_mod(mod_word)
    try:
        d = date(y, mon, day)
    except ValueError:
        return None
    if m.groupdict().get("weekof"):
        return "DATE", week_value(d), ""
    return "DATE", day_value(d), _span_mod(mod_word)


h_dmy = h_mdy

NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _event_day_year(m: re.Match[str], doc: Doc, mon: int, day: int) -> int | None:
    """The year of a month-day that names one widely reported event, when a noun of that
    event follows it ("the Sept. 11 attacks", lexicon event_days) and the text is not older."""
    known = doc.lex.event_days.get((mon, day))
    if known is None or ("d2" in m.re.groupindex and m["d2"]):
        return None
    year, nouns = known
    nxt = NEXT_WORD.match(doc.text, m.end())
    if not nxt or nxt.group(1).lower() not in nouns or (doc.dct and doc.dct.year < year):
        return None
    return year


def _day_number(m: re.Match[str], lex: Lexicon) -> int:
    """The day of the month of a date match: "5", "5th", or a spelled-out ordinal ("the
    twenty-third of March", dmy's `dword`)."""
    word = m.groupdict().get("dword")
    if word:
        return lex.ordinals[re.sub(r"\s+", "-", word.lower())]
    return int(re.match(r"\d+", m["d"]).group())


def _past_event(m: re.Match[str], doc: Doc, tense: str) -> bool:
    """True when a bare date is the day of a past event ("took effect on January 1", "since
    January 1", "On May 1, the storm struck"), so it cannot be after the DCT; a clause that looks ahead keeps its lean."""
    if tense == PAST and doc.fronted_past(m):
        return True  # "On May 1, the storm struck the coast": last May in a March article
    return tense != FUTURE and past_event_before(doc.text, m.start(), doc.lex)


def h_ordday(m: re.Match[str], doc: Doc) -> Result | None:
    """ "on the 15th": that day of the month the text last named (a date or a month), else
    of the publication month, moved a month back or ahead when the tense says so."""
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    if not doc.dct:
        return "DATE", f"XXXX-XX-{day:02d}", ""
    base = None
    if doc.anchor:
        s_, _, g = interval_of(doc.anchor)
        if s_ and g in ("day", "month"):
            base = (s_.year, s_.month)
    if base is None:
        y, mo = doc.dct.year, doc.dct.month
        tense = doc.tense_of(m)
        if tense == PAST and day > doc.dct.day:
            y, mo = add_months(y, mo, -1)
        elif tense == FUTURE and day < doc.dct.day:
            y, mo = add_months(y, mo, 1)
        base = (y, mo)
    try:
        return "DATE", day_value(date(base[0], base[1], day)), ""
    except ValueError:
        return None


# A bare month opening a sentence is the month when a verb follows it as its subject ("March
# was the wettest month"), not the verb "March" or a name (our dev set; TBAQ-cleaned unchanged).
MONTH_AS_SUBJECT = re.compile(r"\s+(?:was|is|has|had|will|saw|brought|marked|began|ended|became|proved)\b")


# A month naming the period of a reported figure ("October car sales rose", "September's jobs
# report") is the month wherever it stands; "May" is left out (a name or the modal as often).
MONTH_FIGURES = re.compile(
    r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:sales|exports|imports|figures|data|prices|inflation|output|production"
    r"|payrolls|jobs|unemployment|results|orders|shipments|revenue|deliveries|rainfall|temperatures)\b"
)


# "that June", "that same June": the month of the year last named, not the DCT's.
THAT_MONTH = re.compile(r"\b(?i:that)\s+(?:same\s+)?$")
# ... unless "that" opens a clause ("said that June would be decisive"): then the month is read
# as any other.
THAT_CLAUSE = re.compile(
    r"\b(?:said|says|say|told|added|noted|warned|announced|stated|claimed|insisted|argued|believed?|believes"
    r"|thinks?|thought|expects?|expected|hopes?|hoped|knows?|knew|agreed|confirmed|reported|predicted"
    r"|so|now|such)\s+that\s+$",
    re.I,
)


def h_month(m: re.Match[str], doc: Doc) -> Result | None:
    lex = doc.lex
    mon = _month_num(m["mon"], lex)
    rel, mod = _norm(m["rel"]), _span_mod(m["mod"])
    word = m["mon"].rstrip(".")
    bare = not (m["y"] or m["rely"] or rel or m["mod"])
    if bare or word.lower() == "may":
        before = doc.text[max(0, m.start() - 20) : m.start()].split()
        prev = before[-1].lower().rstrip(",") if before else ""
        if prev.rstrip(".") in lex.name_titles:
            return None
        if bare and prev not in MONTH_CUES and not (word != "May" and prev in DETERMINERS):
            subject = _sentence_start(doc.text, m.start()) and MONTH_AS_SUBJECT.match(doc.text, m.end())
            if not (subject or (word != "May" and MONTH_FIGURES.match(doc.text, m.end()))):
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
    if m["rely"]:
        return "DATE", f"{_rely_year(m['rely'], doc):04d}-{mon:02d}", mod
    if rel in ("last", "this past", "past"):
        y = dct.year if mon < dct.month else dct.year - 1
    elif rel in ("next", "this coming", "coming"):
        y = dct.year if mon > dct.month else dct.year + 1
    elif rel == "this":
        y = dct.year
    elif (
        doc.anchor
        and THAT_MONTH.search(doc.text, max(0, m.start() - 12), m.start())
        and not THAT_CLAUSE.search(doc.text, max(0, m.start() - 30), m.start())
        and doc.tense_of(m) != FUTURE
    ):
        # "In 2019 ... That June, ...": "that" points back to the year the text last named
        y = _anchor_year(doc) or dct.year
    else:
        tense = doc.tense_of(m) or doc.fronted_clause(m)
        if _past_event(m, doc, tense):  # "the rules took effect in January", "since January"
            y = _year_for_month(mon, dct, PAST, PAST_EVENT_FACTOR)
        else:
            y = _year_for_month(mon, dct, tense)
    return "DATE", f"{y:04d}-{mon:02d}", mod


# A weekday listed right after "every Monday" recurs too ("every Monday and Thursday").
SET_LIST_BEFORE = re.compile(
    r"\b(?:every|each)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?(?:,\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?)*"
    r"(?:,\s*|\s+(?:and|or)\s+|,\s*(?:and|or)\s+)$"
)


# A weekday listed before a plural part of day shares it: "on Monday and Tuesday nights",
# "Monday, Wednesday and Friday mornings" are weekly nights and mornings, each of them (TimeML
# SET; TimeBank).
SHARED_PLURAL_POD = re.compile(
    r"(?:,\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)*,?\s+(?:and|or|&)\s+"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(morning|afternoon|evening|night)s\b"
)


def h_weekday(m: re.Match[str], doc: Doc) -> Result | None:
    lex = doc.lex
    before = doc.text[max(0, m.start() - 12) : m.start()].split()
    prev = before[-1].lower().rstrip(".,") if before else ""
    if prev in lex.name_titles:
        return None
    if before and before[-1][:1].isupper() and prev in lex.weekday_name_leaders and not m["rel"]:
        return None  # "Black Friday", "Fox News Sunday": a name
    if prev == "on":
        paper = re.search(r"\b([A-Z][a-z]+)\s+on\s+$", doc.text[max(0, m.start() - 20) : m.start()])
        if paper and paper.group(1).lower() in lex.weekday_on_names:
            return None  # "the Mail on Sunday": a newspaper
    after = doc.text[m.end("wd") : m.end("wd") + 30]
    nxt = re.match(r"\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", after)
    if nxt:
        words = nxt.group(1).lower()
        if words in lex.weekday_name_followers or words.split()[0] in lex.weekday_name_followers:
            return None
    wd = lex.weekdays[m["wd"].lower()]
    pod = lex.parts_of_day.get(_norm(m["pod"]), "")
    if m["pl"] or (m["pod"] and m.group().lower().endswith("s")) and not m["poss"]:
        return "SET", f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), ""
    if prev in ("every", "each") or SET_LIST_BEFORE.search(doc.text, max(0, m.start() - 40), m.start()):
        return "SET", f"XXXX-WXX-{wd}", ""  # "every Monday and Thursday": both days recur
    shared = SHARED_PLURAL_POD.match(doc.text, m.end()) if not (m["pod"] or m["poss"] or m["wk"]) else None
    if shared:  # "flights leave on Monday and Tuesday nights": Monday nights recur too
        return "SET", f"XXXX-WXX-{wd}T{lex.parts_of_day[shared.group(1).lower()]}", ""
    mod = _span_mod(m["mod"])
    if not doc.dct:
        return ("TIME" if pod else "DATE"), f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""), mod
    tense = doc.tense_of(m, far_past=True) or doc.fronted_clause(m)
    if m["poss"] and tense == FUTURE:
        # "get around Wednesday's ruling": a far modal rarely reaches a possessive day, which
        # names an event already reported unless a close cue says otherwise ("ahead of")
        near = re.findall(r"[a-z]+", doc.text[max(0, m.start() - 40) : m.start()].lower())[
            -POSSESSIVE_CUE_WORDS:
        ]
        if not any(w in doc.lex.future_cues for w in near):
            tense = ""
    rel = _norm(m["rel"])
    if not rel and _deadline_ahead(doc, m.start()):
        tense = FUTURE  # "were told to leave by Saturday": the coming one
    if rel.startswith("the "):  # "the previous Friday": the one before the last day named
        base = _anchor_date(doc) or doc.dct
        back = rel != "the following"
        step = (base.isoweekday() - wd) % 7 or 7
        d = base - timedelta(days=step) if back else base + timedelta(days=(wd - base.isoweekday()) % 7 or 7)
    else:
        d = _weekday_date(wd, doc.dct, tense, rel)
        named = (
            None
            if rel
            else WEEK_NAMED_BEFORE.search(doc.text, max(0, m.start() - WEEK_NAMED_CHARS), m.start())
        )
        if named:
            # "next week's meeting on Tuesday", "last week, on Thursday": the day of the week the
            # sentence has just named
            step = {"last": -1, "next": 1}.get(named.group(1).lower(), 0)
            d = doc.dct + timedelta(days=wd - doc.dct.isoweekday(), weeks=step)
    if m["wk"]:  # "Friday last week": that week's Friday
        step = {"last": -1, "next": 1}.get(m["wk"].lower(), 0)
        d = doc.dct + timedelta(days=wd - doc.dct.isoweekday(), weeks=step)
    if pod:
        return "TIME", f"{day_value(d)}T{pod}", mod
    return "DATE", day_value(d), mod


# A weekday closing a deadline the clause sets ("were told to leave by Saturday", "agreed to
# reply by midnight on Saturday", "had to end by noon on Friday", "a deadline of Friday") is the
# coming one whatever the tense of the verb that reports it (TBAQ-cleaned is silent: its few
# "by <weekday>" have no obligation before them, "filed reports by Wednesday" stays past).
DEADLINE_CUT = re.compile(
    r"(?:\b(?:by|until|till|no\s+later\s+than)|\b(?:deadline|ultimatum)\s+(?:of|is|at|for))\s+"
    r"(?:(?:midnight|noon|\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)\s+(?:on\s+)?)?$",
    re.I,
)
DEADLINE_OBLIGATION = re.compile(
    r"\b(?:must|(?:has|have|had|need|needs|needed)\s+to|(?:is|are|was|were)\s+due\s+to|deadline|ultimatum"
    r"|(?:told|ordered|asked|agreed|promised|pledged|vowed|urged|instructed|required|given|gave)\b)",
    re.I,
)
# How far back in its clause the obligation may stand (characters).
DEADLINE_CHARS = 80
CLAUSE_BREAK = re.compile(r"[.;:!?]\s|\bhad\s+been\b", re.I)


def _deadline_ahead(doc: Doc, start: int) -> bool:
    """True when the weekday or clock time at `start` ends a deadline its clause sets. A
    pluperfect ("had been given until Saturday") tells a deadline already behind, so not then."""
    cut = DEADLINE_CUT.search(doc.text, max(0, start - 40), start)
    if not cut:
        return False
    lo = max(0, cut.start() - DEADLINE_CHARS)
    breaks = list(CLAUSE_BREAK.finditer(doc.text, lo, cut.start()))
    if breaks and breaks[-1].group().lower().startswith("had"):
        return False
    lo = breaks[-1].end() if breaks else lo
    return DEADLINE_OBLIGATION.search(doc.text, lo, cut.end()) is not None


# "next week's meeting on Tuesday", "next week, on Tuesday": a week named at most three plain
# words before a weekday is the week the day falls in ("who died last week, will be buried on
# Wednesday" is another clause)
WEEK_NAMED_CHARS = 40
WEEK_NAMED_BEFORE = re.compile(r"\b((?i:next|last|this))\s+week(?:['’]s)?(?:\s+[a-z]+){0,3}?,?\s+(?:on\s+)?$")
POSSESSIVE_END = re.compile(r"['’]s$")
GENERIC_OF_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:[a-z]+\s+)?[a-z]+s?\s+of\s+$", re.I)


# A capitalised word right before a capitalised "Today" ("USA Today", "This is VOA Today"): a
# title, as "60 Minutes" is (TBAQ-cleaned leaves it out)
TITLE_WORD_BEFORE = re.compile(r"(?-i:\b[A-Z][A-Za-z.&]*) $")


def h_dayword(m: re.Match[str], doc: Doc) -> Result | None:
    dw = _norm(m["dw"])
    if (
        m["dw"]
        and not m["mod"]
        and m["dw"][0].isupper()
        and TITLE_WORD_BEFORE.search(doc.text, max(0, m.start() - 20), m.start())
        and not _sentence_start(doc.text, m.start())
    ):
        return None
    off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}.get(dw)
    if m["dd"]:
        off = -2 if "yesterday" in m["dd"].lower() else 2
    pod = doc.lex.parts_of_day.get(_norm(m["pod"]) or (dw if dw == "tonight" else ""), "")
    mod = _span_mod(m["mod"])
    if dw == "today" and re.search(r"['’]s$", m.group()):
        nxt = re.findall(r"[a-z]+", doc.text[m.end() : m.end() + 30])[:2]
        if any(w in doc.lex.generic_today_nouns for w in nxt):
            return None  # "today's youth", "many of today's personal computers": the era
    if (
        dw == "tomorrow"
        and not m["pod"]
        and not POSSESSIVE_END.search(m.group())
        and GENERIC_OF_BEFORE.search(doc.text, max(0, m.start() - 40), m.start())
    ):
        return None  # "the people of tomorrow", "the cities of tomorrow": the future at large
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
        if m["owd"]:  # "overnight Tuesday": that weekday's night, one expression (wire style)
            d = _weekday_date(doc.lex.weekdays[m["owd"].lower()], doc.dct, doc.tense_of(m), "")
            return "TIME", f"{day_value(d)}TNI", ""
        return "TIME", f"{day_value(doc.dct - timedelta(days=1))}TNI", ""
    if m["pod3"]:
        pod = doc.lex.parts_of_day[_norm(m["pod3"])]
        d = _anchor_date(doc)
        return "TIME", f"{day_value(d)}T{pod}" if d else f"XXXX-XX-XXT{pod}", "MID"
    rel = _norm(m["rel"] or m["rel2"])
    pod = doc.lex.parts_of_day[_norm(m["pod"] or m["pod2"])]
    mod = _span_mod(m["mod"] or m["mod2"])
    if not doc.dct:
        return "TIME", f"XXXX-XX-XXT{pod}", mod
    off = {"this": 0, "today": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    if rel == "last" and pod != "NI":
        return None
    return "TIME", f"{day_value(doc.dct + timedelta(days=off))}T{pod}", mod


HIGH_BEFORE = re.compile(r"\bhigh\s+$", re.I)


def h_time(m: re.Match[str], doc: Doc) -> Result | None:
    if m["noon"]:
        if m["noon"][0].isupper() and not _sentence_start(doc.text, m.start("noon")):
            return None  # "High Noon"
        if HIGH_BEFORE.search(doc.text, max(0, m.start("noon") - 6), m.start("noon")):
            return None  # "high noon comes today": the showdown, not twelve o'clock
        w = m["noon"].lower()
        hh, mm = (24, 0) if w == "midnight" else (12, 0)
    elif m["h24"]:
        hh, mm = int(m["h24"]), int(m["mi24"])
    elif m["mh"]:
        hh, mm = int(m["mh"]), int(m["mm"])
    elif m["hoc"]:
        hh, mm = int(m["hoc"]), 0  # "at 3 o'clock": the clock hour as written
        if not 0 < hh <= 12:
            return None
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
        tense = FUTURE if _deadline_ahead(doc, m.start()) else doc.tense_of(m)
        d = _weekday_date(doc.lex.weekdays[m["wd"].lower()], doc.dct, tense, "")
    elif m["dw"]:
        d = doc.dct + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["dw"].lower()])
    elif m["mon"] or m["mon2"]:  # "at 00:00 GMT on 1 March", "at 9 a.m. on March 1, 2024"
        mon = _month_num(m["mon"] or m["mon2"], doc.lex)
        day = int(re.match(r"\d+", m["d"] or m["dd"]).group())
        tense = doc.tense_of(m)
        if m["ty"]:
            y = int(m["ty"])
        elif _past_event(m, doc, tense):  # "the ban took effect at midnight on January 1"
            y = _year_for_day(mon, day, doc.dct, PAST, PAST_EVENT_FACTOR)
        else:
            y = _year_for_day(mon, day, doc.dct, tense)
        try:
            d = date(y, mon, day)
        except ValueError:
            return None
    else:
        d = _anchor_date(doc) or doc.dct
    return "TIME", day_value(d) + clock, mod


# A year right after a capitalised word inside a sentence belongs to a name ("Euro 2016",
# "Expo 2020", "Vision 2030"); TBAQ-cleaned has one such year ("Orion 1980"), untagged.
NAME_BEFORE_YEAR = re.compile(r"[a-z,;]\s+([A-Z][a-z]+)\s+$")
NAME_NOT_BEFORE_YEAR = frozenset(
    "fiscal financial calendar spring summer fall autumn winter christmas easter early late mid".split()
)


def h_year(m: re.Match[str], doc: Doc) -> Result | None:
    if m["fyy"]:  # "FY23": the century that puts it nearest the DCT
        y = 2000 + int(m["fyy"])
        if doc.dct and y > doc.dct.year + 50:
            y -= 100
        return "DATE", f"{y:04d}", ""
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
        name = NAME_BEFORE_YEAR.search(before)
        if (
            name
            and name.group(1).lower() not in lex.months
            and name.group(1).lower() not in NAME_NOT_BEFORE_YEAR
        ):
            return None  # "the Euro 2016 tournament", "Vision 2030": part of a name
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
    if not m["c"]:  # "the year two thousand (and five)"
        y = 2000 + (int(doc.lex.numbers[m["unit2"].lower()]) if m["unit2"] else 0)
        return "DATE", f"{y:04d}", ""
    y = (
        (19 if m["c"].lower() == "nineteen" else 20) * 100
        + tens[m["dec"].lower()]
        + (int(doc.lex.numbers[m["unit1"].lower()]) if m["unit1"] else 0)
    )
    if m["mon"]:
        return "DATE", f"{y:04d}-{_month_num(m['mon'], doc.lex):02d}", ""
    if m["season"]:
        return "DATE", f"{y:04d}-{doc.lex.seasons[m['season'].lower()]}", ""
    return "DATE", f"{y:04d}", ""


def _easter(y: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 19 * el) // 433
    month = (h + el - 7 * mm + 90) // 25
    return date(y, month, (h + el - 7 * mm + 33 * month + 19) % 32)


def _holiday_date(name: str, y: int, lex: Lexicon) -> date:
    if name in lex.holidays_fixed:
        mo, d = lex.holidays_fixed[name]
        return date(y, mo, d)
    rule = lex.holidays_rule[name]
    if "easter" in rule:
        return _easter(y) + timedelta(days=rule["easter"])
    month, weekday, nth = rule["month"], rule["weekday"], rule["nth"]
    if nth < 0:  # last such weekday of the month
        last = month_end(y, month)
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(y, month, rule.get("from_day", 1))
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))


# A holiday of another calendar: its first and last day (the same for a one-day holiday).
Occurrence = tuple[date, date]
HOLIDAY_TABLE_PATH = settings.DATA_DIR / "knowledge" / "holiday_dates.csv"


@lru_cache(maxsize=1)
def _holiday_table() -> dict[str, tuple[date, ...]]:
    """data/knowledge/holiday_dates.csv: the days of the lunisolar holidays no library computes
    (Lunar New Year, Tet, Diwali, Vesak), per holiday in date order."""
    out: dict[str, list[date]] = {}
    with open(HOLIDAY_TABLE_PATH, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["holiday"], []).append(date.fromisoformat(row["date"]))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _native_days(rule: dict[str, Any], year: int) -> list[date]:
    """The first days of a calendar holiday that fall in Gregorian `year` (an Islamic holiday
    can fall twice in one year)."""
    # convertdate costs ~40 ms to import: only texts that name such a holiday pay it
    from convertdate import hebrew, islamic, julian, persian
    from convertdate import holidays as cd_holidays

    cal = rule["cal"]
    if cal == "table":
        return [d for d in _holiday_table().get(rule["table"], ()) if d.year == year]
    if cal == "orthodox_easter":
        return [date(*cd_holidays.easter(year, church="orthodox"))]
    mo, d = (int(x) for x in rule["md"].split("-"))
    if cal == "persian":
        return [date(*persian.to_gregorian(year - 621, mo, d))]
    if cal == "julian":  # Julian 25 December of the year before is Gregorian 7 January
        days = [date(*julian.to_gregorian(y, mo, d)) for y in (year - 1, year)]
    elif cal == "hebrew":  # Hebrew years start in the autumn (Tishrei, month 7)
        days = []
        with warnings.catch_warnings():  # convertdate 2.5 calls its own deprecated month_days
            warnings.simplefilter("ignore", DeprecationWarning)
            for y in (year + 3760, year + 3761):
                m = 13 if mo == 12 and hebrew.leap(y) else mo  # Adar II in a leap year
                days.append(date(*hebrew.to_gregorian(y, m, d)))
    else:  # islamic: 33 lunar years to 32 solar ones
        first = islamic.from_gregorian(year, 1, 1)[0]
        days = [date(*islamic.to_gregorian(y, mo, d)) for y in (first - 1, first, first + 1, first + 2)]
    return sorted(x for x in days if x.year == year)


def _native_end(rule: dict[str, Any], start: date) -> date:
    """The last day of a holiday that starts on `start`: a period runs `days` days or up to the
    calendar day `until` (Ramadan ends the day before 1 Shawwal)."""
    if "days" in rule:
        return start + timedelta(days=int(rule["days"]) - 1)
    if "until" in rule:  # (Islamic months only)
        from convertdate import islamic

        mo, d = (int(x) for x in rule["until"].split("-"))
        y = islamic.from_gregorian(start.year, start.month, start.day)[0]
        nxt = date(*islamic.to_gregorian(y + (mo <= int(rule["md"].split("-")[0])), mo, d))
        return nxt - timedelta(days=1)
    return start


@lru_cache(maxsize=512)
def calendar_holiday(name: str, year: int) -> tuple[Occurrence, ...]:
    """The occurrences (first day, last day) of a holiday of another calendar ("Ramadan",
    "Passover", "Lunar New Year") that start in Gregorian `year`; empty outside a table's years.
    Computed with convertdate (Islamic, Hebrew, Persian, Julian calendars), not by hand."""
    lex = load_lexicon()
    rule = lex.holidays_calendar[name]
    if "same" in rule:
        return calendar_holiday(rule["same"], year)
    if "any" in rule:
        return tuple(sorted(o for n in rule["any"] for o in calendar_holiday(n, year)))
    return tuple((d, _native_end(rule, d)) for d in _native_days(rule, year))


def _calendar_value(occ: Occurrence) -> str:
    """A holiday's TIMEX3 value: its day, or for a period the smallest calendar unit that holds
    all of it (its month, else its year). TIMEX3 has one value per expression; find_time_expressions
    gives event rows the period's own days (see PERIOD_VALUE)."""
    first, last = occ
    if first == last:
        return day_value(first)
    return f"{PERIOD_VALUE}{day_value(first)}/{day_value(last)}"


# Words that open a sentence before a holiday's name and leave it the holiday ("During Ramadan").
SENTENCE_OPENERS = frozenset(
    "in during before after since until till by on over for at the this last next ahead throughout "
    "a an from as with like every each unlike around near through until".split()
)


def _calendar_name(m: re.Match[str], doc: Doc) -> bool:
    """A holiday of another calendar used as part of a name or a thing: "Mohammed Eid", "the
    Riverside Spring Festival", "Eid Mubarak", "a Diwali sale", "Passover recipes"."""
    before = doc.text[max(0, m.start("hol") - 30) : m.start("hol")]
    prev = re.search(r"(?:^|(?<=[^\w]))([A-Z][\w'’]*)\s+$", before)
    if prev and prev.group(1).lower() not in doc.lex.holiday_calendar_leaders:
        start = max(0, m.start("hol") - 30) + prev.start(1)
        # a sentence's first word is capitalised anyway: "During Ramadan", but "Mohammed Eid"
        if not _sentence_start(doc.text, start) or prev.group(1).lower() not in SENTENCE_OPENERS:
            return True
    after = doc.text[m.end() : m.end() + 30]
    nxt = re.match(r"[-\s]+([A-Za-z]+)", after)
    if nxt and not m["y"]:
        word = nxt.group(1)
        if word.lower() in doc.lex.holiday_name_followers:
            return True  # "the Tet offensive", "the Ramadan War"
        if word[0].isupper() and after[0] != "-" and doc.lex.months.get(word.lower()) is None:
            return word.lower() not in doc.lex.weekdays
        return word in doc.lex.holiday_object_nouns
    return False


def h_calendar_holiday(m: re.Match[str], doc: Doc, name: str) -> Result | None:
    """ "Ramadan", "Eid al-Fitr", "Rosh Hashanah", "Lunar New Year": the nearest occurrence as
    other holidays are resolved (an explicit year, "last", "next", else tense)."""
    if _calendar_name(m, doc):
        return None
    if m["y"]:
        occ = calendar_holiday(name, int(m["y"]))
        return ("DATE", _calendar_value(occ[0]), "") if occ else None
    if not doc.dct:
        return "DATE", "XXXX-XX-XX", ""
    dct, rel = doc.dct, _norm(m["rel"])
    cands = [o for y in (dct.year - 1, dct.year, dct.year + 1) for o in calendar_holiday(name, y)]
    if not cands:
        return None  # outside the years a table holds
    if rel == "last":
        past = [o for o in cands if o[0] < dct]
        return ("DATE", _calendar_value(max(past)), "") if past else None
    if rel == "next":
        coming = [o for o in cands if o[0] > dct]
        return ("DATE", _calendar_value(min(coming)), "") if coming else None
    tense = doc.tense_of(m)
    factor = WRONG_TENSE_FACTOR_MONTH
    if _past_event(m, doc, tense):
        tense, factor = PAST, PAST_EVENT_FACTOR
    current = [o for o in cands if o[0] < o[1] and o[0] <= dct <= o[1]]
    if current:  # "during Ramadan" in a report written during it: this one
        best = current[0]
    else:
        best = min(cands, key=lambda o: (_distance(o[0], o[1], dct, tense, factor), o[0].year != dct.year))
    if m["hweek"] and m["hweek"].lower() == "weekend":
        return "DATE", _weekend_nearest(best[0]), ""
    if m["hweek"]:
        return "DATE", week_value(best[0]), ""
    return "DATE", _calendar_value(best), ""


MONTH_WEEK_NTH = {"first": 1, "1st": 1, "opening": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
MONTH_WEEK_NTH |= {"fourth": 4, "4th": 4, "last": -1, "final": -1, "closing": -1}


def h_monthweek(m: re.Match[str], doc: Doc) -> Result | None:
    """ "The first week of April": days 1-7 of the month (8-14 the second..., the last seven days
    the last one) for event rows; TimeML's value is the ISO week that holds most of those days
    (the one with their middle day, as ISO's week 1 is the one with 4 January)."""
    nth = MONTH_WEEK_NTH[m["nth"].lower()]
    if m["rel"]:
        if not doc.dct:
            return "DATE", "XXXX-XX", ""
        step = {"this": 0, "next": 1, "last": -1}[m["rel"].lower()]
        y, mon = add_months(doc.dct.year, doc.dct.month, step)
    else:
        mon = _month_num(m["mon"], doc.lex)
        if m["y"]:
            y = int(m["y"])
        elif doc.dct:
            y = _year_for_month(mon, doc.dct, doc.tense_of(m))
        else:
            return "DATE", f"XXXX-{mon:02d}", ""
    if nth > 0:
        first = date(y, mon, 1) + timedelta(days=7 * (nth - 1))
    else:
        first = month_end(y, mon) - timedelta(days=6)
    last = first + timedelta(days=6)
    return (
        "DATE",
        f"{PERIOD_VALUE}{day_value(first)}/{day_value(last)}={week_value(first + timedelta(days=3))}",
        "",
    )


def h_yearturn(m: re.Match[str], doc: Doc) -> Result | None:
    """ "At the turn of the year": the start of a year (TimeML: that year, mod START); event rows
    get December before and January after (the phrase is loose, a month either side). Which New
    Year: the one gone for a past verb, the coming one for a future verb, else the nearer one."""
    if not doc.dct:
        return "DATE", "XXXX", "START"
    dct, tense = doc.dct, doc.tense_of(m)
    if tense == PAST:
        y = dct.year
    elif tense == FUTURE:
        y = dct.year + 1
    else:
        y = dct.year + (dct.month >= 7)
    return "DATE", f"{PERIOD_VALUE}{y - 1:04d}-12-01/{y:04d}-01-31={y:04d}", "START"


def h_named(m: re.Match[str], doc: Doc) -> Result | None:
    """ "9/11": a date with a name of its own, the same whatever the publication date."""
    return "DATE", doc.lex.named_dates[m["named"]], ""


def h_holiday(m: re.Match[str], doc: Doc) -> Result | None:
    name = _norm(m["hol"]).replace("’", "'")
    if name in doc.lex.holidays_calendar:
        return h_calendar_holiday(m, doc, name)
    nxt = re.match(r"\s+([A-Z][a-z]+)", doc.text[m.end() : m.end() + 20])
    if nxt and nxt.group(1).lower() in doc.lex.holiday_name_followers:
        return None  # "the Good Friday Agreement", "the Easter Rising": a name
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
    # a named day of the year leans with the tense as a bare month does: "hoped to finish
    # before Christmas" in March is the coming one (dev set); "closed on Christmas Day" is the
    # one gone
    factor = WRONG_TENSE_FACTOR_MONTH
    if _past_event(m, doc, tense):
        tense, factor = PAST, PAST_EVENT_FACTOR
    best = min(cands, key=lambda c: (_distance(c, c, dct, tense, factor), c.year != dct.year))
    if m["hweek"] and m["hweek"].lower() == "weekend":
        return "DATE", _weekend_nearest(best), ""  # "the Easter weekend", "Memorial Day weekend"
    if m["hweek"]:  # "Easter week", "Christmas week": the (ISO) week the day falls in
        return "DATE", week_value(best), ""
    return "DATE", day_value(best), ""


def _weekend_nearest(d: date) -> str:
    """The weekend a holiday names ("Memorial Day weekend", "Thanksgiving weekend"): the one it
    falls on, else the nearer one (a Monday's is the weekend before it, a Thursday's the one
    after; a Wednesday's the one after)."""
    wd = d.isoweekday()
    if wd >= 6:
        sat = d - timedelta(days=wd - 6)
    else:
        after = d + timedelta(days=6 - wd)  # the Saturday after
        sunday_before = d - timedelta(days=wd)
        sat = after if (after - d) <= (d - sunday_before) else sunday_before - timedelta(days=1)
    return week_value(sat) + "-WE"


def h_oldyear(m: re.Match[str], doc: Doc) -> Result | None:
    """A year before 1500 ("the cathedral was begun in 1163"): the pattern's context already
    rules out counts, so it is the year itself."""
    return "DATE", f"{int(m['y']):04d}", ""
