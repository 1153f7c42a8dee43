"""The projection runner: a follower of the event log (`cronica.projections.follower`) that
applies each batch to every projection in one read-store transaction, with their positions, so
each event is applied exactly once: a failed batch rolls back whole, and the next attempt starts
again from the stored positions.
"""

from __future__ import annotations

from collections.abc import Sequence

from cronica.projections.follower import NotificationLog, follow_to_end
from cronica.projections.positions import (
    all_positions,
    create_positions_table,
    read_position,
    write_position,
)
from cronica.projections.projection import Projection
from cronica.projections.schemas import ensure_current_tables, reset_tables, stored_fingerprints
from cronica.projections.store import ReadStore


class ProjectionRunner:
    """Keeps a set of projections up to date with the event store."""

    def __init__(
        self, log: NotificationLog, store: ReadStore, projections: Sequence[Projection]
    ) -> None:
        self.log = log
        self.store = store
        self.projections = list(projections)
        self._lock_positions = store.dialect == "postgres"

    def setup(self) -> None:
        create_positions_table(self.store)
        # Read before the tables are touched: in the pipelined PostgreSQL transaction below, a
        # read right after DDL was answered with the DDL's status instead of its rows.
        stored, ran = stored_fingerprints(self.store), all_positions(self.store)
        with self.store.transaction() as cursor:
            for projection in self.projections:
                name, dialect = projection.name, self.store.dialect
                ensure_current_tables(cursor, projection, dialect, stored.get(name), name in ran)

    def follow_batch(self) -> int:
        """Applies the next batch; returns how many events it read (0: caught up)."""
        with self.store.transaction() as cursor:
            start = min(read_position(cursor, p.name) for p in self.projections)
        events = self.log.after(start)
        if not events:
            return 0
        last = events[-1].position
        with self.store.transaction() as cursor:
            for projection in self.projections:
                # Re-read under lock: another runner may have applied part of this batch.
                position = read_position(cursor, projection.name, for_update=self._lock_positions)
                for notification_id, event in events:
                    if notification_id > position:
                        projection.apply(cursor, event, notification_id)
                write_position(cursor, projection.name, last)
        return len(events)

    def catch_up(self) -> int:
        """Applies batches until no event is left; returns how many were read."""
        return follow_to_end(self)

    def rebuild(self, name: str) -> int:
        """Drops one projection's tables and re-applies every event to it from the start."""
        projection = next((p for p in self.projections if p.name == name), None)
        if projection is None:
            known = ", ".join(p.name for p in self.projections)
            raise KeyError(f"no projection {name!r} (known: {known})")
        with self.store.transaction() as cursor:
            reset_tables(cursor, projection, self.store.dialect)
        return ProjectionRunner(self.log, self.store, [projection]).catch_up()
