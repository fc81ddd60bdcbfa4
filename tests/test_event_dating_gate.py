"""Quality gate: event dating on TBAQ-cleaned never falls below the floors pinned in
bench/event_dating_floors.json (issue #4). Skips when ../shared/bench is absent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TBAQ = ROOT.parent / "shared" / "bench" / "tempeval3" / "TBAQ-cleaned"


@pytest.mark.skipif(not TBAQ.is_dir(), reason="../shared/bench (TempEval-3 data) is absent")
def test_event_dating_on_tbaq_stays_above_its_floors():
    run = subprocess.run(
        [sys.executable, "bench/event_dating_eval.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
