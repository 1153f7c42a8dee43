"""Read models kept out of PostgreSQL's write-ahead log: UNLOGGED tables.

Read models are made from the events and can always be made again; logging every row of them
was a third of a rebuild's time (a rebuild of 1,877 events wrote 10-20 MB of WAL). PostgreSQL
empties unlogged tables when it recovers from a crash, and a streaming replica has them empty.
So every table of the projections is unlogged together with `projection_schemas`, which says
what shape each projection's tables were made in: after a crash that table is empty too, and
a runner's setup then makes the projections' tables anew and sends them back to position 0, as
it does for tables of an unknown shape (`cronica.projections.schemas`), and the read models
are rebuilt from the events. A runner runs its setup again after any dropped connection (a
crash drops them all) before its next batch.

The positions table stays logged: the relay and the reactions keep their positions there, and
an emptied one would send events and e-mails again. So does every table not the projections'
(the events, the attachments' bytes).

`Settings.read_models_unlogged` turns this off: tables are then made logged (and altered so,
once, if they were not), for replicas that must show the read models.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from cronica.projections.store import Cursor, Params, ReadStore

_CREATE_TABLE = re.compile(r"^(\s*CREATE\s+)(TABLE\b)", re.IGNORECASE)


class UnloggedCreates:
    """A cursor that makes the tables it creates UNLOGGED (PostgreSQL); the rest as its own."""

    def __init__(self, cursor: Cursor) -> None:
        self._cursor = cursor

    def execute(self, sql: str, params: Params = ()) -> Any:
        return self._cursor.execute(_CREATE_TABLE.sub(r"\1UNLOGGED \2", sql, count=1), params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


def creating(cursor: Cursor, store: ReadStore) -> Cursor:
    """The cursor to create projections' tables with in this store."""
    return UnloggedCreates(cursor) if store.unlogged_tables else cursor


def make_persistence_current(store: ReadStore, tables: Sequence[str]) -> None:
    """Alters the tables (of the current schema) that are not logged, or unlogged, as the
    store's setting asks, all in one transaction: a crash never finds some of them unlogged
    and `projection_schemas` logged, or the other way round."""
    if store.dialect != "postgres" or not tables:
        return
    marks = ", ".join("?" for _ in tables)
    found = store.query(
        "SELECT relname, relpersistence FROM pg_class WHERE relkind = 'r'"
        f" AND relnamespace = current_schema()::regnamespace AND relname IN ({marks})",
        tuple(tables),
    )
    wanted, setting = ("u", "UNLOGGED") if store.unlogged_tables else ("p", "LOGGED")
    altered = [row["relname"] for row in found if row["relpersistence"] != wanted]
    if altered:
        with store.transaction() as cursor:
            for table in sorted(altered):
                cursor.execute(f"ALTER TABLE {table} SET {setting}")
