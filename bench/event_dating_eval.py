#!/usr/bin/env python3
"""How well do we date events? TBAQ-cleaned (TempEval-3 training data) as the yardstick (issue #4).

TimeML TLINKs relate EVENTs to TIMEX3s (and to the document creation time, DCT). A gold event
is *dated* when a TLINK puts it inside / during / simultaneous with / beginning or ending at a
DATE or TIME whose value names a calendar interval. We compare our date interval with it:

  agree(ours, gold) = the intervals overlap and ours is no wider than max(gold, 2 days)

(2 days lets our publication fallback [DCT-1, DCT] count when the gold answer is the DCT.)

Figures printed (documents: TimeBank + AQUAINT):
  A. dating accuracy given perfect detection: every gold-dated event token is handed to our
     dating rules (events.extract.date_triggers) -> share of gold-dated events we date right;
     compared with two references on the same events: "publication date for all" and
     "nearest date expression in the sentence" (our timex; none when the sentence has none).
  B. end to end: our own extracted (diplomatic) events whose trigger overlaps a gold EVENT:
     precision = right dates / our dated events with a gold date; recall = right dates / all
     gold-dated events (low by design: TBAQ is mostly finance news and we only detect
     diplomatic/political events); also recall restricted to the gold events we detected.

Run:  .venv/bin/python bench/event_dating_eval.py [--limit N] [--json] [--check] [--dump FILE]
(--dump writes one TSV line per gold-dated event of A: the sentence with the trigger in [[ ]],
its verb form, status, our basis and interval, gold's intervals, whether ours and the publication
date are right, and the sentence's date expressions - for reading where dating goes wrong.)
(--check compares with the floors in bench/event_dating_floors.json and exits 1 below them.)

Measured 2026-11-27 (timex + entities stages of that day): A ours 0.553 vs publication date 0.568
and nearest date in sentence 0.434 (TBAQ links very many events to the document date: on real
newswire the publication-date reference is ~0.28); B precision 0.893, recall 0.068, recall among
the gold-dated events we detect 0.81.
Measured 2026-12-03 after the dating rules of H66 (prenominal dates, denials, clauses hanging
on a dated event, present perfect, locative "before", "when" clauses): A 0.752 (publication date
0.568, nearest date 0.448), B precision 0.910, recall 0.065, recall among detected 0.867.
Skips (exit 0 with a message) when ../shared/bench is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.events import extract_events  # noqa: E402
from pipeline.events.context import time_expressions  # noqa: E402
from pipeline.events.dating import usable  # noqa: E402
from pipeline.events.extract import date_triggers  # noqa: E402
from pipeline.events.lexicon import TriggerEntry  # noqa: E402
from pipeline.events.sentences import split_sentences  # noqa: E402
from pipeline.events.triggers import Trigger  # noqa: E402
from pipeline.models import Article  # noqa: E402
from pipeline.timex.values import interval_of  # noqa: E402

BENCH = ROOT / ".." / "shared" / "bench" / "tempeval3" / "TBAQ-cleaned"
# TLINK types that do not put the event inside/at the time.
NOT_OVERLAP = {"BEFORE", "AFTER", "IBEFORE", "IAFTER"}
FLOORS = Path(__file__).with_name("event_dating_floors.json")
EPSILON = 0.005  # noise allowance for --check: one event in ~240 is 0.004
# Our interval may be this many days wide even when gold names one day (see module docstring).
MIN_WIDTH_DAYS = 2


@dataclass
class Doc:
    name: str
    text: str
    dct: date
    events: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # eid -> (start, end, pos)
    gold: dict[str, list[tuple[date, date]]] = field(default_factory=dict)  # eid -> intervals


def _walk(elem: ET.Element, parts: list[str], spans: list[tuple[ET.Element, int, int]]) -> None:
    start = sum(len(p) for p in parts)
    if elem.text:
        parts.append(elem.text)
    for child in elem:
        _walk(child, parts, spans)
        if child.tail:
            parts.append(child.tail)
    spans.append((elem, start, sum(len(p) for p in parts)))


def load_doc(path: Path) -> Doc | None:
    root = ET.parse(path).getroot()
    text_el = root.find("TEXT")
    dct_el = root.find(".//DCT/TIMEX3")
    if text_el is None or dct_el is None:
        return None
    dct_start, _, _ = interval_of(dct_el.get("value", "")[:10])
    if dct_start is None:
        return None
    parts: list[str] = []
    spans: list[tuple[ET.Element, int, int]] = []
    _walk(text_el, parts, spans)
    text = "".join(parts)
    doc = Doc(path.stem, text, dct_start)
    times: dict[str, tuple[date, date]] = {dct_el.get("tid", "t0"): (dct_start, dct_start)}
    for el, s, e in spans:
        if el.tag == "EVENT":
            doc.events[el.get("eid")] = (s, e, "")
        elif el.tag == "TIMEX3" and el.get("type") in ("DATE", "TIME"):
            a, b, _ = interval_of(el.get("value", ""))
            if a is not None and b is not None:
                times[el.get("tid")] = (a, b)
    eiid_to_eid = {}
    for mk in root.iter("MAKEINSTANCE"):
        eiid_to_eid[mk.get("eiid")] = mk.get("eventID")
        eid = mk.get("eventID")
        if eid in doc.events:
            s, e, _ = doc.events[eid]
            doc.events[eid] = (s, e, mk.get("pos", ""))
    for link in root.iter("TLINK"):
        rel = link.get("relType", "")
        if rel in NOT_OVERLAP:
            continue
        if link.get("eventInstanceID") and link.get("relatedToTime"):
            ei, tid = link.get("eventInstanceID"), link.get("relatedToTime")
        elif link.get("timeID") and link.get("relatedToEventInstance"):
            ei, tid = link.get("relatedToEventInstance"), link.get("timeID")
        else:
            continue
        eid = eiid_to_eid.get(ei)
        if eid in doc.events and tid in times:
            doc.gold.setdefault(eid, []).append(times[tid])
    return doc


def agree(ours: tuple[date, date] | None, golds: list[tuple[date, date]]) -> bool:
    if ours is None:
        return False
    a, b = ours
    for g0, g1 in golds:
        width = max((g1 - g0).days + 1, MIN_WIDTH_DAYS)
        if a <= g1 and g0 <= b and (b - a).days + 1 <= width:
            return True
    return False


def _interval(start: str | None, end: str | None) -> tuple[date, date] | None:
    if not start or not end:
        return None
    return date.fromisoformat(start), date.fromisoformat(end)


_GENERIC = {
    pos: TriggerEntry(
        forms=(), pos="noun" if pos == "NOUN" else "verb", event_type="other", plover="", cameo=""
    )
    for pos in ("NOUN", "VERB", "ADJECTIVE", "PREPOSITION", "OTHER", "")
}


def _dump_row(d: Doc, trig: Trigger, status: str, choice, golds, sentences, timexes) -> list[str]:
    """One --dump line: where the event sits, what we chose and what gold says (for reading, not scoring)."""
    idx, sent = next(((i, (a, b)) for i, (a, b) in enumerate(sentences) if a <= trig.start < b), (-1, (0, 0)))
    a, b = sent
    marked = d.text[a : trig.start] + "[[" + d.text[trig.start : trig.end] + "]]" + d.text[trig.end : b]
    inside = [t for t in timexes if a <= t.start and t.end <= b]
    ours = _interval(choice.date_start, choice.date_end)
    return [
        d.name,
        str(idx),
        " ".join(marked.split()),
        trig.text,
        trig.finite_form or ("noun" if trig.nominal else "-"),
        status,
        choice.basis,
        f"{ours[0]}..{ours[1]}" if ours else "",
        ";".join(f"{g0}..{g1}" for g0, g1 in golds),
        str(int(agree(ours, golds))),
        str(int(agree((d.dct, d.dct), golds))),
        str(d.dct),
        choice.text or "",
        ";".join(f"{t.text}={t.date_start}..{t.date_end}" for t in inside),
    ]


DUMP_HEADER = [
    "doc", "sent_index", "sentence", "trigger", "form", "status", "basis", "ours", "gold",
    "right", "publication_right", "dct", "date_text", "sentence_dates",
]  # fmt: skip


def evaluate(docs: list[Doc], dump: list[list[str]] | None = None) -> dict:
    n_gold = sum(len(d.gold) for d in docs)
    ours_right = pub_right = near_right = 0
    basis_counts: dict[str, list[int]] = {}
    e2e_dated = e2e_right = e2e_detected_gold = e2e_events = 0
    for d in docs:
        timexes = [t for t in time_expressions(d.text, d.dct) if usable(t)]
        # A. perfect detection: date every gold-dated event token with our rules.
        triggers = []
        for eid in d.gold:
            s, e, pos = d.events[eid]
            trig = Trigger(s, e, d.text[s:e], _GENERIC.get(pos, _GENERIC[""]), nominal=pos == "NOUN")
            triggers.append((eid, trig))
        by_start = {t.start: eid for eid, t in triggers}
        sentences = split_sentences(d.text)
        for trig, choice, _status in date_triggers(d.text, d.dct, [t for _, t in triggers], timexes):
            golds = d.gold[by_start[trig.start]]
            ok = agree(_interval(choice.date_start, choice.date_end), golds)
            ours_right += ok
            c = basis_counts.setdefault(f"{choice.basis}/{_status}", [0, 0, 0])
            c[0] += 1
            c[1] += ok
            c[2] += agree((d.dct, d.dct), golds)
            if dump is not None:
                dump.append(_dump_row(d, trig, _status, choice, golds, sentences, timexes))
        for eid, golds in d.gold.items():
            pub_right += agree((d.dct, d.dct), golds)
            s, e, _ = d.events[eid]
            sent = next(((a, b) for a, b in sentences if a <= s < b), None)
            if sent:
                inside = [t for t in timexes if sent[0] <= t.start and t.end <= sent[1]]
                if inside:
                    near = min(inside, key=lambda t: max(0, t.start - e, s - t.end))
                    near_right += agree((near.date_start, near.date_end), golds)
        # B. end to end with our own detection.
        rows = extract_events(Article(text=d.text, published=d.dct), article_id=d.name)
        e2e_events += len(rows)
        for r in rows:
            hit = next(
                (eid for eid, (s, e, _) in d.events.items() if s < r.trigger_end and r.trigger_start < e),
                None,
            )
            if hit is None or hit not in d.gold:
                continue
            e2e_detected_gold += 1
            if r.date_start:
                e2e_dated += 1
                e2e_right += agree(_interval(r.date_start, r.date_end), d.gold[hit])
    return {
        "documents": len(docs),
        "gold_dated_events": n_gold,
        "A_ours_accuracy": round(ours_right / n_gold, 3) if n_gold else 0.0,
        "A_reference_publication_date": round(pub_right / n_gold, 3) if n_gold else 0.0,
        "A_reference_nearest_in_sentence": round(near_right / n_gold, 3) if n_gold else 0.0,
        "A_by_basis_status": {
            k: {"n": v[0], "right": v[1], "publication_would_be_right": v[2]}
            for k, v in sorted(basis_counts.items())
        },
        "B_our_events": e2e_events,
        "B_our_events_on_gold_dated_tokens": e2e_detected_gold,
        "B_precision": round(e2e_right / e2e_dated, 3) if e2e_dated else 0.0,
        "B_recall": round(e2e_right / n_gold, 3) if n_gold else 0.0,
        "B_recall_among_detected": round(e2e_right / e2e_detected_gold, 3) if e2e_detected_gold else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents (quick runs)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument(
        "--check", action="store_true", help="exit 1 when a figure falls below bench/event_dating_floors.json"
    )
    ap.add_argument(
        "--dump", metavar="FILE", help="write one TSV line per gold-dated event (A): where it is, ours, gold"
    )
    args = ap.parse_args(argv)
    if not BENCH.is_dir():
        print(f"skipped: {BENCH} not found")
        return 0
    paths = sorted(BENCH.rglob("*.tml"))
    if args.limit:
        paths = paths[: args.limit]
    docs = [d for d in (load_doc(p) for p in paths) if d is not None]
    dump: list[list[str]] | None = [] if args.dump else None
    result = evaluate(docs, dump)
    if args.dump and dump is not None:
        lines = ["\t".join(DUMP_HEADER)] + ["\t".join(c.replace("\t", " ") for c in row) for row in dump]
        Path(args.dump).write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:40s} {v}")
    if args.check and not args.limit:
        floors = json.loads(FLOORS.read_text(encoding="utf-8"))
        low = {
            k: (result[k], v) for k, v in floors.items() if not k.startswith("_") and result[k] < v - EPSILON
        }
        for k, (got, floor) in low.items():
            print(f"below floor: {k} = {got} < {floor}", file=sys.stderr)
        return 1 if low else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
