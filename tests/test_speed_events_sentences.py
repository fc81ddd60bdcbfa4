"""Speed rewrites of the events stage give what the plain code gave (issue #6).

Each test holds the slower reference the rewrite replaced and checks the two agree.
"""

from __future__ import annotations

import random
import re

from pipeline.events import sentences

# The search sentences.py ran at every full stop before issue #6's rewrite.
_WORD_BEFORE = re.compile(r"([\w.\-]+)$")


def test_word_before_matches_the_regex_on_every_code_point() -> None:
    pattern = re.compile(r"[\w.\-]")
    odd = [i for i in range(0x110000) if bool(pattern.match(chr(i))) != (chr(i).isalnum() or chr(i) in "_.-")]
    assert odd == []


def test_word_before_matches_the_regex_on_random_text() -> None:
    rnd = random.Random(6)
    alphabet = "aZ9_.-é²½ \t\n,'’\u0301\u0663"
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) + "."
        start = rnd.randint(0, len(text) - 1)
        expected = _WORD_BEFORE.search(text, start, len(text)).group(1)
        assert sentences._word_before(text, start, len(text)) == expected


def test_split_sentences_keeps_abbreviations_initials_and_acronyms() -> None:
    text = (
        "Mr. Blinken met Gen. Milley in the U.S. capital on Feb. 3. "
        "John F. Kennedy was mentioned. The talks ended."
    )
    got = [text[s:e] for s, e in sentences.split_sentences(text)]
    assert got == [
        "Mr. Blinken met Gen. Milley in the U.S. capital on Feb. 3.",
        "John F. Kennedy was mentioned.",
        "The talks ended.",
    ]
