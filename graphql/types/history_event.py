"""The HistoryEvent type: one stored event of a record, for the auditor."""

from datetime import datetime
from typing import cast

import strawberry
from strawberry.scalars import JSON

from cronica.graphql.context import Info
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.history import HistoryEntry


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
