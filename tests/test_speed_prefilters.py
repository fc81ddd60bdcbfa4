"""Prefilters added for speed (issue #6) answer exactly as the plain way they replace."""

from __future__ import annotations

import re
from datetime import date

from pipeline.entities import known_events as ke

# Our own sentences, written for these tests.
TEXTS = [
    "The leaders met at the COP28 summit in Dubai; a copy of the text was leaked.",
    "Hamas's October 7, 2023 attacks on Israel came a day before the talks in Cairo.",
    "An explosion at the port of Beirut in 2020 killed more than 200 people.",
    "Azerbaijan's lightning offensive in Nagorno-Karabakh ended within a day.",
    "Nothing here names an event:\tthe weather was\u00a0mild and the markets calm.",
    "The\u2013SCO summit in Samarkand and the NATO summit in Vilnius, both in 2022\nand 2023.",
    "",
]


def test_gates_in_is_the_plain_search_for_each_gate() -> None:
    for text in [*TEXTS, " ".join(TEXTS), "".join(TEXTS)]:
        folded = text.translate(ke._AS_HYPHEN).casefold()
        assert ke._gates_in(folded) == {w for w in ke._gates() if w in folded}


def test_required_any_words_are_in_every_match() -> None:
    regex = re.compile(r"(?:explosion|blast)s?\s+(?:at|in)\s+Beirut")
    assert ke._required_any(regex) == ("explosion", "blast")
    assert ke._required_any(re.compile(r"(?:Sept\.?|October)\s+7")) == ("sept", "october")
    assert ke._required_any(re.compile(r"(?:\d+|twelve)-day war")) == ()  # one alternative has no word
    _, _, direct, series, _ = ke._knowledge()
    for regex, _key, _words in direct + series:
        words = ke._required_any(regex)
        for text in TEXTS:
            for m in regex.finditer(text):
                assert not words or any(w in m.group().casefold() for w in words)


def test_candidates_keep_every_pattern_that_matches() -> None:
    _, _, direct, series, _ = ke._knowledge()
    for text in [*TEXTS, " ".join(TEXTS)]:
        text = text.translate(ke._AS_HYPHEN)
        fast_direct, fast_series = ke._candidates(text.casefold())
        for table, fast in ((direct, fast_direct), (series, fast_series)):
            kept = {id(r) for r, _ in fast}
            for regex, _name, _words in table:
                if regex.search(text):
                    assert id(regex) in kept, regex.pattern


def test_known_events_found_in_the_texts() -> None:
    found = [ev.key for text in TEXTS for _, _, ev in ke.find_known_events(text, date(2023, 12, 1))]
    assert len(found) >= 3
