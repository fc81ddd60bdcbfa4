"""The word lists of the time-expression tagger, read once from data/lexicons/timex.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.settings import DATA_DIR, read_yaml

LEXICON_PATH = DATA_DIR / "lexicons" / "timex.yaml"


@dataclass(frozen=True)
class Lexicon:
    """Lower-case word lists; the regexes in patterns.py are built from them."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    ordinals: dict[str, int]
    vague_quantities: tuple[str, ...]
    units: dict[str, dict[str, Any]]
    unit_plurals: dict[str, str]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    decade_words: dict[str, int]
    time_zones: tuple[str, ...]
    frequency_words: dict[str, str]
    future_cues: frozenset[str]
    past_cues: frozenset[str]
    weekday_name_followers: frozenset[str]
    name_titles: frozenset[str]
    count_nouns: frozenset[str]
    holidays_fixed: dict[str, tuple[int, int]]
    holidays_rule: dict[str, dict[str, int]]
    generic_today_nouns: frozenset[str]
    named_dates: dict[str, str]
    event_days: dict[tuple[int, int], tuple[int, frozenset[str]]]
    weekday_name_leaders: frozenset[str]
    weekday_on_names: frozenset[str]
    holiday_name_followers: frozenset[str]
    # holidays of other calendars (issue #3, H96): lower-cased name -> rule, and the names as
    # written (matched case-sensitively)
    holidays_calendar: dict[str, dict[str, Any]]
    holiday_calendar_names: tuple[str, ...]
    holiday_calendar_leaders: frozenset[str]
    holiday_object_nouns: frozenset[str]

    def unit_of(self, word: str) -> str | None:
        """The singular unit for a unit word ('Weeks' -> 'week'), None if it is no unit."""
        w = word.lower().rstrip(".")
        if w in self.units:
            return w
        if w in self.unit_plurals:
            return self.unit_plurals[w]
        if w.endswith("s") and w[:-1] in self.units:
            return w[:-1]
        return None


def _calendar_rule(raw: dict[str, Any]) -> dict[str, Any]:
    """A holiday rule with the names it refers to ("same", "any") lower-cased like the keys."""
    rule = dict(raw)
    if "same" in rule:
        rule["same"] = str(rule["same"]).lower()
    if "any" in rule:
        rule["any"] = tuple(str(n).lower() for n in rule["any"])
    return rule


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """Read the YAML once per process; a broken file fails loudly, naming the file."""
    raw = read_yaml(path)
    try:
        return Lexicon(
            months={k.lower(): int(v) for k, v in raw["months"].items()},
            weekdays={k.lower(): int(v) for k, v in raw["weekdays"].items()},
            numbers={k.lower(): float(v) for k, v in raw["numbers"].items()},
            ordinals={k.lower(): int(v) for k, v in raw["ordinals"].items()},
            vague_quantities=tuple(raw["vague_quantities"]),
            units={k.lower(): dict(v) for k, v in raw["units"].items()},
            unit_plurals={k.lower(): v for k, v in raw["unit_plurals"].items()},
            seasons={k.lower(): v for k, v in raw["seasons"].items()},
            parts_of_day={k.lower(): v for k, v in raw["parts_of_day"].items()},
            decade_words={k.lower(): int(v) for k, v in raw["decade_words"].items()},
            time_zones=tuple(raw["time_zones"]),
            frequency_words={k.lower(): v for k, v in raw["frequency_words"].items()},
            future_cues=frozenset(w.lower() for w in raw["tense_cues"]["future"]),
            past_cues=frozenset(w.lower() for w in raw["tense_cues"]["past"]),
            weekday_name_followers=frozenset(w.lower() for w in raw["weekday_name_followers"]),
            name_titles=frozenset(w.lower() for w in raw["name_titles"]),
            count_nouns=frozenset(w.lower() for w in raw["count_nouns"]),
            holidays_fixed={
                k.lower(): (int(v.split("-")[0]), int(v.split("-")[1]))
                for k, v in raw["holidays_fixed"].items()
            },
            weekday_name_leaders=frozenset(w.lower() for w in raw["weekday_name_leaders"]),
            weekday_on_names=frozenset(w.lower() for w in raw.get("weekday_on_names", ())),
            holiday_name_followers=frozenset(w.lower() for w in raw["holiday_name_followers"]),
            holidays_calendar={k.lower(): _calendar_rule(v) for k, v in raw["holidays_calendar"].items()},
            holiday_calendar_names=tuple(raw["holidays_calendar"]),
            holiday_calendar_leaders=frozenset(w.lower() for w in raw["holiday_calendar_leaders"]),
            holiday_object_nouns=frozenset(w.lower() for w in raw["holiday_object_nouns"]),
            named_dates={str(k): str(v) for k, v in raw["named_dates"].items()},
            event_days={
                (int(k.split("-")[0]), int(k.split("-")[1])): (
                    int(v["year"]),
                    frozenset(w.lower() for w in v["nouns"]),
                )
                for k, v in raw.get("event_days", {}).items()
            },
            generic_today_nouns=frozenset(w.lower() for w in raw["generic_today_nouns"]),
            holidays_rule={
                k.lower(): {kk: int(vv) for kk, vv in v.items()} for k, v in raw["holidays_rule"].items()
            },
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{path}: malformed time-expression lexicon ({exc})") from exc
