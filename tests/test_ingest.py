"""Readers, bad input, page furniture and publication dates (pipeline/ingest, issue #2).

Every fixture is written by us: tests/fixtures/ingest/ and the byte strings below.
"""

from __future__ import annotations

import csv
import io
import json
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from pipeline import settings
from pipeline.ingest import (
    ColumnReport,
    content_spans,
    count_rows,
    detect_columns,
    iter_articles,
    parse_published,
    read_articles,
)
from pipeline.ingest.dates import _parse_text
from pipeline.models import Article, Rejection

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "seed" / "000_d605230d4f854e26.txt"

ENVOYS = (
    "The envoys of Qatar and Egypt met in Doha on Monday to discuss a ceasefire."  # no commas: used unquoted
)
TALKS = "Talks between the two foreign ministers resumed in Geneva with a joint statement expected."


def run(data: bytes, filename: str = "in.csv", **kwargs) -> tuple[list[Article], list[Rejection]]:
    """Read `data` and check the one-outcome-per-row contract holds along the way."""
    items = list(iter_articles(data, filename, **kwargs))
    assert all(isinstance(i, (Article, Rejection)) for i in items)
    articles = [i for i in items if isinstance(i, Article)]
    rejections = [i for i in items if isinstance(i, Rejection)]
    for r in rejections:
        assert r.file == filename and r.reason.startswith(filename)
        assert "Traceback" not in r.reason
    return articles, rejections


def only_article(data: bytes, filename: str = "in.csv", **kwargs) -> Article:
    articles, rejections = run(data, filename, **kwargs)
    assert rejections == [] and len(articles) == 1, rejections
    return articles[0]


# --- CSV / TSV readers ----------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_any_delimiter_keeps_cells_with_commas_and_quotes(delimiter):
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    writer.writerow(["title", "text", "published", "url", "outlet"])
    writer.writerow(
        [
            "Doha talks",
            ENVOYS + " Officials, quoted, agreed.",
            "2023-03-06",
            "https://news.example/a",
            "Example Wire",
        ]
    )
    writer.writerow(["Geneva", 'He said "progress; real | progress", then left.', "2023-03-07", "", ""])
    articles, rejections = run(buf.getvalue().encode(), "articles.csv")
    assert rejections == []
    assert [a.text for a in articles] == [
        ENVOYS + " Officials, quoted, agreed.",
        'He said "progress; real | progress", then left.',
    ]
    assert [a.row for a in articles] == [1, 2]
    first = articles[0]
    assert (first.title, first.published, first.url, first.source) == (
        "Doha talks",
        date(2023, 3, 6),
        "https://news.example/a",
        "Example Wire",
    )
    assert first.origin == "articles.csv" and first.language == "en"


def test_header_aliases_match_in_any_case_and_spelling():
    data = f"HEADLINE;Article_Text;Publish Date;Link;Source.Name;LANG\nH;{ENVOYS};15 September 2022;u;Wire;de-DE\n"
    article = only_article(data.encode(), "x.csv")
    assert article.text == ENVOYS
    assert article.title == "H" and article.url == "u" and article.source == "Wire"
    assert article.published == date(2022, 9, 15)
    assert article.language == "de"  # the column wins over detection, normalised to ISO 639-1


def test_mapping_overrides_guessed_columns():
    data = f"text,notes,When\nignored prose here,{ENVOYS},2023-01-31\n".encode()
    article = only_article(data, mapping={"text": "notes", "published": "When"})
    assert article.text == ENVOYS and article.published == date(2023, 1, 31)


@pytest.mark.parametrize(
    ("column", "shown", "what"),
    [("url", "https://example.org/a", "a web address"), ("published", "2023-01-31", "no words")],
)
def test_text_mapped_to_a_url_or_date_column_is_rejected_with_what_to_do(column, shown, what):
    data = f"url,published,body\nhttps://example.org/a,2023-01-31,{ENVOYS}\n".encode()
    articles, rejections = run(data, mapping={"text": column, "published": "published"})
    assert articles == [] and len(rejections) == 1
    reason = rejections[0].reason
    assert "data row 1" in reason and shown in reason and what in reason
    assert "column chosen for text" in reason


def test_bytes_and_file_like_give_the_same_articles_and_a_read_file_is_rewound():
    data = f"text,published\n{ENVOYS},2023-03-06\n".encode()
    stream = io.BytesIO(data)
    stream.read()  # a preview already consumed it
    assert list(iter_articles(data, "a.csv")) == list(iter_articles(stream, "a.csv"))


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(
            b"\xef\xbb\xbf" + "text,published\nCafé talks in Montréal.,2023-01-02\n".encode(), id="utf8-bom"
        ),
        pytest.param("text,published\nCafé talks in Montréal.,2023-01-02\n".encode("utf-16"), id="utf16-bom"),
        pytest.param(
            "text,published\nCafé talks in Montréal.,2023-01-02\n".encode("utf-16-le"), id="utf16-no-bom"
        ),
        pytest.param("text,published\nCafé talks in Montréal.,2023-01-02\n".encode("cp1252"), id="cp1252"),
    ],
)
def test_common_encodings_decode_to_the_same_text(encoded):
    article = only_article(encoded)
    assert article.text == "Café talks in Montréal."
    assert article.published == date(2023, 1, 2)


def test_cp1252_file_is_flagged_with_what_to_do():
    article = only_article("text,published\n“Quoted” talks in Montréal.,2023-01-02\n".encode("cp1252"))
    assert article.text == "“Quoted” talks in Montréal."
    assert any("cp1252" in w and "UTF-8" in w for w in article.warnings)


def test_crlf_file_keeps_newlines_inside_cells_untranslated():
    data = (
        b'text,published\r\n"First line.\r\nSecond line.\nThird.",2023-01-01\r\nNext row here.,2023-01-02\r\n'
    )
    articles, rejections = run(data)
    assert rejections == []
    assert [a.text for a in articles] == ["First line.\r\nSecond line.\nThird.", "Next row here."]


def test_text_is_not_stripped():
    article = only_article(b'text,published\n"  Leading and trailing spaces.  ",2023-01-01\n')
    assert article.text == "  Leading and trailing spaces.  "


def test_blank_lines_count_as_rows_but_yield_nothing():
    articles, rejections = run(f"text\n{ENVOYS}\n\n{TALKS}\n".encode())
    assert rejections == [] and [a.row for a in articles] == [1, 3]


def test_published_argument_is_the_fallback_for_rows_without_a_date():
    data = f"text,published\n{ENVOYS},\n{TALKS},2023-05-05\n".encode()
    articles, _ = run(data, published=date(2023, 1, 31))
    assert [a.published for a in articles] == [date(2023, 1, 31), date(2023, 5, 5)]
    assert articles[0].warnings == ()


def test_missing_date_is_a_warning_saying_relative_dates_stay_unresolved():
    article = only_article(f"text\n{ENVOYS}\n".encode(), "nodate.csv")
    assert article.published is None
    assert article.row == 1
    assert any(w.startswith("No publication date") and "unresolved" in w for w in article.warnings)
    assert not any("nodate.csv" in w for w in article.warnings)  # the report adds file and row once


def test_ambiguous_numeric_date_follows_dayfirst_and_is_flagged():
    data = f"text,date\n{ENVOYS},01/02/2023\n".encode()
    month_first = only_article(data, dayfirst=False)
    day_first = only_article(data, dayfirst=True)
    assert month_first.published == date(2023, 1, 2)
    assert day_first.published == date(2023, 2, 1)
    for article in (month_first, day_first):
        assert any("ambiguous" in w and "day-first" in w for w in article.warnings)


def test_description_is_used_when_text_is_missing_and_flagged():
    data = b"title,description,content\nT,A short summary of the Doha talks.,\n"
    article = only_article(data)
    assert article.text == "A short summary of the Doha talks."
    assert any("'description'" in w for w in article.warnings)


# --- JSON, JSON Lines, NewsAPI --------------------------------------------------------------


def test_json_lines_flat_objects_with_aliases():
    lines = [
        {"body": ENVOYS, "pub_date": "2023-03-06", "headline": "Doha"},
        {"story": TALKS, "timestamp": 1675159200, "link": "https://x.example/b"},
    ]
    data = "\n".join(json.dumps(x) for x in lines).encode()
    articles, rejections = run(data, "feed.jsonl")
    assert rejections == []
    assert [(a.text, a.published, a.row) for a in articles] == [
        (ENVOYS, date(2023, 3, 6), 1),
        (TALKS, date(2023, 1, 31), 2),
    ]
    assert articles[0].title == "Doha" and articles[1].url == "https://x.example/b"


def test_json_array_of_objects():
    data = json.dumps([{"text": ENVOYS, "date": "June 18, 2023", "language": "English"}]).encode()
    article = only_article(data, "list.json")
    assert (article.text, article.published, article.language, article.row) == (
        ENVOYS,
        date(2023, 6, 18),
        "en",
        1,
    )


def test_newsapi_response_uses_content_then_description_and_source_name():
    articles, rejections = run((FIXTURES / "newsapi.json").read_bytes(), "newsapi.json")
    assert rejections == []
    first, second = articles
    assert first.text.startswith("Ukraine and Russia signed separate agreements")
    assert first.source == "Example Wire" and first.published == date(2022, 7, 22)
    assert first.title == "Ministers sign grain corridor deal in Istanbul"
    assert any("[+N chars]" in w for w in first.warnings)  # NewsAPI truncation is pointed out
    assert second.text == "The first cargo ship is expected to leave Odesa within days."
    assert second.source == "Example Daily"
    assert any("'description'" in w for w in second.warnings)


# --- .txt and .html --------------------------------------------------------------------------


def test_txt_with_date_line_keeps_the_whole_file_as_text():
    raw = f"Date: 2023-01-31\n\nQatari and Egyptian envoys meet in Doha\n\n{ENVOYS}\n"
    article = only_article(raw.encode(), "story.txt")
    assert article.text == raw  # the header stays: offsets index the file as given
    assert article.published == date(2023, 1, 31)
    assert article.row is None and article.title == "Qatari and Egyptian envoys meet in Doha"
    spans = content_spans(article.text)
    assert all("2023-01-31" not in article.text[s:e] for s, e in spans)
    assert any(article.text[s:e] == ENVOYS for s, e in spans)


@pytest.mark.parametrize(
    ("filename", "data", "expected_format"),
    [
        ("story.txt", b"Text, he said, was agreed late on Monday.\nThe envoys left.\n", "txt"),
        ("articles.txt", f"title,text,published\nT,{ENVOYS},2023-01-02\n".encode(), "csv"),
        ("export", f"headline|body|date\nT|{ENVOYS}|2023-01-02\n".encode(), "csv"),
        ("story", b"Envoys met in Doha.\n", "txt"),
        ("story.txt", b"[Updated] Envoys met in Doha on Monday.\n", "txt"),
        ("broken.csv", b'[{"text": "Envoys met", ', "json"),
        ("page.txt", b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "html"),
        ("feed.json", f'{{"text": "{ENVOYS}"}}\n{{"text": "{TALKS}"}}\n'.encode(), "jsonl"),
    ],
)
def test_format_comes_from_content_then_extension(filename, data, expected_format):
    assert detect_columns(data, filename).format == expected_format


def test_txt_with_leading_iso_line_and_fallback_argument():
    dated = only_article(f"2022-09-15T08:00:00Z\n{ENVOYS}\n".encode(), "a.txt", published=date(2000, 1, 1))
    assert dated.published == date(2022, 9, 15)  # the file's own date wins over the fallback
    undated = only_article(f"{ENVOYS}\n".encode(), "b.txt", published=date(2023, 1, 31))
    assert undated.published == date(2023, 1, 31) and undated.warnings == ()


def test_html_page_main_text_title_and_date_are_extracted():
    article = only_article((FIXTURES / "summit_page.html").read_bytes(), "summit_page.html")
    assert "first summit on Wednesday at a lakeside villa in Geneva" in article.text
    assert "do not extract me" not in article.text and "Sign in" not in article.text
    assert article.title == "Presidents meet in Geneva for first summit"
    assert article.published == date(2021, 6, 16)
    assert article.source == "Example Courier" and article.language == "en"


# --- Bad input: one table -------------------------------------------------------------------

BIG = "x" * 5_000_000


def _unbalanced() -> bytes:
    return f'text,published\n{ENVOYS},2023-01-02\n"Broken row about Rome,2023-01-03\n{TALKS},2023-01-04\n'.encode()


# (id, filename, data, kwargs, expected articles, expected rejections as (row, [substrings]), check)
BAD_INPUT = [
    ("empty file", "e.csv", b"", {}, 0, [(None, ["empty"])], None),
    ("only whitespace", "e.csv", b"\r\n  \n\t\n", {}, 0, [(None, ["empty"])], None),
    (
        "header only",
        "h.csv",
        b"text,published\n",
        {},
        0,
        [(None, ["no data rows", "'text', 'published'"])],
        None,
    ),
    (
        "no recognisable text column",
        "n.csv",
        b"headline,when,who\nA,2023-01-01,B\n",
        {},
        0,
        [(None, ["Columns found: 'headline', 'when', 'who'", "text, body, content", "full_text, story"])],
        None,
    ),
    (
        "mapping names a missing column",
        "m.csv",
        f"text,published\n{ENVOYS},2023-01-01\n".encode(),
        {"mapping": {"text": "Body Text"}},
        0,
        [(None, ["'Body Text'", "columns found: 'text', 'published'"])],
        None,
    ),
    (
        "binary junk",
        "junk.csv",
        bytes((i * 37 + 11) % 256 for i in range(4096)),
        {},
        0,
        [(None, ["binary"])],
        None,
    ),
    (
        "pdf named csv",
        "a.csv",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        {},
        0,
        [(None, ["PDF", ".txt"])],
        None,
    ),
    (
        "excel workbook",
        "a.csv",
        b"PK\x03\x04\x14\x00\x06\x00" + bytes(200),
        {},
        0,
        [(None, ["Excel", "CSV UTF-8"])],
        None,
    ),
    (
        "undecodable: UTF-8 BOM then invalid bytes",
        "bom.csv",
        b"\xef\xbb\xbftext\nCaf\xe9 talks\n",
        {},
        0,
        [(None, ["starts with a UTF-8 marker", "Save it again as UTF-8"])],
        None,
    ),
    (
        "undecodable: UTF-16 BOM with a cut-off character",
        "u16.csv",
        b"\xff\xfe" + "text\nTalks\n".encode("utf-16-le") + b"\x41",
        {},
        0,
        [(None, ["starts with a UTF-16 marker"])],
        None,
    ),
    ("unbalanced quotes", "q.csv", _unbalanced(), {}, 1, [(2, ["data row 2", "never closed"])], None),
    (
        "NUL bytes",
        "nul.csv",
        b"text,published\nThe envoys\x00 met in Doha on Monday.,2023-01-05\n",
        {},
        1,
        [],
        lambda a: a[0].text == "The envoys met in Doha on Monday." and any("NUL" in w for w in a[0].warnings),
    ),
    (
        "5 MB text cell",
        "big.csv",
        f"text,published\n{BIG},2023-01-01\n{ENVOYS},2023-01-02\n".encode(),
        {},
        1,
        [(1, ["data row 1", "5,000,000 characters", f"{settings.MAX_TEXT_CHARS:,}"])],
        None,
    ),
    (
        "blank text",
        "b.csv",
        f'text,published\n"   \n ",2023-01-01\n{ENVOYS},2023-01-02\n,2023-01-03\n'.encode(),
        {},
        1,
        [(1, ["data row 1", "text is empty"]), (3, ["data row 3", "text is empty"])],
        None,
    ),
    (
        "duplicate rows",
        "d.csv",
        f"text,published\n{ENVOYS},2023-01-01\n{ENVOYS},2023-01-01\n".encode(),
        {},
        2,
        [],
        lambda a: a[0].text == a[1].text and [x.row for x in a] == [1, 2],
    ),
    (
        "impossible day",
        "d.csv",
        f"text,published\n{ENVOYS},31/02/2023\n".encode(),
        {},
        1,
        [],
        lambda a: (
            a[0].published is None and any("'31/02/2023'" in w and "unresolved" in w for w in a[0].warnings)
        ),
    ),
    (
        "impossible month",
        "d.csv",
        f"text,published\n{ENVOYS},2023-13-45\n".encode(),
        {},
        1,
        [],
        lambda a: (
            a[0].published is None and any("'2023-13-45'" in w and "YYYY-MM-DD" in w for w in a[0].warnings)
        ),
    ),
    (
        "unreadable date",
        "d.csv",
        f"text,published\n{ENVOYS},sometime last spring\n".encode(),
        {},
        1,
        [],
        lambda a: a[0].published is None and any("not a date we can read" in w for w in a[0].warnings),
    ),
    (
        "unusable date with fallback",
        "d.csv",
        f"text,published\n{ENVOYS},2023-13-45\n".encode(),
        {"published": date(2023, 1, 31)},
        1,
        [],
        lambda a: (
            a[0].published == date(2023, 1, 31) and any("2023-01-31 instead" in w for w in a[0].warnings)
        ),
    ),
    (
        "unquoted delimiter inside the text",
        "semi.csv",
        b"text;published\nThe envoys met; then they left.;2023-01-05\n",
        {},
        1,
        [],
        lambda a: (
            a[0].text == "The envoys met"
            and any("has 3 cells but the header has 2" in w for w in a[0].warnings)
        ),
    ),
    (
        "quote left open in the last row",
        "q.csv",
        f'text,published\n{ENVOYS},2023-01-02\n"Last row about Rome,2023-01-03\n'.encode(),
        {},
        1,
        [(2, ["data row 2", "never closed"])],
        None,
    ),
    (
        "Excel sep= line",
        "excel.csv",
        f"sep=;\r\ntext;published\r\n{ENVOYS};44957\r\n".encode(),
        {},
        1,
        [],
        lambda a: (
            a[0].text == ENVOYS
            and a[0].published == date(2023, 1, 31)
            and any("spreadsheet day number" in w for w in a[0].warnings)
        ),
    ),
    (
        "JSON file named .csv",
        "really_json.csv",
        json.dumps([{"content": ENVOYS, "publishedAt": "2023-03-06T09:00:00Z"}]).encode(),
        {},
        1,
        [],
        lambda a: a[0].text == ENVOYS and a[0].published == date(2023, 3, 6),
    ),
    (
        "UTF-16 file",
        "u16.csv",
        f"text\tpublished\n{ENVOYS}\t2023-03-06\n".encode("utf-16"),
        {},
        1,
        [],
        lambda a: a[0].text == ENVOYS,
    ),
    (
        "cp1252 file",
        "w.csv",
        "text;published\nLes ministres se sont réunis à Genève lundi dernier.;2023-03-06\n".encode("cp1252"),
        {},
        1,
        [],
        lambda a: "réunis à Genève" in a[0].text and a[0].language == "fr",
    ),
    (
        "CRLF line endings",
        "crlf.csv",
        f"text,published\r\n{ENVOYS},2023-03-06\r\n{TALKS},2023-03-07\r\n".encode(),
        {},
        2,
        [],
        lambda a: [x.text for x in a] == [ENVOYS, TALKS],
    ),
    (
        "HTML and script inside a text cell",
        "h.csv",
        b"text,published\n\"<p>Envoys met.</p><script>alert('x')</script> &amp; more\",2023-03-06\n",
        {},
        1,
        [],
        lambda a: a[0].text == "<p>Envoys met.</p><script>alert('x')</script> &amp; more",
    ),
    (
        "non-English text",
        "i18n.csv",
        (
            "text,published\n"
            "Der Bundeskanzler traf am Dienstag den französischen Präsidenten in Berlin zu Gesprächen.,2023-01-02\n"
            "Le président français a rencontré le chancelier allemand à Paris pour parler de l'Ukraine.,2023-01-03\n"
        ).encode(),
        {},
        2,
        [],
        lambda a: [x.language for x in a] == ["de", "fr"],
    ),
    (
        "web page without article text",
        "menu.html",
        b"<!DOCTYPE html><html><head><title>Menu</title></head><body><nav>Home</nav></body></html>",
        {},
        0,
        [(None, ["no article text", ".txt"])],
        None,
    ),
    (
        "invalid JSON",
        "broken.json",
        b'[{"text": "Envoys met."},\n {"text": "Second" "oops"}]',
        {},
        0,
        [(None, ["not valid JSON", "line 2"])],
        None,
    ),
    (
        "JSON Lines with one bad line",
        "feed.jsonl",
        f'{{"text": "{ENVOYS}"}}\n{{"text": oops}}\n\n{{"text": "{TALKS}"}}\n'.encode(),
        {},
        2,
        [(2, ["data row 2", "not valid JSON"])],
        lambda a: [x.row for x in a] == [1, 4],
    ),
    (
        "JSON list of strings",
        "s.json",
        json.dumps(["just a string"]).encode(),
        {},
        0,
        [(1, ["data row 1", "expected an object"])],
        None,
    ),
    (
        "JSON objects without text",
        "gdelt.json",
        json.dumps({"articles": [{"url": "https://a.example", "seendate": "20230131T101500Z"}]}).encode(),
        {},
        0,
        [(None, ["Fields found: 'url', 'seendate'"])],
        None,
    ),
    (
        "news API error response",
        "err.json",
        json.dumps(
            {"status": "error", "code": "apiKeyMissing", "message": "Your API key is missing."}
        ).encode(),
        {},
        0,
        [(None, ["error response", "Your API key is missing."])],
        None,
    ),
    (
        "text in a number cell",
        "n.json",
        json.dumps([{"text": 12345}]).encode(),
        {},
        0,
        [(1, ["not a piece of text"])],
        None,
    ),
]


@pytest.mark.parametrize(
    ("filename", "data", "kwargs", "n_articles", "expected_rejections", "check"),
    [pytest.param(*case[1:], id=case[0]) for case in BAD_INPUT],
)
def test_bad_input_gives_one_outcome_per_row_with_an_actionable_reason(
    filename, data, kwargs, n_articles, expected_rejections, check
):
    articles, rejections = run(data, filename, **kwargs)
    assert len(articles) == n_articles, rejections
    assert [r.row for r in rejections] == [row for row, _ in expected_rejections]
    for rejection, (_, needles) in zip(rejections, expected_rejections, strict=True):
        for needle in needles:
            assert needle in rejection.reason, rejection.reason
    if check is not None:
        assert check(articles)


@pytest.mark.parametrize(("filename", "data", "kwargs"), [pytest.param(*c[1:4], id=c[0]) for c in BAD_INPUT])
def test_count_rows_matches_the_number_of_outcomes(filename, data, kwargs):
    mapping = kwargs.get("mapping")
    assert count_rows(data, filename, mapping=mapping) == len(list(iter_articles(data, filename, **kwargs)))


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.text(
            alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from([",", ";", "\t", "|"]),
)
def test_any_csv_written_by_the_csv_module_reads_back_cell_for_cell(texts, delimiter):
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_ALL)
    writer.writerow(["text", "published"])
    for t in texts:
        writer.writerow([t, "2023-01-31"])
    items = list(iter_articles(buf.getvalue().encode(), "h.csv"))
    assert len(items) == len(texts)  # exactly one outcome per row
    for item, text in zip(items, texts, strict=True):
        if not text.strip():
            assert isinstance(item, Rejection) and "empty" in item.reason
        elif any(c.isdigit() for c in text) and not any(c.isalpha() for c in text):
            assert isinstance(item, Rejection) and "no words" in item.reason  # a wrong column mapping
        else:
            assert isinstance(item, Article) and item.text == text


# --- detect_columns -------------------------------------------------------------------------


def test_detect_columns_reports_format_delimiter_mapping_and_preview():
    data = "Headline;Body;Date;Extra\n" + "".join(f"T{i};{ENVOYS};2023-01-0{i};x\n" for i in range(1, 8))
    report = detect_columns(io.BytesIO(data.encode("utf-8-sig")), "up.csv")
    assert isinstance(report, ColumnReport)
    assert (report.format, report.encoding, report.delimiter) == ("csv", "utf-8-sig", ";")
    assert report.columns == ("Headline", "Body", "Date", "Extra")
    assert report.mapping == {"title": "Headline", "text": "Body", "published": "Date"}
    assert len(report.rows) == 5 and report.rows[0]["Headline"] == "T1" and report.problems == ()


def test_detect_columns_names_the_problem_instead_of_raising():
    report = detect_columns(b"foo,bar\n1,2\n", "n.csv")
    assert "text" not in report.mapping and report.problems and "Columns found" in report.problems[0]
    assert detect_columns(b"", "e.csv").problems[0].startswith("e.csv: the file is empty")


def test_detect_columns_on_json_and_txt():
    report = detect_columns((FIXTURES / "newsapi.json").read_bytes(), "newsapi.json")
    assert report.format == "json" and "source.name" in report.columns
    assert report.mapping["text"] == "content" and report.mapping["source"] == "source.name"
    txt = detect_columns(f"Date: 2023-01-31\n{ENVOYS}\n".encode(), "a.txt")
    assert txt.format == "txt" and txt.rows[0]["published"] == "2023-01-31"


def test_read_articles_splits_articles_and_rejections():
    articles, rejections = read_articles(f"text\n{ENVOYS}\n \n".encode(), "r.csv")
    assert [a.text for a in articles] == [ENVOYS] and [r.row for r in rejections] == [2]


# --- content_spans --------------------------------------------------------------------------


def _kept(text: str) -> list[str]:
    return [" ".join(text[s:e].split()) for s, e in content_spans(text)]


def test_furniture_is_left_out_and_prose_kept_with_offsets_into_the_original():
    text = (FIXTURES / "furniture_article.txt").read_text(encoding="utf-8")
    spans = content_spans(text)
    assert _kept(text) == [
        "Finland formally joins Nato as the alliance's thirty-first member",
        "• Foreign minister hands over the accession document in Brussels "
        "• Sweden's application is still waiting for approval",
        "Flags of the allies fly outside the alliance headquarters in Brussels on Tuesday.",
        "Finland became the thirty-first member of Nato on Tuesday, April 4, 2023, when its foreign "
        "minister handed the accession document to the US Secretary of State at the headquarters "
        "in Brussels, on the day the alliance turned 74.",
        "The decision ends decades of military non-alignment that Finland kept after the Second World War.",
    ]
    assert spans == sorted(spans) and all(
        a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False)
    )
    for start, end in spans:
        assert text[start:end] == text[start:end].strip() and start < end
    # the same article with CRLF endings: the spans move with the text and cover the same words
    crlf = text.replace("\n", "\r\n")
    assert _kept(crlf) == _kept(text)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Advertisement", False),
        ("Reading Time:3 minutes", False),
        ("5 min read", False),
        ("Select Speed", False),
        ("0.75x", False),
        ("12:07", False),
        ("250+", False),
        ("Why you can trust the Example Herald", False),
        ("By Mary Major and John Doe", False),
        ("Photo: Example Agency", False),
        ("Updated: 31 January 2023, 10:15 GMT", False),
        ("Share on WhatsApp", False),
        ("Opinion", False),
        ("Image source, Example Images", False),
        ("Source: Example Broadcasting", False),
        ("Link copied!", False),
        ("Reporting by Ann Other; Editing by Sam Editor", False),
        ("First published on Tue 31 Jan 2023 10.00 GMT", False),
        ("Explore more on these topics", False),
        ("Caption of the day: the two ministers met in Brussels on Thursday.", True),  # labels cut: see below
        ("Ministers agree to meet again in Cairo next month", True),
        ("They agreed.", True),
        ("By Monday the two delegations had agreed on a text.", True),
        ("Updated figures show the aid convoy reached the border.", True),
    ],
)
def test_single_line_classification(line, kept):
    text = f"{ENVOYS}\n\n{line}\n\n{TALKS}\n"
    assert (line in _kept(text)) is kept


def test_repeated_line_is_dropped_unless_it_is_a_proper_sentence():
    video = "Leaders pose for photos at the summit venue"
    sentence = "The two leaders shook hands before the talks began."
    text = f"{video}\n\n{ENVOYS}\n\n{video}\n\n{sentence}\n\n{sentence}\n"
    assert _kept(text) == [ENVOYS, sentence]


@pytest.mark.parametrize(
    "credit",
    [
        "Photo: Example Pool via Agency",
        "(Example Photo/Ann Other, File)",
        "Photograph: Ann Other/Example Agency",
    ],
)
def test_caption_credit_is_cut_and_caption_prose_kept(credit):
    text = f"The foreign ministers pose in Ankara on Monday. {credit}\n{TALKS}\n"
    spans = content_spans(text)
    assert text[spans[0][0] : spans[0][1]] == "The foreign ministers pose in Ankara on Monday."
    assert text[spans[1][0] : spans[1][1]] == TALKS


def test_a_one_line_text_is_content_even_when_short():
    assert content_spans("Xi meets Biden") == [(0, 14)]
    assert content_spans("  Xi meets Biden\n") == [(2, 16)]
    assert content_spans("Advertisement") == []


def test_content_spans_of_empty_or_furniture_only_text():
    assert content_spans("") == []
    assert content_spans("Advertisement\n\n02:55\nSelect Voice\n") == []


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not present")
def test_seed_article_furniture_out_prose_in():
    """The seed article, checked by line shape only (the test does not know its sentences)."""
    text = SEED.read_text(encoding="utf-8")
    spans = content_spans(text)
    inside = lambda i: any(s <= i < e for s, e in spans)  # noqa: E731
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append((pos, raw.strip()))
        pos += len(raw) + 1
    counts: dict[str, int] = {}
    for _, line in lines:
        counts[line] = counts.get(line, 0) + 1
    prose = headline = 0
    for start, line in lines:
        if not line:
            continue
        at = start + text[start:].index(line)
        words = len(line.split())
        if line.endswith((".", '"', "”", "’")) and words >= 12 and "Photo:" not in line:
            assert inside(at), f"prose paragraph dropped: line at offset {at}"
            prose += 1
        elif line.startswith("•"):
            assert inside(at), "a bullet line was dropped"
        elif counts[line] > 1 or words <= 4:
            assert not inside(at), f"furniture kept: {line!r}"
        elif words >= 10 and headline == 0:
            assert inside(at), "the headline was dropped"
            headline += 1
    assert prose >= 8 and headline == 1
    joined = "\n".join(text[s:e] for s, e in spans)
    for label in (
        "Advertisement",
        "Select Voice",
        "Select Speed",
        "Reading Time",
        "Why you can trust",
        "99+",
        "02:55",
    ):
        assert label not in joined
    assert "Photo:" not in joined  # the caption's credit is cut, its sentence kept


# --- parse_published ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-01-31", date(2023, 1, 31)),
        ("2023-01-31T10:00:00Z", date(2023, 1, 31)),
        ("2023-01-31T23:30:00-05:00", date(2023, 1, 31)),  # as written in its own zone, not UTC
        ("2023-02-01T00:30:00+09:00", date(2023, 2, 1)),
        ("2023-01-31 10:00:00", date(2023, 1, 31)),
        ("15 September 2022", date(2022, 9, 15)),
        ("June 18, 2023", date(2023, 6, 18)),
        ("Tuesday, 31 January 2023", date(2023, 1, 31)),
        ("Tue, 31 Jan 2023 23:30:00 -1100", date(2023, 1, 31)),
        ("Wed, 01 Feb 2023 08:00:00 GMT", date(2023, 2, 1)),
        ("20230131T101500Z", date(2023, 1, 31)),
        ("20230131101500", date(2023, 1, 31)),
        ("20230131", date(2023, 1, 31)),
        ("2023/01/31", date(2023, 1, 31)),
        ("31.01.2023", date(2023, 1, 31)),
        ("1675159200", date(2023, 1, 31)),
        (1675159200, date(2023, 1, 31)),
        (1675159200000, date(2023, 1, 31)),  # milliseconds
        (1675123200.5, date(2023, 1, 31)),
        ("13/01/2023", date(2023, 1, 13)),  # not ambiguous: 13 cannot be a month
        ("01/13/2023", date(2023, 1, 13)),
    ],
)
def test_parse_published_formats(value, expected):
    assert parse_published(value) == (expected, None)


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("31/02/2023", "not a real date"),
        ("2023-13-45", "not a real date"),
        ("30 February 2023", "not a date we can read"),
        ("yesterday", "not a date we can read"),  # never resolved against today
        ("September 2022", "not a date we can read"),  # no day: not filled in from today
        ("99999999999999999999", "not a date we can read"),
        ("1066-10-14", "cannot be a publication date"),
        ("0", "too small"),
    ],
)
def test_parse_published_unusable_values_give_none_and_a_reason(value, needle):
    found, warning = parse_published(value)
    assert found is None and warning is not None and needle in warning and value in warning


@pytest.mark.parametrize("value", [None, "", "   ", float("nan")])
def test_parse_published_empty_values_are_not_warnings(value):
    assert parse_published(value) == (None, None)


def test_ambiguous_numeric_date_is_read_per_dayfirst_and_flagged():
    found, warning = parse_published("01/02/2023", dayfirst=False)
    assert found == date(2023, 1, 2) and "ambiguous" in warning and "2023-02-01" in warning
    found, warning = parse_published("01/02/23", dayfirst=True)
    assert found == date(2023, 2, 1) and "ambiguous" in warning
    assert parse_published("05/05/2023") == (date(2023, 5, 5), None)  # same either way


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="time.tzset is POSIX only")
def test_dates_do_not_depend_on_the_machine_timezone(monkeypatch):
    values = [
        "2023-01-31T23:30:00-05:00",
        "Tue, 31 Jan 2023 23:30:00 -1100",
        "1675209600",
        "June 18, 2023 11:30 PM PST",
    ]
    baseline = [parse_published(v) for v in values]
    for zone in ("Pacific/Auckland", "Pacific/Honolulu"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        _parse_text.cache_clear()
        assert [parse_published(v) for v in values] == baseline, zone
    monkeypatch.undo()
    time.tzset()
    _parse_text.cache_clear()
    assert baseline[0][0] == date(2023, 1, 31) and baseline[2][0] == date(2023, 2, 1)


_PIECES = st.sampled_from(
    [b"text", b"published", b",", b";", b"\t", b"|", b'"', b"\n", b"\r\n", b"{", b"}", b"[", b"]", b":",
     b'"text"', b"2023-01-31", b"31/02/2023", b"<html>", b"<p>", b"Date: ", b"\x00", b"\xff\xfe",
     b"\xef\xbb\xbf", b"caf\xe9", ENVOYS.encode(), b" ", b"sep=;\n", b"1675159200", b"null", b"articles"]
)  # fmt: skip


@hsettings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_PIECES, max_size=25).map(b"".join),
    st.sampled_from(["a.csv", "a.json", "a.jsonl", "a.txt", "a"]),
)
def test_any_bytes_give_outcomes_never_an_unexpected_error(data, filename):
    items = list(iter_articles(data, filename))
    assert items, "every file ends as at least one Article or Rejection"
    for item in items:
        if isinstance(item, Rejection):
            assert "unexpected error" not in item.reason and "could not be read (" not in item.reason
        else:
            assert all(0 <= s < e <= len(item.text) for s, e in content_spans(item.text))
    assert isinstance(detect_columns(data, filename), ColumnReport)


PROSE = [
    "Subscribers to the treaty met in Vienna to review its terms.",
    "Updated figures show the aid convoy reached the border on Friday.",
    "Share prices in Moscow fell after the sanctions were announced.",
    "Related talks on prisoner exchanges will continue next week.",
    "Photos of the signing ceremony were released by the ministry.",
    "Source material for the report came from three embassies.",
    "Published in 2021, the strategy set out the bloc's priorities.",
    "Home secretaries from five countries signed the declaration.",
    "By the end of the summit, the leaders had agreed on a joint text.",
]


@pytest.mark.parametrize("sentence", PROSE)
def test_furniture_patterns_do_not_swallow_ordinary_prose(sentence):
    assert sentence in _kept(f"{ENVOYS}\n\n{sentence}\n\n{TALKS}\n")


def test_furniture_file_is_well_formed_and_a_bad_pattern_is_named(tmp_path, monkeypatch):
    import yaml

    from pipeline.ingest import clean

    raw = yaml.safe_load(clean.FURNITURE_FILE.read_text(encoding="utf-8"))
    patterns = [p for group in raw["lines"].values() for p in group]
    assert len(patterns) == len(set(patterns)), "duplicate furniture patterns"
    assert raw["byline_prefixes"] and raw["credit_tails"]
    bad = tmp_path / "furniture.yaml"
    bad.write_text("lines:\n  g:\n    - '(unclosed'\n", encoding="utf-8")
    monkeypatch.setattr(clean, "FURNITURE_FILE", bad)
    clean.load_furniture.cache_clear()
    try:
        with pytest.raises(ValueError, match="furniture.yaml: bad pattern"):
            clean.load_furniture()
    finally:
        monkeypatch.undo()
        clean.load_furniture.cache_clear()


# Labels from other site layouts: relative timestamps, age warnings, desk bylines, agency
# contributor lines, bare "Save" and "3 min" buttons. Each must go; the prose beside it stays.
WEB_LABELS = [
    "2 hours ago",
    "an hour ago",
    "This article is more than 2 years old",
    "Support us",
    "Save",
    "3 min",
    "Our Europe desk",
    "Staff reporter",
    "Our Washington correspondent",
    "Image caption,",
    "Wire writers in Kyiv and Geneva contributed to this report.",
]


@pytest.mark.parametrize("label", WEB_LABELS)
def test_web_layout_labels_are_furniture(label):
    kept = _kept(f"{ENVOYS}\n{label}\n{TALKS}\n")
    assert label not in kept
    assert ENVOYS in kept and TALKS in kept


@pytest.mark.parametrize(
    "sentence",
    [
        "Two hours ago the convoy crossed into Gaza, officials said.",
        "Staff at the embassy were told to leave the capital on Friday.",
        "Save the Children said the ceasefire had to be extended.",
        "Our correspondent in Kyiv said air raid sirens sounded twice overnight.",
        "Reporters from three agencies contributed questions to the press conference.",
    ],
)
def test_web_layout_patterns_keep_prose_that_looks_like_them(sentence):
    assert sentence in _kept(f"{ENVOYS}\n\n{sentence}\n\n{TALKS}\n")


# A page copied from a browser: the date sits among the header's labels, not on a `Date:` line.
PAGE_BODY = "Ministers from both countries met in Geneva on Monday to resume talks on prisoner exchanges, officials said."


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("World\nTalks resume in Geneva\nPublished 16 September 2020\nShare", "16 September 2020"),
        ("Talks resume in Geneva\nMarch 19, 2022 | 7:02 AM\nBy our staff", "March 19, 2022"),
        ("Talks resume\nThu 11 Apr 2024 06.00 BST\nShare", "Thu 11 Apr 2024"),
        ("Talks resume\nPublished On 23 Aug 2024\nSave", "23 Aug 2024"),
        ("Home / World\nTalks resume\nPublished: May 17, 2023", "May 17, 2023"),
        # the last change is a later day than the publication: the first publication wins
        (
            "Talks resume\nLast modified on Sun 18 Mar 2018 11.40 GMT\nSun 18 Mar 2018 09.15 GMT",
            "Sun 18 Mar 2018",
        ),
        ("Talks resume\nUpdated 2 June 2021", "2 June 2021"),  # only an update shown: better than nothing
    ],
)
def test_a_web_copy_takes_its_publication_date_from_the_page_header(header, published):
    from pipeline.ingest.readers import txt_record

    record = txt_record(f"{header}\n{PAGE_BODY}\n")
    assert (record.cells["published"] or record.cells["page_date"]) == published


def test_a_date_in_the_body_is_an_events_date_not_the_pages():
    from pipeline.ingest.readers import txt_record

    text = f"Talks resume in Geneva\n{PAGE_BODY}\n12 March 2021\nMore text follows here.\n"
    assert txt_record(text).cells["page_date"] is None


def test_web_copy_header_and_footer_labels_are_furniture():
    text = (
        "Home / World / Asia Pacific\n"
        "Analysis | Europe and Eurasia\n"
        "Brief by our research staff\n"
        "March 19, 2022 | 7:02 AM\n"
        "16 August 2025\n"
        f"{ENVOYS}\n\n"
        "Read more:\n"
        "Leaders to focus on trade and security\n\n"
        "Another linked headline about the summit\n"
        "Tags: Quad, Australia, United States\n"
    )
    assert _kept(text) == [ENVOYS]


@pytest.mark.parametrize("heading", ["RELATED STORIES", "Related Posts", "Most Read"])
def test_a_list_heading_without_a_colon_drops_the_linked_headlines_under_it(heading):
    text = f"{ENVOYS}\n\n{heading}\nLeaders to focus on trade and security\nAnother linked headline about the summit\n"
    assert _kept(text) == [ENVOYS]


def test_a_sidebar_teaser_is_furniture():
    assert _kept(f"{ENVOYS}\nSidebar: Growers fear a price war after the tariff threat\n") == [ENVOYS]


def test_a_page_header_date_is_used_and_said_but_the_callers_date_wins(tmp_path):
    from pipeline.ingest import iter_articles

    data = f"Talks resume in Geneva\nPublished 16 September 2020\n{PAGE_BODY}\n".encode()
    (article,) = iter_articles(data, "page.txt")
    assert article.published == date(2020, 9, 16)
    assert any("page's header line '16 September 2020'" in w for w in article.warnings)
    (given_date,) = iter_articles(data, "page.txt", published=date(2020, 9, 17))
    assert given_date.published == date(2020, 9, 17) and not given_date.warnings


def test_a_caption_label_is_cut_and_the_caption_is_a_span_of_its_own():
    text = f"{ENVOYS}\nImage caption, The two leaders greeted each other at the Kremlin\n{TALKS}\n"
    spans = content_spans(text)
    kept = [text[s:e] for s, e in spans]
    assert "The two leaders greeted each other at the Kremlin" in kept
    assert not any("Image caption" in k for k in kept)
    assert any(k.startswith(TALKS) for k in kept)
