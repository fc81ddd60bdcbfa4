"""bench/recall_breakdown.py lifts one matching condition at a time (issue #4 figures)."""

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import demo_timeline_eval as demo  # noqa: E402
import recall_breakdown  # noqa: E402


def test_each_row_lifts_only_its_own_condition() -> None:
    # a row of the right article and party, but of another type and another month
    expected = [
        demo.Expected(
            "a.txt", "2023-01-31", "meeting", "occurred", date(2023, 1, 5), date(2023, 1, 5), "Japan"
        )
    ]
    events = [
        {
            "event_id": "e1",
            "event_type": "call",
            "status": "occurred",
            "titles": ["a.txt"],
            "title": "Japan calls",
            "date_start": "2023-03-10",
            "date_end": "2023-03-10",
            "actors": [],
            "countries": ["JPN"],
            "location": None,
            "location_country": None,
            "published": "2023-01-31",
        }
    ]
    rows = {name: recall for name, recall, _dated in recall_breakdown.breakdown(events, expected)}
    # the type alone or the date alone still leaves the other condition failing
    assert rows == {"none (strict)": 0.0, "type": 0.0, "date": 0.0, "party": 0.0, "date+party+type": 1.0}
    assert demo.matches is recall_breakdown.demo.matches  # the evaluator's rule is put back
