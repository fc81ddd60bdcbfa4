"""Helpers added for extraction speed (issue #6, H77) answer exactly as the plain way they replace."""

from __future__ import annotations

import re

from pipeline.events import status as status_mod
from pipeline.events import triggers as trig_mod
from pipeline.events.actors import mentions_inside
from pipeline.events.context import Mention
from pipeline.events.lexicon import may_match, may_match_in
from pipeline.events.sentences import split_sentences

# Our own sentences, written for these tests.
TEXT = (
    "Albanese was warmly received by Widodo in Jakarta on Monday. "
    "Officials said the talks went well. "
    "Crowds were out by the road. The guests were hosted at a dinner."
)


def test_may_match_in_is_may_match_on_the_slice() -> None:
    low = TEXT.lower()
    needed = (("received", "welcomed", "hosted"), ("by",))
    spans = [(0, len(low)), (0, 20), (61, 96), (97, 125), (20, 40), (5, 5)]
    for start, end in spans:
        assert may_match_in(needed, low, start, end) == may_match(needed, low[start:end])
    # a word cut by the span's end is not in the span
    assert not may_match_in((("received",),), low, 0, low.index("received") + 4)


def test_unguarded_patterns_skip_sentences_without_their_words() -> None:
    """The text holds the words of the "X was received by" pattern, but only its first sentence
    holds all of them: the per-sentence search finds what a search of each sentence alone finds."""
    sentences = split_sentences(TEXT, None)
    assert len(sentences) == 4
    by_sentence = trig_mod.find_triggers_by_sentence(TEXT, sentences)
    alone = [trig_mod.find_triggers(TEXT, s, e) for s, e in sentences]
    assert [[(t.start, t.end, t.event_type) for t in ts] for ts in by_sentence] == [
        [(t.start, t.end, t.event_type) for t in ts] for ts in alone
    ]
    assert by_sentence[0][0].text == "Albanese was warmly received by"
    assert by_sentence[2] == []  # "were ... by" without "received", "welcomed" or "hosted"


def test_sentence_has_cue_reads_the_sentence_cut_out() -> None:
    """The cue is searched in the sentence alone: a lookbehind at its first character does not
    see the text before it (as `regex.search(text[start:end])` always did)."""
    regex = re.compile(r"(?<![\w'’])sources said", re.IGNORECASE)
    text = "xSources said the envoy left."
    start, end = 1, len(text)
    assert regex.search(text, start, end) is None  # what a search with offsets would say
    status_mod._evidentiality_last = None
    assert status_mod.sentence_has_cue(text, start, end, 0, regex) is True
    # asked again for the same sentence: the kept answer
    assert status_mod.sentence_has_cue(text, start, end, 0, re.compile("never")) is True
    # another sentence: asked afresh
    assert status_mod.sentence_has_cue(text, 0, 6, 0, regex) is False
    assert status_mod.sentence_has_cue(text, 0, 6, 2, re.compile("Sour")) is True


def test_mentions_inside_is_the_plain_filter() -> None:
    def mention(start: int, end: int) -> Mention:
        return Mention(start, end, "x" * (end - start), "person", f"m{start}-{end}")

    ents = sorted(
        [mention(0, 5), mention(3, 12), mention(10, 14), mention(10, 30), mention(20, 25), mention(25, 25)],
        key=lambda m: (m.start, -m.end),
    )
    starts = [m.start for m in ents]
    for start, end in [(0, 30), (3, 14), (10, 25), (11, 24), (25, 25), (0, 0), (26, 40)]:
        plain = [m for m in ents if start <= m.start and m.end <= end]
        assert mentions_inside(ents, starts, start, end) == plain


def test_an_unguarded_pattern_runs_only_in_sentences_with_its_words(monkeypatch) -> None:
    """The "X was received by" pattern (no leading words to guard it) is tried in the one
    sentence holding "was"/"were", a reception verb and "by", not in every sentence of a text
    that holds them somewhere."""
    pairs = trig_mod._pattern_list()
    unguarded, _ = trig_mod._pairs_of_guarded()
    k = next(i for i in sorted(unguarded) if "received|welcomed|hosted" in pairs[i][1].pattern)
    calls: list[tuple[int, int]] = []

    class Spy:
        def __init__(self, regex: re.Pattern[str]) -> None:
            self.regex = regex
            self.pattern = regex.pattern

        def finditer(self, text: str, start: int, end: int):  # noqa: ANN201
            calls.append((start, end))
            return self.regex.finditer(text, start, end)

    entry, regex = pairs[k]
    spied = pairs[:k] + ((entry, Spy(regex)),) + pairs[k + 1 :]
    monkeypatch.setattr(trig_mod, "_pattern_list", lambda: spied)
    sentences = split_sentences(TEXT, None)
    found = trig_mod.find_triggers_by_sentence(TEXT, sentences)
    assert calls == [sentences[0]]
    assert found[0][0].text == "Albanese was warmly received by"


def test_lowered_text_only_where_lower_case_words_match_as_ignorecase_does() -> None:
    from pipeline.events.lexicon import lowered_text

    assert lowered_text("The TALKS in Geneva") == "the talks in geneva"
    assert lowered_text("The talkſ in Geneva") is None  # the long s: IGNORECASE reads it as "s"
    assert lowered_text("The tal\u212as in Geneva") is None  # the Kelvin sign: a "k" to IGNORECASE


def test_later_mention_search_runs_only_when_its_noun_is_there(monkeypatch) -> None:
    """_dated_by_later_mention needs "during the call/meeting/talks on ...": a text without any
    of the three nouns is not searched at all; a text with one (any case) is, as before."""
    from pipeline.events import extract as ex

    searched: list[str] = []

    class Spy:
        def finditer(self, text: str):  # noqa: ANN201
            searched.append(text)
            return iter(())

    monkeypatch.setattr(ex, "_LATER_OCCASION", Spy())
    without = "The ministers spoke by telephone on Monday and agreed to stay in touch."
    assert ex._dated_by_later_mention(without, [], [], None) == []
    assert searched == []
    with_noun = "She thanked him during the CALL on Friday."
    ex._dated_by_later_mention(with_noun, [], [], None)
    assert searched == [with_noun]
    odd = "She thanked him during the calſ on Friday."  # no lower-cased view: searched as before
    ex._dated_by_later_mention(odd, [], [], None)
    assert searched == [with_noun, odd]
