"""Sentence tense around a time expression: decides whether a bare "September" or "Monday"
lies before or after the publication date (what HeidelTime reads from POS tags)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.timex.lexicon import Lexicon, load_lexicon
from pipeline.timex.patterns import NAMED_ZONE

# Sentence ends: ., ! or ? (plus closing quotes) then space and a capital or quote; or a blank
# line. Abbreviations such as "Mr." split a sentence too early; tense only needs the nearest
# cue word, so that costs little (checked on TBAQ-cleaned).
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[A-Z\"“‘`(])|\n\s*\n")
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'(?:ll|d)\b")
# "-ed" words count as a past cue one step further away than a listed cue: they are often
# participles ("the expected meeting"). Value picked on TBAQ-cleaned.
ED_PENALTY = 0
MAX_CUE_DISTANCE = 8  # tokens looked back; beyond this a cue belongs to another clause (TBAQ-cleaned)
# "will be raised at NATO headquarters in Brussels on Monday": a modal reaches further, up to a
# schedule's trailing clause ("would leave ... from March 30, with the third departing each
# Thursday from August 6"). 14 -> 18 fixed one TimeBank value; 18-24 read the same on
# TBAQ-cleaned and the dev set.
MAX_MODAL_DISTANCE = 18
MODALS = frozenset({"will", "would", "shall", "'ll"})
MAX_FORWARD_DISTANCE = 8  # tokens looked ahead, within the clause
FORWARD_WEIGHT = 1.0  # a cue after the expression counts this much further than one before it
FRONTING_WORDS = frozenset(
    "in on at by since during until from after before late early then and but also last next this the of "
    "earlier later until".split()
)
PAST_AUXILIARIES = frozenset({"was", "were", "had"})
# Future cues that are also plain past-tense verbs ("set aside", "set up"): they look ahead
# only when a "to"/"for" follows ("set to meet", "set for June"). Read on TBAQ-cleaned.
NEEDS_TO_OR_FOR = frozenset({"set"})
# Future cues that are also nouns ("vacation plans for the trip", "hopes of peace"): they look
# ahead only before "to" ("plans to visit"). Read on TBAQ-cleaned (AQUAINT).
NEEDS_TO = frozenset({"plans", "plan", "hopes", "hope"})
# Past tenses of intent verbs: before "to" they point ahead of the report (see build_index).
INTENT_VERBS_PAST = frozenset({"planned", "hoped", "intended", "aimed"})
# Bare present verbs that announce ("the leaders meet Monday") but say nothing after "to" or
# "did" ("struggled to meet demand well into the summer"). Read on TBAQ-cleaned (TimeBank).
BARE_PRESENT_CUES = frozenset({"meet", "gather", "arrive", "convene", "vote"})
NOT_BEFORE_BARE = frozenset({"to", "did", "not", "didn't", "cannot"})
# "vote" is as often the noun ("rejected it in a snap vote on Tuesday"): it looks ahead only as
# the verb of a plural subject, a people or a group of voters ("Israelis vote in an election on
# Tuesday", "voters vote on Sunday"; webcopy8).
VOTE_SUBJECTS = frozenset(
    "they voters people citizens lawmakers legislators members residents electors".split()
)
# Present verbs of something under way: "the trial continues on Monday" looks ahead to the date
# after it, but in "the strike that started January 3 continues" the verb comes after its date,
# which is where the thing began, so it says nothing about that date's tense (issue #3). They
# keep their look-ahead after a fronted date ("On Monday, the hearing continues").
ONGOING_CUES = frozenset({"continues"})
# Future cues that say nothing when they open a sentence or follow "up"/"not" (TBAQ-cleaned).
OPENING_FUTURE_CUES = frozenset({"until", "till"})
# Before an -ed word these make it a participle or adjective ("will be raised", "a still
# unspecified date", "the proposed deal"), not a past-tense verb.
ADJECTIVE_CONTEXT = frozenset(
    "be being is are am to a an the its his her their our this that these those still newly recently previously "
    "so well already widely long".split()
)
CLAUSE_OPENERS = frozenset(
    {"that", "which", "who", "whom", "because", "while", "although", "though", "but", "where", "whose"}
)

PAST, FUTURE, NONE = "past", "future", ""
# Tokens of a clock time in a fronted adverbial ("At 9 a.m. on May 1, the storm struck").
FRONTED_CLOCK_WORDS = frozenset({"a", "p", "m", "noon", "midnight"})
# Words whose dot does not end a sentence ("Roe vs. Wade", "Sen. Smith", "U.S. officials"):
# splitting there cuts a time expression off from its verb.
NON_FINAL_ABBREVIATIONS = frozenset(
    "vs v mr mrs ms dr sen rep gov gen col lt maj capt sgt st prof rev u.s u.n u.k jan feb aug sept "
    "oct nov dec no corp inc co".split()
)


LAST_WORD = re.compile(r"([A-Za-z.]+)\.?$")
_NO_CUE = (NONE, 0)
_SENTENCE_FINAL = ("", ".", "!", "?", '"', "“")


def _last_word(text: str, end: int) -> str:
    """The word before a sentence-final dot, lower case without its dot."""
    m = LAST_WORD.search(text[max(0, end - 12) : end])
    return m.group(1).lower().rstrip(".") if m else ""


@dataclass
class TenseIndex:
    """Tokens and tense cues of a text, or of the stretch of it LazyTenseIndex needs, with the
    sentence starts of the whole text."""

    starts: list[int]
    ends: list[int]
    cues: list[tuple[str, int]]  # (tense, extra distance) per token, tense "" for no cue
    sentence_starts: list[int]
    words: list[str]  # lower-case tokens
    text: str


class LazyTenseIndex:
    """The tense index of a text, built sentence by sentence as handlers ask for tenses: a third
    of news texts ask for none and the rest for a few sentences (TBAQ-cleaned), and indexing
    every word was a good part of the tagger's time (issue #6). Each sentence gets the index of
    the stretch from the sentence before it (two words back at least: the cues read them) to
    the one after it (one word on), which is what tense_at reads; its tokens, cues and answers
    are those of the whole text's index."""

    __slots__ = ("text", "lex", "_starts", "_by_sentence")

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self._starts: list[int] | None = None
        self._by_sentence: dict[int, TenseIndex] = {}

    def at(self, start: int, end: int, far_past: bool = False) -> str:
        """tense_at for the expression at [start, end)."""
        return tense_at(self._index(start), start, end, far_past)

    def fronted_past(self, start: int, end: int) -> bool:
        """fronted_past_at for the expression at [start, end)."""
        return fronted_past_at(self._index(start), start, end)

    def fronted_clause(self, start: int, end: int) -> str:
        """fronted_clause_tense_at for the expression at [start, end)."""
        return fronted_clause_tense_at(self._index(start), start, end)

    def _index(self, start: int) -> TenseIndex:
        """The tense index of the sentence holding `start`, built on first use."""
        if self._starts is None:
            self._starts = sentence_starts(self.text)
        si = bisect.bisect_right(self._starts, start) - 1
        index = self._by_sentence.get(si)
        if index is None:
            index = self._by_sentence[si] = self._around(si)
        return index

    def _around(self, si: int) -> TenseIndex:
        ss = self._starts
        assert ss is not None
        n = len(ss)
        a, b = max(0, si - 1), si + 2  # sentences [a, b): sentence starts are after a space
        while True:
            index = build_index(self.text, self.lex, ss[a], ss[b] if b < n else len(self.text), ss)
            enough_before = a == 0 or bisect.bisect_left(index.starts, ss[si]) >= 2
            enough_after = b >= n or (index.starts and index.starts[-1] >= ss[si + 1])
            if enough_before and enough_after:
                return index
            if not enough_before:
                a -= 1
            if not enough_after:
                b += 1


# SENTENCE_END with its stop or first newline taken in, so that SRE looks only at [.!?\n]
# (four times as fast, issue #6): the same ends, and starts one character earlier after a stop.
SENTENCE_END_FROM_STOP = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'”’)]*\s+(?=[A-Z\"“‘`(])|(?<=\n)\s*\n)")


# "at 9 a.m. GMT on Sunday", "at 11 a.m. Eastern time": the clock's dot ends no sentence
# before its zone, or the day after the zone loses its verb (dev2).
CLOCK_WORDS = frozenset({"a.m", "p.m"})


@lru_cache(maxsize=1)
def _zone_after_clock() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(map(re.escape, load_lexicon().time_zones)) + r")\b|" + NAMED_ZONE)


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start (0 first): the ends of SENTENCE_END's matches, except after
    an abbreviation's dot, or a clock's "a.m."/"p.m." before its time zone."""
    out = [0]
    for m in SENTENCE_END_FROM_STOP.finditer(text):
        stop = m.start() + (text[m.start()] != "\n")  # where SENTENCE_END's match starts
        word = _last_word(text, stop)
        if word in NON_FINAL_ABBREVIATIONS:
            continue
        if word in CLOCK_WORDS and _zone_after_clock().match(text, m.end()):
            continue
        out.append(m.end())
    return out


_LISTED_CUES: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _listed_cues(lex: Lexicon) -> frozenset[str]:
    """The words build_index looks at one by one, made once per lexicon: the union of ~200 cue
    words cost as much as indexing a short sentence (issue #6)."""
    hit = _LISTED_CUES.get(id(lex))
    if hit is None or hit[0] is not lex:
        hit = _LISTED_CUES[id(lex)] = (lex, BARE_PRESENT_CUES | lex.future_cues | lex.past_cues | {"may"})
    return hit[1]


def build_index(
    text: str, lex: Lexicon, pos: int = 0, endpos: int | None = None, starts: list[int] | None = None
) -> TenseIndex:
    """Tokens and their tense cues in text[pos:endpos] (both sentence starts, or the text's
    ends), with the sentence starts of `text` (`starts` when known). Only the few tokens that
    can be cues are looked at one by one (speed, issue #6)."""
    found = list(WORD.finditer(text, pos, len(text) if endpos is None else endpos))
    raw = [m.group() for m in found]
    words = [w.lower() for w in raw]
    token_starts = [m.start() for m in found]
    ends = [m.end() for m in found]
    cues = [_NO_CUE] * len(words)
    listed = _listed_cues(lex)
    for i, w in enumerate(words):
        if w not in listed and not (len(w) > 4 and w.endswith("ed")):
            continue  # no cue: the branches below all give (NONE, 0)
        prev = words[i - 1] if i > 0 else ""
        if w in BARE_PRESENT_CUES and prev in NOT_BEFORE_BARE:
            continue
        if w == "vote" and not (
            prev in VOTE_SUBJECTS
            or (i > 0 and raw[i - 1].isalpha() and raw[i - 1][0].isupper() and prev.endswith("s"))
        ):
            continue
        if (
            raw[i] == "May"
            and text[max(0, token_starts[i] - 3) : token_starts[i]].strip()[-1:] not in _SENTENCE_FINAL
        ):
            continue  # "from March to May": the month, not the modal
        if w in lex.future_cues:
            # "was scheduled to", "were expected": a plan seen from the past
            # ("had been due to expire Friday"); a progressive plan ("were planning to drive
            # around the airport on Monday") was still on when the report was written
            prev2 = words[i - 2] if i > 1 else ""
            planned_before = (prev in PAST_AUXILIARIES and not w.endswith("ing")) or (
                prev == "been" and prev2 == "had"
            )
            cues[i] = (PAST, 0) if planned_before else (FUTURE, 0)
        elif w in lex.past_cues:
            # "would be paid", "will be held": an irregular participle after be is no past cue
            # "will hit", "did not put", "to set": a bare verb after a modal is no past either
            cues[i] = _NO_CUE if prev in ("be", "being") or prev in BARE_VERB_BEFORE else (PAST, 0)
        elif (
            w in INTENT_VERBS_PAST
            and i + 1 < len(words)
            and (words[i + 1] == "to" or (w == "planned" and words[i + 1] in ("a", "an")))
            and prev not in PAST_AUXILIARIES
        ):
            # "The team planned to leave on Thursday", "said they hoped to finish before
            # Christmas": a reported intent aims past itself; "had planned to" does not. Read
            # only back from a time expression (tense_at): a fronted day ("On Friday, the
            # government planned to pay") is when the plan stood. "Protesters planned a march
            # on Saturday": a thing planned with "a" has not happened yet either.
            cues[i] = (FUTURE, 0)
        elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and raw[i][0].islower():
            # "will be raised", "to be held": a participle after be/to says nothing about the past
            adjective = prev in ADJECTIVE_CONTEXT or w.startswith("un")
            cues[i] = _NO_CUE if adjective else (PAST, ED_PENALTY)
        if cues[i][0] != FUTURE:
            continue
        if w in OPENING_FUTURE_CUES:
            # "Until Thursday, they had not..." / "not until Tuesday": the clause verb decides;
            # "postponed until Tuesday" looks ahead
            before = text[max(0, token_starts[i] - 6) : token_starts[i]].rstrip()
            if not before or before[-1] in ".!?\"'`”’" or (i and words[i - 1] in ("up", "not")):
                cues[i] = _NO_CUE
        if w in NEEDS_TO and cues[i][0] == FUTURE and (i + 1 >= len(words) or words[i + 1] != "to"):
            cues[i] = _NO_CUE
        if w in NEEDS_TO_OR_FOR and cues[i][0] == FUTURE:
            if i + 1 >= len(words) or words[i + 1] not in ("to", "for"):
                cues[i] = _NO_CUE
    return TenseIndex(
        token_starts, ends, cues, sentence_starts(text) if starts is None else starts, words, text
    )


# Past verbs whose object is often still to come ("announced live-fire exercises around Taiwan
# from Thursday to Sunday"): too far from the day to lend it their past.
_ANNOUNCING = frozenset(
    "announced unveiled declared said told scheduled planned agreed promised pledged vowed warned "
    "threatened ordered approved decided proposed called urged invited".split()
)


def tense_at(index: TenseIndex, start: int, end: int, far_past: bool = False) -> str:
    """Tense of the nearest cue word in the same clause, "" when there is none.

    Looks back to the start of the sentence (up to MAX_CUE_DISTANCE words) and forward until
    a comma or a word that opens another clause ("that", "which"...): in "warned on Thursday
    that those who play with fire will get burned" the "will" belongs to the reported clause.
    """
    si = bisect.bisect_right(index.sentence_starts, start) - 1
    s_start = index.sentence_starts[si]
    s_end = index.sentence_starts[si + 1] if si + 1 < len(index.sentence_starts) else 1 << 60
    first = bisect.bisect_left(index.starts, s_start)
    left = bisect.bisect_left(index.starts, start)
    right = bisect.bisect_left(index.starts, end)
    best, best_d = NONE, 1 << 30
    far = NONE
    for i in range(left - 1, max(first, left - MAX_MODAL_DISTANCE) - 1, -1):
        tense, extra = index.cues[i]
        if tense and (left - i <= MAX_CUE_DISTANCE or index.words[i] in MODALS):
            best, best_d = tense, left - i + extra
            break
        if tense and not far and index.words[i] not in _ANNOUNCING:
            far = tense
    n = len(index.starts)
    # "In January, the company brought in...": a fronted adverbial belongs to the clause after
    # its comma, so the comma does not stop the look-ahead there.
    fronted = all(
        index.words[i] in FRONTING_WORDS or index.words[i] in FRONTED_CLOCK_WORDS for i in range(first, left)
    )
    comma_ok = fronted or _in_adverbial_phrase(index, first, left)
    # "On Monday(,) the hearing continues", not "The January 3 strike continues"
    fronted_adverbial = fronted and any(index.words[i] != "the" for i in range(first, left))
    for i in range(right, min(n, right + MAX_FORWARD_DISTANCE)):
        gap = index.text[index.ends[i - 1] : index.starts[i]] if i > 0 else ""
        comma = "," in gap
        if index.starts[i] >= s_end or index.words[i] in CLAUSE_OPENERS or (comma and not comma_ok):
            break
        if ";" in gap:
            break  # "addressed the nation on Monday; the next day, ...": another clause
        if best and index.words[i] in ("and", "but") and i + 1 < n and index.cues[i + 1][0]:
            # "planned a march on Saturday and were hoping to ...": the verb after "and" is
            # another predicate; the clause's own cue before the day decides
            break
        if best and index.words[i] == "ahead" and i + 1 < n and index.words[i + 1] == "of":
            # "arrived on Saturday ahead of the summit": what lies ahead is the summit; the
            # clause's own cue before the day decides
            break
        if comma:
            comma_ok = False
        tense, extra = index.cues[i]
        if tense and fronted_adverbial and _parenthetical_report(index, i):
            comma_ok = True  # "On May 1, the union said, workers will strike": the strike's verb decides
            continue
        if tense == FUTURE and index.words[i] in INTENT_VERBS_PAST:
            tense = PAST  # "On Friday, the government planned to pay": the plan stood then
        if tense == FUTURE and index.words[i] in ONGOING_CUES and not fronted_adverbial:
            break  # "the strike of January 3 continues": the clause's verb, and no lean
        if tense:
            d = (i - right + 1 + extra) * FORWARD_WEIGHT
            if d < best_d:
                best, best_d = tense, d
            break
    if best == NONE and far == PAST and far_past:
        # "spoke for about 90 minutes at a news conference on Thursday": no cue near the day,
        # but the clause's past verb further back is the only word telling its tense (weekdays
        # only: a bare month so far from its verb is as often the coming one, TimeBank)
        return far
    return best


# Words that open an adverbial phrase before its clause: "In a speech on Saturday, the
# president warned", "During talks on Monday, ..." (with -ing participles: "Speaking on
# Saturday, ...", "The minister, speaking on Saturday, warned ...").
ADVERBIAL_OPENERS = frozenset("in on at during after before from by with".split())


def _in_adverbial_phrase(index: TenseIndex, first: int, left: int) -> bool:
    """True when the words from the sentence start or the last comma before token `left` open
    with a preposition or an -ing participle and hold no tense cue: the expression sits in an
    adverbial phrase, so the clause it belongs to lies past the comma that closes the phrase
    ("In an interview on Saturday, the minister said talks had failed": "said" decides)."""
    opener = first
    for i in range(left - 1, first, -1):
        if "," in index.text[index.ends[i - 1] : index.starts[i]]:
            opener = i
            break
    if opener >= left or left - opener > MAX_CUE_DISTANCE:
        return False
    w = index.words[opener]
    if w not in ADVERBIAL_OPENERS and not (len(w) > 4 and w.endswith("ing")):
        return False
    return not any(index.cues[i][0] or index.words[i] in CLAUSE_OPENERS for i in range(opener, left))


# "took effect on January 1", "returned on Jan. 2", "came into force on", "closed on Christmas
# Day", "since January 1": the date is when a reported past event happened, so it lies on or
# before the publication date, however near the next one is (issue #3: in a December story
# "took effect on January 1" is the January gone). A date aimed at ("extended to Nov. 20",
# "pushed back to January 31", "payable Dec. 7", "due to expire on") is not read so: a
# preposition other than on/in/at right before the date, or any word of BLOCKS_PAST_EVENT in
# the verb's phrase, ends the look back.
PAST_EVENT_WORDS = 4  # words looked back from the preposition: "went to the polls on"
TAIL_WORDS = re.compile(
    r"\b((?:[A-Za-z]+\s+){1,5})"
    r"(?:at\s+(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.\s?m\.|[ap]m)?)\s+(?:on\s+)?)?$"
)
# "reopened after Easter": what a past event came after is past too ("closed before Christmas"
# is not: Christmas may still be ahead)
FINAL_PREPOSITIONS = frozenset({"on", "in", "at", "after"})
AIMING_PREPOSITIONS = frozenset(
    "to until till by for through before from of around about than into toward towards".split()
)
BLOCKS_PAST_EVENT = frozenset(
    "to until till for before after and or but that which who when while as because if where since "
    "will would shall could can may might "
    "must should due set scheduled expected planned is are be being".split()
)
PRESENT_BE = frozenset({"is", "are", "am", "be", "being"})
# before a past form that is also the bare verb ("hit", "put", "set"): no past
BARE_VERB_BEFORE = frozenset(
    "will would shall could can may might must should to do does did not never 'll wo".split()
)
# What follows a past -ed verb in its phrase: its object ("approved the plan on") or a
# preposition ("was released from prison on"); not "preferred shares on"
VERB_FOLLOWERS = frozenset(
    "the a an its his her their our this these those from at into by with off out up down back to on "
    "over against".split()
)
DETERMINERS_AFTER_TO = frozenset("the a an its his her their our this these those".split())
# Past cues in the lexicon that are no verb of the event itself ("last", "earlier") or that
# belong to a report rather than the dated event ("'d").
NOT_EVENT_VERBS = frozenset({"last", "earlier", "ago", "previously", "since", "been"})


def past_event_before(text: str, start: int, lex: Lexicon) -> bool:
    """True when the date at `start` is introduced by "since", or by a past-tense verb (a listed
    irregular one or an -ed word that no article or "be" makes an adjective or participle)
    within PAST_EVENT_WORDS words, followed only by "on"/"in"/"at" (and a clock time) or words
    of its phrase."""
    m = TAIL_WORDS.search(text, max(0, start - 64), start)
    if not m:
        return False
    raw = m.group(1).split()
    words = [w.lower() for w in raw]
    if words[-1] == "since":
        return True
    if words[-1] in AIMING_PREPOSITIONS:
        return False
    end = len(words) - (words[-1] in FINAL_PREPOSITIONS)
    for i in range(end - 1, max(-1, end - 1 - PAST_EVENT_WORDS), -1):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in BLOCKS_PAST_EVENT and not (w == "to" and nxt in DETERMINERS_AFTER_TO):
            return False  # "went to the polls on" goes on; "expected the deal to close on" stops
        prev = words[i - 1] if i > 0 else ""
        if prev in PRESENT_BE:
            continue  # "when the case is heard in May": a present passive
        past_form = w in lex.past_cues and w not in NOT_EVENT_VERBS
        if (past_form or w.endswith("ed")) and prev in BARE_VERB_BEFORE:
            return False  # "the storm will hit on Jan. 2", "did not hit": a bare verb, no past
        if past_form:
            return True
        if len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and raw[i].islower():
            # "ended Oct. 31", "approved the plan on" but not "preferred shares on" nor "the
            # delayed vote on": an -ed word is a verb next to its date or before its object
            if prev in ADJECTIVE_CONTEXT:
                return False
            return i == end - 1 or nxt in VERB_FOLLOWERS
    return False


# Reporting verbs that, set off by commas after a fronted date ("On May 1, the union said,
# workers will strike"), attribute the clause without dating it.
REPORTING_VERBS = frozenset({"said", "says", "told", "added", "reported", "stated", "noted"})


def _parenthetical_report(index: TenseIndex, i: int) -> bool:
    """True when token i is a reporting verb followed by a comma (a parenthetical attribution)."""
    return (
        index.words[i] in REPORTING_VERBS
        and i + 1 < len(index.starts)
        and "," in index.text[index.ends[i] : index.starts[i + 1]]
    )


def _fronted(index: TenseIndex, start: int, end: int) -> tuple[int, int] | None:
    """For an expression at [start, end) in a fronted adverbial (only fronting words such as
    "on", "in", "late" and clock words before it in its sentence, not just "the"): the index
    of the first token after it and the sentence's end; None when it is not fronted. Shared by
    the two readings of a fronted date's clause below."""
    si = bisect.bisect_right(index.sentence_starts, start) - 1
    s_start = index.sentence_starts[si]
    s_end = index.sentence_starts[si + 1] if si + 1 < len(index.sentence_starts) else 1 << 60
    first = bisect.bisect_left(index.starts, s_start)
    left = bisect.bisect_left(index.starts, start)
    before = [w for w in index.words[first:left] if w not in FRONTED_CLOCK_WORDS]
    if not before or not all(w in FRONTING_WORDS for w in before) or all(w == "the" for w in before):
        return None
    return bisect.bisect_left(index.starts, end), s_end


def fronted_past_at(index: TenseIndex, start: int, end: int) -> bool:
    """True when the expression at [start, end) sits in a fronted adverbial ("On May 1, the
    storm struck the coast", "In March the talks collapsed") whose clause's first tense cue is
    a past one: the date is when a reported past event happened, so it lies on or before the
    publication date however near the next one is (issue #3: in a March article that May 1 is
    last year's). A future cue ("On May 1, the law will take effect") keeps the look-ahead, and
    a clause with no cue leaves the nearest-date rule alone. A clock time may come first ("At
    9 a.m. on May 1, ...")."""
    fronted = _fronted(index, start, end)
    if fronted is None:
        return False
    right, s_end = fronted
    for i in range(right, min(len(index.starts), right + MAX_FORWARD_DISTANCE)):
        gap = index.text[index.ends[i - 1] : index.starts[i]] if i > 0 else ""
        if index.starts[i] >= s_end or ";" in gap or index.words[i] in CLAUSE_OPENERS:
            return False
        tense = index.cues[i][0]
        if tense and _parenthetical_report(index, i):
            continue  # "On May 1, the union said, workers will strike"
        if tense:
            # "On Friday, the government planned to pay": the plan stood then (as in tense_at)
            return tense == PAST or index.words[i] in INTENT_VERBS_PAST
    # no cue within reach: the main clause's verb further on ("On March 20, two days after the
    # end of the truce and hours before the talks, rebels shelled the town")
    return fronted_clause_tense_at(index, start, end) == PAST


def fronted_clause_tense_at(index: TenseIndex, start: int, end: int) -> str:
    """Tense of the main clause after a fronted adverbial whose verb lies beyond tense_at's
    reach ("In January, a week after the anniversary of the ruling, a bomb at a clinic killed
    a guard"): the first cue word of the rest of the sentence, past any number of commas,
    skipping a parenthetical "X said,"; "" when the expression is not fronted or no cue follows.
    TBAQ-cleaned: every sentence-opening "In <month>," is valued by its clause's verb (7 of 7
    in the past, TimeBank 5, AQUAINT 2)."""
    fronted = _fronted(index, start, end)
    if fronted is None:
        return NONE
    right, s_end = fronted
    for i in range(right, len(index.starts)):
        gap = index.text[index.ends[i - 1] : index.starts[i]] if i > 0 else ""
        if index.starts[i] >= s_end or ";" in gap:
            return NONE
        tense = index.cues[i][0]
        if tense and _parenthetical_report(index, i):
            continue
        if tense:
            return PAST if index.words[i] in INTENT_VERBS_PAST else tense
    return NONE
