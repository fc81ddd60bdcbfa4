"""Speed of extraction (issue #6, h93): the helpers that make it faster must not change output."""

from __future__ import annotations

from pipeline.events.actors import _coordinated_surname, _swallowed_subject, mentions_inside
from pipeline.events.context import Mention
from pipeline.events.lexicon import TriggerEntry
from pipeline.events.triggers import Trigger


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
