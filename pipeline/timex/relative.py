"""Handlers for expressions relative to the DCT or to the text: "last week", "a year earlier",
"the third quarter", "three years", "every day", "now". Each returns (type, value, mod) or None."""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.timex.context import FUTURE, PAST
from pipeline.timex.resolve import (
    _QORD,
    CURRENT_AS_PRESENT,
    MOD_WORDS,
    QUARTER_WINDOW,
    RECENT_AS_PAST,
    Doc,
    Result,
    _anchor_date,
    _anchor_year,
    _duration_value,
    _month_num,
    _norm,
    _num,
    _quarter_value,
    _sentence_start,
    _span_mod,
)
from pipeline.timex.values import add_months, day_value, interval_of, month_end, quarter_of, week_value

# "over the past year": TimeBank writes the previous calendar year (DATE), as HeidelTime does
# (2 of 2 in TBAQ-cleaned); "the past decade" stays a duration (AQUAINT P10Y).
PAST_YEAR_AS_DATE = True
# "three days later" / "a day earlier": TimeBank annotates a DURATION (P3D, P1D; 3 of 3 in
# TBAQ-cleaned); event rows still get the day it reaches as date_start/date_end.
DAYS_LATER_AS_DURATION = True
# "the quarter ended July 31", "the quarter ending Sept. 30, 1989"
_ENDED_MONTH = re.compile(
    r"\s+(?:that\s+)?(?:ended|ending)\s+(?P<mon>[A-Z][a-z]+\.?)(?:\s+\d{1,2}(?:,\s+(?P<y>\d{4}))?)?"
)


def h_quarter(m: re.Match[str], doc: Doc) -> Result | None:
    if m["qq"]:
        q = int(m["qq"][1])
        y = int(m["qqy"]) if m["qqy"] else None
        if y is None and doc.dct:
            # like "the fourth quarter": a quarter still ahead this year is last year's, unless
            # the sentence looks ahead
            later = q > quarter_of(doc.dct)
            y = doc.dct.year - 1 if later and doc.tense_of(m) != FUTURE else doc.dct.year
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
    elif _norm(m["qofrel"]) == "the":  # "the first quarter of the year": the year in view
        y = _anchor_year(doc) or dct.year
    elif m["qofrel"]:
        y = dct.year + {"this": 0, "last": -1, "next": 1}.get(_norm(m["qofrel"]), 0)
    elif "next year's" in rels:
        y = dct.year + 1
    else:
        y = None
    final = not m["qord"] and "final" in rels.split()  # "the final quarter (of last year)": Q4
    if m["qord"] or final:
        q = 4 if final else _QORD[_norm(m["qord"])]
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
        # a quarter told as an aside is not the period a report is about, and "a year ago" stays
        # on the reported one: a noun quarter with "a" ("after a flat second quarter"; "a
        # third-quarter loss" is the report's own) or a quarter not yet over told in the future
        # tense ("will result in a fourth-quarter charge") (TBAQ-cleaned)
        aside = (det == "a" and not re.match(r"-", doc.text[m.end("qord") : m.end()])) or (
            (y, q) >= (dct.year, dq) and doc.tense_of(m) == FUTURE
        )
        if y <= dct.year and not aside:
            # a quarter of a later year is an outlook, never the one a report is about: "the
            # third quarter of 1990" in October 1989 is no anchor for "the year-ago period"
            # (a fiscal "fourth quarter" can be this year's and finished, so only the year counts)
            doc.quarter, doc.quarter_end = (y, q), m.end()
        return "DATE", _quarter_value(y, q), ""
    # no ordinal: "the quarter", "this quarter", "the latest quarter", "the year-ago quarter"
    if (det == "last" and not year_ago) or "previous" in rels or "past" in rels:
        # "last year's quarter" is the quarter in view a year back, handled with year_ago below
        base = doc.quarter or (dct.year, dq)
        val_y, val_q = base[0], base[1] - 1
        if doc.quarter is None:
            val_y, val_q = dct.year, dq - 1
        return "DATE", _quarter_value(val_y, val_q), ""
    if det == "next":
        return "DATE", _quarter_value(dct.year, dq + 1), ""
    ended = _ENDED_MONTH.match(doc.text, m.end())
    if (
        ended
        and doc.quarter is None
        and not year_ago
        and det in ("the", "its", "their")
        and ended["mon"].lower().rstrip(".") in doc.lex.months
    ):
        # "the quarter ended July 31": a fiscal quarter is the calendar one that holds most of
        # its three months (May to July: the second), in the last year that month has ended; a
        # quarter already named ("its fiscal first quarter") is the one meant (TimeBank)
        end_month = _month_num(ended["mon"], doc.lex)
        if ended["y"]:
            y = int(ended["y"])
        elif doc.tense_of(m) == FUTURE:  # "the quarter ending Dec. 31 will show..."
            y = dct.year + (end_month < dct.month)
        else:
            y = dct.year - (end_month > dct.month)
        middle = date(y, end_month, 1) - timedelta(days=15)
        y, q = middle.year, quarter_of(middle)
        doc.quarter, doc.quarter_end = (y, q), m.end()
        return "DATE", _quarter_value(y, q), ""
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
    _still_in_view(doc, ref, m.end())
    return "DATE", _quarter_value(*ref), ""


def _still_in_view(doc: Doc, ref: tuple[int, int], end: int) -> None:
    """A report naming its quarter again ("in the quarter", "the latest quarter", "the 1989
    period") is still about it: "a year ago" after it is that quarter a year back, however far
    the quarter's first mention lies (TBAQ-cleaned)."""
    if doc.quarter is not None and ref == doc.quarter:
        doc.quarter_end = end


def h_period(m: re.Match[str], doc: Doc) -> Result | None:
    rels = _norm(m.group())
    if not doc.dct:
        return "DATE", "XXXX-QX", ""
    ref = doc.quarter or (doc.dct.year, quarter_of(doc.dct) - 1)
    if m["py"]:
        if doc.quarter:
            _still_in_view(doc, (int(m["py"]), ref[1]), m.end())
            return "DATE", _quarter_value(int(m["py"]), ref[1]), ""
        return "DATE", f"{int(m['py']):04d}", ""
    if any(w in rels for w in ("year-ago", "year-earlier", "last year", "a year")):
        return "DATE", _quarter_value(ref[0] - 1, ref[1]), ""
    if "same" in rels or "comparable" in rels or "corresponding" in rels:
        return None
    _still_in_view(doc, ref, m.end())
    return "DATE", _quarter_value(*ref), ""


def h_half(m: re.Match[str], doc: Doc) -> Result | None:
    if m["hh"]:  # "H1 2023" (company results)
        return "DATE", f"{int(m['hhy']):04d}-{m['hh']}", ""
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
    if (
        m["season"][0].isupper()
        and not m["sy"]
        and re.match(r"\s+[A-Z][a-z]", doc.text[m.end() : m.end() + 3])
    ):
        return None  # "the Winter Olympics", "the Spring Festival": a name
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
    that = prev == "that" and not srel
    if not (
        that or m["sy"] or srel or mod or prev in ("in", "during", "by", "since", "until", "through", "over")
    ):
        return None
    if m["sy"]:
        return "DATE", f"{int(m['sy']):04d}-{s}", mod
    if not doc.dct:
        return "DATE", f"XXXX-{s}", mod
    dct = doc.dct
    if m["syrel"]:  # "the spring of last year": that year's season, whatever the tense
        return "DATE", f"{dct.year + {'last': -1, 'next': 1}.get(m['syrel'].lower(), 0):04d}-{s}", mod
    if that and doc.anchor is not None and doc.tense_of(m) != FUTURE:
        # "The war ended in 1995. That summer, ...": the season of the year last named, as
        # "that June" (dates.py); TBAQ-cleaned has no "that <season>"
        return "DATE", f"{_anchor_year(doc) or dct.year:04d}-{s}", mod
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
    cur_y = dct.year - (1 if dct.month < 3 and s == "WI" else 0)
    start = date(cur_y, first, 1)
    if srel in ("last", "this past", "past"):
        y = (
            cur_y
            if start < dct.replace(day=1) and not (start <= dct <= month_end(*add_months(cur_y, first, 2)))
            else cur_y - 1
        )
    elif srel == "next":
        # the season after "this" one: in May "this summer" is 2024-SU, so "next summer" is
        # 2025-SU (it was 2024-SU too, the coming one, as "this coming summer" still is)
        y = cur_y + 1
    elif srel in ("this coming", "coming"):
        y = cur_y if start > dct else cur_y + 1
    elif srel == "this":
        # the DCT's season, whatever the tense (TimeBank: "protests this summer" in March is
        # 1998-SU); only a winter told of in the past once it is over ("heating bills soared
        # this winter" in March) is the one that just ended, as WI runs into the next year
        y = cur_y
        if s == "WI" and 3 <= dct.month <= 5 and doc.tense_of(m) == PAST:
            y -= 1
    else:
        tense = doc.tense_of(m)
        y = cur_y
        if tense == PAST and start > dct:
            y -= 1
        elif tense == FUTURE and month_end(*add_months(cur_y, first, 2)) < dct:
            y += 1
    return "DATE", f"{y:04d}-{s}", mod


# After "the week" these make it part of a longer phrase ("the week of March 6", "the week-long
# strike", "the week ended Friday", "the week to Friday", "the week before"), which other
# patterns own or TBAQ-cleaned leaves out.
WEEK_NOT_BARE = re.compile(r"-|\s+(?:of|ended|ending|to|before|after|ahead|earlier|later|or)\b", re.I)


# "the year ended March 31", "the fiscal year that ended in June"
YEAR_ENDED = re.compile(r"\s+(?:that\s+)?(?:ended|ending)\b", re.I)


def h_relunit(m: re.Match[str], doc: Doc) -> Result | None:
    rel = _norm(m["rel"])
    unit = _norm(m["unit"])
    mod = _span_mod(m["mod"])
    fiscal = " year" in unit
    if fiscal:
        unit = "year"
    if m["unit"][0].isupper() and not _sentence_start(doc.text, m.start()):
        return None  # "This Week" (a programme), not this week
    if rel == "the last" and re.match(r"\s+of\b", doc.text[m.end() : m.end() + 4]):
        return None  # "the last week of March", "the last year of his term": not the one before now
    if rel == "the" and unit == "week" and not m["mod"] and not WEEK_NOT_BARE.match(doc.text, m.end()):
        # "For the week, the index fell 3.8%", "the week's most active session": the week in
        # view, which TBAQ-cleaned tags every time (4 of 4) and values with an unknown week
        # (3 of 3 "1989-WXX"), so no calendar interval is claimed
        if not doc.dct:
            return "DATE", "XXXX-WXX", ""
        return "DATE", f"{_anchor_year(doc) or doc.dct.year:04d}-WXX", ""
    if rel == "the" and unit in ("week", "month", "decade") and not m["mod"]:
        return None
    prev = doc.text[max(0, m.start() - 12) : m.start()].split()
    ended = YEAR_ENDED.match(doc.text, m.end())
    if (
        rel == "the"
        and unit == "year"
        and not m["mod"]
        and (ended or (prev and prev[-1].lower() in ("during", "over", "throughout")))
        and not _norm(m["unit"]).startswith("full")
    ):
        # "in the year ended March 31", "for the fiscal year ending June 30": a twelve-month
        # span (TBAQ-cleaned 7 of 8); "For the year, sales rose" without its end is the year
        # itself (3 of 3), below
        return "DURATION", "P1Y", ""
    if rel == "the latest" and unit == "year" and not m["mod"] and doc.dct:
        # "sales of $6 billion in the latest fiscal year": the last one complete, as "the latest
        # quarter" is (TBAQ-cleaned 1 of 1)
        return "DATE", f"{doc.dct.year - 1:04d}", ""
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
        and not (unit == "year" and rel in ("the past", "past") and PAST_YEAR_AS_DATE)
    ):
        return "DURATION", _duration_value(1, unit, doc.lex), ""
    step = 0
    if rel in ("last", "the last", "the previous", "this past", "the prior", "the past"):
        step = -1
    elif rel in ("next", "the next", "the coming", "this coming"):
        step = 1
    elif rel == "the" and _ended_before_this_one(m, doc, unit):
        step = -1  # "the deal closed at the end of the month" written on January 3: December's end
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
        if rel == "the" and (named := _month_named_just_before(doc, m)):
            return "DATE", named, mod  # "In January, ... By the end of the month, ...": January
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
    if m["inthe"] and not m["mod"] and m["u4"].lower() in ("day", "week", "month", "year"):
        return None  # "in the year" alone is vague; "earlier in the year" is not
    unit = _norm(m["u1"] or m["u2"] or m["u3"] or m["u4"])
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
        if doc.anchor and which:  # "in March ... The following month": the month last named
            s_, _, g = interval_of(doc.anchor)
            if s_ and g == "month":
                base = s_
        y, mo = add_months(base.year, base.month, step)
        return "DATE", f"{y:04d}-{mo:02d}", ""
    if unit == "year":
        y = (_anchor_year(doc) or base.year) + step
        return "DATE", f"{y:04d}", ""
    return None


# A year-to-date figure told after the quarter ("For the nine months, net rose to $5 million from
# $4 million a year earlier"): its year-ago comparison is the year before, not the quarter
# (TBAQ-cleaned: 5 of 7 "a year earlier"/"year-earlier" after "nine months" are the year).
YEAR_TO_DATE = re.compile(r"\b(?:nine|six)\s+months\b", re.I)


def _quarter_in_view(doc: Doc, start: int) -> bool:
    """True when "a year ago" at `start` compares with the quarter an earnings report last named:
    near enough, and no year-to-date period told since."""
    return bool(
        doc.quarter
        and start - doc.quarter_end < QUARTER_WINDOW
        and not YEAR_TO_DATE.search(doc.text, doc.quarter_end, start)
    )


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
        if unit == "year" and k == 1 and _quarter_in_view(doc, m.start()):
            return "DATE", _quarter_value(doc.quarter[0] - 1, doc.quarter[1]), mod
        if unit == "year" and k == 1 and sign < 0 and _month_in_sentence(doc, m):
            # "exports fell in February from a year earlier": that month, a year back
            return "DATE", f"{int(doc.anchor[:4]) - 1:04d}{doc.anchor[4:]}", mod
        # "elected in 2019 and re-elected four years later": from the last year the text named;
        # "a year earlier" stays the year before the DCT's (TimeBank's earnings comparisons)
        year = (_anchor_year(doc) or base.year) if anaphoric and sign > 0 else base.year
        return "DATE", f"{year + sign * years:04d}", mod
    if unit in ("month", "quarter"):
        months = int(n * (3 if unit == "quarter" else 1))
        if anaphoric and doc.anchor:
            # "in March 2020 ... six months later", "in March 2018 ... two months earlier": from
            # the date the text last named, as TimeML anchors these on the reference time
            start, _, gran = interval_of(doc.anchor)
            if start and gran in ("day", "month"):
                base = start
        y, mo = add_months(base.year, base.month, sign * months)
        return "DATE", f"{y:04d}-{mo:02d}", mod
    if unit in ("week", "fortnight"):
        w = int(n * (2 if unit == "fortnight" else 1))
        return "DATE", week_value(base + timedelta(weeks=sign * w)), mod
    if unit in ("day", "night"):
        if DAYS_LATER_AS_DURATION and direction in ("later", "earlier") and k == int(k):
            # TimeBank: "[Three days] later", "[A day earlier]" are durations; the day they
            # reach is the expression's calendar interval (pipeline/timex/__init__.py)
            return "DURATION", f"P{int(k)}D", mod
        return "DATE", day_value(base + timedelta(days=sign * int(k))), mod
    return None


# How far back in its sentence a month can be for "a year earlier" to mean that month a year
# back (characters; "Exports fell 18 percent in February from a year earlier").
SAME_SENTENCE_CHARS = 200
MONTH_VALUE = re.compile(r"\d{4}-[01]\d")
SENTENCE_END = re.compile(r"[.!?;]\s")


def _month_in_sentence(doc: Doc, m: re.Match[str]) -> bool:
    """True when the last date named is a month, earlier in the same sentence."""
    return (
        doc.anchor is not None
        and MONTH_VALUE.fullmatch(doc.anchor) is not None
        and 0 <= m.start() - doc.anchor_end < SAME_SENTENCE_CHARS
        and not SENTENCE_END.search(doc.text, doc.anchor_end, m.start())
    )


def _ended_before_this_one(m: re.Match[str], doc: Doc, unit: str) -> bool:
    """ "The end of the month/year/week" told in the past tense while this one's end is still
    well ahead of the DCT is the end of the one before: in early January "the deal closed at the
    end of the year" is last year's end. Not when a month was just named (the caller checks
    that first for months)."""
    if _norm(m["mod"]) != "the end of" or doc.dct is None or doc.tense_of(m) != PAST:
        return False
    if unit == "month":
        return doc.dct.day <= 20 and _month_named_just_before(doc, m) is None
    if unit == "year":
        return doc.dct.month <= 10 and _anchor_year(doc) in (None, doc.dct.year)
    if unit == "week":
        return doc.dct.isoweekday() <= 3
    return False


# How far back the month "the end of the month" refers to may have been named (characters: the
# same sentence or the one before; our own news sentences).
THE_MONTH_CHARS = 250
DAY_OR_MONTH_VALUE = re.compile(r"(\d{4}-[01]\d)(?:-[0-3]\d)?")


def _month_named_just_before(doc: Doc, m: re.Match[str]) -> str | None:
    """The month (YYYY-MM) of the last date named, when that was a month or a day just before
    "the end of the month"/"the middle of the month"; else None (the DCT's month is meant)."""
    if doc.anchor is None or not 0 <= m.start() - doc.anchor_end < THE_MONTH_CHARS:
        return None
    got = DAY_OR_MONTH_VALUE.fullmatch(doc.anchor)
    if not got:
        return None
    if doc.dct and got.group(1) < f"{doc.dct.year:04d}-{doc.dct.month:02d}" and doc.tense_of(m) == FUTURE:
        return None  # "Sales fell in February. The bank will act by the end of the month": this one
    return got.group(1)


# "quarters of" a determiner and a word that is no time ("three quarters of the voters") is a
# share; "three quarters of the year", "two quarters of 1990" are spans.
SHARE_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|all)\s+([a-z]+(?:\s+[a-z]+){0,2})")
TIME_NOUNS = frozenset("year years season period decade century term fiscal budget".split())


def _share_of(doc: Doc, end: int) -> bool:
    """True when "of <determiner> ..." after a count of quarters names no stretch of time in its
    next three words."""
    m = SHARE_OF.match(doc.text, end)
    if not m:
        return False
    words = m.group(1).split()
    return not any(w in TIME_NOUNS or w in doc.lex.numbers or doc.lex.unit_of(w) for w in words)


# "four flights a week", "700 more seats a week", "24 hours a day": a count of things before "a
# <unit>" makes it a rate, as an amount of money does ("$5 a year"): TimeML SET.
WORDS_BEFORE = re.compile(r"(?:(\S+)\s+)?(\S+)\s+([a-z]+s)\s+$")


def _count_of_things_before(doc: Doc, start: int) -> bool:
    """True when a count and a plural noun (an adjective may come between) come right before
    "a week" ("four flights a week", "700 more seats a week")."""
    got = WORDS_BEFORE.search(doc.text, max(0, start - 50), start)
    if not got:
        return False
    return any(
        w and (w[0].isdigit() or (w.lower() in doc.lex.numbers and w.lower() not in ("a", "an", "one")))
        for w in got.group(1, 2)
    )


VERB_AFTER = re.compile(r"\s+(?!(?:in|of|for|at|on|after|before|and|or|to|from|with|by|a|an|the)\b)[a-z]+\b")
# lower case: "In May one day..." is the month
MODAL_BEFORE = re.compile(r"(?:\b(?:will|would|could|may|might|can|should|must|to)|['’]ll)\s+$")


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
        and not re.search(r"(?:^|[.!?\n]\s*)$", doc.text[max(0, m.start() - 3) : m.start()])
    ):
        return None  # "60 Minutes", "This Week": a title, not a duration
    if unit == "quarter" and (nword in ("a", "an") or "-" in doc.text[m.end("n") : m.start("unit")]):
        return None  # "a quarter of", "three-quarters": fractions
    if unit == "quarter" and _share_of(doc, m.end()):
        return None  # "three quarters of its grain", "two quarters of the vote": a share
    if nword in ("a", "an") and (unit == "night" or m["unit"].lower().endswith("s")):
        return None  # "a night", "a months-long siege"
    if re.match(r"\s+old\b", doc.text[m.end() : m.end() + 5]):
        return None  # "52 years old": an age, which TimeBank leaves out
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
    if nword in ("a", "an") and _count_of_things_before(doc, m.start()):
        return "SET", _duration_value(1, unit, lex), ""  # "four flights a week", "700 seats a week"
    mod = ""
    for k, v in MOD_WORDS.items():
        if dmods.startswith(k + " "):
            mod = v
            break
    if (
        dmods == "one day"
        and MODAL_BEFORE.search(doc.text, max(0, m.start() - 10), m.start())
        and VERB_AFTER.match(doc.text, m.end())
    ):
        return "DATE", "FUTURE_REF", ""  # "Islam will one day be...", "hopes to one day return": someday
    if m["orso"] and not mod:
        mod = "APPROX"  # "two weeks or so" (TimeML keeps "or so" inside, as it does "about")
    if unit == "weekend" and n == 1:
        return None
    ahead = _in_from_now(m, doc, n, unit)
    if ahead is not None:
        return "DATE", ahead, ""
    if m["n0"]:
        # "two to three weeks": the count is not one number, so the value leaves it open as
        # "a few weeks" does (TBAQ-cleaned "the next 12 to 18 months": PXM)
        return "DURATION", _duration_value(None, unit, lex), mod
    return "DURATION", _duration_value(n, unit, lex), mod


# "will open in two weeks": "in" right before a bare count of calendar units in a clause that
# looks ahead names the time that far from the DCT (TimeBank: "would be redeemed in [five
# years]" DATE 1994; dev2). "within", "in the next", modifiers and the past stay durations.
IN_BEFORE = re.compile(r"\bin\s+$")
# "will rise for the first time in five years", "the fastest pace in two years", "its lowest
# level in a decade": a span looked back over, however the clause is tensed (superlatives:
# _looked_back_over, which knows "interest" from "highest")
SPAN_BEFORE_IN = re.compile(r"\b(?:time|first|once|ever|pace|level|rate|high|low|record)\s+in\s+$", re.I)
OR_AFTER = re.compile(r"\s+or\b")
# "its first European tour in five years", "the biggest majority in 20 years": an ordinal or a
# superlative a few words before "in" heads a noun phrase whose span is looked back over too
# (issue #3: a headline's "first European tour in five years" became 2029). The words before
# "in" up to a punctuation mark; a verb or modal (a tense cue, BLOCKS_SPAN_HEAD) ends the noun
# phrase ("the largest plant will open in five years" is a date).
WORDS_BEFORE_IN = re.compile(r"\b((?:[A-Za-z'’]+[\s-]+){1,8})in\s+$")
SPAN_HEAD_WORDS = 4  # words of the noun phrase looked back over ("first European rail tour")
SPAN_HEADS = frozenset("first best worst most least fewest ever".split())
BLOCKS_SPAN_HEAD = frozenset("to is are be was were been that which who than".split())
NOT_SUPERLATIVES = frozenset(
    "interest west rest test protest request guest forest harvest arrest suggest invest contest "
    "conquest honest modest earnest manifest nest pest chest vest digest crest quest midwest "
    "southwest northwest behest unrest bequest".split()
)
# "will not reopen in six months", "won't be ready in two years": a negated clause says what
# does not happen within the span, no date that far ahead (issue #3)
NEGATIONS = frozenset({"not", "never", "no", "cannot"})


def _in_from_now(m: re.Match[str], doc: Doc, n: float | None, unit: str) -> str | None:
    """The DATE value of "in N days/weeks/months/years" said of the future, else None."""
    if doc.dct is None or n is None or n != int(n) or unit not in ("day", "week", "month", "year"):
        return None
    if m.group().split()[0].lower() != m["n"].split()[0].lower() or m["more"] or m["long"]:
        return None  # "in about two weeks", "in two more weeks", "in a two-week-long"
    if "-" in doc.text[m.end("n") : m.start("unit")] or m["orso"] or OR_AFTER.match(doc.text, m.end()):
        return None  # "in two-year bonds": a modifier; "in a year or two", "in a year or so": vague
    if not IN_BEFORE.search(doc.text, max(0, m.start() - 4), m.start()) or doc.tense_of(m) != FUTURE:
        return None
    if SPAN_BEFORE_IN.search(doc.text, max(0, m.start() - 20), m.start()):
        return None
    if _looked_back_over(doc, m.start()):
        return None
    k = int(n)
    base = _saying_day(doc, m.start(), m.end()) or doc.dct
    if unit == "day":
        return day_value(base + timedelta(days=k))
    if unit == "week":
        return week_value(base + timedelta(weeks=k))
    if unit == "month":
        y, mo = add_months(base.year, base.month, k)
        return f"{y:04d}-{mo:02d}"
    return f"{base.year + k:04d}"


# "The minister said on Friday that the vote would be held in two weeks' time", "..., he told
# reporters on Monday": a reporting verb in the past with its own day, in the same sentence as
# "in N units". The speaker counted from the day of speaking, not from the day the story came
# out (TimeML's reference time for reported speech; TBAQ-cleaned has no such sentence).
SAID_ON_DAY = re.compile(
    r"\b(?:said|told(?:\s+(?:reporters|journalists|parliament|lawmakers|the\s+\w+))?|announced|"
    r"stated|declared|added|predicted|warned|promised|pledged|vowed)(?:\s+on)?\s+"
    r"(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday)\b(?!'s)"
)
SENTENCE_BOUNDARY = re.compile(r"[.!?;]\s")
SAYING_REACH = 250  # characters either side of the expression searched for its sentence's saying


def _saying_day(doc: Doc, start: int, end: int) -> date | None:
    """The day of the reporting verb of the sentence holding [start, end) when it names one
    ("said on Friday", "said yesterday"), counted back from the DCT (a saying is not in the
    future); None when the sentence has none, or two different ones."""
    if doc.dct is None:
        return None
    lo = max(0, start - SAYING_REACH)
    for b in SENTENCE_BOUNDARY.finditer(doc.text, lo, start):
        lo = b.end()
    hi = min(len(doc.text), end + SAYING_REACH)
    b = SENTENCE_BOUNDARY.search(doc.text, end, hi)
    if b:
        hi = b.start() + 1
    days = set()
    for said in SAID_ON_DAY.finditer(doc.text, lo, hi):
        word = said["wd"].lower()
        if word == "yesterday":
            days.add(doc.dct - timedelta(days=1))
        else:
            back = (doc.dct.isoweekday() - doc.lex.weekdays[word]) % 7
            days.add(doc.dct - timedelta(days=back))
    return days.pop() if len(days) == 1 else None


def _looked_back_over(doc: Doc, start: int) -> bool:
    """True when "in N units" at `start` follows a negation in its clause, or closes a noun
    phrase headed by an ordinal or superlative ("the first European tour in"): a span, not a
    time that far ahead."""
    m = WORDS_BEFORE_IN.search(doc.text, max(0, start - 80), start)
    if not m:
        return False
    words = m.group(1).lower().replace("’", "'").split()
    head_open = True
    for k, w in enumerate(reversed(words)):
        if w in NEGATIONS or w.endswith("n't"):
            return True
        if not head_open or k >= SPAN_HEAD_WORDS:
            continue
        if w in BLOCKS_SPAN_HEAD or w in doc.lex.future_cues or w in doc.lex.past_cues:
            head_open = False
        elif w in SPAN_HEADS or (len(w) > 4 and w.endswith("est") and w not in NOT_SUPERLATIVES):
            return True
    return False


# "Months of talks", "Decades of conflict", "citing weeks of unrest", "follows months of
# talks": a bare unit before "of <noun>" is the span the talks took, as "after months of talks"
# is (TimeML: PXM), when it opens its sentence or follows a verb. After a determiner or an
# adjective it names a stretch of calendar ("the months of waiting", "the early years of"), and
# a capitalised one inside a sentence is a title ("Days of Thunder"); "quarters of" is a share;
# after "or"/"and" the unit is listed with another ("weeks or months of"): all left out.
SPAN_OF_AFTER = re.compile(r"\s+of\s+[a-z]")
WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
NOT_BEFORE_SPAN_OF = frozenset(
    "the a an these those this that its his her their our my your whose which what many few several some "
    "all both each every first last next past recent coming early late final closing opening initial "
    "of heady long best worst or and nor".split()
)


def _span_of(m: re.Match[str], doc: Doc) -> bool:
    """True for a bare unit before "of <noun>" that opens its sentence (capitalised) or follows
    a word that is no determiner or adjective of it."""
    if not SPAN_OF_AFTER.match(doc.text, m.end("unit")):
        return False
    if _sentence_start(doc.text, m.start("unit")):
        return m["unit"][0].isupper()
    if m["unit"][0].isupper() or m["unit"].lower() == "quarters" or doc.text[m.start("unit") - 1] == "-":
        return False  # "Days of Thunder"; "three quarters of its food", "three-quarters of": a share
    prev = WORD_BEFORE.search(doc.text, max(0, m.start("unit") - 30), m.start("unit"))
    return (
        bool(prev) and prev.group(1).lower() not in NOT_BEFORE_SPAN_OF and not prev.group(1).endswith("est")
    )


BEFORE_AFTER = re.compile(r"\s+(?:before|after)\b")
IN_ADVANCE = re.compile(r"\s+in\s+advance\b")


def h_bareunit(m: re.Match[str], doc: Doc) -> Result | None:
    unit = doc.lex.unit_of(m["unit"])
    if unit is None:
        return None
    # "minutes before the deadline", "hours after the quake": a short span measured to an event
    # (TBAQ-cleaned has none untagged; longer units, "days before the vote", it annotates apart)
    short_to_event = unit in ("minute", "hour") and BEFORE_AFTER.match(doc.text, m.end())
    # "voters mailed their ballots weeks in advance": how long before, told without a number
    short_to_event = short_to_event or IN_ADVANCE.match(doc.text, m.end())
    if unit == "hour" and _norm(m["xmod"]) == "the early":
        return None  # "in the early hours of Sunday": a time of night, told by the day after it
    if m["ago"]:
        # "years ago", "just months ago": some time before now with no count to step back by,
        # valued like "a few years ago" and "several years ago" (PAST_REF: TimeML, TimeBank).
        # Before this, a bare unit before "ago" was left out (TBAQ-cleaned tags it 1 of 1).
        return ("DATE", "PAST_REF", "") if not (m["xmod"] or m["later"]) else None
    if not (m["pre"] or m["xmod"] or m["later"] or short_to_event or _span_of(m, doc)):
        return None  # a bare "years" is a duration only after "for", "in", "over"... or before "later"
    x = _norm(m["x"]).removeprefix("the ")
    if x.startswith("recent") and unit in ("day", "year"):  # TimeBank: PAST_REF; weeks, months: PXW, PXM
        return "DATE", "PAST_REF", ""
    # TimeBank: "coming months", "coming quarters" FUTURE_REF; "coming weeks", "coming years" PXW,
    # PXY. TBAQ-cleaned has no "coming days": like "the next few days" (PXD) it stays a duration
    # (dev set: PXD)
    if x.startswith("coming") and unit in ("month", "quarter"):
        return "DATE", "FUTURE_REF", ""
    return "DURATION", _duration_value(None, unit, doc.lex), ""


# A quantity a few words before a frequency adverb makes it a rate, which TimeBank leaves out.
RATE_BEFORE = re.compile(r"\d[\d,.]*\s*(?:%|percent)?(?:\s+[a-z]+){0,2}\s+$")


# A count of something before "per hour" makes it a speed or a rate of work ("120 miles per
# hour", "15 million instructions per second"), which TimeBank leaves out.
SPEED_BEFORE = re.compile(r"\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+[a-z]+\s+$")


def h_set(m: re.Match[str], doc: Doc) -> Result | None:
    lex = doc.lex
    if m["freq"]:
        if re.match(r"\s+[A-Z]", doc.text[m.end() : m.end() + 3]):
            return None  # "the party daily Granma": a newspaper
        if RATE_BEFORE.search(doc.text, max(0, m.start() - 30), m.start()):
            return None  # "rise 8.5% annually", "10,000 units annually": a rate (TimeBank)
        return "SET", lex.frequency_words[m["freq"].lower()], ""
    if m["tfreq"]:  # "twice daily"
        return "SET", lex.frequency_words[m["tfreq"].lower()], ""
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
    if (
        m["ev"].lower() == "per"
        and unit in ("second", "minute", "hour")
        and SPEED_BEFORE.search(doc.text, max(0, m.start() - 40), m.start())
    ):
        return None  # "120 miles per hour": a speed, not a frequency
    n = _num(m["sn"], lex) if m["sn"] else 1
    if unit == "weekend" and n == 1 and not m["other"]:
        return "SET", "XXXX-WXX-WE", ""  # "every weekend": TimeML's weekend of any week
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
        if m.group() == "Now" and doc.text.startswith(",", m.end()) and _sentence_start(doc.text, m.start()):
            # "Now, he says, ...": opening a sentence with a comma, it turns to the next point
            # rather than dating it (TBAQ-cleaned: 3 of 3 untagged)
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
        if g == "soon" and doc.tense_of(m) != FUTURE:
            return None  # "was soon released": TimeBank tags "soon" only looking ahead
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


def h_longunit(m: re.Match[str], doc: Doc) -> Result | None:
    word = m["unit"].lower()
    unit = doc.lex.unit_of(word)
    if unit is None:
        return None
    return "DURATION", _duration_value(None if word.endswith("s") else 1, unit, doc.lex), ""


def h_ahead(m: re.Match[str], doc: Doc) -> Result | None:
    if m["while"]:
        return "DURATION", "PXX", ""
    unit = doc.lex.unit_of(m["unit"] or m["unit2"] or m["unit3"])
    return ("DURATION", _duration_value(None, unit, doc.lex), "") if unit else None


def h_yearend(m: re.Match[str], doc: Doc) -> Result | None:
    if not doc.dct:
        return "DATE", "XXXX", "END"
    rel = _norm(m["rel"])
    y = doc.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    if not rel and re.search(r"\bsince\s+$", doc.text[max(0, m.start() - 7) : m.start()], re.I):
        y -= 1  # "up 5% since year-end": the last one before publication
    # TimeBank writes "by year-end" as the day itself (2 of 3 dated ones in TBAQ-cleaned)
    return "DATE", f"{y:04d}-12-31", ""


def h_yearago(m: re.Match[str], doc: Doc) -> Result | None:
    if not doc.dct:
        return "DATE", "XXXX", ""
    if _quarter_in_view(doc, m.start()):
        return "DATE", _quarter_value(doc.quarter[0] - 1, doc.quarter[1]), ""
    return "DATE", f"{(_anchor_year(doc) or doc.dct.year) - 1:04d}", ""


def h_nthday(m: re.Match[str], doc: Doc) -> Result | None:
    """ "It's the second day of the offensive": the present day, told as a count within an
    event, is the publication day."""
    if not doc.dct:
        return "DATE", "XXXX-XX-XX", ""
    return "DATE", day_value(doc.dct), ""


def h_monthspan(m: re.Match[str], doc: Doc) -> Result | None:
    """ "The July-September quarter": the calendar quarter those three months make, in the year
    the sentence's tense points to, and the quarter in view for "a year earlier"."""
    m1, m2 = _month_num(m["m1"], doc.lex), _month_num(m["m2"], doc.lex)
    if m1 % 3 != 1 or m2 != m1 + 2:
        return None  # a fiscal span across calendar quarters: no single value
    q = (m1 + 2) // 3
    if not doc.dct:
        return "DATE", f"XXXX-Q{q}", ""
    y = doc.dct.year
    if q > quarter_of(doc.dct) and doc.tense_of(m) != FUTURE:
        y -= 1
    doc.quarter, doc.quarter_end = (y, q), m.end()
    return "DATE", _quarter_value(y, q), ""
