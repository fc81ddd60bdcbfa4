"""Command line: `python -m pipeline ingest|extract|timex|export` (CONTRACT.md section 3).

The edge of the program: library errors become one short message on stderr naming the file and
what to do, and an exit code (0 processed, 1 nothing usable, 2 wrong usage). Never a traceback.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from pipeline import settings
from pipeline.models import Event, EventFilter, IngestReport, Rejection

EXIT_OK, EXIT_UNUSABLE, EXIT_USAGE = 0, 1, 2
MAX_LISTED_REJECTIONS = 20  # rejections echoed on stderr; --json lists them all
INPUT_HINT = (
    "give a CSV/TSV, JSON, JSON Lines, .txt or .html file with a text column "
    "(text, body, content, article...) and a publication date"
)


class _Parser(argparse.ArgumentParser):
    """ArgumentParser whose usage errors end in exit code 2 without leaving main()."""

    def exit(self, status: int = 0, message: str | None = None):  # type: ignore[override]
        if message:
            sys.stderr.write(message)
        raise _Exit(status)


class _Exit(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            # the right shape but no such day (2023-02-30): say which part is wrong, not the format
            raise argparse.ArgumentTypeError(
                f"{value!r} is not a real day ({exc}): check the month and day"
            ) from None
        raise argparse.ArgumentTypeError(f"{value!r} is not a date: write it as YYYY-MM-DD") from None


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} must be a whole number of 1 or more")
    return n


def _split(values: list[str] | None) -> tuple[str, ...]:
    """Repeated and comma-separated option values: --type meeting,visit --type call."""
    out: list[str] = []
    for v in values or []:
        out += [p.strip() for p in v.split(",") if p.strip()]
    return tuple(dict.fromkeys(out))


def build_parser() -> argparse.ArgumentParser:
    """The argparse tree; `python -m pipeline COMMAND --help` documents each command."""
    parser = _Parser(prog="python -m pipeline", description="Diplomatic events from news articles.")
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="{ingest,extract,timex,export}", parser_class=_Parser
    )

    def reading(p: argparse.ArgumentParser) -> None:
        p.add_argument("files", nargs="+", metavar="FILE", help="CSV/TSV, JSON, JSON Lines, .txt or .html")
        p.add_argument(
            "--published",
            type=_iso_date,
            metavar="YYYY-MM-DD",
            help="publication date for inputs without one",
        )
        p.add_argument(
            "--dayfirst", action="store_true", help="read ambiguous dates like 01/02/2023 as day/month"
        )

    def parallel_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--workers",
            type=_positive_int,
            default=1,
            metavar="N",
            help="extraction processes (default 1); with --engine dask and no --scheduler, local Dask workers",
        )
        p.add_argument(
            "--engine",
            choices=("local", "dask"),
            default="local",
            help="where extraction runs: local processes, or Dask workers (dask.distributed)",
        )
        p.add_argument(
            "--scheduler",
            metavar="ADDRESS",
            help="Dask scheduler to use with --engine dask, e.g. tcp://host:8786 (default: a local cluster)",
        )

    p = sub.add_parser("ingest", help="read, extract and store articles")
    reading(p)
    p.add_argument(
        "--db", metavar="PATH", help=f"SQLite database (default ${settings.DB_ENV_VAR} or data/events.db)"
    )
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")
    parallel_options(p)
    p.add_argument(
        "--batch-size",
        type=_positive_int,
        default=settings.BATCH_SIZE,
        metavar="N",
        help="articles per transaction",
    )

    p = sub.add_parser("extract", help="read and extract, print event rows (no database)")
    reading(p)
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.add_argument("--mentions", action="store_true", help="one row per mention instead of per event")
    parallel_options(p)

    p = sub.add_parser("timex", help="find and normalise time expressions in text files")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--dct",
        type=_iso_date,
        required=True,
        metavar="YYYY-MM-DD",
        help="document creation (publication) date",
    )

    p = sub.add_parser("export", help="write stored events as CSV, JSON Lines or iCalendar")
    p.add_argument(
        "--db", metavar="PATH", help=f"SQLite database (default ${settings.DB_ENV_VAR} or data/events.db)"
    )
    p.add_argument("--format", choices=("csv", "jsonl", "ics"), default="csv")
    p.add_argument("--mentions", action="store_true", help="one row per mention instead of per event")
    p.add_argument("--out", metavar="FILE", help="write here instead of stdout")
    p.add_argument(
        "--from", dest="date_from", type=_iso_date, metavar="YYYY-MM-DD", help="events ending on or after"
    )
    p.add_argument(
        "--to", dest="date_to", type=_iso_date, metavar="YYYY-MM-DD", help="events starting on or before"
    )
    p.add_argument("--type", action="append", metavar="TYPE", help="event type (repeat or comma-separate)")
    p.add_argument(
        "--country", action="append", metavar="ISO3", help="actor country, ISO alpha-3 (repeatable)"
    )
    p.add_argument("--actor", action="append", metavar="NAME", help="actor name as shown (repeatable)")
    p.add_argument("--status", action="append", metavar="STATUS", help="occurred, planned, ... (repeatable)")
    p.add_argument("--text", default="", help="words in the title or evidence")
    p.add_argument("--dated-only", action="store_true", help="leave out events with no date")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (the caller passes it to sys.exit)."""
    parser = build_parser()
    args: argparse.Namespace | None = None
    try:
        args = parser.parse_args(argv)
        if getattr(args, "scheduler", None) and args.engine != "dask":
            parser.error("--scheduler needs --engine dask")
        if args.command == "export" and args.date_from and args.date_to and args.date_from > args.date_to:
            parser.error("--from is after --to")
        command = {"ingest": _ingest, "extract": _extract, "timex": _timex, "export": _export}[args.command]
        return command(args)
    except _Exit as exc:
        return exc.code
    except KeyboardInterrupt:
        print(f"interrupted: {_interrupted_effect(args)}", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `... | head`: the reader left; not an error
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the edge: every failure becomes a message, never a traceback
        print(f"error: {_describe(exc)}", file=sys.stderr)
        return EXIT_UNUSABLE


def _interrupted_effect(args: argparse.Namespace | None) -> str:
    """What Ctrl-C left behind, per command: only ingest stores anything."""
    command = getattr(args, "command", None)
    if command == "ingest":
        return "batches already stored are kept; run the same command again to finish"
    if command == "export" and getattr(args, "out", None):
        return f"nothing was written to {args.out}; run the command again"
    if command is None:
        return "nothing was done"
    return "the output above is incomplete; run the command again"


def _describe(exc: BaseException) -> str:
    from pipeline import store

    if isinstance(exc, store.StoreError):
        return f"{exc} Pass another file with --db, or move this one aside."
    from pipeline.parallel import EngineError

    if isinstance(exc, EngineError):
        return str(exc)
    text = str(exc) or type(exc).__name__
    return f"{text} ({type(exc).__name__}). If this keeps happening, report it with the command you ran."


def _silence_stdout() -> None:
    try:
        sys.stdout = open("/dev/null", "w")  # noqa: SIM115 - stays open until exit, so Python's final flush is quiet
    except OSError:
        pass


# --- Reading inputs ----------------------------------------------------------------------------


def _open_sources(
    paths: Sequence[str], problems: list[Rejection], stack: ExitStack
) -> Iterator[tuple[str, Any]]:
    """(name, binary file) per readable path, opened one at a time; unreadable paths go to `problems`."""
    for name in paths:
        path = Path(name)
        if not path.exists():
            problems.append(Rejection(name, None, "no such file: check the path and its spelling"))
            continue
        if path.is_dir():
            problems.append(Rejection(name, None, "is a directory: give the files inside it"))
            continue
        try:
            fh = stack.enter_context(open(path, "rb"))  # noqa: SIM115 - closed by the ExitStack
        except OSError as exc:
            todo = (
                "make it readable (chmod u+r FILE) or copy it to a folder you can read"
                if isinstance(exc, PermissionError)
                else "check that it is a regular file you can read"
            )
            problems.append(Rejection(name, None, f"cannot be opened ({exc.strerror or exc}): {todo}"))
            continue
        yield name, fh
        fh.close()


def _with_problems(report: IngestReport, problems: list[Rejection]) -> IngestReport:
    """Files that could not be opened count as one rejected input each (read == stored + ...)."""
    report.read += len(problems)
    report.rejected += len(problems)
    report.rejections = problems + report.rejections
    return report


def _tell_rejections(report: IngestReport) -> None:
    for r in report.rejections[:MAX_LISTED_REJECTIONS]:
        if r.reason.startswith(r.file):  # the readers' reasons already name the file and row
            print(r.reason, file=sys.stderr)
            continue
        where = f"{r.file}, data row {r.row}" if r.row is not None else r.file
        print(f"{where}: {r.reason}", file=sys.stderr)
    more = len(report.rejections) - MAX_LISTED_REJECTIONS
    if more > 0:
        print(f"... and {more} more rejected rows (use --json to list them all)", file=sys.stderr)


def _unusable(report: IngestReport, files: Sequence[str]) -> bool:
    """True (and says so) when nothing in the input could be used."""
    if report.stored + report.duplicates > 0:
        return False
    if not report.rejections:
        print(f"{', '.join(files)}: no articles found; {INPUT_HINT}", file=sys.stderr)
    else:
        print(f"nothing usable in {', '.join(files)}: {INPUT_HINT}", file=sys.stderr)
    return True


def _ingest(args: argparse.Namespace) -> int:
    from pipeline import process, store

    problems: list[Rejection] = []
    db_path = settings.db_path(args.db)
    conn = store.connect(db_path)
    bar = _progress_bar()
    try:
        with ExitStack() as stack:
            report = process.process_articles(
                _open_sources(args.files, problems, stack),
                conn,
                published=args.published,
                dayfirst=args.dayfirst,
                batch_size=args.batch_size,
                progress=bar.update if bar is not None else None,
                workers=args.workers,
                engine=args.engine,
                scheduler=args.scheduler,
            )
    finally:
        if bar is not None:
            bar.close()
        conn.close()
    report = _with_problems(report, problems)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        _tell_rejections(report)
        print(
            f"read {report.read}: stored {report.stored}, duplicates {report.duplicates}, "
            f"rejected {report.rejected}; new events {report.events} -> {db_path}"
        )
    return EXIT_UNUSABLE if _unusable(report, args.files) else EXIT_OK


def _progress_bar() -> Any:
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit=" rows", file=sys.stderr, desc="ingest", leave=False)


def _extract(args: argparse.Namespace) -> int:
    from pipeline import export, process, store

    problems: list[Rejection] = []
    with ExitStack() as stack:
        # Events and mentions stream out of memory or, on big inputs, out of a temporary store
        # that lives as long as this block (issue #6).
        found = stack.enter_context(
            process.extracting(
                _open_sources(args.files, problems, stack),
                published=args.published,
                dayfirst=args.dayfirst,
                workers=args.workers,
                engine=args.engine,
                scheduler=args.scheduler,
            )
        )
        report = _with_problems(found.report, problems)
        _tell_rejections(report)
        if _unusable(report, args.files):
            return EXIT_UNUSABLE
        if args.mentions:
            rows: Iterator[dict[str, Any]] = (
                _mention_row(event, m, store.MENTION_OVERRIDES) for event, m in found.mentions()
            )
        else:
            rows = (e.to_row() for e in found.events())
        writer = export.write_csv if args.format == "csv" else export.write_jsonl
        writer(rows, sys.stdout)
        sys.stdout.flush()
    return EXIT_OK


def _mention_row(event: Event, mention: Event, overrides: Sequence[str]) -> dict[str, Any]:
    row = event.to_row()
    for key in overrides:
        row[key] = getattr(mention, key)
    return row


def _timex(args: argparse.Namespace) -> int:
    from pipeline import timex

    usable = 0
    for name in args.files:
        path = Path(name)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            print(f"{name}: no such file: check the path and its spelling", file=sys.stderr)
            continue
        except IsADirectoryError:
            print(f"{name}: is a directory: give the files inside it", file=sys.stderr)
            continue
        except OSError as exc:
            print(
                f"{name}: cannot be read ({exc.strerror or exc}): check that you may read it", file=sys.stderr
            )
            continue
        try:
            # Offsets index the file decoded as UTF-8, no newline translation (CONTRACT.md section 2).
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            print(
                f"{name}: not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again", file=sys.stderr
            )
            continue
        usable += 1
        for t in timex.find_time_expressions(text, args.dct):
            record = {
                "file": name,
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
            }
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return EXIT_OK if usable else EXIT_UNUSABLE


def _export(args: argparse.Namespace) -> int:
    from pipeline import export, store

    db_path = settings.db_path(args.db)
    if not db_path.exists():
        print(
            f"{db_path}: no such database; run `python -m pipeline ingest FILE...` first or pass --db",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    flt = EventFilter(
        date_from=args.date_from.isoformat() if args.date_from else None,
        date_to=args.date_to.isoformat() if args.date_to else None,
        types=_split(args.type),
        countries=tuple(c.upper() for c in _split(args.country)),
        actors=tuple(a.strip() for a in args.actor or [] if a.strip()),
        statuses=_split(args.status),
        text=args.text,
        include_undated=not args.dated_only,
    )
    conn = store.connect(db_path)
    try:
        rows = store.iter_event_rows(conn, flt, mentions=args.mentions)
        writer = {"csv": export.write_csv, "jsonl": export.write_jsonl, "ics": export.write_ics}[args.format]
        if args.out:
            # Written beside the target and renamed at the end: an interrupted or failed export
            # never leaves a truncated file that looks complete under the requested name.
            part = Path(f"{args.out}.part")
            try:
                out: TextIO = open(part, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
            except OSError as exc:
                print(
                    f"{args.out}: cannot write ({exc.strerror or exc}); check the folder exists",
                    file=sys.stderr,
                )
                return EXIT_UNUSABLE
            try:
                with out:
                    n = writer(rows, out)
                os.replace(part, args.out)
            finally:
                part.unlink(missing_ok=True)
            print(f"{n} {'mentions' if args.mentions else 'events'} written to {args.out}", file=sys.stderr)
        else:
            stdout = sys.stdout
            if isinstance(stdout, io.TextIOWrapper):
                stdout.reconfigure(newline="")  # CSV and ICS write their own CRLF
            writer(rows, stdout)
            stdout.flush()
    finally:
        conn.close()
    return EXIT_OK
