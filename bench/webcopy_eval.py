#!/usr/bin/env python3
"""Event rows on web-copied articles (issue #4): how the tool does on pages as analysts copy them.

tests/fixtures/webcopy/ (development, 20 articles) and tests/fixtures/webcopy_test/ (test, 10
articles) hold articles in our own words about real 2016-2025 events, laid out the way text
arrives when an analyst copies a news page: menus, bylines, "2 hours ago", captions, share
buttons, agency sign-offs. Each expected.csv (file, published, type, status, date, what) was
written before the extractor ever ran on its folder. Fixes may look at the development set;
the test set is only scored, so its figure estimates how the tool does on pages we never saw.

The files are packed into a temporary articles CSV and scored with the demo evaluator's
matching rule (bench/demo_timeline_eval.py: same article, same type, compatible date, a party
named in the description). It also prints a lenient figure where the gathering types
(meeting, summit, visit, negotiation) match each other, as the merging step treats them, and,
for contrast, the same rows dated the GDELT way, each on its article's publication day.

Further development sets (also written before any run) sit beside it: webcopy2, webcopy5,
webcopy6 and webcopy7 (15 pages, 2021-2025: chronology lists, a live page of expulsions, a
ministry release, a newsletter) and webcopy8 (15 pages, 2018-2023: a readout, a weekly round-up,
a Q&A, an op-ed); webcopy3 and webcopy4 are further test sets.

Run:  .venv/bin/python bench/webcopy_eval.py [--verbose] [--json] [--folder tests/fixtures/webcopy7]
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "fixtures" / "webcopy"
sys.path.insert(0, str(ROOT / "bench"))

import demo_timeline_eval as demo  # noqa: E402 - the sibling script, found through sys.path


def pack(folder: Path, out_dir: Path) -> tuple[Path, Path]:
    """The folder as the evaluator's two CSVs: articles (title = file name) and expected events."""
    with open(folder / "expected.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    published = {r["file"]: r["published"] for r in rows}
    articles, expected = out_dir / "articles.csv", out_dir / "expected.csv"
    with open(articles, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["title", "published", "source", "url", "text"])
        for name, day in published.items():
            text = (folder / name).read_text(encoding="utf-8")
            w.writerow([name, day, "Web copy", f"https://example.org/webcopy/{name}", text])
    with open(expected, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["title", "published", "type", "status", "date", "what"])
        for r in rows:
            w.writerow([r["file"], r["published"], r["type"], r["status"], r["date"], r["what"]])
    return articles, expected


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list misses and unmatched rows")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--folder",
        type=Path,
        default=FOLDER,
        help="articles + expected.csv (default: the development set; tests/fixtures/webcopy_test is the test set)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        articles, expected_csv = pack(args.folder.resolve(), Path(tmp))
        events, expected = demo.run_extractor(articles), demo.read_expected(expected_csv)
    result = demo.evaluate(events, expected)
    lenient = demo.evaluate(events, expected, gatherings=True)
    # The GDELT-style contrast: the same rows, each dated on its article's publication day.
    pub_dated = demo.evaluate(
        [dict(ev, date_start=ev["published"], date_end=ev["published"]) for ev in events], expected
    )
    if args.verbose:
        demo.print_misses(result, lambda x: f"{x.title}:")
    figures = {k: v for k, v in result.items() if not k.startswith("_")}
    figures["gatherings_lenient_precision"] = lenient["precision"]
    figures["gatherings_lenient_recall"] = lenient["recall"]
    figures["publication_dated_precision"] = pub_dated["precision"]
    figures["publication_dated_recall"] = pub_dated["recall"]
    figures["publication_dated_one_to_one_recall"] = pub_dated["one_to_one_recall"]
    figures["publication_dated_dated_one_to_one_recall"] = pub_dated["dated_one_to_one_recall"]
    demo.print_figures(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
