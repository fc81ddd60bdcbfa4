"""A private, temporary store that lets `extract` merge more mentions than fit in memory (issue #6).

`extract` merges every mention of its input at once (process._merge_all, i.e. write._merge_in_groups
with no stored candidates) and prints events and mentions sorted. Below process.SPILL_MENTIONS
mentions that runs in memory; past it the mentions move here, and this store does exactly the
same computation with a bounded footprint:

1. mentions are kept whole (pickled: every field, exactly as extracted), in input order;
2. the groups `_merge_in_groups` would form (union-find over shared actor, country and summit
   keys) are found from a few small key fields per mention: memory is ~16 bytes a mention;
3. each group is loaded alone and merged with dedupe.merge_mentions, as `_merge_in_groups` does;
4. events and mentions stream out of SQLite indexes in the in-memory sort order; ties between
   mentions keep the in-memory order (group order, then merge_mentions' order).

Why not store_batch and the events tables: ingest merges batch by batch against a capped set of
stored candidates, which is not the same computation as one merge of everything, and its rows
normalise values (an open date_end is stored as date_start, one mention per article, span and
type). `extract`'s output must not depend on the size of its input, so nothing here is rounded.
The file is the caller's temporary file: it is written without a journal and never reopened.
"""

from __future__ import annotations

import pickle
import sqlite3
from array import array
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from pipeline import dedupe
from pipeline.models import Event
from pipeline.store.write import _type_group, group_fields, group_keys

# SQLite page cache of the spill file: enough for the index walks, and the RSS stays flat.
SPILL_CACHE_KIB = 16 * 1024

_SCHEMA = (
    # Dedupe keys of the articles read so far ("t" + text hash, "u" + canonical URL).
    "CREATE TABLE seen (key TEXT PRIMARY KEY) WITHOUT ROWID",
    # Mentions in input order (seq from 0); `keys` holds the fields grouping reads, `grp` the
    # seq of its group's first mention once the groups are known.
    "CREATE TABLE mentions (seq INTEGER PRIMARY KEY, keys BLOB NOT NULL, grp INTEGER, blob BLOB NOT NULL)",
    # Merged events; the k_ columns are process.extract_articles' sort key, n the mention count.
    "CREATE TABLE events (event_id TEXT PRIMARY KEY, k_undated, k_start, n INTEGER, blob BLOB NOT NULL)",
    # Merged mentions; rowid = position in the in-memory `placed` list before its sort (the tie
    # break); k1..k7 = process._merge_all's sort key. Columns without a type keep values as given.
    "CREATE TABLE placed (ord INTEGER PRIMARY KEY, event_id, k1, k2, k3, k4, k5, k6, k7, blob BLOB NOT NULL)",
)


def _dumps(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def mention_sort_key(m: Event) -> tuple[Any, ...]:
    """process._merge_all's order of merged mentions, flat: mention_key, trigger end, evidence, trigger."""
    return (*dedupe.mention_key(m), m.trigger_end, m.evidence_start, m.trigger)


def event_sort_key(e: Event) -> tuple[Any, ...]:
    """process.extract_articles' order of events: dated first, by start date, then by id."""
    return (e.date_start is None, e.date_start or "", e.event_id)


class SpillStore:
    """Mentions of one `extract` run in a temporary SQLite file, merged and read back in order.

    Use: `seen_before`/`add_seen` while reading, `add_mentions` per chunk in input order, then
    `merge()` once, then `events()`, `mentions()` and `count_events()`. `close()` when done (the
    caller removes the file's folder).
    """

    def __init__(self, path: str | Path) -> None:
        self.conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", f"cache_size = -{SPILL_CACHE_KIB}"):
            self.conn.execute(f"PRAGMA {pragma}")
        for statement in _SCHEMA:
            self.conn.execute(statement)
        self.count = 0  # mentions added
        self.actorless_countries: dict[str, set[str]] = {}  # as in write._merge_in_groups

    def close(self) -> None:
        """Close the connection (the file stays until the caller's folder is removed)."""
        self.conn.close()

    def add_seen(self, keys: Iterable[str]) -> None:
        """Remember dedupe keys of articles read."""
        self.conn.executemany("INSERT OR IGNORE INTO seen (key) VALUES (?)", ((k,) for k in keys))

    def seen_before(self, keys: Sequence[str]) -> bool:
        """Whether any of `keys` was added before."""
        marks = ",".join("?" * len(keys))
        return (
            self.conn.execute(f"SELECT 1 FROM seen WHERE key IN ({marks}) LIMIT 1", keys).fetchone()
            is not None
        )

    def add_mentions(self, mentions: Iterable[Event]) -> None:
        """Append mentions (in input order) in one transaction."""
        rows = []
        for m in mentions:
            if not m.actors:
                self.actorless_countries.setdefault(_type_group(m.event_type), set()).update(m.countries)
            rows.append((self.count, _dumps(group_fields(m)), _dumps(m)))
            self.count += 1
        if rows:
            self.conn.execute("BEGIN")
            self.conn.executemany("INSERT INTO mentions (seq, keys, blob) VALUES (?, ?, ?)", rows)
            self.conn.execute("COMMIT")

    def _mark_groups(self) -> None:
        """Set each mention's `grp`: the seq of the first mention of its union-find group."""
        n = self.count
        parent = array("q", range(n))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        owner: dict[Hashable, int] = {}
        for seq, keys in self.conn.execute("SELECT seq, keys FROM mentions ORDER BY seq"):
            for key in group_keys(pickle.loads(keys), self.actorless_countries):
                j = owner.setdefault(key, seq)
                ri, rj = find(seq), find(j)
                if ri != rj:
                    parent[ri] = rj
        del owner
        first = array("q", [-1]) * n

        def groups() -> Iterator[tuple[int, int]]:
            for i in range(n):
                r = find(i)
                if first[r] < 0:
                    first[r] = i
                yield first[r], i

        self.conn.execute("BEGIN")
        self.conn.executemany("UPDATE mentions SET grp = ? WHERE seq = ?", groups())
        self.conn.execute("CREATE INDEX mentions_grp ON mentions (grp, seq)")
        self.conn.execute("COMMIT")

    def _groups(self) -> Iterator[list[Event]]:
        """The mentions of each group in input order, groups in order of their first mention."""
        group: list[Event] = []
        current = None
        for grp, blob in self.conn.execute("SELECT grp, blob FROM mentions ORDER BY grp, seq"):
            if grp != current and group:
                yield group
                group = []
            current = grp
            group.append(pickle.loads(blob))
        if group:
            yield group

    def merge(self) -> None:
        """Merge every group as write._merge_in_groups does, and store events and mentions sorted."""
        self._mark_groups()
        # Merged rows go to other tables while the group query still reads `mentions`: SQLite
        # allows that on one connection (only changing the table being read is undefined).
        self.conn.execute("BEGIN")
        for group in self._groups():
            events, placed = dedupe.merge_mentions([], group)
            self.conn.executemany(
                "INSERT OR REPLACE INTO events (event_id, k_undated, k_start, n, blob) VALUES (?, ?, ?, NULL, ?)",
                ((e.event_id, *event_sort_key(e)[:2], _dumps(e)) for e in events),
            )
            self.conn.executemany(
                "INSERT INTO placed (event_id, k1, k2, k3, k4, k5, k6, k7, blob) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((m.event_id, *mention_sort_key(m), _dumps(m)) for m in placed),
            )
        self.conn.execute("CREATE INDEX placed_order ON placed (k1, k2, k3, k4, k5, k6, k7, ord)")
        self.conn.execute("CREATE INDEX placed_event ON placed (event_id)")
        # A mention whose event merge_mentions did not return stands for itself (the first such
        # mention in output order), as in process.extract_articles.
        orphans = self.conn.execute(
            "SELECT blob FROM placed p WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = p.event_id) "
            "ORDER BY k1, k2, k3, k4, k5, k6, k7, ord"
        ).fetchall()
        for (blob,) in orphans:
            e = replace(pickle.loads(blob), mentions=1)
            self.conn.execute(
                "INSERT OR IGNORE INTO events (event_id, k_undated, k_start, n, blob) VALUES (?, ?, ?, NULL, ?)",
                (e.event_id, *event_sort_key(e)[:2], _dumps(e)),
            )
        self.conn.execute(
            "UPDATE events SET n = (SELECT COUNT(*) FROM placed p WHERE p.event_id = events.event_id)"
        )
        self.conn.execute("CREATE INDEX events_order ON events (k_undated, k_start, event_id)")
        self.conn.execute("COMMIT")

    def count_events(self) -> int:
        """Merged events (after merge())."""
        return self.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]

    def events(self) -> Iterator[Event]:
        """Merged events with their mention counts, in process.extract_articles' order."""
        sql = "SELECT n, blob FROM events ORDER BY k_undated, k_start, event_id"
        for n, blob in self.conn.execute(sql):
            yield _counted(pickle.loads(blob), n)

    def mentions(self) -> Iterator[tuple[Event, Event]]:
        """(event, mention) per merged mention, in process._merge_all's order."""
        sql = (
            "SELECT e.n, e.blob, p.blob FROM placed p JOIN events e ON e.event_id = p.event_id "
            "ORDER BY p.k1, p.k2, p.k3, p.k4, p.k5, p.k6, p.k7, p.ord"
        )
        for n, event, mention in self.conn.execute(sql):
            yield _counted(pickle.loads(event), n), pickle.loads(mention)


def _counted(e: Event, n: int | None) -> Event:
    """The event with its number of merged mentions (kept as merged when it has none)."""
    return replace(e, mentions=n) if n else e
