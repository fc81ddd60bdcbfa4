"""Cached loaders for the event lexicons in data/lexicons (triggers, cue words, abbreviations).

Each file is read once per process; the compiled regexes live here so every stage shares them.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.lazy import LazyRegex, given_flags
from pipeline.models import EVENT_TYPES
from pipeline.settings import DATA_DIR, read_yaml

LEXICON_DIR = DATA_DIR / "lexicons"


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon entry: the forms that name an event and the codes the row gets."""

    forms: tuple[str, ...]
    pos: str
    event_type: str
    plover: str
    cameo: str
    not_before: tuple[re.Pattern[str], ...] = ()
    not_after: tuple[re.Pattern[str], ...] = ()
    needs_state_actor: bool = False
    needs_diplomatic: bool = False
    needs_guest: bool = False
    # A plain reporting verb ("said") is a row only when the text dates that act itself.
    needs_own_date: bool = False
    priority: int = 0
    phrase: tuple[str, ...] = ()  # title verb phrase (plural, singular) when the type's default misleads
    # Regexes for triggers with a gap no literal form can hold ("called the move absurd"): the
    # whole match is the trigger.
    patterns: tuple[re.Pattern[str], ...] = ()
    # The patterns' matches are noun phrases ("talks hosted by China"): their triggers are nominal,
    # as a form's noun is, so an undated one is background like "the talks" (not a verb told done).
    nominal: bool = False


@dataclass(frozen=True)
class Cues:
    """Compiled cue regexes: status groups in priority order, evidentiality, actor words."""

    status: tuple[tuple[str, str, re.Pattern[str]], ...]  # (status, window, regex)
    evidentiality: tuple[tuple[str, re.Pattern[str]], ...]
    state_actor: re.Pattern[str]
    non_state_speaker: re.Pattern[str]
    extra: dict[str, object] = field(default_factory=dict)


def _read_yaml(name: str) -> dict:
    return read_yaml(Path(LEXICON_DIR / name)) or {}


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex matching any of `patterns` on word boundaries (searched in the
    lower-cased text when its source allows: LoweredRegex)."""
    body = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    source = rf"(?<![\w'’])(?:{body})(?![\w])"
    if not _lower_safe_source(source):
        return re.compile(source, re.IGNORECASE)
    # the case-insensitive regex is compiled at the first place found (issue #6: start-up)
    return LoweredRegex(LazyRegex(source, re.IGNORECASE), re.compile(source))  # type: ignore[return-value,arg-type]


def lowered_if_safe(regex: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive regex as a LoweredRegex when its source allows (_lower_safe_source):
    the same matches, found faster (a hot sibling of the cue regexes, "said|says|announced")."""
    if not regex.flags & re.IGNORECASE or not _lower_safe_source(regex.pattern):
        return regex
    return LoweredRegex(regex, re.compile(regex.pattern, regex.flags & ~re.IGNORECASE))  # type: ignore[return-value]


# Characters a cue regex may hold as literals for the lower-cased search: besides _LOWER_SAFE,
# ASCII punctuation and curly quotes, which have no case (tests/test_events.py checks every code
# point: nothing else lower-cases to one of them).
_CUE_SAFE = frozenset('!"#$%&()*+,./:;<=>?@[\\]^_`{|}~‘’“”')


def _lower_safe_source(source: str) -> bool:
    """True when `source`, compiled without IGNORECASE and searched in the lower-cased text,
    matches where it matches the text with IGNORECASE: its literals are lower-case letters,
    digits or caseless characters (_LOWER_SAFE, _CUE_SAFE); no ranges, back-references or
    inline flags, whose meaning the lower-casing could change.
    """
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def literal_ok(code: int) -> bool:
        ch = chr(code)
        return ch in _LOWER_SAFE or ch in _CUE_SAFE or ch.isdigit() and ch.isascii()

    def ok(items: list) -> bool:
        for op, av in items:
            if op in (c.LITERAL, c.NOT_LITERAL):
                if not literal_ok(av):
                    return False
            elif op is c.IN:
                for item_op, item_av in av:
                    if item_op in (c.LITERAL, c.NOT_LITERAL):
                        if not literal_ok(item_av):
                            return False
                    elif item_op not in (c.CATEGORY, c.NEGATE):
                        return False
            elif op in (c.AT, c.ANY):
                continue
            elif op is c.SUBPATTERN:
                if av[1] or av[2] or not ok(av[3]):
                    return False  # "(?-i:May)" keeps its case
            elif op is c.BRANCH:
                if not all(ok(branch) for branch in av[1]):
                    return False
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                if not ok(av[2]):
                    return False
            elif op in (c.ASSERT, c.ASSERT_NOT):
                if not ok(av[1]):
                    return False
            elif op is c.ATOMIC_GROUP:
                if not ok(av):
                    return False
            else:
                return False  # a back-reference, a conditional group: the plain regex
        return True

    try:
        parsed = _parser.parse(source, re.IGNORECASE)
    except re.error:
        return False
    return parsed.state.flags == re.IGNORECASE | re.UNICODE and ok(parsed.data)


@lru_cache(maxsize=1)
def load_triggers() -> tuple[TriggerEntry, ...]:
    """Trigger entries from triggers.yaml; raises ValueError naming a bad entry."""
    entries = []
    for i, raw in enumerate(_read_yaml("triggers.yaml").get("triggers", [])):
        if raw.get("event_type") not in EVENT_TYPES:
            raise ValueError(
                f"data/lexicons/triggers.yaml entry {i}: unknown event_type {raw.get('event_type')!r}"
            )
        entries.append(
            TriggerEntry(
                forms=tuple(str(f).lower() for f in raw["forms"]),
                pos=raw.get("pos", "verb"),
                event_type=raw["event_type"],
                plover=str(raw.get("plover") or ""),
                cameo=str(raw.get("cameo") or ""),
                not_before=tuple(LazyRegex(p, re.IGNORECASE) for p in raw.get("not_before", []) or []),
                not_after=tuple(LazyRegex(p, re.IGNORECASE) for p in raw.get("not_after", []) or []),
                needs_state_actor=bool(raw.get("needs_state_actor", False)),
                needs_own_date=bool(raw.get("needs_own_date", False)),
                needs_diplomatic=bool(raw.get("needs_diplomatic", False)),
                needs_guest=bool(raw.get("needs_guest", False)),
                priority=int(raw.get("priority", 0)),
                phrase=tuple(str(x) for x in raw.get("phrase", []) or []),
                patterns=tuple(_guarded(LazyRegex(p, re.IGNORECASE)) for p in raw.get("patterns", []) or []),
                nominal=bool(raw.get("nominal", False)),
            )
        )
    return tuple(entries)


# The literal letters (hyphens allowed) an alternative of a pattern's leading group opens with.
_LEADING_RUN = re.compile(r"[a-zA-Z][a-zA-Z\-]*")
# Characters that match an ASCII letter under re.IGNORECASE but not after str.lower() (or change
# length there): 'İ', 'ı', 'ſ', the Kelvin sign. Texts holding one take the plain path.
_CASE_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")
# Every GuardedPattern made, for the one scan per text that serves them all; and the scan's
# regex with, per word it matched, the patterns that word may open, and the patterns of each
# leading word (built again when more came).
_GUARDED: list[GuardedPattern] = []
_scan_state: tuple[int, re.Pattern[str], dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]] | None = None


_lowered_last: tuple[str, str | None] = ("", "")
# The last scanned text's places in scan order, each with the indices (in _GUARDED) of the
# patterns whose words may begin there (None: unknown), how many patterns the scan served, and
# whether the places are every place a word begins (no hyphenated scan word hid one).
_hits_last: tuple[str, list[tuple[int, tuple[int, ...]]] | None, int, bool] = ("", None, 0, False)


def _lowered(text: str) -> str | None:
    """text.lower() with the same offsets, or None when IGNORECASE and lower() may disagree there.

    The trigger search asks once per sentence: the last answer is kept (one tuple, replaced
    whole, so threads never see half of it).
    """
    global _lowered_last
    last = _lowered_last
    if last[0] is text:
        return last[1]
    low: str | None = text.lower()
    if len(low) != len(text) or (not text.isascii() and any(c in text for c in _CASE_ODD)):
        low = None
    _lowered_last = (text, low)
    return low


def lowered_text(text: str) -> str | None:
    """text.lower() when a case-insensitive match of lower-case words in `text` is exactly a
    match of those words in it (same offsets; none of the letters IGNORECASE folds otherwise,
    such as the long s or the Kelvin sign), else None. Kept for the text asked last.

    Why: a word missing from the lower-cased text rules out a case-insensitive pattern that
    needs it, without running the pattern over the text (issue #6)."""
    return _lowered_any(text)


def _lowered_any(text: str) -> str | None:
    """_lowered(text), without replacing the kept answer for a short string (a speaker's name
    and title, searched between searches of the article's text)."""
    if len(text) > 200 or _lowered_last[0] is text:
        return _lowered(text)
    low: str | None = text.lower()
    if len(low) != len(text) or (not text.isascii() and any(c in text for c in _CASE_ODD)):
        low = None
    return low


def _scan_words(text: str) -> None:
    """Where each guarded pattern's leading words occur in `text`, from one scan for all of them.

    At a place where words of several patterns fit ("launch", "launched"), the fitting words
    are prefixes of the same text, and the scan's match is the longest of them (the prefix
    tree tries the longer path first); so the patterns told the place are exactly those holding
    a word that is a prefix of the match. (Patterns whose word merely starts with the match were
    told too once: "is" opened every "issued ..." pattern at each "is", ~60% of the patterns
    tried per article for nothing, issue #6.) The answer is one tuple, replaced whole, so
    threads never see half of it; each pattern reads its own places off it when asked
    (GuardedPattern.word_starts): the trigger search reads the places directly.
    """
    global _scan_state, _hits_last
    guarded = tuple(_GUARDED)
    state = _scan_state
    if state is None or state[0] != len(guarded):
        words = sorted({w for g in guarded for w in g._words})
        # Only at a word start: every guarded pattern opens with "\b" before its word, and a
        # character before it is a word character in the text exactly when it is one in the
        # lower-cased text (tests/test_speed_prefilters.py checks every code point). A third
        # of the places the scan found were inside words ("this", "crisis"), issue #6.
        state = (
            len(guarded),
            re.compile(rf"(?<!\w)(?:{_trie_pattern(words)})"),
            {},
            _patterns_by_word(guarded),
        )
        _scan_state = state
    low = _lowered(text)
    if low is None:
        _hits_last = (text, None, len(guarded), False)
        return
    _, scan, owners_of, by_word = state
    hits: list[tuple[int, tuple[int, ...]]] = []
    complete = True
    for m in scan.finditer(low):
        found = m.group()
        owners = owners_of.get(found)
        if owners is None:
            # the patterns holding a word that is a prefix of the match, in index order
            owners = tuple(sorted({i for n in range(1, len(found) + 1) for i in by_word.get(found[:n], ())}))
            owners_of[found] = owners
        if "-" in found:
            complete = False  # "co-founded" hides a word start ("founded") from the scan
        hits.append((m.start(), owners))
    _hits_last = (text, hits, len(guarded), complete)


def _patterns_by_word(guarded: tuple[GuardedPattern, ...]) -> dict[str, tuple[int, ...]]:
    """Each leading word -> the indices of the guarded patterns holding it: a new scan match's
    patterns are those of its prefixes (comparing it with every pattern's words cost ~40 ms
    per process over a thousand articles)."""
    out: dict[str, list[int]] = {}
    for i, g in enumerate(guarded):
        for w in g._words:
            out.setdefault(w, []).append(i)
    return {w: tuple(ix) for w, ix in out.items()}


def guarded_patterns() -> tuple[GuardedPattern, ...]:
    """Every GuardedPattern made so far, in the order scan_hits' indices count them."""
    return tuple(_GUARDED)


def scan_hits(text: str) -> list[tuple[int, tuple[int, ...]]] | None:
    """The places the guarded patterns' words may begin in `text`, in text order, each with the
    indices (in guarded_patterns()) of the patterns that may match there; None when unknown
    (lower() and IGNORECASE may disagree in this text: every pattern must run).

    Why: the trigger search plans which patterns each sentence needs from one list per text;
    gathering it from every pattern's own list cost as much as the scan (issue #6).
    """
    last = _hits_last
    if last[0] is not text or last[2] != len(_GUARDED):
        _scan_words(text)
        last = _hits_last
    return last[1] if last[0] is text else None


def scan_complete(text: str) -> bool:
    """True when scan_hits(text) holds every place a guarded pattern can match in `text`, so a
    pattern need only be tried there (GuardedPattern.finditer); False when a hyphenated word
    the scan matched may hide one ("co-founded"), or the places are unknown."""
    last = _hits_last
    if last[0] is not text or last[2] != len(_GUARDED):
        _scan_words(text)
        last = _hits_last
    return last[0] is text and last[1] is not None and last[3]


class GuardedPattern:
    """A compiled trigger pattern that skips text spans where none of its leading words occur.

    Why: the ~20 gap patterns ("held ... talks", "called it absurd") run case-insensitively over
    every sentence, and SRE cannot skip ahead in a case-insensitive scan: ~1 ms per article, most
    of the trigger search. Each pattern must open with a word boundary and one of a few plain
    words; one case-sensitive scan of the lower-cased text per article finds where the words of
    all of them are, and the pattern itself runs only on spans holding one. Matches are exactly the
    pattern's: a span without its words cannot hold a match (a word hidden inside an earlier
    found word is inside a run of letters, where the pattern's "\b" fails).
    """

    __slots__ = ("_lazy", "_regex", "pattern", "_words", "_last", "_index")

    def __init__(self, regex: re.Pattern[str] | LazyRegex, words: tuple[str, ...]) -> None:
        # A LazyRegex is compiled when the pattern first runs (only where its words occur).
        self._lazy = regex
        self._regex: re.Pattern[str] | None = None if isinstance(regex, LazyRegex) else regex
        self.pattern = regex.pattern
        self._words = tuple(sorted(set(words)))
        # (text, its word_starts, whether they are complete), kept for the text asked last
        self._last: tuple[str, list[int] | None, bool] = ("", [], False)
        self._index = len(_GUARDED)  # the index scan_hits' places name this pattern by
        _GUARDED.append(self)

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern."""
        regex = self._regex
        if regex is None:
            regex = self._regex = self._lazy.regex  # type: ignore[union-attr]
        return regex

    @property
    def flags(self) -> int:
        return self.regex.flags

    def word_starts(self, text: str) -> list[int] | None:
        """Sorted offsets in `text` where one of the leading words may begin (a superset of the
        match starts); None when unknown, and the pattern must run everywhere."""
        last = self._last
        if last[0] is not text:
            hits = scan_hits(text)
            if hits is None:
                last = (text, None, False)
            else:
                index = self._index
                last = (text, [at for at, owners in hits if index in owners], scan_complete(text))
            self._last = last
        return last[1]

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """regex.finditer(text, pos, endpos), without the scan when text[pos:endpos] lacks the words.

        Where the scan found every place a match can start, the pattern is only tried there
        (regex.match at each, left to right, from the end of the last match on, as finditer
        goes): a case-insensitive scan of the whole span tries every character and cost ~9 us
        a sentence, most of the trigger search (issue #6). Lookbehinds and "\\b" see the text
        before `pos` either way, and `endpos` ends the text for both.
        """
        starts = self.word_starts(text)
        if starts is None:
            return self.regex.finditer(text, pos, endpos)
        i = bisect_left(starts, pos)
        if i == len(starts) or starts[i] >= endpos:
            return iter(())
        last = self._last  # read once: another thread may scan another text meanwhile
        if last[0] is not text or not last[2]:
            return self.regex.finditer(text, pos, endpos)
        match = self.regex.match
        found = []
        free_from = pos  # where the next match may start: finditer's matches do not overlap
        for at in starts[i:]:
            if at >= endpos:
                break
            if at < free_from:
                continue
            m = match(text, at, endpos)
            if m is not None:
                if m.end() == at:
                    return self.regex.finditer(text, pos, endpos)  # an empty match: never expected
                found.append(m)
                free_from = m.end()
        return iter(found)

    def __getattr__(self, name: str) -> object:
        if name.startswith("__") or name in GuardedPattern.__slots__:
            raise AttributeError(name)
        return getattr(self.regex, name)  # search, match, ... as the compiled pattern

    def __eq__(self, other: object) -> bool:
        if isinstance(other, GuardedPattern):
            other = other._lazy
        if isinstance(other, LazyRegex) and isinstance(self._lazy, LazyRegex):
            return self._lazy == other
        return self.regex == (other.regex if isinstance(other, LazyRegex) else other)

    def __hash__(self) -> int:
        return hash(self.regex)

    def __reduce__(self) -> tuple[object, tuple[re.Pattern[str] | LazyRegex]]:
        return _guarded, (self._lazy,)

    def __repr__(self) -> str:
        return f"GuardedPattern({self._lazy!r})"


# The characters _structure reads: escapes, class brackets, group parentheses and bars.
_STRUCTURE_CHAR = re.compile(r"[\\\[\]()|]")


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """(offset, character, group depth before it) of each '(', ')' and '|' of a regex source
    that is not escaped or inside a character class."""
    depth, i, in_class = 0, 0, False
    find = _STRUCTURE_CHAR.search  # other characters change nothing: skipped in one step
    while (m := find(source, i)) is not None:
        i = m.start()
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if source[i + 1 : i + 2] == "^":
                i += 1
            if source[i + 1 : i + 2] == "]":
                i += 1  # "[]...]" and "[^]...]": a leading ']' is a member
        elif c in "()|":
            yield i, c, depth
            depth += {"(": 1, ")": -1, "|": 0}[c]
        i += 1


def _top_level_alternation(source: str) -> bool:
    """True when `source` has a '|' outside every group ("\\bsaid|\\bxyz" need not start with said)."""
    return any(c == "|" and depth == 0 for _, c, depth in _structure(source))


def _top_level_parts(body: str) -> list[str] | None:
    """`body` (a group's inside) split at its own '|', or None when its parentheses do not close."""
    cuts = [-1]
    for i, c, depth in _structure(body):
        if c == "|" and depth == 0:
            cuts.append(i)
    final = sum({"(": 1, ")": -1}.get(c, 0) for _, c, _ in _structure(body))
    if final != 0:
        return None
    cuts.append(len(body))
    return [body[a + 1 : b] for a, b in zip(cuts, cuts[1:], strict=False)]


def _group_end(source: str, open_at: int) -> int | None:
    """Index of the ')' closing the group opened at `open_at`."""
    return next((i for i, c, depth in _structure(source) if i > open_at and c == ")" and depth == 1), None)


def leading_words(source: str) -> tuple[str, ...] | None:
    """The words one of which must open any match of a pattern "\\b(?:w1...|w2...)..." or "\\bw...",
    lower-cased (a superset: an optional last letter is left off, "militias?" gives "militia"),
    or None when the source does not say (a class, a group or a quantifier first).

    Why: a pattern with known leading words runs only where one occurs (GuardedPattern); one
    that cannot be read runs over every sentence of every article.
    """
    if not source.startswith("\\b"):
        return None
    rest = source[2:]
    if rest.startswith("(?:"):
        end = _group_end(rest, 0)
        if end is None or rest[end + 1 : end + 2] in ("?", "*", "{"):
            return None
        alternatives = _top_level_parts(rest[3:end])
    else:
        alternatives = [rest]
    if alternatives is None:
        return None
    words = []
    for alt in alternatives:
        if alt.startswith("(?-i:"):
            alt = alt[5:]  # "(?-i:Taliban)": the scan of lower-cased text still finds it
        m = _LEADING_RUN.match(alt)
        if m is None:
            return None
        word, after = m.group(), alt[m.end() : m.end() + 1]
        if after in ("?", "*"):
            word = word[:-1]
        elif after == "{":
            return None
        if not word:
            return None
        words.append(word.lower())
    return tuple(words)


def required_words(regex: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Lower-cased words a text must hold for `regex` to match in it: every match holds one
    word of each tuple (a literal run of the pattern's own level, or one per alternative of an
    alternation there: "(?:troops|soldiers)\\s+(?:detained|seized)" -> (troops, soldiers),
    (detained, seized)). Only runs of _LOWER_SAFE / _CUE_SAFE characters count, so they can be
    looked for in the text's _lowered() form; () when nothing is known.

    Why: a pattern whose leading words cannot be read (GuardedPattern) ran over every sentence
    of every article, case-insensitively: four of them cost ~0.2 ms per TBAQ article (issue
    #6); most articles lack their other words, so they need not run there at all.
    """
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def safe(word: str) -> bool:
        return all(ch in _LOWER_SAFE or ch in _CUE_SAFE for ch in word)

    def runs(items: list) -> list[str]:
        """The required literal runs of a sequence of parsed items (groups in it included)."""
        out: list[str] = []
        run: list[str] = []
        for op, av in items:
            if op is c.LITERAL:
                run.append(chr(av).lower())
                continue
            if run:
                out.append("".join(run))
                run = []
            if op is c.SUBPATTERN:
                out.extend(runs(av[3]))
        if run:
            out.append("".join(run))
        return [w for w in out if safe(w)]

    def needs(items: list) -> list[tuple[str, ...]]:
        out = [(w,) for w in runs(items)]
        for op, av in items:
            if op is c.SUBPATTERN:
                out.extend(t for t in needs(av[3]) if len(t) > 1)
            elif op is c.BRANCH:
                choice = []
                for alternative in av[1]:
                    words = runs(alternative)
                    if not words:
                        break
                    choice.append(max(words, key=len))
                else:
                    out.append(tuple(dict.fromkeys(choice)))
        return out

    flags = given_flags(regex)  # (a LazyRegex stays uncompiled)
    try:
        parsed = _parser.parse(regex.pattern, flags)
    except re.error:
        return ()
    return tuple(dict.fromkeys(needs(list(parsed))))


def may_match(needed: tuple[tuple[str, ...], ...], low: str) -> bool:
    """False when the lower-cased text lacks every word of one of `needed`'s tuples
    (required_words): the pattern cannot match in it."""
    return all(any(w in low for w in words) for words in needed)


def may_match_in(needed: tuple[tuple[str, ...], ...], low: str, start: int, end: int) -> bool:
    """may_match(needed, low[start:end]) without the slice: False when the lower-cased span
    lacks every word of one of `needed`'s tuples. Why: a pattern's words are parts of its match,
    so a sentence without them cannot hold one; a text-wide check let one common word ("by")
    run a case-insensitive pattern over every sentence of most articles (issue #6)."""
    find = low.find
    return all(any(find(w, start, end) >= 0 for w in words) for words in needed)


def _guarded(regex: re.Pattern[str] | LazyRegex) -> re.Pattern[str]:
    """The pattern wrapped in a GuardedPattern when its leading words can be read off its source
    (a LazyRegex stays uncompiled: its flags are read as given, and a source opening with "\\b"
    holds no global inline flag)."""
    flags = given_flags(regex)
    if flags & re.VERBOSE or _top_level_alternation(regex.pattern):
        return regex
    words = leading_words(regex.pattern)
    if words is None:
        return regex
    return GuardedPattern(regex, words)  # type: ignore[return-value]


@lru_cache(maxsize=1)
def trigger_regex() -> tuple[re.Pattern[str], dict[str, list[TriggerEntry]]]:
    """One regex over every form (longest match wins) and the entries each lower-cased form belongs to."""
    by_form: dict[str, list[TriggerEntry]] = {}
    for entry in load_triggers():
        for form in entry.forms:
            by_form.setdefault(form, []).append(entry)
    source = rf"(?<![\w\-])(?:{_trie_pattern(by_form)})(?![\w\-])"
    if not set("".join(by_form)) <= _LOWER_SAFE:
        return re.compile(source, re.IGNORECASE), by_form
    lowered = re.compile(source)  # the forms are lower-case
    return LoweredForms(source, lowered), by_form  # type: ignore[return-value]


# Characters a form may hold for the lower-cased search: each matches, under re.IGNORECASE,
# exactly the characters whose lower() it is (tests/test_events.py checks every code point).
_LOWER_SAFE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-' é")


class LoweredRegex:
    """The trigger regex (or a cue regex), searched in the lower-cased text without IGNORECASE,
    then matched again at each place found in the text itself (so callers get the same match
    objects).

    Why: SRE compares characters case-insensitively one by one, folding each, and cannot skip
    the alternatives of a case-insensitive alternation by their first letter; the same tree
    without IGNORECASE runs ~2x faster over the lower-cased text (shared with the guarded
    patterns' scan), and a cue alternation ("prime minister|foreign office|...") 5-10x.
    Same matches as the plain regex: the lower-cased text has the same offsets, letters, spaces
    and word characters (texts where IGNORECASE and lower() disagree take the plain regex).
    """

    __slots__ = ("regex", "lowered", "pattern", "flags")

    def __init__(self, regex: re.Pattern[str], lowered: re.Pattern[str]) -> None:
        self.regex = regex
        self.lowered = lowered
        self.pattern = regex.pattern
        # a LazyRegex's flags without compiling it: a source _lower_safe_source allows has no
        # global inline flag, so compiled with IGNORECASE its flags are IGNORECASE | UNICODE
        self.flags = re.IGNORECASE | re.UNICODE if isinstance(regex, LazyRegex) else regex.flags

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """regex.finditer(text, pos, endpos), found through the lower-cased text."""
        low = _lowered_any(text)
        if low is None:
            return self.regex.finditer(text, pos, endpos)
        found = []
        for m in self.lowered.finditer(low, pos, endpos):
            again = self._again(text, m, endpos)
            if again is None:
                return self.regex.finditer(text, pos, endpos)  # never expected: the plain search
            found.append(again)
        return iter(found)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """regex.search(string, pos, endpos), found through the lower-cased string."""
        low = _lowered_any(string)
        if low is None:
            return self.regex.search(string, pos, endpos)
        m = self.lowered.search(low, pos, endpos)
        if m is None:
            return None
        again = self._again(string, m, endpos)
        if again is None:
            return self.regex.search(string, pos, endpos)  # never expected: the plain search
        return again

    def _again(self, text: str, found: re.Match[str], endpos: int) -> re.Match[str] | None:
        """The text's own match at the place `found` (a match in the lower-cased text) starts,
        or None when it would not end where `found` does."""
        again = self.regex.match(text, found.start(), endpos)
        return again if again is not None and again.end() == found.end() else None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """regex.match(string, pos, endpos) (no faster: one place is tried either way)."""
        return self.regex.match(string, pos, endpos)

    def __getattr__(self, name: str) -> object:
        if name.startswith("__") or name in LoweredRegex.__slots__:
            raise AttributeError(name)
        return getattr(self.regex, name)  # search, match, ... as the compiled pattern

    def __reduce__(self) -> tuple[object, tuple[re.Pattern[str], re.Pattern[str]]]:
        return LoweredRegex, (self.regex, self.lowered)


class LoweredForms(LoweredRegex):
    """The forms' regex as LoweredRegex searches it, with the text's own match at each place
    found made by a small regex of the words found there ("held  talks" -> (?<![\\w\\-])held\\
    \\ talks(?![\\w\\-]), case-insensitive), compiled once per distinct match; the case-insensitive
    tree itself is compiled only for a text that lower() would change (LoweredRegex's plain path)
    or a caller asking for it (match, ...).

    Why: compiling the ~1,150-form tree a second time, case-insensitively, cost ~45 ms of every
    process start (issue #6), and 1,000 TBAQ articles hold ~220 distinct trigger matches (~6 ms
    of small regexes). Same matches as the tree: where the lower-cased search matched, the
    tree matches the text with the same span (LoweredRegex), and the words found there, with
    the tree's look-arounds, match it with that span too.
    """

    __slots__ = ("_regex", "_each")

    def __init__(self, source: str, lowered: re.Pattern[str]) -> None:  # no super().__init__(): no tree yet
        self.pattern = source
        self.flags = lowered.flags | re.IGNORECASE
        self.lowered = lowered
        self._regex: re.Pattern[str] | None = None
        self._each: dict[str, re.Pattern[str]] = {}  # lower-cased match -> its small regex

    @property  # type: ignore[override]
    def regex(self) -> re.Pattern[str]:  # (shadows LoweredRegex's slot, left unused)
        """The case-insensitive tree (compiled now if not yet)."""
        regex = self._regex
        if regex is None:
            regex = self._regex = re.compile(self.pattern, re.IGNORECASE)
        return regex

    def _again(self, text: str, found: re.Match[str], endpos: int) -> re.Match[str] | None:
        """The text's own match at the place `found` (a match in the lower-cased text) starts."""
        words = found.group()
        each = self._each.get(words)
        if each is None:
            each = re.compile(rf"(?<![\w\-]){re.escape(words)}(?![\w\-])", re.IGNORECASE)
            self._each[words] = each
        again = each.match(text, found.start(), endpos)
        return again if again is not None and again.end() == found.end() else None

    def __getattr__(self, name: str) -> object:
        if name.startswith("__") or name in LoweredForms.__slots__ or name in LoweredRegex.__slots__:
            raise AttributeError(name)
        return getattr(self.regex, name)  # fullmatch, sub, ... as the compiled tree

    def __reduce__(self) -> tuple[object, tuple[str, re.Pattern[str]]]:
        return LoweredForms, (self.pattern, self.lowered)


def _trie_pattern(forms: list[str] | dict[str, object]) -> str:
    """The forms as a prefix tree ("meet(?:s|ing)?"), words joined by \\s+, longer paths first.

    A flat alternation of ~300 forms makes `re` try every form at every word start (the lexicon
    is case-insensitive, so it cannot skip forms by their first letter): ~1 ms per article. The
    tree matches the same spans, 10x faster: at one position the forms that fit end on a word
    boundary form a chain ("held", "held talks"), and trying the longer path first picks the
    longest, as the longest-first flat alternation did.
    """
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for i, word in enumerate(form.split()):
            for token in ([" "] if i else []) + list(word):
                node = node.setdefault(token, {})
        node[""] = {}  # a form ends here

    def emit(node: dict[str, dict]) -> str:
        alts = [
            (r"\s+" if tok == " " else re.escape(tok)) + emit(child) for tok, child in node.items() if tok
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Status and evidentiality cues from cues.yaml, compiled."""
    raw = _read_yaml("cues.yaml")
    status = []
    for name, windows in raw.get("status", {}).items():
        for window, patterns in windows.items():
            status.append((name, window, _alternation(patterns)))
    evid = tuple((name, _alternation(patterns)) for name, patterns in raw.get("evidentiality", {}).items())
    return Cues(
        status=tuple(status),
        evidentiality=evid,
        state_actor=_alternation(raw.get("state_actor_words", [])),
        non_state_speaker=_alternation(raw.get("non_state_speaker_words", [])),
    )


@lru_cache(maxsize=1)
def load_abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(abbreviations that never end a sentence, abbreviations that only do not before a number)."""
    raw = _read_yaml("abbreviations.yaml")
    before_number = frozenset(str(w).lower() for w in raw.pop("before_number", []) or [])
    words = frozenset(str(w).lower() for group in raw.values() for w in (group or []))
    return words, before_number


@lru_cache(maxsize=1)
def load_collective_actors() -> dict[str, str]:
    """Bloc adjectives that name a collective actor ("Western sanctions"), from cues.yaml."""
    raw = _read_yaml("cues.yaml").get("collective_actors", {}) or {}
    return {str(k): str(v) for k, v in raw.items()}
