"""The RecordSnapshot type: any record as it was at a moment, rebuilt from its events."""

from datetime import datetime
from typing import cast

import strawberry
from strawberry.scalars import JSON

from cronica.graphql.types.history_event import HistoryEvent
from cronica.projections.record_snapshot import RecordSnapshot as Snapshot


@strawberry.type(
    description="A record of any type as it was at `asOf` (now when not given): its attributes "
    "rebuilt from its events, and those events."
)
class RecordSnapshot:
    id: strawberry.ID
    type: str = strawberry.field(description="The record's type: Incident, Customer, Task...")
    version: int = strawberry.field(description="The record's version then: its events so far.")
    as_of: datetime | None = strawberry.field(description="The moment asked for; null: now.")
    state: JSON = strawberry.field(
        description="The record's attributes then, snake_case as stored (ids, times and enums "
        "as text)."
    )
    history: list[HistoryEvent] = strawberry.field(
        description="The record's events up to that version, oldest first."
    )

    @classmethod
    def from_snapshot(cls, snapshot: Snapshot) -> "RecordSnapshot":
        return cls(
            id=strawberry.ID(snapshot.id),
            type=snapshot.type,
            version=snapshot.version,
            as_of=snapshot.as_of,
            state=cast(JSON, snapshot.state),
            history=[HistoryEvent.from_entry(entry) for entry in snapshot.history],
        )
