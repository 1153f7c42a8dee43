"""The HistoryEvent and RecordSnapshot types: a record's stored events and the record as it was
at a moment, rebuilt from them, for the auditor."""

from datetime import datetime
from typing import Any, cast

import strawberry
from strawberry.scalars import JSON

from cronica.graphql.context import Info
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.records.history import HistoryEntry
from cronica.projections.records.snapshots import RecordSnapshot as Snapshot


@strawberry.type(description="One event of a record: what, when, by whom, in which request.")
class HistoryEvent:
    type: str = strawberry.field(description="The event's type, e.g. Incident.Assigned.")
    version: int = strawberry.field(description="The record's version after this event.")
    time: datetime
    actor_id: str = strawberry.field(description="A user id, or system:... for processes.")
    correlation_id: str = strawberry.field(description="The request that caused the event.")
    data: JSON = strawberry.field(description="The event's own fields, as stored.")

    @strawberry.field(description="The user who acted; null for a system process.")
    async def actor(self, info: Info) -> User | None:
        return await user_by_id(info, self.actor_id)

    @classmethod
    def from_entry(cls, entry: HistoryEntry) -> "HistoryEvent":
        return cls(
            type=entry.type,
            version=entry.version,
            time=datetime.fromisoformat(entry.time),
            actor_id=entry.actor_id,
            correlation_id=entry.correlation_id,
            data=cast(JSON, entry.data),
        )


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


def history_field(description: str) -> Any:
    """A record type's `history` field: every event of the record (the object's `id`), through
    the batch loader of histories."""

    async def resolve(root: Any, info: Info) -> list[HistoryEvent]:
        entries = await info.context.loaders.histories.load(root.id)
        return [HistoryEvent.from_entry(entry) for entry in entries]

    return strawberry.field(resolver=resolve, description=description)
