"""The dashboard's queries and `export` on a store of 1,000,000 events (issue #6, target 4).

    python bench/store_bench.py [--events 1000000] [--base 10000] [--db DIR]

1. A base store of --base synthetic events is built through store.store_batch (the real write
   path: duplicate checks, merge candidates, link tables), with bench/dashboard_bench.py's
   generator. It is also the baseline: every query is timed on it in the same run.
2. The big store is the base copied N times with new ids, dates shifted by up to two years,
   in one transaction of INSERT ... SELECT on the store's own connection. This fixture shortcut
   exists only here: the pipeline itself writes through store_batch (2,000 articles into a
   1 M-event store take ~14 s there, far too slow to build a million events for a benchmark).
3. Each dashboard query (query_events with limit and filters, count_events, facets,
   weekly_counts, stats, query_mentions) is timed on both stores, best of --repeat runs, with
   its ratio big/base; `EXPLAIN QUERY PLAN` of every SQL statement it ran flags full-table
   scans. `export` (the CLI, a whole process) is timed on both, with its peak RSS, against a
   contrast that loads the whole events table into pandas (what the dashboard must never do).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.dashboard_bench import ARTICLES_PER_BATCH, EVENTS_PER_ARTICLE, _aid, _article_and_events  # noqa: E402
from pipeline import store  # noqa: E402
from pipeline.models import EventFilter  # noqa: E402

PYTHON = sys.executable
SHIFT_DAYS_STEP = 37  # copy k's dates move by k*37 mod 730 days: the copies spread over two more years
SHIFT_DAYS_MOD = 730
# issue #6 / #5: a dashboard query answers in well under a second on 1 M events; memory < 1 GB.
TARGET_QUERY_S = 0.5
TARGET_RSS_MB = 1024
# Tables copied for the big store, and how each copy renames its keys ({k} = copy number).
ID_COLUMNS = {
    "articles": {
        "article_id": "article_id || '~{k}'",
        "text_hash": "text_hash || '~{k}'",
        "canonical_url": "CASE WHEN canonical_url != '' THEN canonical_url || '/{k}' ELSE '' END",
    },
    "events": {"event_id": "event_id || '~{k}'", "article_id": "article_id || '~{k}'"},
    "mentions": {"event_id": "event_id || '~{k}'", "article_id": "article_id || '~{k}'"},
    "event_actors": {"event_id": "event_id || '~{k}'"},
    "event_countries": {"event_id": "event_id || '~{k}'"},
}
DATE_COLUMNS = ("date_start", "date_end")


def build_base(path: Path, n_events: int) -> float:
    """A store of about n_events events through store_batch; returns seconds taken."""
    rnd = random.Random(5)
    started = time.perf_counter()
    with closing(store.connect(path)) as conn:
        articles = n_events // EVENTS_PER_ARTICLE
        for first in range(0, articles, ARTICLES_PER_BATCH):
            batch = [
                _article_and_events(i, rnd) for i in range(first, min(articles, first + ARTICLES_PER_BATCH))
            ]
            store.store_batch(conn, [(a, store.assign_ids(_aid(a), evs)) for a, evs in batch])
    return time.perf_counter() - started


def multiply(base: Path, big: Path, copies: int) -> float:
    """`big` = `base` plus copies-1 renamed, date-shifted copies of every row; returns seconds."""
    shutil.copyfile(base, big)
    started = time.perf_counter()
    with closing(store.connect(big)) as conn:
        columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in ID_COLUMNS}
        conn.execute("ATTACH DATABASE ? AS base", (str(base),))
        conn.execute("BEGIN IMMEDIATE")
        for k in range(1, copies):
            shift = f"'+{k * SHIFT_DAYS_STEP % SHIFT_DAYS_MOD} days'"
            for table, renames in ID_COLUMNS.items():
                exprs = []
                for c in columns[table]:
                    if c in renames:
                        exprs.append(renames[c].format(k=k))
                    elif c in DATE_COLUMNS:
                        exprs.append(f"date({c}, {shift})")
                    else:
                        exprs.append(c)
                conn.execute(
                    f"INSERT INTO main.{table} ({', '.join(columns[table])}) "
                    f"SELECT {', '.join(exprs)} FROM base.{table}"
                )
        span = conn.execute(
            "SELECT COALESCE(MAX(CAST(julianday(date_end) - julianday(date_start) AS INTEGER)), 0) FROM events"
        ).fetchone()[0]
        conn.execute("UPDATE meta SET value = ? WHERE key = 'max_span_days'", (str(span),))
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE base")
    return time.perf_counter() - started


QUERIES: dict[str, Callable[[Any, dict[str, Any]], Any]] = {
    "query_events page 1 (limit 100)": lambda c, s: store.query_events(c, EventFilter(), limit=100),
    "query_events page 50 (offset 4900)": lambda c, s: store.query_events(
        c, EventFilter(), limit=100, offset=4900
    ),
    "query_events by mentions (limit 100)": lambda c, s: store.query_events(
        c, EventFilter(), limit=100, order="mentions"
    ),
    "query_events one month": lambda c, s: store.query_events(
        c, EventFilter(date_from="2020-03-01", date_to="2020-03-31"), limit=100
    ),
    "query_events type+country+year": lambda c, s: store.query_events(
        c,
        EventFilter(date_from="2019-01-01", date_to="2019-12-31", types=("meeting",), countries=("FRA",)),
        limit=100,
    ),
    "query_events one actor": lambda c, s: store.query_events(
        c, EventFilter(actors=(s["actor"],)), limit=100
    ),
    "query_events text 'Envoy 77'": lambda c, s: store.query_events(
        c, EventFilter(text="Envoy 77"), limit=100
    ),
    "count_events all": lambda c, s: store.count_events(c, EventFilter()),
    "count_events one month": lambda c, s: store.count_events(
        c, EventFilter(date_from="2020-03-01", date_to="2020-03-31")
    ),
    "count_events type+country": lambda c, s: store.count_events(
        c, EventFilter(types=("meeting",), countries=("FRA",))
    ),
    "facets": lambda c, s: store.facets(c),
    "weekly_counts all": lambda c, s: store.weekly_counts(c, EventFilter()),
    "weekly_counts one year, one country": lambda c, s: store.weekly_counts(
        c, EventFilter(date_from="2019-01-01", date_to="2019-12-31", countries=("CHN",))
    ),
    "stats": lambda c, s: store.stats(c),
    "query_mentions one event": lambda c, s: store.query_mentions(c, s["event_id"]),
}


def time_queries(path: Path, repeat: int) -> dict[str, tuple[float, list[str]]]:
    """Best-of-`repeat` seconds per query, and the full-table scans of its SQL's query plans."""
    out: dict[str, tuple[float, list[str]]] = {}
    with closing(store.connect(path)) as conn:
        sample = {
            "actor": store.query_events(conn, EventFilter(), limit=1)["actors"][0][0],
            "event_id": store.query_events(conn, EventFilter(), limit=1, order="mentions")["event_id"][0],
        }
        for name, query in QUERIES.items():
            statements: list[str] = []
            best = float("inf")
            for i in range(repeat):
                if i == 0:
                    conn.set_trace_callback(statements.append)
                started = time.perf_counter()
                query(conn, sample)
                best = min(best, time.perf_counter() - started)
                conn.set_trace_callback(None)
            out[name] = (best, _scans(conn, statements))
    return out


def _scans(conn: Any, statements: list[str]) -> list[str]:
    """Plan steps that read a whole table (SCAN without an index) in the traced statements."""
    found = []
    for sql in statements:
        if not sql.lstrip().upper().startswith("SELECT"):
            continue
        for row in conn.execute("EXPLAIN QUERY PLAN " + sql):
            detail = row[3]
            if detail.startswith("SCAN") and "INDEX" not in detail:
                found.append(detail)
    return found


def run_export(db: Path) -> tuple[float, float, int]:
    """(seconds, peak RSS MB, bytes written) of `python -m pipeline export --format csv` as a process."""
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [PYTHON, "-m", "pipeline", "export", "--db", str(db), "--format", "csv"],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"export failed on {db}")
        return seconds, usage.ru_maxrss / 1024, out.tell()


PANDAS_ALL = """
import sys
from contextlib import closing
from pipeline import store
from pipeline.models import EventFilter
with closing(store.connect(sys.argv[1])) as conn:
    df = store.query_events(conn, EventFilter())  # no limit: every event into one DataFrame
print(len(df))
"""


def run_pandas_all(db: Path) -> tuple[float, float]:
    """(seconds, peak RSS MB) of loading every event into a DataFrame: the contrast for export."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [PYTHON, "-c", PANDAS_ALL, str(db)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"pandas contrast failed on {db}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="events in the big store")
    parser.add_argument("--base", type=int, default=10_000, help="events in the base (baseline) store")
    parser.add_argument("--repeat", type=int, default=3, help="runs per query; the best is kept")
    parser.add_argument("--db", metavar="DIR", help="keep the stores in DIR and reuse them")
    parser.add_argument("--no-pandas", action="store_true", help="skip the load-everything contrast")
    args = parser.parse_args(argv)
    copies = max(1, args.events // args.base)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.db or tmp)
        work.mkdir(parents=True, exist_ok=True)
        base, big = work / f"base_{args.base}.db", work / f"big_{args.base * copies}.db"
        if not base.exists():
            print(f"base store: {build_base(base, args.base):.1f} s through store_batch", flush=True)
        if not big.exists():
            print(f"big store: {multiply(base, big, copies):.1f} s for {copies} copies", flush=True)
        with closing(store.connect(big)) as conn:
            n_big = store.stats(conn)
        with closing(store.connect(base)) as conn:
            n_base = store.stats(conn)
        print(f"base: {n_base['events']:,} events, {n_base['mentions']:,} mentions; "
              f"big: {n_big['events']:,} events, {n_big['mentions']:,} mentions; "
              f"{big.stat().st_size / 1e6:.0f} MB")  # fmt: skip
        small_t, big_t = time_queries(base, args.repeat), time_queries(big, args.repeat)
        print()
        print(
            f"| query | {n_base['events']:,} events (s) | {n_big['events']:,} events (s) | big/base | full scans |"
        )
        print("| --- | ---: | ---: | ---: | --- |")
        slow = []
        for name in QUERIES:
            (s, _), (b, scans) = small_t[name], big_t[name]
            print(f"| {name} | {s:.4f} | {b:.4f} | {b / s:.1f}x | {'; '.join(sorted(set(scans))) or '-'} |")
            if b > TARGET_QUERY_S:
                slow.append(name)
        print(
            f"target each query < {TARGET_QUERY_S} s on the big store: "
            + ("met" if not slow else f"NOT met: {slow}")
        )
        print()
        print("| command | events | seconds | peak RSS MB | output MB |")
        print("| --- | ---: | ---: | ---: | ---: |")
        rss_max = 0.0
        for db, n in ((base, n_base["events"]), (big, n_big["events"])):
            secs, rss, size = run_export(db)
            rss_max = max(rss_max, rss)
            print(f"| export --format csv | {n:,} | {secs:.2f} | {rss:.0f} | {size / 1e6:.0f} |", flush=True)
        if not args.no_pandas:
            for db, n in ((base, n_base["events"]), (big, n_big["events"])):
                secs, rss = run_pandas_all(db)
                print(
                    f"| contrast: every event into pandas | {n:,} | {secs:.2f} | {rss:.0f} | - |", flush=True
                )
        print(
            f"target export peak RSS < {TARGET_RSS_MB} MB: {'met' if rss_max < TARGET_RSS_MB else 'NOT met'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
