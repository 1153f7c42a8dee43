"""The projection runner: reads the event store's notification log in batches and applies each
batch to every projection in one read-store transaction, with their positions.

It works alike on SQLite (polling) and PostgreSQL (woken by the event store's NOTIFY through
`EventListener`, polling as a fallback), and survives a dropped connection: a failed batch rolls
back whole, and the next attempt starts again from the stored positions.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from eventsourcing.persistence import ApplicationRecorder, Mapper

from cronica.projections.polling import run_until_stopped
from cronica.projections.positions import (
    all_positions,
    create_positions_table,
    read_position,
    write_position,
)
from cronica.projections.projection import Projection
from cronica.projections.schemas import ensure_current_tables, reset_tables, stored_fingerprints
from cronica.projections.store import ReadStore

GATHER_SECONDS = 0.01


class ProjectionRunner:
    """Keeps a set of projections up to date with the event store."""

    def __init__(
        self,
        recorder: ApplicationRecorder,
        mapper: Mapper[Any],
        store: ReadStore,
        projections: Sequence[Projection],
        *,
        batch_size: int = 500,
        poll_seconds: float = 0.25,
    ) -> None:
        self.recorder = recorder
        self.mapper = mapper
        self.store = store
        self.projections = list(projections)
        self.batch_size = batch_size
        self.poll_seconds = poll_seconds
        self._wake = threading.Event()
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

    def wake(self, _position: int = 0) -> None:
        """Tells the runner new events exist (called after a save, or on a NOTIFY)."""
        self._wake.set()

    def run_batch(self) -> int:
        """Applies the next batch; returns how many notifications it read (0: caught up)."""
        with self.store.transaction() as cursor:
            start = min(read_position(cursor, p.name) for p in self.projections)
        notifications = self.recorder.select_notifications(
            start=start, limit=self.batch_size, inclusive_of_start=False
        )
        if not notifications:
            return 0
        events = [(n.id, self.mapper.to_domain_event(n)) for n in notifications]
        last = notifications[-1].id
        with self.store.transaction() as cursor:
            for projection in self.projections:
                # Re-read under lock: another runner may have applied part of this batch.
                position = read_position(cursor, projection.name, for_update=self._lock_positions)
                for notification_id, event in events:
                    if notification_id > position:
                        projection.apply(cursor, event, notification_id)
                write_position(cursor, projection.name, last)
        return len(notifications)

    def catch_up(self) -> int:
        """Applies batches until no event is left; returns how many were read."""
        total = 0
        while applied := self.run_batch():
            total += applied
        return total

    def run(self, stop: threading.Event) -> None:
        """Runs until `stop` is set; errors (a dropped connection) are logged and retried."""
        run_until_stopped(
            self.catch_up,
            self._wake,
            stop,
            poll_seconds=self.poll_seconds,
            gather_seconds=GATHER_SECONDS,
            what="projection batch",
        )

    def rebuild(self, name: str) -> int:
        """Drops one projection's tables and re-applies every event to it from the start."""
        projection = next((p for p in self.projections if p.name == name), None)
        if projection is None:
            known = ", ".join(p.name for p in self.projections)
            raise KeyError(f"no projection {name!r} (known: {known})")
        with self.store.transaction() as cursor:
            reset_tables(cursor, projection, self.store.dialect)
        return ProjectionRunner(
            self.recorder, self.mapper, self.store, [projection], batch_size=self.batch_size
        ).catch_up()
