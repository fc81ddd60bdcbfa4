"""Quality gate on the modern-news development set (issue #3): value F1 of the time-expression
tagger on tests/golden/timex_dev/dev.jsonl must not drop below the floor pinned in
bench/timex_floor.json. Needs no shared data, so unlike the TBAQ gate it always runs."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "bench" / "timex_floor.json").read_text())


def _dev_eval():
    spec = importlib.util.spec_from_file_location("timex_dev_eval", ROOT / "bench" / "timex_dev_eval.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["timex_dev_eval"] = mod  # dataclasses look their module up while the file runs
    spec.loader.exec_module(mod)
    return mod


def test_dev_set_gold_is_well_formed():
    items = _dev_eval().load_dev()
    assert len(items) >= 200
    for text, _dct, gold in items:
        for g in gold:
            assert text[g.start : g.end] == g.text
            assert g.type in ("DATE", "TIME", "DURATION", "SET") and g.value


def test_dev_value_f1_stays_above_pinned_floor():
    res = _dev_eval().evaluate()
    floor = FLOORS["dev_value_f1"] - FLOORS["epsilon"]
    misses = "\n".join(res["misses"][:40])
    assert res["value"]["f1"] >= floor, f"dev value F1 {res['value']['f1']:.3f} < {floor:.3f}\n{misses}"
