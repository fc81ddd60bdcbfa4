"""Extraction over many processes or a Dask cluster, results in input order (issue #6).

Extraction is a pure function of one article (`process._extract_one`), so the same function runs
in this process, in a pool of local processes, or on dask.distributed workers anywhere. Work is
sent in chunks of articles, never one task per article: a task costs milliseconds of scheduling
and pickling, about what extracting one article costs. The caller (process.py) stays the single
writer: it stores each batch in one transaction, in input order, so event ids and stored rows are
the same whatever the engine and the number of workers.

Memory stays flat: at most `workers * IN_FLIGHT_PER_WORKER` chunks are out at a time, and the
input is pulled lazily as results come back.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, ExitStack
from datetime import date
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from pipeline.models import Article, Event

if TYPE_CHECKING:  # the pool modules load only when a pool starts: --workers 1 never needs them
    from concurrent.futures import Future

ENGINES = ("local", "dask")
# Articles per task. Issue #6 asks for 50-200; on TBAQ newswire one article takes ~8 ms, so 50
# articles are ~0.4 s of work per task against ~5 ms of pickling and scheduling, and a 200-row
# store batch still splits into four tasks that keep two workers busy. Re-run
# bench/extract_bench.py after changing it.
CHUNK_SIZE = 50
# Chunks out per worker: two keeps every worker busy while the parent stores the previous batch;
# more only holds more articles in memory.
IN_FLIGHT_PER_WORKER = 2
# A local Dask cluster without a dashboard: its default port 8787 clashes when two run at once.
DASK_DASHBOARD_ADDRESS: str | None = None
# Seconds to wait for a remote scheduler before telling the user it is unreachable.
DASK_CONNECT_TIMEOUT_S = 10
# Our own LocalCluster's first worker can take longer than a remote one to answer: each worker
# process imports the pipeline, which on a loaded 2-core machine took over 10 s once.
DASK_LOCAL_START_TIMEOUT_S = 60
# An article of our own words touching every stage (people, places, a date, a meeting), for warm_up.
WARM_UP_TEXT = (
    "The foreign minister of France met her German counterpart in Berlin on Monday, and the two "
    "governments agreed to hold a summit in Geneva next month."
)
WARM_UP_DATE = date(2023, 3, 6)
WARM_UP_COUNTRY = "FRA"  # any ISO3 code: loads the country names titles fall back on
# What a Dask scheduler or worker that cannot import `pipeline` makes the client see.
DASK_ENVIRONMENT_HINT = (
    "the Dask scheduler or its workers cannot import this project: start both from a copy of the "
    "project with PYTHONPATH pointing at it, e.g. `PYTHONPATH=/path/to/project dask scheduler` and "
    "`PYTHONPATH=/path/to/project dask worker tcp://HOST:8786` (see README, Scaling)"
)

K = TypeVar("K")
Extracted: TypeAlias = tuple[Article, list[Event]]


class EngineError(Exception):
    """The parallel engine cannot be used (unknown engine, Dask scheduler unreachable...)."""


def extract_chunk(articles: list[Article]) -> list[Extracted]:
    """Run the per-article extraction over a chunk: the task every worker runs."""
    from pipeline.process import _extract_one  # lazily: process imports this module

    return [_extract_one(a) for a in articles]


def map_chunks(
    jobs: Iterable[tuple[K, list[Article]]],
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[tuple[K, list[Extracted]]]:
    """Extract each job's articles; yields (key, results) in the order of `jobs`.

    `key` is anything the caller needs back with the results (e.g. the rows of a store batch).
    engine "local" with workers == 1 runs in this process (no pickling, no start-up);
    "local" with more workers uses a process pool; "dask" uses the scheduler at `scheduler`
    (tcp://host:8786) or, without one, a LocalCluster of `workers` single-threaded processes.
    An empty job is answered without a task. Raises EngineError for an unknown engine or an
    unreachable scheduler; an exception inside a task propagates (extraction itself never
    raises: `_extract_one` turns failures into warnings).
    """
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    if workers < 1:
        raise ValueError(f"workers must be >= 1, got {workers}")
    if engine == "local" and workers == 1:
        for key, articles in jobs:
            yield key, extract_chunk(articles)
        return
    with ExitStack() as stack:
        engine_ctx = _local_pool(workers) if engine == "local" else _dask_client(workers, scheduler)
        submit = stack.enter_context(engine_ctx)
        # A remote scheduler may have many more workers than --workers says: keep them all busy.
        slots = max(workers, engine_ctx.slots())
        try:
            yield from _ordered(jobs, submit, slots * IN_FLIGHT_PER_WORKER)
        except RuntimeError as exc:
            if engine == "dask" and "deserializ" in str(exc):
                raise EngineError(DASK_ENVIRONMENT_HINT) from exc
            raise


def _ordered(
    jobs: Iterable[tuple[K, list[Article]]], submit: Callable[[list[Article]], Any], limit: int
) -> Iterator[tuple[K, list[Extracted]]]:
    """Submit chunks with at most `limit` in flight; yield results in submission order."""
    pending: deque[tuple[K, Any]] = deque()
    for key, articles in jobs:
        pending.append((key, submit(articles) if articles else None))
        while len(pending) >= limit or (pending and pending[0][1] is None):
            k, fut = pending.popleft()
            yield k, fut.result() if fut is not None else []
    while pending:
        k, fut = pending.popleft()
        yield k, fut.result() if fut is not None else []


def warm_up() -> None:
    """Load every lexicon, gazetteer and compiled pattern extraction uses, by extracting one
    article we wrote. Before forking a pool this is done once instead of once per worker."""
    from pipeline import lazy
    from pipeline.events import context
    from pipeline.process import _extract_one

    _extract_one(Article(text=WARM_UP_TEXT, published=WARM_UP_DATE, title="warm-up"))
    # Titles name a country the text does not through pycountry (~0.04 s to import and load):
    # the warm-up article needs none, but most real inputs do, in every worker (issue #6).
    context.country_name(WARM_UP_COUNTRY)
    # The patterns the warm-up article did not need (~980 of ~1,020; ~0.17 s): compiled here
    # once rather than in each worker, where 500 TBAQ articles compile ~560 of them (~0.1 s
    # each, and nearly all on longer inputs); the workers share them copy-on-write. (gc.freeze()
    # here was measured too: a worker runs no full collection in 500 articles, it saved nothing.)
    lazy.compile_all()


class _local_pool(AbstractContextManager):  # noqa: N801 - used like a function in a with-statement
    """A ProcessPoolExecutor whose `submit` runs extract_chunk; shut down (cancelling) on exit.

    On Linux the workers are forked from this process after warm_up(), so they start with the
    loaders' caches filled (copy-on-write) instead of each spending ~1.5 s loading them.
    """

    def __init__(self, workers: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = None
        if sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods():
            warm_up()
            context = multiprocessing.get_context("fork")
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
        self.workers = workers

    def __enter__(self) -> Callable[[list[Article]], Future]:
        return lambda articles: self.pool.submit(extract_chunk, articles)

    def slots(self) -> int:
        return self.workers

    def __exit__(self, *exc: object) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class _dask_client(AbstractContextManager):  # noqa: N801 - used like a function in a with-statement
    """A dask.distributed Client (on `scheduler`, or on a LocalCluster it owns) submitting extract_chunk."""

    def __init__(self, workers: int, scheduler: str | None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - dask[distributed] is in requirements.txt
            raise EngineError(
                "--engine dask needs dask[distributed]: pip install 'dask[distributed]'"
            ) from exc
        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout=DASK_CONNECT_TIMEOUT_S)
            else:
                self.cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=DASK_DASHBOARD_ADDRESS,
                )
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            if self.cluster is not None:
                self.cluster.close()
            raise EngineError(
                f"cannot reach the Dask scheduler {scheduler!r} ({exc}); start one with `dask scheduler` "
                "and workers with `dask worker tcp://HOST:8786`"
            ) from exc
        wait = DASK_CONNECT_TIMEOUT_S if scheduler else DASK_LOCAL_START_TIMEOUT_S
        try:
            self.client.wait_for_workers(1, timeout=wait)
        except TimeoutError as exc:
            self.__exit__()
            raise EngineError(
                f"the Dask scheduler {scheduler!r} has no workers after {wait} s; start "
                "some with `dask worker tcp://HOST:8786` (PYTHONPATH pointing at this project)"
            ) from exc

    def __enter__(self) -> Callable[[list[Article]], Any]:
        # pure=False: two equal chunks are still two tasks (their results are not shared by key).
        return lambda articles: self.client.submit(extract_chunk, articles, pure=False)

    def slots(self) -> int:
        """Worker threads the scheduler knows of now (workers joining later are used when free)."""
        return sum(self.client.nthreads().values())

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
