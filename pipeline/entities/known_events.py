"""Named events we know the dates of (issue #4 item 5): summits by edition, landmark events.

"the SCO summit in Samarkand" names one edition of a series; the edition is picked by the
place named nearby, then a year or month in the sentence, then the publication date and tense
(the latest edition on or before publication for past mentions, the next one for future ones).
Data: data/knowledge/named_events.csv and series.csv (README there).
"""

from __future__ import annotations

import calendar
import re
import re._parser as sre_parse  # the stdlib's own parser: the literal runs a pattern requires
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from pipeline.entities import gazetteer as gz
from pipeline.entities.gazetteer import read_csv
from pipeline.lazy import LazyRegex, given_flags
from pipeline.settings import DATA_DIR

KNOWLEDGE_DIR = DATA_DIR / "knowledge"
# How far (characters) either side of a mention we look for a place, year, month or tense cue
# when the sentence boundary is farther; one long news sentence is ~300 characters.
CONTEXT_CHARS = 250
YEAR_RE = re.compile(r"\b(20[0-4]\d)\b")
RELATIVE_YEAR_RE = re.compile(r"\b(last|this|next) year(?:'s|’s)?\b", re.IGNORECASE)
MONTH_RE = re.compile(
    r"\b(" + "|".join(calendar.month_name[1:]) + r"|Sept?\.?|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)\b"
)
_MONTH_ABBR = {"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12, "jan": 1, "feb": 2, "aug": 8}


@dataclass(frozen=True)
class KnownEvent:
    """A dated event from our knowledge file; event_type is one of models.EVENT_TYPES."""

    key: str
    name: str
    event_type: str
    date_start: date
    date_end: date
    location: str | None
    location_country: str | None
    lat: float | None
    lon: float | None
    countries: tuple[str, ...] = ()
    series: str = ""


def _pattern(text: str) -> str:
    # No leading look-behind: a pattern that starts with a literal lets `re` skip ahead fast
    # (about 10x on our demo articles); _starts_word checks the left edge instead.
    return text.strip().replace(" ", r"\s+")


def _required_words(regex: re.Pattern[str]) -> tuple[str, ...]:
    """Casefolded literal runs every match of `regex` contains, for a cheap `in` prefilter.

    Only runs outside groups, repeats and alternatives count, so a text without one of them
    cannot match: the prefilter drops no match, it only spares scanning for the ~150 patterns
    (about 1 ms per article on TBAQ newswire, where few patterns can match at all).
    """
    return tuple(_runs(sre_parse.parse(regex.pattern, given_flags(regex))))


def _runs(items: list) -> list[str]:
    """Casefolded literal runs among parsed regex items (their own level only)."""
    words: list[str] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre_parse.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            words.append("".join(run).casefold())
            run = []
    if run:
        words.append("".join(run).casefold())
    return words


def _required_any(regex: re.Pattern[str]) -> tuple[str, ...]:
    """Casefolded words one of which every match of `regex` contains, for a pattern with no
    _required_words: the longest literal run of each alternative of its first top-level
    alternation ("(?:explosion|blast)s? at ..." -> explosion, blast); () when one alternative
    has none. Why: such a pattern otherwise scans every article (~10 us each on TBAQ)."""
    for op, arg in sre_parse.parse(regex.pattern, given_flags(regex)):
        if op is sre_parse.SUBPATTERN and len(arg[3]) == 1 and arg[3][0][0] is sre_parse.BRANCH:
            op, arg = arg[3][0]
        if op is sre_parse.BRANCH:
            words = []
            for alternative in arg[1]:
                runs = _runs(list(alternative))
                if not runs:
                    return ()
                words.append(max(runs, key=len))
            return tuple(dict.fromkeys(words))
    return ()


def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    """The same words, longest first: the first is the pattern's gate (see _gates)."""
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _gates() -> tuple[str, ...]:
    """Each pattern's longest required word, once: ~70 words where the patterns require ~400
    ("summit" in many), so a text is searched for each gate once and only the patterns whose
    gate it holds check their other words."""
    _, _, direct, series, _ = _knowledge()
    return tuple(dict.fromkeys(words[0] for _, _, words in direct + series if words))


@lru_cache(maxsize=1)
def _by_gate() -> tuple[
    tuple[str, ...], dict[str, tuple[int, ...]], dict[str, tuple[int, ...]], tuple, tuple
]:
    """(gates holding whitespace, gate -> indices of the direct patterns it gates, the same for
    the series patterns, and the direct and series patterns without required words, each as
    (index, words one of which any match holds: _required_any))."""
    _, _, direct, series, _ = _knowledge()
    gated: list[dict[str, list[int]]] = [{}, {}]
    free: list[list[int]] = [[], []]
    for table, patterns in enumerate((direct, series)):
        for i, (_, _, words) in enumerate(patterns):
            if words:
                gated[table].setdefault(words[0], []).append(i)
            else:
                free[table].append(i)
    spaced = tuple(w for w in _gates() if len(w.split()) != 1)
    return (
        spaced,
        {w: tuple(ks) for w, ks in gated[0].items()},
        {w: tuple(ks) for w, ks in gated[1].items()},
        tuple((i, _required_any(direct[i][0])) for i in free[0]),
        tuple((i, _required_any(series[i][0])) for i in free[1]),
    )


# Gates found in one whitespace-free chunk of casefolded text ("summit,", "cop28"): news
# repeats its words, so most chunks of an article were seen before. Cleared when full; chunks
# longer than a word or two (a URL, a paragraph of a script written without spaces) are not kept.
_CHUNK_GATES: dict[str, tuple[str, ...]] = {}
_CHUNK_GATES_MAX = 100_000
_CHUNK_KEPT_CHARS = 40


@lru_cache(maxsize=1)
def _gates_by_first() -> dict[str, tuple[str, ...]]:
    """The gates without whitespace by their first character."""
    out: dict[str, list[str]] = {}
    for w in _gates():
        if len(w.split()) == 1:
            out.setdefault(w[0], []).append(w)
    return {c: tuple(ws) for c, ws in out.items()}


def _gates_in(folded: str) -> set[str]:
    """The gates (see _gates) that occur in `folded`: exactly {w for w in _gates() if w in folded}.

    Why: that set comprehension searched the whole text once per gate (~140 gates, 0.13 ms per
    TBAQ article, half of find_known_events). A gate holds no whitespace, so it occurs in the
    text exactly when it occurs in one of the text's whitespace-separated chunks; each distinct
    chunk is looked up once in a cache of the gates it holds (a gate with whitespace, none in
    today's tables, is searched in the whole text as before).
    """
    spaced = _by_gate()[0]
    by_first = _gates_by_first()
    cache = _CHUNK_GATES
    found: set[str] = set()
    for chunk in set(folded.split()):
        hit = cache.get(chunk)
        if hit is None:
            # only the gates opening with one of the chunk's characters can be in it
            hit = tuple(w for c in set(chunk) for w in by_first.get(c, ()) if w in chunk)
            if len(chunk) <= _CHUNK_KEPT_CHARS:
                if len(cache) >= _CHUNK_GATES_MAX:
                    cache.clear()
                cache[chunk] = hit
        if hit:
            found.update(hit)
    found.update(w for w in spaced if w in folded)
    return found


def _candidates(folded: str) -> tuple[list, list]:
    """([(regex, key, words)], [(regex, series, words)]): the patterns that may match in the casefolded text,
    in table order (ties in find_known_events keep the first found), those whose required words
    it holds. Only the present gates' patterns are looked at, not all ~350."""
    _, _, all_direct, all_series, _ = _knowledge()
    _, direct_of, series_of, direct_free, series_free = _by_gate()
    gates = _gates_in(folded)
    picked: list[list[int]] = [
        [i for i, words in direct_free if not words or any(w in folded for w in words)],
        [i for i, words in series_free if not words or any(w in folded for w in words)],
    ]
    for gate in gates:
        picked[0].extend(direct_of.get(gate, ()))
        picked[1].extend(series_of.get(gate, ()))
    direct = [all_direct[i] for i in sorted(picked[0]) if all(w in folded for w in all_direct[i][2][1:])]
    series = [all_series[i] for i in sorted(picked[1]) if all(w in folded for w in all_series[i][2][1:])]
    return direct, series


# The table's patterns spell a joining dash "-" (a few also "[-–]"): the Unicode hyphen, the
# non-breaking hyphen and the en dash ("EU–AU summit") are read as one before matching.
_AS_HYPHEN = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2013": "-"})


def _starts_word(text: str, start: int) -> bool:
    """A mention starts a word: "CELAC summit" is no mention inside "EU-CELAC summit" (a joint
    summit of its own, not the bloc's). find_known_events has made every joining dash "-"."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-_")


@lru_cache(maxsize=1)
def _knowledge() -> tuple[dict[str, KnownEvent], dict[str, tuple[str, ...]], list, list, dict[str, bool]]:
    """(key -> event, key -> place words, [(regex, key, words)], [(regex, series, words)], series ->
    future ok); `words` are the regex's _required_words, longest first."""
    from pipeline.entities.finder import place_info

    events: dict[str, KnownEvent] = {}
    place_words: dict[str, tuple[str, ...]] = {}
    direct: list[tuple[re.Pattern[str], str, tuple[str, ...]]] = []
    for row in read_csv("named_events.csv", KNOWLEDGE_DIR):
        info = place_info(row["location"]) if row["location"] else None
        lat, lon = (info[2], info[3]) if info else (None, None)
        events[row["key"]] = KnownEvent(
            key=row["key"],
            name=row["name"],
            event_type=row["event_type"],
            date_start=date.fromisoformat(row["date_start"]),
            date_end=date.fromisoformat(row["date_end"]),
            location=row["location"] or None,
            location_country=row["location_country"] or (info[1] if info else None),
            lat=lat,
            lon=lon,
            countries=tuple(c for c in row["countries"].split(";") if c),
            series=row["series"],
        )
        words = [w.strip() for w in row["place_words"].split(";") if w.strip()]
        if row["location"]:
            words.append(row["location"])
        place_words[row["key"]] = tuple(dict.fromkeys(words))
        for alias in filter(None, (a.strip() for a in row["aliases"].split(";"))):
            # compiled when an article's gates (_candidates) first call on it (issue #6: start-up)
            regex = LazyRegex(rf"{_pattern(alias)}(?![\w-])")
            direct.append((regex, row["key"], _longest_first(_required_words(regex))))  # type: ignore[arg-type]
    series: list[tuple[re.Pattern[str], str, tuple[str, ...]]] = []
    future_ok: dict[str, bool] = {}
    for row in read_csv("series.csv", KNOWLEDGE_DIR):
        future_ok[row["series"]] = row["resolve_future"] == "y"
        for pat in filter(None, (p.strip() for p in row["patterns"].split(";"))):
            regex = LazyRegex(rf"{_pattern(pat)}(?![\w-])", re.IGNORECASE)
            series.append((regex, row["series"], _longest_first(_required_words(regex))))  # type: ignore[arg-type]
    return events, place_words, direct, series, future_ok


@lru_cache(maxsize=1)
def _future_re() -> re.Pattern[str]:
    """Tense cues ("will", "upcoming", "ahead of") from data/gazetteers/cue_words.csv (future_cue)."""
    cues = sorted(gz.load_cue_words()["future_cue"], key=len, reverse=True)
    alt = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    return re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)


def known_event_by_key(key: str) -> KnownEvent | None:
    """The event with this key in data/knowledge/named_events.csv, or None."""
    return _knowledge()[0].get(key)


def anniversary_date(event: KnownEvent, nth: int) -> date:
    """The `nth` anniversary of the event's first day; 29 February falls back to 28 February."""
    start = event.date_start
    year = start.year + nth
    day = min(start.day, calendar.monthrange(year, start.month)[1])
    return date(year, start.month, day)


def _other_year_before(text: str, start: int, event: KnownEvent) -> bool:
    """ "Russia's 2014 invasion of Ukraine" is not the 2022 invasion: a year just before the
    mention that the event does not span rules it out."""
    m = YEAR_RE.search(text, max(0, start - 12), start)
    return bool(m) and not (event.date_start.year <= int(m.group(1)) <= event.date_end.year)


def _context(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a mention, capped at CONTEXT_CHARS either side."""
    lo = max(0, start - CONTEXT_CHARS)
    hi = min(len(text), end + CONTEXT_CHARS)
    left = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    right_candidates = [i for i in (text.find(". ", end, hi), text.find("\n", end, hi)) if i != -1]
    return (left + 1 if left != -1 else lo), (min(right_candidates) if right_candidates else hi)


def _months(window: str) -> set[int]:
    out = set()
    for m in MONTH_RE.finditer(window):
        word = m.group(1).rstrip(".").lower()
        if word in _MONTH_ABBR:
            out.add(_MONTH_ABBR[word])
        else:
            out.add(list(calendar.month_name).index(word.capitalize()))
    return out


# A series named as such, no edition meant: "every BRICS summit", "make the China-Central Asia
# summit a regular event", "the G20 summit has become a forum for ...", "hold the summit every two
# years", "the summit mechanism".
_GENERIC_BEFORE = re.compile(r"\b(?:every|each|any|successive)\s+(?:single\s+)?$", re.IGNORECASE)
_GENERIC_AFTER = re.compile(
    r"\s*(?:"
    r"(?:has|have)\s+(?:become|grown\s+into|turned\s+into|evolved\s+into)\s+(?:a|an|the|one)\b"
    r"|(?:a|an)\s+(?:regular|annual|yearly|biennial|permanent|standing|institutionali[sz]ed)\b"
    r"|(?:format|mechanism|process)\b"
    r"|,?\s*(?:which\s+is\s+|is\s+|are\s+)?(?:held|convened)\s+(?:every|each|annually|yearly|regularly)\b"
    r"|(?:every|each)\s+(?:year|two|three|four|other)\b|annually\b|regularly\b|on\s+a\s+regular\s+basis\b"
    r")",
    re.IGNORECASE,
)
# "the next G20 summit", "the previous EU summit": the edition after (before) the article's day,
# not one under way on it ("his last summit" is his final one, maybe today's: not read).
_ORDER_BEFORE = re.compile(
    r"(?:\b(next|upcoming|forthcoming)|\bthe\s+(last|previous|most\s+recent))\s+$", re.IGNORECASE
)


# "next week's G20 summit", "last month's NATO summit": the edition must fall in that week or month
# of the article; an edition outside it is another one (no edition is better than a wrong one).
_NEAR_RELATIVE = re.compile(r"\b(next|last|this)\s+(week|month)(?:'s|’s)?\s+$", re.IGNORECASE)


def _in_relative_period(event: KnownEvent, which: str, unit: str, published: date) -> bool:
    """Whether the edition overlaps the week or calendar month that "next/last/this" names."""
    if unit == "week":
        shift = {"next": 7, "last": -7, "this": 0}[which]
        lo, hi = published + timedelta(days=shift - 7), published + timedelta(days=shift + 7)
    else:
        month = published.year * 12 + published.month - 1 + {"next": 1, "last": -1, "this": 0}[which]
        lo = date(month // 12, month % 12 + 1, 1)
        hi = date((month + 1) // 12, (month + 1) % 12 + 1, 1) - timedelta(days=1)
    return event.date_start <= hi and event.date_end >= lo


def _generic(text: str, start: int, end: int) -> str:
    """'every' when the mention counts editions ("every BRICS summit"), 'series' when it says what
    the series is or should be ("make the ... summit a regular event"), else ''."""
    if _GENERIC_BEFORE.search(text, max(0, start - 20), start):
        return "every"
    return "series" if _GENERIC_AFTER.match(text, end) else ""


def _news_of_the_day(event: KnownEvent, published: date | None) -> bool:
    """The edition is under way or just over at publication: the article's own news."""
    return (
        published is not None
        and event.date_start <= published
        and (published - event.date_end).days <= JUST_ENDED_DAYS
    )


# A summit that ended this many days before the article is still the news of the day.
JUST_ENDED_DAYS = 7


def _pick_edition(series: str, text: str, start: int, end: int, published: date | None) -> KnownEvent | None:
    events, place_words, _, _, future_ok = _knowledge()
    editions = sorted((e for e in events.values() if e.series == series), key=lambda e: e.date_start)
    if not editions:
        return None
    lo, hi = _context(text, start, end)
    window = text[lo:hi]
    # Place: a place word of an edition written in the sentence; the nearest one to the mention
    # wins ("Washington wants more at the NATO summit in Vilnius" is Vilnius), and a city beats
    # a host country that names several editions ("Japan").
    distance: dict[str, tuple[int, int]] = {}
    for e in editions:
        for w in place_words[e.key]:
            for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", window):
                pos = lo + m.start()
                gap = start - (lo + m.end()) if pos < start else pos - end
                rank = (0 if w == e.location else 1, max(gap, 0))
                if e.key not in distance or rank < distance[e.key]:
                    distance[e.key] = rank
    if distance:
        best = min(distance.values())
        editions = [e for e in editions if distance.get(e.key) == best] or editions
    years = {int(y) for y in YEAR_RE.findall(window)}
    rel = RELATIVE_YEAR_RE.search(text, max(lo, start - 40), end)
    if rel and published:
        years.add(published.year + {"last": -1, "this": 0, "next": 1}[rel.group(1).lower()])
    near = _NEAR_RELATIVE.search(text, max(lo, start - 25), start)
    if near and published:
        which, unit = near.group(1).lower(), near.group(2).lower()
        editions = [e for e in editions if _in_relative_period(e, which, unit, published)]
        return editions[0] if len(editions) == 1 else None
    if years:
        narrowed = [e for e in editions if e.date_start.year in years]
        editions = narrowed or editions
    months = _months(window)
    if months and len(editions) > 1:
        narrowed = [e for e in editions if e.date_start.month in months or e.date_end.month in months]
        editions = narrowed or editions
    if len(editions) == 1:
        return editions[0]
    if published is None:
        return None
    order = _ORDER_BEFORE.search(text, max(lo, start - 25), start)
    if order and order.group(1):
        ahead = [e for e in editions if e.date_start > published]
        return ahead[0] if ahead and future_ok.get(series, False) else None
    if order:
        before = [e for e in editions if e.date_end < published]
        return before[-1] if before else None
    future = bool(_future_re().search(window)) and future_ok.get(series, False)
    upcoming = [e for e in editions if e.date_end >= published]
    past = [e for e in editions if e.date_start <= published]
    if future and upcoming:
        return upcoming[0]
    if future and not (past and (published - past[-1].date_end).days <= JUST_ENDED_DAYS):
        return None
    # No edition ahead: a future cue in the sentence is about something else ("met at the summit,
    # in what is expected to be their last meeting") when an edition has only just ended.
    return past[-1] if past else None


def find_known_events(
    text: str, published: date | None, spans: Sequence[tuple[int, int]] | None = None
) -> list[tuple[int, int, KnownEvent]]:
    """(start, end, event) for each named-event mention, sorted, non-overlapping.

    Editions of a series are told apart by place, year/month and publication date; a mention
    that stays ambiguous (no publication date, nothing else to go on) is left out.
    """
    events, _, all_direct, all_series, _ = _knowledge()
    text = text.translate(_AS_HYPHEN)  # same length: offsets stay those of the caller's text
    folded = text.casefold()
    direct, series = _candidates(folded)
    ranges = sorted(spans) if spans is not None else [(0, len(text))]
    found: list[tuple[int, int, KnownEvent]] = []
    for lo, hi in ranges:
        # A pattern runs on a span holding its required words (one news paragraph seldom holds
        # them all): ~45 scans of a span per TBAQ article were mostly for nothing (issue #6).
        part = folded if spans is None else text[max(lo, 0) : hi].casefold()
        for regex, key, words in direct:
            if spans is not None and not all(w in part for w in words):
                continue
            for m in regex.finditer(text, lo, hi):
                event = events[key]
                if _starts_word(text, m.start()) and not _other_year_before(text, m.start(), event):
                    found.append((m.start(), m.end(), event))
        for regex, name, words in series:
            if spans is not None and not all(w in part for w in words):
                continue
            for m in regex.finditer(text, lo, hi):
                if not _starts_word(text, m.start()):
                    continue
                generic = _generic(text, m.start(), m.end())
                if generic == "every":
                    continue
                picked = _pick_edition(name, text, m.start(), m.end(), published)
                if picked and generic and not _news_of_the_day(picked, published):
                    # A series named as such is no edition, unless one is the day's news: "leaders
                    # agreed to make the summit a regular event", told as that summit closes, is
                    # said at it (and its row is that summit's).
                    continue
                if picked:
                    found.append((m.start(), m.end(), picked))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, KnownEvent]] = []
    for item in found:
        if out and item[0] < out[-1][1]:
            continue
        out.append(item)
    return out
