"""Speed-ups of the time-expression triggers (issue #6) must find exactly what finditer finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.timex.patterns import _unbounded, compiled_patterns, trigger_spans

_BITS = [
    "day", "days", "someday", "holiday", "of", "since", "in", "1400", "11400", "1999", "x1200", "_1300",
    "ahead", "go-ahead", "aheads", "1", "4", "0", "a", "²", "é", " ", "  ", "\n", "-", ".", "_",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BITS), max_size=40))
def test_triggers_opening_with_a_boundary_found_as_finditer_finds_them(bits: list[str]) -> None:
    text = "".join(bits)
    for source in (r"\b1[0-4]\d\d\b", r"\bday\s+(?:of|since|in)\b", r"\bahead\b", r"\bd\w*"):
        for flags in (0, re.I):
            rx = re.compile(source, flags)
            assert _unbounded(rx) is not None
            assert trigger_spans(rx, text) == [m.span() for m in rx.finditer(text)], source


def test_only_a_plain_boundary_and_letter_is_dropped() -> None:
    for source in (r"\bahead|behind", r"\b[ab]c", r"\b-x", r"\b\d+", r"x\b", r"\b(?:a|b)c"):
        assert _unbounded(re.compile(source)) is None, source
    assert _unbounded(re.compile(r"\bday", re.ASCII)) is None


def test_every_timex_trigger_agrees_with_finditer() -> None:
    text = (
        "In 1410, a day of talks; someday in 1999 the 1300s holiday in May. Years ahead, the go-ahead "
        "came 11400 days since it began, at 10 a.m. on the 3rd, twice a year, 2 weeks ago, 1990s."
    )
    for pat in compiled_patterns():
        for trigger, t in ((pat.trigger, text), (pat.lower_trigger, text.lower())):
            if trigger is not None:
                assert trigger_spans(trigger, t) == [m.span() for m in trigger.finditer(t)], trigger.pattern
