"""Event triggers (issue #4 stage 2): words that name an event, typed through the lexicon.

Sense filters (the lexicon's `not_before` / `not_after` regexes) drop other meanings:
"meet the demand", "strike a deal", "website visit". Negation and modality are not decided
here but in status.py, so "did not meet" still yields a trigger (its status becomes denied).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipeline.events.lexicon import (
    GuardedPattern,
    TriggerEntry,
    _lowered,
    guarded_patterns,
    load_triggers,
    may_match,
    may_match_in,
    required_words,
    scan_complete,
    scan_hits,
    trigger_regex,
)

# How much text around a trigger the sense filters see (characters); enough for "meet the
# growing demands" or "the company's website visit". Re-run tests/test_events.py after changing.
SENSE_WINDOW_AFTER = 50
SENSE_WINDOW_BEFORE = 40
_SPACES = re.compile(r"\s+")
# A determiner or possessive right before (allowing two modifiers) makes a verb form a noun.
_NOMINAL_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|his|her|their|its|our|whose|any|no|first|planned)|['’]s)\s+(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Irregular past forms in the lexicon (everything else past ends in -ed).
_IRREGULAR_PAST = frozenset(
    {
        "met",
        "said",
        "told",
        "spoke",
        "held",
        "took",
        "became",
        "struck",
        "sworn",
        "stepped",
        "broke",
        "cut",
        "shot",
        "won",
        "sat",
        "sent",
        "gave",
        "sought",
        "fought",
        "overran",
        "withdrew",
        "froze",
        "threw",
        "began",
        "led",
        "wrote",
        "flew",
        "went",
        "fled",
        "swore",
    }
)


@dataclass(frozen=True)
class Trigger:
    """A trigger found in a text: offsets into the text and the lexicon entry it matched."""

    start: int
    end: int
    text: str
    entry: TriggerEntry
    nominal: bool = False  # used as a noun: "the visit", "Blinken's first trip"

    @property
    def event_type(self) -> str:
        return self.entry.event_type

    @property
    def finite_form(self) -> str:
        """'past', 'present' or '' (not a finite verb form we can read tense from)."""
        if self.nominal:
            return ""
        words = self.text.lower().split()
        first = words[0]
        if any(w in _IRREGULAR_PAST or w.endswith("ed") for w in words):
            return "past"  # "met", "strongly protested", "lodged a protest"
        if first.endswith("s") and not first.endswith("ss"):
            return "present"
        return ""


def _entry_for(form: str, before: str, after: str) -> TriggerEntry | None:
    _, by_form = trigger_regex()
    best = None
    for entry in by_form.get(_SPACES.sub(" ", form.lower()), []):
        if any(p.search(after) for p in entry.not_before):
            continue
        if any(p.search(before) for p in entry.not_after):
            continue
        if best is None or entry.priority > best.priority:
            best = entry
    return best


def find_triggers(text: str, start: int = 0, end: int | None = None) -> list[Trigger]:
    """Triggers in text[start:end] (usually one sentence), in text order, senses filtered.

    Example: "Xi met Putin to meet the demand" -> one trigger, "met" (meeting).
    """
    end = len(text) if end is None else end
    regex, _ = trigger_regex()
    chosen = _patterns_for(text, start, end)
    return _triggers_in(
        text,
        start,
        end,
        regex.finditer(text, start, end),
        [(e, p.finditer(text, start, end)) for e, p in chosen],
    )


# A character that makes the forms' closing "(?![\w\-])" fail: a sentence ending right before
# one is read differently on its own (where the text ends there) than inside the whole text.
_WORDISH = re.compile(r"[\w\-]")


def find_triggers_by_sentence(text: str, sentences: Sequence[tuple[int, int]]) -> list[list[Trigger]]:
    """[find_triggers(text, s, e) for s, e in sentences], with one search of the forms over the
    whole text, its matches handed out to the sentences.

    Why: the search per sentence, and the plan of which gap patterns may match there, cost more
    in calls than in matching (issue #6). A whole-text match is the sentence's own when no match
    runs across the sentence's start or end and the sentence does not end right before a word
    character: the forms' lookbehind sees the text before a search's start either way, so the
    scan from the sentence's start goes as the whole-text scan does. Other sentences (none in
    split_sentences' trimmed output, bar a word cut by a content-span edge) search on their own.
    A guarded gap pattern is tried only at the places of the text's one scan (lexicon.
    scan_hits) inside the sentence, handed out here per pattern, as GuardedPattern.finditer
    would find them from its own list (one call per pattern and sentence cost more than the
    matching).
    """
    regex, _ = trigger_regex()
    whole = list(regex.finditer(text))
    starts = [m.start() for m in whole]
    plan = _plan(text)
    pairs = _pattern_list()
    _, always_run, offsets, owners = plan
    complete = bool(offsets) and scan_complete(text)
    # The unguarded patterns the text's words allow, each with the words it needs: a sentence
    # runs only those whose words it holds itself (may_match_in).
    low = _lowered(text)
    needed = _needed()
    unguarded = _pairs_of_guarded()[0]
    checked = [(k, needed[k]) for k in always_run if k in unguarded and needed[k]] if low is not None else []
    out = []
    for start, end in sentences:
        run = always_run
        if checked:
            skip = [k for k, words in checked if not may_match_in(words, low, start, end)]  # type: ignore[arg-type]
            if skip:
                run = always_run.difference(skip)
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        if (
            (i and whole[i - 1].end() > start)
            or (j > i and whole[j - 1].end() > end)
            or (end < len(text) and _WORDISH.match(text, end))
        ):
            matches: Iterable[re.Match[str]] = regex.finditer(text, start, end)
        else:
            matches = whole[i:j]
        lo = bisect_left(offsets, start)
        hi = bisect_left(offsets, end, lo)
        places: dict[int, list[int]] = {}
        for h in range(lo, hi):
            at = offsets[h]
            for k in owners[h]:
                found = places.get(k)
                if found is None:
                    places[k] = [at]
                else:
                    found.append(at)
        pattern_matches = []
        for k in sorted(run.union(places)) if places else sorted(run):
            entry, p = pairs[k]
            at_places = places.get(k)
            if at_places is not None and complete:
                pattern_matches.append((entry, _matches_at(p.regex, text, at_places, start, end)))
            else:
                pattern_matches.append((entry, p.finditer(text, start, end)))
        out.append(_triggers_in(text, start, end, matches, pattern_matches))
    return out


def _matches_at(
    regex: re.Pattern[str], text: str, places: list[int], start: int, end: int
) -> Iterable[re.Match[str]]:
    """regex.finditer(text, start, end) for a guarded pattern whose matches can only begin at
    `places` (sorted, inside the span): tried there left to right, from the end of the last
    match on, as GuardedPattern.finditer does."""
    match = regex.match
    found = []
    free_from = start  # finditer's matches do not overlap
    for at in places:
        if at < free_from:
            continue
        m = match(text, at, end)
        if m is not None:
            if m.end() == at:
                return regex.finditer(text, start, end)  # an empty match: never expected
            found.append(m)
            free_from = m.end()
    return found


def _triggers_in(
    text: str,
    start: int,
    end: int,
    matches: Iterable[re.Match[str]],
    pattern_matches: Iterable[tuple[TriggerEntry, Iterable[re.Match[str]]]],
) -> list[Trigger]:
    """The triggers of text[start:end] from the forms' matches there and the gap patterns'
    matches there (each pattern's, in the order the patterns must be tried)."""
    found = []
    for m in matches:
        after = text[m.end() : min(end, m.end() + SENSE_WINDOW_AFTER)]
        before = text[max(start, m.start() - SENSE_WINDOW_BEFORE) : m.start()]
        entry = _entry_for(m.group(0), before, after)
        if entry is not None:
            # "strongly protested", "lodged a protest": any past form in the trigger makes it a verb.
            can_be_noun = not any(
                w in _IRREGULAR_PAST or w.endswith("ed") for w in m.group(0).lower().split()
            )
            # "said in a statement", "announced", "held talks" start with a finite verb even in a
            # noun entry; "the visit", "talks", "sanctions" are nouns.
            nominal = can_be_noun and (entry.pos == "noun" or bool(_NOMINAL_BEFORE.search(before)))
            found.append(Trigger(m.start(), m.end(), m.group(0), entry, nominal))
    for entry, pattern_found in pattern_matches:
        for m in pattern_found:
            if (entry.not_after or entry.not_before) and (
                any(
                    r.search(text[max(start, m.start() - SENSE_WINDOW_BEFORE) : m.start()])
                    for r in entry.not_after
                )
                or any(
                    r.search(text[m.end() : min(end, m.end() + SENSE_WINDOW_AFTER)]) for r in entry.not_before
                )
            ):
                continue  # the same sense filters as a form's ("accused Kigali of having sent weapons")
            if any(
                t.start < m.end()
                and m.start() < t.end
                and t.event_type == entry.event_type
                and t.entry.priority >= entry.priority
                for t in found
            ):
                continue
            # A pattern of higher priority names the event its overlapped words only begin:
            # "announced a new security partnership" is the pact, not a statement.
            found = [
                t
                for t in found
                if not (t.start < m.end() and m.start() < t.end and t.entry.priority < entry.priority)
            ]
            found.append(Trigger(m.start(), m.end(), m.group(0), entry, nominal=entry.nominal))
    return sorted(found, key=lambda t: t.start)


@lru_cache(maxsize=1)
def _pattern_entries() -> tuple[TriggerEntry, ...]:
    return tuple(e for e in load_triggers() if e.patterns)


@lru_cache(maxsize=1)
def _pattern_list() -> tuple[tuple[TriggerEntry, re.Pattern[str]], ...]:
    """Every (entry, pattern) pair, in the order find_triggers must try them."""
    return tuple((e, p) for e in _pattern_entries() for p in e.patterns)


# The last text's plan: (text, indices of patterns that always run, the scan's places in text
# order, the indices of the patterns each place may open); one tuple, replaced whole, so
# threads never see half of it.
_plan_last: tuple[str, frozenset[int], list[int], list[tuple[int, ...]]] | None = None


@lru_cache(maxsize=1)
def _pairs_of_guarded() -> tuple[frozenset[int], dict[int, tuple[int, ...]]]:
    """(indices in _pattern_list of the patterns without a guard, and for each guarded pattern's
    index in guarded_patterns() the indices in _pattern_list it stands at)."""
    position = {id(g): i for i, g in enumerate(guarded_patterns())}
    unguarded: set[int] = set()
    pairs_of: dict[int, list[int]] = {}
    for k, (_, p) in enumerate(_pattern_list()):
        if isinstance(p, GuardedPattern) and id(p) in position:
            pairs_of.setdefault(position[id(p)], []).append(k)
        else:
            unguarded.add(k)
    return frozenset(unguarded), {g: tuple(ks) for g, ks in pairs_of.items()}


def _patterns_for(text: str, start: int, end: int) -> list[tuple[TriggerEntry, re.Pattern[str]]]:
    """The (entry, pattern) pairs that may match in text[start:end], in _pattern_list order.

    Why: find_triggers runs once per sentence, and calling each of the ~20 patterns there (even
    a guarded one that returns at once) cost more than the matching; one merged list of where
    the guarded patterns' leading words occur, made once per text, names the few worth calling.
    A guarded pattern without its words in the span cannot match there (GuardedPattern).
    """
    pairs = _pattern_list()
    _, always_run, offsets, owners = _plan(text)
    lo = bisect_left(offsets, start)
    hi = bisect_left(offsets, end, lo)
    if lo == hi:
        return [pairs[i] for i in sorted(always_run)]
    return [pairs[i] for i in sorted(always_run.union(*owners[lo:hi]))]


@lru_cache(maxsize=1)
def _needed() -> dict[int, tuple[tuple[str, ...], ...]]:
    """lexicon.required_words of each pattern without a guard, by its index in _pattern_list
    (only those: parsing all ~250 patterns again cost ~80 ms of every process start)."""
    pairs = _pattern_list()
    return {k: required_words(pairs[k][1]) for k in _pairs_of_guarded()[0]}


def _plan(text: str) -> tuple[str, frozenset[int], list[int], list[tuple[int, ...]]]:
    """The text's plan for _patterns_for (kept for the text asked last), from the one scan of
    the guarded patterns' words (lexicon.scan_hits).

    A pattern without a guard runs only on texts holding its required words (lexicon.
    required_words), as it cannot match elsewhere. Why: the few patterns whose leading words
    cannot be read ran case-insensitively over every sentence, ~0.2 ms per TBAQ article (issue
    #6). (Checking the guarded patterns' words too cost more than it spared: a search of the
    whole text per absent word.)
    """
    global _plan_last
    plan = _plan_last
    if plan is None or plan[0] is not text:
        pairs = _pattern_list()
        unguarded, pairs_of = _pairs_of_guarded()
        hits = scan_hits(text) if len(pairs) > len(unguarded) else []
        low = _lowered(text)
        if hits is None or low is None:
            plan = (text, frozenset(range(len(pairs))), [], [])
        else:
            by_owners: dict[tuple[int, ...], tuple[int, ...]] = {}
            owners = []
            for _, gs in hits:
                ks = by_owners.get(gs)
                if ks is None:
                    ks = by_owners[gs] = tuple(k for g in gs for k in pairs_of.get(g, ()))
                owners.append(ks)
            needed = _needed()
            always = frozenset(k for k in unguarded if may_match(needed[k], low))
            plan = (text, always, [h[0] for h in hits], owners)
        _plan_last = plan
    return plan
