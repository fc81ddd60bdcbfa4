"""What the other stages tell us about an article: content spans, time expressions, entities.

The orchestrator owns the order; this module only adapts the sibling stages (ingest, timex,
entities) and falls back to "nothing known" when one is missing, so events still come out
(undated, actor-less) instead of the whole extraction failing.
"""

from __future__ import annotations

import importlib
import logging
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from pipeline.models import TimeExpression

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Mention:
    """An entity mention as events use it (mirrors entities.EntityMention's fields)."""

    start: int
    end: int
    text: str
    kind: str  # person | body | country | place
    name: str
    country: str | None = None
    role: str = ""
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class KnownSpan:
    """A known (curated) event named in the text, e.g. "the SCO summit in Samarkand"."""

    start: int
    end: int
    event: Any  # entities.KnownEvent


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _guarded(stage: str, fn: Any, *args: Any, **kwargs: Any) -> Any | None:
    """Call a sibling stage; a crash there costs this article its dates or actors, not its events."""
    try:
        return fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - any failure of another stage is logged and survived
        log.warning("events: %s stage failed (%s: %s); continuing without it", stage, type(exc).__name__, exc)
        return None


def content_spans(text: str) -> list[tuple[int, int]] | None:
    """Spans of real prose from ingest, or None (= the whole text) when ingest cannot tell."""
    ingest = _module("pipeline.ingest")
    fn = getattr(ingest, "content_spans", None)
    if fn is None:
        return None
    spans = _guarded("ingest.content_spans", fn, text)
    return list(spans) if spans is not None else None


def time_expressions(text: str, dct: date | None) -> list[TimeExpression]:
    """Resolved time expressions, sorted by offset; [] when the timex stage is unavailable."""
    timex = _module("pipeline.timex")
    fn = getattr(timex, "find_time_expressions", None)
    if fn is None:
        return []
    found = _guarded("timex", fn, text, dct) or []
    found = [
        t
        for t in found
        if not _SPAN_TO_NOW.search(text, max(0, t.start - 20), t.start) or not _PAST_UNIT.fullmatch(t.text)
    ]
    found = sorted(found, key=lambda t: (t.start, t.end))
    return [t for k, t in enumerate(found) if not _restated_narrower(text, t, found[k + 1 : k + 2])]


# "a week ago, on October 18,", "last month, on March 3": a span restated by a date inside it.
_RESTATED_GAP = re.compile(r",\s*(?:on|in)?\s*")


def _restated_narrower(text: str, t: Any, nxt: list[Any]) -> bool:
    """Whether `t` is a span that the expression right after it, set off by a comma, restates
    as a narrower date within it. Why: the event is told once, on the precise day; taking the
    span made "The row began a week ago, on October 18, when ..." a week-long event (webcopy8)."""
    if not nxt or t.date_start is None or t.date_end is None or t.date_start == t.date_end:
        return False
    n = nxt[0]
    return (
        n.date_start is not None
        and n.date_end is not None
        and t.date_start <= n.date_start <= n.date_end <= t.date_end
        and (n.date_end - n.date_start) < (t.date_end - t.date_start)
        and _RESTATED_GAP.fullmatch(text, t.end, n.start) is not None
    )


# "the main stronghold of the insurgents for the past year", "has been in Bethesda for the last
# week": the span up to now that a state lasted through, not the calendar year (week) before the
# article's that the timex value names. Such a span dates no event (webcopy8: a recapture told
# with it went to the year before; TBAQ: one more right). "Over/in the past year" stays a date:
# TimeBank reads it as the year before.
_SPAN_TO_NOW = re.compile(r"\b(?:for|throughout)\s+$", re.IGNORECASE)
_PAST_UNIT = re.compile(r"the\s+(?:past|last)\s+(?:year|month|week|decade)", re.IGNORECASE)


def entities(text: str, published: date | None, spans: list[tuple[int, int]] | None) -> list[Mention]:
    """Entity mentions sorted by offset; [] when the entities stage is unavailable."""
    mod = _module("pipeline.entities")
    fn = getattr(mod, "find_entities", None)
    if fn is None:
        return []
    out = []
    for m in _guarded("entities", fn, text, published=published, spans=spans) or []:
        out.append(
            Mention(
                start=m.start,
                end=m.end,
                text=m.text,
                kind=getattr(m, "kind", "") or "",
                name=getattr(m, "name", "") or m.text,
                country=getattr(m, "country", None),
                role=getattr(m, "role", "") or "",
                lat=getattr(m, "lat", None),
                lon=getattr(m, "lon", None),
            )
        )
    return sorted(out, key=lambda m: (m.start, -m.end))


@lru_cache(maxsize=1)
def people_names() -> frozenset[str]:
    """Lower-cased names of a country's people ("russians", "kosovo serbs"): a country mention
    under one of these is its people, not its government. Empty without the gazetteer."""
    mod = _module("pipeline.entities.gazetteer")
    rows = _guarded("entities.gazetteer", mod.load_country_aliases) if mod is not None else None
    return frozenset(r["alias"].lower() for r in rows or () if r.get("kind") == "people")


# leaders.csv categories whose holders act for their state whatever words their title uses:
# "Chief Executive" (Hong Kong), "Taoiseach", "State Counsellor", "Sultan", "Chief Adviser".
STATE_OFFICE_CATEGORIES = frozenset(
    {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "spokesperson"}
)


@lru_cache(maxsize=1)
def state_office_holders() -> frozenset[str]:
    """Names the leaders gazetteer gives a state office (head of state or government, foreign or
    defence minister, spokesperson). Why: the state-actor cue words read a title ("President",
    "Minister"), and a leader whose title has none of them ("Lam announced ...", issue #4) lost
    every saying that needs a state speaker. Empty without the gazetteer."""
    mod = _module("pipeline.entities.gazetteer")
    offices = _guarded("entities.gazetteer", mod.load_offices) if mod is not None else None
    return frozenset(o.name for o in offices or () if o.category in STATE_OFFICE_CATEGORIES)


def known_events(text: str, published: date | None, spans: list[tuple[int, int]] | None) -> list[KnownSpan]:
    """Curated events named in the text; [] when the entities stage has no knowledge table."""
    mod = _module("pipeline.entities")
    fn = getattr(mod, "find_known_events", None)
    if fn is None:
        return []
    found = _guarded("known events", fn, text, published, spans=spans) or []
    return sorted((KnownSpan(s, e, ev) for s, e, ev in found), key=lambda k: k.start)


def anniversary_date(event: Any, nth: int) -> date | None:
    """The nth anniversary of a known event (entities.anniversary_date), or None."""
    mod = _module("pipeline.entities")
    fn = getattr(mod, "anniversary_date", None)
    if fn is not None:
        return fn(event, nth)
    start = getattr(event, "date_start", None)
    if not isinstance(start, date):
        return None
    try:
        return start.replace(year=start.year + nth)
    except ValueError:  # 29 February
        return start.replace(year=start.year + nth, day=28)


def country_name(iso3: str) -> str:
    """A readable name for an ISO3 code ("RUS" -> "Russia"), for titles."""
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        return iso3
    return getattr(c, "common_name", None) or c.name.split(",")[0]
