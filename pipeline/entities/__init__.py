"""Actors, countries, places and named events in article text (issue #4 items 3-5).

Public API (pipeline.events codes against it):
    find_entities(text, published=None, spans=None) -> list[EntityMention]
    find_known_events(text, published, spans=None) -> list[tuple[int, int, KnownEvent]]
    known_event_by_key(key) -> KnownEvent | None
    anniversary_date(event, nth) -> date
    country_code(name) -> str | None
    place_info(name) -> (place, ISO3, lat, lon) | None
    main_country(mentions) -> ISO3 | None   (the country an article is mostly about)
Data: data/gazetteers/*.csv and data/knowledge/*.csv, each read once by a cached loader.
"""

from pipeline.entities.finder import EntityMention, country_code, find_entities, main_country, place_info
from pipeline.entities.known_events import KnownEvent, anniversary_date, find_known_events, known_event_by_key

__all__ = [
    "EntityMention",
    "KnownEvent",
    "anniversary_date",
    "country_code",
    "find_entities",
    "find_known_events",
    "known_event_by_key",
    "main_country",
    "place_info",
]
