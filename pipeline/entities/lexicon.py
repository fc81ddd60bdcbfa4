"""Tokens and the look-up tables the entity finder matches token runs against.

Built once per process from the gazetteers (lru_cache): country aliases, bodies, people and their
short forms, places, regions; titles in a second table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from pipeline.entities import gazetteer as gz

# Word tokens: "U.S." style initialisms, then words with inner hyphens/apostrophes ("Kramp-Karrenbauer",
# "Russia's", "O'Brien"), and a trailing "+" for "OPEC+".
TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:[-'’][^\W_]+)*\+?")
POSSESSIVE_RE = re.compile(r"^(.*[^\W_])['’]s$")
HYPHEN_PART_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


class Tok(NamedTuple):
    """A word token (a NamedTuple: articles have thousands, and tuples build fastest)."""

    start: int
    end: int  # end of the token without a possessive 's
    key: str  # dots removed, accents kept
    poss: bool
    full_end: int  # end including the possessive


@dataclass(frozen=True)
class Entry:
    kind: str  # country, capital, body, person, short, place, region, title
    value: object


class Lexicon:
    """Token-run key -> entries; built once from the gazetteers."""

    def __init__(self) -> None:
        self.entries: dict[str, list[Entry]] = {}
        self.max_len = 1
        self.firsts: set[str] = set()  # first tokens of all keys: most capitalised words start none

    def add(self, phrase: str, entry: Entry) -> None:
        # (findall: TOKEN_RE has no group, so its matches themselves, without a match object each)
        toks = [t.replace(".", "").replace("’", "'") for t in TOKEN_RE.findall(phrase)]  # norm()
        if not toks:
            return
        key = " ".join(toks)
        first = toks[0]
        self.firsts.add(first)
        self.firsts.add(gz.fold(first))
        bucket = self.entries.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        folded = gz.fold(key)
        if folded != key:
            fb = self.entries.setdefault(folded, [])
            if entry not in fb:
                fb.append(entry)
        self.max_len = max(self.max_len, len(toks))


def norm(token: str) -> str:
    """Look-up form of a token: "U.S." and "US" meet, curly and straight apostrophes meet."""
    return token.replace(".", "").replace("’", "'")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Every name the gazetteers know, keyed by its token run; built once per process."""
    lex = Lexicon()
    countries = gz.load_countries()
    for row in gz.load_country_aliases():
        kind = "capital" if row["kind"] == "capital" else "country"
        lex.add(row["alias"], Entry(kind, (row["alpha3"], row["kind"])))
    for a3, country in countries.items():
        lex.add(country.name, Entry("country", (a3, "name")))
    bodies, aliases, metonyms = gz.load_bodies()
    for alias, key in aliases.items():
        lex.add(alias, Entry("body", key))
    for office in gz.load_offices():
        lex.add(office.name, Entry("person", office.name))
        for short in office.shorts:
            if len(short.split()) > 1 and not short.startswith(
                ("King ", "Queen ", "Pope ", "Prince ", "Sheikh ")
            ):
                lex.add(short, Entry("person", office.name))  # a full variant ("Sergei Lavrov")
            else:
                lex.add(short, Entry("short", office.name))
    for name, places in gz.load_places().items():
        for place in places:
            lex.add(name, Entry("place", place))
    for name in gz.load_regions():
        lex.add(name, Entry("region", name))
    return lex


@lru_cache(maxsize=1)
def load_title_table() -> tuple[dict[str, gz.Title], int]:
    """Title key ("Foreign Minister", lower-cased too) -> Title, and the longest title in tokens."""
    out: dict[str, gz.Title] = {}
    longest = 1
    titles = gz.load_titles()
    for title, info in [*titles.items(), *_portfolio_titles(titles).items()]:
        toks = [norm(m.group()) for m in TOKEN_RE.finditer(title)]
        out.setdefault(" ".join(toks), info)
        longest = max(longest, len(toks))
    return out, longest


# Words before "Minister" that are ranks, not portfolios: "Prime Minister" has no "Minister of Prime".
_NOT_PORTFOLIO = frozenset({"Prime", "Deputy", "Vice", "First", "Foreign", "Senior", "Chief", "State"})


def _portfolio_titles(titles: dict[str, gz.Title]) -> dict[str, gz.Title]:
    """ "Minister of Finance", "Minister for Trade", "Minister of the Interior" for each portfolio
    title "Finance Minister" of the table, with its office.

    Why: many outlets write the portfolio after the head ("Minister of Energy Juan Pérez said");
    with only "Energy Minister" in the table such a minister the gazetteer does not know was
    nobody, and their saying or act had no doer (issue #4, never-written rows)."""
    out: dict[str, gz.Title] = {}
    for title, info in titles.items():
        words = title.split()
        if len(words) < 2 or words[-1] != "Minister" or words[0] in _NOT_PORTFOLIO:
            continue
        portfolio = " ".join(words[:-1])
        for form in (f"Minister of {portfolio}", f"Minister for {portfolio}", f"Minister of the {portfolio}"):
            if form not in titles:
                out[form] = info
    return out


@lru_cache(maxsize=1)
def national_body_re() -> re.Pattern[str]:
    """Institution phrase right after a country word: " foreign ministry", " Ministry of Defence"."""
    phrases = sorted(gz.load_national_bodies(), key=len, reverse=True)
    alt = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"\s+({alt})\b", re.IGNORECASE)


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    """Word tokens of text[lo:hi] with offsets into `text`; a possessive 's is split off.

    The hot loop of the entity finder (hundreds of tokens per article): the common case (no
    hyphen) builds the tuple inline instead of calling `token`, which gives the same Tok.
    The tokens come from findall (no match object per token) and each one's offset from
    text.find after the previous one: every TOKEN_RE match starts with a word character other
    than '_' and the text between matches holds none (any would open a match), so the first
    place the token's text occurs after the previous match is where it matched (~20% faster
    than finditer with group() and span()).
    """
    firsts = lexicon().firsts
    suffixes = gz.load_cue_words()["hyphen_suffix"]
    out: list[Tok] = []
    append = out.append
    new = tuple.__new__
    find = text.find
    end = lo
    for raw in TOKEN_RE.findall(text, lo, hi):
        start = find(raw, end)
        end = start + len(raw)
        if raw.isalnum():  # most tokens: no hyphen, dot, apostrophe or "+", the key is the word
            append(new(Tok, (start, end, raw, False, end)))
            continue
        if "-" in raw and norm(raw) not in firsts:
            if split_hyphen(raw):
                # "Russia-China ties", "US-Japan alliance": the parts are the entities
                for part in HYPHEN_PART_RE.finditer(raw):
                    append(token(part.group(), start + part.start(), start + part.end()))
                continue
            head, _, tail = raw.rpartition("-")
            if head and tail in suffixes:  # "Modi-led", "Iran-backed": the name is the head
                append(token(head, start, start + len(head)))
                append(token(tail, start + len(head) + 1, end))
                continue
        key = raw.replace(".", "").replace("’", "'") if "." in raw or "’" in raw else raw  # norm(raw)
        if key.endswith("'s"):  # what POSSESSIVE_RE matches in a TOKEN_RE token
            append(new(Tok, (start, end - 2, key[:-2], True, end)))
        else:
            append(new(Tok, (start, end, key, False, end)))
    return out


def token(raw: str, start: int, end: int) -> Tok:
    """One token; `end` stops before a possessive 's so a mention never includes it."""
    pm = POSSESSIVE_RE.match(raw)
    if pm:
        return Tok(start, start + len(pm.group(1)), norm(pm.group(1)), True, end)
    return Tok(start, end, norm(raw), False, end)


@lru_cache(maxsize=4096)
def split_hyphen(raw: str) -> bool:
    """True when a hyphenated word is made of country names ("Russia-China", "Sino-US" is not)."""
    lex = lexicon()
    parts = [norm(p.group()) for p in HYPHEN_PART_RE.finditer(raw)]
    return any(any(e.kind in ("country", "capital") for e in lex.entries.get(p, ())) for p in parts)


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Tokens that may be followed by a dot inside a name or title ("Gen.", "Jr.")."""
    return frozenset({norm(t) for t in gz.load_titles() if t.endswith(".")} | {"Jr", "Sr", "St"})


@lru_cache(maxsize=1)
def lower_titles() -> dict[str, gz.Title]:
    titles, _ = load_title_table()
    out: dict[str, gz.Title] = {}
    for key, info in titles.items():
        if info.category != "honorific":
            out.setdefault(key.lower(), info)
    return out
