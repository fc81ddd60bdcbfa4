"""SQLite storage: the only part of the pipeline that imports sqlite3.

Why SQLite: one file, no server, safe concurrent reads while an ingest writes (WAL mode), and
fast enough for a million events when every dashboard query is an indexed WHERE ... LIMIT.

Crash safety and idempotence follow sqlite-utils: articles are keyed by a content hash, every
batch is one transaction (a crash loses at most the batch in flight, never half of it), and a
`schema_migrations` table records which ordered migration scripts a database has had.
`meta.revision` counts committed changes, so a dashboard can cache queries by it.

Modules: `schema` (connect, migrations, row conversion), `write` (store_batch and merging),
`read` (the dashboard's and export's queries). Import the names below from `pipeline.store`.
"""

from pipeline.store.read import (
    MENTION_OVERRIDES,
    ORDERS,
    count_events,
    facets,
    integrity_problems,
    iter_event_rows,
    query_events,
    query_mentions,
    stats,
    weekly_counts,
)
from pipeline.store.schema import (
    BUSY_TIMEOUT_MS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    MIGRATIONS,
    SCHEMA_VERSION,
    Connection,
    StoreError,
    connect,
    migrate,
    revision,
    schema_version,
)
from pipeline.store.write import BatchResult, Duplicate, assign_ids, find_stored, store_batch

__all__ = [
    "BUSY_TIMEOUT_MS",
    "EVENT_COLUMNS",
    "MENTION_COLUMNS",
    "MENTION_OVERRIDES",
    "MIGRATIONS",
    "ORDERS",
    "SCHEMA_VERSION",
    "BatchResult",
    "Connection",
    "Duplicate",
    "StoreError",
    "assign_ids",
    "connect",
    "count_events",
    "facets",
    "find_stored",
    "integrity_problems",
    "iter_event_rows",
    "migrate",
    "query_events",
    "query_mentions",
    "revision",
    "schema_version",
    "stats",
    "store_batch",
    "weekly_counts",
]
