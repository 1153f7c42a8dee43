"""Which shape of its tables each projection's rows were written in, so that a new release whose
projection makes other tables (or other rows: `schema_version`) rebuilds it from the events by
itself, instead of failing on, or silently keeping, rows of the old shape."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from typing import Any

from cronica.projections.positions import ensure_position, rewind_position
from cronica.projections.projection import Projection
from cronica.projections.store import Cursor, Dialect, Params, ReadStore, Row
from cronica.projections.unlogged import creating

logger = logging.getLogger(__name__)

SCHEMAS_TABLE = "projection_schemas"

CREATE_SCHEMAS = (
    f"CREATE TABLE IF NOT EXISTS {SCHEMAS_TABLE} ("
    " name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL)"
)


class _StatementRecorder:
    """A cursor that only writes down the statements it is given."""

    def __init__(self) -> None:
        self.statements: list[str] = []

    def execute(self, sql: str, params: Params = ()) -> Any:
        self.statements.append(sql)

    def executemany(self, sql: str, rows: Sequence[Params]) -> Any:
        self.statements.append(sql)

    def fetchall(self) -> list[Row]:
        return []

    def fetchone(self) -> Row | None:
        return None

    @property
    def rowcount(self) -> int:
        return 0


def fingerprint(projection: Projection, dialect: Dialect) -> str:
    """A digest of the statements that create the projection's tables on this database, of
    the tables it owns and of its `schema_version`."""
    recorder = _StatementRecorder()
    projection.create_tables(recorder, dialect)
    parts = [str(projection.schema_version), *projection.tables, *recorder.statements]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def stored_fingerprints(store: ReadStore) -> dict[str, str]:
    """The fingerprint each projection's tables were made for (none before they first were)."""
    with store.transaction() as cursor:
        creating(cursor, store).execute(CREATE_SCHEMAS)
    with store.snapshot() as cursor:
        return current_fingerprints(cursor)


def ensure_current_tables(
    cursor: Cursor, projection: Projection, dialect: Dialect, stored: str | None, ran: bool
) -> None:
    """Creates the projection's tables; if they were made for another fingerprint than
    `stored` (or before fingerprints were kept), drops them first and sends the projection back
    to position 0, so the runner refills them from the first event. `ran`: the projection has a
    position, so its tables may hold rows."""
    if stored == fingerprint(projection, dialect):
        projection.create_tables(cursor, dialect)
        ensure_position(cursor, projection.name)
        return
    if ran:
        logger.warning("read model %s changed shape: rebuilding it from events", projection.name)
    reset_tables(cursor, projection, dialect)


def current_fingerprints(cursor: Cursor) -> dict[str, str]:
    """The stored fingerprints, read in the caller's transaction (the table exists)."""
    cursor.execute(f"SELECT name, fingerprint FROM {SCHEMAS_TABLE}")
    return {row["name"]: row["fingerprint"] for row in cursor.fetchall()}


def reset_tables(cursor: Cursor, projection: Projection, dialect: Dialect) -> None:
    """Empty tables of the current shape, the projection at position 0, the shape noted (the
    `projection_schemas` table exists: `stored_fingerprints` made it). The position is sent
    back first: on PostgreSQL that takes its row's lock before the tables', in the order a
    runner takes them, so the two wait for each other instead of deadlocking."""
    rewind_position(cursor, projection.name)
    projection.drop_tables(cursor)
    projection.create_tables(cursor, dialect)
    cursor.execute(
        f"INSERT INTO {SCHEMAS_TABLE} (name, fingerprint) VALUES (?, ?)"
        " ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint",
        (projection.name, fingerprint(projection, dialect)),
    )
