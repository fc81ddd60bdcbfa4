#!/usr/bin/env python3
"""Why each missed expected event of a dev set has no row (issue #4): the stage that lost it.

recall_breakdown.py says how much recall each matching condition costs, in totals. This script
reads the misses one by one: for every expected event left unpaired by the one-to-one matching
(bench/demo_timeline_eval.py), it looks at the article's sentences that name the event's party
and says where the row was lost:

  no trigger              no trigger of any type fires in those sentences
  no trigger of the type  triggers fire there, none of the expected type (nor a fitting row)
  sense-filtered          a trigger form of the expected type matched but its sense filter said no
  typed otherwise         a row with the party and the expected date exists, but of another type
  dropped: WHY            a trigger of the type fired; extract_events skipped it at a `continue`
                          (WHY names the condition: no doer found, speaker not a state actor...)
  one per type            it was a candidate, but another trigger of its type in the sentence won
  post filter: NAME       its row was written and removed by that function at the end
  date                    a row of the type with the party exists, its date does not fit
  party                   a row of the type exists in those sentences, without the party named
  merged away             the mention matched, its merged event (dedupe) no longer does
  one row for two expected  the only fitting row was paired with another expected event

Dev sets only: the listing prints what was missed (never run it on a test set).

Run:  .venv/bin/python bench/recall_misses.py --folder tests/fixtures/webcopy2 [--verbose]
      .venv/bin/python bench/recall_misses.py --corpus ARTICLES.csv --expected EXPECTED.csv
"""

from __future__ import annotations

import argparse
import inspect
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import demo_timeline_eval as demo  # noqa: E402 - the sibling script, found through sys.path
import webcopy_eval  # noqa: E402

from pipeline import process  # noqa: E402
from pipeline.events import context  # noqa: E402
from pipeline.events import extract as ex  # noqa: E402
from pipeline.events.lexicon import trigger_regex  # noqa: E402
from pipeline.events.sentences import split_sentences  # noqa: E402
from pipeline.events.triggers import _entry_for, find_triggers_by_sentence  # noqa: E402

POST_FILTERS = (
    "_dated_by_later_mention",
    "_headline_visit_dated_by_lead",
    "_announced_trip_days",
    "_without_talks_naming_the_summit",
    "_without_lonely_background",
    "_without_redundant_sayings",
)


def _drop_lines() -> tuple[set[int], int, int]:
    """Line numbers of the `continue`s of extract_events' two trigger loops (candidates, rows),
    and the lines where a trigger becomes a candidate and a row."""
    lines, first = inspect.getsourcelines(ex.extract_events)
    drops, appended, written, in_loop = set(), 0, 0, False
    for k, line in enumerate(lines):
        no = first + k
        s = line.strip()
        if s.startswith("for trig in triggers:") or s.startswith(
            "for i, (trig, linked, who) in enumerate(candidates):"
        ):
            in_loop = True
        if in_loop and s.startswith("continue"):
            drops.add(no)
        if s.startswith("candidates.append((trig, linked, who))"):
            appended, in_loop = no, False
        if s.startswith("events.append("):
            written, in_loop = no, False
        if s.startswith("if not candidates:") or s.startswith("statement_choice: DateChoice"):
            in_loop = s.startswith("statement_choice")
    return drops, appended, written


# What a `continue` of extract_events is about, from words of the condition just before it
# (first hit wins); other drops show their line's comment or condition.
_DROP_NAMES = (
    ("quote in passing", "restated saying (tag of another row)"),
    ("_official_saying", "saying not official"),
    ("needs_state_actor", "speaker not a state actor"),
    ("needs_diplomatic", "no diplomatic party"),
    ("row with no who", "no doer found"),
    ("_APPEAL_CONTENT", "asked for in an appeal"),
    ("_demanded_noun", "demanded noun"),
    ("_LABEL_BEFORE", "label a speaker gives"),
    ("COUNTERFACTUAL", "counterfactual"),
    ("_ANY_BEFORE", "quantified noun"),
    ("leaving and linked", "document left"),
    ("_CONDITION_AFTER", "undated claim inside a saying"),
    ("_document_name", "document cited"),
    ("name_spans", "inside a name"),
)


def _reason_at(lineno: int) -> str:
    """A short name for the `continue` at lineno: its comment, or the condition before it."""
    lines, first = inspect.getsourcelines(ex.extract_events)
    k = lineno - first
    here = lines[k].strip()
    window = "".join(lines[max(0, k - 14) : k + 1])
    # only the statement the continue closes: from the last blank-indented "if" on
    start = max(window.rfind("\n            if "), window.rfind("\n                if "))
    block = window[start:] if start >= 0 else window
    for word, name in _DROP_NAMES:
        if word in block:
            return name
    if "#" in here:
        return here.split("#", 1)[1].strip()[:60]
    code = [ln.strip() for ln in lines[max(0, k - 6) : k] if ln.strip() and not ln.strip().startswith("#")]
    return code[-1][:60] if code else here


class Trace:
    """extract_events of one article with what happened to each trigger, by its start offset."""

    def __init__(self) -> None:
        self.drops, self.appended_line, self.written_line = _drop_lines()
        self.code = ex.extract_events.__code__

    def run(self, article) -> tuple[list, dict[int, str], set[int], set[int], dict[int, str]]:  # noqa: ANN001
        dropped: dict[int, str] = {}
        candidates: set[int] = set()
        written: set[int] = set()
        filtered: dict[int, str] = {}

        def local(frame, event, arg):  # noqa: ANN001, ANN202
            if event == "line":
                trig = frame.f_locals.get("trig")
                if trig is not None:
                    if frame.f_lineno in self.drops:
                        dropped[trig.start] = f"L{frame.f_lineno} {_reason_at(frame.f_lineno)}"
                    elif frame.f_lineno == self.appended_line:
                        candidates.add(trig.start)
                    elif frame.f_lineno == self.written_line:
                        written.add(trig.start)
            return local

        def glob(frame, event, arg):  # noqa: ANN001, ANN202
            return local if frame.f_code is self.code else None

        originals = {name: getattr(ex, name) for name in POST_FILTERS}

        def wrap(name, fn):  # noqa: ANN001, ANN202
            def inner(*a, **k):  # noqa: ANN002, ANN003, ANN202
                before = {e.trigger_start for e in (a[0] if name.startswith("_without") else a[1])}
                out = fn(*a, **k)
                for start in before - {e.trigger_start for e in out}:
                    filtered.setdefault(start, name)
                return out

            return inner

        for name, fn in originals.items():
            setattr(ex, name, wrap(name, fn))
        sys.settrace(glob)
        try:
            events = ex.extract_events(article)
        finally:
            sys.settrace(None)
            for name, fn in originals.items():
                setattr(ex, name, fn)
        return events, dropped, candidates, written, filtered


def _party_words(x: demo.Expected, vocab: set[str]) -> set[str]:
    return {t.lower() for t in demo.TOKEN.findall(x.what) if t[0].isupper() and t.lower() in vocab}


def _mentions_party(sentence: str, words: set[str]) -> bool:
    return not words or bool({t.lower() for t in demo.TOKEN.findall(sentence)} & words)


def _unpaired(events: list[dict], expected: list[demo.Expected], vocab, countries) -> list[int]:  # noqa: ANN001
    """Indices of the expected events the per-article one-to-one matching leaves unpaired."""
    options = [
        [(j, x.title) for j, ev in enumerate(events) if demo.matches(ev, x, vocab, countries)]
        for x in expected
    ]
    owner: dict[tuple[int, str], int] = {}

    def augment(i: int, seen: set) -> bool:
        for unit in options[i]:
            if unit not in seen:
                seen.add(unit)
                if unit not in owner or augment(owner[unit], seen):
                    owner[unit] = i
                    return True
        return False

    for i in range(len(expected)):
        augment(i, set())
    paired = set(owner.values())
    return [i for i in range(len(expected)) if i not in paired]


def diagnose(corpus: Path, expected_path: Path, verbose: bool) -> Counter:
    expected = demo.read_expected(expected_path)
    with open(corpus, "rb") as fh:
        final, mentions, _report = process.extract_articles([(str(corpus), fh)])
    with open(corpus, "rb") as fh:
        articles = [
            a
            for a in process._read([(str(corpus), fh)], published=None, dayfirst=False, mapping=None)
            if hasattr(a, "text")
        ]
    by_id: dict[str, dict] = {}
    for m in mentions:
        ev = next(e for e in final if e.event_id == m.event_id) if m.event_id not in by_id else None
        row = by_id.setdefault(m.event_id, {**ev.to_row(), "titles": set()} if ev else {})
        row["titles"].add(m.article_title)
    events = list(by_id.values())
    vocab, countries = demo._who_vocabulary(), demo._country_words()
    article_of = {a.title: a for a in articles}
    final_of = {(m.article_title, m.trigger_start): by_id[m.event_id] for m in mentions}
    trace = Trace()
    regex, regex_forms = trigger_regex()
    causes: Counter = Counter()
    for i in _unpaired(events, expected, vocab, countries):
        x = expected[i]
        art = article_of.get(x.title)
        if art is None:
            causes["article not read"] += 1
            continue
        text = art.text
        rows, dropped, cands, written, filtered = trace.run(art)
        rows_d = [dict(r.to_row(), titles={x.title}) for r in rows]
        words = _party_words(x, vocab)
        sents = split_sentences(text, context.content_spans(text))
        party = [(s, e) for s, e in sents if _mentions_party(text[s:e], words)]
        trigs = [t for ts in find_triggers_by_sentence(text, party) for t in ts]

        def in_party(r: dict, party: list[tuple[int, int]] = party) -> bool:
            return any(s <= r["trigger_start"] < e for s, e in party)

        same = [t for t in trigs if t.event_type == x.event_type]
        detail = ""
        strict = [r for r in rows_d if demo.matches(r, x, vocab, countries)]
        fin_of = {r["trigger_start"]: final_of.get((x.title, r["trigger_start"])) for r in strict}
        free = [
            r
            for r in strict
            if not (
                fin_of[r["trigger_start"]] and demo.matches(fin_of[r["trigger_start"]], x, vocab, countries)
            )
        ]
        used = {r["trigger_start"] for r in strict}
        typed = [
            r
            for r in rows_d
            if r["event_type"] == x.event_type and in_party(r) and r["trigger_start"] not in used
        ]
        undated_ok = [r for r in typed if demo.matches(r, _undated(x), vocab, countries)]
        other = [
            r
            for r in rows_d
            if r["event_type"] != x.event_type
            and x.start is not None
            and in_party(r)
            and demo.matches(dict(r, event_type=x.event_type), x, vocab, countries)
        ]
        lost = sorted(
            (t for t in same if t.start not in written),
            key=lambda t: -_overlap(x.what, _sentence_of(text, sents, t.start)),
        )
        by_form = regex_forms
        sensed = [
            m.group(0)
            for s, e in party
            for m in regex.finditer(text, s, e)
            if any(
                en.event_type == x.event_type for en in by_form.get(" ".join(m.group(0).lower().split()), [])
            )
            and _entry_for(m.group(0), text[max(s, m.start() - 60) : m.start()], text[m.end() : m.end() + 60])
            is None
        ]
        if free:
            r = free[0]
            fin = fin_of[r["trigger_start"]]
            cause = "merged away"
            detail = f"{r['trigger']!r} -> {fin and (fin['event_type'], fin['date_start'], fin['actors'])}"
        elif undated_ok:
            cause = "date"
            r = undated_ok[0]
            detail = f"{r['trigger']!r} {r['date_start']}/{r['date_end']} ({r['date_text']!r})"
        elif lost:
            t = lost[0]
            if t.start in dropped:
                cause = "dropped: " + dropped[t.start].split(" ", 1)[1]
                detail = f"{t.text!r} {dropped[t.start]}\n      > {_sentence_of(text, sents, t.start)}"
            elif t.start in cands:
                cause = "one per type"
                detail = f"{t.text!r}\n      > {_sentence_of(text, sents, t.start)}"
            else:
                cause = "no candidate (untraced)"
                detail = repr(t.text)
        elif any(t.start in filtered for t in same):
            t = next(t for t in same if t.start in filtered)
            cause = "post filter: " + filtered[t.start]
            detail = repr(t.text)
        elif typed:
            cause = "party"
            r = typed[0]
            detail = f"{r['trigger']!r} actors={r['actors']} countries={r['countries']}"
        elif strict:
            cause = "one row for two expected"
            detail = f"{strict[0]['trigger']!r}"
        elif sensed:
            cause = "sense-filtered"
            detail = repr(sensed[:3])
        elif other:
            cause = "typed otherwise"
            detail = f"{other[0]['trigger']!r} as {other[0]['event_type']}"
        elif trigs:
            cause = "no trigger of the type"
            detail = repr([(t.text, t.event_type) for t in trigs][:4])
        else:
            cause = "no trigger"
            detail = f"{len(party)} party sentences"
        causes[cause] += 1
        if verbose:
            print(
                f"  [{cause}] {x.title[:30]} {x.event_type} {x.start}/{x.end}: {x.what[:70]}\n      {detail}"
            )
    return causes


def _overlap(what: str, sentence: str) -> int:
    """Words (4+ letters) the description shares with a sentence: which trigger it is about."""
    words = {w.lower()[:5] for w in demo.TOKEN.findall(what) if len(w) > 3}
    return len(words & {w.lower()[:5] for w in demo.TOKEN.findall(sentence) if len(w) > 3})


def _sentence_of(text: str, sents: list[tuple[int, int]], at: int) -> str:
    s, e = next(((s, e) for s, e in sents if s <= at < e), (at, at + 200))
    return " ".join(text[s:e].split())[:300]


def _undated(x: demo.Expected) -> demo.Expected:
    from dataclasses import replace

    return replace(x, start=None, end=None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", type=Path, help="a web-copy folder (files + expected.csv)")
    parser.add_argument("--corpus", type=Path, default=demo.CORPUS)
    parser.add_argument("--expected", type=Path, default=demo.README)
    parser.add_argument("--verbose", action="store_true", help="one line per miss")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.folder:
            corpus, expected_path = webcopy_eval.pack(args.folder.resolve(), Path(tmp))
        else:
            corpus, expected_path = args.corpus.resolve(), args.expected
        causes = diagnose(corpus, expected_path, args.verbose)
    print("| cause | misses |")
    print("| --- | ---: |")
    for cause, n in causes.most_common():
        print(f"| {cause} | {n} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
