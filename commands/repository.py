"""The application's repository: it asks the snapshot store only when the record loaded may be
of a kind that has snapshots.

The library looks for a snapshot before reading the events of every record not in the cache,
and so of every record that does not exist (an absent read grant is asked for at each command):
one more wait for the database, useless for the kinds never snapshotted.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from uuid import UUID

from eventsourcing.application import Repository
from eventsourcing.persistence import EventStore

_without_snapshots: ContextVar[bool] = ContextVar("cronica_without_snapshots", default=False)


class SelectiveSnapshotsRepository(Repository[UUID]):
    """A repository whose snapshot store is hidden while loading a kind never snapshotted."""

    _snapshots: EventStore[UUID] | None = None

    @property
    def snapshot_store(self) -> EventStore[UUID] | None:
        return None if _without_snapshots.get() else self._snapshots

    @snapshot_store.setter
    def snapshot_store(self, store: EventStore[UUID] | None) -> None:
        self._snapshots = store

    @contextmanager
    def unsnapshotted(self, skip: bool) -> Iterator[None]:
        """Loads inside skip the snapshot look-up if `skip`."""
        token = _without_snapshots.set(skip)
        try:
            yield
        finally:
            _without_snapshots.reset(token)
