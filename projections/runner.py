"""The projection runner: a follower of the event log (`cronica.projections.follower`) that
applies each batch to every projection in one read-store transaction, with their positions, so
each event is applied exactly once: a failed batch rolls back whole, and the next attempt starts
again from the stored positions.

A batch that fails on the projections' own error (see `is_transient` for which are) is applied
again one projection per transaction; the projection that fails again is stepped through one
event per transaction to the event it cannot apply, which is set aside (recorded with its error)
in the transaction that moves that projection's position past it. The other projections, and
the later events, go on. A transient fault (a dropped connection) sets nothing aside: the batch
is retried whole, as before.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import replace
from itertools import chain
from operator import attrgetter

from eventsourcing.persistence import Notification

from cronica.projections.dropped_connections import ConnectionDroppedError
from cronica.projections.follower import LoggedEvent, NotificationLog, follow_to_end
from cronica.projections.positions import (
    all_positions,
    create_positions_table,
    lowest_position,
    read_position,
    read_positions,
    write_position,
)
from cronica.projections.process_wide import COLLECTOR_PAUSED
from cronica.projections.projection import Projection
from cronica.projections.rebuild import (
    REBUILD_BATCH_SIZE,
    Progress,
    rebuild_transactions,
    rebuilding_batches,
)
from cronica.projections.schemas import (
    SCHEMAS_TABLE,
    ensure_current_tables,
    stored_fingerprints,
)
from cronica.projections.set_aside.faults import is_transient
from cronica.projections.set_aside.retry import RetryOutcome, retry_set_aside
from cronica.projections.set_aside.rows import (
    SET_ASIDE_TABLE,
    HeldBackError,
    SetAsideEvent,
    create_set_aside_table,
    held_records,
    set_aside,
)
from cronica.projections.store import Cursor, ReadStore
from cronica.projections.unlogged import creating, make_persistence_current

# A projection sent back to position 0 (its tables made anew) re-applies every event: the events
# it had set aside before are no longer aside.
_FORGET_RESTARTED = (
    f"DELETE FROM {SET_ASIDE_TABLE} WHERE projection = ? AND NOT EXISTS ("
    " SELECT 1 FROM projection_positions WHERE name = ? AND position > 0)"
)

_position = attrgetter("position")


def _after(events: Sequence[LoggedEvent], position: int) -> Sequence[LoggedEvent]:
    """The events after `position` (most often all of them, found without a search)."""
    if not events or events[0].position > position:
        return events
    return events[bisect_right(events, position, key=_position) :]


APPLY_STEP = 200
"""Events applied to every projection of a batch before the next ones are decoded: the writes
of a rebuild's batch of thousands then start going to the database (in the background, see
`cronica.projections.background_writes`) from its first events on, instead of after all of them
are decoded and the first projections have applied them."""

SETUP_ATTEMPTS = 5
SETUP_PAUSE_SECONDS = 0.2


class ProjectionRunner:
    """Keeps a set of projections up to date with the event store."""

    def __init__(
        self,
        log: NotificationLog,
        store: ReadStore,
        projections: Sequence[Projection],
        transactions: int = 1,
    ) -> None:
        self.log = log
        self.store = store
        self.projections = list(projections)
        self.transactions = transactions  # a batch is applied in these, sharing projections
        self._lock_positions = store.dialect == "postgres"
        self._tables_in_doubt = False

    def setup(self) -> None:
        """Makes the tables and positions current. A connection dropped meanwhile (the database
        restarting as this process starts) is met by starting over: every step is idempotent,
        and a process that gave up here would leave its read models behind until restarted."""
        for attempt in range(1, SETUP_ATTEMPTS + 1):
            try:
                return self._setup()
            except ConnectionDroppedError:
                if attempt == SETUP_ATTEMPTS:
                    raise
                time.sleep(SETUP_PAUSE_SECONDS * attempt)

    def _setup(self) -> None:
        create_positions_table(self.store)
        create_set_aside_table(self.store)
        # Read before the tables are touched: in the pipelined PostgreSQL transaction below, a
        # read right after DDL was answered with the DDL's status instead of its rows.
        stored, ran = stored_fingerprints(self.store), all_positions(self.store)
        with self.store.transaction() as plain_cursor:
            cursor = creating(plain_cursor, self.store)
            for projection in self.projections:
                name, dialect = projection.name, self.store.dialect
                ensure_current_tables(cursor, projection, dialect, stored.get(name), name in ran)
                cursor.execute(_FORGET_RESTARTED, (name, name))
        owned = [table for projection in self.projections for table in projection.tables]
        make_persistence_current(self.store, [*owned, SET_ASIDE_TABLE, SCHEMAS_TABLE])

    def follow_batch(self) -> int:
        """Applies the next batch; returns how many events it read (0: caught up). After a
        dropped connection, which may have been PostgreSQL's crash (it empties unlogged
        tables, `cronica.projections.unlogged`), the tables are made current first."""
        if self._tables_in_doubt:
            self.setup()
            self._tables_in_doubt = False
        try:
            with self.store.transaction() as cursor:
                start = min(read_positions(cursor, [p.name for p in self.projections]).values())
            stored = self.log.stored_after(start)
            if stored:
                self.apply_batch(start, stored)
        except Exception as error:
            self._tables_in_doubt = self.store.unlogged_tables and is_transient(error)
            raise
        return len(stored)

    def apply_batch(
        self,
        start: int,
        stored: Sequence[Notification],
        decoded: Sequence[Sequence[LoggedEvent]] = (),
    ) -> None:
        """Applies the events read after `start`, decoded a step at a time (`APPLY_STEP`); the
        first steps may come `decoded` already."""
        steps = chain(decoded, self.decoded_steps(stored, len(decoded)))
        try:
            self._apply(self.projections, start, stored[-1].id, steps)
        except Exception as error:
            if is_transient(error):
                raise
            self._isolate(start, self.log.decoded(stored))

    def decoded_steps(
        self, stored: Sequence[Notification], skipped: int = 0
    ) -> Iterator[list[LoggedEvent]]:
        """The events decoded a step at a time, after the first `skipped` steps."""
        for at in range(skipped * APPLY_STEP, len(stored), APPLY_STEP):
            yield self.log.decoded(stored[at : at + APPLY_STEP])

    def _apply(
        self,
        projections: Sequence[Projection],
        start: int,
        last: int,
        steps: Iterable[Sequence[LoggedEvent]],
    ) -> None:
        """Applies the events read after `start` up to `last`, given in steps, to the
        projections in one transaction with their positions (or in `transactions` of them,
        `transaction_groups`). An event of a record that has an earlier event set aside for a
        projection is set aside behind it, for that projection, instead of being applied."""
        with ExitStack() as transactions:
            taken: dict[str, tuple[Cursor, int, Mapping[str, int] | None]] = {}
            for group in self.transaction_groups(projections):
                cursor = transactions.enter_context(self.store.bulk_transaction())
                names = [projection.name for projection in group]
                # Re-read under lock: another runner may have applied (or set aside) part of
                # this batch. Every position and held record in one query each: round trips,
                # not the events, are most of a small batch's time (the read models' lag).
                positions = read_positions(cursor, names, for_update=self._lock_positions)
                held_by = held_records(cursor, names)
                for name in names:
                    taken[name] = (cursor, positions[name], held_by.get(name))
            # A projection sent back (a rebuild) since `start` was read is not applied: the
            # events up to `start` are not in this batch, so it is left to the next, which
            # starts lower.
            applying = [(p, *taken[p.name]) for p in projections if taken[p.name][1] >= start]
            for events in steps:
                for projection, cursor, position, held in applying:
                    unapplied = _after(events, position)
                    if held:
                        self._apply_unless_held(cursor, projection, unapplied, held)
                    else:  # a rebuild's every batch: nothing held, and no test per event
                        apply = projection.apply
                        for at, event in unapplied:
                            apply(cursor, event, at)
            for projection, cursor, _, _ in applying:
                write_position(cursor, projection.name, last)

    def transaction_groups(self, projections: Sequence[Projection]) -> list[list[Projection]]:
        """The projections in at most `transactions` groups, each applied in a transaction of
        its own, split in the order of their names: the order every runner locks positions in
        (`read_positions`), so a runner waiting for one of these groups holds none of the
        positions of a later one, and none waits for the other in a circle."""
        ordered = sorted(projections, key=attrgetter("name"))
        size = -(-len(ordered) // max(1, min(self.transactions, len(ordered))))
        return [ordered[at : at + size] for at in range(0, len(ordered), size)]

    @staticmethod
    def _apply_unless_held(
        cursor: Cursor,
        projection: Projection,
        events: Sequence[LoggedEvent],
        held: Mapping[str, int],
    ) -> None:
        """Applies the events, but sets aside behind it each of a record that has an earlier
        event set aside (`held`, by record id) for this projection."""
        for logged in events:
            behind = held.get(str(logged.event.originator_id))
            if behind is None:
                projection.apply(cursor, logged.event, logged.position)
            else:
                set_aside(cursor, SetAsideEvent.of(projection.name, logged, HeldBackError(behind)))

    def _isolate(self, start: int, events: Sequence[LoggedEvent]) -> None:
        """Applies a failed batch one projection per transaction, so that those that can apply
        it do; each that cannot is stepped through to its failing event."""
        for projection in self.projections:
            try:
                self._apply([projection], start, events[-1].position, [events])
            except Exception as error:
                if is_transient(error):
                    raise
                self._set_aside_first_failure(projection, start, events)

    def _set_aside_first_failure(
        self, projection: Projection, start: int, events: Sequence[LoggedEvent]
    ) -> None:
        """Applies the events to one projection one transaction each, up to the first that
        fails, which is set aside; the events after it are left to the next batch."""
        for logged in events:
            try:
                self._apply([projection], start, logged.position, [[logged]])
            except Exception as error:
                if is_transient(error):
                    raise
                with self.store.transaction() as cursor:
                    name = projection.name
                    position = read_position(cursor, name, for_update=self._lock_positions)
                    if start <= position < logged.position:
                        set_aside(cursor, SetAsideEvent.of(name, logged, error))
                        write_position(cursor, name, logged.position)
                return
            start = logged.position

    def catch_up(self) -> int:
        """Applies batches until no event is left; returns how many were read."""
        return follow_to_end(self)

    def retry_set_aside(self, name: str | None = None) -> RetryOutcome:
        """Applies the set-aside events again (of the projection named, or of all) with the
        projections' current code (`cronica.projections.set_aside.retry`)."""
        if name is not None:
            self.projection(name)
        return retry_set_aside(self.log, self.store, self.projections, name)

    def rebuild(self, *names: str, progress: Progress | None = None) -> int:
        """Empties the named projections' tables and re-applies every event to them from the
        start, in one pass over the event store (`cronica.projections.rebuild`); the events
        they had set aside are applied again with the others (or set aside anew). Returns how
        many events were read; `progress` is told after each batch."""
        chosen = [self.projection(name) for name in names]
        chosen.sort(key=attrgetter("name"))  # the order runners lock positions in
        log = replace(self.log, batch_size=max(self.log.batch_size, REBUILD_BATCH_SIZE))
        transactions = rebuild_transactions(self.store.dialect)
        one_pass, total = ProjectionRunner(log, self.store, chosen, transactions), 0
        with COLLECTOR_PAUSED.held():
            for read in rebuilding_batches(one_pass):
                total += read
                if progress is not None:
                    progress(total, one_pass.position())
        return total

    def position(self) -> int:
        """The position every projection of this runner has reached."""
        return lowest_position(self.store, [projection.name for projection in self.projections])

    def projection(self, name: str) -> Projection:
        """The projection of that name; a KeyError naming the known ones if there is none."""
        projection = next((p for p in self.projections if p.name == name), None)
        if projection is None:
            known = ", ".join(p.name for p in self.projections)
            raise KeyError(f"no projection {name!r} (known: {known})")
        return projection
