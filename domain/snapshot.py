"""The snapshot of every Cronica record: its state written with `cronica.domain.snapshot_state`.

Each stored snapshot names this class by its topic (keep its module and name); snapshots stored
before it, under the library's own class, still load as they did.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Self

from eventsourcing.domain import BaseAggregate, MutableOrImmutableAggregate, Snapshot

from cronica.domain.snapshot_state import from_snapshot, to_snapshot


class RecordSnapshot(Snapshot):
    """A record's state at one version; loading it gives the very record a full replay gives."""

    @classmethod
    def take(cls, aggregate: MutableOrImmutableAggregate[Any]) -> Self:
        taken = super().take(aggregate)
        return dataclasses.replace(
            taken, state={name: to_snapshot(value) for name, value in taken.state.items()}
        )

    def mutate(self, _: None) -> BaseAggregate[Any]:
        # The library's mutate upcasts the state (class_version) and rebuilds the record from it.
        state = {name: from_snapshot(value) for name, value in self.state.items()}
        return Snapshot.mutate(dataclasses.replace(self, state=state), None)
