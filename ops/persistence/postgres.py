"""PostgreSQL: the library's recorder, binding record numbers inside each save.

A save with claims runs, in one transaction and two pipeline syncs: the library's
`LOCK TABLE ... IN EXCLUSIVE MODE` (which serialises every save already) and NOTIFY, then one
upsert of `record_numbers` returning the new last numbers (sync: the numbers come back); the
stand-ins are replaced in the events' state and the events inserted (sync), then COMMIT. Under
the table lock no other save can take a number in between, so nobody loses a race or retries.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from eventsourcing.persistence import StoredEvent
from eventsourcing.postgres import (
    PostgresAggregateRecorder,
    PostgresApplicationRecorder,
    PostgresDatastore,
    PostgresFactory,
)
from eventsourcing.utils import Environment
from psycopg import Cursor
from psycopg.rows import DictRow
from psycopg.sql import SQL, Identifier

from cronica.commands.numbering import NumberBinding, NumberClaim, bind, claimed_counts
from cronica.ops.persistence.numbers_table import (
    NUMBERS_TABLE,
    highest_numbers,
    refuse_transformed_state,
)

_BATCH = 5_000


class NumberingPostgresRecorder(PostgresApplicationRecorder, NumberBinding):
    """The events table, and the numbers its saves give (`insert_events(..., numbers=claims)`)."""

    def __init__(self, datastore: PostgresDatastore, events_table_name: str = "stored_events"):
        super().__init__(datastore, events_table_name=events_table_name)
        schema = Identifier(datastore.schema)
        numbers, events = Identifier(NUMBERS_TABLE), Identifier(events_table_name)
        self._create_numbers = SQL(
            "CREATE TABLE {0}.{1} (company_id uuid NOT NULL, prefix text NOT NULL, "
            "last bigint NOT NULL, PRIMARY KEY (company_id, prefix))"
        ).format(schema, numbers)
        self._take_numbers = SQL(
            "INSERT INTO {0}.{1} AS n (company_id, prefix, last) "
            "SELECT * FROM unnest(%s::uuid[], %s::text[], %s::bigint[]) "
            "ON CONFLICT (company_id, prefix) DO UPDATE SET last = n.last + EXCLUDED.last "
            "RETURNING company_id, prefix, last"
        ).format(schema, numbers)
        self._put_numbers = SQL(
            "INSERT INTO {0}.{1} AS n (company_id, prefix, last) VALUES (%s, %s, %s) "
            "ON CONFLICT (company_id, prefix) DO UPDATE SET last = GREATEST(n.last, EXCLUDED.last)"
        ).format(schema, numbers)
        self._position_of = SQL(
            "SELECT notification_id FROM {0}.{1} WHERE originator_id = %s "
            "AND originator_version = %s"
        ).format(schema, events)
        self._read_events = SQL(
            "SELECT notification_id, originator_id, topic, state FROM {0}.{1} "
            "WHERE notification_id > %s ORDER BY notification_id LIMIT %s"
        ).format(schema, events)

    def create_table(self) -> None:
        """Creates the library's tables, then the numbers table if it is missing, filled from
        the events already stored (under the events table's lock: no save in between)."""
        super().create_table()
        with self.datastore.transaction(commit=True) as curs:
            self._lock_table(curs)
            curs.execute(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = %s "
                "AND table_name = %s",
                (self.datastore.schema, NUMBERS_TABLE),
            )
            if curs.fetchone() is None:
                curs.execute(self._create_numbers)
                for (company_id, prefix), last in highest_numbers(self._events(curs)).items():
                    curs.execute(self._put_numbers, (company_id, prefix, last))

    def position_of(self, originator_id: UUID, version: int) -> int | None:
        """The notification id of a record's event at a version (None: not stored)."""
        with self.datastore.get_connection() as conn, conn.cursor() as curs:
            curs.execute(self._position_of, (originator_id, version))
            row = curs.fetchone()
            return None if row is None else int(row["notification_id"])

    def _events(self, curs: Cursor[DictRow]) -> Any:
        after = 0
        while True:
            curs.execute(self._read_events, (after, _BATCH))
            rows = curs.fetchall()
            yield from ((r["originator_id"], r["topic"], bytes(r["state"])) for r in rows)
            if len(rows) < _BATCH:
                return
            after = rows[-1]["notification_id"]

    def _insert_stored_events(
        self,
        curs: Cursor[DictRow],
        stored_events: Sequence[StoredEvent],
        *,
        numbers: Sequence[NumberClaim] = (),
        **kwargs: Any,
    ) -> None:
        if not numbers:
            super()._insert_stored_events(curs, stored_events, **kwargs)
            return
        self._lock_table(curs)
        self._notify_channel(curs)
        counts = claimed_counts(numbers)
        curs.execute(
            self._take_numbers,
            (
                [company_id for company_id, _ in counts],
                [prefix for _, prefix in counts],
                list(counts.values()),
            ),
        )
        lasts = {(row["company_id"], row["prefix"]): row["last"] for row in curs.fetchall()}
        bound = bind(stored_events, numbers, lasts)
        # The lock is taken: insert as the library's aggregate recorder does, without locking.
        PostgresAggregateRecorder._insert_stored_events(self, curs, bound, **kwargs)


class NumberingPostgresFactory(PostgresFactory):
    """The library's PostgreSQL factory, with the numbering recorder; it refuses encrypted or
    compressed state (numbers are written into the plain JSON)."""

    application_recorder_class = NumberingPostgresRecorder

    def __init__(self, env: Environment | dict[str, str] | None) -> None:
        super().__init__(env)
        refuse_transformed_state(self.env)
