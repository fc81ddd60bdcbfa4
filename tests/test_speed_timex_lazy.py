"""One compile-on-first-use class and its registry (issue #6): compile_all() compiles every
pattern still pending, so a pool's parent compiles them once before it forks."""

from __future__ import annotations

import re

from pipeline import lazy
from pipeline.lazy import LazyRegex, compile_all, given_flags


def test_registering_does_not_compile() -> None:
    """A LazyRegex's hash is its compiled pattern's: the registry must never hash it."""
    pending = LazyRegex(r"\bsummit\s+talks\b", re.IGNORECASE)
    assert pending._regex is None
    assert given_flags(pending) == re.IGNORECASE and pending._regex is None


def test_compile_all_compiles_what_is_pending() -> None:
    first = LazyRegex(r"\bceasefire\b", re.IGNORECASE)
    second = LazyRegex(r"\btruce\b")
    assert compile_all() >= 2
    assert isinstance(first._regex, re.Pattern) and isinstance(second._regex, re.Pattern)
    assert first.search("A CEASEFIRE held.").group() == "CEASEFIRE"
    assert second.search("A Truce held.") is None
    assert not lazy._PENDING  # all done: a second call has nothing to do
    assert compile_all() == 0


def test_tagger_patterns_are_registered() -> None:
    from pipeline.timex.patterns import Pattern

    tagger = Pattern("probe", r"\b(?:next|last)\s+week\b", r"week")
    assert tagger._regex is None
    compile_all()
    assert isinstance(tagger._regex, re.Pattern) and tagger.trigger is not None
    assert tagger.lower_regex is not None and tagger.lower_regex.search("next week")


def test_known_event_patterns_compile_late() -> None:
    from pipeline.entities.known_events import _knowledge

    _, _, direct, series, _ = _knowledge()
    assert direct and series
    assert all(isinstance(regex, LazyRegex) for regex, _, _ in (*direct, *series))
