"""Stable keys: article identity, and merging event mentions into events.

Article identity is the hash of its normalised text, plus its canonical URL: the same story
re-exported with other whitespace, case or tracking parameters is one article.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track a click; dropping them makes two links to one story equal.
TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|cmpid|ocid|smid|share)$", re.I
)


def normalise_text(text: str) -> str:
    """Text as compared for duplicates: NFKC, case-folded, whitespace collapsed.

    (str.split() splits on exactly what re's "\\s" matches, str.isspace(), and drops the ends as
    strip() did: the same text as a "\\s+" substitution, at half the cost, issue #6.)
    """
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


@lru_cache(maxsize=128)
def text_hash(text: str) -> str:
    """sha256 hex of the normalised text (the article's identity).

    Kept for the last 128 texts: `extract` hashes each article when reading it (duplicates) and
    again for its id when extracting its chunk (up to 50 articles later); ~0.06 ms an article.
    """
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def canonical_url(url: str) -> str:
    """A URL with scheme/host lower-cased, 'www.' and fragments dropped, tracking params removed.

    Returns "" for an empty or non-http(s) value, so it never makes two articles equal by accident.
    """
    url = (url or "").strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    host = parts.netloc.lower()
    if host.startswith("www."):
        host = host[4:]
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not TRACKING_PARAMS.match(k)))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", host, path, query, ""))


def article_id(text: str) -> str:
    """Short stable id of an article: the first 16 hex digits of its text hash."""
    return text_hash(text)[:16]


# --- Events ------------------------------------------------------------------------------
# Merging event mentions into events (issue #4 item 7).

import dataclasses  # noqa: E402
import re as _re  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from datetime import date as _date  # noqa: E402
from datetime import timedelta as _timedelta  # noqa: E402

from pipeline.models import Event  # noqa: E402

# Event types that can name one occasion: a visit is usually also a meeting, a summit a meeting.
COMPATIBLE_TYPES: tuple[frozenset[str], ...] = (frozenset({"meeting", "summit", "visit", "negotiation"}),)
# Two undated mentions are one event only when their articles are this close (days): the same
# "Blinken's visit to China" in 2018 and 2023 news are two visits. Hand-set, see tests/test_dedupe.py.
UNDATED_MERGE_DAYS = 45
# Which status a merged event keeps when mentions from the same day disagree (higher wins);
# a mention published later always wins, so "planned" then "postponed" ends postponed.
# Within one day's news a cue-bearing status ("planned") says more than a bare nominal mention,
# which defaults to "occurred" ("[Blinken's visit]" in a quote does not make the trip happen).
STATUS_RANK = {
    "cancelled": 7,
    "postponed": 6,
    "denied": 5,
    "planned": 4,
    "expected": 3,
    "ongoing": 2,
    "occurred": 1,
    "hypothetical": 0,
}
# Catch-all types whose label says nothing about which act it is (a tariff dropped, an inquiry
# opened, a bill passed are all "other"): two such mentions are one event only when they name a
# common party, never on a shared country and day alone.
CATCH_ALL_TYPES = frozenset({"other"})
# Merged compatible types: the most specific names the row (a visit > the talks held during it >
# the summit they were held at: "Xi and Putin meet at the SCO summit").
TYPE_PRIORITY = {"visit": 3, "meeting": 2, "summit": 1, "negotiation": 0}
BASIS_RANK = {"text": 3, "knowledge": 3, "publication": 1, "none": 0}
# Mentions of one summit dated on different days ("opened on Saturday", "closed on Sunday") this
# many days apart at most are one summit (G20/G7/NATO summits last 2-3 days).
SUMMIT_SPAN_DAYS = 3
# Visits of one visitor told in one article on days this far apart at most are one trip ("arrived
# on Wednesday", "was welcomed on Thursday"); "is due to leave on Wednesday" after a Monday arrival
# stays its own row (tests/test_dedupe.py).
TRIP_DAY_GAP = 1
# A postponement or cancellation dated this many days before the planned date at most is about that
# plan (news calls trips off days before, rarely weeks). Hand-set on the demo corpus.
CALL_OFF_DAYS = 14
# An undated mention joins a dated event only if it was published within this many days of it.
UNDATED_TO_DATED_DAYS = 180
# An undated mention told as done ("the visit was a success") refers back at most this many days.
UNDATED_PAST_DAYS = 30
# Statuses saying an event did not take place: an undated mention of the same article told as
# happening is another event of that type.
CALLED_OFF = frozenset({"cancelled", "denied"})
# "also" right before the verb, or one adverb before it ("also formally agreed").
_ADDITIVE = _re.compile(r"\balso\s+(?:\w+ly\s+)?$", _re.I)
# A sentence opening on a pronoun speaker, nothing else before the saying verb but "also".
_PRONOUN_SPEAKER = _re.compile(r"(?:he|she|it|they)\s+(?:also\s+)?$", _re.I)
# A definite article or demonstrative, and at most one word, right before a trigger.
_DEFINITE_BEFORE = _re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?$", _re.I)
_DEFINITE_RIGHT_BEFORE = _re.compile(r"\b(?:the|this|that)\s+$", _re.I)
_SEPARATE = _re.compile(r"\bseparate(?:ly)?\b", _re.I)
_TOGETHER = _re.compile(r"\b(?:together|jointly)\b", _re.I)
_STATUS_SUFFIX = _re.compile(
    r" \((?:occurred|ongoing|planned|expected|postponed|cancelled|denied|hypothetical)\)$"
)


def _types_compatible(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in COMPATIBLE_TYPES)


def _interval(e: Event) -> tuple[_date, _date] | None:
    if not e.date_start or not e.date_end:
        return None
    return _date.fromisoformat(e.date_start), _date.fromisoformat(e.date_end)


def _published(e: Event) -> _date | None:
    return _date.fromisoformat(e.published[:10]) if e.published else None


def same_event(a: Event, b: Event, told_together: bool = False) -> bool:
    """True when two rows plausibly name one occurrence.

    Needs compatible types, a shared actor (or, when a side names no actor, a shared country),
    overlapping date intervals (an undated side is compatible, within UNDATED_MERGE_DAYS of
    publication), and no clash of places. `told_together`: b is told in the sentence of one of
    a's mentions (merge_mentions knows them all; a lone pair is checked on its own sentences).
    """
    if not _types_compatible(a.event_type, b.event_type):
        return False
    if a.event_type != b.event_type and ({a.status, b.status} & {"denied", "hypothetical"}):
        return False  # "did not meet" is not the postponed visit
    if _side_event_of_summit(a, b) or _side_event_of_summit(b, a):
        return False
    together = told_together or (_same_article(a, b) and a.evidence_start == b.evidence_start)
    if (
        _talks_during_visit(a, b, together) or _talks_during_visit(b, a, together)
    ) and not _one_called_off_plan(a, b):
        return False
    if _one_gathering_of_article(a, b) or one_summit(a, b):
        return True
    if _two_remarks_of_article(a, b) or _two_acts_of_article(a, b) or _two_doers(a, b):
        return False
    if _vote_and_swearing_in(a, b) or _vote_and_swearing_in(b, a):
        return False
    if _drill_beside_other_act(a, b) or _drill_beside_other_act(b, a):
        return False
    if _told_as_later(a, b) or _told_as_later(b, a):
        return False
    if _planned_again(a, b) or _planned_again(b, a):
        return False
    if _same_article(a, b) and a.evidence_start != b.evidence_start and (_told_apart(a) or _told_apart(b)):
        return False  # "Von der Leyen, who also met Xi separately, ..." is not the talks she attended
    if _same_article(a, b) and (_additive_deal(a) or _additive_deal(b)):
        return False  # "The two governments also agreed to restore the pact" is a further deal
    if a.event_type in CATCH_ALL_TYPES and not set(a.actors) & set(b.actors):
        return False  # "China dropped its tariffs" is not "the Commission opened an investigation"
    if not (a.actors and b.actors) and _weak_link(a, b):
        return False
    if _named_back_in_article(a, b) or _named_back_in_article(b, a):
        return True
    if a.actors and b.actors:
        if not set(a.actors) & set(b.actors):
            return False
        if _different_parties(a, b):
            return False
    elif not (set(a.countries) & set(b.countries)):
        return False
    elif (a.actors or b.actors) and not _countries_within(a, b):
        return False
    if a.location and b.location and a.location != b.location:
        if not (a.location_country and a.location_country == b.location_country):
            return False
        if not (_is_country_level(a) or _is_country_level(b)):
            return False  # two different cities of one country
    ia, ib = _interval(a), _interval(b)
    if ia and ib:
        if ia[0] <= ib[1] and ib[0] <= ia[1]:
            return True
        if _calls_off(a, b, ia, ib) or _calls_off(b, a, ib, ia):
            return True
        # One summit told day by day ("opened on Saturday", "ended on Sunday") is one event.
        gap = max(ib[0] - ia[1], ia[0] - ib[1]).days
        if _one_trip_of_article(a, b, gap):
            return True
        return (
            a.event_type == b.event_type == "summit"
            and bool(a.location)
            and a.location == b.location
            and gap <= SUMMIT_SPAN_DAYS
        )
    pa, pb = _published(a), _published(b)
    if pa and pb and not (ia or ib):
        return abs((pa - pb).days) <= UNDATED_MERGE_DAYS
    dated = ia or ib
    undated_pub = pb if ia else pa
    if dated and _same_article(a, b):
        # Within one article an undated "Blinken's visit" is the visit it dates elsewhere - unless
        # it brings a participant the dated one lacks ("Xi invited Putin to visit China" is not
        # the state visit Xi is ending).
        # A meeting with the host during a visit adds the host (no new country); another visit, or
        # talks with someone from elsewhere ("Putin will hold talks with Xi" in a report of Xi's
        # stop in Kazakhstan), is another event.
        undated_side, dated_side = (b, a) if ia else (a, b)
        if dated_side.status in CALLED_OFF and undated_side.status in ("occurred", "ongoing"):
            return False  # "Gallant, who is in Washington on a separate visit" is not the called-off trip
        newcomers = dated_side.actors and set(undated_side.actors) - set(dated_side.actors)
        new_country = set(undated_side.countries) - set(dated_side.countries) - {dated_side.location_country}
        if new_country and a.event_type == b.event_type == "visit":
            return False  # "Xi will then fly to Belgrade" in the report of his Paris visit: the next stop
        return not (newcomers and (a.event_type == b.event_type or new_country))
    if dated and undated_pub:
        undated_status = b.status if ia else a.status
        if undated_status in ("planned", "expected", "postponed", "cancelled"):
            # "Xi's visit, expected this year" (January) and the visit dated in March are one
            # event; a plan cannot be about an event that was over before it was written.
            return dated[1] >= undated_pub - _timedelta(days=1) and dated[0] <= undated_pub + _timedelta(
                days=UNDATED_TO_DATED_DAYS
            )
        # "the visit" told as done refers to a recent event, not one months before or any later one.
        return dated[0] <= undated_pub + _timedelta(days=1) and dated[1] >= undated_pub - _timedelta(
            days=UNDATED_PAST_DAYS
        )
    return True


# "Blinken later met leaders of Pacific island nations": an ordering word between the doer and the verb.
_LATER_BEFORE = _re.compile(r"\b(?:later|afterwards|subsequently|then)\s+(?:also\s+)?$", _re.I)


def _told_as_later(later: Event, earlier: Event) -> bool:
    """ "Blinken later met Pacific leaders" told after "Biden ... returned to Washington for talks
    last week" in one report: the ordering word makes the act a further one, after what was told
    before, so it is not that event when no named doer is shared (it took the talks' week and
    place). With a shared doer it may still be a plan told done ("Xi will hold talks with Macron"
    ... "Xi later met Macron")."""
    if not _same_article(later, earlier) or later.evidence_start <= earlier.evidence_start:
        return False
    if set(later.actors) & set(earlier.actors):
        return False
    cut = later.trigger_start - later.evidence_start
    if not later.evidence or not 0 < cut <= len(later.evidence):
        return False
    return bool(_LATER_BEFORE.search(later.evidence[:cut]))


# "due to meet again", "will hold talks again next month", "plan to meet once again": a repeat.
_AGAIN_AFTER = _re.compile(r"\s+(?:[\w\-]+\s+){0,2}?(?:once\s+)?again\b", _re.I)
_AGAIN_BEFORE = _re.compile(r"\bagain\s+(?:[\w\-]+\s+)?$", _re.I)


def _planned_again(again: Event, held: Event) -> bool:
    """ "The core group is due to meet again in New Delhi" in the report of the group's first
    meeting, held in Male on Sunday: a gathering planned "again" is a further one after the one
    the article tells as held, not that meeting (webcopy5: the plan was folded into the held
    meeting and lent it its place). Both told in one article; the plan undone, the other done."""
    if not _same_article(again, held) or again.evidence_start == held.evidence_start:
        return False
    if again.status not in ("planned", "expected") or held.status != "occurred":
        return False
    if not again.evidence:
        return False
    cut, end = again.trigger_start - again.evidence_start, again.trigger_end - again.evidence_start
    if not 0 <= cut < end <= len(again.evidence):
        return False
    return bool(_AGAIN_AFTER.match(again.evidence, end) or _AGAIN_BEFORE.search(again.evidence[:cut]))


def _same_article(a: Event, b: Event) -> bool:
    """Both mentions come from one known article (mentions without an article id never do)."""
    return bool(a.article_id) and a.article_id == b.article_id


def _one_trip_of_article(a: Event, b: Event, gap: int) -> bool:
    """ "He arrived in Washington on Wednesday" and "Biden welcomed Modi to the White House on
    Thursday" in one report are one state visit told day by day: the same visitor's visits to one
    place (no clash of places is checked before), on consecutive days, with one status."""
    return (
        a.event_type == b.event_type == "visit"
        and _same_article(a, b)
        and bool(set(a.actors) & set(b.actors))
        and a.status == b.status
        and gap <= TRIP_DAY_GAP
    )


def _told_apart(e: Event) -> bool:
    """ "Von der Leyen, who also met Xi separately, told reporters ...", "Gallant, who is in
    Washington on a separate visit": the clause of the trigger says the act is another one than
    the article's others of its kind."""
    cut = e.trigger_start - e.evidence_start
    if not e.evidence or not 0 <= cut < len(e.evidence):
        return False
    start = max(e.evidence.rfind(c, 0, cut) for c in ",;:")
    ends = [i for i in (e.evidence.find(c, cut) for c in ",;:.") if i >= 0]
    clause = e.evidence[start + 1 : min(ends, default=len(e.evidence))]
    # "met them separately and then together" tells the course of one round of talks.
    return bool(_SEPARATE.search(clause)) and not _TOGETHER.search(clause)


def _additive_deal(e: Event) -> bool:
    """An agreement told with "also" right before its verb ("the two leaders also agreed to reopen
    road crossings", "they also signed an agreement on coast guard patrols") is a deal besides the
    one the article is about, its own row."""
    if e.event_type != "agreement" or not e.evidence:
        return False
    cut = e.trigger_start - e.evidence_start
    if not 0 < cut <= len(e.evidence):
        return False
    return bool(_ADDITIVE.search(e.evidence[:cut]))


def _two_remarks_of_article(a: Event, b: Event) -> bool:
    """ "In his opening remarks, Blinken said ..." and "After the last session, Blinken told
    reporters ..." are two statements: in one article, statements told in different sentences with
    no date of their own (both dated by the publication) and a named speaker are what the speaker
    said on different occasions, not one remark told twice; their shared publication day is no
    evidence of one occasion. Without any speaker ("Saudi Arabia admits", then "Saudi Arabia has
    acknowledged") the headline's statement retold in the lead still folds."""
    return (
        a.event_type == b.event_type == "statement"
        and _same_article(a, b)
        and a.date_basis == b.date_basis == "publication"
        and a.evidence_start != b.evidence_start
        and bool(a.actors and b.actors)
        and not _continues_remark(b if b.evidence_start > a.evidence_start else a)
    )


# Types whose mentions are one side's single moves (a summons, a rejection, an expulsion, a
# recall): told by different verbs in different sentences they are different moves. A deal,
# a protest, a change of leader or fighting is one process its sentences tell step by step
# ("agreed to reopen embassies" details the peace deal signed), as is a gathering.
ONE_SIDED_MOVES = frozenset({"criticism", "sanction"})


def _other_speakers(a: Event, b: Event) -> bool:
    """ "Trudeau said India made a fundamental error" and "India rejected the accusations": a
    named speaker's blame and another party's act are two acts even when neither sentence dates
    its own (issue #4, webcopy6): the rows share no actor, and one names a person or body."""
    return bool(a.actors or b.actors) and not set(a.actors) & set(b.actors)


def _two_acts_of_article(a: Event, b: Event) -> bool:
    """ "India rejected the accusations" and, in another sentence, "India's foreign ministry
    summoned the Canadian envoy", both told with a date of their own: two acts of one country on
    one day, not one act told twice. The shared country and day are no evidence of one act when
    each sentence names its own act by another verb (issue #4) and at least one tells its own
    day; an undated mention ("Taiwan will close its embassy") is a detail of the act. A headline
    ("China slaps duties on barley", retold as "imposed duties"), or a noun naming the act again
    ("the summons"), still folds."""
    return (
        a.event_type == b.event_type
        and a.event_type in ONE_SIDED_MOVES
        and _same_article(a, b)
        and a.evidence_start != b.evidence_start
        and "none" not in (a.date_basis, b.date_basis)
        and ("text" in (a.date_basis, b.date_basis) or _other_speakers(a, b))
        and _told_in_prose(a)
        and _told_in_prose(b)
        and not (_refers_back(a) or _refers_back(b))
        and _act_stem(a.trigger) != _act_stem(b.trigger)
    )


# Winning office by a vote ("was elected president", "won the run-off", "voted in"), and taking
# it up by oath ("was sworn in", "took the oath of office", "was inaugurated", "took office").
_BY_VOTE = _re.compile(r"^(?:re-?)?elect|^won\b|^wins?\b|^voted\b", _re.I)
_BY_OATH = _re.compile(
    r"^(?:sworn|swearing|swears?|inaugurat|took\s+(?:the\s+)?(?:oath|office)|takes?\s+(?:the\s+)?(?:oath|office)|taking\s+(?:the\s+)?(?:oath|office)|assumed\s+office)",
    _re.I,
)


def _vote_and_swearing_in(vote: Event, oath: Event) -> bool:
    """ "The Assembly elected Ramaphosa president" and "Ramaphosa was sworn in later that day",
    told in two sentences of one report: the vote and the oath are two steps of a change of
    leader, an analyst's two rows, even on one day and of one person (issue #4). An appointment
    ("the king appointed Anwar") is not a vote; it may still fold into the swearing-in. A noun
    naming the ceremony again ("the inauguration") is left to the other rules."""
    return (
        vote.event_type == oath.event_type == "leadership"
        and _same_article(vote, oath)
        and vote.evidence_start != oath.evidence_start
        and bool(_BY_VOTE.search((vote.trigger or "").strip()))
        and bool(_BY_OATH.search((oath.trigger or "").strip()))
        and not _refers_back(oath)
    )


# A military exercise named by its trigger: "held a joint exercise", "staged naval drills".
_DRILL = _re.compile(r"\b(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games)\b", _re.I)


def _drill_beside_other_act(drill: Event, other: Event) -> bool:
    """ "Japanese and US jets held a joint exercise" in a report of North Korea's missile launch
    and of a South Korean-US bombing drill: an exercise is a show of force of its own, not the
    launch it answers nor another pair's drill, when each row names a party the other lacks
    (issue #4, webcopy6: both drills were folded into the launch). The same parties' drills and
    launches ("began live-fire exercises around Taiwan and fired missiles", "the drills") may
    still be one operation."""
    ca, cb = set(drill.countries), set(other.countries)
    return (
        drill.event_type == other.event_type == "military"
        and bool(_DRILL.search(drill.trigger or ""))
        and bool(ca - cb)
        and bool(cb - ca)
    )


def _two_doers(a: Event, b: Event) -> bool:
    """'Denmark expels 15 Russian diplomats' and 'Italy expels 30 Russian diplomats': one-sided
    moves against one target by two different countries are two acts, though they share the
    target and the day: each row names a country the other lacks ("the US and Britain impose
    sanctions" still folds "Britain imposes sanctions"). Only rows without named actors:
    with actors the shared-actor test already decides (webcopy7 live page: six expulsions folded
    into one row)."""
    sa, sb = set(a.countries), set(b.countries)
    return (
        a.event_type == b.event_type == "sanction"
        and not (a.actors or b.actors)
        and bool(sa & sb)
        and bool(sa - sb)
        and bool(sb - sa)
    )


# A sentence of prose ends on a full stop, a question or exclamation mark, maybe inside a quote.
_SENTENCE_END = _re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")


def _told_in_prose(e: Event) -> bool:
    """The mention's sentence ends as prose does: headlines, captions and list items do not, and
    they retell the article's acts in other words."""
    return bool(e.evidence) and bool(_SENTENCE_END.search(e.evidence))


def _continues_remark(e: Event) -> bool:
    """ "Speaking in Sydney, Tillerson urged the Gulf states to talk." then "He said he did not
    expect the split to weaken the fight against Islamic State.": a saying whose sentence opens on
    a bare pronoun for its speaker (optionally "also") and tells no occasion of its own goes on
    reporting the remark before it, as an analyst lists it: one row. "After the last session,
    Blinken told reporters ..." or "He later wrote on Twitter ..." names another occasion."""
    cut = e.trigger_start - e.evidence_start
    if not e.evidence or not 0 < cut <= len(e.evidence):
        return False
    return bool(_PRONOUN_SPEAKER.match(e.evidence[:cut]))


def _calls_off(off: Event, plan: Event, i_off: tuple[_date, _date], i_plan: tuple[_date, _date]) -> bool:
    """ "Blinken postponed his visit on Friday" (dated the day of the postponing) is the visit
    planned for the weekend after it: the same named participants, a plan not yet due."""
    return (
        off.status in ("postponed", "cancelled")
        and plan.status in ("planned", "expected")
        and off.event_type == plan.event_type
        and bool(set(off.actors) & set(plan.actors))
        and i_off[1] <= i_plan[0]
        and (i_plan[0] - i_off[1]).days <= CALL_OFF_DAYS
    )


def _weak_link(a: Event, b: Event) -> bool:
    """Without actors on one side, only a shared country links the two rows: too little to join
    different types ("talks hosted by China" are not Xi's visit) or, across articles, an undated
    mention facing a named event ("an invitation to visit Washington" is not Modi's state visit;
    two actorless mentions of "the anniversary" of Russia's invasion still meet on countries)."""
    if a.event_type != b.event_type:
        return not _one_called_off_plan(a, b)
    other_article = not _same_article(a, b)
    one_named = bool(a.actors) != bool(b.actors)
    return other_article and one_named and (_interval(a) is None or _interval(b) is None)


def _one_called_off_plan(a: Event, b: Event) -> bool:
    """ "Netanyahu called off his aides' trip to Washington this week" and "they had been due to
    meet US officials this week": in one article, a called-off visit and a called-off meeting on
    overlapping days are one plan called off, whoever each names."""
    ia, ib = _interval(a), _interval(b)
    return (
        {a.event_type, b.event_type} == {"visit", "meeting"}
        and _same_article(a, b)
        and a.status in CALLED_OFF | {"postponed"}
        and b.status in CALLED_OFF | {"postponed"}
        and ia is not None
        and ib is not None
        and ia[0] <= ib[1]
        and ib[0] <= ia[1]
    )


def _one_gathering_of_article(a: Event, b: Event) -> bool:
    """Within one article, summit mentions on the same dates are one summit whoever is named at
    each ("Ramaphosa is hosting the summit", "Xi arrived before the summit"), and so is a gathering
    of a whole group on those dates ("West African leaders meeting in Abuja on Sunday") or on one
    of them in the summit's town; a bilateral meeting on the sidelines (two named people) stays
    its own row."""
    if not _same_article(a, b):
        return False
    types = {a.event_type, b.event_type}
    if "summit" not in types or not types <= {"summit", "meeting"}:
        return False
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return False
    if ia != ib:
        # "leaders of the Group of Seven were meeting" on one day of the summit in that town is
        # the summit too, when the meeting names no pair of its own (both are placed in that town:
        # linked in the store's grouping by the place's country).
        summit, other = (a, b) if a.event_type == "summit" else (b, a)
        i_s, i_o = _interval(summit), _interval(other)
        return (
            summit.event_type == "summit"
            and other.event_type == "meeting"
            and bool(other.location)
            and other.location == summit.location
            and len(other.actors) < 2
            and i_s[0] <= i_o[0]
            and i_o[1] <= i_s[1]
        )
    if a.location and b.location and a.location != b.location:
        return False
    if a.event_type == b.event_type == "summit":
        return True  # linked in the store's grouping by article and dates (write._merge_in_groups)
    # The gathering shares someone or some country with the summit (the store's grouping links one
    # article's summits and meetings on the same dates: write._merge_in_groups).
    linked = bool(set(a.actors) & set(b.actors)) or bool(set(a.countries) & set(b.countries))
    if not linked:
        return False
    meeting = b if a.event_type == "summit" else a
    return meeting.event_type == "summit" or len(meeting.actors) < 2


def one_summit(a: Event, b: Event) -> bool:
    """Two summit rows held in one place on overlapping days are one summit, whoever each names:
    articles tell a multilateral summit through whoever they follow ("Ramaphosa opened the
    summit", "Xi arrived for the summit", "the BRICS summit in Johannesburg"), and two different
    summits in one city on the same days do not happen. A country-level place ("a summit in South
    Africa") fits that country's city. Undated or placeless rows never merge this way."""
    if a.event_type != "summit" or b.event_type != "summit":
        return False
    if not (a.location_country and a.location_country == b.location_country):
        return False
    if a.location != b.location and not (_is_country_level(a) or _is_country_level(b)):
        return False
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return False
    gap = max(ib[0] - ia[1], ia[0] - ib[1]).days
    return gap <= 0 or gap <= SUMMIT_SPAN_DAYS and a.location == b.location


def _talks_during_visit(visit: Event, other: Event, together: bool = False) -> bool:
    """A meeting dated to its own day within a visit is its own row: "Blinken's two-day visit" and
    "Xi met Blinken on Monday" (an analyst wants the meeting with Xi on its day, not folded into
    the trip). Talks on the day of arrival ("arrived on Monday for talks with Putin") stay the visit.
    Talks with a third country's leader on neutral ground ("Biden arrived in Switzerland ... talks
    with Putin in Geneva") are their own row whatever their day: neither side is the host.
    Talks between named leaders told in a sentence of their own ("Blinken arrived in Israel." then
    "Blinken met Netanyahu in Tel Aviv on Thursday") are their own row too, as analysts list the
    trip and the talks held during it; so are talks told in the trip's sentence as an act of their
    own ("arrived in Tel Aviv on Wednesday and met Netanyahu": _meeting_apart_from_trip). Told as
    part of the trip in its sentence (`together`: "travelled to Kyiv, where he met Zelensky") or as
    one told before ("the meeting was arranged at short notice") they are the trip."""
    if (
        visit.event_type == "visit"
        and other.event_type in ("meeting", "negotiation")
        and len(other.actors) >= 2
        and (not together or _meeting_apart_from_trip(visit, other))
        and not _refers_back(other)
    ):
        return True
    if (
        visit.event_type == "visit"
        and other.event_type in ("meeting", "negotiation")
        and len(other.actors) >= 2
        and visit.location_country
        and set(other.countries) - set(visit.countries) - {visit.location_country}
    ):
        return True
    return (
        visit.event_type == "visit"
        and other.event_type in ("meeting", "negotiation")
        and len(other.actors) >= 2
        and other.date_basis == "text"
        and other.date_granularity == "day"
        and other.date_start is not None
        and not (
            visit.date_start is not None
            and visit.date_end is not None
            and visit.date_start <= other.date_start <= visit.date_end
            and visit.date_granularity in ("day", "range")
        )
    )


# The words between a trip's trigger and a meeting's told after it in one sentence that make the
# meeting part of the trip: a "where"/"when" clause ("travelled to Kyiv, where he met Zelensky"), a
# purpose ("arrived in Astana for talks with", "is travelling to Russia for a meeting with", "flew
# to Riyadh to meet"); a participle ("made a visit to Kyiv, meeting ...") is read from the meeting's
# own "-ing" word. (A comma alone says nothing: "received Bihi, the president of Somaliland, at
# State House" tells the audience as its own act.)
_PART_OF_TRIP_AFTER = _re.compile(r"\b(?:where|when|during\s+which|at\s+which)\b|\bto\s+$", _re.I)
# "arrived in Astana for talks with", "for crisis talks with": talks the trip was for. "travel to
# Montevideo for a meeting with Lacalle Pou", "arrived in Guilin for two days of talks with Wang
# Yi" name a meeting of its own (an article, a span), which the answer lists give as its own row.
_FOR_PURPOSE = _re.compile(r"\bfor\s+((?:[\w\-]+\s+){0,3})$", _re.I)
# The words between a meeting and a trip noun told after it that make the trip an aside on the
# meeting: an apposition ("held talks with Putin on Friday, a trip that drew criticism") or an
# infinitive ("crossed the line to meet Moon, the first leader to set foot in the South").
_TRIP_AS_ASIDE = _re.compile(r"(?:,\s+(?:the|a|an|his|her|their|its)\s+(?:[\w\-]+\s+){0,3}|\bto\s+)$", _re.I)
# ...unless the aside tells the trip as a first of its kind ("met Maduro in Caracas on Tuesday, the
# first visit by a Colombian head of state since 2015"): a visit of record, listed as its own row.
_FIRST_TRIP_ASIDE = _re.compile(
    r",\s+(?:the|a|an|his|her|their|its)\s+(?:first|first-ever|maiden)\s+$", _re.I
)


def _meeting_apart_from_trip(visit: Event, meeting: Event) -> bool:
    """ "Kristersson visited Ankara on 8 November and met Erdogan", "Rahmon arrived in Bishkek for a
    state visit and signed the treaty with Japarov after talks between the delegations", "Muizzu
    held talks with Xi during his visit to Beijing": one sentence tells the trip and a meeting held
    on it as two acts, which the answer lists give as a visit row and a meeting row (issue #4,
    companion rows). The meeting stays the trip's when the sentence makes it part of the trip: a
    "where" clause, a purpose ("for talks with", "to meet"), a participle ("..., meeting
    Zelensky"), or the trip set off as an aside on the meeting (", a trip that ..."). Only two
    mentions of one sentence: told in different sentences the rule above decides."""
    if not _same_article(visit, meeting) or visit.evidence_start != meeting.evidence_start:
        return False
    text, off = visit.evidence or "", visit.evidence_start
    first_word = (meeting.trigger or "").lower().split()[:1]
    spans = sorted((visit.trigger_start, visit.trigger_end, meeting.trigger_start, meeting.trigger_end))
    if not text or not first_word or spans[0] < off or spans[-1] > off + len(text):
        return False  # (a mention without its sentence: nothing to read)
    if meeting.trigger_start >= visit.trigger_end:
        gap = text[visit.trigger_end - off : meeting.trigger_start - off]
        purpose = _FOR_PURPOSE.search(gap)
        if purpose is not None:
            words = purpose.group(1).lower().split()
            return bool(words) and (words[0] in ("a", "an") or words[-1] == "of")
        if first_word and first_word[0].endswith("ing"):
            return False  # "..., meeting Zelensky", "..., holding talks with"
        return not _PART_OF_TRIP_AFTER.search(gap)
    if visit.trigger_start >= meeting.trigger_end:
        gap = text[meeting.trigger_end - off : visit.trigger_start - off]
        return bool(_FIRST_TRIP_ASIDE.search(gap)) or not _TRIP_AS_ASIDE.search(gap)
    return False


def _apart_in_sentence(x: Event, m: Event) -> bool:
    """Two mentions of one sentence that tell a trip and a meeting held on it as two acts
    (_meeting_apart_from_trip), whichever of them the cluster was first told by.

    Why: a cluster's probe is its first mention; when that is a headline or another sentence
    ("Petro meets Maduro in Caracas" in the headline, the trip in the lead), the sentence rule
    could not read the trip and the talks of the lead, so they folded (issue #4 companion rows).
    """
    pair = {x.event_type, m.event_type}
    if "visit" not in pair or not pair & {"meeting", "negotiation"} or len(pair) != 2:
        return False
    visit, meeting = (x, m) if x.event_type == "visit" else (m, x)
    return len(meeting.actors) >= 2 and not _refers_back(meeting) and _meeting_apart_from_trip(visit, meeting)


def _refers_back(e: Event, bare: bool = False) -> bool:
    """ "The meeting was arranged at short notice", "Biden called the talks historic": a noun
    trigger after "the", "this" or "that" (one adjective allowed, none when `bare`: "the SCO
    summit" may name a summit first) names an event told before."""
    cut = e.trigger_start - e.evidence_start
    if not e.evidence or not 0 < cut <= len(e.evidence):
        return False
    return bool((_DEFINITE_RIGHT_BEFORE if bare else _DEFINITE_BEFORE).search(e.evidence[:cut]))


def _named_back_in_article(back: Event, told: Event) -> bool:
    """ "China began drills around Taiwan on Thursday. ... The army's Eastern Theater Command named
    the drills Joint Sword": an undated definite noun ("the drills") names again the dated event of
    its type the article told, whoever its sentence names (another body of the same state, a
    spokesman): same article, same type, a shared country, both told as happening."""
    return (
        back.event_type == told.event_type
        and _same_article(back, told)
        and _interval(back) is None
        and _interval(told) is not None
        and back.status == told.status == "occurred"
        and bool(set(back.countries) & set(told.countries))
        and _refers_back(back, bare=True)
    )


# ", the first stand-alone summit of": an apposition renaming what the sentence told before it.
_APPOSITION_BEFORE = _re.compile(r",\s+(?:the|a|an|their|its)\s+(?:[\w\-]+\s+){0,3}$", _re.I)


def _renames_as_summit(summit: Event, other: Event) -> bool:
    """ "Biden hosted Kishida and Yoon at Camp David on Friday, the first stand-alone summit of the
    three countries' leaders": the summit set off as an apposition is the hosting told before it in
    the sentence, one event, and a summit (demo review, issue #4)."""
    if summit.event_type != "summit" or other.event_type not in ("visit", "meeting"):
        return False
    if summit.evidence_start != other.evidence_start or not _same_article(summit, other):
        return False
    if other.trigger_start >= summit.trigger_start:
        return False
    cut = summit.trigger_start - summit.evidence_start
    return bool(summit.evidence) and bool(_APPOSITION_BEFORE.search(summit.evidence[max(0, cut - 60) : cut]))


_TRIP_NOUNS = frozenset({"trip", "visit", "tour", "journey"})


def _trip_in_apposition(visit: Event, talks: Event) -> bool:
    """ "Orban held talks with Putin in Moscow on Friday, a trip that drew criticism": a trip noun
    set off as an apposition describes the talks its sentence told; the answer lists keep them a
    meeting (or negotiation), so the noun does not relabel the row as a visit (H49 type review).
    A trip told by its own verb ("travelled to Kyiv, where he met Zelensky") still leads."""
    if visit.event_type != "visit" or talks.event_type not in ("meeting", "negotiation"):
        return False
    if (visit.trigger or "").lower() not in _TRIP_NOUNS or not visit.evidence:
        return False
    cut = visit.trigger_start - visit.evidence_start
    return 0 < cut <= len(visit.evidence) and bool(
        _APPOSITION_BEFORE.search(visit.evidence[max(0, cut - 60) : cut])
    )


def _side_event_of_summit(summit: Event, other: Event) -> bool:
    """A summit and what happens at it are separate rows when the other names its own parties:
    "Xi and Putin meet at the SCO summit" is a bilateral meeting, "Zelensky arrives in Hiroshima"
    a visit; "the leaders meet in Johannesburg" is the summit itself. A summit named as one told
    before ("Trump held talks with Lee on Monday, a day before the summit") is the article's
    summit, whoever its sentence names: it keeps nothing apart."""
    if summit.event_type != "summit" or other.event_type == "summit" or _refers_back(summit, bare=True):
        return False
    if _renames_as_summit(summit, other):
        return False
    if other.event_type == "visit" or _met_at_named_summit(other, summit):
        return True
    # "Modi and Xi held talks on the sidelines of the summit": a summit mention naming exactly the
    # meeting's pair is about that meeting.
    return len(other.actors) >= 2 and set(other.actors) != set(summit.actors)


# "met on the sidelines of the NATO summit in Vilnius", "held talks at a summit of Southeast Asian
# nations": the words from a meeting verb to the summit it was held at, the summit named by a
# capitalised word (a body, a region) between the article and the noun, or by "summit of".
_AT_SUMMIT = _re.compile(
    r"[^,;:.]{0,80}?\b(?:at|during|on\s+the\s+(?:sidelines|margins|fringes?)\s+of)\s+"
    r"(?:the|a|an|this\s+year['’]s)\s+(?P<name>(?:[\w\-'’]+\s+){0,4})$",
    _re.IGNORECASE,
)


def _met_at_named_summit(meeting: Event, summit: Event) -> bool:
    """ "Mitsotakis and Erdogan met on the sidelines of the NATO summit in Vilnius": a meeting of
    two named people held at a summit of many is a row apart from the summit, even when the
    summit's mention took the pair as its people (they are its only names in the sentence). The
    answer lists give the bilateral meeting and the summit (issue #4, companion rows). A summit
    named after the pair ("met at the Kim-Trump summit") or unnamed ("met at the summit in
    Singapore") is their meeting itself and still folds."""
    if meeting.event_type not in ("meeting", "negotiation") or len(meeting.actors) < 2:
        return False
    if not _same_article(meeting, summit) or meeting.evidence_start != summit.evidence_start:
        return False
    lo = meeting.trigger_end - meeting.evidence_start
    hi = summit.trigger_start - meeting.evidence_start
    if not meeting.evidence or not 0 <= lo < hi <= len(meeting.evidence):
        return False
    m = _AT_SUMMIT.fullmatch(meeting.evidence, lo, hi)
    if m is None:
        return False
    after = meeting.evidence[summit.trigger_end - meeting.evidence_start :]
    name_words = set(_re.findall(r"\b[A-Z][\w\-]*", m.group("name"))) | (
        {"of"} if _re.match(r"\s+of\s+(?:the\s+)?[A-Z]", after) else set()
    )
    pair = {w for a in meeting.actors for w in a.replace("-", " ").split()}
    return bool(name_words) and not any(w in pair for w in _re.findall(r"[\w]+", m.group("name")))


def _countries_within(a: Event, b: Event) -> bool:
    """When only one side names actors, the other (countries only) must be about no country
    outside them: "talks hosted by China" between Saudi Arabia and Iran are not Xi's visit. The
    bare row's own place is not a party ("US fires missiles at a Syrian base", placed in Syria, is
    the strike Trump ordered)."""
    named, bare = (a, b) if a.actors else (b, a)
    return set(bare.countries) - {bare.location_country} <= set(named.countries) | {named.location_country}


def _different_parties(a: Event, b: Event) -> bool:
    """ "Xi meets Putin" and "Xi meets Lula" are two events: each side names a participant the
    other lacks. Summits gather many leaders, so their mentions name different subsets."""
    if "summit" in (a.event_type, b.event_type):
        return False
    sa, sb = set(a.actors), set(b.actors)
    return len(sa) >= 2 and len(sb) >= 2 and bool(sa - sb) and bool(sb - sa)


def _is_country_level(e: Event) -> bool:
    """True when the row's place is a whole country ("visit to Russia"), compatible with its cities."""
    import pycountry

    if not e.location or not e.location_country:
        return False
    try:
        from pipeline.entities import country_code

        if country_code(e.location) == e.location_country:
            return True
    except ImportError:
        pass
    try:
        return pycountry.countries.lookup(e.location).alpha_3 == e.location_country
    except LookupError:
        return False


def mention_key(e: Event) -> tuple[str, str, int, str]:
    """Canonical order of mentions: publication, article, offset (the earliest names the event)."""
    return (e.published or "9999", e.article_id or e.article_url, e.trigger_start, e.event_type)


def event_id_for(e: Event) -> str:
    """Stable id of an event: hash of its earliest mention's canonical key."""
    published, article, start, event_type = mention_key(e)
    return hashlib.sha1(f"{published}|{article}|{start}|{event_type}".encode()).hexdigest()[:16]


def _pick_date(a: Event, b: Event) -> Event:
    """The row whose date to keep: the better basis, then the narrower interval."""
    ra, rb = BASIS_RANK.get(a.date_basis, 0), BASIS_RANK.get(b.date_basis, 0)
    if ra != rb:
        return a if ra > rb else b
    ia, ib = _interval(a), _interval(b)
    # A summit told with its own few days keeps them over one day of it told by a group's meeting
    # (_one_gathering_of_article); a summit dated only by its month takes the day.
    for s, m, i_s in ((a, b, ia), (b, a, ib)):
        if (
            s.event_type == "summit"
            and m.event_type == "meeting"
            and len(m.actors) < 2
            and i_s is not None
            and (i_s[1] - i_s[0]).days <= SUMMIT_SPAN_DAYS
        ):
            return s
    if ia and ib and (ib[1] - ib[0]) < (ia[1] - ia[0]):
        return b
    return a


def _status_rank(status: str, basis: str) -> float:
    """STATUS_RANK, with a dated "occurred" (a finite verb or a past date says it happened) above
    "planned": "Xi arrived in Moscow on Monday" beats "Xi's visit, expected since January"."""
    if status == "occurred" and basis != "none":
        return STATUS_RANK["planned"] + 0.5
    return STATUS_RANK.get(status, 0)


def _type_priority(e: Event) -> float:
    """TYPE_PRIORITY, except that a meeting naming fewer than two people ("the first meeting of
    the NATO-Ukraine Council", "NATO leaders meeting in Washington") is part of the summit it
    merged with, so the summit names the row."""
    if e.event_type == "meeting" and len(e.actors) < 2:
        return TYPE_PRIORITY["summit"] - 0.5
    return TYPE_PRIORITY.get(e.event_type, 0)


def _recalls_past(event: Event, m: Event) -> bool:
    """A later mention with a forward-looking status ("agreed to the trip at their meeting in Bali")
    cannot make an event that was over before it was written planned again."""
    iv, pub = _interval(event), _published(m)
    return (
        m.status in ("planned", "expected", "hypothetical")
        and iv is not None
        and pub is not None
        and iv[1] < pub - _timedelta(days=1)
    )


def _history_of_held_event(event: Event, m: Event) -> bool:
    """ "His trip had been postponed in February", told in the report of the trip itself: an
    undated postponement does not undo a dated, held event of the same day's news."""
    return (
        m.status in ("postponed", "cancelled")
        and m.date_basis == "none"
        and event.status == "occurred"
        and event.date_basis in ("text", "knowledge")
    )


_IRREGULAR_PAST = {
    "broke": "break",
    "broken": "break",
    "took": "take",
    "taken": "take",
    "made": "make",
    "held": "hold",
    "met": "meet",
    "began": "begin",
    "begun": "begin",
    "struck": "strike",
    "sent": "send",
    "gave": "give",
    "given": "give",
    "spoke": "speak",
    "spoken": "speak",
    "won": "win",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "froze": "freeze",
    "frozen": "freeze",
    "shot": "shoot",
    "led": "lead",
    "left": "leave",
    "drew": "draw",
    "drawn": "draw",
    "threw": "throw",
    "seized": "seize",
}


def _act_stem(trigger: str) -> str:
    """The act a trigger names, roughly ("signed", "signing" -> "sign"; "ratify", "ratified" -> "ratif")."""
    word = trigger.lower().split()[0] if trigger.strip() else ""
    # irregular pasts name the same act as their base ("broke off relations", "decided to break
    # ties": one act; webcopy7)
    word = _IRREGULAR_PAST.get(word, word)
    for suffix in ("ing", "ied", "ies", "ed", "es", "y", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)].rstrip("iye") or word
    return word.rstrip("iye") or word


def _denies_another_act(event: Event, m: Event) -> bool:
    """ "Turkey has not yet ratified the memorandum", told in the report of its signing: an
    undated denial of another act (ratifying is not signing) does not undo the held, dated act."""
    return (
        m.status == "denied"
        and m.date_basis == "none"
        and event.status == "occurred"
        and event.date_basis != "none"
        and _act_stem(m.trigger) != _act_stem(event.trigger)
    )


def _union_date(event: Event, m: Event, d: Event) -> Event:
    """Disjoint dates of one merged summit, or day-precise ones, become one range covering both."""
    ia, ib = _interval(event), _interval(m)
    if not (ia and ib):
        return d
    overlap = ia[0] <= ib[1] and ib[0] <= ia[1]
    if not overlap and _one_trip_of_article(event, m, max(ib[0] - ia[1], ia[0] - ib[1]).days):
        return d  # a trip told day by day keeps its lead's day ("welcomed on Thursday for a state visit")
    if overlap and not (
        event.event_type == m.event_type == "summit"
        and BASIS_RANK.get(event.date_basis, 0) == BASIS_RANK.get(m.date_basis, 0) == 3
        and max((ia[1] - ia[0]).days, (ib[1] - ib[0]).days) < SUMMIT_SPAN_DAYS
        and (ia != ib)
    ):
        return d  # one summit's days told by different mentions ("opened Tuesday", "ends Wednesday") add up
    start, end = min(ia[0], ib[0]), max(ia[1], ib[1])
    texts = [t for t in (event.date_text, m.date_text) if t]
    return dataclasses.replace(
        d,
        date_start=start.isoformat(),
        date_end=end.isoformat(),
        date_granularity="range",
        date_value=None,
        date_text="; ".join(dict.fromkeys(texts)) or None,
    )


def _fold(event: Event, m: Event, latest: str | None) -> tuple[Event, str | None]:
    """Event `event` (first mention first) updated with mention `m`; returns it and the latest publication."""
    status = event.status
    m_pub = m.published or ""
    if latest is not None and m_pub > latest and not _recalls_past(event, m):
        status = m.status  # a later article updates the event: planned -> postponed / occurred
    elif (
        _status_rank(m.status, m.date_basis) > _status_rank(status, event.date_basis)
        and not (latest and m_pub < latest)
        and not _history_of_held_event(event, m)
        and not _denies_another_act(event, m)
    ):
        status = m.status
    elif _denies_another_act(m, event):
        status = m.status  # the held, dated act outranks an undated denial of another act
    d = _union_date(event, m, _pick_date(event, m))
    # The row's type and label come from its most specific mention (a visit over the talks held
    # during it), then the one naming most participants, then one naming the place, then the most confident one.
    lead = event
    # A noun naming the event again ("the deal", in "Wale said the deal had been negotiated in
    # secret") brings no party and no label of its own: whoever its sentence names did not do it.
    # Nor does a plan of another kind told of a held event's people ("The leaders agreed to meet
    # every year", folded into the summit they held): it does not rename what they did.
    adds_nothing = (_named_back_in_article(m, event) and not set(m.actors) & set(event.actors)) or (
        m.status in ("planned", "expected")
        and event.status == "occurred"
        and m.event_type != event.event_type
    )
    # "Biden called the meeting historic": a definite noun naming a summit again does not relabel it.
    names_summit_back = (
        event.event_type == "summit" and m.event_type != "summit" and _refers_back(m, bare=True)
    )
    if _renames_as_summit(m, event) or _trip_in_apposition(event, m):
        lead = m
    elif (
        not adds_nothing
        and not names_summit_back
        and not _trip_in_apposition(m, event)
        and (
            _type_priority(m),
            _names_summit(m),
            len(m.actors),
            bool(m.location),
            m.confidence,
        )
        > (
            _type_priority(event),
            _names_summit(event),
            len(event.actors),
            bool(event.location) and event.location in event.title,  # the place is in its label
            event.confidence,
        )
    ):
        lead = m
    # The place: the event's, unless a mention names a city in the country it only names
    # ("South Africa" then "Johannesburg").
    finer = (
        bool(m.location)
        and _is_country_level(event)
        and not _is_country_level(m)
        and m.location_country == event.location_country
    )
    place = m if not event.location or finer else event
    title = _STATUS_SUFFIX.sub("", lead.title)
    if status != "occurred":
        title += f" ({status})"
    merged = dataclasses.replace(
        event,
        event_type=lead.event_type,
        plover=lead.plover,
        cameo=lead.cameo,
        status=status,
        title=title,
        actors=event.actors if adds_nothing else tuple(dict.fromkeys(event.actors + m.actors)),
        countries=tuple(dict.fromkeys(event.countries + m.countries)),
        location=place.location,
        location_country=place.location_country,
        lat=place.lat,
        lon=place.lon,
        date_start=d.date_start,
        date_end=d.date_end,
        date_granularity=d.date_granularity,
        date_value=d.date_value,
        date_text=d.date_text,
        date_basis=d.date_basis,
        evidentiality=event.evidentiality if event.confidence >= m.confidence else m.evidentiality,
        confidence=max(event.confidence, m.confidence),
        mentions=event.mentions + 1,
    )
    return merged, max(latest or "", m_pub) or None


def _names_summit(e: Event) -> bool:
    """A summit mention labelled by the summit itself ("BRICS summit in Johannesburg"), which
    names a multilateral summit better than one participant's ("Xi Jinping attends a summit")."""
    return e.event_type == "summit" and " attend" not in e.title


def _fit(a: Event, b: Event) -> tuple[int, int, int, int]:
    """How well mention b fits event a: same type, shared actors, same place, shared countries."""
    return (
        int(a.event_type == b.event_type),
        len(set(a.actors) & set(b.actors)),
        int(bool(a.location) and a.location == b.location),
        len(set(a.countries) & set(b.countries)),
    )


def _may_be_same(a: Event, b: Event) -> bool:
    """False only when same_event(a, b) is surely False: a cheap test run before it.

    Why: merge_mentions compares every mention with every cluster of its group, and about half
    of those pairs share nothing (issue #6: 28k same_event calls on 1,000 TBAQ articles). Every
    way same_event can say True needs one of: one article (_one_gathering_of_article,
    _named_back_in_article), two summits (one_summit), or a shared actor when both name actors,
    else a shared country. A new True path in same_event must be added here too
    (tests/test_speed_events_dedupe.py checks the two agree on real mentions).
    """
    if _same_article(a, b) or a.event_type == b.event_type == "summit":
        return True
    if a.actors and b.actors:
        return not set(a.actors).isdisjoint(b.actors)
    return not set(a.countries).isdisjoint(b.countries)


def _reprobe(c: list, i: int, index: dict[tuple[str, str], list[int]]) -> None:
    """Cluster `c` (number `i`) with the probe of its current event, filed under the probe's keys."""
    event, core = c[0], c[3]
    if c[4] is not None and c[5] is event:
        return
    probe = _with_event_date(core, event)
    if core.event_type == "sanction" and len(core.countries) < 2 and not core.actors:
        # a sanction first told by its target alone ("Europe expels Russian diplomats") is probed
        # with the doer its mentions since named, so that another country's expulsion stays apart
        probe = dataclasses.replace(probe, countries=event.countries)
    c[4], c[5] = probe, event
    for key in _filed_keys(probe):
        filed = index.setdefault(key, [])
        if not filed or filed[-1] != i:
            filed.append(i)


def _filed_keys(probe: Event) -> list[tuple[str, str]]:
    """Keys a cluster is found by: one per way _may_be_same can hold for it."""
    keys = [("article", probe.article_id)] if probe.article_id else []
    if probe.event_type == "summit":
        keys.append(("summit", ""))
    keys += [("actor", a) for a in probe.actors]
    keys += [("country", c) for c in probe.countries]
    if not probe.actors:
        keys += [("bare country", c) for c in probe.countries]
    return keys


def _query_keys(m: Event) -> list[tuple[str, str]]:
    """Keys of the clusters _may_be_same(cluster, m) can hold for: same article, both summits,
    a shared actor when both name actors, else a shared country."""
    keys = [("article", m.article_id)] if m.article_id else []
    if m.event_type == "summit":
        keys.append(("summit", ""))
    if m.actors:
        keys += [("actor", a) for a in m.actors]
        keys += [("bare country", c) for c in m.countries]
    else:
        keys += [("country", c) for c in m.countries]
    return keys


def _prose_takes_over_headline(core: Event, m: Event) -> bool:
    """ "Canada and India expel each other's diplomats" (a headline) folds the lead's "Canada
    expelled India's envoy"; the row's later mentions are then compared with that sentence, not
    with the headline. A headline, caption or list item is no prose: it sums up the article's acts
    in other words, so as a cluster's core it glued every later act of its type onto one row
    ("India ordered six Canadian diplomats to leave", "India withdrew its envoy": three moves,
    issue #4). The first prose mention of the same type and article it folds becomes a second
    core: a later mention joins the row only when it is the same event as both (it never joins
    more than with the headline alone).
    Only for one side's single moves (ONE_SIDED_MOVES), the types _two_acts_of_article tells
    apart by prose: for a visit or a summit the headline's wider reading is still the better
    core (webcopy: a subheading as core split "Modi visits Kyiv" from his dated arrival)."""
    return (
        _same_article(core, m)
        and core.event_type == m.event_type
        and core.event_type in ONE_SIDED_MOVES
        and not _told_in_prose(core)
        and _told_in_prose(m)
    )


def _with_event_date(m: Event, event: Event) -> Event:
    """Mention m under its event's current date and place, as a probe is."""
    return dataclasses.replace(
        m,
        actors=m.actors or event.actors,
        countries=m.countries or event.countries,
        location=event.location,
        location_country=event.location_country,
        date_start=event.date_start,
        date_end=event.date_end,
        date_granularity=event.date_granularity,
        status=event.status,
    )


def merge_mentions(existing: Sequence[Event], mentions: Sequence[Event]) -> tuple[list[Event], list[Event]]:
    """Fold new mentions into events: returns (events to upsert, mentions with their event_id).

    `existing` are stored events that might be the same as one of the mentions (the caller
    picks candidates); every returned event carries its total `mentions` count. Mentions are
    taken in canonical order (publication, article, offset), so the same input gives the same
    events and ids whatever the batch order. Every mention is kept and returned.
    """
    # [event, latest published, touched, core, probe, event it was made from, sentences, prose
    # core of a headline's one-sided move (_prose_takes_over_headline) or None]: a new
    # mention is compared with the cluster's first mention (its core actors and type) under the
    # event's current date and place (the probe), not with the union of every actor seen so far -
    # that union would chain unrelated events together. The probe is made again only when the
    # event changes, not once per mention and cluster (issue #6). Last, the sentences (article,
    # offset) its mentions are told in.
    clusters: list[list] = []
    # Clusters by what _may_be_same needs shared (article, summit, actor, country): a mention is
    # compared only with the clusters filed under its keys, not with all of them (issue #6: the
    # scan of every cluster was quadratic in a group). A probe only gains keys as its event
    # grows; keys it no longer has stay filed, so the candidates are a superset, and they are
    # visited in cluster order, as the full scan did.
    index: dict[tuple[str, str], list[int]] = {}

    def add(event: Event, latest: str | None, touched: bool) -> list:
        told_in = (event.article_id, event.evidence_start)
        c = [event, latest, touched, event, None, None, {told_in}, None, {told_in: [event]}]
        clusters.append(c)
        _reprobe(c, len(clusters) - 1, index)
        return c

    for e in existing:
        add(e, e.published, False)
    placed: list[Event] = []
    for m in sorted(mentions, key=mention_key):
        fits = []
        candidates = {i for key in _query_keys(m) for i in index.get(key, ())}
        for i in sorted(candidates):
            c = clusters[i]
            probe = c[4]
            told = (m.article_id, m.evidence_start) in c[6]
            if told and any(_apart_in_sentence(x, m) for x in c[8].get((m.article_id, m.evidence_start), ())):
                continue  # the cluster told in m's sentence an act apart from m's (a trip and its talks)
            if (
                _may_be_same(probe, m)
                and same_event(probe, m, told)
                and (c[7] is None or same_event(_with_event_date(c[7], c[0]), m, told))
            ):
                fits.append((_fit(probe, m), -len(fits), i))
        if fits:
            # The best fitting event, not the first: "the two leaders last met in Bali" is the
            # Biden-Xi meeting there, not the G20 summit that shares only the country.
            best = max(fits, key=lambda f: f[:2])[2]
            c = clusters[best]
            c[0], c[1] = _fold(c[0], m, c[1])
            c[2] = True
            if c[7] is None and _prose_takes_over_headline(c[3], m):
                c[7] = m
            c[6].add((m.article_id, m.evidence_start))
            c[8].setdefault((m.article_id, m.evidence_start), []).append(m)
            _reprobe(c, best, index)
        else:
            c = add(dataclasses.replace(m, event_id=event_id_for(m), mentions=1), m.published, True)
        placed.append(dataclasses.replace(m, event_id=c[0].event_id))
    events = [c[0] for c in clusters if c[2]]
    return events, placed
