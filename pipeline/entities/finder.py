"""Find people, bodies, countries and places in an article (issue #4 items 3 and 4).

How: the text is cut into word tokens once; at each capitalised token the longest run of
tokens that is a key of one dictionary (built from the gazetteers) wins. Titles ("Foreign
Minister", "Secretary of State") are a second dictionary, so "Indonesian Foreign Minister Retno
Marsudi" reads as country + title + name even when the person is not in the gazetteer. No
regex alternation over thousands of names: dictionary look-ups on token runs keep it fast.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pipeline.entities import gazetteer as gz
from pipeline.entities.lexicon import (
    TOKEN_RE,
    Entry,
    Tok,
    abbreviations,
    lexicon,
    load_title_table,
    lower_titles,
    national_body_re,
    norm,
    tokens,
)
from pipeline.entities.offices import body_holder, holder, office_on, offices_by_name, person_role, role_for

# A one-word unknown name counts after these titles only ("President Ruto"), not after "General"
# ("General Motors") or "Speaker".
STRONG_TITLE_CATEGORIES = frozenset(
    {"head_of_state", "head_of_government", "foreign_minister", "defence_minister"}
)
# Countries whose names English news writes family name first ("Yang Jiechi" is then "Yang"):
# a discovered person from one of them is also known by the first word of the name.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM"})
# Family names that are also English words a sentence starts with: "He said" is no "He Lifeng".
FUNCTION_WORDS = frozenset(
    {
        "he",
        "she",
        "it",
        "we",
        "you",
        "they",
        "so",
        "do",
        "no",
        "on",
        "in",
        "to",
        "as",
        "an",
        "or",
        "if",
        "by",
        "at",
    }
)
MAX_NAME_TOKENS = 4  # discovered names stay short ("Tamim bin Hamad Al Thani" is in leaders.csv)
# "Infrastructure Minister", "Agriculture Secretary": a capitalised word before one of these heads
# is a title even when titles.csv does not list it.
GENERIC_TITLE_HEADS = frozenset({"Minister", "Secretary", "Commissioner", "Ambassador"})
SENTENCE_START_RE = re.compile(r"(?:^|[.!?\n][\"'’”]?)\s*$")
# Looked at right after a token (match at a position: a slice of the rest of the text per call
# made these quadratic in the article's length)
COMMA_GAP_RE = re.compile(r",\s+")
OPT_COMMA_GAP_RE = re.compile(r",?\s+")
COUNTRY_AFTER_COMMA_RE = re.compile(r",\s+([A-Z][\w'’. -]{1,40})")  # matched at a position, 45 characters on
WHITESPACE_RUN_RE = re.compile(r"\s+")  # compiled once: re.sub(pattern, ...) looks it up on every call
CLOSING_COMMA_RE = re.compile(r"\s*,")
NEXT_WORD_RE = re.compile(r"\W{0,3}([A-Za-z]+)")
STATE_OFFICE_AFTER_RE = re.compile(
    r"(?:['’]s)?\s+(?:[Gg]overnor|state\b|[Ss]ecretary of [Ss]tate\b|[Ss]enator)"
)
ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# "the president" / "the prime minister" with no name or "of X" after it (see _Scan.bare_titles).
BARE_TITLE_RE = re.compile(
    r"\b[Tt]he\s+((?:[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Pp]remier|[Ff]oreign [Mm]inister|"
    r"[Ff]oreign [Ss]ecretary|[Ss]ecretary of [Ss]tate|[Dd]efen[cs]e [Mm]inister))\b(?!\s+of\b)(?!\s+[A-Z])(?!['’]s\s+[A-Z])"
)
# Head nouns after a body that mean its head ("the UN chief", "the Commission president").
BODY_HEAD_WORDS = frozenset({"chief", "head", "leader", "president", "chairman", "chairwoman", "chair"})
# "the Ukrainian and Polish presidents", "the US and Chinese leaders": two holders at once.
PLURAL_TITLE_RE = re.compile(
    r"\b[Tt]he\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+and\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)\s+"
    r"(presidents|prime\s+ministers|leaders|foreign\s+ministers|defen[cs]e\s+ministers|chancellors|premiers)\b"
)
# After a curated region or venue: its own rulers ("Transnistria's authorities"); lower case only,
# so "Bali Government Tourism Office" stays a name.
LOCAL_AUTHORITIES_RE = re.compile(r"\s+(?:de facto\s+|separatist\s+|local\s+)?(?:authorities|government)\b")
# After a leader's name: the government they lead(led) ("the Castro government").
LEADER_GOVERNMENT_RE = re.compile(r"\s+(government|administration|regime)\b")
PLURAL_HEADS = ("presidents", "ministers", "leaders", "chancellors", "premiers")  # a cheap gate
JUNTA_RE = re.compile(
    r"\b[Tt]he\s+(junta|military\s+(?:government|rulers|regime)|putschists|coup\s+leaders)\b"
)
# (also lower-case, as many outlets write it: "the pope, who flew over China", webcopy6)
THE_POPE_RE = re.compile(r"\b[Tt]he\s+([Pp]ope)\b(?!\s+[A-Z])(?!['’]s\s+[A-Z])")
# Last words of capitalised runs that name institutions or geography, not people ("Russia's
# Black Sea Fleet", "Japan's Liberal Democratic Party").
INSTITUTION_HEADS = frozenset(
    "Party Court Bank Agency Army Navy Guard Guards Forces Force Council Ministry Committee Company "
    "Group Airlines Airways Union Front Movement Corps Brigade Battalion Fleet Dome Cup Exchange "
    "University Institute Times News Post Daily Television TV Radio Energy Oil Gas Petroleum Railways "
    "Sea Ocean River Lake Mountains Valley Desert Region Province State City Street Square Palace "
    "House Hall Office Service Services Command Authority Commission Assembly Parliament Congress "
    "Senate Cabinet Government Administration Republic Kingdom Federation Bureau Department East "
    "West North South Central Gulf Strait Islands Island Peninsula Border Zone Corridor Pipeline "
    "Stream Project Initiative Plan Accord Accords Agreement Treaty Summit Forum Games Prize Channel "
    "Network Broadcasting Press Media Aeronautics Aerospace Industries Motors Electric Electronics "
    "Systems Technologies Technology Holdings Limited Ltd Inc Corp Corporation Steel Power Telecom "
    "Pharmaceuticals Shipbuilding Dynamics Capital Investments Fund Mining Resources Chemicals".split()
)
# "an adviser to", "a spokesman for", "the wife of" before an office: the name after the office
# is the aide's ("An adviser to Iran's supreme leader, Ali Akbar Velayati,").
AIDE_BEFORE_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+((?:senior\s+|top\s+|chief\s+|deputy\s+|special\s+)?(?:adviser|advisor|aide|"
    r"spokesman|spokeswoman|spokesperson|envoy|assistant|deputy|son|daughter|wife|husband|brother|sister))"
    r"\s+(?:to|for|of)\s+(?:the\s+)?$"
)
# Royals go by given names: "King Hussein" is never the "Saddam Hussein" named before.
ROYAL_TITLES = frozenset({"King", "Queen", "Prince", "Princess", "Crown Prince", "Emir", "Sultan", "Sheikh"})
# Capitalised words that start no title ("Sunday that Ambassador ...").
CALENDAR_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December".split()
)
# A body's letters in brackets right after its name: "the Alliance of Sahel States (AES)".
ACRONYM_AFTER_RE = re.compile(r"\s*\(([A-Z]{2,6})\)")
# A gap between two tokens of one name: spaces only, at most this long (no line breaks).
MAX_GAP = 2
# Lower-case words that never modify a role head: "Russian and Chinese leaders" is no role run.
ROLE_MODIFIER_STOP = frozenset(
    {"and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from"}
    | {"who", "which", "that", "as", "is", "was", "are", "were", "has", "had", "will", "would"}
)
# Before "the" + a place that is also a body (White House, Kremlin): the place, not the actor.
VENUE_PREPS = frozenset({"at", "in", "inside", "outside", "into", "near"})
# Up to this many lower-case words before a role head: "Russian opposition leader", "army chief".
MAX_ROLE_MODIFIERS = 2
# How far back (characters, about two sentences) a speaking country may own an institution
# named without a country ("China said ... Foreign ministry spokeswoman Hua Chunying").
SPEAKER_WINDOW = 400


@dataclass(frozen=True)
class EntityMention:
    """One mention of an actor or place; start/end index the original text (end exclusive)."""

    start: int
    end: int
    text: str
    kind: str  # "person", "body", "country", "place"
    name: str
    country: str | None
    role: str = ""
    lat: float | None = None
    lon: float | None = None


def office_word_for(title: gz.Title) -> str:
    """The office name a holder must have for `title`: none for the categories a country has one
    holder of whatever the title says ("foreign minister" is the "foreign secretary" too), else
    the title's own office, so "the US envoy" is nobody rather than any "other" office-holder."""
    return "" if title.category in ("foreign_minister", "defence_minister", "leader") else title.office


@lru_cache(maxsize=1)
def title_firsts() -> frozenset[str]:
    """First tokens of all titles: a token starting none of them needs no title look-up."""
    return frozenset(k.split()[0] for k in load_title_table()[0])


@lru_cache(maxsize=1)
def role_before_re() -> re.Pattern[str]:
    """ "Israel's ambassador to the UN, Gilad Erdan," / "the Kremlin's spokesman, Dmitry Peskov,": a
    possessive owner and a role head (cue_words.csv appositive_head), then the name set off by
    commas. Matched against the text that ends right before the name. Up to three modifiers:
    "China's top foreign policy official, Yang Jiechi," (h82, held-out set 2: Yang went unfound,
    and so did the later "Yang")."""
    heads = "|".join(sorted(map(re.escape, gz.load_cue_words()["appositive_head"]), key=len, reverse=True))
    return re.compile(
        rf"\b([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,2}})['’]s\s+((?:[a-z\-]+\s+){{0,3}}(?:{heads})"
        rf"(?:\s+(?:to|at|in|for|of)\s+(?:the\s+)?[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){{0,3}})?),\s+$"
    )


@lru_cache(maxsize=1)
def role_before_the_re() -> re.Pattern[str]:
    """ "The Nigerian president, Bola Tinubu," / "the African Union Commission chairman, Moussa
    Faki Mahamat,": "the", a demonym or body, a role head, then the name set off by commas.
    Matched against the text that ends right before the name."""
    heads = "|".join(sorted(map(re.escape, gz.load_cue_words()["appositive_head"]), key=len, reverse=True))
    return re.compile(
        rf"\b[Tt]he\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,3}})\s+((?:(?!(?:and|or|its|his|her|their|the|a|an|of)\s)[a-z\-]+\s+){{0,2}}(?:{heads})),\s+$"
    )


@lru_cache(maxsize=1)
def role_of_before_re() -> re.Pattern[str]:
    """ "The foreign minister of Kenya, Musalia Mudavadi," / "the opposition leader in Solomon
    Islands, Matthew Wale,": "the", a role, "of"/"in", its owner, then the name set off by
    commas. Matched against the text that ends right before the name."""
    cues = gz.load_cue_words()
    words = set(cues["appositive_head"]) | set(cues["role_head"])
    heads = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(
        rf"\b[Tt]he\s+((?:(?!(?:and|or|its|his|her|their|the|a|an|of)\s)[a-z\-]+\s+){{0,2}}(?:{heads}))"
        rf"\s+(?:of|in|for)\s+(?:the\s+)?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,3}}),\s+$"
    )


@lru_cache(maxsize=1)
def appositive_owner_re() -> re.Pattern[str]:
    """ ", Kenya's foreign minister," after a name: an owner's role set off by a comma (the
    owner's country, when it is one, is the person's)."""
    heads = "|".join(sorted(map(re.escape, gz.load_cue_words()["appositive_head"]), key=len, reverse=True))
    return re.compile(
        rf",\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,2}})['’]s\s+((?:(?!(?:and|or|its|his|her|their|the|a|an|of)\s)[a-z\-]+\s+){{0,2}}(?:{heads}))\b"
    )


@lru_cache(maxsize=1)
def appositive_re() -> re.Pattern[str]:
    """ ", a political analyst at ...": a role phrase of up to five words ending in a head noun
    from cue_words.csv (appositive_head) makes the name before it a person."""
    heads = "|".join(sorted(map(re.escape, gz.load_cue_words()["appositive_head"]), key=len, reverse=True))
    return re.compile(rf",\s+(?:an?|the)\s+((?:[A-Za-z][A-Za-z.\-]*\s+){{0,4}}?(?:{heads}))\b")


_MOST_WORDS: dict[int, tuple[dict, int, dict[str, int], dict[str, int]]] = {}

# Month and weekday names: the short forms that "in", "after" or "since" can make a date.
_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _most_words(table: dict, first: str) -> int:
    """The most words a key of `table` can have when its first token is `first` (as the token,
    with a possessive 's, or accent-folded): _Scan.longest tries no longer run. Most names
    have one or two words and a run of linked tokens reaches the lexicon's longest key (seven),
    so this saves most of its joined look-ups (issue #6). A key of n tokens has n words; a
    folded key has at least as many as its tokens and starts with its first token's folded
    first word, so no run that could match is left out. 1 when nothing is known (then the
    one-token look-up decides, as it would have)."""
    hit = _MOST_WORDS.get(id(table))
    if hit is None or hit[0] is not table or hit[1] != len(table):
        most: dict[str, int] = {}
        for key in table:
            words = key.split(" ")
            if most.get(words[0], 0) < len(words):
                most[words[0]] = len(words)
        hit = _MOST_WORDS[id(table)] = (table, len(table), most, {})
    known = hit[3]  # first -> answer, as the same words come back all through a text
    out = known.get(first)
    if out is None:
        most = hit[2]
        firsts = [first, first + "'s"]
        if not first.isascii():
            firsts += [gz.fold(w).split(" ")[0] for w in firsts]
        out = known[first] = max(1, *(most.get(w, 0) for w in firsts))
    return out


class _Scan:
    """One pass over one article; keeps what coreference needs (names introduced so far)."""

    def __init__(self, text: str, published: date | None) -> None:
        self.text = text
        self.published = published
        self.lex = lexicon()
        self.titles, self.max_title = load_title_table()
        self.title_firsts = title_firsts()
        self.link: list[bool] = []
        self.plink: list[bool] = []
        self.cues = gz.load_cue_words()
        self.countries = gz.load_countries()
        self.bodies, _, self.metonyms = gz.load_bodies()
        self.intro: dict[str, str] = {}  # short form -> full name introduced in this article
        self.acronyms: dict[str, tuple[str, str | None]] = {}  # "AES" -> (body name, country)
        self.discovered: dict[str, tuple[str, str | None]] = {}  # full name -> (role, country)
        self.out: list[EntityMention] = []
        # unknown people titled with a national office and no country: name -> office (see
        # fill_countries)
        self.pending_country: dict[str, str] = {}

    # -- helpers -------------------------------------------------------------------------------
    def joined(self, toks: list[Tok], i: int, n: int) -> str | None:
        """Key of tokens i..i+n-1 if they form one run (no line break, possessive only last)."""
        if i + n > len(toks):
            return None
        if False in self.link[i : i + n - 1]:  # links are bools: one unlinked pair breaks the run
            return None
        return " ".join([t.key for t in toks[i : i + n]])

    def _adjacent(self, toks: list[Tok], k: int) -> bool:
        """Token k and k+1 are separated by a short run of spaces only (a possessive is fine)."""
        if k + 1 >= len(toks):
            return False
        a, b = toks[k], toks[k + 1]
        return b.start - a.full_end <= MAX_GAP and not self.text[a.full_end : b.start].strip()

    def _links(self, toks: list[Tok]) -> list[bool]:
        """link[k]: token k and k+1 may belong to one name (spaces, or an abbreviation's dot).

        Also sets self.plink[k]: token k ends in a possessive 's right before token k+1 - only a
        gazetteer name may run across it ("People's Liberation Army"), never a name found by
        pattern. One pass over the token pairs (it runs on every token of every article).
        """
        abbrevs = abbreviations()
        text = self.text
        n = len(toks)
        out = [False] * n
        plink = [False] * n
        for k in range(n - 1):
            a = toks[k]
            a_end = a[4]  # full_end
            b_start = toks[k + 1][0]
            gap_len = b_start - a_end
            if gap_len > MAX_GAP:
                continue
            if gap_len <= 0 or (gap_len == 1 and text[a_end] == " "):  # most pairs: what no gap gives below
                if a[3]:
                    plink[k] = True
                else:
                    out[k] = True
                continue
            raw = text[a_end:b_start]
            if "\n" in raw:
                continue  # a line break ends every name ("4:05 PM ET\nShare")
            gap = raw.strip()
            if a[3]:  # possessive
                plink[k] = not gap
                continue
            if not gap:
                out[k] = True
            elif gap == ".":
                key = a[2]
                out[k] = key in abbrevs or (len(key) == 1 and key.isupper())  # "George W. Bush"
        self.plink = plink
        return out

    def longest(
        self, toks: list[Tok], i: int, table: dict, max_len: int, firsts: frozenset[str] | set[str]
    ) -> tuple[int, object]:
        """Longest run of tokens from i that is a key of `table` (accent-folded keys too)."""
        tok = toks[i]
        first = tok.key
        if tok.poss and first + "'s" in firsts:
            first += "'s"  # "People's Liberation Army" starts with a possessive
        if first not in firsts and (first.isascii() or gz.fold(first) not in firsts):
            return 0, None
        run = 1
        link = self.link
        plink = self.plink
        n_toks = len(toks)
        max_len = min(max_len, _most_words(table, tok.key))
        while run < max_len and i + run < n_toks and (link[i + run - 1] or plink[i + run - 1]):
            run += 1
        if run == 1:
            hit = table.get(tok.key)
            if hit is None and not tok.key.isascii():
                hit = table.get(gz.fold(tok.key))
            return (1, hit) if hit is not None else (0, None)
        keys = [t.key for t in toks[i : i + run]]
        across = any(plink[i : i + run - 1])
        for n in range(run, 0, -1):
            if across and any(plink[i : i + n - 1]):
                key = " ".join(
                    t.key + ("'s" if t.poss and k < i + n - 1 else "")
                    for k, t in enumerate(toks[i : i + n], i)
                )
            else:
                key = " ".join(keys[:n])
            hit = table.get(key)
            if hit is None and not key.isascii():
                hit = table.get(gz.fold(key))
            if hit is not None:
                return n, hit
        return 0, None

    def emit_country(self, start: int, end: int, a3: str) -> None:
        """A country mention at its capital's coordinates (named by its common name)."""
        c = self.countries.get(a3)
        self.emit(
            start, end, "country", c.name if c else a3, a3, "", c.lat if c else None, c.lon if c else None
        )

    def emit(
        self,
        start: int,
        end: int,
        kind: str,
        name: str,
        country: str | None,
        role: str = "",
        lat=None,
        lon=None,
    ):
        self.out.append(EntityMention(start, end, self.text[start:end], kind, name, country, role, lat, lon))
        if kind == "body":
            m = ACRONYM_AFTER_RE.match(self.text, end)
            if m is not None and m.group(1) not in self.acronyms:
                # "the Alliance of Sahel States (AES)": the article names the body by its letters
                # from here on ("The AES said"; h94, issue #4: the saying had no speaker)
                self.acronyms[m.group(1)] = (name, country)

    def prev_word(self, pos: int) -> str:
        """The last word of the 30 characters before `pos`, lower-cased, when only non-word
        characters follow it ("" otherwise): what `([A-Za-z]+)\\W*$` finds there, read from the
        end instead of trying the regex at every character (it ran for most capitalised words)."""
        s = self.text[max(0, pos - 30) : pos]
        e = len(s)
        while e and not (s[e - 1].isalnum() or s[e - 1] == "_"):  # \W: neither alphanumeric nor "_"
            e -= 1
        b = e
        while b and s[b - 1] in ASCII_LETTERS:
            b -= 1
        return s[b:e].lower()

    def next_word(self, pos: int) -> str:
        m = NEXT_WORD_RE.match(self.text, pos, pos + 30)
        return m.group(1).lower() if m else ""

    def register_person(self, name: str, country: str | None = None) -> None:
        parts = name.split()
        if len(parts) >= 2:
            self.intro.setdefault(parts[-1], name)
        if country is None and name in self.discovered:
            country = self.discovered[name][1]
        if country in FAMILY_NAME_FIRST and 2 <= len(parts) <= 3 and parts[0].lower() not in FUNCTION_WORDS:
            self.intro.setdefault(parts[0], name)  # "Yang" after "Yang Jiechi", "Yoon" after "Yoon Suk Yeol"
        for office in offices_by_name().get(name, ()):
            for short in office.shorts:
                self.intro.setdefault(short, name)

    def country_of(self, entries: list[Entry], allow_capital: bool) -> str | None:
        for e in entries:
            if e.kind == "country" or (allow_capital and e.kind == "capital"):
                return e.value[0]
        return None

    # -- name after a title ----------------------------------------------------------------------
    def name_after(self, toks: list[Tok], i: int, after_poss: bool = False) -> tuple[int, str | None, bool]:
        """(tokens used, canonical name, from gazetteer) for a person's name starting at token i
        (none right after a possessive unless `after_poss`: "Iran's Ali Akbar Velayati")."""
        if i >= len(toks) or not toks[i].key[:1].isupper():
            return 0, None, False
        if not after_poss and (toks[i - 1].poss if i > 0 else False):
            return 0, None, False
        n, entries = self.longest(toks, i, self.lex.entries, self.lex.max_len, self.lex.firsts)
        if entries:
            persons = [e for e in entries if e.kind == "person"]
            if persons:
                return n, persons[0].value, True
            shorts = [e for e in entries if e.kind == "short"]
            # "spokesman Wang Wenbin" is not Wang Yi: a short form with a further name word after it
            # is someone else's full name, found below.
            follows = n == 1 and i + 1 < len(toks) and self.link[i] and toks[i + 1].key[:1].isupper()
            if shorts and not (follows and not self._is_entity_word(toks[i + 1].key)):
                name = self.resolve_short(toks[i].key, shorts, toks[i].start, honorific=True)
                if name:
                    return n, name, True
        stop = self.cues.get("name_stop", frozenset())
        used = 0
        while i + used < len(toks) and used < MAX_NAME_TOKENS + 2:
            tok = toks[i + used]
            if used and not self.link[i + used - 1]:  # what joined(toks, i + used - 1, 2) is None says here
                break
            is_cap = tok.key[:1].isupper() and tok.key not in stop
            is_particle = used > 0 and self._is_particle(tok.key)
            if not (is_cap or is_particle):
                break
            if is_cap and used and self._is_entity_word(tok.key):
                if used >= 2 and self._surname_like_body(toks, i + used):
                    used += 1  # "Thérèse Kayikwamba Wagner": a surname, not the Wagner Group
                break
            used += 1
            if tok.poss:
                break
        while used and toks[i + used - 1].key in self.cues["name_particle"]:
            used -= 1
        if used == 0 or self._is_entity_word(toks[i].key):
            return 0, None, False
        for p in range(i + 1, i + used):  # "General Secretary Xi Jinping": a known person inside the run
            n, entries = self.longest(toks, p, self.lex.entries, self.lex.max_len, self.lex.firsts)
            if entries and any(e.kind == "person" for e in entries):
                return p - i + n, next(e.value for e in entries if e.kind == "person"), True
        name = self.text[toks[i].start : toks[i + used - 1].end]
        if name in self.intro and len(name.split()) == 1:
            return used, self.intro[name], False
        return used, WHITESPACE_RUN_RE.sub(" ", name), False

    def _is_particle(self, key: str) -> bool:
        """A name particle on its own ("bin", "von") or joined to the next part ("al-Houthi",
        "el-Sisi"): a lower-case word that may sit inside a person's name."""
        particles = self.cues["name_particle"]
        if key in particles:
            return True
        head, dash, tail = key.partition("-")
        return bool(dash) and head in particles and tail[:1].isupper()

    def _possessive_country_before(self, toks: list[Tok], i: int) -> str | None:
        """ISO3 of a country mention ending in 's right before token i ("Chile's Gabriel")."""
        if i == 0 or not toks[i - 1].poss or not self.plink[i - 1] or not self.out:
            return None
        last = self.out[-1]
        return last.country if last.kind == "country" and last.end == toks[i - 1].end else None

    def _person_like(self, toks: list[Tok], i: int, n: int) -> bool:
        """Tokens i..i+n-1 read as a person's name, not an institution or a place ("Russia's
        Black Sea Fleet", "China's Xinhua News Agency"): no word of it is a known name's or a
        place's word and the last is no institution or geography head."""
        for k in range(i, i + n):
            key = toks[k].key
            if key in INSTITUTION_HEADS:
                return False
            if self.lex.entries.get(key) and not (
                k == i + n - 1 and n >= 3 and self._surname_like_body(toks, k)
            ):
                return False
        return not (i + n < len(toks) and self.link[i + n - 1] and toks[i + n].key[:1].isupper())

    def _surname_like_body(self, toks: list[Tok], k: int) -> bool:
        """Token k is a one-word body name in mixed case ("Wagner", "Hamas") ending a run of
        given names: no further capitalised word and no possessive-free body use after it."""
        key = toks[k].key
        if key.isupper() or not all(e.kind == "body" for e in self.lex.entries.get(key, ())):
            return False
        if key in self.titles or not self.lex.entries.get(key):
            return False
        return not (k + 1 < len(toks) and self.link[k] and toks[k + 1].key[:1].isupper())

    def _is_entity_word(self, key: str) -> bool:
        for e in self.lex.entries.get(key, ()):
            if e.kind in ("country", "capital", "body", "region"):
                return True
        return key in self.titles

    def resolve_short(self, key: str, shorts: list[Entry], pos: int, honorific: bool) -> str | None:
        """Full name for a short form: introduced earlier, else the one holder in office.

        A short form that is also a common word ("May", "Park", "Austin") needs an honorific
        before it or a speech verb after it, even after the full name: "In May, ..." stays a month.
        """
        names = list(dict.fromkeys(e.value for e in shorts))
        name = self.intro.get(key)
        if name is not None and not honorific:
            # introduced already: only a month-like use is ruled out ("In May, ...", "May 5")
            after = self.text[pos + len(key) : pos + len(key) + 3].strip()
            month_like = any(o.short_needs_context for o in offices_by_name().get(name, ()))
            # (only a calendar word is a month after "after" or "in": "after Morales resigned"
            # after "Evo Morales" is the person; issue #4, the resignation had no one)
            calendar = key.lower() in _CALENDAR_WORDS
            if month_like and (
                (calendar and self.prev_word(pos) in self.cues.get("temporal_prep", ()))
                or after[:1].isdigit()
            ):
                return None  # "announced by Trump on Aug. 13" is still Trump
            return name
        if name is None:
            live = [n for n in names if any(o.holds_on(self.published) for o in offices_by_name()[n])]
            if self.published is None and len(names) == 1:
                live = names
            if not live and len(names) == 1 and self._former_holder(names[0], pos + len(key)):
                live = names  # "Lula" in 2022, "Merkel" in 2023: out of office, still the one person
            if len(live) != 1:
                return None
            name = live[0]
        offices = offices_by_name().get(name, ())
        needs_context = any(o.short_needs_context for o in offices) or (
            not offices and key.lower() in self.cues.get("speech_verb", ())
        )
        if needs_context and not honorific:
            tail = self.text[pos + len(key) : pos + len(key) + 2]
            if tail.startswith(("'", "’")) or self.next_word(pos + len(key)) not in self.cues.get(
                "speech_verb", ()
            ):
                return None
        return name

    def _former_holder(self, name: str, end: int) -> bool:
        """`name` held an office before publication and its short form, ending at `end`, is no
        common word and starts no longer name.

        The short form of one gazetteer person only ("Lula", "Merkel", "Bolsonaro") still means
        that person out of office; a common word or surname ("May", "Park", "Lee": short_context)
        does not, nor does anyone before they first took office, nor a first name of someone else
        ("Chilean President Gabriel Boric" is not Sigmar Gabriel).
        """
        offices = offices_by_name().get(name, ())
        if self.published is None or not offices or any(o.short_needs_context for o in offices):
            return False
        if re.match(r" [A-Z]", self.text[end : end + 2]):
            return False
        return any(o.start <= self.published for o in offices)

    # -- main loop -------------------------------------------------------------------------------
    def run(self, lo: int, hi: int) -> None:
        toks = tokens(self.text, lo, hi)
        self.link = self._links(toks)
        # most tokens are lower-case words, which start no mention: only the others are visited
        # ("al-Sarraj" after "Fayez al-Sarraj": a short form opening on a name particle; issue #4)
        starts = [
            k
            for k, tok in enumerate(toks)
            if tok.key[0].isupper() or tok.key[0].isdigit() or ("-" in tok.key and self._is_particle(tok.key))
        ]
        i = 0
        for k in starts:
            if k >= i:  # not inside the mention found before
                i = k + max(self.at(toks, k), 1)

    def at(self, toks: list[Tok], i: int) -> int:
        tok = toks[i]
        first = tok.key[:1]
        if not (first.isupper() or first.isdigit()):
            person = self.intro.get(tok.key) if self._is_particle(tok.key) else None
            if person is not None:
                # "al-Sarraj signed" after "Fayez al-Sarraj": the surname with its particle, in
                # lower case, is the short form of the person the article introduced (webcopy6).
                role, pc = self.discovered.get(person) or person_role(person, self.published)
                self.emit(tok.start, tok.end, "person", person, pc, role)
            return 1
        n_lex, entries = self.longest(toks, i, self.lex.entries, self.lex.max_len, self.lex.firsts)
        entries = entries or []
        # 1. [Country] Title Name  /  [Country] national body  /  the [Country] leader
        country = self.country_of(entries, allow_capital=False) if n_lex else None
        if country == "COD" and n_lex == 1 and tok.key == "Congo" and self._brazzaville_article():
            country = "COG"
        elif country == "GEO" and n_lex == 1 and self._us_state_georgia(tok):
            country = "USA"  # "Georgia's governor Brian Kemp"
        j = i + n_lex if country else i
        if country and not self._adjacent(toks, j - 1):
            n_title, title = 0, None
        else:
            n_title, title = self.title_at(toks, j, lower_ok=country is not None)
        if country and n_title == 0 and j < len(toks) and toks[j].key in ("counterpart", "counterparts"):
            used = self.counterpart(toks, i, j, country)  # "his Somali counterpart, Ahmed Moalim Fiqi"
            if used:
                return used
        if country and n_title == 0:
            if self._adjacent(toks, j - 1):
                used = self.role_person(toks, i, j, country)  # "Russian opposition leader Alexei Navalny"
                if used:
                    return used
            used = self.national_body(toks, i, n_lex, country)
            if used:
                return used
        body = next((e.value for e in entries if e.kind == "body"), None) if n_lex and not country else None
        if body and self._adjacent(toks, i + n_lex - 1):
            used = self.body_title_name(toks, i, n_lex, body)  # "NATO Secretary-General Jens Stoltenberg"
            if used:
                return used
        if n_title and title.office:
            k = j + n_title
            n_name, name, known = self.name_after(toks, k) if self.link[k - 1] else (0, None, False)
            if n_name == 1 and not known and title.office in ROYAL_TITLES and name != toks[k].key:
                name = toks[k].key  # "King Hussein" is not the "Saddam Hussein" introduced before
            weak = not known and n_name == 1 and title.category not in STRONG_TITLE_CATEGORIES
            if n_name and not weak and (k + n_name - i > n_lex or not entries or country):
                end = toks[k + n_name - 1].end
                start = tok.start
                if known:
                    role, pc = person_role(name, self.published)
                    pc = pc if pc else country
                    held = office_on(name, self.published)
                    if not role or (self.published and held and not held.holds_on(self.published)):
                        role = role_for(title.office, pc)  # out of office then: the text's title wins
                        self.discovered[name] = (role, pc)  # and stays for "Mr Cleverly" later
                elif country is None and name in self.discovered:
                    role, pc = self.discovered[name]  # "President Ruto" after "Kenyan President William Ruto"
                elif country and (named := self._holder_named(country, title, name)) is not None:
                    name, role, pc = (
                        named.name,
                        role_for(named.office, country),
                        country,
                    )  # "Jordan's King Abdullah"
                else:
                    role, pc = role_for(title.office, country), country
                    self.discovered[name] = (role, pc)
                    if country is None and self._national_title(title):
                        self.pending_country[name] = title.office  # "Foreign Minister Yván Gil"
                if self.prev_word(start) == "former" and role:
                    role = f"former {role}"
                self.register_person(name)
                self.emit(start, end, "person", name, pc, role)
                return k + n_name - i
            described = (
                self.prev_word(tok.start) == "the"
                or toks[j - 1].poss  # "China's leader"
                # a headline or deck drops the article: "Indian prime minister arrives in Kyiv"
                or bool(SENTENCE_START_RE.search(self.text, max(0, tok.start - 3), tok.start))
            )
            if country and title.category != "honorific" and described:
                used = self.descriptive(toks, i, k, country, title)
                if used:
                    return used
            if country:  # "the Chinese foreign ministry spokesperson said": at least the ministry
                used = self.national_body(toks, i, n_lex, country)
                if used:
                    return used
        if n_title and not title.office and title.category == "honorific":
            k = j + n_title
            n_name, name, known = self.name_after(toks, k) if self.link[k - 1] else (0, None, False)
            if n_name:
                end = toks[k + n_name - 1].end
                role, pc = (
                    self.discovered.get(name) or person_role(name, self.published)
                    if known
                    else self.discovered.get(name, ("", None))
                )
                self.register_person(name)
                self.emit(tok.start, end, "person", name, pc, role)
                return k + n_name - i
        if not n_lex:
            body = self.acronyms.get(tok.key)
            if (
                body is not None
                and self.text[tok.start : tok.end] == tok.key
                and self.text[tok.start - 1 : tok.start] != "("  # the brackets that define it
            ):
                self.emit(tok.start, tok.end, "body", body[0], body[1])
                return 1
            return self.unknown_name(toks, i)
        return self.from_entries(toks, i, n_lex, entries)

    def _skip_to(self, toks: list[Tok], i: int, end: int) -> int:
        k = i
        while k < len(toks) and toks[k].start < end:
            k += 1
        return k - i

    def title_at(self, toks: list[Tok], j: int, lower_ok: bool) -> tuple[int, gz.Title | None]:
        """Longest title at token j; lower-case titles only after a country ("Russian foreign minister")."""
        if j >= len(toks):
            return 0, None
        if toks[j].key == "PM" and j > 0 and toks[j - 1].key.isdigit():
            return 0, None  # "4:05 PM ET" is a time, not a prime minister
        if toks[j].key[:1].isupper():
            n, title = self.longest(toks, j, self.titles, self.max_title, self.title_firsts)
            if n:
                return n, title
            for m in (1, 2):  # "Infrastructure Minister", "Digital Transformation Minister"
                if (
                    j + m < len(toks)
                    and toks[j + m].key in GENERIC_TITLE_HEADS
                    and self.joined(toks, j, m + 1)
                ):
                    words = toks[j : j + m]
                    if not any(
                        self._is_entity_word(t.key) or not t.key[:1].isupper() or t.key in CALENDAR_WORDS
                        for t in words
                    ):  # not "on Sunday that Ambassador Dennis Horak"
                        office = " ".join(t.key for t in toks[j : j + m + 1])
                        return m + 1, gz.Title(office, "other")
        if lower_ok:
            return self._lower_title(toks, j)
        return 0, None

    def _lower_title(self, toks: list[Tok], j: int) -> tuple[int, gz.Title | None]:
        """Longest lower-cased title at token j, tried from no more words than a title starting
        with that word has (a run's first word lower-cased is its lower-cased key's first word;
        after every country word, issue #6)."""
        lowered = lower_titles()
        top = min(self.max_title, len(toks) - j)
        if top > 1:
            top = min(top, _most_words(lowered, toks[j].key.lower()))
        for m in range(top, 0, -1):
            key = self.joined(toks, j, m)
            if key and key.lower() in lowered:
                return m, lowered[key.lower()]
        return 0, None

    def body_title_name(self, toks: list[Tok], i: int, n_lex: int, key: str) -> int:
        """Body + title + name as one person mention; tokens used or 0."""
        j = i + n_lex
        n_title, title = self.title_at(toks, j, lower_ok=True)
        if not n_title and j < len(toks) and toks[j].key in GENERIC_TITLE_HEADS:
            n_title, title = 1, gz.Title(toks[j].key, "other")  # "US Treasury Secretary Scott Bessent"
        if not n_title:
            n_role, phrase = self.role_run(toks, j)  # "Wagner chief Yevgeny Prigozhin"
            if n_role:
                n_title, title = n_role, gz.Title(phrase, "other")
        if not n_title or not title.office or title.category == "honorific":
            return 0
        k = j + n_title
        if not self.link[k - 1] or not self.name_after(toks, k)[0]:
            return self.body_head(toks, i, j, k, key, title)  # "the NATO secretary general"
        n_name, name, known = self.name_after(toks, k)
        if not n_name or name is None or (not known and n_name < 2 and title.category == "other"):
            return 0
        body = self.bodies[key]
        if known:
            role, pc = person_role(name, self.published)
        else:
            role = title.office if " of " in title.office else f"{title.office} of {body.name}"
            pc = body.country
            self.discovered[name] = (role, pc)
        self.register_person(name)
        self.emit(toks[i].start, toks[k + n_name - 1].end, "person", name, pc, role)
        return k + n_name - i

    def body_head(self, toks: list[Tok], i: int, j: int, k: int, key: str, title: gz.Title) -> int:
        """'the NATO secretary general', "the UN's chief", 'the European Commission president'
        with no name after: who headed the body at publication (body tokens i..j-1, title j..k-1),
        else 0.

        Only a head: the title is the body's head office or a bare head noun (chief, head,
        leader, president, chairman), so 'the UN climate chief' or 'the EU foreign policy chief'
        finds nobody."""
        described = self.prev_word(toks[i].start) == "the" or toks[j - 1].poss
        if not described or (k < len(toks) and self._adjacent(toks, k - 1) and toks[k].key[:1].isupper()):
            return 0
        if title.category != "head_of_body" and title.office.lower() not in BODY_HEAD_WORDS:
            return 0  # "the UN climate chief", "the Commission vice president": someone else
        who = body_holder(key, self.published, title.office)
        if who is None:
            return 0
        role, pc = person_role(who.name, self.published)
        self.register_person(who.name)
        self.emit(toks[i].start, toks[k - 1].end, "person", who.name, pc, role)
        return k - i

    def role_run(self, toks: list[Tok], j: int) -> tuple[int, str]:
        """(tokens, phrase) of a lower-case role at token j: up to MAX_ROLE_MODIFIERS words and a
        head from cue_words.csv (role_head): "opposition leader", "army chief"; (0, "") if none.

        titles.csv lists offices; these are the roles news gives people who hold none (rebel
        and party leaders, commanders), written with a country or group word before them.
        """
        heads = self.cues.get("role_head", frozenset())
        for m in range(MAX_ROLE_MODIFIERS + 1):
            k = j + m
            if k >= len(toks) or (m and not self.link[k - 1]):
                return 0, ""
            tok = toks[k]
            if not tok.key[:1].islower() or self._not_modifier(tok.key):
                return 0, ""
            if tok.key in heads:
                if tok.poss:
                    return 0, ""
                return m + 1, " ".join(t.key for t in toks[j : k + 1])
            if tok.poss:
                return 0, ""
        return 0, ""

    def role_person(self, toks: list[Tok], i: int, j: int, country: str) -> int:
        """Country + role run + name as one person mention ("Sudanese army chief Abdel Fattah
        al-Burhan"); tokens used or 0. An unknown name needs two words: "Russian army chief
        said" has none."""
        n_role, phrase = self.role_run(toks, j)
        if not n_role:
            return 0
        k = j + n_role
        if not self.link[k - 1]:
            return 0
        n_name, name, known = self.name_after(toks, k)
        if not n_name or name is None or (not known and n_name < 2):
            return 0
        if known:
            role, pc = person_role(name, self.published)
            pc = pc or country
            held = office_on(name, self.published)
            if not role or (self.published and held and not held.holds_on(self.published)):
                role = role_for(phrase, pc)  # out of office then: the text's role wins
        else:
            role, pc = role_for(phrase, country), country
            self.discovered[name] = (role, pc)
        self.register_person(name)
        self.emit(toks[i].start, toks[k + n_name - 1].end, "person", name, pc, role)
        return k + n_name - i

    def role_before(self, toks: list[Tok], i: int) -> tuple[str, str | None] | None:
        """(role, ISO3) from a role run right before the name at token i: "Houthi leader",
        "the opposition leader", "Rebel leader" at a sentence start; None if there is none.

        A country or body before the run is handled where that word is read (role_person,
        body_title_name); here the word before is unknown, lower-case or absent.
        """
        if i == 0 or not self.link[i - 1]:
            return None
        h = i - 1
        if toks[h].key not in self.cues.get("role_head", ()) or toks[h].poss:
            return None
        start = h
        while (
            start > 0
            and h - start < MAX_ROLE_MODIFIERS
            and self.link[start - 1]
            and toks[start - 1].key[:1].islower()
            and not self._not_modifier(toks[start - 1].key)
            and not toks[start - 1].poss
        ):
            start -= 1
        if any(self._not_modifier(t.key) for t in toks[start:h]):
            return None
        phrase = " ".join(t.key for t in toks[start : h + 1])
        owner = start  # "Houthi leader", "Sinn Fein leader": the capitalised words before
        while owner > 0 and start - owner < 3 and self.link[owner - 1]:
            word = toks[owner - 1].key
            if not word[:1].isupper() or word in self.cues.get("name_stop", ()):
                break
            if self.lex.entries.get(word) or word in self.titles:
                return None  # a known word before: its own reading decides
            owner -= 1
        if owner < start:
            phrase = f"{' '.join(t.key for t in toks[owner:start])} {phrase}"
        return phrase, self._institution_country(phrase, toks[i].start)

    def _institution_country(self, phrase: str, pos: int) -> str | None:
        """The country whose institution a role names without saying whose: "China said on
        Friday ... Foreign ministry spokeswoman Hua Chunying announced" is China's ministry.

        Only a role naming a national institution (national_bodies.csv: "foreign ministry",
        "army", "government") gets one, from the nearest country or national body before it (in
        SPEAKER_WINDOW characters) that speaks (a speech verb right after it); else None.
        """
        lowered = phrase.lower()
        if not any(f" {p} " in f" {lowered} " for p in gz.load_national_bodies()):
            return None
        verbs = self.cues.get("speech_verb", ())
        for m in reversed(self.out):
            if m.end > pos:
                continue
            if pos - m.end > SPEAKER_WINDOW:
                break
            if m.kind in ("country", "body") and m.country and self.next_word(m.end) in verbs:
                return m.country
        return None

    def _not_modifier(self, key: str) -> bool:
        """A lower-case word that cannot sit inside a role ("said spokesman", "in charge")."""
        cues = self.cues
        return (
            key in ROLE_MODIFIER_STOP
            or key in cues.get("speech_verb", ())
            or key in cues.get("temporal_prep", ())
            or key in cues.get("place_prep", ())
        )

    def national_body(self, toks: list[Tok], i: int, n_lex: int, country: str) -> int:
        """ "Russia's foreign ministry" -> body "Russian Ministry of Foreign Affairs"; tokens used or 0."""
        mb = national_body_re().match(self.text, toks[i + n_lex - 1].full_end)
        if not mb:
            return 0
        canon = gz.load_national_bodies()[re.sub(r"\s+", " ", mb.group(1).lower())]
        name = f"{self.countries[country].adjective} {canon}" if country in self.countries else canon
        self.emit(toks[i].start, mb.end(), "body", name, country)
        return self._skip_to(toks, i, mb.end())

    def descriptive(self, toks: list[Tok], i: int, k: int, country: str, title: gz.Title) -> int:
        """'the Chinese leader', 'the Russian foreign minister' -> who held it at publication."""
        category = title.category
        office_word = office_word_for(title)
        holder_ = holder(country, category, self.published, office_word)
        if holder_ is None:
            return 0
        end = toks[k - 1].end
        holder_role = role_for(holder_.office, country)
        aide = self._aide_before(toks[i].start)
        if aide is None and self._named_other(toks, k, end, holder_.name):
            return 0  # "the Kenyan president, William Ruto,": the name the text gives wins
        self.emit(toks[i].start, end, "person", holder_.name, country, holder_role)
        self.register_person(holder_.name)
        if aide is not None:  # "An adviser to Iran's supreme leader, Ali Akbar Velayati,"
            used = self._aide_name(toks, k, end, f"{aide} to the {holder_role}", country)
            if used:
                return k - i + used
        return k - i

    def _aide_before(self, pos: int) -> str | None:
        """The aide noun of "an adviser to" / "a spokesman for" ending right before `pos`: the
        name set off after the office that follows is the aide's, not the office-holder's."""
        m = AIDE_BEFORE_RE.search(self.text, max(0, pos - 60), pos)
        return m.group(1) if m else None

    def _aide_name(self, toks: list[Tok], k: int, end: int, role: str, country: str | None) -> int:
        """The name set off by a comma at token k (right after `end`) as a person with `role`;
        tokens used from k, or 0."""
        m = COMMA_GAP_RE.match(self.text, end)
        if not m or k >= len(toks) or toks[k].start != m.end():
            return 0
        n_name, name, known = self.name_after(toks, k)
        if not n_name or name is None or (not known and n_name < 2):
            return 0
        if known:
            role, country = person_role(name, self.published)
        else:
            self.discovered[name] = (role, country)
        self.register_person(name, country)
        self.emit(toks[k].start, toks[k + n_name - 1].end, "person", name, country, role)
        return n_name

    def _holder_named(self, country: str, title: gz.Title, name: str) -> gz.Office | None:
        """The holder of `title` for `country` at publication when `name` is part of their name
        ("Saudi King Salman" is Salman bin Abdulaziz, "Britain's King Charles" Charles III)."""
        if title.category not in STRONG_TITLE_CATEGORIES:
            return None
        office_word = office_word_for(title)
        who = holder(country, title.category, self.published, office_word)
        if who is None:
            return None
        words = set(who.name.lower().split())
        return who if set(name.lower().split()) <= words else None

    def counterpart(self, toks: list[Tok], i: int, j: int, country: str) -> int:
        """'his Pakistani counterpart' after a prime minister: Pakistan's prime minister, the one
        the text names next ('his Somali counterpart, Ahmed Moalim Fiqi') or else the holder at
        publication; tokens used (country word to name or to 'counterpart'), or 0 when no
        office-holder came before to say which office."""
        title = None
        for m in reversed(self.out):
            if m.kind == "person" and m.role and not m.role.startswith("former "):
                titles = lower_titles()  # "Secretary of State", else "Foreign Minister" of China
                title = titles.get(m.role.lower()) or titles.get(m.role.split(" of ")[0].lower())
                break
        if title is None or not title.office:
            return 0
        k = j + 1
        gap = OPT_COMMA_GAP_RE.match(self.text, toks[j].full_end) if k < len(toks) else None
        if gap and toks[k].start == gap.end():
            n_name, name, known = self.name_after(toks, k)
            if n_name and name is not None and (known or n_name >= 2):
                role, pc = (
                    person_role(name, self.published) if known else (role_for(title.office, country), country)
                )
                pc = pc or country
                if not known:
                    self.discovered[name] = (role, pc)
                self.register_person(name, pc)
                self.emit(toks[i].start, toks[k + n_name - 1].end, "person", name, pc, role)
                return k + n_name - i
        office_word = office_word_for(title)
        who = holder(country, title.category, self.published, office_word)
        if who is None:
            return 0
        self.register_person(who.name)
        self.emit(toks[i].start, toks[j].end, "person", who.name, country, role_for(who.office, country))
        return j + 1 - i

    def _us_state_georgia(self, tok: Tok) -> bool:
        """'Georgia' is the US state after a US place and a comma ("Atlanta, Georgia") or before
        a state office ("Georgia's governor", "Georgia Governor Brian Kemp")."""
        last = self.out[-1] if self.out else None
        if last is not None and last.kind == "place" and last.country == "USA":
            if re.fullmatch(r",\s*", self.text[last.end : tok.start]):
                return True
        return bool(STATE_OFFICE_AFTER_RE.match(self.text, tok.end))

    def leaders_government(self, toks: list[Tok], i: int, n: int, name: str) -> int:
        """'the Castro government', 'the Trump administration', 'the Maduro regime': the
        government of the country that leader (a head of state or government in the gazetteer)
        led, as a body; tokens used, or 0."""
        mb = LEADER_GOVERNMENT_RE.match(self.text, toks[i + n - 1].full_end)
        if not mb or toks[i + n - 1].poss:
            return 0
        offices = offices_by_name().get(name, ())
        heads = [
            o for o in offices if o.category in ("head_of_state", "head_of_government") and o.body is None
        ]
        if not heads:
            return 0
        country = heads[0].country
        adjective = self.countries[country].adjective if country in self.countries else country
        self.emit(toks[i].start, mb.end(), "body", f"{adjective} Government", country)
        return self._skip_to(toks, i, mb.end())

    def _brazzaville_article(self) -> bool:
        """The article names Brazzaville and not the DRC's capital or full name: its bare
        "Congo" is the Republic of the Congo."""
        text = self.text
        return "Brazzaville" in text and "Kinshasa" not in text and "Democratic Republic" not in text

    def _role_precedes(self, pos: int) -> bool:
        """A role set off by a comma ends right before `pos` ("Somalia's president, " or "the
        Nigerian president, "): what starts there is a name."""
        if self.text[max(0, pos - 2) : pos] != ", ":
            return False
        lo = max(0, pos - 90)
        return bool(
            role_before_re().search(self.text, lo, pos)
            or role_before_the_re().search(self.text, lo, pos)
            or role_of_before_re().search(self.text, lo, pos)
        )

    def _named_other(self, toks: list[Tok], k: int, end: int, name: str) -> bool:
        """A name set off by a comma right after a described office (token k on, the office
        ending at `end`) that is not `name`, the gazetteer's holder: the text names who holds it
        (a gap or a change the gazetteer does not know), so the description gives nobody."""
        m = COMMA_GAP_RE.match(self.text, end)
        if not m or k >= len(toks) or toks[k].start != m.end():
            return False
        n_name, other, known = self.name_after(toks, k)
        return bool(n_name) and other is not None and other != name and (known or n_name >= 2)

    def unknown_name(self, toks: list[Tok], i: int) -> int:
        """A capitalised run not in any gazetteer: a person when an appositive role follows it."""
        # Most capitalised words are one-word runs no earlier name introduced ("Monday", "The"):
        # name_after could only give them one token, which makes no mention, so skip it.
        k = i + 1
        if toks[i].key not in self.intro and (
            toks[i].poss
            or k >= len(toks)
            or not self.link[i]
            or not (toks[k].key[:1].isupper() or self._is_particle(toks[k].key))
        ):
            return 1
        owner = self._possessive_country_before(toks, i)
        if owner:  # "Iran's Ali Akbar Velayati threatened", "Rwanda's Olivier Nduhungirehe"
            n_name, name, known = self.name_after(toks, i, after_poss=True)
            if n_name >= 2 and name is not None and not known and self._person_like(toks, i, n_name):
                end = toks[i + n_name - 1].end
                self.discovered.setdefault(name, ("", owner))
                self.register_person(name, owner)
                self.emit(toks[i].start, end, "person", name, owner, self.discovered[name][0])
                return n_name
        n_name, name, _known = self.name_after(toks, i)
        if n_name < 1 or name is None:
            return 1
        end = toks[i + n_name - 1].end
        if n_name == 1 and name in self.intro.values() and toks[i].key in self.intro:
            role, pc = self.discovered.get(name, person_role(name, self.published))
            self.emit(toks[i].start, end, "person", name, pc, role)
            return 1
        if n_name >= 2:
            m = appositive_re().match(self.text, toks[i + n_name - 1].full_end)
            if m:
                role_phrase = re.sub(r"\s+", " ", m.group(1))
                pc = None
                for word in role_phrase.split():
                    for e in self.lex.entries.get(word, ()):
                        if e.kind == "country":
                            pc = e.value[0]
                start = toks[i].start
                if n_name >= 3 and SENTENCE_START_RE.search(self.text, max(0, start - 3), start):
                    start = toks[i + 1].start  # "Analyst Jane Roe, a ..." at a sentence start
                    name = self.text[start:end]
                self.discovered[name] = (role_phrase, pc)
                self.register_person(name, pc)
                self.emit(start, end, "person", name, pc, role_phrase)
                return n_name
            m = appositive_owner_re().match(self.text, toks[i + n_name - 1].full_end)
            owned = self._owner_role(m.group(1), m.group(2)) if m else (None, "")
            if m and (owned[0] is not None or owned[1] != re.sub(r"\s+", " ", m.group(2))):
                pc, role_phrase = owned  # "Musalia Mudavadi, Kenya's foreign minister,"
                self.discovered[name] = (role_phrase, pc)
                self.register_person(name, pc)
                self.emit(toks[i].start, end, "person", name, pc, role_phrase)
                return n_name
            closes = CLOSING_COMMA_RE.match(self.text, toks[i + n_name - 1].full_end)
            # read only with a comma after the name: most two-word names have none (issue #6)
            before = (
                role_before_re().search(self.text, max(0, toks[i].start - 80), toks[i].start)
                if closes
                else None
            )
            if closes and not before:
                of = role_of_before_re().search(self.text, max(0, toks[i].start - 90), toks[i].start)
                if of:  # "The foreign minister of Kenya, Musalia Mudavadi,"
                    pc, role_phrase = self._owner_role(of.group(2), of.group(1))
                    if pc is not None or role_phrase != of.group(1):
                        self.discovered[name] = (role_phrase, pc)
                        self.register_person(name, pc)
                        self.emit(toks[i].start, end, "person", name, pc, role_phrase)
                        return n_name
                the = role_before_the_re().search(self.text, max(0, toks[i].start - 80), toks[i].start)
                if the:  # "The Nigerian president, Bola Tinubu,"
                    pc, role_phrase = self._owner_role(the.group(1), the.group(2))
                    aide = self._aide_before(the.start())
                    if aide is not None:  # "a spokesman for the Nigerian president, X,"
                        role_phrase = f"{aide} to the {role_phrase}"
                    if pc is not None or role_phrase != the.group(2):
                        self.discovered[name] = (role_phrase, pc)
                        self.register_person(name, pc)
                        self.emit(toks[i].start, end, "person", name, pc, role_phrase)
                        return n_name
            if before and closes:
                pc, role_phrase = self._owner_role(before.group(1), before.group(2))
                aide = self._aide_before(before.start(1))
                if aide is not None:  # "an adviser to Kenya's president, X,"
                    role_phrase = f"{aide} to the {role_phrase}"
                if pc is not None:
                    self.discovered[name] = (role_phrase, pc)
                    self.register_person(name, pc)
                    self.emit(toks[i].start, end, "person", name, pc, role_phrase)
                    return n_name
            prior = self.role_before(toks, i)
            if prior:
                role_phrase, pc = prior
                self.discovered[name] = (role_phrase, pc)
                self.register_person(name, pc)
                self.emit(toks[i].start, end, "person", name, pc, role_phrase)
                return n_name
        return 1  # let the next token try: "Later Austin said" still finds Austin

    def _owner_role(self, owner: str, role: str) -> tuple[str | None, str]:
        """(ISO3, role) for a role its owner states: "Kenya's" / "Nigerian" + "foreign minister"
        is the Foreign Minister of Kenya; a body owner ("African Union Commission") stays in the
        role; an owner the gazetteers do not know gives (None, role)."""
        owner = re.sub(r"\s+", " ", owner)
        role = re.sub(r"\s+", " ", role)
        entries = self.lex.entries.get(norm(owner), ())
        country = next((e.value[0] for e in entries if e.kind == "country"), None)
        if country is not None:
            title = lower_titles().get(role.lower())
            return country, role_for(title.office, country) if title and title.office else role
        body = next((e.value for e in entries if e.kind == "body"), None)
        if body is not None:
            return self.bodies[body].country, f"{role} of {self.bodies[body].name}"
        return None, role

    def from_entries(self, toks: list[Tok], i: int, n: int, entries: list[Entry]) -> int:
        tok = toks[i]
        end = toks[i + n - 1].end
        full_end = toks[i + n - 1].full_end
        kinds = {e.kind for e in entries}
        if "region" in kinds:
            return n
        if "person" in kinds:
            name = next(e.value for e in entries if e.kind == "person")
            used = self.leaders_government(toks, i, n, name)  # "the Castro government"
            if used:
                return used
            role, pc = self.discovered.get(name) or person_role(name, self.published)
            self.register_person(name)
            self.emit(tok.start, end, "person", name, pc, role)
            return n
        if self.link[i] and not kinds & {"body", "country"} and self._role_precedes(tok.start):
            count = len(self.out)  # "Somalia's president, Hassan Sheikh Mohamud,": not the city
            used = self.unknown_name(toks, i)
            if len(self.out) > count:
                return used
        if "body" in kinds:
            places = [e.value for e in entries if e.kind == "place"]
            # "an address from the White House"; "in the Pentagon's budget" is the owner
            if places and not toks[i + n - 1].poss and self._at_venue(tok.start):
                p = places[0]
                self.emit(tok.start, end, "place", p.name, p.country, "", p.lat, p.lon)
                return n
            key = next(e.value for e in entries if e.kind == "body")
            person = self.intro.get(tok.key) if n == 1 and not tok.key.isupper() else None
            if person is not None:  # "Wagner said" after "Thérèse Kayikwamba Wagner"
                role, pc = self.discovered.get(person) or person_role(person, self.published)
                self.emit(tok.start, end, "person", person, pc, role)
                return n
            body = self.bodies[key]
            self.emit(tok.start, end, "body", body.name, body.country)
            return n
        place_first = "place" in kinds and self.prev_word(tok.start) in self.cues.get("place_prep", ())
        if "short" in kinds and not place_first:  # "in Austin" is the city, "Austin said" the person
            shorts = [e for e in entries if e.kind == "short"]
            if n == 1 and self._family_name_of_another(toks, i, shorts):
                return self.family_member(toks, i, shorts)  # "Kim Yo Jong" is not Kim Jong Un
            governs = bool(LEADER_GOVERNMENT_RE.match(self.text, full_end))  # as good as "Mr" before it
            name = self.resolve_short(
                tok.key if n == 1 else self.text[tok.start : end], shorts, tok.start, governs
            )
            if name:
                used = self.leaders_government(toks, i, n, name)  # "the Maduro regime"
                if used:
                    return used
                # "Wang" after "spokesman Wang Wenbin": the person the article introduced, with their role
                role, pc = self.discovered.get(name) or person_role(name, self.published)
                self.emit(tok.start, end, "person", name, pc, role)
                return n
        if "country" in kinds:
            a3 = self.country_of(entries, allow_capital=False)
            if a3 == "COD" and tok.key == "Congo" and self._brazzaville_article():
                a3 = "COG"  # "Congo" is the DRC unless the article is about Brazzaville's Congo
            if a3 == "GEO" and n == 1 and self._us_state_georgia(tok):
                self.emit(tok.start, end, "place", "Georgia", "USA", "", 32.7, -83.4)
                return n  # "Atlanta, Georgia", "Georgia's governor": the US state
            if self._company_name(toks, i, n):
                return n  # "Turkish Airlines", "Air India": a company, not the country (issue #4)
            as_name = all(e.value[1] == "name" for e in entries if e.kind == "country")
            if as_name and self._name_continues(toks, i + n):
                return max(n, self.unknown_name(toks, i))  # "Jordan Bardella": part of another name
            self.emit_country(tok.start, end, a3)
            return n
        places = [e.value for e in entries if e.kind == "place"]
        in_context = self.prev_word(tok.start) in self.cues.get("place_prep", ()) or self._country_follows(
            full_end
        )
        city = self.text[tok.start : end]
        if ("capital" in kinds or places) and self._name_continues(toks, i + n):
            # "Sofia Coppola", "Washington Irving", "Moscow Exchange": not the city, maybe a person
            # ("Opposition leader Mary Lou McDonald")
            return max(n, self.unknown_name(toks, i))
        if city in self.metonyms and not in_context:
            body = self.bodies[self.metonyms[city]]
            self.emit(tok.start, end, "body", body.name, body.country)
            return n
        if "capital" in kinds and not in_context:
            a3 = self.country_of(entries, allow_capital=True)
            if toks[i + n - 1].poss and a3:
                used = self.national_body(toks, i, n, a3)  # "Beijing's foreign ministry"
                if used:
                    return used
            self.emit_country(tok.start, end, a3)
            return n
        if places:
            follow = self._country_follows(full_end)
            chosen = None
            if follow:
                chosen = next((p for p in places if p.country == follow), None)
            owner = self._possessive_country_before(toks, i)
            if owner and not chosen and all(p.country != owner for p in places):
                return n  # "Hong Kong's Phoenix television" is no US city
            chosen = chosen or next((p for p in places if p.country == owner), None) or places[0]
            person = self.intro.get(tok.key) if n == 1 and not in_context and not owner else None
            if person is not None and not chosen.curated:
                # "Rodríguez said" after "Foreign Minister Bruno Rodríguez", "Morales resigned"
                # after "Evo Morales": the surname of a person the article introduced, not a small
                # town abroad of the same name that the place list happens to hold (issue #4: the
                # saying lost its speaker and no row was written).
                role, pc = self.discovered.get(person) or person_role(person, self.published)
                self.emit(tok.start, end, "person", person, pc, role)
                return n
            local = (
                None if in_context or not chosen.curated else LOCAL_AUTHORITIES_RE.match(self.text, full_end)
            )
            if local:
                # "Nagorno-Karabakh authorities accused Baku", "Transnistria's government said": the
                # region's own rulers act; read as a place the sentence had no doer (issue #4).
                self.emit(tok.start, local.end(), "body", f"{chosen.name} authorities", chosen.country)
                return self._skip_to(toks, i, local.end())
            if in_context or chosen.curated or chosen.population >= gz.PLACE_NO_CONTEXT_POPULATION:
                self.emit(tok.start, end, "place", chosen.name, chosen.country, "", chosen.lat, chosen.lon)
                return n
            return n
        if "short" in kinds and self._name_continues(toks, i + n):
            return max(n, self.unknown_name(toks, i))  # an unresolved short form starts "Martin P. Levin"
        return n

    def family_member(self, toks: list[Tok], i: int, shorts: list[Entry]) -> int:
        """The full name at token i that starts with a known person's family name: a person of
        its own, with the role an appositive gives it, else none, and the country the family name
        points to ("Li Hui" is Chinese like Li Qiang) when the article named that country before;
        tokens used."""
        count = len(self.out)
        used = self.unknown_name(toks, i)
        if len(self.out) > count:
            return used
        n_name, name, known = self.name_after(toks, i)
        if not n_name or name is None or known or n_name < 2:
            return 1
        countries = {o.country for e in shorts for o in offices_by_name().get(e.value, ())}
        pc = countries.pop() if len(countries) == 1 else None
        if pc is None or not any(m.country == pc for m in self.out):
            return 1  # "Wang Laboratories", "Lee Pearce": no sign the article is about that country
        role = self.discovered.get(name, ("", pc))[0]
        self.discovered.setdefault(name, (role, pc))
        self.register_person(name, pc)
        self.emit(toks[i].start, toks[i + n_name - 1].end, "person", name, pc, role)
        return n_name

    def _family_name_of_another(self, toks: list[Tok], i: int, shorts: list[Entry]) -> bool:
        """The short form at token i is a family name said first (Chinese, Korean...) and further
        given-name words follow it: someone else of that family ("Kim Yo Jong", "Li Hui", "Wang
        Qishan"), not the gazetteer's "Kim", "Li" or "Wang"."""
        k = i + 1
        if k >= len(toks) or not self.link[i] or toks[i].poss or not toks[k].key[:1].isupper():
            return False
        if self._is_entity_word(toks[k].key) or toks[k].key.lower() in self.cues.get("speech_verb", ()):
            return False
        if self.intro.get(toks[i].key) is not None and toks[i].key in self.intro:
            name = self.intro[toks[i].key]
            if name.split()[:2] == [toks[i].key, toks[k].key]:
                return False  # the introduced person's own name
        names = {e.value for e in shorts}
        return all(
            any(o.country in FAMILY_NAME_FIRST for o in offices_by_name().get(n, ()))
            and n.split()[0] == toks[i].key
            for n in names
        )

    def bare_titles(self, spans: Sequence[tuple[int, int]] | None) -> None:
        """'the president' -> the office holder of the article's main country at publication.

        Only when one country clearly dominates the article (main_country), else nothing:
        in a US-China piece "the president" could be either.
        """
        if self.published is None:
            return
        main = main_country(self.out)
        if main is None:
            return
        for m, start, end in self.free_matches(BARE_TITLE_RE, spans):
            title = lower_titles().get(m.group(1).lower())
            if title is None or title.category not in STRONG_TITLE_CATEGORIES:
                continue
            office_word = office_word_for(title)
            who = holder(main, title.category, self.published, office_word)
            if who is not None:
                self.emit(start, end, "person", who.name, main, role_for(who.office, main))

    @staticmethod
    def _national_title(title: gz.Title) -> bool:
        """A head of state or government, foreign or defence minister: a title a country's own
        government holds. Lesser ministers and advisers are left alone: in a story about one
        country's envoys to another, "Strategic Affairs Minister Ron Dermer" may sit among more
        mentions of the host."""
        return title.category in STRONG_TITLE_CATEGORIES

    def fill_countries(self) -> None:
        """Give the article's dominant country (over the whole article) to the unknown people a
        national title named without a country: "Trade Minister Don Farrell" in an Australian
        story is Australian; in a story with two countries even, nobody's."""
        if not self.pending_country:
            return
        main = main_country(self.out)
        if main is None:
            return
        out = []
        for m in self.out:
            office = self.pending_country.get(m.name) if m.kind == "person" and m.country is None else None
            if office is not None:
                m = EntityMention(
                    m.start, m.end, m.text, m.kind, m.name, main, role_for(office, main), m.lat, m.lon
                )
            out.append(m)
        self.out = out

    def plural_titles(self, spans: Sequence[tuple[int, int]] | None) -> None:
        """'the Ukrainian and Polish presidents' -> the two holders at publication, each on its
        country word (the second one's mention runs to the end of the title)."""
        text = self.text
        if self.published is None or " and " not in text or not any(w in text for w in PLURAL_HEADS):
            return
        for m in PLURAL_TITLE_RE.finditer(text):
            if spans is not None and not any(lo <= m.start(1) and m.end(3) <= hi for lo, hi in spans):
                continue
            plural = re.sub(r"\s+", " ", m.group(3).lower())
            if plural == "leaders":
                category, office_word = "leader", ""
            else:
                title = lower_titles().get(plural[:-1])
                if title is None:
                    continue
                category = title.category
                office_word = office_word_for(title)
            found = []
            for g in (1, 2):
                key = " ".join(norm(t) for t in TOKEN_RE.findall(m.group(g)))
                country = self.country_of(self.lex.entries.get(key, []), allow_capital=False)
                who = holder(country, category, self.published, office_word) if country else None
                if who is None:
                    break
                found.append((m.start(g), m.end(g) if g == 1 else m.end(3), who, country))
            if len(found) != 2 or found[0][2].name == found[1][2].name:
                continue
            taken = {(start, m.end(g)) for g, (start, _e, _w, _c) in zip((1, 2), found, strict=True)}
            self.out = [x for x in self.out if not (x.kind == "country" and (x.start, x.end) in taken)]
            for start, end, who, country in found:
                self.emit(start, end, "person", who.name, country, role_for(who.office, country))
                self.register_person(who.name)

    def the_junta(self, spans: Sequence[tuple[int, int]] | None) -> None:
        """'the junta', 'the military government', 'the putschists' in a story about one country:
        that country's military rulers (a body with its country), as 'the president' is its
        president (see bare_titles)."""
        if "junta" not in self.text and "military" not in self.text and "putschists" not in self.text:
            return
        main = main_country(self.out)
        if main is None or main not in self.countries:
            return
        for _m, start, end in self.free_matches(JUNTA_RE, spans):
            self.emit(start, end, "body", f"{self.countries[main].adjective} Junta", main)

    def free_matches(
        self, pattern: re.Pattern[str], spans: Sequence[tuple[int, int]] | None
    ) -> Iterator[tuple[re.Match[str], int, int]]:
        """(match, start, end) of group 1 of each match inside the prose spans that overlaps no
        mention found before the scan: the office words ('the president', 'the junta', 'the
        Pope') are read only where nothing more specific was."""
        taken = [(m.start, m.end) for m in self.out]
        for m in pattern.finditer(self.text):
            start, end = m.start(1), m.end(1)
            if spans is not None and not any(lo <= start and end <= hi for lo, hi in spans):
                continue
            if any(s < end and start < e for s, e in taken):
                continue
            yield m, start, end

    def the_pope(self, spans: Sequence[tuple[int, int]] | None) -> None:
        """'the Pope' with no name after: the pope at publication (one office in the world, so
        no main country is needed as for 'the president')."""
        if self.published is None or ("Pope" not in self.text and "pope" not in self.text):
            return
        for _m, start, end in self.free_matches(THE_POPE_RE, spans):
            who = holder("VAT", "head_of_state", self.published)
            if who is not None:
                self.emit(start, end, "person", who.name, "VAT", role_for(who.office, "VAT"))
                self.register_person(who.name)

    def _at_venue(self, pos: int) -> bool:
        """The name at `pos` is said as a place: "at the", "outside the", or "from the" after a
        speech ("an address from the White House"). "The Kremlin said", "a statement from the
        White House" keep the institution as the actor."""
        m = re.search(r"(?:([A-Za-z]+)\s+)?([A-Za-z]+)\s+the\s+$", self.text[max(0, pos - 40) : pos])
        if not m:
            return False
        prep = m.group(2).lower()
        if prep in VENUE_PREPS:
            return True
        return prep == "from" and (m.group(1) or "").lower() in self.cues.get("venue_from", ())

    def _company_name(self, toks: list[Tok], i: int, n: int) -> bool:
        """Tokens i..i+n-1 (a country word) are part of a company's name: "Turkish Airlines",
        "British Airways", "Air India". Why: a carrier suspending flights is a firm's decision,
        not the state's; read as the country it made a state the doer (issue #4)."""
        k = i + n
        if k < len(toks) and self.link[k - 1] and toks[k].key in self.cues.get("company_suffix", ()):
            return True
        return i > 0 and self.link[i - 1] and toks[i - 1].key in self.cues.get("company_prefix", ())

    def _name_continues(self, toks: list[Tok], k: int) -> bool:
        """Token k continues a capitalised name that the gazetteers do not know."""
        if k >= len(toks) or not self.link[k - 1] or not toks[k].key[:1].isupper():
            return False
        key = toks[k].key
        if key in self.cues.get("name_stop", ()):
            return False
        entries = self.lex.entries.get(key)
        if entries is None and key in self.lex.firsts:
            return False  # starts a longer known name ("United States")
        if entries and any(e.kind not in ("place", "short") for e in entries):
            return False  # a country, body or person follows: two mentions side by side
        return not self.longest(toks, k, self.titles, self.max_title, self.title_firsts)[0]

    def _country_follows(self, pos: int) -> str | None:
        """ISO3 of a country named right after ', ' ("Samarkand, Uzbekistan")."""
        m = COUNTRY_AFTER_COMMA_RE.match(self.text, pos, pos + 45)
        if not m:
            return None
        words = [norm(w.group()) for w in TOKEN_RE.finditer(m.group(1))]
        for n in range(min(4, len(words)), 0, -1):
            for e in self.lex.entries.get(" ".join(words[:n]), ()):
                if e.kind == "country" and e.value[1] == "name":
                    return e.value[0]
        return None


def find_entities(
    text: str, published: date | None = None, spans: Sequence[tuple[int, int]] | None = None
) -> list[EntityMention]:
    """Actors and places in `text`, sorted by start and non-overlapping (longest match wins).

    `spans` limits the search to content spans (page furniture excluded); None = whole text.
    `published` decides who "Xi", "the Chinese leader" or "May" was at the time.
    Example: "Chinese President Xi Jinping" -> person "Xi Jinping", role "President of China", CHN.
    """
    scan = _Scan(text, published)
    for lo, hi in sorted(spans) if spans is not None else [(0, len(text))]:
        scan.run(max(0, lo), min(len(text), hi))
    scan.fill_countries()
    scan.plural_titles(spans)
    scan.the_pope(spans)
    scan.the_junta(spans)
    scan.bare_titles(spans)
    out = sorted(scan.out, key=lambda m: (m.start, -m.end))
    result: list[EntityMention] = []
    for m in out:
        if result and m.start < result[-1].end:
            continue
        result.append(m)
    return result


def main_country(mentions: Sequence[EntityMention]) -> str | None:
    """The country an article is mostly about, or None when no country clearly leads."""
    counts = Counter(m.country for m in mentions if m.country)
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    second = rest[0][1] if rest else 0
    return top if n >= 2 and n >= 2 * second else None


def country_code(name: str) -> str | None:
    """ISO3 for a country name, short name, demonym, capital-as-metonym or national body.

    "China", "Chinese", "Beijing", "the United States", "U.S.", "Russia's", "Kremlin" -> ISO3;
    unknown or international ("NATO") -> None.
    """
    cleaned = re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.IGNORECASE)
    cleaned = re.sub(r"['’]s$", "", cleaned)
    key = " ".join(norm(m.group()) for m in TOKEN_RE.finditer(cleaned))
    entries = lexicon().entries.get(key) or lexicon().entries.get(gz.fold(key)) or []
    for kind in ("country", "capital"):
        for e in entries:
            if e.kind == kind:
                return e.value[0]
    bodies, _, _ = gz.load_bodies()
    for e in entries:
        if e.kind == "body" and bodies[e.value].country:
            return bodies[e.value].country
    return None


def place_info(name: str) -> tuple[str, str | None, float | None, float | None] | None:
    """(canonical place, ISO3, lat, lon) for a city, venue or country name; None if unknown.

    A name shared by several cities gives the curated venue, else the most populous city.
    """
    key = name.strip()
    places = gz.load_places().get(key) or gz.load_places().get(gz.fold(key))
    if places:
        p = places[0]
        return p.name, p.country, p.lat, p.lon
    a3 = country_code(key)
    if a3 and a3 in gz.load_countries():
        c = gz.load_countries()[a3]
        return c.name, a3, c.lat, c.lon
    return None
