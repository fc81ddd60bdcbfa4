"""Which column (or JSON key) holds which article field: aliases, user mappings, normalised names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# The article fields and the header names accepted for each, best first (CONTRACT.md section 1;
# a few extra names common in exports: NewsAPI's `source.name`, GDELT's `domain`). Names are
# compared after `normalise_name`, so `Publish Date`, `publish_date` and `publishDate` are one.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "article_text", "full_text", "story"),
    "published": ("published", "date", "pub_date", "publish date", "published_at", "publishedAt",
                  "datetime", "seendate", "timestamp", "publication_date", "pubDate"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url", "article_url"),
    "source": ("source.name", "source", "outlet", "publisher", "domain", "source_name"),
    "language": ("language", "lang"),
}  # fmt: skip
# Used for the text only when a row's text cell is empty or there is no text column at all
# (NewsAPI: `content` missing -> `description`). Each use is flagged: it is usually a summary.
TEXT_FALLBACKS: tuple[str, ...] = ("description", "summary")
FIELDS: tuple[str, ...] = tuple(COLUMN_ALIASES)
HEADER_CELL_MAX_CHARS = 40  # longer than any alias with room for a prefix; prose cells are longer

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def normalise_name(name: str) -> str:
    """Header name as compared with aliases: case-folded, only letters and digits."""
    return _NON_ALNUM.sub("", str(name).casefold())


def _ranks(names: tuple[str, ...]) -> dict[str, int]:
    ranks: dict[str, int] = {}
    for i, name in enumerate(names):
        ranks.setdefault(normalise_name(name), i)  # spellings of one name keep its first rank
    return ranks


_ALIAS_RANK: dict[str, dict[str, int]] = {field: _ranks(names) for field, names in COLUMN_ALIASES.items()}
_FALLBACK_RANK = _ranks(TEXT_FALLBACKS)


def guess_mapping(columns: Iterable[str]) -> dict[str, str]:
    """{field: column} for each field some column's name is an alias of (best alias wins)."""
    mapping: dict[str, str] = {}
    ranks: dict[str, int] = {}
    for column in columns:
        key = normalise_name(column)
        for field, rank_of in _ALIAS_RANK.items():
            rank = rank_of.get(key)
            if rank is not None and rank < ranks.get(field, len(rank_of) + 1):
                mapping[field], ranks[field] = column, rank
    return mapping


def guess_fallback(columns: Iterable[str]) -> str | None:
    """The column to take text from when the text cell is empty (a 'description'), if any."""
    found = sorted(
        (_FALLBACK_RANK[normalise_name(c)], c) for c in columns if normalise_name(c) in _FALLBACK_RANK
    )
    return found[0][1] if found else None


def is_known_header(cells: Iterable[str]) -> bool:
    """True when a first line reads as a table header: short cells naming the text column and one
    more field. Used where the extension does not say "table" (.txt, none), so an article that
    starts "Text, he said, ..." stays an article."""
    cells = list(cells)
    if any(len(c) > HEADER_CELL_MAX_CHARS for c in cells):
        return False
    found = guess_mapping(cells)
    return "text" in found and len(found) >= 2


def apply_mapping(
    columns: list[str], guessed: dict[str, str], mapping: Mapping[str, str] | None
) -> tuple[dict[str, str], list[str]]:
    """The guessed mapping overridden by a user's {field: column}; problems for unknown names.

    Column names in `mapping` are matched exactly first, then by normalised name; an empty
    value removes the field (a user saying "this file has no date column").
    """
    result = dict(guessed)
    problems: list[str] = []
    by_norm = {normalise_name(c): c for c in columns}
    for field, column in (mapping or {}).items():
        if field not in COLUMN_ALIASES:
            raise ValueError(f"mapping: unknown field {field!r}; fields are {', '.join(FIELDS)}")
        if not column:
            result.pop(field, None)
            continue
        actual = column if column in columns else by_norm.get(normalise_name(column))
        if actual is None:
            problems.append(
                f"the column mapping names '{column}' for {field}, but there is no such column "
                f"(columns found: {quote_list(columns)})"
            )
        else:
            result[field] = actual
    return result, problems


def accepted_names(field: str) -> str:
    """The accepted header names for a field, for messages: "text, body, content, ..."."""
    names = COLUMN_ALIASES[field] + (TEXT_FALLBACKS if field == "text" else ())
    return ", ".join(names)


def quote_list(items: Iterable[str], limit: int = 30) -> str:
    """'a', 'b', 'c' (at most `limit`, then "and N more"), or 'none'."""
    items = list(items)
    if not items:
        return "none"
    shown = ", ".join(f"'{i}'" for i in items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")
