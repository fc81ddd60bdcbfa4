"""Regexes compiled on first use, and one registry to compile them all at once (issue #6).

Why lazy: the event lexicon (~570 sense filters and gap patterns), the known-event table (~350
alias and series patterns) and the time tagger (~40 patterns) cost ~0.3 s of compiling at every
process start, and a short input uses few of them.

Why a registry: a pool forks its workers from a parent that has extracted one warm-up article,
so every pattern that article did not use would be compiled again in each worker (~0.4 s of
re._parser / re._compiler per worker on 1,000 TBAQ articles). `compile_all()` compiles every
pattern still pending once, in the parent, before the fork (parallel.warm_up); the workers
then share the compiled patterns copy-on-write.

Anything with a `compile()` method can `register()` itself (the time tagger's Pattern, which
compiles four regexes of its own); a LazyRegex registers itself.
"""

from __future__ import annotations

import re
import sys
import weakref
from collections.abc import Iterator
from typing import Protocol


class Compilable(Protocol):
    """An object holding regexes it compiles when first used."""

    def compile(self) -> object: ...


# Weak references, in a list: a lexicon loaded again (a test clearing a cache) lets its old
# patterns go, and a list never hashes them (a LazyRegex's hash is its compiled pattern's).
_PENDING: list[weakref.ref[Compilable]] = []


def register(obj: Compilable) -> None:
    """Have `compile_all()` compile `obj` (its `compile()` must be cheap once it has run)."""
    _PENDING.append(weakref.ref(obj))


def compile_all() -> int:
    """Compile every object registered since the last call; returns how many were alive."""
    pending = [obj for ref in _PENDING if (obj := ref()) is not None]
    _PENDING.clear()
    for obj in pending:
        obj.compile()
    return len(pending)


class LazyRegex:
    """A regex compiled on its first use, standing in for the compiled pattern (search, match,
    finditer, ...; equal to it and pickled as itself). `_flags` are the flags as given to
    re.compile, read without compiling (given_flags); `flags` are the compiled pattern's.
    """

    __slots__ = ("pattern", "_flags", "_regex", "__weakref__")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags  # as given to re.compile (the compiled .flags add UNICODE, inline flags)
        self._regex: re.Pattern[str] | None = None
        register(self)

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if not yet: a race compiles it twice, harmlessly)."""
        regex = self._regex
        if regex is None:
            regex = self._regex = re.compile(self.pattern, self._flags)
        return regex

    def compile(self) -> re.Pattern[str]:
        """The compiled pattern (for compile_all)."""
        return self.regex

    @property
    def flags(self) -> int:
        return self.regex.flags

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.match(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.regex.finditer(string, pos, endpos)

    def __getattr__(self, name: str) -> object:
        if name.startswith("__") or name in LazyRegex.__slots__:
            raise AttributeError(name)
        return getattr(self.regex, name)  # fullmatch, sub, groups, ... as the compiled pattern

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyRegex):
            return (self.pattern, self._flags) == (other.pattern, other._flags)
        return self.regex == other

    def __hash__(self) -> int:
        return hash(self.regex)

    def __reduce__(self) -> tuple[object, tuple[str, int]]:
        return LazyRegex, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern!r}, {self._flags!r})"


def given_flags(regex: re.Pattern[str] | LazyRegex) -> int:
    """The flags a pattern was compiled with, without compiling a LazyRegex (for re._parser)."""
    return regex._flags if isinstance(regex, LazyRegex) else regex.flags


# The compiled pattern's methods and attributes a LazyPattern hands on once compiled.
_PATTERN_NAMES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """A module-level regex compiled on its first use, after which it costs no more per call
    than the compiled pattern itself (issue #6).

    Why: the event modules hold ~450 module-level patterns, ~60 ms of every process start, and
    a process extracting a few articles uses under half of them. A LazyRegex costs one more
    Python call per search, too much for patterns searched ~100,000 times per thousand
    articles; a LazyPattern instead puts the compiled pattern's bound methods and attributes in
    its own __dict__ on first use (``__getattr__`` only runs for names not found there), so
    ``X.search(...)`` is then one dictionary lookup and the C method, as with a compiled pattern.

    Use it where `re.compile` stood for a pattern that is only searched through its methods
    (not handed to `re.search(X, ...)` or tested with isinstance(X, re.Pattern)). It registers
    itself, so that `compile_all()` compiles it before a pool forks its workers.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags  # as given to re.compile (the compiled .flags add UNICODE)
        register(self)

    def compile(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if not yet: a race compiles it twice, harmlessly)."""
        regex = self.__dict__.get("_regex")
        if regex is None:
            regex = re.compile(self.pattern, self._flags)
            self.__dict__.update({name: getattr(regex, name) for name in _PATTERN_NAMES}, _regex=regex)
        return regex

    def __getattr__(self, name: str) -> object:
        if name.startswith("__") or name in ("pattern", "_flags", "_regex"):
            raise AttributeError(name)
        return getattr(self.compile(), name)

    def __reduce__(self) -> tuple[object, tuple[str, int]]:
        return LazyPattern, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """`re.compile(pattern, flags)` for a module-level regex, compiled on its first use
    (LazyPattern: as fast as the compiled pattern from then on)."""
    return LazyPattern(pattern, flags)
