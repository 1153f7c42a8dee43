"""SQLite: the library's recorder, binding record numbers inside each save.

A save's transaction starts with the upsert of `record_numbers`, a write: it takes SQLite's
write lock at once, so saves are serialised from their first statement and none can take a
number another one holds; the stand-ins are then replaced in the events' state and the events
inserted, and the transaction commits or rolls back as one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any
from uuid import UUID

from eventsourcing.persistence import StoredEvent
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteCursor, SQLiteFactory
from eventsourcing.utils import Environment

from cronica.commands.numbering import NumberBinding, NumberClaim, bind, claimed_counts
from cronica.ops.persistence.numbers_table import (
    NUMBERS_TABLE,
    highest_numbers,
    refuse_transformed_state,
)

_BATCH = 5_000


class NumberingSQLiteRecorder(SQLiteApplicationRecorder, NumberBinding):
    """The events table, and the numbers its saves give (`insert_events(..., numbers=claims)`)."""

    def create_table(self) -> None:
        """Creates the library's table, then the numbers table if it is missing, filled from
        the events already stored."""
        super().create_table()
        with self.datastore.transaction(commit=True) as c:
            c.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (NUMBERS_TABLE,)
            )
            if c.fetchone() is None:
                c.execute(
                    f"CREATE TABLE {NUMBERS_TABLE} (company_id TEXT NOT NULL, "
                    "prefix TEXT NOT NULL, last INTEGER NOT NULL, PRIMARY KEY (company_id, prefix))"
                )
                for (company_id, prefix), last in highest_numbers(self._events(c)).items():
                    c.execute(
                        f"INSERT INTO {NUMBERS_TABLE} VALUES (?, ?, ?)",
                        (company_id.hex, prefix, last),
                    )

    def position_of(self, originator_id: UUID, version: int) -> int | None:
        """The notification id of a record's event at a version (None: not stored)."""
        with self.datastore.transaction(commit=False) as c:
            c.execute(
                f"SELECT rowid FROM {self.events_table_name} "
                "WHERE originator_id = ? AND originator_version = ?",
                (originator_id.hex, version),
            )
            row = c.fetchone()
            return None if row is None else int(row["rowid"])

    def _events(self, c: SQLiteCursor) -> Iterator[tuple[object, str, bytes]]:
        after = 0
        while True:
            c.execute(
                f"SELECT rowid, originator_id, topic, state FROM {self.events_table_name} "
                "WHERE rowid > ? ORDER BY rowid LIMIT ?",
                (after, _BATCH),
            )
            rows = c.fetchall()
            yield from ((r["originator_id"], r["topic"], bytes(r["state"])) for r in rows)
            if len(rows) < _BATCH:
                return
            after = rows[-1]["rowid"]

    def _insert_events(
        self,
        c: SQLiteCursor,
        stored_events: Sequence[StoredEvent],
        *,
        numbers: Sequence[NumberClaim] = (),
        **kwargs: Any,
    ) -> Sequence[int] | None:
        if numbers:
            lasts = {}
            for (company_id, prefix), count in claimed_counts(numbers).items():
                c.execute(
                    f"INSERT INTO {NUMBERS_TABLE} VALUES (?, ?, ?) ON CONFLICT (company_id, "
                    "prefix) DO UPDATE SET last = last + excluded.last RETURNING last",
                    (company_id.hex, prefix, count),
                )
                lasts[(company_id, prefix)] = c.fetchone()["last"]
            stored_events = bind(stored_events, numbers, lasts)
        return super()._insert_events(c, stored_events, **kwargs)


class NumberingSQLiteFactory(SQLiteFactory):
    """The library's SQLite factory, with the numbering recorder; it refuses encrypted or
    compressed state (numbers are written into the plain JSON)."""

    application_recorder_class = NumberingSQLiteRecorder

    def __init__(self, env: Environment | dict[str, str] | None) -> None:
        super().__init__(env)
        refuse_transformed_state(self.env)
