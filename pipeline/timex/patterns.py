"""The compiled regexes of the tagger, built once from the lexicon.

Every pattern is matched over the original text, so match offsets are the offsets we report.
A pattern's optional group `x` narrows the reported span (the rest of the match is context
that must be there, e.g. "in" before a bare month). Extents follow TimeML as annotated in
TimeBank/AQUAINT (TBAQ-cleaned): determiners and modifiers ("the", "early", "about") are
inside, prepositions ("in", "on") are outside.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lazy import register
from pipeline.timex.lexicon import Lexicon, load_lexicon

_UNSET: object = object()  # a lazily compiled attribute not compiled yet


class Pattern:
    """`trigger`, when set, finds words every match must contain: the pattern then runs only
    in windows around them, which is most of the tagger's speed (issue #3 asks >= 100 docs/s).

    The regex and triggers are compiled on first use: compiling all of them cost ~80 ms of
    every process start (issue #6), and a short text's needs rule most patterns out; a pool's
    parent compiles them all before it forks (pipeline.lazy.compile_all).
    """

    __slots__ = (
        "name",
        "source",
        "trigger_source",
        "need",
        "need_words",
        "need_cased",
        "need_digits",
        "_regex",
        "_trigger",
        "_lower_trigger",
        "_lower_regex",
        "__weakref__",
    )

    def __init__(
        self,
        name: str,
        source: str,
        trigger_source: str | None = None,
        need: re.Pattern[str] | None = None,
        need_words: tuple[str, ...] = (),
        need_cased: re.Pattern[str] | None = None,
    ) -> None:
        self.name = name
        self.source = source  # compiled with re.I
        # the trigger's source (compiled with re.I), which also names its windows; None: no trigger
        self.trigger_source = trigger_source
        # What every match must hold (speed, issue #6): where it is missing the pattern cannot match
        # and is not run. `need` is searched case-sensitively in the lower-cased text, in the whole
        # text and then in each window; `need_words` are lower-case strings one of which must be in
        # the lower-cased text; `need_cased` is searched in the text itself.
        self.need = need
        self.need_words = need_words
        self.need_cased = need_cased
        # `need` matches only from a digit: searched at the text's digits (found)
        self.need_digits = need is not None and opens_with_digit(need)
        self._regex: re.Pattern[str] | None = None
        self._trigger: object = _UNSET
        self._lower_trigger: object = _UNSET
        self._lower_regex: object = _UNSET
        register(self)  # parallel.warm_up compiles it before a pool forks

    @property
    def regex(self) -> re.Pattern[str]:
        regex = self._regex
        if regex is None:
            regex = self._regex = re.compile(self.source, re.I)
        return regex

    @property
    def trigger(self) -> re.Pattern[str] | None:
        trigger = self._trigger
        if trigger is _UNSET:
            src = self.trigger_source
            trigger = self._trigger = None if src is None else re.compile(src, re.I)
        return trigger  # type: ignore[return-value]

    @property
    def lower_trigger(self) -> re.Pattern[str] | None:
        """The same trigger, case-sensitive, for the lower-cased text: a case-insensitive scan
        costs about three times as much (None when the trigger itself minds case)."""
        trigger = self._lower_trigger
        if trigger is _UNSET:
            trigger = self._lower_trigger = _lower_trigger(self.trigger_source)
        return trigger  # type: ignore[return-value]

    @property
    def lower_regex(self) -> re.Pattern[str] | None:
        """The regex with its letters lower-cased, its case-sensitive parts made insensitive and
        without re.I, for the lower-cased text: it matches wherever the regex does (and maybe
        more), about three times as fast; None when an upper-case escape (\\S, \\D) forbids it."""
        low = self._lower_regex
        if low is _UNSET:
            low = self._lower_regex = _lower_regex(self.source)
        return low  # type: ignore[return-value]

    def compile(self) -> None:
        """Compile the regex and its triggers now (pipeline.lazy.compile_all)."""
        _ = (self.regex, self.trigger, self.lower_trigger, self.lower_regex)  # each compiles itself

    def __repr__(self) -> str:
        return f"Pattern({self.name!r})"


# Characters a match may reach before / after its trigger word (longest in TBAQ-cleaned is
# ~60, e.g. "more than the past two and a half years"); re-run bench/timex_bench.py after changes.
WINDOW_BEFORE = 100
WINDOW_AFTER = 70
UNIT_STEMS = r"second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur"


# A zone named by a capitalised word before "time" ("Eastern time", "Moscow time", "British
# Summer Time"), not a word that opens a sentence or names another kind of time ("at 8 p.m.
# The time was...", "Injury time"). Case-sensitive; context.py keeps a clock time and its
# zone in one sentence with it.
NAMED_ZONE = (
    r"(?-i:(?!(?:The|This|That|These|Those|An?|Its|His|Her|Their|Our|My|Your|Each|Every|Any|Some|No|"
    r"Next|Last|First|By|At|In|On|For|From|Since|Until|Over|Half|Full|Part|Prime|Extra|Injury|Stoppage|"
    r"Lunch|Dinner|Bed|Game|Show|Kick|Opening|Closing|Free|Spare|Screen|Question|Play|Air|Quality|"
    r"Family|Record|Tea|Summer|Winter|Spring|Fall|Autumn)\s)"
    r"[A-Z][a-z]+(?:\s+(?:[Ss]tandard|[Dd]aylight|[Ss]ummer))?\s+[Tt]ime)\b"
)


def _alt(words: list[str] | tuple[str, ...] | set[str], grouped: bool = False) -> str:
    """Alternation, longest first so 'September' wins over 'Sept'; `grouped`: see _grouped (not
    for triggers: trigger_spans finds a plain list of words faster with str.find)."""
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return _grouped(alt) if grouped else alt


def _top_level(alternation: str) -> list[str]:
    """The alternatives of a regex source, split at the "|" outside groups and classes."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            i += 1  # an escaped character is never a "|", "(", ")" or "]"
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if alternation[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": the first "]" is a member
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(alternation[start:i])
            start = i + 1
        i += 1
    out.append(alternation[start:])
    return out


def _grouped(alternation: str) -> str:
    """`alternation` with the alternatives that open with one letter gathered under it: "about|
    almost|nearly" -> "a(?:bout|lmost)|nearly". SRE tries an alternation one alternative after
    another at every place it searches; gathered, it compares one letter per group instead of
    every word (the count and modifier lists before a unit, issue #6). The matches are the same:
    alternatives opening with different letters never match at one place, so only the order
    within a letter matters, and that is kept. An alternative opening otherwise (a digit, a
    look-behind, a group, a letter with a quantifier) keeps its place, letters are gathered only
    between such alternatives; where one letter opens alternatives in both cases (case-blind
    under re.I) the alternation stays as written."""
    alts = _top_level(alternation)
    lead = [
        a[0] if a[:1].isascii() and a[:1].isalpha() and a[1:2] not in ("?", "*", "+", "{") else ""
        for a in alts
    ]
    letters = {c for c in lead if c}
    if len({c.lower() for c in letters}) != len(letters):
        return alternation
    out: list[str] = []
    run: dict[str, list[str]] = {}  # letter -> the rest of its alternatives, in order
    for alt, c in zip([*alts, ""], [*lead, ""], strict=True):
        if c:
            run.setdefault(c, []).append(alt[1:])
            continue
        out += [
            c2 + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")") for c2, rests in run.items()
        ]
        run = {}
        out.append(alt)
    return "|".join(out[:-1])


def _cap(word: str) -> str:
    return word[0].upper() + word[1:]


def _cap_words(phrase: str) -> str:
    """'mother's day' -> a case-sensitive regex for "Mother's Day" (either apostrophe); "of"
    stays lower case ("Fourth of July")."""
    return r"\s+".join(
        re.escape(w if w == "of" else w[0].upper() + w[1:]).replace("'", "['’]") for w in phrase.split()
    )


def _build(lex: Lexicon) -> list[Pattern]:
    abbrev = {w for w in lex.months if len(w) <= 4 and w not in ("may", "june", "july")}
    month_words = [(w, _cap(w) + (r"\.?" if w in abbrev else "")) for w in lex.months]
    month_words += [(w, w.upper()) for w in lex.months if len(w) > 3]
    MON = (
        "(?-i:(?:"
        + "|".join(rx for _, rx in sorted(month_words, key=lambda p: -len(p[0])))
        + r")(?![A-Za-z]))"
    )
    WD = (
        "(?-i:"
        + "|".join(_cap(w) for w in lex.weekdays)
        + "|"
        + "|".join(w.upper() for w in lex.weekdays)
        + ")"
    )
    DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
    YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d,]\d)"
    numw = _alt([w for w in lex.numbers if w != "half"], grouped=True)
    units = _alt([w for w, v in lex.numbers.items() if v in range(1, 10)], grouped=True)
    # "twenty-four", "two hundred"; never two small numbers in a row ("two five-year terms"):
    # a second word only after a tens word (they all end in "ty")
    NUMWORD = rf"(?:{numw})(?:(?<=ty)[\s-](?:{units}))?(?:[\s-](?:hundred|thousand))?"
    NUM = _grouped(
        rf"(?:\d+|{NUMWORD})\s+and\s+a\s+half|\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?:\.\d+)?(?:\s\d/\d)?|{NUMWORD}|an?\s+(?:hundred|thousand)|a\s+half|half\s+an?|a\s+dozen|a\s+couple\s+of|couple\s+of|another|a|an|(?:{_alt(lex.vague_quantities, grouped=True)})"
    )
    NUM = f"(?:{NUM})"
    unit_words = set(lex.units) | {u + "s" for u in lex.units if u != "century"} | set(lex.unit_plurals)
    UNIT = rf"(?:{_alt(unit_words, grouped=True)})"
    ORD = rf"(?:{_alt(lex.ordinals, grouped=True)}|\d{{1,2}}(?:st|nd|rd|th))"
    # Spelled-out ordinals that can name a day of the month ("the twenty-third of March");
    # "twenty-third" also written "twenty third".
    ORDDAY = _alt([w for w, n in lex.ordinals.items() if n <= 31]).replace(r"\-", r"[\s-]")
    POD = r"(?:morning|afternoon|evening|night)"
    # "EST", "local time", and a named zone: "Eastern time", "Moscow time", "British Summer Time"
    TZ = "(?-i:" + _alt(lex.time_zones) + r")(?:\s+\(\d{4}\s+GMT\))?|local\s+time|" + NAMED_ZONE
    SEASON = _alt(lex.seasons)
    MODS = (
        r"(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|"
        r"the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+latter\s+part\s+of|the\s+early\s+part\s+of|"
        r"the\s+close\s+of|the\s+turn\s+of|the\s+rest\s+of|the\s+remainder\s+of|the\s+spring\s+of|"
        r"the\s+summer\s+of|the\s+fall\s+of|the\s+autumn\s+of|the\s+winter\s+of)"
    )
    DURMOD = _grouped(
        # "[each of the past three years]" (TimeBank)
        r"each\s+of|about|nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|some|up\s+to|"
        r"roughly|approximately|around|a\s+full|fully|another|an\s+additional|an\s+extra|"
        r"the|the\s+past|the\s+last|the\s+next|the\s+first|the\s+coming|the\s+previous|the\s+final|"
        r"the\s+following|the\s+latest|the\s+remaining|the\s+entire|the\s+whole|past|next|first|"
        # "last" the verb ("would last about 20 minutes", "to last two days") is no modifier
        r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bto\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bshould\s)(?<!\bcan\s)(?<!\bmust\s)"
        r"last(?!\s+(?:about|nearly|almost|more|less|some|up|roughly|approximately|around|at|only|just)\b)|"
        r"final|previous|coming|these|those|nearly|all"
    )
    DURMOD = f"(?:{DURMOD})"
    REL = r"(?:this\s+past|this\s+coming|last|next|this|past|coming)"
    holidays = "|".join(
        sorted(
            [_cap_words(w) for w in list(lex.holidays_fixed) + list(lex.holidays_rule)]
            # other calendars' names as written ("Eid al-Fitr", "Rosh Hashanah"; H96)
            + [re.escape(w).replace(r"\ ", r"\s+") for w in lex.holiday_calendar_names],
            key=len,
            reverse=True,
        )
    )
    # What follows a month in a holiday's name ("May Day"): "the second of May Day marches" is
    # no second of May (issue #3)
    month_holiday_tails = sorted(
        {
            re.escape(" ".join(w.split()[1:])).replace(r"\ ", r"\s+").replace("'", "['’]")
            for w in list(lex.holidays_fixed) + list(lex.holidays_rule)
            if len(w.split()) > 1 and w.split()[0] in lex.months
        },
        key=len,
        reverse=True,
    )
    # case-blind: a case-sensitive word in a negative look-ahead would break _lower_regex's superset
    NOT_HOLIDAY = rf"(?!\s+(?:{'|'.join(month_holiday_tails)})\b)" if month_holiday_tails else ""
    specs: list[tuple[str, str]] = [
        ("iso", r"\b(?P<y>\d{4})(?P<sep>[-/])(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?!\d)"),
        ("numeric", r"(?<![\d/.])(?P<num>\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))(?![\d/.]\d)"),
        (
            "mdy",
            # "early on August 6", like "late on Friday" (dev sets)
            rf"\b(?:(?P<weekof>the\s+week\s+of)\s+|(?P<mod>{MODS})(?:(?<=early)\s+on|(?<=late)\s+on)?[\s-]+)?(?:(?P<rel>this\s+coming|this\s+past|last|this|next)\s+)?(?:(?P<wd>{WD}),?\s+)?(?P<mon>{MON})\s+(?:(?P<d>{DAY})"
            rf"(?:(?:\s*(?:-|–|to|through)\s*|\s+(?P<and>and)\s+)(?P<d2>{DAY})(?!\s*(?:%|percent|million|billion|[ap]\.?m\b)|\s+(?:of\s+)?{MON})"
            # "March 25 and 26 in Rome", not "Sept. 30 and 12 other motions"
            r"(?(and)(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|for|to|with|and|of|when|as|respectively)\b)))?"
            # "March eighth", "March the eighth" (spoken), not "May second-quarter results"
            rf"|(?:the\s+)?(?P<dword>{ORDDAY})(?![\w-]))"
            rf"(?:,?\s+(?P<y>{YEAR})|\s+(?P<rely>(?:of\s+)?(?:last|this|next|that|the\s+same|the\s+previous|the\s+following)\s+year))?(?![\d.,]*\s*(?:%|percent|million|billion))",
        ),
        (
            "dmy",
            # "the first of January": a spelled-out day only with "the ... of", and not in a
            # holiday's name ("the Fourth of July parade", "the second of May Day marches"; issue #3)
            rf"\b(?:(?P<wd>{WD}),?\s+)?(?:(?:the\s+)?(?P<d>{DAY})(?:(?:\s*(?:-|–)\s*|\s+(?P<and>and)\s+|(?:(?<=\bfrom\s\d)|(?<=\bfrom\s\d\d))\s+to\s+)(?P<d2>{DAY}))?\s+(?:of\s+)?|the\s+(?!(?-i:{holidays})\b)(?P<dword>{ORDDAY})\s+of\s+)(?P<mon>{MON}){NOT_HOLIDAY}(?:,?\s+(?P<y>{YEAR})|\s+(?P<rely>(?:of\s+)?(?:last|this|next|that|the\s+same|the\s+previous|the\s+following)\s+year))?",
        ),
        (
            "month",
            rf"\b(?:(?P<mod>{MODS})[\s-]+)?(?:(?P<rel>{REL})\s+)?(?P<mon>{MON})(?:,?\s+(?:of\s+)?(?P<y>{YEAR})|\s+(?P<rely>(?:of\s+)?(?:last|this|next|that|the\s+same|the\s+previous|the\s+following)\s+year))?\b",
        ),
        (
            "weekday",
            rf"\b(?:(?P<mod>early|late|earlier|later|the\s+end\s+of)(?:\s+on)?\s+)?(?:(?P<rel>{REL}|the\s+(?:previous|preceding|following))\s+)?(?P<wd>{WD})(?P<pl>s)?(?P<poss>'s)?(?:\s+(?P<pod>{POD})s?)?(?:\s+(?P<wk>last|next|this)\s+week)?\b",
        ),
        (
            "dayword",
            rf"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?P<dw>today|yesterday|tomorrow|tonight)(?:'s)?|the\s+day\s+(?P<dd>before\s+yesterday|after\s+tomorrow))(?:\s+(?P<pod>{POD}))?\b",
        ),
        (
            "pod",
            rf"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?P<rel>this|last|tomorrow|yesterday)\s+(?P<pod>{POD})\b|\b(?P<overnight>overnight)(?:\s+(?P<owd>{WD})\b(?!'s|\s+(?:{POD})))?\b"
            rf"|\b(?:(?P<mod2>early|late|mid)[\s-]?)?(?P<pod2>morning|afternoon|evening|night)\s+(?P<rel2>yesterday|today|tomorrow)\b"
            # "by mid-afternoon", "by mid afternoon": that part of the last day named (TBAQ-cleaned)
            rf"|\b(?P<mod3>mid)[\s-]?(?P<pod3>morning|afternoon)\b",
        ),
        (
            "time",
            rf"\b(?P<clk>(?:(?P<mod>about|around|approximately)\s+)?"
            rf"(?:(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.\s?m\b\.?|p\.\s?m\b\.?|am\b|pm\b)"
            rf"|(?P<h24>[012]?\d):(?P<mi24>[0-5]\d)(?=\s*(?:{TZ}|hours|local|h\b))"
            rf"|(?P<h3>[01]?\d)(?:\s+o['’]clock)?\s+(?P<inthe>in\s+the\s+(?:morning|afternoon|evening))"
            rf"|(?P<hoc>[01]?\d)\s+o['’]clock"
            rf"|(?P<mh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s*(?:GMT|UTC|hours|hrs)\b)"
            rf"|(?P<noon>noon|midnight|midday))"
            rf"(?:\s+(?P<tz>{TZ}))?)(?:,?\s+(?P<on>on\s+)?(?:(?P<wd>{WD})|(?P<dw>today|yesterday|tomorrow)|(?P<mon>{MON})\s+(?P<d>{DAY})|(?P<dd>{DAY})\s+(?P<mon2>{MON}))(?:,?\s+(?P<ty>{YEAR}))?)?",
        ),
        (
            "year",
            rf"(?<![\$£€#\d.,/])(?:\b(?P<mod>{MODS})[\s-]+)?(?:\b(?P<fy>fiscal(?:\s+year)?|financial\s+year|calendar(?:\s+year)?|FY|the\s+year|model\s+year|post|pre)[\s-]*)?(?:\b|(?<=FY))(?:(?P<y>{YEAR})|(?<=FY)(?P<fyy>\d\d)(?!\d))(?![A-Za-z]|-[A-Za-z])(?P<y2>[-–/](?:\d\d|\d{{4}})(?!\d))?(?P<poss>'s)?(?![\d-]|\s*(?:%|percent))",
        ),
        (
            "decade",
            # "(?=['’]\d)": "and '90s" has no word boundary before its apostrophe
            rf"(?:\b|(?<![\w'’])(?=['’]\d0s))(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<dec4>1[5-9]\d0|20\d0)['’]?s|['’](?P<dec2>\d0)s|(?P<decw>{_alt(lex.decade_words)}))\b",
        ),
        (
            "century",
            rf"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<ord>{ORD})[\s-]+|(?P<crel>this|last|next|the\s+past|the\s+last|the\s+next|the\s+current|the\s+previous)\s+)centur(?:y|ies)\b",
        ),
        (
            "quarter",
            rf"\b(?:(?P<det>the|this|last|next|its|a|their|his|her|our)\s+)?(?:(?P<qrel>current|latest|previous|past|year-ago|year-earlier|same|comparable|corresponding|fiscal|just-ended|just-completed|recent|final|this\s+year's|last\s+year's|next\s+year's|year's|(?P<qy>{YEAR})|flat|strong|weak|calendar|traditionally\s+\w+|seasonally\s+\w+)\s+)*"
            rf"(?:(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?|(?P<qbare>))quarters?(?!-(?:mile|inch|century|point))(?:\s+of\s+(?:(?P<qofy>{YEAR})|(?P<qofrel>this|last|next|the\s+previous|the\s+same|the)\s+year|fiscal\s+(?P<qofy2>{YEAR})))?\b"
            rf"|\b(?P<qq>Q[1-4])(?:\s+(?P<qqy>{YEAR}))?\b",
        ),
        (
            "monthspan",
            # "the July-September quarter": a quarter named by its months (company reports)
            rf"\b(?:the\s+)?(?P<m1>{MON})\s*[-–]\s*(?P<m2>{MON})\s+(?:quarter|period)\b",
        ),
        (
            "period",
            rf"\b(?:the|a)\s+(?:(?P<prel>latest|same|year-ago|year-earlier|comparable|corresponding|recent|current|just-ended|(?P<py>{YEAR}))\s+)+period(?:\s+(?P<ply>last\s+year|a\s+year\s+(?:ago|earlier)|(?:of|in)\s+{YEAR}))?\b",
        ),
        (
            "half",
            rf"\b(?P<hh>H[12])\s+(?P<hhy>{YEAR})\b|"
            rf"\b(?:(?P<det>the|this|its)\s+)?(?:(?P<hrel>this\s+year's|last\s+year's|next\s+year's|(?P<hyy>{YEAR}))\s+)?(?P<hord>first|second|1st|2nd|latter|last)[\s-]+half(?:\s+of\s+(?:(?P<hy>{YEAR})|(?P<hrely>this|last|next|the)\s+year))?\b(?![\s-]+(?:hour|an?\s|point|mile|century|of\s+(?:the|a|an|his|her|its|their)\b))",
        ),
        (
            "season",
            rf"\b(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<srel>this\s+past|this\s+coming|this|last|next|the|past|coming)\s+)?(?:(?P<mod2>early|late)\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?:(?P<sy>{YEAR})|(?P<syrel>last|next|this)\s+year\b))?\b",
        ),
        (
            "relunit",
            r"\b(?:(?P<mod>early|late|mid|earlier|later|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+remainder\s+of)[\s-]+)?"
            r"(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+last|the\s+next|the\s+previous|the\s+coming|the\s+current|the\s+prior|the\s+latest|that|the|current)"
            r"\s+(?P<unit>week|month|year|weekend|decade|(?:fiscal|financial|calendar|full|school|model)\s+year)\b",
        ),
        (
            "anaphor",
            r"\b(?:(?P<mod>early|late|earlier|later)\s+)?(?:the\s+(?P<u1>day|week|month|year|night|morning|evening|afternoon)\s+(?P<dir>before|after)(?:\s+(?P<rel2>yesterday|last))?(?=\s*[,.;:!?)]|\s+(?:and|but|when|as|at|in|on|it|he|she|they)\b)"
            r"|the\s+(?P<which>next|following|previous|preceding|prior|same)\s+(?P<u2>day|week|month|year|morning|night|evening|afternoon|weekend)(?:\s+or\s+so\b)?"
            r"|(?P<that>that(?:\s+same)?|the\s+same)\s+(?P<u3>day|week|month|year|night|morning|evening|afternoon)"
            r"|(?P<inthe>in|during)\s+(?P<the>the\s+(?P<u4>day|week|month|year|morning|evening|afternoon|night))\b(?(mod)|(?=\s*[,.;:!?]|\s+(?:and|but|when|as)\b)))\b",
        ),
        (
            "ago",
            rf"\b(?:(?P<amod>about|nearly|almost|more\s+than|less\s+than|over|some|roughly|approximately|exactly|at\s+least|barely)\s+)?(?P<n>{NUM})(?:\s+or\s+(?:so|two|three|more))?[\s-]+(?P<unit>{UNIT})(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|before|after|previously|back)\b",
        ),
        (
            "duration",
            # "two to three weeks", "the next 12 to 18 months": one expression for the range
            # (TBAQ-cleaned 2 of 3), but not "from 10 to 12 months", a change of length
            rf"\b(?:(?P<dmod>{DURMOD})\s+)*(?:(?<!\bfrom\s)(?P<n0>\d+(?:\.\d+)?|{NUMWORD})\s+to\s+)?(?P<n>{NUM})(?:\s+(?P<more>more|additional|straight|consecutive|full|long))?(?:[\s-]+(?:(?:trading|business|working|calendar)\s+)?(?P<unit>{UNIT}))(?P<long>-long|-old)?(?:\s+and\s+a\s+half)?(?P<orso>\s+or\s+so)?\b",
        ),
        (
            "bareunit",
            # "weeks or months": one vague span, as TBAQ-cleaned tags it ("within weeks or months
            # of his capture", 1 of 1)
            r"\b(?:(?P<pre>for|over|in|within|after|took|take|takes|lasted|during)\s+)?(?P<x>(?P<xmod>the\s+(?:past|last|next|coming|first|early|final|closing|opening|initial)\s+|(?:recent|coming|past)\s+)?(?P<unit>minutes|hours|days|weeks|months|quarters|years|decades|centuries)(?:\s+or\s+(?:minutes|hours|days|weeks|months|quarters|years|decades|centuries)\b)?(?P<later>\s+(?:later|earlier)(?!\s+(?:in|this|that|on|than|today|yesterday|tonight)\b))?(?P<ago>\s+ago)?)\b",
        ),
        (
            "set",
            rf"\b(?:(?P<ev>every|each|per)\s+(?:(?P<other>other|single)\s+)?(?:(?P<sn>{NUMWORD}|\d+|few|several|couple\s+of)\s+)?(?P<sunit>{UNIT}|{WD}|{POD}|{SEASON}|{MON})"
            rf"|(?P<times>once|twice|thrice|(?:{NUMWORD}|\d+)\s+times)\s+(?:(?:a|an|per|each|every)\s+(?P<tu>{UNIT})|(?P<tfreq>{_alt(lex.frequency_words)}))"
            rf"|(?P<freq>{_alt(lex.frequency_words)}))\b",
        ),
        (
            # "the first week of April", "the last week of next month" (issue #3, H96)
            "monthweek",
            rf"\bthe\s+(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th|last|final|closing|opening)\s+week\s+of\s+"
            rf"(?:(?P<rel>this|next|last)\s+month|(?P<mon>{MON})(?:,?\s+(?P<y>{YEAR}))?)\b",
        ),
        (
            "holiday",
            rf"\b(?:(?P<rel>last|next|this)\s+)?(?-i:(?P<hol>{holidays}))(?:,?\s+(?P<y>{YEAR})|\s+(?P<hweek>week(?:end)?)\b)?\b",
        ),
        ("longunit", r"\b(?P<unit>(?:day|week|month|year|decade|hour|minute)s?)-?long\b"),
        ("named", rf"(?<![\w/.])(?P<named>{_alt(lex.named_dates)})(?![\w/]|\.\d)"),
        (
            "ahead",
            r"\bthe\s+(?P<unit>days|weeks|months|years)\s+ahead\b"
            # "over the years", "in the decades since": the stretch of years a change took,
            # a vague duration (TBAQ-cleaned: "over the years" PXY, "in the years that
            # followed" PXY, 2 of 2)
            r"|(?<=\bover\s)the\s+(?P<unit2>years|decades)\b"
            r"|(?<=\bin\s)the\s+(?P<unit3>years|decades)(?=\s+(?:since|that\s+followed|following|after\s+that)\b)"
            # "live without it for a while": a stretch of unknown length (TimeBank PXX, 1 of 1)
            r"|(?:(?<=\bfor\s)|(?<=\bafter\s))(?P<while>a\s+(?:little\s+|short\s+|long\s+)?while)\b",
        ),
        ("yearend", r"\b(?:(?P<rel>this|last|next|the)\s+)?year(?:'s)?[\s-]end\b"),
        # "at the turn of the year" (H96): not "the year" alone
        ("yearturn", r"\bthe\s+turn\s+of\s+the\s+year\b"),
        ("yearago", r"\b(?P<ya>year-(?:earlier|ago))\b"),
        (
            "oldyear",
            # "work began in 1163 and ...": a year before 1500 only after "in"/"since"/"until"
            # and closing its phrase, where a bare count ("in 1200 cases") cannot stand
            r"\b(?:in|since|until|around|circa)\s+(?P<x>(?:the\s+year\s+)?(?P<y>1[0-4]\d\d))(?![\d,.]\d)(?=\s*[,.;:)]|\s+(?:and|when|but|after|before|until|A\.?D\.?|CE)\b)",
        ),
        (
            "nthday",
            # "it's the second day of the strike", "today is the eighth day of the operation": the
            # day in view counted within an event (TimeBank tags it a date, 3 of 3 in TBAQ-cleaned)
            rf"\b(?:it|today|this)(?:\s+is|['’]s)\s+(?P<x>the\s+(?P<nth>{ORD})\s+(?:straight\s+|consecutive\s+|full\s+)?day)\s+(?:of|since|in)\b",
        ),
        (
            "spokenyear",
            # "the winter of nineteen ninety-four", as "the winter of 1994" (broadcast transcripts)
            rf"\b(?:(?P<mon>{MON})\s+|the\s+(?P<season>{SEASON})\s+of\s+)?(?:(?P<c>nineteen|twenty)[\s-]+(?P<dec>ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?P<unit1>one|two|three|four|five|six|seven|eight|nine))?"
            # "the year two thousand (and five)": only after "the year", where it cannot be a count
            rf"|the\s+year\s+two\s+thousand(?:\s+and\s+(?P<unit2>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen))?)\b",
        ),
        (
            "moneyrate",
            r"(?:[\$£€]\s?\d[\d,.]*(?:\s+(?:million|billion|trillion))?|\d[\d,.]*\s+(?:percent|%))\s+(?P<x>(?:a|an|per)\s+(?P<tu>year|month|week|day|hour|quarter))\b",
        ),
        (
            # "met on the 15th", "closes on the 22nd.": a day of the month last named
            "ordday",
            r"\b(?:on|by|until|till|since|from|before|after)\s+(?P<x>the\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th))"
            r"(?=\s*[,.;:)]|\s+(?:and|to|at|in|when|through|until|of\s+(?:this|last|next|that)\s+month)\b)",
        ),
        (
            "ref",
            r"\b(?P<present>now|currently|presently|nowadays|at\s+present|the\s+present|these\s+days|right\s+now|this\s+time|at\s+the\s+moment|the\s+moment|so\s+far)\b"
            r"|\b(?P<past>recently|lately|(?<=in\s)the\s+past|formerly)\b"
            r"|\b(?P<future>the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|future|a\s+later\s+date|the\s+(?:near|short)\s+term\b(?!-)|soon(?!\s+(?:as|after|afterwards?|thereafter|became|be)\b))\b"
            r"|\b(?P<current>current|recent)\b",
        ),
    ]
    months_trigger = (
        "(?-i:"
        + "|".join(
            sorted({_cap(w) for w in lex.months} | {w.upper() for w in lex.months}, key=len, reverse=True)
        )
        + ")"
    )
    # Patterns share triggers where they can: each distinct trigger is one scan of the text.
    # "day" finds "today"; "year" finds "year-end"; "days" finds "the days ahead"
    units = UNIT_STEMS + r"|morning|afternoon|evening|tomorrow"
    years = (
        r"(?<!\d)(?:(?:1[5-9]|20)\d\d|\d\d(?<=fy\d\d))(?!\d)|0['’]?s\b|ties\b|centur|nineteen|twenty|thousand"
    )
    periods = r"quarter|period|half|\b[QH][1-4]\b"
    # a word every "ref" match holds: its trigger and its need
    ref_words = (
        r"now|current|present|these\s+days|this\s+time|moment|so\s+far|recent|lately|past|formerly"
        r"|future|later\s+date|term|soon"
    )
    triggers = {
        "mdy": months_trigger,
        "dmy": months_trigger,
        "month": months_trigger,
        "weekday": r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)",
        "time": r"\d\s*[ap]\.?\s?m\b|\d:\d|noon|midnight|midday|\d\s+in\s+the|o['’]clock|\d\d\s*(?:GMT|UTC|hours|hrs)",
        "year": years,
        "decade": years,
        "century": years,
        "spokenyear": years,
        "quarter": periods,
        "period": periods,
        "half": periods,
        "season": SEASON,
        "ordday": r"\d(?:st|nd|rd|th)\b",
        # whole words: "per" alone opened a window at every "percent" and "paper"
        "set": r"\b(?:every|each|per|once|twice|thrice|times|" + _alt(lex.frequency_words) + r")\b",
    }
    for name in ("relunit", "anaphor", "duration", "bareunit"):
        triggers[name] = units
    # Patterns whose every match holds a rarer word get their own trigger: smaller windows
    # (speed: issue #3 asks >= 5x the naive dateparser baseline; outputs are unchanged).
    triggers |= {
        "dayword": r"today|yesterday|tomorrow|tonight",
        "pod": r"morning|afternoon|evening|night",
        "ahead": r"\bahead\b|\bthe\s+(?:years|decades)\b|\bwhile\b",
        "longunit": r"s?-?long\b",
        "moneyrate": r"\b(?:a|an|per)\s+(?:year|month|week|day|hour|quarter)\b",
        "yearend": r"year(?:'s)?[\s-]end",
        "yearago": r"year-(?:earlier|ago)",
        "nthday": r"\bday\s+(?:of|since|in)\b",
        "monthspan": r"[-–]\s*[a-z]+\.?\s+(?:quarter|period)\b",
        "oldyear": r"\b1[0-4]\d\d\b",
        # every match holds one of its need's words, and the pattern has ~20 alternatives, each
        # opening with "\b": run over a whole text it cost ~70 us per TBAQ article (issue #6)
        "ref": ref_words,
        # a unit right before its direction word ("three years ago", "a week or so later")
        "ago": rf"(?:{UNIT_STEMS})\w*(?:\s+or\s+so)?\s+(?:ago|earlier|later|from\s+now|hence|before|after|previously|back)\b",
    }
    # What every match of a pattern consumes, lower-cased (see Pattern.need). Keep each one in
    # step with its regex above: a need a match can lack loses expressions (speed only, issue #6).
    months = _alt(lex.months)
    needs = {
        "monthweek": r"week\s+of\s",
        "yearturn": r"turn\s+of\s+the\s+year",
        "iso": r"\d\d\d\d[-/][01]\d",
        "numeric": r"\d[/.]\d\d?[/.]\d\d",
        "dmy": rf"(?:\d(?:st|nd|rd|th)?\s+|(?:{ORDDAY})\s+)(?:of\s+)?(?:{months})",
        "ordday": r"the\s+\d\d?(?:st|nd|rd|th)",
        "anaphor": r"(?:the|that|same|next|following|previous|preceding|prior)\s+"
        r"(?:day|week|month|year|night|morning|evening|afternoon)",
        "ref": ref_words,
        "duration": rf"[\s-](?:{_alt(lex.units)}|centur)",
        "relunit": r"\s(?:week|month|year|decade|fiscal|financial|calendar|full|school|model)",
        "bareunit": r"(?:minute|hour|day|week|month|quarter|year|decade)s|centuries",
    }
    need_words = {
        "decade": ("0s", "0's", "0’s", *lex.decade_words),
        "century": ("centur",),
        "spokenyear": ("nineteen", "twenty", "thousand"),
        "half": ("h1", "h2", "half"),
        "period": ("period",),
        "quarter": ("quarter", "q1", "q2", "q3", "q4"),
        "longunit": ("long",),
        "named": tuple(w.split()[0] for w in lex.named_dates),
        "ahead": ("ahead", "years", "decades", "while"),
        "moneyrate": ("%", "$", "£", "€", "percent"),
    }
    # a flat alternation of names: SRE checks their first letters at C speed (grouping it, or a
    # look-ahead before it, costs 3-30x; H96)
    need_cased = {"holiday": holidays}
    return [
        Pattern(
            name,
            rx,
            triggers.get(name),
            re.compile(needs[name]) if name in needs else None,
            need_words.get(name, ()),
            re.compile(need_cased[name]) if name in need_cased else None,
        )
        for name, rx in specs
    ]


def _lower_regex(rx: str) -> re.Pattern[str] | None:
    """`rx` (compiled with re.I) for text.lower(), case-sensitive, its letters lower-cased and
    its case-sensitive parts "(?-i:May)" made plain "(?:may)": wherever `rx` matches the text,
    this matches the lower-cased text at the same place (a superset: "may" the verb too).
    That holds while no case-sensitive word sits in a negative look-around, where lower-casing
    would forbid more; the one there, the month after mdy's second day ("March 3 to 5 May"), is in
    an optional group, so the shorter match at the same place remains. None when `rx` has an
    upper-case escape (\\S, \\D...), which lower-casing would change."""
    if re.search(r"\\[A-Z]", rx):
        return None
    low = re.compile(rx.replace("(?-i:", "(?:").lower().replace("(?p<", "(?P<").replace("(?p=", "(?P="))
    if low.groupindex != re.compile(rx, re.I).groupindex:
        return None
    return low


# Lower-cased triggers rewritten so that every match opens with a character class: SRE then
# skips the characters outside it instead of trying the whole alternation at each position,
# about twice as fast (issue #6). Each finds the same matches as its key, alternative for
# alternative (a look-behind re-reads the opening character); keyed by the exact trigger, so an
# edited trigger simply runs as written (tests/test_timex.py checks both agree).
FAST_LOWER_TRIGGERS = {
    r"(?<!\d)(?:(?:1[5-9]|20)\d\d|\d\d(?<=fy\d\d))(?!\d)|0['’]?s\b|ties\b|centur|nineteen|twenty|thousand": (
        r"[\dtcn](?:(?<=\d)(?<!\d\d)(?:(?<=1)[5-9]\d\d|(?<=2)0\d\d|\d(?<=fy\d\d))(?!\d)|(?<=0)['’]?s\b"
        r"|(?<=t)ies\b|(?<=c)entur|(?<=n)ineteen|(?<=t)wenty|(?<=t)housand)"
    ),
    r"quarter|period|half|\b[qh][1-4]\b": r"[qph](?:(?<=q)uarter|(?<=p)eriod|(?<=h)alf|(?<=\b[qh])[1-4]\b)",
    r"\d\s*[ap]\.?\s?m\b|\d:\d|noon|midnight|midday|\d\s+in\s+the|o['’]clock|\d\d\s*(?:gmt|utc|hours|hrs)": (
        r"[\dnmo](?:(?<=\d)\s*[ap]\.?\s?m\b|(?<=\d):\d|(?<=n)oon|(?<=m)idnight|(?<=m)idday|(?<=\d)\s+in\s+the"
        r"|(?<=o)['’]clock|(?<=\d)\d\s*(?:gmt|utc|hours|hrs))"
    ),
    r"s?-?long\b": r"[sl-](?:(?<=s)-?long|(?<=-)long|(?<=l)ong)\b",
    r"\b(?:a|an|per)\s+(?:year|month|week|day|hour|quarter)\b": (
        r"[ap](?:(?<=\ba)n?|(?<=\bp)er)\s+(?:year|month|week|day|hour|quarter)\b"
    ),
}
# The same fast triggers, their word alternatives found with str.find instead: SRE stops at
# every "t", "n" or "c" ("m", "n", "o") to try them, where str.find runs through the text at C
# speed (the year trigger: 35 -> 23 us per TBAQ article, issue #6). Each is (the digit
# alternatives as one regex opening with \d, and the words in the order the trigger lists them,
# each with whether a word boundary must follow it). A digit match holds digits, quotes, spaces
# and the letters after a digit ("s", "p.m", "gmt"), none opening a word here, and the words
# hold no digit, so the two kinds never overlap; _split_spans checks, and trigger_spans falls
# back to finditer where they do.
SPLIT_TRIGGERS: dict[str, tuple[re.Pattern[str], tuple[tuple[str, bool], ...]]] = {
    fast: (digit, words)
    for fast, digit, words in (
        (
            FAST_LOWER_TRIGGERS[
                r"(?<!\d)(?:(?:1[5-9]|20)\d\d|\d\d(?<=fy\d\d))(?!\d)|0['’]?s\b|ties\b|centur|nineteen|twenty|thousand"
            ],
            re.compile(r"\d(?:(?<!\d\d)(?:(?<=1)[5-9]\d\d|(?<=2)0\d\d|\d(?<=fy\d\d))(?!\d)|(?<=0)['’]?s\b)"),
            (("ties", True), ("centur", False), ("nineteen", False), ("twenty", False), ("thousand", False)),
        ),
        (
            FAST_LOWER_TRIGGERS[
                r"\d\s*[ap]\.?\s?m\b|\d:\d|noon|midnight|midday|\d\s+in\s+the|o['’]clock|\d\d\s*(?:gmt|utc|hours|hrs)"
            ],
            re.compile(r"\d(?:\s*[ap]\.?\s?m\b|:\d|\s+in\s+the|\d\s*(?:gmt|utc|hours|hrs))"),
            (("noon", False), ("midnight", False), ("midday", False), ("o'clock", False), ("o’clock", False)),
        ),
    )
}


# Digit-led regexes (the iso and numeric needs, the digit half of SPLIT_TRIGGERS, the ordinal-day
# trigger) are tried only where a digit is: SRE scans a 2 KB text for a class at ~8 ns a
# character, ~15 us per regex, while one str.translate and str.find pass finds every digit for
# all of them (~6 us; TBAQ articles hold ~25 digits), issue #6.
_ONE_DIGIT = str.maketrans("0123456789", "0000000000")
_digits_last: tuple[str, list[int] | None] = ("", None)  # the text asked last and its digits


def digit_starts(text: str) -> list[int] | None:
    """Offsets of the digits in `text` (kept for the text asked last, which the next pattern
    asks about again); None for a non-ASCII text, where \\d also matches other scripts' digits."""
    global _digits_last
    last = _digits_last
    if last[0] is text:
        return last[1]
    out: list[int] | None = None
    if text.isascii():
        flat = text.translate(_ONE_DIGIT)
        out = []
        i = flat.find("0")
        while i >= 0:
            out.append(i)
            i = flat.find("0", i + 1)
    _digits_last = (text, out)  # one tuple, replaced whole: threads never see half of it
    return out


@lru_cache(maxsize=256)
def opens_with_digit(regex: re.Pattern[str]) -> bool:
    """True when every match of `regex` starts with a digit: "\\d" or a digit first, in each
    alternative of a leading alternation or group."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def digit_first(items: list) -> bool:
        if not items:
            return False
        op, av = items[0]
        if op is c.IN:
            return list(av) == [(c.CATEGORY, c.CATEGORY_DIGIT)]
        if op is c.LITERAL:
            return chr(av) in "0123456789"
        if op is c.BRANCH:
            return all(digit_first(list(alternative)) for alternative in av[1])
        if op is c.SUBPATTERN:
            return digit_first(list(av[3]))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            return av[0] >= 1 and digit_first(list(av[2]))  # "\d+", not "\d?"
        return False

    try:
        return digit_first(list(_parser.parse(regex.pattern, regex.flags)))
    except re.error:
        return False


def digit_led_spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]] | None:
    """The spans `regex.finditer(text)` finds, for a regex opens_with_digit: matched at each digit
    from the end of the last match on, as finditer goes (lookbehinds see the text before); None
    when that cannot be done (another regex, a non-ASCII text)."""
    starts = digit_starts(text) if opens_with_digit(regex) else None
    if starts is None:
        return None
    spans = []
    match = regex.match
    free_from = 0
    for at in starts:
        if at < free_from:
            continue
        m = match(text, at)
        if m is not None:
            spans.append(m.span())
            free_from = m.end()  # > at: the match holds its digit
    return spans


@lru_cache(maxsize=256)
def leading_literals(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """The strings one of which opens every match of a case-sensitive `regex` that opens with
    alternatives ("(?:second|minute|...)\\w*\\s+ago": second, minute, ...); None when the regex
    does not say, opens with one string (SRE finds a literal prefix fast itself) or with a
    single letter or digit (found everywhere: the regex's own scan is faster then)."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def opening(items: list) -> list[str] | None:
        while items and items[0][0] is c.AT:
            items = items[1:]  # "\b": zero-width, and regex.match still checks it
        run = []
        for op, av in items:
            if op is not c.LITERAL:
                break
            run.append(chr(av))
        if run:
            return ["".join(run)]
        if not items:
            return None
        op, av = items[0]
        if op is c.BRANCH:
            out: list[str] = []
            for alternative in av[1]:
                strings = opening(list(alternative))
                if strings is None:
                    return None
                out += strings
            return out
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # a group changing no flag
            return opening(list(av[3]))
        if op is c.IN and all(item_op is c.LITERAL for item_op, _ in av):
            return [chr(code) for _, code in av]
        return None

    if regex.flags & re.IGNORECASE:
        return None
    try:
        strings = opening(list(_parser.parse(regex.pattern, regex.flags)))
    except re.error:
        return None
    if not strings or len(strings) < 2 or any(len(w) == 1 and w.isalnum() for w in strings):
        return None
    return tuple(dict.fromkeys(strings))


def literal_led_spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]] | None:
    """The spans `regex.finditer(text)` finds, for a regex with leading_literals: matched only
    where one of them occurs (str.find), from the end of the last match on, as finditer goes;
    None for another regex.

    Why: the "ago" trigger opens with twelve unit stems, "ref"'s with fifteen words, and SRE
    tried them at every character (~25 us per TBAQ article each, issue #6); their few places
    are found at C speed."""
    strings = leading_literals(regex)
    if strings is None:
        return None
    places = set()
    for w in strings:
        i = text.find(w)
        while i >= 0:
            places.add(i)
            i = text.find(w, i + 1)
    spans = []
    match = regex.match
    free_from = 0
    for at in sorted(places):
        if at < free_from:
            continue
        m = match(text, at)
        if m is not None:
            if m.end() == at:
                return None  # an empty match: never for these, finditer's own rules then
            spans.append(m.span())
            free_from = m.end()
    return spans


def found(regex: re.Pattern[str], text: str, digit_led: bool) -> bool:
    """regex.search(text) is not None; tried at the digits only when `digit_led`
    (opens_with_digit, known in advance: this runs for every pattern need of every text)."""
    starts = digit_starts(text) if digit_led else None
    if starts is None:
        return regex.search(text) is not None
    match = regex.match
    return any(match(text, at) is not None for at in starts)


def _split_spans(
    digit: re.Pattern[str], words: tuple[tuple[str, bool], ...], text: str
) -> list[tuple[int, int]] | None:
    """SPLIT_TRIGGERS' spans: the digit regex's matches and each word's places (the first word
    listed wins where two start at one place, a later one overlapping an earlier is dropped, as
    finditer does); None when a digit match and a word overlap (finditer must decide)."""
    first: dict[int, int] = {}  # start -> length of the first listed word found there
    n = len(text)
    for w, bounded in reversed(words):
        i = text.find(w)
        while i >= 0:
            end = i + len(w)
            if not bounded or end == n or not _is_word(text[end]):
                first[i] = len(w)
            i = text.find(w, i + 1)
    spans = digit_led_spans(digit, text)
    if spans is None:
        spans = [m.span() for m in digit.finditer(text)]
    if not first:
        return spans
    cur = 0
    for i in sorted(first):
        if i >= cur:
            cur = i + first[i]
            spans.append((i, cur))
    spans.sort()
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        if start < end:
            return None
    return spans


def _lower_trigger(rx: str | None) -> re.Pattern[str] | None:
    """A trigger for text.lower(): its letters lower-cased (every escape in our triggers is
    lower-case already: \\b \\d \\s \\w), None when it has a case-sensitive part."""
    if rx is None or "(?-i:" in rx or re.search(r"\\[A-Z]", rx):
        return None
    low = rx.lower()
    return re.compile(FAST_LOWER_TRIGGERS.get(low, low))


@lru_cache(maxsize=64)
def _plain_words(trigger: re.Pattern[str]) -> tuple[str, ...] | None:
    """The words of a case-sensitive trigger that is only lower-case words joined by "|"."""
    if trigger.flags & re.I or not re.fullmatch(r"[a-z]+(?:\|[a-z]+)*", trigger.pattern):
        return None
    return tuple(trigger.pattern.split("|"))


@lru_cache(maxsize=64)
def _unbounded(trigger: re.Pattern[str]) -> re.Pattern[str] | None:
    """`trigger` without its opening "\\b", when that is followed by a letter or digit (so the
    boundary only says the character before is no word character); None otherwise (an
    alternation at the top, a group or class first, ASCII word rules).

    Why: a regex opening with "\\b" keeps SRE from skipping ahead to its first letter, trying
    every position instead: "\\b1[0-4]\\d\\d\\b" and "\\bday\\s+(?:of|since|in)\\b" cost ~40 us
    per article each, a twentieth of that without the "\\b" (issue #6)."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    source = trigger.pattern
    if not source.startswith("\\b") or trigger.flags & re.ASCII:
        return None
    items = list(_parser.parse(source, trigger.flags))
    if len(items) < 2 or items[0] != (c.AT, c.AT_BOUNDARY) or items[1][0] is not c.LITERAL:
        return None
    if not _is_word(chr(items[1][1])):
        return None
    return re.compile(source[2:], trigger.flags)


def _is_word(ch: str) -> bool:
    """SRE's "\\w" for one character of a str pattern (Unicode rules)."""
    return ch.isalnum() or ch == "_"


def trigger_spans(trigger: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The spans `trigger.finditer(text)` finds. A trigger of plain words is found with str.find,
    two to three times as fast as SRE tries the alternation at each character (issue #6): at
    each place the first word listed that is there, then on from its end, as finditer does.
    A trigger opening with "\\b" and a letter runs without the "\\b" (_unbounded), a match kept
    only where no word character precedes it; after a dropped one the search goes on from its
    next character, so the places tried, in order, are finditer's own."""
    split = SPLIT_TRIGGERS.get(trigger.pattern)
    if split is not None:
        spans = _split_spans(*split, text)
        if spans is not None:
            return spans
    words = _plain_words(trigger)
    if words is None:
        spans = digit_led_spans(trigger, text)
        if spans is None:
            spans = literal_led_spans(trigger, text)
        if spans is not None:
            return spans
        unbounded = _unbounded(trigger)
        if unbounded is None:
            return [m.span() for m in trigger.finditer(text)]
        spans = []
        search = unbounded.search
        pos = 0
        while (m := search(text, pos)) is not None:
            start = m.start()
            if start and _is_word(text[start - 1]):
                pos = start + 1  # not at a word start: finditer would have tried the next place
                continue
            spans.append(m.span())
            pos = m.end()  # never empty: the match opens with a letter
        return spans
    first: dict[int, int] = {}  # start -> length of the first listed word found there
    for w in reversed(words):
        i = text.find(w)
        while i >= 0:
            first[i] = len(w)
            i = text.find(w, i + 1)
    out = []
    cur = 0
    for i in sorted(first):
        if i >= cur:
            cur = i + first[i]
            out.append((i, cur))
    return out


def windows(trigger: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Merged [start, end) stretches of `text` around each trigger word, ending at a space."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for start, end in trigger_spans(trigger, text):
        a = max(0, start - WINDOW_BEFORE)
        b = min(n, end + WINDOW_AFTER)
        while b < n and not text[b].isspace():
            b += 1
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


@lru_cache(maxsize=1)
def compiled_patterns() -> tuple[Pattern, ...]:
    """Compiled once per process (the regexes are the tagger's speed)."""
    return tuple(_build(load_lexicon()))
