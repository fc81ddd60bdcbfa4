"""Score the time-expression tagger on the modern-news development set (issue #3).

    python bench/timex_dev_eval.py [DEV.jsonl | --gold DEV.jsonl | --folder DIR] [--quiet]

Default set: tests/golden/timex_dev/dev.jsonl. `--folder tests/golden/timex_dev2` scores the
second set (DIR/dev.jsonl), written later and scored before any rule was fixed on it.

TBAQ-cleaned is 1989-2000 news; wire copy of the 2010s-2020s leans on kinds it rarely has
("Tuesday night", "this weekend", "overnight", "the past 12 months", "mid-2024", "fiscal 2022",
"24/02/2023"), so tests/golden/timex_dev/dev.jsonl holds sentences written for this project,
each with its DCT and hand-written gold that follows TimeML as TBAQ-cleaned applies it (where
TBAQ is split, its majority: "recent weeks" and "the coming months" are vague DURATIONs,
"Tuesday night" is TIME ...TNI, "the 1990s" is 199, weekdays take the tense of their clause).

Scoring copies ../shared/bench/timex_score.py's TempEval-3 rules so that the figures read the
same way: a gold and a system expression pair when their spans are identical (strict) or
overlap (relaxed, one-to-one, largest overlap first); value is right when the paired values
are equal ignoring case. The tagger runs with `ranges=False`, the TimeML reading.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.timex import find_time_expressions  # noqa: E402

DEV_SET = ROOT / "tests" / "golden" / "timex_dev" / "dev.jsonl"


@dataclass(frozen=True)
class Span:
    """One expression of one sentence (gold or tagger output)."""

    start: int
    end: int
    text: str
    type: str
    value: str


def load_dev(path: Path = DEV_SET) -> list[tuple[str, date, list[Span]]]:
    """Sentences with their DCT and gold spans; a gold text is found left to right, so a text
    that occurs twice ("Saturday ... Saturday") is listed twice, in order."""
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            obj = json.loads(line)
            text, pos, gold = obj["text"], 0, []
            for t in obj["timexes"]:
                s = text.find(t["text"], pos)
                if s < 0:
                    raise ValueError(f"{path}:{n}: {t['text']!r} not in its sentence after offset {pos}")
                gold.append(Span(s, s + len(t["text"]), t["text"], t["type"], t["value"]))
                pos = s + len(t["text"])
            items.append((text, date.fromisoformat(obj["dct"]), gold))
    return items


def pair(gold: list[Span], system: list[Span]) -> dict[int, int]:
    """Gold index -> system index: identical spans first, then the largest overlaps
    (the scorer uses augmenting paths; in one sentence greedy gives the same pairs)."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            if j not in used and (s.start, s.end) == (g.start, g.end):
                pairs[i] = j
                used.add(j)
                break
    overlaps = sorted(
        (-(min(g.end, s.end) - max(g.start, s.start)), i, j)
        for i, g in enumerate(gold)
        if i not in pairs
        for j, s in enumerate(system)
        if j not in used and min(g.end, s.end) > max(g.start, s.start)
    )
    for _, i, j in overlaps:
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def _prf(correct: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def evaluate(path: Path = DEV_SET) -> dict:
    """Strict/relaxed extent P/R/F1, value F1 and accuracy, and every miss, on the dev set."""
    n_gold = n_sys = strict = relaxed = value_ok = 0
    misses: list[str] = []
    for text, dct, gold in load_dev(path):
        system = [
            Span(t.start, t.end, t.text, t.type, t.value)
            for t in find_time_expressions(text, dct, ranges=False)
        ]
        n_gold += len(gold)
        n_sys += len(system)
        pairs = pair(gold, system)
        for i, g in enumerate(gold):
            j = pairs.get(i)
            if j is None:
                misses.append(f"MISSED   {g.text!r} {g.type} {g.value}  | {dct} {text}")
                continue
            s = system[j]
            relaxed += 1
            strict += (s.start, s.end) == (g.start, g.end)
            ok = s.value.strip().upper() == g.value.strip().upper()
            value_ok += ok
            if (s.start, s.end) != (g.start, g.end) or not ok:
                misses.append(
                    f"{'EXTENT' if ok else 'VALUE':<8} {g.text!r} {g.value} -> {s.text!r} {s.value}  | {dct} {text}"
                )
        for j, s in enumerate(system):
            if j not in pairs.values():
                misses.append(f"SPURIOUS {s.text!r} {s.type} {s.value}  | {dct} {text}")
    return {
        "gold": n_gold,
        "system": n_sys,
        "strict": _prf(strict, n_sys, n_gold),
        "relaxed": _prf(relaxed, n_sys, n_gold),
        "value": _prf(value_ok, n_sys, n_gold),
        "value_accuracy": value_ok / relaxed if relaxed else 0.0,
        "misses": misses,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dev", nargs="?", type=Path, default=None)
    ap.add_argument("--gold", type=Path, help="a gold JSONL file (same as the positional argument)")
    ap.add_argument("--folder", type=Path, help="a gold folder holding dev.jsonl")
    ap.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    args = ap.parse_args()
    chosen = [p for p in (args.dev, args.gold, args.folder and args.folder / "dev.jsonl") if p]
    if len(chosen) > 1:
        ap.error("give one gold set: a path, --gold or --folder")
    res = evaluate(chosen[0] if chosen else DEV_SET)
    if not args.quiet:
        for line in res["misses"]:
            print(line)
        print()
    print(f"gold {res['gold']}, ours {res['system']}")
    for k in ("strict", "relaxed", "value"):
        r = res[k]
        print(f"{k:<8} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}")
    print(f"value accuracy on relaxed matches: {res['value_accuracy']:.3f}")


if __name__ == "__main__":
    main()
