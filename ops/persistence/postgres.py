"""PostgreSQL: the library's recorder, binding record numbers inside each save.

A save runs in one round trip: BEGIN, the library's `LOCK TABLE ... IN EXCLUSIVE MODE` (which
serialises every save already), NOTIFY, the insert and COMMIT, sent together. With claims, the
insert is one statement that upserts `record_numbers`, writes the new numbers over the stand-ins
(the database function `cronica_bind_numbers`) and answers them beside the notification ids: the
lock is never held while this process waits for its own Python (under a busy GIL, milliseconds)
between two round trips. (The library's own save nests psycopg's transaction inside a pipeline,
which syncs on entering and on leaving each level: six round trips.) Under the table lock no
other save can take a number in between, so nobody loses a race or retries.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from uuid import UUID

import psycopg
from eventsourcing.persistence import InterfaceError, OperationalError, StoredEvent
from eventsourcing.postgres import (
    PostgresApplicationRecorder,
    PostgresDatastore,
    PostgresFactory,
)
from eventsourcing.utils import Environment, retry
from psycopg import Cursor
from psycopg.rows import DictRow
from psycopg.sql import SQL, Identifier

from cronica.commands.many_records import ManyRecordsReading
from cronica.commands.numbering import (
    NumberBinding,
    NumberClaim,
    claimed_counts,
    numbers_back,
    refuse_unheld,
)
from cronica.ops.persistence.numbers_table import (
    NUMBERS_TABLE,
    highest_numbers,
    refuse_transformed_state,
)

_BATCH = 5_000


class NumberingPostgresRecorder(PostgresApplicationRecorder, NumberBinding, ManyRecordsReading):
    """The events table, and the numbers its saves give (`insert_events(..., numbers=claims)`)."""

    def __init__(self, datastore: PostgresDatastore, events_table_name: str = "stored_events"):
        super().__init__(datastore, events_table_name=events_table_name)
        # The library names the NOTIFY channel after the table, and channels are the database's:
        # stores of other schemas in one database would wake each other's followers.
        self.channel_name = f"{datastore.schema}_{self.channel_name}"
        schema = Identifier(datastore.schema)
        numbers, events = Identifier(NUMBERS_TABLE), Identifier(events_table_name)
        self._create_numbers = SQL(
            "CREATE TABLE {0}.{1} (company_id uuid NOT NULL, prefix text NOT NULL, "
            "last bigint NOT NULL, PRIMARY KEY (company_id, prefix))"
        ).format(schema, numbers)
        bind_numbers = Identifier("cronica_bind_numbers")
        self._create_bind_numbers = SQL(
            "CREATE OR REPLACE FUNCTION {0}.{1}(state bytea, stand_ins text[], numbers text[]) "
            "RETURNS bytea LANGUAGE plpgsql IMMUTABLE STRICT AS $$ "
            "DECLARE t text := convert_from(state, 'UTF8'); "
            "BEGIN FOR i IN 1 .. coalesce(array_length(stand_ins, 1), 0) LOOP "
            "t := replace(t, stand_ins[i], numbers[i]); END LOOP; "
            "RETURN convert_to(t, 'UTF8'); END $$"
        ).format(schema, bind_numbers)
        # Numbers as `formatted` (commands/numbering.py) writes them: at least six digits.
        number = SQL("(t.last - c.back)::text")
        self._insert_numbered = SQL(
            "WITH taken AS (INSERT INTO {0}.{1} AS n (company_id, prefix, last) "
            "SELECT * FROM unnest(%s::uuid[], %s::text[], %s::bigint[]) "
            "ON CONFLICT (company_id, prefix) DO UPDATE SET last = n.last + EXCLUDED.last "
            "RETURNING company_id, prefix, last), "
            "bound AS (SELECT array_agg(c.stand_in ORDER BY c.i) AS stand_ins, "
            "array_agg(c.prefix || '-' || lpad({4}, greatest(6, length({4})), '0') "
            "ORDER BY c.i) AS numbers "
            "FROM unnest(%s::text[], %s::uuid[], %s::text[], %s::bigint[]) WITH ORDINALITY "
            "AS c(stand_in, company_id, prefix, back, i) "
            "JOIN taken t ON t.company_id = c.company_id AND t.prefix = c.prefix) "
            "INSERT INTO {0}.{2} (originator_id, originator_version, topic, state) "
            "SELECT e.originator_id, e.originator_version, e.topic, "
            "{0}.{3}(e.state, b.stand_ins, b.numbers) "
            "FROM unnest(%s::{0}.{5}[]) AS e, bound AS b "
            "RETURNING notification_id, (SELECT numbers FROM bound) AS numbers"
        ).format(
            schema, numbers, events, bind_numbers, number, Identifier(self.stored_event_type_name)
        )
        self._put_numbers = SQL(
            "INSERT INTO {0}.{1} AS n (company_id, prefix, last) VALUES (%s, %s, %s) "
            "ON CONFLICT (company_id, prefix) DO UPDATE SET last = GREATEST(n.last, EXCLUDED.last)"
        ).format(schema, numbers)
        self._position_of = SQL(
            "SELECT notification_id FROM {0}.{1} WHERE originator_id = %s "
            "AND originator_version = %s"
        ).format(schema, events)
        # Each record's events by the primary key, whatever the plan: prepared, this query gets
        # a generic plan made while the table was small, which joined by scanning the whole
        # table (every command then cost the server more as the store grew). The subquery's
        # OFFSET 0 keeps PostgreSQL from flattening the per-record lookup into such a join.
        self.events_of_statement = SQL(
            "SELECT e.originator_id, e.originator_version, e.topic, e.state "
            "FROM unnest(%s::uuid[], %s::bigint[]) AS w(id, after) CROSS JOIN LATERAL ("
            "SELECT * FROM {0}.{1} AS x WHERE x.originator_id = w.id "
            "AND x.originator_version > w.after OFFSET 0) AS e "
            "ORDER BY e.originator_id, e.originator_version"
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
            # Replaced under the lock, so always current: processes starting together would
            # otherwise replace it at once, which PostgreSQL refuses ("tuple concurrently
            # updated").
            curs.execute(self._create_bind_numbers)

    def position_of(self, originator_id: UUID, version: int) -> int | None:
        """The notification id of a record's event at a version (None: not stored)."""
        with self.datastore.get_connection() as conn, conn.cursor() as curs:
            curs.execute(self._position_of, (originator_id, version))
            row = curs.fetchone()
            return None if row is None else int(row["notification_id"])

    @retry((InterfaceError, OperationalError), max_attempts=10, wait=0.2)
    def select_events_of(self, wanted: Sequence[tuple[UUID, int]]) -> list[StoredEvent]:
        """The stored events of each record after the version paired with it, in one query."""
        with self.datastore.get_connection() as conn, conn.cursor() as curs:
            curs.execute(
                self.events_of_statement,
                ([record_id for record_id, _ in wanted], [after for _, after in wanted]),
                prepare=True,
            )
            return [
                StoredEvent(
                    originator_id=row["originator_id"],
                    originator_version=row["originator_version"],
                    topic=row["topic"],
                    state=bytes(row["state"]),
                )
                for row in curs.fetchall()
            ]

    @retry((InterfaceError, OperationalError), max_attempts=10, wait=0.2)
    def insert_events(
        self, stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int] | None:
        """Inserts the events (and binds their numbers) in one transaction, with BEGIN and
        COMMIT sent in the pipeline beside the statements (see the module's docstring)."""
        if not stored_events:
            return []
        with self.datastore.get_connection() as conn, conn.cursor() as curs:
            try:
                # Leaving the pipeline sends its one Sync and waits for every result.
                with conn.pipeline():
                    conn.execute("BEGIN")
                    self._insert_events(curs, stored_events, **kwargs)
                    self._insert_stored_events(curs, stored_events, **kwargs)
                    conn.execute("COMMIT")
            except psycopg.Error:
                # The failed transaction is still open on the connection (the pipeline
                # skipped COMMIT): end it before the connection goes back to the pool.
                if not conn.broken:
                    conn.execute("ROLLBACK")
                raise
            return self._fetch_ids_after_insert_events(curs, stored_events, **kwargs)

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
        refuse_unheld(stored_events, numbers)
        self._lock_table(curs)
        self._notify_channel(curs)
        counts = claimed_counts(numbers)
        curs.execute(
            self._insert_numbered,
            (
                [company_id for company_id, _ in counts],
                [prefix for _, prefix in counts],
                list(counts.values()),
                [claim.encoded.decode() for claim in numbers],
                [claim.company_id for claim in numbers],
                [claim.prefix for claim in numbers],
                numbers_back(numbers),
                [self._pg_stored_event(stored) for stored in stored_events],
            ),
            prepare=True,  # planned once per connection, as the library's own insert is
        )

    def _pg_stored_event(self, stored: StoredEvent) -> Any:
        return self.construct_pg_stored_event(
            stored.originator_id, stored.originator_version, stored.topic, stored.state
        )

    def _fetch_ids_after_insert_events(
        self,
        curs: Cursor[DictRow],
        stored_events: Sequence[StoredEvent],
        *,
        numbers: Sequence[NumberClaim] = (),
        **kwargs: Any,
    ) -> Sequence[int] | None:
        """The notification ids; a numbered insert also answers the numbers it bound, which
        its claims take."""
        if not numbers:
            return super()._fetch_ids_after_insert_events(curs, stored_events, **kwargs)
        rows = curs.fetchall()
        for claim, number in zip(numbers, rows[0]["numbers"], strict=True):
            claim.number = number
        return [row["notification_id"] for row in rows]


class NumberingPostgresFactory(PostgresFactory):
    """The library's PostgreSQL factory, with the numbering recorder; it refuses encrypted or
    compressed state (numbers are written into the plain JSON)."""

    application_recorder_class = NumberingPostgresRecorder

    def __init__(self, env: Environment | dict[str, str] | None) -> None:
        super().__init__(env)
        refuse_transformed_state(self.env)
