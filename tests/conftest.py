"""Shared pytest options and fixtures."""

from __future__ import annotations


def pytest_addoption(parser):
    # Golden files change only on purpose: `pytest tests/test_golden.py --update-golden`, then
    # review the diff of tests/golden/*.events.json before committing (issue #4).
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/*.events.json from the current output",
    )
