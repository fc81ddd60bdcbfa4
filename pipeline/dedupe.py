"""Stable keys: article identity, and merging event mentions into events.

Article identity is the hash of its normalised text, plus its canonical URL: the same story
re-exported with other whitespace, case or tracking parameters is one article.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_SPACE = re.compile(r"\s+")
# Query parameters that only track a click; dropping them makes two links to one story equal.
TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|cmpid|ocid|smid|share)$", re.I)


def normalise_text(text: str) -> str:
    """Text as compared for duplicates: NFKC, case-folded, whitespace collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def text_hash(text: str) -> str:
    """sha256 hex of the normalised text (the article's identity)."""
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
# Interface used by store/process; the merging rules themselves belong to issue #4.

from collections.abc import Sequence  # noqa: E402

from pipeline.models import Event  # noqa: E402


def merge_mentions(existing: Sequence[Event], mentions: Sequence[Event]) -> tuple[list[Event], list[Event]]:
    """Fold new mentions into events: returns (events to upsert, mentions with their event_id).

    `existing` are stored events that might be the same as one of the mentions (the caller
    picks candidates); every returned event carries its total `mentions` count.
    Placeholder until #4: each mention is its own event.
    """
    events = [m for m in mentions]
    return events, list(mentions)
