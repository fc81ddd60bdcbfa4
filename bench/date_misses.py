#!/usr/bin/env python3
"""Expected events a row matches except for its date (issue #4): what the dating got wrong.

recall_breakdown.py says how much one-to-one recall the date condition costs, in totals. This
script lists those pairs: for every expected event left unpaired by the strict one-to-one
matching (bench/demo_timeline_eval.py) that a row would pair with once the date is dropped, it
prints the expected date, the row's date, date_text, date_basis and the row's sentence in the
expected event's article, so the misses can be sorted by reason (another clause's date, the
publication date where the text dates it elsewhere, granularity, planned events, background).
Rows the strict matching pairs with another expected event are left out unless --keep-paired
(most of those are one row standing for two events, not a dating fault). Dates shown are the
merged event's (dedupe), with the mention's own trigger and sentence.

Dev sets only: the listing prints article text (never run it on a test set).

Run:  .venv/bin/python bench/date_misses.py --folder tests/fixtures/webcopy2
      .venv/bin/python bench/date_misses.py --corpus ARTICLES.csv --expected EXPECTED.csv [--keep-paired]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import demo_timeline_eval as demo  # noqa: E402 - the sibling script, found through sys.path
import webcopy_eval  # noqa: E402


def _events_with_mentions(corpus: Path) -> list[dict]:
    """demo.run_extractor's events, each with its mentions kept: (title, dict) per mention row."""
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", str(corpus), "--format", "jsonl", "--mentions"],
        cwd=demo.ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    events: dict[str, dict] = {}
    for line in proc.stdout.splitlines():
        row = json.loads(line)
        ev = events.setdefault(row["event_id"], {**row, "titles": set(), "_mentions": []})
        ev["titles"].add(row["article_title"])
        ev["_mentions"].append(row)
    return list(events.values())


def _strict_owner(
    events: list[dict], expected: list[demo.Expected], vocab: set[str], countries: dict[str, set[str]]
) -> dict[tuple[int, str], int]:
    """The strict per-article one-to-one matching: (row index, article title) -> expected index."""
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
    return owner


def date_misses(
    events: list[dict], expected: list[demo.Expected], keep_paired: bool = False
) -> list[tuple[demo.Expected, list[dict]]]:
    """(expected event, rows matching it but for the date) for each strict-unpaired expected event.

    Rows the strict matching already pairs with another expected event of the article are left
    out: re-dating them would lose that pair (they are "one row for two expected", not a date)."""
    vocab, countries = demo._who_vocabulary(), demo._country_words()
    owner = _strict_owner(events, expected, vocab, countries)
    paired = set(owner.values())
    out = []
    for i, x in enumerate(expected):
        if i in paired or x.start is None:
            continue
        loose = replace(x, start=None, end=None)
        rows = [
            ev
            for j, ev in enumerate(events)
            if (keep_paired or (j, x.title) not in owner) and demo.matches(ev, loose, vocab, countries)
        ]
        if rows:
            out.append((x, rows))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", type=Path, help="a web-copy folder (files + expected.csv)")
    parser.add_argument("--corpus", type=Path, default=demo.CORPUS)
    parser.add_argument("--expected", type=Path, default=demo.README)
    parser.add_argument("--keep-paired", action="store_true", help="also list rows paired elsewhere")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.folder:
            corpus, expected_path = webcopy_eval.pack(args.folder.resolve(), Path(tmp))
        else:
            corpus, expected_path = args.corpus.resolve(), args.expected
        events, expected = _events_with_mentions(corpus), demo.read_expected(expected_path)
    misses = date_misses(events, expected, args.keep_paired)
    print(f"{len(misses)} expected events matched but for the date")
    for x, rows in misses:
        want = x.start.isoformat() if x.start == x.end else f"{x.start}/{x.end}"
        print(f"\n== {x.title} (pub {x.published}) {x.event_type} want {want}: {x.what}")
        for ev in rows:
            for m in ev["_mentions"]:
                if m["article_title"] != x.title:
                    continue
                got = (
                    m["date_start"]
                    if m["date_start"] == m["date_end"]
                    else f"{m['date_start']}/{m['date_end']}"
                )
                print(
                    f"   row {got} [{m['date_basis']}:{m['date_text']!r}] {m['status']} {m['actors']}"
                    f" trig={m['trigger']!r}\n      {m['evidence'][:300]}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
