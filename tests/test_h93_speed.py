"""Speed of extraction (issue #6, h93): the helpers that make it faster must not change output."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
from pathlib import Path

from pipeline import lazy
from pipeline.events.actors import _coordinated_surname, _swallowed_subject, mentions_inside
from pipeline.events.context import Mention
from pipeline.events.lexicon import TriggerEntry
from pipeline.events.triggers import Trigger
from pipeline.lazy import LazyPattern, lazy_compile

ROOT = Path(__file__).resolve().parents[1]


def test_lazy_pattern_is_compiled_on_first_use_and_then_answers_as_the_pattern() -> None:
    source = r"\b(?P<who>[A-Z]\w+)\s+(?:met|visited)\s+(?P<whom>[A-Z]\w+)"
    rx = lazy_compile(source, re.IGNORECASE)
    plain = re.compile(source, re.IGNORECASE)
    assert isinstance(rx, LazyPattern)
    assert "_regex" not in rx.__dict__ and "search" not in rx.__dict__  # nothing compiled yet
    assert rx.pattern == source  # read without compiling
    assert "_regex" not in rx.__dict__
    text = "Ruto met Modi in Delhi; later Modi VISITED Nairobi, and nobody met anyone."
    assert rx.search(text).span() == plain.search(text).span()
    # compiled once: the pattern's own bound methods now sit in the instance
    assert rx.__dict__["_regex"] is rx.compile()
    assert rx.__dict__["search"].__self__ is rx.compile()
    assert [m.groupdict() for m in rx.finditer(text)] == [m.groupdict() for m in plain.finditer(text)]
    assert rx.match(text).span() == plain.match(text).span()
    assert rx.fullmatch("Ruto met Modi") is not None and rx.fullmatch("Ruto met Modi.") is None
    assert rx.findall(text) == plain.findall(text)
    assert rx.sub("X", text) == plain.sub("X", text)
    assert rx.split(text) == plain.split(text)
    assert (rx.flags, rx.groups, rx.groupindex) == (plain.flags, plain.groups, plain.groupindex)
    for pos, endpos in ((10, 40), (20, 60), (0, 8)):
        got, want = rx.search(text, pos, endpos), plain.search(text, pos, endpos)
        assert (got and got.span()) == (want and want.span())


def test_lazy_pattern_is_compiled_by_compile_all_and_pickles_as_itself() -> None:
    rx = lazy_compile(r"summit\s+in\s+(\w+)")
    lazy.compile_all()  # what a pool's parent runs before it forks (parallel.warm_up)
    assert "_regex" in rx.__dict__
    again = pickle.loads(pickle.dumps(rx))
    assert isinstance(again, LazyPattern) and again.pattern == rx.pattern
    assert again.search("the summit in Doha").group(1) == "Doha"


def test_event_modules_compile_their_regexes_only_when_used() -> None:
    """Importing the event stage compiles none of its module-level regexes (~60 ms a start)."""
    code = (
        "import re, pipeline.events.extract as x, pipeline.events.dating as d, pipeline.events.actors as a\n"
        "from pipeline.lazy import LazyPattern\n"
        "pats = [v for m in (x, d, a) for v in vars(m).values() if isinstance(v, LazyPattern)]\n"
        "assert len(pats) > 300, len(pats)\n"
        "assert not [p for p in pats if '_regex' in p.__dict__]\n"
        "print('ok')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False, timeout=120
    )
    assert out.stdout.strip() == "ok", out.stderr


def _mention(text: str, word: str, kind: str, name: str, country: str | None = None) -> Mention:
    start = text.index(word)
    return Mention(start, start + len(word), word, kind, name, country)


def test_coordinated_surname_reads_the_sentence_mentions_as_the_whole_list() -> None:
    # Two sentences; "Kim" is joined by "and" to a person found in the second one.
    text = (
        "Kim Jong Un met Moon Jae-in in Pyongyang last year. "
        "On Monday Moon and Kim signed a declaration in Seoul, South Korea."
    )
    s2 = text.index("On Monday")
    ents = sorted(
        [
            _mention(text, "Kim Jong Un", "person", "Kim Jong Un", "PRK"),
            _mention(text, "Moon Jae-in", "person", "Moon Jae-in", "KOR"),
            _mention(text, "Pyongyang", "place", "Pyongyang", "PRK"),
            Mention(s2 + 10, s2 + 14, "Moon", "person", "Moon Jae-in", "KOR"),
            _mention(text, "Seoul", "place", "Seoul", "KOR"),
            _mention(text, "South Korea", "country", "South Korea", "KOR"),
        ],
        key=lambda m: m.start,
    )
    inside = mentions_inside(ents, [m.start for m in ents], s2, len(text))
    whole = _coordinated_surname(text, s2, len(text), ents)
    assert whole == _coordinated_surname(text, s2, len(text), ents, inside)
    assert [(m.text, m.name) for m in whole] == [("Kim", "Kim Jong Un")]


def test_swallowed_subject_is_found_among_the_sentence_mentions_alone() -> None:
    text = "Talks ended. Iraq's parliament voted to expel foreign troops on Sunday."
    s2 = text.index("Iraq")
    entry = TriggerEntry(forms=("parliament voted",), pos="verb", event_type="vote", plover="", cameo="")
    start = text.index("parliament")
    trig = Trigger(start, start + len("parliament voted"), "parliament voted", entry)
    body = Mention(s2, start + len("parliament"), "Iraq's parliament", "body", "Council of Representatives")
    ents = [_mention(text, "Talks", "place", "Talks"), body]
    inside = mentions_inside(ents, [m.start for m in ents], s2, len(text))
    assert _swallowed_subject(trig, ents, s2) == _swallowed_subject(trig, inside, s2)
    assert [m.text for m in _swallowed_subject(trig, inside, s2)] == ["Iraq's"]
