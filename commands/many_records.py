"""Reading several records' newer events at once: what an event store's recorder offers when it
can answer for many records in one round trip (ops/persistence), so that a command that needs a
few small records (an API token and its user; a caller's unit and read grants) waits once for
all of them instead of once for each."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from eventsourcing.persistence import StoredEvent


class ManyRecordsReading:
    """Declared by a recorder whose `select_events_of` reads many records' events together."""

    def select_events_of(self, wanted: Sequence[tuple[UUID, int]]) -> list[StoredEvent]:
        """The stored events of each record after the version paired with it (0: all of
        them), ordered by record and version."""
        raise NotImplementedError
