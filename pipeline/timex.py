"""Time expressions (issue #3): find and resolve against the publication date."""

from __future__ import annotations

from datetime import date

from pipeline.models import TimeExpression


def find_time_expressions(text: str, dct: date | None) -> list[TimeExpression]:
    """Time expressions in `text`, resolved against `dct` (unresolved when dct is None)."""
    return []
