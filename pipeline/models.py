"""Records passed between the pipeline's stages.

All are frozen dataclasses: a stage returns new records instead of mutating old ones, so a
record can be cached, hashed and sent to another process (Dask, multiprocessing) as is.
Field names of `Event` are the public event row of ../shared/CONTRACT.md section 2.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any

EVENT_TYPES: tuple[str, ...] = (
    "meeting",
    "summit",
    "visit",
    "call",
    "negotiation",
    "statement",
    "agreement",
    "sanction",
    "aid",
    "criticism",
    "threat",
    "military",
    "protest",
    "commemoration",
    "leadership",
    "other",
)
GRANULARITIES: tuple[str, ...] = (
    "day",
    "weekend",
    "week",
    "month",
    "quarter",
    "season",
    "year",
    "decade",
    "range",
    "unknown",
)
DATE_BASES: tuple[str, ...] = ("text", "knowledge", "publication", "none")
STATUSES: tuple[str, ...] = (
    "occurred",
    "ongoing",
    "planned",
    "expected",
    "postponed",
    "cancelled",
    "denied",
    "hypothetical",
)
EVIDENTIALITIES: tuple[str, ...] = ("asserted", "official", "reported", "speculative")


@dataclass(frozen=True)
class Article:
    """One article as read from an input row or file.

    `text` is kept exactly as given (offsets of every event point into it). `row` is the
    1-based data row in its file (None for one-article files) so messages can name it.
    """

    text: str
    published: date | None = None
    title: str = ""
    url: str = ""
    source: str = ""
    language: str = ""
    origin: str = ""
    row: int | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rejection:
    """An input row that was not stored, with a reason a person can act on."""

    file: str
    row: int | None
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "row": self.row, "reason": self.reason}


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a text, with its TIMEX3 value.

    `start`/`end` index the original text (end exclusive). `date_start`/`date_end` are the
    inclusive calendar interval of a DATE/TIME value (None for durations, sets, PRESENT_REF or
    anything unresolved); `granularity` is one of GRANULARITIES.
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    date_start: date | None = None
    date_end: date | None = None
    granularity: str = "unknown"
    mod: str = ""  # TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER...


@dataclass(frozen=True)
class Event:
    """One event row (CONTRACT.md section 2), or one mention of it.

    Extraction yields one Event per mention (mentions=1); dedupe merges mentions that name
    the same event and gives them a shared, stable `event_id`.
    """

    event_id: str
    event_type: str
    title: str
    plover: str = ""
    cameo: str = ""
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    location: str | None = None
    location_country: str | None = None
    lat: float | None = None
    lon: float | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_granularity: str = "unknown"
    date_value: str | None = None
    date_text: str | None = None
    date_basis: str = "none"
    status: str = "occurred"
    evidentiality: str = "asserted"
    confidence: float = 0.5
    trigger: str = ""
    trigger_start: int = 0
    trigger_end: int = 0
    evidence: str = ""
    evidence_start: int = 0
    evidence_end: int = 0
    article_url: str = ""
    article_title: str = ""
    published: str | None = None
    mentions: int = 1
    # Extras beyond the contract (allowed by it): where the row came from.
    source: str = ""
    article_id: str = ""

    def to_row(self) -> dict[str, Any]:
        """The contract row as a plain dict (lists for list fields), ready for JSON.

        Read field by field, not with dataclasses.asdict: every field is a scalar or a tuple of
        strings, so asdict's recursive deep copy gave the same dict ~10x slower (38 us a row;
        `extract --mentions` writes one per mention, issue #6).
        """
        row = {name: getattr(self, name) for name in CONTRACT_FIELDS}
        row["actors"] = list(self.actors)
        row["countries"] = list(self.countries)
        return row


CONTRACT_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Event))


@dataclass(frozen=True)
class EventFilter:
    """What the dashboard and `export` filter stored events by; empty means 'any'.

    Dates are ISO strings; an event matches a date range when its interval overlaps it.
    `include_undated` keeps events with no date when a date range is set.
    """

    date_from: str | None = None
    date_to: str | None = None
    types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    text: str = ""
    include_undated: bool = True


@dataclass
class IngestReport:
    """What happened to every input row: read == stored + duplicates + rejected."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    events: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "events": self.events,
            "rejections": [r.as_dict() for r in self.rejections],
            "warnings": list(self.warnings),
        }
