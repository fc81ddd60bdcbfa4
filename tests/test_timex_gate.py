"""Quality gate (issue #3): value F1 on TimeBank and AQUAINT must not drop below the floors in
bench/timex_floor.json. Skips when ../shared/bench is absent (the project never needs it)."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from pipeline.timex import find_time_expressions

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / ".." / "shared" / "bench"
SCORER = BENCH / "timex_score.py"
FLOORS = json.loads((ROOT / "bench" / "timex_floor.json").read_text())

pytestmark = [
    pytest.mark.bench,
    pytest.mark.skipif(
        not SCORER.exists(), reason="../shared/bench (TempEval-3 data and scorer) not present"
    ),
]


def _scorer():
    spec = importlib.util.spec_from_file_location("timex_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["timex_score"] = mod  # dataclasses look their module up while the file runs
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("split", sorted(FLOORS["value_f1"]))
def test_value_f1_stays_above_pinned_floor(split):
    ts = _scorer()
    gold = ts.load_gold(str(BENCH / "tempeval3" / "TBAQ-cleaned" / split))
    system = {
        doc_id: [
            ts.Timex(t.start, t.end, t.text, t.type, t.value)
            for t in find_time_expressions(doc.text, date.fromisoformat(doc.dct_value[:10]), ranges=False)
        ]
        for doc_id, doc in gold.items()
    }
    f1 = ts.score(gold, system)["value"]["f1"]
    floor = FLOORS["value_f1"][split]
    assert f1 >= floor - FLOORS["epsilon"], f"{split}: value F1 {f1:.3f} fell below the floor {floor:.3f}"
