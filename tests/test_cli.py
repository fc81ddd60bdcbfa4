"""pipeline.cli: `python -m pipeline ingest|extract|timex|export`, exit codes 0/1/2, never a traceback."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from pipeline import cli, store
from pipeline.models import CONTRACT_FIELDS, Article, Event

PROJECT = Path(__file__).resolve().parents[1]

MIXED_CSV = (
    "title,text,published,url\n"
    'One,"Two foreign ministers met in a harbour town on Tuesday to talk about fishing rights.",2024-05-02,https://x.example/1\n'
    'Copy,"two foreign ministers met in a harbour town on Tuesday   to talk about fishing rights.",2024-05-02,\n'
    "Empty,,2024-05-03,https://x.example/3\n"
    'Other,"A trade minister visited a port city and signed a shipping accord.",2024-05-04,https://x.example/4\n'
)


@pytest.fixture(autouse=True)
def no_default_db(tmp_path, monkeypatch):
    """No test may touch data/events.db: the default database points into tmp_path."""
    monkeypatch.setenv("DIPLO_DB", str(tmp_path / "default.db"))


@pytest.fixture
def mixed(tmp_path) -> Path:
    path = tmp_path / "mixed.csv"
    path.write_text(MIXED_CSV, encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def run_module(*argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *map(str, argv)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
    )


# --- ingest ------------------------------------------------------------------------------------


def test_ingest_json_summary_adds_up_and_rerun_is_all_duplicates(capsys, mixed, tmp_path):
    db = tmp_path / "t.db"
    code, out, _ = run(capsys, "ingest", mixed, "--db", db, "--json")
    assert code == 0
    report = json.loads(out)
    assert (report["read"], report["stored"], report["duplicates"], report["rejected"]) == (4, 2, 1, 1)
    assert report["read"] == report["stored"] + report["duplicates"] + report["rejected"]
    assert report["rejections"][0]["file"] == str(mixed) and report["rejections"][0]["row"] == 3
    assert {"events", "rejections"} <= set(report)
    code, out, _ = run(capsys, "ingest", mixed, "--db", db, "--json")
    again = json.loads(out)
    assert code == 0 and (again["stored"], again["duplicates"], again["rejected"], again["events"]) == (
        0,
        3,
        1,
        0,
    )


def test_ingest_plain_summary_names_rejected_rows(capsys, mixed, tmp_path):
    code, out, err = run(capsys, "ingest", mixed, "--db", tmp_path / "t.db")
    assert code == 0
    assert "stored 2" in out and "duplicates 1" in out and "rejected 1" in out
    assert "mixed.csv" in err and "row 3" in err


def test_missing_file_exits_1_naming_it(capsys, tmp_path):
    code, out, err = run(capsys, "ingest", tmp_path / "nope.csv", "--db", tmp_path / "t.db")
    assert code == 1
    assert f"{tmp_path / 'nope.csv'}: no such file: check the path" in err


def test_unreadable_file_says_why_and_what_to_do(capsys, mixed, tmp_path, monkeypatch):
    locked = tmp_path / "locked.csv"
    locked.write_text("text\nLeaders met in Oslo on Monday.\n")
    real_open = open

    def deny(path, *args, **kwargs):  # chmod 000 does not stop root, so refuse like the OS would
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(cli, "open", deny, raising=False)
    code, out, err = run(capsys, "ingest", locked, "--db", tmp_path / "t.db")
    assert code == 1 and "Traceback" not in err
    assert f"{locked}: cannot be opened (Permission denied): make it readable" in err


def test_missing_file_next_to_a_good_one_is_one_rejection(capsys, mixed, tmp_path):
    code, out, err = run(capsys, "ingest", mixed, tmp_path / "nope.csv", "--db", tmp_path / "t.db", "--json")
    report = json.loads(out)
    assert code == 0
    assert (report["read"], report["rejected"]) == (5, 2)
    assert {
        "file": str(tmp_path / "nope.csv"),
        "row": None,
        "reason": "no such file: check the path and its spelling",
    } in report["rejections"]


@pytest.mark.parametrize(
    "content",
    [b"", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), b"title,url\nx,https://a.example\n"],
    ids=["empty", "binary", "no-text-column"],
)
def test_junk_input_exits_1_without_traceback(tmp_path, content):
    junk = tmp_path / "junk.csv"
    junk.write_bytes(content)
    proc = run_module("ingest", junk, "--db", tmp_path / "t.db")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "junk.csv" in proc.stderr


def test_corrupt_database_is_a_message_not_a_traceback(mixed, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not sqlite" * 1000)
    proc = run_module("ingest", mixed, "--db", bad)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "bad.db" in proc.stderr and "--db" in proc.stderr


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["ingest"],
        ["ingest", "x.csv", "--published", "last Monday"],
        ["ingest", "x.csv", "--workers", "0"],
        ["export", "--format", "xml"],
        ["export", "--from", "2024-02-01", "--to", "2024-01-01"],
        ["timex", "x.txt"],
        ["frobnicate"],
    ],
)
def test_wrong_usage_exits_2(capsys, argv):
    code, _, err = run(capsys, *argv)
    assert code == 2 and "usage" in err


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("2023-02-30", "day is out of range for month"),
        ("2023-13-01", "month must be in 1..12"),
        ("1/2/2023", "YYYY-MM-DD"),
    ],
)
def test_impossible_date_option_says_what_is_wrong(capsys, value, says):
    code, _, err = run(capsys, "export", "--from", value)
    assert code == 2 and says in err and value in err


def test_workers_is_accepted(capsys, mixed, tmp_path):
    code, out, _ = run(capsys, "ingest", mixed, "--db", tmp_path / "t.db", "--workers", "2", "--json")
    assert code == 0 and json.loads(out)["stored"] == 2


def test_module_entry_point_runs(mixed, tmp_path):
    proc = run_module("ingest", mixed, "--db", tmp_path / "t.db", "--json")
    assert proc.returncode == 0, proc.stderr + proc.stdout
    assert json.loads(proc.stdout)["read"] == 4


# --- extract and timex -------------------------------------------------------------------------


def fake_events(article: Article, article_id: str = "") -> list[Event]:
    start = article.text.find("met")
    if start < 0:
        return []
    return [
        Event(event_id="", event_type="meeting", title="=cmd|' /C calc'!A0", countries=("NOR",), actors=("A. Minister",),
              date_start="2024-04-30", date_end="2024-04-30", trigger="met", trigger_start=start, trigger_end=start + 3,
              published=article.published.isoformat() if article.published else None),
    ]  # fmt: skip


@pytest.fixture
def extractor(monkeypatch):
    import importlib

    monkeypatch.setattr(
        importlib.import_module("pipeline.events"), "extract_events", fake_events, raising=False
    )


def test_extract_prints_contract_rows(capsys, mixed, extractor):
    code, out, err = run(capsys, "extract", mixed)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 1 and rows[0]["mentions"] == 1  # the copy is a duplicate article
    assert set(CONTRACT_FIELDS) <= set(rows[0])
    assert "row 3" in err


def test_extract_csv_mentions(capsys, tmp_path, extractor):
    path = tmp_path / "two.csv"
    path.write_text(
        "text,published\n"
        '"Envoys met at noon.",2024-05-01\n'
        '"Later the envoys met again, a second outlet wrote.",2024-05-01\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "extract", path, "--format", "csv", "--mentions")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 2
    assert len({r["event_id"] for r in rows}) == 1 and {r["mentions"] for r in rows} == {"2"}
    assert {r["trigger_start"] for r in rows} == {"7", "17"}
    assert rows[0]["title"].startswith("'=")  # neutralised in CSV


def test_extract_on_a_txt_file_uses_published(capsys, tmp_path, extractor):
    path = tmp_path / "story.txt"
    path.write_text("Delegations met in a quiet valley after weeks of letters.", encoding="utf-8")
    code, out, _ = run(capsys, "extract", path, "--published", "2024-05-01")
    assert code == 0
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert row["published"] == "2024-05-01"


def test_timex_prints_offsets_into_the_file_text(capsys, tmp_path):
    text = "Ministers met on 3 March 2023.\r\nThey meet again next week."
    path = tmp_path / "t.txt"
    path.write_bytes(text.encode("utf-8"))
    code, out, _ = run(capsys, "timex", path, "--dct", "2023-03-05")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    for r in records:
        assert set(r) == {"file", "start", "end", "text", "type", "value"}
        assert text[r["start"] : r["end"]] == r["text"] and r["file"] == str(path)
    import pipeline.timex as timex

    assert len(records) == len(timex.find_time_expressions(text, date(2023, 3, 5)))


def test_timex_refuses_non_utf8_and_missing_files(capsys, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Réunion le 3 mars".encode("latin-1"))
    code, _, err = run(capsys, "timex", path, tmp_path / "gone.txt", "--dct", "2023-03-05")
    assert code == 1
    assert "latin.txt: not UTF-8" in err and "gone.txt: no such file: check the path" in err
    code, _, err = run(capsys, "timex", tmp_path, "--dct", "2023-03-05")
    assert code == 1 and f"{tmp_path}: is a directory: give the files inside it" in err


# --- export ------------------------------------------------------------------------------------


@pytest.fixture
def stored_db(tmp_path) -> Path:
    path = tmp_path / "export.db"
    conn = store.connect(path)
    a1 = Article(
        text="First article we wrote for export tests.",
        published=date(2024, 1, 10),
        title="A1",
        url="https://e.example/1",
    )
    a2 = Article(
        text="Second article we wrote for export tests.",
        published=date(2024, 2, 10),
        title="A2",
        url="https://e.example/2",
    )
    hyperlink = Event(
        event_id="", event_type="summit", title='=HYPERLINK("http://x","y")', countries=("NOR", "SWE"),
        actors=("Ola Example",), date_start="2024-01-08", date_end="2024-01-09", evidence="They gathered.",
        trigger="gathered", trigger_start=5, trigger_end=13, published="2024-01-10",
    )  # fmt: skip
    sanction = Event(
        event_id="", event_type="sanction", title="New export limits", countries=("FIN",), actors=("Bo Example",),
        date_start="2024-02-05", date_end="2024-02-05", trigger="limits", trigger_start=1, trigger_end=7,
        published="2024-02-10",
    )  # fmt: skip
    undated = Event(
        event_id="", event_type="statement", title="A statement", countries=("DNK",), actors=("Cy Example",)
    )
    store.store_batch(conn, [(a1, [hyperlink, undated]), (a2, [sanction])])
    conn.close()
    return path


def test_export_csv_neutralises_formulas(capsys, stored_db):
    code, out, _ = run(capsys, "export", "--db", stored_db, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 3
    summit = next(r for r in rows if r["event_type"] == "summit")
    assert summit["title"] == '\'=HYPERLINK("http://x","y")'
    assert summit["countries"] == "NOR; SWE"


def test_export_jsonl_rows_have_contract_fields_and_filters_apply(capsys, stored_db):
    code, out, _ = run(
        capsys, "export", "--db", stored_db, "--format", "jsonl", "--type", "summit,sanction", "--dated-only"
    )
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["event_type"] for r in rows] == ["summit", "sanction"]
    assert all(set(CONTRACT_FIELDS) <= set(r) for r in rows) and rows[0]["actors"] == ["Ola Example"]
    _, out, _ = run(capsys, "export", "--db", stored_db, "--format", "jsonl", "--country", "fin")
    assert [json.loads(line)["event_type"] for line in out.splitlines()] == ["sanction"]
    _, out, _ = run(
        capsys, "export", "--db", stored_db, "--format", "jsonl", "--from", "2024-01-09", "--to", "2024-01-31"
    )
    assert sorted(json.loads(line)["event_type"] for line in out.splitlines()) == ["statement", "summit"]
    _, out, _ = run(capsys, "export", "--db", stored_db, "--format", "jsonl", "--actor", "Bo Example")
    assert [json.loads(line)["event_type"] for line in out.splitlines()] == ["sanction"]


def test_export_ics_to_a_file(capsys, stored_db, tmp_path):
    out_file = tmp_path / "events.ics"
    code, _, err = run(capsys, "export", "--db", stored_db, "--format", "ics", "--out", out_file)
    assert code == 0 and "written" in err
    raw = out_file.read_bytes().decode("utf-8")
    assert raw.count("BEGIN:VEVENT") == 2  # the undated statement has no day
    assert "\r\n" in raw and "DTSTART;VALUE=DATE:20240108" in raw and "DTEND;VALUE=DATE:20240110" in raw


def test_export_mentions(capsys, stored_db):
    conn = store.connect(stored_db)
    a3 = Article(
        text="Third article, a second report of the summit.", published=date(2024, 1, 11), title="A3"
    )
    again = Event(
        event_id="", event_type="summit", title="Summit", countries=("NOR",), actors=("Ola Example",),
        date_start="2024-01-08", date_end="2024-01-08", trigger="summit", trigger_start=36, trigger_end=42,
        published="2024-01-11",
    )  # fmt: skip
    store.store_batch(conn, [(a3, [again])])
    conn.close()
    code, out, _ = run(
        capsys, "export", "--db", stored_db, "--format", "jsonl", "--mentions", "--type", "summit"
    )
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 2 and len({r["event_id"] for r in rows}) == 1
    assert sorted(r["trigger"] for r in rows) == ["gathered", "summit"]  # each mention's own trigger
    assert {r["mentions"] for r in rows} == {2}


def test_export_without_a_database_exits_1(capsys, tmp_path):
    code, _, err = run(capsys, "export", "--db", tmp_path / "none.db")
    assert code == 1 and "none.db" in err and "ingest" in err
    assert not (tmp_path / "none.db").exists()


def test_export_to_an_unwritable_place_exits_1(capsys, stored_db, tmp_path):
    code, _, err = run(capsys, "export", "--db", stored_db, "--out", tmp_path / "no" / "such" / "dir.csv")
    assert code == 1 and "cannot write" in err


def test_export_subprocess_streams_ics(stored_db):
    proc = run_module("export", "--db", stored_db, "--format", "ics")
    assert proc.returncode == 0 and proc.stdout.count("BEGIN:VEVENT") == 2
    assert "Traceback" not in proc.stderr


def test_interrupted_export_leaves_no_truncated_file_and_says_so(capsys, stored_db, tmp_path, monkeypatch):
    from pipeline import export

    target = tmp_path / "out.csv"

    def stop_midway(rows, out):
        out.write("event_id,title\r\nhalf,")
        raise KeyboardInterrupt

    monkeypatch.setattr(export, "write_csv", stop_midway)
    code, _, err = run(capsys, "export", "--db", stored_db, "--out", target)
    assert code == 130 and "Traceback" not in err
    assert f"nothing was written to {target}" in err and "stored" not in err
    assert not target.exists() and list(tmp_path.glob("out.csv*")) == []


def test_interrupted_extract_does_not_talk_about_stored_batches(capsys, tmp_path, monkeypatch):
    def stop(_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_extract", stop)
    code, _, err = run(capsys, "extract", tmp_path / "x.csv")
    assert code == 130 and err.strip() == "interrupted: the output above is incomplete; run the command again"
