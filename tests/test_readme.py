"""The README must stay true: its example row is what the pipeline gives, its commands exist."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from pipeline.events import extract_events
from pipeline.models import Article

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _example() -> tuple[str, str, dict]:
    m = re.search(r"Published (\d{4}-\d\d-\d\d): \*\"(.+?)\"\*", README, re.S)
    assert m, "README lost its example sentence"
    block = re.search(r"```json\n(.+?)\n```", README, re.S)
    assert block, "README lost its example row"
    # The README abridges long fields with '...': compare every field it shows in full.
    shown = json.loads(block.group(1))
    return m.group(1), " ".join(m.group(2).split()), shown


def test_readme_example_row_is_what_extraction_gives():
    published, sentence, shown = _example()
    rows = [
        e.to_row() for e in extract_events(Article(text=sentence, published=date.fromisoformat(published)))
    ]
    assert rows, "the README sentence gives no event"
    row = rows[0]
    for key, value in shown.items():
        if isinstance(value, str) and value.endswith("..."):
            assert row[key].startswith(value[:-3].rstrip()), key
        elif key == "published":
            assert row[key] == published
        else:
            assert row[key] == value, key


def test_readme_quick_start_is_two_make_targets_that_exist():
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^make (\w+)", quick, re.M)
    assert commands == ["run", "test"]
    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text(encoding="utf-8")
    for target in commands:
        assert re.search(rf"^{target}:", makefile, re.M), target
