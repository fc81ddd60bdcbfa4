"""The split fast triggers (issue #6): digit regex plus str.find of the words must give exactly
the spans finditer gives, and hand over to finditer where the two kinds would overlap."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.timex.patterns import SPLIT_TRIGGERS, _split_spans, trigger_spans

_BITS = (
    "ties parties ties- ties_ tiesx 1990s 90s '90s 0’s twenty twentieth nineteen thousand centuries "
    "noon afternoon midnight midday o'clock o’clock 10 3:30 4 p.m. 7am 5 in the 1200 gmt hours fy99 2015"
).split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_BITS), st.sampled_from(["", " ", "-", "\n", "."])), max_size=30))
def test_split_triggers_find_what_finditer_finds(bits: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in bits)
    for fast in SPLIT_TRIGGERS:
        rx = re.compile(fast)
        assert trigger_spans(rx, text) == [m.span() for m in rx.finditer(text)]


def test_a_word_after_a_word_character_or_inside_another() -> None:
    fast = next(iter(SPLIT_TRIGGERS))
    rx = re.compile(fast)
    text = "the parties of the twenties; ties_x, twentythousand and 1990s-era ties."
    assert trigger_spans(rx, text) == [m.span() for m in rx.finditer(text)]


def test_overlapping_kinds_are_left_to_finditer() -> None:
    digit = re.compile(r"\d+x?")
    assert _split_spans(digit, (("xy", False),), "12xy") is None  # "12x" and "xy" overlap
    assert _split_spans(digit, (("xy", False),), "12 xy") == [(0, 2), (3, 5)]


_DIGIT_BITS = "1998 98 0 7 1999-08 12/31/99 3.5 5th 21st fy99 1990s 0's - / . a th st x ٣ ² ".split(" ")


def test_which_regexes_open_with_a_digit() -> None:
    from pipeline.timex.patterns import opens_with_digit

    for source in (r"\d\d\d\d[-/][01]\d", r"\d(?:st|nd|rd|th)\b", r"(?:\d+|1x)y", r"7\d|\d8", r"[\d]x"):
        assert opens_with_digit(re.compile(source)), source
    for source in (r"(?<!\d)\d\d", r"\d?x", r"\w\d", r"the\s+\d", r"\d|x", r"[0-9]", r"\d*x"):
        assert not opens_with_digit(re.compile(source)), source


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_DIGIT_BITS), st.sampled_from(["", " ", "-", "\n"])), max_size=30))
def test_digit_led_regexes_tried_at_the_digits_only(bits: list[tuple[str, str]]) -> None:
    from pipeline.timex.patterns import digit_led_spans, found

    text = "".join(word + gap for word, gap in bits)
    for source in (
        r"\d\d\d\d[-/][01]\d",
        r"\d[/.]\d\d?[/.]\d\d",
        r"\d(?:st|nd|rd|th)\b",
        r"\d(?<!\d\d)\d*s?",
    ):
        rx = re.compile(source)
        spans = digit_led_spans(rx, text)
        if text.isascii():
            assert spans == [m.span() for m in rx.finditer(text)], source
        else:
            assert spans is None  # "٣" is a digit to \d: the regex runs as written
        assert found(rx, text, True) == (rx.search(text) is not None)


_REF_BITS = (
    "now right known snow at present the presently presentation these days this time at the moment "
    "so far recently lately in the past formerly near future future a later date near term short-term "
    "soon as soon after current recent x The NOW Current every each per percent once twice two times "
    "a week daily Monday other"
).split(" ")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_REF_BITS), st.sampled_from([" ", "  ", "\n", ", ", "-"])), max_size=40
    )
)
def test_windowed_patterns_match_as_over_the_whole_text(bits: list[tuple[str, str]]) -> None:
    """A trigger only narrows where a pattern runs: its matches are those over the whole text."""
    from pipeline.timex import _matches
    from pipeline.timex.patterns import compiled_patterns, windows

    text = "".join(word + gap for word, gap in bits)
    low = text.lower()
    for pat in compiled_patterns():
        if pat.name not in ("ref", "duration", "year", "time", "ordday", "set"):
            continue
        whole = [m.span() for m in pat.regex.finditer(text)]
        trigger = pat.lower_trigger if pat.lower_trigger is not None else pat.trigger
        spans = windows(trigger, low if pat.lower_trigger is not None else text)
        found = [m.span() for a, b in spans for m in _matches(pat.regex, pat.lower_regex, text, low, a, b)]
        assert found == whole, pat.name


def test_which_regexes_open_with_literals() -> None:
    from pipeline.timex.patterns import leading_literals

    assert leading_literals(re.compile(r"(?:day|week)s?\s+ago")) == ("day", "week")
    assert leading_literals(re.compile(r"[-–]\s*x|ab")) == ("-", "–", "ab")
    assert leading_literals(re.compile(r"\b(?:per|each)\b")) == ("per", "each")  # "\b" is checked by match
    for source in (r"year-(?:earlier|ago)", r"(?:day|w)\s", r"(?:day|\w)", r"\w|day", r"[a-]x|yz"):
        assert leading_literals(re.compile(source)) is None, source
    assert leading_literals(re.compile(r"day|week", re.I)) is None  # str.find minds case


_UNIT_BITS = (
    "day days today holiday week weeks fortnight month quarter year years-long decade century "
    "centuries ago earlier later from now or so back hence - – x so far also per percent every each "
    "reached times sometimes twice daily biweekly"
).split(" ")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_UNIT_BITS), st.sampled_from(["", " ", "  ", "-", "\n"])), max_size=30)
)
def test_literal_led_triggers_found_as_finditer_finds_them(bits: list[tuple[str, str]]) -> None:
    from pipeline.timex.patterns import compiled_patterns, literal_led_spans

    text = "".join(word + gap for word, gap in bits)
    for pat in compiled_patterns():
        if pat.name in ("ago", "ref", "monthspan", "set"):
            rx = pat.lower_trigger
            assert literal_led_spans(rx, text) == [m.span() for m in rx.finditer(text)], pat.name
            assert trigger_spans(rx, text) == [m.span() for m in rx.finditer(text)], pat.name
