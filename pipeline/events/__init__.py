"""Event extraction (issue #4): articles -> dated, sourced event mentions.

Public API (called by the orchestrator): `extract_events(article, article_id="")` and
`split_sentences(text, spans=None)`. Stages live in the sub-modules, one per stage:
sentences, triggers, actors, dating, status, titles; `extract` runs them in order.
"""

from __future__ import annotations

from pipeline.events.extract import extract_events, provisional_id
from pipeline.events.sentences import split_sentences

__all__ = ["extract_events", "provisional_id", "split_sentences"]
