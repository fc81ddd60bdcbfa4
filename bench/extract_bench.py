"""Speed and memory of `extract` and `ingest` on real newswire, against a naive baseline (issue #6).

    python bench/extract_bench.py [--rows 1000] [--big-rows 3000] [--dask] [--keep DIR]

Input: the TBAQ-cleaned TimeML files (../shared/bench/tempeval3/TBAQ-cleaned, 256 AP/NYT/WSJ/...
articles): the text of <TEXT> exactly as the TempEval scorer's dump-text writes it, the document
creation time as `published`, repeated to --rows rows. A repeated copy gets a "[copy N]" line
and its own URL, or the pipeline would rightly skip it as a duplicate. The CSV is written one
row at a time into a temporary folder; every command reads it as a stream.

Every figure is a whole process (imports, reading, writing) timed in this run, so the ratios
hold on the machine at hand; machines shared with other jobs make the absolute numbers noisy.
  baseline  a process reading the same CSV and running dateparser.search.search_dates on each
            text (RELATIVE_BASE = published, languages=["en"]): the naive way to "find dates"
  extract   python -m pipeline extract FILE --format jsonl > /dev/null  (--workers 1 and 2)
  ingest    python -m pipeline ingest FILE --db NEW.db --workers 1 and 2 (and --engine dask)
Peak RSS is the largest single process of the command (os.wait4's ru_maxrss: the parent or one
pool worker), read again at --big-rows rows to show memory does not grow with input size.
The workers-1 and workers-2 stores are exported and compared: they must be equal.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
TBAQ = ROOT / ".." / "shared" / "bench" / "tempeval3" / "TBAQ-cleaned"
PYTHON = sys.executable
# issue #6: >= 10x the naive dateparser pass; < 1 GB peak RSS; near-linear scaling on 2 cores.
TARGET_RATIO = 10.0
TARGET_RSS_MB = 1024

BASELINE_SCRIPT = """
import csv, sys, datetime as dt
from dateparser.search import search_dates
csv.field_size_limit(sys.maxsize)
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        base = dt.datetime.fromisoformat(row["published"])
        search_dates(row["text"], languages=["en"], settings={"RELATIVE_BASE": base})
"""


def tbaq_documents(folder: Path) -> list[tuple[str, str, str]]:
    """(doc id, DCT as YYYY-MM-DD, TEXT content) of every .tml file, in name order."""
    docs = []
    for path in sorted(folder.rglob("*.tml")):
        if path.name.startswith("._"):
            continue
        root = ElementTree.parse(path).getroot()
        text = "".join(root.find("TEXT").itertext())
        dct = next(
            (
                t.get("value", "")[:10]
                for t in root.iter("TIMEX3")
                if t.get("functionInDocument") == "CREATION_TIME"
            ),
            "",
        )
        docs.append((path.stem, dct, text))
    return docs


def write_input(path: Path, docs: list[tuple[str, str, str]], rows: int) -> None:
    """The benchmark CSV, written row by row (never held in memory)."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["title", "published", "url", "text"])
        for i in range(rows):
            doc, dct, text = docs[i % len(docs)]
            copy = i // len(docs)
            writer.writerow(
                [
                    doc,
                    dct,
                    f"https://bench.example/{doc}/{copy}",
                    text + (f"\n[copy {copy}]\n" if copy else ""),
                ]
            )


def run(cmd: list[str], stdout_path: Path | None = None) -> tuple[float, float]:
    """(wall seconds, peak RSS MB of the largest process) of one command; raises if it fails."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryFile() as err, open(stdout_path or os.devnull, "wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)  # the rusage of this command alone
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace")[-2000:]
            raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{tail}")
    return seconds, usage.ru_maxrss / 1024  # Linux reports KiB


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def measure(work: Path, rows: int, *, dask: bool, baseline: bool) -> Iterator[tuple[str, int, float, float]]:
    """(label, rows, seconds, peak RSS MB) per command on an input of `rows` rows."""
    src = work / f"articles_{rows}.csv"
    write_input(src, tbaq_documents(TBAQ), rows)
    if baseline:
        yield ("baseline: dateparser search_dates", rows, *run([PYTHON, "-c", BASELINE_SCRIPT, str(src)]))
    extract = [PYTHON, "-m", "pipeline", "extract", str(src), "--format", "jsonl"]
    yield ("extract --workers 1", rows, *run(extract))
    yield ("extract --workers 2", rows, *run([*extract, "--workers", "2"]))
    ingest = [PYTHON, "-m", "pipeline", "ingest", str(src), "--db"]
    dumps = []
    variants = [("--workers", "1"), ("--workers", "2")] + (
        [("--engine", "dask", "--workers", "2")] if dask else []
    )
    for n, opts in enumerate(variants):
        db = work / f"store_{rows}_{n}.db"
        yield (f"ingest {' '.join(opts)}", rows, *run([*ingest, str(db), *opts]))
        dump = work / f"export_{rows}_{n}.jsonl"
        run([PYTHON, "-m", "pipeline", "export", "--db", str(db), "--format", "jsonl", "--mentions"], dump)
        dumps.append(dump)
    digests = {file_digest(d) for d in dumps}
    print(
        f"  stores from {len(dumps)} ingest variants ({rows} rows): "
        + ("identical" if len(digests) == 1 else f"DIFFER ({', '.join(sorted(digests))})"),
        flush=True,
    )


def stage_breakdown(docs: list[tuple[str, str, str]]) -> list[tuple[str, float]]:
    """Warm milliseconds per article of each stage on the distinct documents (in this process).

    The stages are called on their own; `extract_events` calls the first four again inside, so
    its figure is the whole per-article cost and the others say where it goes.
    """
    sys.path.insert(0, str(ROOT))
    from datetime import date

    from pipeline import dedupe, entities, events, ingest, timex
    from pipeline.models import Article

    articles = [
        Article(text=t, published=date.fromisoformat(d) if d else None, title=doc) for doc, d, t in docs
    ]
    stages = {
        "ingest.detect_language": lambda a: ingest.detect_language(a.text),
        "ingest.content_spans": lambda a: ingest.content_spans(a.text),
        "timex.find_time_expressions": lambda a: timex.find_time_expressions(a.text, a.published),
        "entities.find_entities": lambda a: entities.find_entities(a.text, published=a.published),
        "entities.find_known_events": lambda a: entities.find_known_events(a.text, a.published),
        "events.extract_events (all of the above and more)": lambda a: events.extract_events(
            a, dedupe.article_id(a.text)
        ),
    }
    out = []
    for name, fn in stages.items():
        fn(articles[0])  # loaders and caches warm
        started = time.perf_counter()
        for a in articles:
            fn(a)
        out.append((name, (time.perf_counter() - started) * 1000 / len(articles)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1000, help="input rows for the timed runs (default 1000)")
    parser.add_argument("--big-rows", type=int, default=3000, help="rows for the memory check (0: skip)")
    parser.add_argument("--dask", action="store_true", help="also time ingest --engine dask --workers 2")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the inputs and stores")
    parser.add_argument("--stages", action="store_true", help="only print the per-stage breakdown")
    args = parser.parse_args(argv)
    if not TBAQ.is_dir():
        print(f"skipped: {TBAQ.resolve()} is absent (the shared TempEval-3 data)")
        return 0
    if args.stages:
        print("| stage (warm, distinct TBAQ documents) | ms per article |")
        print("| --- | ---: |")
        for name, ms in stage_breakdown(tbaq_documents(TBAQ)):
            print(f"| {name} | {ms:.2f} |")
        return 0
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        results = []
        for label, rows, seconds, rss in measure(work, args.rows, dask=args.dask, baseline=True):
            results.append((label, rows, seconds, rss))
            print(f"  {label:<36} {rows:>6} rows {seconds:7.2f} s  {rss:7.0f} MB", flush=True)
        if args.big_rows:
            for label, rows, seconds, rss in measure(work, args.big_rows, dask=False, baseline=False):
                results.append((label, rows, seconds, rss))
                print(f"  {label:<36} {rows:>6} rows {seconds:7.2f} s  {rss:7.0f} MB", flush=True)
    report(results, args.rows, args.big_rows)
    return 0


def report(results: list[tuple[str, int, float, float]], rows: int, big_rows: int) -> None:
    base = next(r for r in results if r[0].startswith("baseline"))
    base_rate = base[1] / base[2]
    print()
    print(f"| command ({rows} TBAQ articles) | seconds | articles/s | x baseline | peak RSS MB |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, n, seconds, rss in results:
        if n != rows:
            continue
        rate = n / seconds
        print(f"| {label} | {seconds:.2f} | {rate:.1f} | {rate / base_rate:.2f} | {rss:.0f} |")
    by = {(label, n): (s, rss) for label, n, s, rss in results}
    for kind in ("extract", "ingest"):
        one, two = by.get((f"{kind} --workers 1", rows)), by.get((f"{kind} --workers 2", rows))
        if one and two:
            print(f"{kind}: --workers 2 / --workers 1 speed = {one[0] / two[0]:.2f}x (2.0 = linear)")
    ext = by[("extract --workers 1", rows)]
    verdict = "met" if rows / ext[0] / base_rate >= TARGET_RATIO else "NOT met"
    print(f"target extract >= {TARGET_RATIO:.0f}x baseline: {verdict} ({rows / ext[0] / base_rate:.2f}x)")
    if big_rows:
        print()
        print(f"| peak RSS MB | {rows} rows | {big_rows} rows | growth |")
        print("| --- | ---: | ---: | ---: |")
        for label, n, _s, rss in results:
            if n == big_rows and (label, rows) in by:
                small = by[(label, rows)][1]
                print(f"| {label} | {small:.0f} | {rss:.0f} | {rss / small:.2f}x |")
        worst = max(r[3] for r in results)
        print(
            f"target peak RSS < {TARGET_RSS_MB} MB: {'met' if worst < TARGET_RSS_MB else 'NOT met'} ({worst:.0f} MB)"
        )


if __name__ == "__main__":
    sys.exit(main())
