"""Dashboard speed and memory on a big store (issue #5 targets; a script, not a timed test).

Builds (or reuses) a store of N synthetic events through store.store_batch, then measures the
server-side time of AppTest reruns of app.py: the first load (timeline drawn), a filter change,
a lane change, and the other tabs, plus the peak RSS of this process. Each figure is printed
with its ratio to a baseline measured in the same run (a bare one-line Streamlit app), so a
slow machine shows up as a high baseline rather than as a failed target.

    .venv/bin/python bench/dashboard_bench.py                 # 100,000 events in a temp dir (~4 min to build)
    .venv/bin/python bench/dashboard_bench.py --db /tmp/b.db  # build once, reuse afterwards

Targets: first chart < 3 s, filter change < 0.5 s, peak memory < 1 GB.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import store  # noqa: E402
from pipeline.models import EVENT_TYPES, STATUSES, Article, Event  # noqa: E402

TARGETS = {"first load": 3.0, "filter change": 0.5}
MEMORY_TARGET_MB = 1024
# 40 countries, 2-3 per event, dates over ten years: few merge candidates per mention, so the
# store's dedupe (which compares candidates pairwise) builds 100k events in ~4 min on 2 busy cores.
COUNTRIES = [
    "RUS", "CHN", "USA", "FRA", "DEU", "GBR", "IND", "BRA", "ZAF", "TUR", "UKR", "JPN", "KOR", "IRN",
    "ISR", "EGY", "SAU", "ARE", "QAT", "PAK", "AFG", "IDN", "AUS", "CAN", "MEX", "ARG", "NGA", "ETH",
    "KEN", "POL", "ITA", "ESP", "SWE", "FIN", "NOR", "VNM", "PHL", "THA", "KAZ", "UZB",
]  # fmt: skip
PLACES = [("Geneva", 46.2, 6.15), ("Samarkand", 39.65, 66.96), ("Nairobi", -1.29, 36.82), ("Brasília", -15.8, -47.9),
          ("Jakarta", -6.2, 106.8), ("Vienna", 48.2, 16.37), ("Doha", 25.29, 51.53), (None, None, None)]  # fmt: skip
EVENTS_PER_ARTICLE = 5
ARTICLES_PER_BATCH = 20
START = date(2015, 1, 1)
SPAN_DAYS = 3650


def _article_and_events(i: int, rnd: random.Random) -> tuple[Article, list[Event]]:
    published = START + timedelta(days=rnd.randrange(SPAN_DAYS))
    source = f"Bench Wire {i % 12}"
    text = f"Synthetic benchmark article {i}. " + " ".join(f"Sentence {j} of article {i}." for j in range(5))
    article = Article(
        text=text,
        published=published,
        title=f"Bench article {i}",
        url=f"https://bench.example/{i}",
        source=source,
    )
    events = []
    for k in range(EVENTS_PER_ARTICLE):
        n = i * EVENTS_PER_ARTICLE + k
        kind = rnd.choice(["day", "day", "day", "range", "month", "none"])
        first = published + timedelta(days=rnd.randrange(-10, 10))
        start = end = first.isoformat()
        if kind == "range":
            end = (first + timedelta(days=2)).isoformat()
        elif kind == "month":
            start, end = first.replace(day=1).isoformat(), (first.replace(day=28)).isoformat()
        elif kind == "none":
            start = end = None
        place, lat, lon = rnd.choice(PLACES)
        evidence = f"Sentence {k} of article {i}."
        offset = text.index(evidence)
        events.append(
            Event(
                event_id="",
                event_type=EVENT_TYPES[n % len(EVENT_TYPES)],
                title=f"Bench event {n}",
                actors=(f"Envoy {n}", f"Minister {n}"),
                countries=tuple(rnd.sample(COUNTRIES, k=rnd.choice([1, 2, 2, 3]))),
                location=place,
                lat=lat,
                lon=lon,
                date_start=start,
                date_end=end,
                date_granularity={"day": "day", "range": "range", "month": "month", "none": "unknown"}[kind],
                date_text=None if start is None else "on the day",
                date_basis="text" if start else "none",
                status=rnd.choice(STATUSES),
                trigger="Sentence",
                trigger_start=offset,
                trigger_end=offset + 8,
                evidence=evidence,
                evidence_start=offset,
                evidence_end=offset + len(evidence),
                article_url=article.url,
                article_title=article.title,
                published=published.isoformat(),
                source=source,
            )
        )
    return article, events


def build_store(path: Path, n_events: int) -> float:
    """Fill `path` with about n_events synthetic events (skipped when it already has them)."""
    with closing(store.connect(path)) as conn:
        have = store.stats(conn)["events"]
        if have >= n_events:
            return 0.0
        rnd = random.Random(5)
        t0 = time.perf_counter()
        articles = n_events // EVENTS_PER_ARTICLE
        for first in range(0, articles, ARTICLES_PER_BATCH):
            batch = [
                _article_and_events(i, rnd) for i in range(first, min(articles, first + ARTICLES_PER_BATCH))
            ]
            batch = [(a, store.assign_ids(_aid(a), evs)) for a, evs in batch]
            store.store_batch(conn, batch)
            if first % 2000 == 0:
                print(f"  built {first * EVENTS_PER_ARTICLE:,} events", flush=True)
        return time.perf_counter() - t0


def _aid(article: Article) -> str:
    from pipeline import dedupe

    return dedupe.article_id(article.text)


def _timed_run(at) -> float:
    t0 = time.perf_counter()
    at.run(timeout=600)
    elapsed = time.perf_counter() - t0
    if at.exception:
        raise SystemExit(f"app raised: {[e.value for e in at.exception]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument(
        "--db", type=Path, default=None, help="store to build or reuse (default: a temp file)"
    )
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "bench.db"
    print(f"store: {db}")
    built = build_store(db, args.events)
    with closing(store.connect(db)) as conn:
        stats = store.stats(conn)
    print(f"events: {stats['events']:,}  articles: {stats['articles']:,}  (built in {built:.0f} s)")
    os.environ["DIPLO_DB"] = str(db)

    from streamlit.testing.v1 import AppTest

    base = AppTest.from_string("import streamlit as st\nst.write('baseline')", default_timeout=60)
    baseline = min(_timed_run(base) for _ in range(3))

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    results: dict[str, float] = {}
    results["first load"] = _timed_run(at)
    results["rerun, nothing changed"] = _timed_run(at)
    at.multiselect(key="f_types").set_value(["meeting"])
    results["filter change"] = _timed_run(at)
    at.multiselect(key="f_countries").set_value(["FRA"])
    results["second filter change"] = _timed_run(at)
    at.multiselect(key="f_types").set_value([])
    at.multiselect(key="f_countries").set_value([])
    results["filters cleared (cached)"] = _timed_run(at)
    at.text_input(key="f_text").set_value("event 4242")
    results["text search"] = _timed_run(at)
    at.text_input(key="f_text").set_value("")
    at.button_group(key="lane_by").set_value("event_type")
    results["lane change"] = _timed_run(at)
    for tab in ("Per week", "Map", "Who meets whom"):
        at.session_state["tab"] = tab
        results[f"tab: {tab}"] = _timed_run(at)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"\nbaseline (bare AppTest rerun): {baseline * 1000:.0f} ms")
    print(f"{'step':<28}{'seconds':>9}{'x baseline':>12}{'target':>9}")
    ok = True
    for step, seconds in results.items():
        target = TARGETS.get(step)
        mark = "" if target is None else (f"< {target:g}" + (" ok" if seconds < target else " MISSED"))
        ok &= target is None or seconds < target
        print(f"{step:<28}{seconds:>9.2f}{seconds / baseline:>12.1f}{mark:>9}")
    print(
        f"peak RSS: {peak_mb:,.0f} MB (target < {MEMORY_TARGET_MB} MB){'' if peak_mb < MEMORY_TARGET_MB else ' MISSED'}"
    )
    ok &= peak_mb < MEMORY_TARGET_MB
    tmp.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
