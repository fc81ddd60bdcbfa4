"""Event extraction (issue #4). Until it lands, no events are extracted: ingest reports 0."""

from __future__ import annotations

from pipeline.models import Article, Event


def extract_events(article: Article, article_id: str = "") -> list[Event]:
    """Event mentions in one article (one Event per mention, mentions=1)."""
    return []
