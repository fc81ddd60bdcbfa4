#!/usr/bin/env python3
"""Where event-row recall is lost (issue #4): detection, type, date or party.

The evaluators' matching rule (bench/demo_timeline_eval.py) asks four things of a row for an
expected event: the same article, the same type, a compatible date, a named party. This script
scores the same rows again with one condition dropped at a time (and all three but the article),
so the gain says how much recall that condition costs: a large gain for "any date" means dating
is the bottleneck; a small gain for all three means rows are missing altogether (detection).
Totals only, so it may run on a test set without showing what it missed.

Run:  .venv/bin/python bench/recall_breakdown.py --folder tests/fixtures/webcopy2
      .venv/bin/python bench/recall_breakdown.py --corpus ARTICLES.csv --expected EXPECTED.csv
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import demo_timeline_eval as demo  # noqa: E402 - the sibling script, found through sys.path
import webcopy_eval  # noqa: E402

RELAXED = ("type", "date", "party")


def _relaxed_matches(drop: frozenset[str], strict):  # noqa: ANN001, ANN202 - the evaluator's matches()
    """The evaluator's rule with the conditions in `drop` lifted; `strict` is the unpatched rule
    (read once by the caller: demo.matches is patched while the variants run, and reading it here
    chained each variant onto the one before, so the rows were cumulative)."""

    def matches(ev, x, vocab, countries, gatherings=False):  # noqa: ANN001, ANN202
        if "type" in drop:
            ev = dict(ev, event_type=x.event_type)
        if "date" in drop:
            x = replace(x, start=None, end=None)
        if "party" in drop:
            vocab, ev = set(), dict(ev, actors=ev["actors"] or ["x"])
        return strict(ev, x, vocab, countries, gatherings)

    return matches


def breakdown(events: list[dict], expected: list[demo.Expected]) -> list[tuple[str, float, float]]:
    """(condition dropped, one-to-one recall, dated one-to-one recall) rows, strict first."""
    strict = demo.matches
    variants = [frozenset()] + [frozenset({c}) for c in RELAXED] + [frozenset(RELAXED)]
    rows = []
    try:
        for drop in variants:
            demo.matches = _relaxed_matches(drop, strict)
            # the dated figure keeps its date condition unless the date is the one dropped
            result = demo.evaluate(events, expected)
            rows.append(
                (
                    "+".join(sorted(drop)) or "none (strict)",
                    result["one_to_one_recall"],
                    result["dated_one_to_one_recall"],
                )
            )
    finally:
        demo.matches = strict
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", type=Path, help="a web-copy folder (files + expected.csv)")
    parser.add_argument("--corpus", type=Path, default=demo.CORPUS)
    parser.add_argument("--expected", type=Path, default=demo.README)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.folder:
            corpus, expected_path = webcopy_eval.pack(args.folder.resolve(), Path(tmp))
        else:
            corpus, expected_path = args.corpus.resolve(), args.expected
        events, expected = demo.run_extractor(corpus), demo.read_expected(expected_path)
    print(f"output events {len(events)}, expected {len(expected)}")
    print("| condition dropped | one-to-one recall | dated one-to-one recall |")
    print("| --- | ---: | ---: |")
    for name, recall, dated in breakdown(events, expected):
        print(f"| {name} | {recall:.3f} | {dated:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
