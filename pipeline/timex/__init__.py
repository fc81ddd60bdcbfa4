"""Time expressions (issue #3): find them in news text and resolve them against the
publication date (the document creation time, DCT).

    >>> from datetime import date
    >>> [t.value for t in find_time_expressions("Talks resumed late on Monday.", date(2023, 1, 31))]
    ['2023-01-30']

Pipeline: compiled regexes (patterns.py, built from data/lexicons/timex.yaml) propose spans,
each regex only around its trigger words; the longest non-overlapping spans whose handler
accepts them are kept (false friends are rejected there: dates.py, relative.py); then, in text
order, each is resolved with the sentence's tense (context.py) and the last date the text
mentioned (resolve.py). No clock and no machine time zone is ever read: with `dct=None`,
relative expressions stay underspecified ("XXXX-09") and carry no calendar interval.

Two readings (issue #3). `ranges=False` is TimeML's, scored by the benchmark: "March 20-22" is
two DATEs, "three days later" and "Hours later" are DURATIONs (P3D, PTXH, as TimeBank has
them). `ranges=True` is what event rows need: joined day spans ("March 20-22", "from Monday to
Wednesday", "on Thursday and Friday", "between 2015 and 2020") are one expression with
granularity "range", date_start/date_end its first and last day and an EMPTY value (TIMEX3 has
no single value for a span, so the row's date_value is null, as pipeline/events does for the
days it joins); offsets that reach a known day are DATEs valued that day. Both readings give
offsets their day in date_start/date_end, and "the same day"/"the day before" count from the
last day-level date the text named, even when a year or month came in between.

Values and extents follow TimeML/TIDES as annotated in TimeBank and AQUAINT (TBAQ-cleaned), the
development data; TempEval-3 platinum is only reported. After changing a rule or a tuned
constant run `.venv/bin/python bench/timex_bench.py` and `pytest tests/test_timex*.py`.
"""

from __future__ import annotations

import copy
import re
from datetime import date, datetime, timedelta

from pipeline.models import TimeExpression
from pipeline.timex.context import REPORTING_VERBS, LazyTenseIndex
from pipeline.timex.handlers import HANDLERS
from pipeline.timex.lexicon import load_lexicon
from pipeline.timex.patterns import compiled_patterns, found, windows
from pipeline.timex.resolve import Doc
from pipeline.timex.values import day_value, interval_of, parse_period, period_value

# Tie-break between candidates of equal length (earlier wins): specific before generic.
PRIORITY = (
    "iso",
    "numeric",
    "time",
    "mdy",
    "dmy",
    "ordday",
    "monthspan",
    "period",
    "quarter",
    "half",
    "anaphor",
    "ago",
    "moneyrate",
    "set",
    "yearago",
    "nthday",
    "oldyear",
    "ahead",
    "longunit",
    "yearend",
    "spokenyear",
    "monthweek",
    "yearturn",
    "holiday",
    "named",
    "relunit",
    "dayword",
    "pod",
    "weekday",
    "month",
    "season",
    "decade",
    "century",
    "year",
    "duration",
    "bareunit",
    "ref",
)
_RANK = {name: i for i, name in enumerate(PRIORITY)}
# Two day-level dates joined like this become one range expression ("from Monday to Wednesday").
RANGE_JOIN = re.compile(r"\s*(?:-|–|to|through|until|till)\s*$")
WEEKDAY_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
LEADING_OUTSIDE = re.compile(r"(?:its|their|his|her|our)\s+", re.I)
# Two consecutive days joined like this are one range too ("on Thursday and Friday"), with
# ranges=True only: TimeBank tags each day (issue #3, event-stage defect 5).
AND_JOIN = re.compile(r"\s+(?:and|and\s+on|&)\s+", re.I)
# A stretch of days has no single TIMEX3 value: the range's value is empty (the event row's
# date_value is then null, as pipeline/events does for coordinated days) and its days are in
# date_start/date_end (issue #3, event-stage defect 4).
RANGE_VALUE = ""
RANGE_OPEN = re.compile(r"\b(from|between)\s+$", re.I)
# "from March to May", "from 2015 to 2020": months or years joined like days (ranges=True)
SPAN_GRANULARITIES = frozenset({"month", "year"})
LIST_COMMA = re.compile(r",\s*(?:on\s+)?")
# A weekday listed after a future date in the same sentence follows it: the join must hold
# "and" or a comma, within this many characters (our own news sentences; TBAQ-cleaned unchanged).
LIST_GAP = 80
LIST_JOIN = re.compile(r",|\band\b|\bthen\b")
SENTENCE_BREAK = re.compile(r"[.!?;]\s")
BARE_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
PLAIN_WORD = re.compile(r"[a-z]+")
ATTRIBUTION_VERBS = REPORTING_VERBS | {"announced", "confirmed", "disclosed"}

# "quarter-to-quarter", "day-to-day", "year-over-year", "month-by-month": a unit joined to
# another makes a compound adjective or adverb, no time expression (TimeBank)
UNIT_TO_UNIT = re.compile(r"-(?:to|by|over|on)-(?:day|week|month|quarter|year)s?\b", re.I)
# "the day before <a day>", "the day after <a day>" (see find_time_expressions)
DAY_STEP_BEFORE = re.compile(r"(?<=\bthe\s)day\s+(before|after)\s+$", re.I)
DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# What a year-ago figure is compared with comes after these words in its clause
# ("up from $6.1 million a year ago": a decimal point ends no clause)
COMPARED_BEFORE = re.compile(
    r"\b(?:than|from|compared\s+with|compared\s+to|versus|vs\.?)\b(?:[^.;!?]|(?<=\d)\.(?=\d))*$", re.I
)

# Expressions that name a comparison's period from the report's own time ("from $4 million
# a year ago", "compared with a loss last year", "than in the 1988 period"); a bare year after
# "from" opens a range as often ("from 1985 to 1988") and stays an anchor
COMPARISON_HANDLERS = frozenset({"ago", "relunit", "period"})

# An hour- or minute-sized duration before one of these words moves the story on within the
# last day the text named (issue #3, event-stage defect 2).
OFFSET_WORD = re.compile(r"\b(?:later|earlier)$", re.I)
OFFSET_AFTER = re.compile(r"\s+(?:later|earlier)\b", re.I)
OFFSET_DAYS = re.compile(r"P(\d+)D")
OFFSET_EARLIER = re.compile(r"\bearlier\b", re.I)

# "Thursday and Friday last week": weekdays listed before one that names its week
WEEKDAY_START = re.compile(r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_WEEKDAY_NUM = {"Mon": 1, "Tues": 2, "Wednes": 3, "Thurs": 4, "Fri": 5, "Satur": 6, "Sun": 7}
WEEK_TAIL = re.compile(r"\b(?:last|next|this)\s+week$", re.I)
LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?(?:on\s+)?|\s(?:and|or)\s+(?:on\s+)?)")

__all__ = ["find_time_expressions", "interval_of"]


def _span(m: re.Match[str]) -> tuple[int, int]:
    if "x" in m.re.groupindex and m.start("x") >= 0:
        return m.start("x"), m.end("x")
    return m.start(), m.end()


def _matches(
    regex: re.Pattern[str], low_rx: re.Pattern[str] | None, text: str, lowered: str | None, a: int, b: int
) -> list[re.Match[str]]:
    """`regex.finditer(text, a, b)`, sped up (issue #6): `low_rx` (Pattern.lower_regex) finds in
    the lower-cased text every place where `regex` can match, about three times as fast, and
    `regex` is tried on the text only there. Matches are the text's own, as handlers need."""
    if low_rx is None or lowered is None:
        return list(regex.finditer(text, a, b))
    out = []
    pos = a
    while pos <= b:
        lm = low_rx.search(lowered, pos, b)
        if lm is None:
            break
        m = regex.match(text, lm.start(), b)
        if m is None:
            pos = lm.start() + 1  # "may" the verb: no month here, look on
        elif m.end() == m.start():
            return list(regex.finditer(text, a, b))  # never for our patterns: finditer's own rule
        else:
            out.append(m)
            pos = m.end()
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop trailing spaces/commas and a possessive 's (TimeML: "Friday" in "Friday's")."""
    while e > s and text[e - 1] in " ,\n\t":
        e -= 1
    if e - s > 3 and text[e - 2 : e] in ("'s", "’s"):
        e -= 2
    return s, e


def _adjust(name: str, m: re.Match[str], s: int, e: int) -> int:
    """TimeML leaves the article out of hyphenated modifiers: "a [third-quarter] loss",
    "the [eight-year] term", and possessives out of any expression: "its [fourth quarter]"
    (TBAQ-cleaned; "earlier this week" is split about evenly there, so it stays whole)."""
    lead = LEADING_OUTSIDE.match(m.string, s, e)
    if lead and lead.end() < e:
        s = lead.end()
    if name == "duration" and m["unit"] and "-" in m.string[m.end("n") : m.start("unit")]:
        lead = m.string[s : m.start("n")].strip().lower()
        if lead in ("the", "a", "an", "its", "their"):
            return m.start("n")
    if (
        name == "decade"
        and e < len(m.string)
        and m.string[e] == "-"
        and m.string[s : s + 4].lower() == "the "
    ):
        return s + 4  # "the [1970s]-era building": the article belongs to the noun
    if name == "anaphor" and m["inthe"] and (not m["mod"] or m["u4"].lower() == "day"):
        return m.start("the")  # "in [the morning]", "later in [the day]" (TimeBank)
    if name == "quarter" and m["qord"] and "-" in m.string[m.end("qord") : e] and not m["qrel"]:
        return m.start("qord")
    return s


def find_time_expressions(text: str, dct: date | None, *, ranges: bool = True) -> list[TimeExpression]:
    """Time expressions in `text`, in text order, resolved against `dct`.

    With `ranges` (the default, what event rows need) "March 20-22", "from Monday to
    Wednesday" and two consecutive days such as "Thursday and Friday" come back as one
    expression with granularity "range", its days in `date_start`/`date_end` and an empty value:
    TIMEX3 has no single value for a stretch of days (an ISO "a/b" interval would break every
    reader that takes a value's first ten characters as its day), so the event row's date_value
    is null, as pipeline/events does for the days it joins itself. `ranges=False` gives the
    TimeML reading instead, one expression per end point (this is how TimeBank annotates them,
    so the benchmark uses it).

    Offsets index `text` as given (end exclusive). DATE/TIME values that name a stretch of
    calendar carry the inclusive `date_start`/`date_end` and a granularity; durations, sets,
    PRESENT_REF/PAST_REF/FUTURE_REF and anything unresolved carry None and "unknown", except an
    offset from the last day named: "Hours later", "[three hours] later" (that day) and "three
    days later", "a day earlier" (the day reached; from the DCT when no day was named).
    TimeBank annotates these as durations (PTXH, P3D), which is what `ranges=False` returns,
    with the day as date_start/date_end; with `ranges=True` they are DATEs valued that day, so
    that event rows can use them. A vague "days later" stays an undated duration.
    """
    if not text:
        return []
    if isinstance(dct, datetime):
        dct = dct.date()  # a time of day (and its zone) says nothing about which day "Monday" is
    lex = load_lexicon()
    doc = Doc(text=text, dct=dct, lex=lex, tense=LazyTenseIndex(text, lex))
    cands = []
    window_cache: dict[str, list[tuple[int, int]]] = {}
    lowered = text.lower()
    if len(lowered) != len(text):  # a few non-ASCII letters change length when lower-cased
        lowered = None
    # Pattern.need and lower_regex read the lower-cased text; "ı" and "ſ" match "i" and "s"
    # under re.I but stay themselves when lower-cased, and the Kelvin sign becomes a "k" that
    # "(?-i:[A-Za-z])" does not take: with them every pattern runs as written, everywhere.
    needs_ok = lowered is not None and "ı" not in text and "ſ" not in text and "\u212a" not in text
    for pat in compiled_patterns():
        rank = _RANK[pat.name]
        if pat.need_cased is not None and not pat.need_cased.search(text):
            continue
        need = pat.need if needs_ok else None
        # A pattern sharing windows an earlier one found searches its need in them alone: they
        # hold every match, and a need over the whole text cost more than they do (issue #6)
        trigger_source = pat.trigger_source
        spans = window_cache.get(trigger_source) if trigger_source is not None else None
        if need is not None and spans is None and not found(need, lowered, pat.need_digits):
            continue
        if pat.need_words and needs_ok and not any(w in lowered for w in pat.need_words):
            continue
        if trigger_source is None:
            spans = [(0, len(text))]
        else:
            if spans is None:
                if pat.lower_trigger is not None and lowered is not None:
                    spans = windows(pat.lower_trigger, lowered)
                else:
                    spans = windows(pat.trigger, text)
                window_cache[trigger_source] = spans
            if need is not None:
                spans = [(a, b) for a, b in spans if need.search(lowered, a, b)]
        if not spans:
            continue  # (the regex need not be compiled)
        low_rx = pat.lower_regex if needs_ok else None
        regex = pat.regex
        for m in (m for a, b in spans for m in _matches(regex, low_rx, text, lowered, a, b)):
            s, e = _trim(text, *_span(m))
            s = _adjust(pat.name, m, s, e)
            if pat.name == "time" and m["on"]:
                # "[10 a.m.] on [Thursday]": two TIMEX3s, since TimeML keeps the preposition (a
                # SIGNAL) outside; the time still takes that day (both dev sets; TBAQ-cleaned has
                # no such phrase, "noon Thursday" without "on" stays one expression there)
                e = m.end("clk")
            if e > s and not UNIT_TO_UNIT.match(text, e):
                cands.append((-(e - s), rank, s, e, pat.name, m))
    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    taken = bytearray(len(text))  # 1 where a chosen expression already sits
    chosen = []
    scratch = copy.copy(doc)
    for _, _, s, e, name, m in cands:
        if 1 in taken[s:e]:
            continue
        if HANDLERS[name](m, scratch) is None:
            continue
        taken[s:e] = b"\x01" * (e - s)
        chosen.append((s, e, name, m))
    chosen.sort(key=lambda c: c[0])
    out: list[TimeExpression] = []
    for s, e, name, m in chosen:
        res = HANDLERS[name](m, doc)
        if res is None:
            continue
        typ, value, mod = res
        ds = de = None
        gran = "unknown"
        step = DAY_STEP_BEFORE.search(text, max(0, s - 20), s) if typ == "DATE" else None
        if step and DAY_VALUE.fullmatch(value):
            # "the day before last Tuesday", "the day after Christmas": one expression, that
            # day's neighbour (TimeBank leaves the article out: "The [day before last Tuesday]")
            d = date.fromisoformat(value) + timedelta(days=-1 if step.group(1).lower() == "before" else 1)
            s, value = step.start(), day_value(d)
        period = parse_period(value) if typ == "DATE" else None
        if period is not None:
            # "during Ramadan", "Passover": event rows get its days, TimeML the unit holding them
            ds, de, timeml = period
            value = RANGE_VALUE if ranges else timeml or period_value(ds, de)
            # (the days say what a mod says: "the turn of the year" is the start of one, TimeML)
            out.append(TimeExpression(s, e, text[s:e], typ, value, ds, de, "range", "" if ranges else mod))
            continue
        if typ in ("DATE", "TIME"):
            ds, de, gran = interval_of(value)
            if (
                ds is not None
                and gran in ("day", "month", "year", "quarter", "week", "season")
                and not _comparison_baseline(text, s, name, gran)
            ):
                doc.anchor = value.split("T")[0]
                doc.anchor_end = e
            if ds is not None and gran == "day" and not (name == "pod" and m["overnight"] and not m["owd"]):
                # a bare "overnight" is the night before publication by default, a guess that
                # must not move the day the story is on ("closed lower Friday after overnight
                # losses in New York, down from the previous Friday": TimeBank)
                doc.day_anchor = ds
            if ds is not None and name in ("mdy", "dmy") and m["d2"]:
                end_day = int(re.match(r"\d+", m["d2"]).group())
                try:
                    de2 = ds.replace(day=end_day)
                except ValueError:
                    de2 = None
                if de2 and de2 > ds:
                    # "March 3 and 17" are two days; "March 25 and 26" one stretch (issue #3)
                    if not ranges or (m["and"] and de2 != ds + timedelta(days=1)):
                        e1 = m.end("d")
                        out.append(TimeExpression(s, e1, text[s:e1], typ, value, ds, ds, "day", mod))
                        s2 = m.start("d2")
                        out.append(
                            TimeExpression(s2, e, text[s2:e], typ, day_value(de2), de2, de2, "day", "")
                        )
                        continue
                    de, gran, value = de2, "range", RANGE_VALUE
        if name == "ago" and typ == "DURATION" and m["dir"].lower() == "later":
            # "[Three days] later", "[A few days] later" (TimeBank leaves "later" out) but
            # "[A day earlier]" (TimeBank keeps "earlier" in)
            e = m.end("unit")
        if typ == "DURATION" and _is_offset(text, e):
            # "Hours later, ...", "Three days later": TimeML's duration, our row's day
            ds = _offset_day(text, e, value, doc.day_anchor, dct)
            if ds is not None:
                de, gran = ds, "day"
                doc.day_anchor = ds
                if ranges:  # event rows date by DATE/TIME expressions: give them the day itself
                    typ, value = "DATE", day_value(ds)
        out.append(TimeExpression(s, e, text[s:e], typ, value, ds, de, gran, mod))
    out = _order_range_ends(text, _share_week(text, out), dct)
    return _join_ranges(text, out) if ranges else out


def _comparison_baseline(text: str, start: int, name: str, gran: str) -> bool:
    """True for a year-ago figure's date ("up from $4 million a year ago", "than a year earlier",
    "year-earlier net"): what a number is compared with, not the time the story moves to, so it
    sets no anchor ("delayed earlier in the year" is still the report's year; TBAQ-cleaned)."""
    if name == "yearago":
        return True
    if name not in COMPARISON_HANDLERS or gran not in ("year", "quarter"):
        return False
    return bool(COMPARED_BEFORE.search(text, max(0, start - 60), start))


def _offset_day(text: str, end: int, value: str, anchor: date | None, dct: date | None) -> date | None:
    """The day an offset reaches: an hour- or minute-sized one stays on the last day named
    (unknown when none was), "three days later" moves from it (or from the DCT)."""
    if value.startswith("PT"):
        return anchor
    days = OFFSET_DAYS.fullmatch(value)
    base = anchor or dct
    if not days or base is None:
        return None
    earlier = OFFSET_EARLIER.search(text, max(0, end - 9), min(len(text), end + 9))
    return base + timedelta(days=int(days.group(1)) * (-1 if earlier else 1))


def _is_offset(text: str, end: int) -> bool:
    """True when a clock duration ends in, or is followed by, "later"/"earlier" ("hours later",
    "[two hours] later" as TimeBank cuts it): an offset from the last day named, not a span."""
    return bool(OFFSET_WORD.search(text, max(0, end - 8), end) or OFFSET_AFTER.match(text, end))


def _share_week(text: str, items: list[TimeExpression]) -> list[TimeExpression]:
    """In "on Thursday and Friday last week" the week named after the last weekday holds the
    ones listed before it too (our own news sentences)."""
    out = list(items)
    for i in range(len(out) - 1, 0, -1):
        a, b = out[i - 1], out[i]
        wa, wb = WEEKDAY_START.match(a.text), WEEKDAY_START.match(b.text)
        if not (wa and wb and b.date_start and a.date_start and a.granularity == b.granularity == "day"):
            continue
        if not (WEEK_TAIL.search(b.text) or b.date_start == b.date_end and _same_week_tail(out, i)):
            continue
        gap = text[a.end : b.start]
        if not (LIST_SEP.fullmatch(gap) or RANGE_JOIN.match(gap)) or WEEK_TAIL.search(a.text):
            continue
        d = b.date_start - timedelta(days=b.date_start.isoweekday() - _WEEKDAY_NUM[wa.group(1)])
        value = day_value(d) + (a.value[10:] if len(a.value) > 10 else "")
        out[i - 1] = TimeExpression(a.start, a.end, a.text, a.type, value, d, d, "day", a.mod)
    return out


def _same_week_tail(items: list[TimeExpression], i: int) -> bool:
    """True when items[i] was itself moved into a named week by _share_week (a list of three)."""
    return i + 1 < len(items) and bool(WEEK_TAIL.search(items[i + 1].text))


def _order_range_ends(text: str, items: list[TimeExpression], dct: date | None) -> list[TimeExpression]:
    """In "from Thursday to Sunday" the second weekday comes after the first, whatever the tense;
    so does a weekday listed after a future one in the same sentence ("notes next Tuesday,
    bonds on Wednesday and bills on Thursday")."""
    out = list(items)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.granularity != "day":  # "bonds next Tuesday, [five-year] notes on Wednesday"
            a = next((x for x in reversed(out[max(0, i - 3) : i]) if x.granularity == "day"), a)
        gap = text[a.end : b.start]
        listed = (
            dct is not None
            and a.date_start is not None
            and a.date_start > dct
            and len(gap) <= LIST_GAP
            and LIST_JOIN.search(gap)
            and not SENTENCE_BREAK.search(gap)
            and BARE_WEEKDAY.fullmatch(b.text)
            and not _report_verb_in(gap)
        )
        if (
            a.granularity == "day"
            and b.granularity == "day"
            and a.date_start
            and b.date_start
            and b.date_start < a.date_start <= b.date_start + timedelta(days=7)
            and WEEKDAY_WORD.search(b.text)
            and (RANGE_JOIN.match(gap) or listed)
        ):
            d = b.date_start + timedelta(days=7)
            value = day_value(d) + (b.value[10:] if len(b.value) > 10 else "")
            out[i] = TimeExpression(b.start, b.end, b.text, b.type, value, d, d, "day", b.mod)
    return out


def _report_verb_in(gap: str) -> bool:
    """True when a reporting verb stands between two weekdays: "talks resume on Friday, officials
    said on Wednesday" dates the saying, another clause, not a further item of a list (a plan
    told on, "... on Saturday and were hoping to march on Monday", still runs on)."""
    return any(w in ATTRIBUTION_VERBS for w in PLAIN_WORD.findall(gap.lower()))


def _join_ranges(text: str, items: list[TimeExpression]) -> list[TimeExpression]:
    """'from Monday to Wednesday', 'between March 20 and March 22', 'on Monday, Tuesday and
    Wednesday' -> one range expression (event rows need one interval)."""
    out: list[TimeExpression] = []
    i = 0
    while i < len(items):
        a = items[i]
        j = _range_end(text, items, i)
        if j > i:
            b = items[j]
            out.append(
                TimeExpression(
                    a.start,
                    b.end,
                    text[a.start : b.end],
                    "DATE",
                    RANGE_VALUE,
                    a.date_start,
                    b.date_end,
                    "range",
                    "",
                )
            )
            i = j + 1
            continue
        out.append(a)
        i += 1
    return out


def _is_day(t: TimeExpression) -> bool:
    return t.granularity == "day" and t.date_start is not None


def _range_end(text: str, items: list[TimeExpression], i: int) -> int:
    """Index of the last expression the range starting at items[i] runs to (i when none)."""
    a = items[i]
    if i + 1 >= len(items):
        return i
    b = items[i + 1]
    gap = text[a.end : b.start]
    opener = RANGE_OPEN.search(text[max(0, a.start - 9) : a.start])
    joined = RANGE_JOIN.match(gap) or (
        opener and opener.group(1).lower() == "between" and AND_JOIN.fullmatch(gap)
    )
    if opener and joined and len(gap) < 10 and a.date_start and b.date_start and a.date_start < b.date_start:
        if _is_day(a) and _is_day(b) and b.date_start <= a.date_start + timedelta(days=62):
            return i + 1
        if a.granularity == b.granularity and a.granularity in SPAN_GRANULARITIES:
            return i + 1  # "from March to May", "between 2015 and 2020"
    if not _is_day(a) or not _is_day(b):
        return i
    # "on Thursday and Friday", "on Monday, Tuesday and Wednesday": days in a row, the list
    # closed by "and", are one stretch for an event row
    j = i
    while j + 1 < len(items) and _is_day(items[j + 1]):
        prev, nxt = items[j], items[j + 1]
        sep = text[prev.end : nxt.start]
        if nxt.date_start != prev.date_end + timedelta(days=1):
            break
        if AND_JOIN.fullmatch(sep):
            return j + 1
        if not LIST_COMMA.fullmatch(sep):
            break
        j += 1
    return i
