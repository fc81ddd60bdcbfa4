"""Web-copied pages (tests/fixtures/webcopy*): event rows stay above measured floors (issue #4).

The development set (20 articles) is where fixes may look; the test set (10 articles) is only
scored. Both expected.csv files were written before the extractor ran on their articles. The
floors sit a little under what bench/webcopy_eval.py measured, so a change that loses rows on
copied pages fails here, and the figures in the closing notes stay reproducible.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
# (folder, precision floor, recall floor): measured 2026-12-03, floors = measured - 0.03
# (after the held-out-set-3 pass: dev 0.744 / 0.657, test 0.545 / 0.430)
# Dev set 2 (20 pages written before the extractor ran): first run 0.613 / 0.393 (one-to-one
# 0.592 / 0.351), after the H15 round of webcopy2 notes 0.736 / 0.588 (one-to-one 0.729 / 0.498).
# Fourth session (2026-12-03): dev 0.795 / 0.707, dev 2 0.851 / 0.640, test 0.535 / 0.442.
# Test set 2 (webcopy3, 20 pages, scored only): first run on the session's starting code
# 0.670 / 0.343 (one-to-one 0.650 / 0.250), at the session's end 0.679 / 0.362.
# Fifth session, governments' undated sayings kept as rows of the news days (floors = measured
# - 0.02): dev 0.738 / 0.758, dev 2 0.828 / 0.730, test 0.519 / 0.477, test 2 0.698 / 0.422.
# Test set 3 (webcopy4, 20 pages, 232 events, scored only): first run on the fifth session's
# starting code 0.779 / 0.500 (one-to-one 0.733 / 0.422). At the fifth session's end (floors =
# measured - 0.02): dev 0.750 / 0.798, dev 2 0.825 / 0.754, test 0.531 / 0.488, test 2 0.695 / 0.425,
# test 3 0.783 / 0.560.
# Dev set 5 (webcopy5, 20 pages on new ground, 223 events, written before any run): first run
# one-to-one 0.586 / 0.426, dated 0.443. Sixth session's end (floors = measured - 0.02): dev
# 0.830 / 0.860, dev 2 0.834 / 0.810, dev 5 0.805 / 0.704, test 0.566 / 0.523, test 2
# 0.717 / 0.478, test 3 0.796 / 0.582.
# Dev set 6 (webcopy6, 20 pages on new ground, 232 events, written before any run): first run
# one-to-one 0.679 / 0.397, dated 0.374. Seventh session's end (floors = measured - 0.02): dev 2
# 0.850 / 0.829, dev 5 0.837 / 0.749, dev 6 0.875 / 0.647, test 0.578 / 0.535, test 2
# 0.724 / 0.485, test 3 0.795 / 0.586.
# Dev set 7 (webcopy7, 15 pages on new ground, 204 events, written before any run; H79): first
# run one-to-one 0.635 / 0.461, dated 0.455; after H79's fixes 0.723 / 0.549, dated 0.568, floors
# = measured (0.761 / 0.632) - 0.02.
# Ninth session's end (2026-12-04, after H76-H85; floors = measured any-match - 0.02, webcopy4
# precision kept): dev 0.843 / 0.890, dev 2 0.860 / 0.848, dev 5 0.848 / 0.794, dev 6 0.899 / 0.711,
# dev 7 0.764 / 0.662, test 0.600 / 0.570, test 2 0.730 / 0.507, test 3 0.790 / 0.586.
# Dev set 8 (webcopy8, 15 pages on new ground, 201 events, written before any run; H91): first
# run one-to-one 0.652 / 0.438, dated 0.439 (any-match 0.726 / 0.532); after H91's fixes
# one-to-one 0.741 / 0.542, dated 0.555, floors = measured any-match (0.816 / 0.652) - 0.02.
FLOORS = [
    ("webcopy", 0.823, 0.87),
    ("webcopy2", 0.84, 0.828),
    ("webcopy5", 0.828, 0.774),
    ("webcopy6", 0.879, 0.691),
    ("webcopy7", 0.744, 0.642),
    ("webcopy8", 0.796, 0.632),
    ("webcopy_test", 0.58, 0.55),
    ("webcopy3", 0.71, 0.487),
    ("webcopy4", 0.775, 0.566),
]


@pytest.mark.parametrize(("folder", "precision", "recall"), FLOORS)
def test_web_copies_score_above_their_floors(folder, precision, recall):
    out = subprocess.run(
        [sys.executable, "bench/webcopy_eval.py", "--json", "--folder", str(FIXTURES / folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    figures = json.loads(out.strip().splitlines()[-1])
    with open(FIXTURES / folder / "expected.csv", encoding="utf-8", newline="") as f:
        assert figures["expected_events"] == sum(1 for _ in csv.DictReader(f))
    assert figures["precision"] >= precision and figures["recall"] >= recall
    # dating matters: the same rows dated on the publication day score lower
    assert figures["recall"] > figures["publication_dated_recall"]


@pytest.mark.parametrize(
    "folder",
    [
        "webcopy",
        "webcopy2",
        "webcopy5",
        "webcopy6",
        "webcopy7",
        "webcopy8",
        "webcopy_test",
        "webcopy3",
        "webcopy4",
    ],
)
def test_every_expected_row_names_an_article_of_its_folder(folder):
    with open(FIXTURES / folder / "expected.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and all((FIXTURES / folder / r["file"]).is_file() for r in rows)
    assert {p.name for p in (FIXTURES / folder).glob("*.txt")} == {r["file"] for r in rows}
