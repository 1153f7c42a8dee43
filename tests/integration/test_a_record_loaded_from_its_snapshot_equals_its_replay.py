"""Every kind of record that snapshots loads from its snapshot exactly as a full replay of its
events rebuilds it: every field, every type, at the latest version and at any version asked."""

from __future__ import annotations

import random
from uuid import UUID

from cronica.commands.application import CronicaApplication
from cronica.ops.container import Container
from tests.fixtures.domain_records import replayed
from tests.fixtures.random_work.office_work import RandomWork
from tests.fixtures.record_states import typed_state
from tests.fixtures.staff.office import Office


def records_that_snapshot(app: CronicaApplication) -> dict[type, list[UUID]]:
    """The ids of the stored records of each kind that snapshots, by kind."""
    notifications = app.recorder.select_notifications(start=1, limit=1_000_000)
    kinds: dict[type, list[UUID]] = {}
    for record_id in dict.fromkeys(n.originator_id for n in notifications):
        kind = type(app.repository.get(record_id))
        if kind in app.snapshotting_intervals:
            kinds.setdefault(kind, []).append(UUID(str(record_id)))
    return kinds


def take_snapshot_unless_taken(app: CronicaApplication, record_id: UUID, version: int) -> None:
    """A snapshot at that version, unless the application took one there already."""
    assert app.snapshots is not None
    if not list(app.snapshots.get(record_id, gt=version - 1, lte=version)):
        app.take_snapshot(record_id, version=version)


def test_each_kind_loads_from_its_snapshot_as_its_full_replay(container: Container) -> None:
    app = container.application
    RandomWork(Office(app), random.Random(7), every_record=True).do(400)
    kinds = records_that_snapshot(app)
    assert {kind.__name__ for kind in kinds} >= {
        "Incident",
        "Task",
        "Opportunity",
        "RepairOrder",
        "Customer",
        "Inbox",
    }

    for kind, record_ids in kinds.items():
        for record_id in record_ids:
            events = list(app.events.get(record_id))
            # A snapshot halfway, and one at the end: loads use the latest at or before the
            # version asked, then replay the events after it.
            halfway = max(1, len(events) // 2)
            for version in {halfway, len(events)}:
                take_snapshot_unless_taken(app, record_id, version)
            for version in sorted({halfway, len(events) - 1 or 1, len(events)}):
                loaded = app.repository.get(record_id, version=version)
                full = replayed(kind, events[:version])
                assert typed_state(loaded) == typed_state(full), (kind.__name__, version)
            assert app.snapshots is not None
            latest = list(app.snapshots.get(record_id, desc=True, limit=1))
            assert [snapshot.originator_version for snapshot in latest] == [len(events)]
