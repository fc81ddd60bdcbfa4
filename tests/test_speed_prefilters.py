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
    long_chunk = "naturalgasdealsummit" * 5 + "cop28"  # longer than a kept chunk
    for text in [*TEXTS, " ".join(TEXTS), "".join(TEXTS), long_chunk, long_chunk + " invasion"]:
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
            kept = {id(r) for r, *_ in fast}
            for regex, _name, _words in table:
                if regex.search(text):
                    assert id(regex) in kept, regex.pattern


def test_known_events_in_spans_are_those_of_every_pattern_run_on_each_span(monkeypatch) -> None:
    text = "\n".join(TEXTS) + "\nThe COP28\nsummit and the SCO\nsummit in Samarkand were held in 2023."
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    spans = [(s, text.find("\n", s) if text.find("\n", s) >= 0 else len(text)) for s in starts]
    spans += [(0, len(text)), (5, 40), (-3, 12), (30, 20)]
    published = date(2023, 12, 1)
    fast = [ke.find_known_events(text, published, spans=[span]) for span in spans]
    _, _, direct, series, _ = ke._knowledge()
    every = ([(r, k, ()) for r, k, _ in direct], [(r, n, ()) for r, n, _ in series])
    monkeypatch.setattr(ke, "_candidates", lambda folded: every)
    plain = [ke.find_known_events(text, published, spans=[span]) for span in spans]
    assert fast == plain
    assert sum(map(len, fast)) >= 4


def test_known_events_found_in_the_texts() -> None:
    found = [ev.key for text in TEXTS for _, _, ev in ke.find_known_events(text, date(2023, 12, 1))]
    assert len(found) >= 3


# Our own sentences for the trigger patterns without readable leading words, and words that
# open other patterns' words ("is" / "issued").
TRIGGER_TEXTS = [
    "Modi was warmly received by Xi in Beijing, and it is due to end on Friday.",
    "The soldiers detained him at the airport; rebel troops had seized her car.",
    "The Security Council voted to extend the mission, and the General Assembly demanded a ceasefire.",
    "This issue is old: he issued a warning, then issues another. Nothing else happened.",
    "Peace and Security Council members met; the ASSEMBLY DEMANDED nothing.",
]


def test_required_words_are_in_every_text_a_trigger_pattern_matches() -> None:
    from pipeline.events.lexicon import may_match, required_words
    from pipeline.events.triggers import _pattern_list

    assert required_words(re.compile(r"\b(?:troops|soldiers)\s+(?:had\s+)?(?:detained|seized)\b", re.I)) == (
        ("troops", "soldiers"),
        ("detained", "seized"),
    )
    assert required_words(re.compile(r"(?-i:[A-Z]\w+)\s+was\s+(?:warmly\s+)?received", re.I)) == (
        ("was",),
        ("received",),
    )
    matched = 0
    for _, regex in _pattern_list():
        needed = required_words(regex)
        for text in [*TRIGGER_TEXTS, " ".join(TRIGGER_TEXTS).upper()]:
            if regex.search(text):
                matched += 1
                assert may_match(needed, text.lower()), regex.pattern
    assert matched > 5


def test_trigger_search_is_the_plain_search_of_every_pattern() -> None:
    from pipeline.events import triggers

    pairs = triggers._pattern_list()
    for text in [*TRIGGER_TEXTS, " ".join(TRIGGER_TEXTS), " ".join(TRIGGER_TEXTS).upper()]:
        got = [(t.start, t.end, t.event_type) for t in triggers.find_triggers(text)]
        by_sentence = triggers.find_triggers_by_sentence(text, [(0, len(text))])[0]
        assert got == [(t.start, t.end, t.event_type) for t in by_sentence]
        regex, _ = triggers.trigger_regex()
        plain = triggers._triggers_in(
            text,
            0,
            len(text),
            regex.regex.finditer(text),
            [(e, getattr(p, "regex", p).finditer(text)) for e, p in pairs],
        )
        assert got == [(t.start, t.end, t.event_type) for t in plain]
        assert got


def test_lower_case_keeps_every_character_a_word_character_or_not() -> None:
    """The guarded patterns' scan looks for word starts in the lower-cased text: a character
    is a word character there exactly when it is one in the text (lower() keeping one
    character; other texts take the plain path)."""
    word = re.compile(r"\w")
    for code in range(0x110000):
        c = chr(code)
        low = c.lower()
        if len(low) == 1:
            assert bool(word.match(c)) == bool(word.match(low)), hex(code)


def test_scan_tells_a_place_to_the_patterns_whose_word_fits_there() -> None:
    from pipeline.events import lexicon
    from pipeline.events.triggers import find_triggers

    text = (
        " ".join(TRIGGER_TEXTS) + " They co-founded it, launched and re-launched talks; militias held sway."
    )
    find_triggers(text)  # the trigger patterns are made and the text scanned
    guarded = lexicon.guarded_patterns()
    words = {w for g in guarded for w in g._words}
    state = lexicon._scan_state
    assert state is not None
    for word in [*sorted(words)[::7], *state[2]]:
        lexicon._scan_words(word)
        owners = state[2][word] if word in state[2] else ()
        expected = tuple(i for i, g in enumerate(guarded) if any(word.startswith(w) for w in g._words))
        assert owners == expected, word
