"""Quality gate on the modern-news development sets (issue #3): value F1 of the time-expression
tagger on tests/golden/timex_dev/dev.jsonl and tests/golden/timex_dev2/dev.jsonl must not drop
below the floors pinned in bench/timex_floor.json. Needs no shared data, so unlike the TBAQ gate
it always runs. timex_dev2 was written later and scored before any rule was fixed on it, so it
also tells whether a fix made for the first set generalises."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "bench" / "timex_floor.json").read_text())
# (gold file, its floor's key in bench/timex_floor.json, fewest sentences it must hold)
DEV_SETS = [
    (ROOT / "tests" / "golden" / "timex_dev" / "dev.jsonl", "dev_value_f1", 200),
    (ROOT / "tests" / "golden" / "timex_dev2" / "dev.jsonl", "dev2_value_f1", 200),
]


def _dev_eval():
    spec = importlib.util.spec_from_file_location("timex_dev_eval", ROOT / "bench" / "timex_dev_eval.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["timex_dev_eval"] = mod  # dataclasses look their module up while the file runs
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize(("path", "key", "size"), DEV_SETS, ids=["dev", "dev2"])
def test_dev_set_gold_is_well_formed(path, key, size):
    items = _dev_eval().load_dev(path)
    assert len(items) >= size
    for text, _dct, gold in items:
        for g in gold:
            assert text[g.start : g.end] == g.text
            assert g.type in ("DATE", "TIME", "DURATION", "SET") and g.value


@pytest.mark.parametrize(("path", "key", "size"), DEV_SETS, ids=["dev", "dev2"])
def test_dev_value_f1_stays_above_pinned_floor(path, key, size):
    res = _dev_eval().evaluate(path)
    floor = FLOORS[key] - FLOORS["epsilon"]
    misses = "\n".join(res["misses"][:40])
    assert res["value"]["f1"] >= floor, (
        f"{path.parent.name} value F1 {res['value']['f1']:.3f} < {floor:.3f}\n{misses}"
    )
