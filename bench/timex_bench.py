"""Benchmark the time-expression tagger on TempEval-3 folders (issue #3).

    python bench/timex_bench.py [GOLD_DIR ...] [--no-baseline] [--errors DIR] [--out DIR]

Default folders: te3-platinum and TBAQ-cleaned/TimeBank under ../shared/bench/tempeval3.
For each folder: the scorer's `dump-text` writes the exact TEXT content; our tagger runs over
every document (only the tagging is timed, plus a whole-run figure that includes reading
files and writing JSONL); `timex_score.py score --json` scores it; the naive dateparser
baseline (../shared/bench/baselines/run_dateparser.py) runs in the same process for the speed
ratio, and HeidelTime's recorded speed comes from results/heideltime-<split>.jsonl.timing.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.timex import find_time_expressions  # noqa: E402

SHARED_BENCH = ROOT / ".." / "shared" / "bench"
SCORER = SHARED_BENCH / "timex_score.py"
BASELINE = SHARED_BENCH / "baselines" / "run_dateparser.py"
RESULTS = SHARED_BENCH / "results"
DEFAULT_DIRS = (
    SHARED_BENCH / "tempeval3" / "te3-platinum",
    SHARED_BENCH / "tempeval3" / "TBAQ-cleaned" / "TimeBank",
)
HEIDELTIME_DOCS_PER_S = 1.25  # results/README.md (te3-platinum); per-split timing files override it


def read_dump(text_dir: Path) -> tuple[dict[str, str], dict[str, date]]:
    """Texts and DCTs as written by `timex_score.py dump-text`."""
    texts, dcts = {}, {}
    with open(text_dir / "dct.tsv", encoding="utf-8") as f:
        f.readline()
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            doc, value, _typ = line.split("\t")
            dcts[doc] = date.fromisoformat(value[:10])
            with open(text_dir / f"{doc}.txt", encoding="utf-8", newline="") as tf:
                texts[doc] = tf.read()
    return texts, dcts


WARM_UP = (
    "On Monday, 1 May 2020, at 9 a.m., the minister said that two days ago, last week and early "
    "this year talks were held; next month, in the third quarter, by mid-March, this weekend, "
    "every year since the 1990s and for three years now. Late on Tuesday, a day earlier, the "
    "previous summer, 2019-04-03, tonight, the coming decades, fiscal 1998, a "
    "year ago, hours later, the past 12 months, recently, currently, the day before."
)


def run_ours(texts: dict[str, str], dcts: dict[str, date], out: Path) -> dict:
    t_all = time.perf_counter()
    t0 = time.perf_counter()
    # One-off costs: read the lexicon and compile the patterns, which compile on first use; the
    # warm-up text holds each kind of expression once so those costs are not counted as tagging.
    find_time_expressions(WARM_UP, date(2020, 5, 1))
    warmup = time.perf_counter() - t0
    tagging = 0.0
    rows = []
    for doc in sorted(texts):
        t0 = time.perf_counter()
        found = find_time_expressions(texts[doc], dcts[doc], ranges=False)  # TimeML end points
        tagging += time.perf_counter() - t0
        rows.extend(
            {"doc": doc, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
            for t in found
        )
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    whole = time.perf_counter() - t_all
    n = len(texts)
    return {
        "docs": n,
        "tagging_s": tagging,
        "warmup_s": warmup,
        "whole_s": whole,
        "docs_per_s": n / tagging if tagging else 0.0,
        "docs_per_s_whole": n / whole if whole else 0.0,
    }


def score(gold_dir: Path, system: Path, errors: Path | None = None) -> dict:
    cmd = [sys.executable, str(SCORER), "score", str(gold_dir), str(system), "--json"]
    if errors:
        cmd += ["--errors", str(errors)]
    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def run_baseline(text_dir: Path, out: Path) -> float:
    subprocess.run(
        [sys.executable, str(BASELINE), str(text_dir), str(out), "--prefer", "current_period"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads((Path(str(out) + ".timing.json")).read_text())["docs_per_s"]


def heideltime_speed(split: str) -> float:
    p = RESULTS / f"heideltime-{split}.jsonl.timing.json"
    if p.exists():
        return float(json.loads(p.read_text())["docs_per_s"])
    return HEIDELTIME_DOCS_PER_S


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold_dirs", nargs="*", type=Path)
    ap.add_argument("--no-baseline", action="store_true", help="skip the slow dateparser baseline")
    ap.add_argument("--errors", type=Path, help="write the scorer's per-expression error files here")
    ap.add_argument("--out", type=Path, help="keep our system JSONL (ours-<split>.jsonl) in this folder")
    a = ap.parse_args(argv)
    if not SCORER.exists():
        print(
            f"The benchmark needs ../shared/bench (looked for {SCORER.resolve()}); it is not here.",
            file=sys.stderr,
        )
        return 2
    dirs = a.gold_dirs or [d for d in DEFAULT_DIRS if d.exists()]
    missing = [d for d in dirs if not d.exists()]
    if missing or not dirs:
        print(
            f"Gold folder not found: {', '.join(map(str, missing)) or 'none of the defaults'}",
            file=sys.stderr,
        )
        return 2
    head = f"{'split':<14} {'system':<22} {'value F1':>8} {'strict':>7} {'relaxed':>7} {'type F1':>7} {'docs/s':>9} {'x dateparser':>12} {'x HeidelTime':>12}"
    lines = [head, "-" * len(head)]
    with tempfile.TemporaryDirectory() as tmp:
        for gold in dirs:
            split = gold.resolve().name
            tdir = Path(tmp) / split
            subprocess.run(
                [sys.executable, str(SCORER), "dump-text", str(gold), str(tdir)],
                check=True,
                capture_output=True,
            )
            texts, dcts = read_dump(tdir)
            sys_dir = a.out or Path(tmp)
            sys_dir.mkdir(parents=True, exist_ok=True)
            ours = run_ours(texts, dcts, sys_dir / f"ours-{split}.jsonl")
            err = (a.errors / f"errors-{split}.jsonl") if a.errors else None
            if err:
                a.errors.mkdir(parents=True, exist_ok=True)
            sc = score(gold, sys_dir / f"ours-{split}.jsonl", err)
            ht = heideltime_speed(split)
            dp = None
            if not a.no_baseline:
                dp_out = Path(tmp) / f"dateparser-{split}.jsonl"
                dp = run_baseline(tdir, dp_out)
                dsc = score(gold, dp_out)
            ratio_dp = f"{ours['docs_per_s'] / dp:.0f}x" if dp else "-"
            lines.append(
                f"{split:<14} {'ours (pipeline.timex)':<22} {sc['value']['f1']:>8.3f} {sc['strict']['f1']:>7.3f} "
                f"{sc['relaxed']['f1']:>7.3f} {sc['type']['f1']:>7.3f} {ours['docs_per_s']:>9.1f} {ratio_dp:>12} "
                f"{ours['docs_per_s'] / ht:>11.0f}x"
            )
            if dp:
                lines.append(
                    f"{split:<14} {'dateparser (naive)':<22} {dsc['value']['f1']:>8.3f} {dsc['strict']['f1']:>7.3f} "
                    f"{dsc['relaxed']['f1']:>7.3f} {dsc['type']['f1']:>7.3f} {dp:>9.1f} {'1x':>12} {dp / ht:>11.1f}x"
                )
            lines.append(
                f"{split:<14} {'HeidelTime (recorded)':<22} {'':>8} {'':>7} {'':>7} {'':>7} {ht:>9.2f}"
            )
            lines.append(
                f"{'':<14} ({ours['docs']} docs; one-off warm-up {ours['warmup_s'] * 1000:.0f} ms, excluded from docs/s; "
                f"whole run incl. warm-up and I/O {ours['docs_per_s_whole']:.1f} docs/s; "
                f"gold {sc['gold']}, ours {sc['system']})"
            )
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
