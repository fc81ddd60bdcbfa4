"""pipeline.parallel: a process pool and Dask give exactly the single-process result (issue #6)."""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import Future
from pathlib import Path

import pytest

from pipeline import cli, parallel, process, settings, store
from pipeline.models import Article, IngestReport

DEMO = settings.SAMPLES_DIR / "demo_articles.csv"
SMALL_BATCH = 10  # several store batches out of the 57 demo articles
SMALL_CHUNK = 4  # several tasks per batch, and a short last one


def ingest(db: Path, **kw) -> tuple[IngestReport, list[dict], list[dict]]:
    """Ingest the demo file into `db`; returns the report, event rows and mention rows."""
    conn = store.connect(db)
    try:
        with open(DEMO, "rb") as fh:
            report = process.process_articles([(DEMO.name, fh)], conn, batch_size=SMALL_BATCH, **kw)
        events = list(store.iter_event_rows(conn))
        mentions = list(store.iter_event_rows(conn, mentions=True))
    finally:
        conn.close()
    return report, events, mentions


@pytest.fixture(scope="module")
def single(tmp_path_factory) -> tuple[IngestReport, list[dict], list[dict]]:
    return ingest(tmp_path_factory.mktemp("single") / "one.db")


@pytest.fixture
def small_chunks(monkeypatch) -> None:
    monkeypatch.setattr(parallel, "CHUNK_SIZE", SMALL_CHUNK)


def test_single_process_result_is_not_empty(single):
    report, events, mentions = single
    assert report.stored > 40 and report.events > 20
    assert len(mentions) >= len(events) > 20


def test_process_pool_stores_the_same_events_and_mentions(tmp_path, single, small_chunks):
    report, events, mentions = ingest(tmp_path / "pool.db", workers=2)
    assert report.as_dict() == single[0].as_dict()
    assert [e["event_id"] for e in events] == [e["event_id"] for e in single[1]]
    assert events == single[1]
    assert mentions == single[2]


def test_dask_local_cluster_stores_the_same_events_and_mentions(tmp_path, single, small_chunks):
    distributed = pytest.importorskip("distributed")
    started = time.monotonic()
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        done: list[str] = []  # names of the tasks the workers finished
        used: set[str] = set()  # addresses of the workers that ran them
        out_now = [0]  # tasks submitted and not finished, after each change
        scheduler = cluster.scheduler

        class Count(distributed.diagnostics.plugin.SchedulerPlugin):
            def transition(self, key, start, finish, *args, **kwargs) -> None:
                if start == "released" and finish in ("waiting", "queued", "processing", "no-worker"):
                    out_now.append(out_now[-1] + 1)  # submitted
                if finish == "memory":
                    out_now.append(out_now[-1] - 1)
                    done.append(distributed.utils.key_split(key))
                    used.update(ws.address for ws in scheduler.tasks[key].who_has)

        scheduler.add_plugin(Count())
        report, events, mentions = ingest(
            tmp_path / "dask.db", engine="dask", scheduler=cluster.scheduler_address
        )
        assert done and set(done) == {"extract_chunk"}  # the work really ran on the Dask workers
    assert report.stored / SMALL_CHUNK <= len(done) < report.stored  # in chunks, not one task per article
    # --workers was left at 1: the cluster's two workers set how much is in flight, not --workers.
    assert len(used) == 2
    assert max(out_now) == 2 * parallel.IN_FLIGHT_PER_WORKER
    assert report.as_dict() == single[0].as_dict()
    assert [e["event_id"] for e in events] == [e["event_id"] for e in single[1]]
    assert events == single[1]
    assert mentions == single[2]
    assert time.monotonic() - started < 60


def test_extract_with_workers_gives_the_same_rows():
    def run(**kw):
        with open(DEMO, "rb") as fh:
            return process.extract_articles([(DEMO.name, fh)], **kw)

    events1, mentions1, report1 = run()
    events2, mentions2, report2 = run(workers=2)
    assert report2.as_dict() == report1.as_dict()
    assert [e.to_row() for e in events2] == [e.to_row() for e in events1]
    assert mentions2 == mentions1


def test_rerun_with_workers_stores_nothing_new(tmp_path, single):
    db = tmp_path / "again.db"
    ingest(db)
    report, events, _ = ingest(db, workers=2)
    assert report.stored == 0 and report.duplicates == single[0].stored
    assert events == single[1]


def test_results_come_back_in_submission_order_with_bounded_work_in_flight():
    """Later chunks finish first; results still come in job order, never more than `limit` out."""
    out_now = 0
    most_out = 0
    lock = threading.Lock()

    def submit(articles: list[Article]) -> Future:
        nonlocal out_now, most_out
        fut: Future = Future()
        with lock:
            out_now += 1
            most_out = max(most_out, out_now)

        def finish() -> None:
            nonlocal out_now
            time.sleep(0.02 / len(articles))  # bigger chunks finish sooner
            with lock:
                out_now -= 1
            fut.set_result([(a, []) for a in articles])

        threading.Thread(target=finish).start()
        return fut

    def art(i: int) -> Article:
        return Article(text=f"text {i}")

    jobs = [(k, [art(k * 10 + j) for j in range(k % 4)]) for k in range(12)]  # every 4th job empty
    got = list(parallel._ordered(iter(jobs), submit, limit=3))
    assert [k for k, _ in got] == list(range(12))
    assert [[a.text for a, _ in res] for _, res in got] == [[a.text for a in arts] for _, arts in jobs]
    assert most_out <= 3


def test_unknown_engine_is_an_engine_error():
    with pytest.raises(parallel.EngineError, match="unknown engine"):
        list(parallel.map_chunks(iter([(0, [])]), engine="spark"))


def test_cli_scheduler_needs_dask_engine(capsys, tmp_path):
    code = cli.main(["ingest", str(DEMO), "--db", str(tmp_path / "x.db"), "--scheduler", "tcp://h:8786"])
    assert code == cli.EXIT_USAGE
    assert "--engine dask" in capsys.readouterr().err


def test_cli_unreachable_scheduler_is_a_short_message(capsys, tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(parallel, "DASK_CONNECT_TIMEOUT_S", 1)
    code = cli.main(
        [
            "ingest",
            str(DEMO),
            "--db",
            str(tmp_path / "x.db"),
            "--engine",
            "dask",
            "--scheduler",
            "tcp://127.0.0.1:9",
        ]
    )
    err = capsys.readouterr().err
    assert code == cli.EXIT_UNUSABLE
    assert "dask scheduler" in err and "Traceback" not in err


def test_cli_extract_workers_2_prints_the_same_rows(capsys):
    assert cli.main(["extract", str(DEMO)]) == cli.EXIT_OK
    one = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert cli.main(["extract", str(DEMO), "--workers", "2"]) == cli.EXIT_OK
    two = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert one and two == one


def test_cli_ingest_engine_dask_without_scheduler_starts_a_local_cluster(capsys, tmp_path, single):
    pytest.importorskip("distributed")
    db = tmp_path / "cli.db"
    args = ["ingest", str(DEMO), "--db", str(db), "--json", "--batch-size", str(SMALL_BATCH)]
    assert cli.main([*args, "--engine", "dask", "--workers", "2"]) == cli.EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert report == single[0].as_dict()
    conn = store.connect(db)
    try:
        assert list(store.iter_event_rows(conn)) == single[1]
    finally:
        conn.close()


def test_grouped_merge_in_extract_equals_one_merge_mentions_call():
    """extract merges in union-find groups for speed: same events, same mentions, same order."""
    from pipeline import dedupe

    with open(DEMO, "rb") as fh:
        articles = [a for a in process._read([(DEMO.name, fh)], published=None, dayfirst=False, mapping=None)]
    mentions = [m for a in articles if isinstance(a, Article) for m in process._extract_one(a)[1]]
    assert len(mentions) > 50
    events, placed = process._merge_all(mentions)
    want_events, want_placed = dedupe.merge_mentions([], mentions)
    assert sorted(events, key=lambda e: e.event_id) == sorted(want_events, key=lambda e: e.event_id)
    assert placed == want_placed
