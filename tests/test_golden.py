"""Golden files (issue #4): short articles we wrote about real diplomatic events, and the rows an
analyst expects from them, checked field by field; plus rows that must NOT appear.

Each `tests/golden/<case>.txt` has a `<case>.events.json`:
  {"published": "YYYY-MM-DD",
   "expect":   [{field: value, ...}, ...],   every one must match some event (after merging)
   "must_not": [{field: value, ...}, ...]}   none may match any event or mention
Matching: list fields (actors, countries) are subsets; "evidence_contains" / "title_contains"
are substrings; anything else is equality. Fields that need the entities stage (actors,
countries, location*) are compared only when that stage is installed.
`--update-golden` rewrites "expect" from the current output (review the diff!).
"""

from __future__ import annotations

import importlib
import json
from datetime import date
from pathlib import Path

import pytest

from pipeline.dedupe import merge_mentions
from pipeline.events import extract_events
from pipeline.models import Article

GOLDEN_DIR = Path(__file__).parent / "golden"
CASES = sorted(p.stem for p in GOLDEN_DIR.glob("*.txt"))
ENTITY_FIELDS = ("actors", "countries", "location", "location_country")
KEY_FIELDS = (
    "event_type",
    "date_start",
    "date_end",
    "date_granularity",
    "date_basis",
    "status",
    "actors",
    "countries",
    "location_country",
)


def _entities_available() -> bool:
    try:
        mod = importlib.import_module("pipeline.entities")
    except ImportError:
        return False
    return callable(getattr(mod, "find_entities", None))


def _matches(row: dict, want: dict, use_entities: bool) -> bool:
    for key, value in want.items():
        if key in ENTITY_FIELDS and not use_entities:
            continue
        if key.endswith("_contains"):
            if value.lower() not in (row.get(key[: -len("_contains")]) or "").lower():
                return False
        elif isinstance(value, list):
            if not set(value) <= set(row.get(key) or []):
                return False
        elif row.get(key) != value:
            return False
    return True


def _run(case: str) -> tuple[dict, list[dict], list[dict]]:
    spec = json.loads((GOLDEN_DIR / f"{case}.events.json").read_text(encoding="utf-8"))
    text = (GOLDEN_DIR / f"{case}.txt").read_text(encoding="utf-8")
    mentions = extract_events(
        Article(text=text, published=date.fromisoformat(spec["published"])), article_id=case
    )
    events, placed = merge_mentions([], mentions)
    return spec, [e.to_row() for e in events], [m.to_row() for m in placed]


@pytest.mark.parametrize("case", CASES)
def test_golden_case(case, request):
    spec, events, mentions = _run(case)
    if request.config.getoption("--update-golden"):
        spec["expect"] = [{k: e[k] for k in KEY_FIELDS if e.get(k) not in (None, [], "")} for e in events]
        (GOLDEN_DIR / f"{case}.events.json").write_text(
            json.dumps(spec, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        pytest.skip("golden file rewritten: review the diff")
    use_entities = _entities_available()
    missing = [w for w in spec["expect"] if not any(_matches(e, w, use_entities) for e in events)]
    unwanted = [w for w in spec.get("must_not", []) if any(_matches(r, w, True) for r in events + mentions)]
    got = [
        {
            k: e.get(k)
            for k in ("title", "event_type", "date_start", "date_end", "status", "actors", "countries")
        }
        for e in events
    ]
    assert not missing and not unwanted, (
        f"missing={missing}\nunwanted={unwanted}\ngot={json.dumps(got, indent=1)}"
    )


def test_every_golden_text_has_its_expectations():
    assert CASES, "no golden cases found"
    for case in CASES:
        spec = json.loads((GOLDEN_DIR / f"{case}.events.json").read_text(encoding="utf-8"))
        assert spec["expect"], f"{case}: no expected rows"
