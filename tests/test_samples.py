"""Schema checks on the bundled demo data in data/samples.

The dashboard, the golden tests and the README quick start all load these files, so a broken
quote, a bad date or a duplicated URL here would surface as a confusing failure somewhere else.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

# located from this file, not imported from pipeline.settings, so the data checks run even
# when the package is broken or pytest is started without the project on sys.path
SAMPLES_DIR = Path(__file__).resolve().parents[1] / "data" / "samples"
DEMO_CSV = SAMPLES_DIR / "demo_articles.csv"
UPLOAD_CSV = SAMPLES_DIR / "upload_example.csv"
BAD_CSV = SAMPLES_DIR / "bad_upload_example.csv"
README = SAMPLES_DIR / "README.md"
SEED_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "seed"

DEMO_COLUMNS = ["title", "published", "source", "url", "text"]
MIN_ROWS = 30  # issue #2 item 6: enough articles for a timeline worth looking at
MAX_TEXT_CHARS = 3000  # demo articles stay short so the dashboard's evidence column stays readable
MIN_WORDS, MAX_WORDS = 80, 250  # news-brief length chosen in issue #2 item 6
FIRST_DAY, LAST_DAY = dt.date(2022, 1, 1), dt.date(2024, 12, 31)  # period the demo covers
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
URL_SHAPE = re.compile(r"https://example\.org/[a-z0-9-]+/(\d{4})/(\d{2})/[a-z0-9-]+")
HTML_TAG = re.compile(r"<[a-zA-Z/][^>]*>")
SHARED_WORDS = 8  # a run of this many words shared with a seed article counts as copied text


def _read(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=delimiter, strict=True))


@pytest.fixture(scope="module")
def demo_rows() -> list[dict[str, str]]:
    return _read(DEMO_CSV)


def test_demo_csv_has_the_contract_columns_and_enough_rows(demo_rows):
    with DEMO_CSV.open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert header == DEMO_COLUMNS
    assert len(demo_rows) >= MIN_ROWS
    # a stray quote makes DictReader put leftovers under the None key or leave cells None
    assert all(None not in row and None not in row.values() for row in demo_rows)


def test_demo_csv_is_utf8_without_bom():
    raw = DEMO_CSV.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    raw.decode("utf-8")


@pytest.mark.parametrize("column", DEMO_COLUMNS)
def test_every_demo_row_fills_every_column(demo_rows, column):
    empty = [i for i, row in enumerate(demo_rows, start=2) if not row[column].strip()]
    assert not empty, f"{column} is empty on CSV lines {empty}"


def test_published_is_an_iso_day_inside_the_demo_period(demo_rows):
    for row in demo_rows:
        assert ISO_DAY.fullmatch(row["published"]), row["published"]
        day = dt.date.fromisoformat(row["published"])
        assert FIRST_DAY <= day <= LAST_DAY, row["title"]


def test_urls_are_fake_example_org_addresses_dated_like_the_article(demo_rows):
    for row in demo_rows:
        match = URL_SHAPE.fullmatch(row["url"])
        assert match, row["url"]
        assert f"{match[1]}-{match[2]}" == row["published"][:7], row["url"]


@pytest.mark.parametrize("column", ["url", "title"])
def test_urls_and_titles_are_unique(demo_rows, column):
    repeated = [value for value, n in Counter(row[column] for row in demo_rows).items() if n > 1]
    assert not repeated


def test_texts_are_short_plain_prose_in_paragraphs(demo_rows):
    for row in demo_rows:
        text = row["text"]
        assert len(text) <= MAX_TEXT_CHARS, row["title"]
        assert MIN_WORDS <= len(text.split()) <= MAX_WORDS, row["title"]
        assert not HTML_TAG.search(text), row["title"]
        paragraphs = text.split("\n\n")
        assert 2 <= len(paragraphs) <= 5, row["title"]
        assert all(p.strip() == p and p for p in paragraphs), row["title"]


def test_demo_uses_several_fictional_outlets(demo_rows):
    sources = Counter(row["source"] for row in demo_rows)
    assert len(sources) >= 3
    slugs = {row["url"].split("/")[3] for row in demo_rows}
    assert len(slugs) == len(sources)


def test_readme_table_lists_every_article(demo_rows):
    readme = README.read_text(encoding="utf-8")
    missing = [row["title"] for row in demo_rows if f"| {row['published']} | {row['title']} |" not in readme]
    assert not missing


def test_upload_example_uses_other_column_names_and_semicolons():
    with UPLOAD_CSV.open(encoding="utf-8", newline="") as fh:
        dialect = csv.Sniffer().sniff(fh.read(2048), delimiters=",;\t|")
    assert dialect.delimiter == ";"
    rows = _read(UPLOAD_CSV, delimiter=";")
    assert len(rows) == 5
    assert list(rows[0]) == ["headline", "body", "pub_date", "link", "outlet"]
    assert all(row["body"].strip() and row["pub_date"].strip() for row in rows)
    assert all(row["link"].startswith("https://example.org/") for row in rows)


def test_bad_upload_example_still_shows_each_kind_of_bad_row():
    rows = _read(BAD_CSV)
    assert list(rows[0]) == DEMO_COLUMNS
    texts = [row["text"] for row in rows]
    assert "" in texts, "an empty text"
    assert any(t and not t.strip() for t in texts), "a whitespace-only text"
    assert "2023-13-45" in [row["published"] for row in rows], "an impossible date"
    with pytest.raises(ValueError):
        dt.date.fromisoformat("2023-13-45")
    counts = Counter(tuple(row.values()) for row in rows)
    assert max(counts.values()) == 2, "exactly one exact duplicate row"
    assert any(row["title"].startswith("=HYPERLINK(") for row in rows), "a spreadsheet formula"
    good = [row for row in rows if row["text"].strip() and ISO_DAY.fullmatch(row["published"])]
    assert len(good) >= 2, "some rows must survive so the upload is not refused as a whole"


def _word_runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))
    return {tuple(words[i : i + SHARED_WORDS]) for i in range(len(words) - SHARED_WORDS + 1)}


def test_no_demo_article_copies_a_seed_article(demo_rows):
    # CONTRACT/COMMON rules: the seed is real news, readable for facts only; skip when absent
    seeds = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    if not seeds:
        pytest.skip("../shared/seed is not present")
    seed_runs = set().union(*(_word_runs(p.read_text(encoding="utf-8", errors="replace")) for p in seeds))
    for row in demo_rows:
        shared = _word_runs(row["text"]) & seed_runs
        assert not shared, (row["title"], sorted(shared)[:3])
