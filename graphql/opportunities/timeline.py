"""The TimelineEntry type: one event of an opportunity's timeline, as a salesperson reads it, and
the statuses an opportunity moves between."""

import json
from datetime import date, datetime
from enum import Enum
from typing import cast

import strawberry
from strawberry.scalars import JSON

from cronica.domain.opportunity_values import OpportunityStatus
from cronica.graphql.context import Info
from cronica.graphql.enums import graphql_enum
from cronica.graphql.row_values import day_or_none
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.opportunity_timeline.rows import TimelineRow

graphql_enum(OpportunityStatus, "new → waiting or working → won or lost; reopened: working.")


@strawberry.enum(description="What happened to the opportunity.")
class TimelineEntryKind(Enum):
    OPENED = "opened"
    ASSIGNED = "assigned"
    ACTION_RECORDED = strawberry.enum_value(
        "action_recorded", description="A commercial action (call, visit...), open or done."
    )
    ACTION_DONE = "action_done"
    FOLLOWED_UP = strawberry.enum_value(
        "followed_up", description="Put to waiting or working, with a comment."
    )
    WON = "won"
    LOST = "lost"
    REOPENED = "reopened"


@strawberry.type(description="One event of an opportunity: who, when, and what it changed.")
class TimelineEntry:
    version: int = strawberry.field(description="The opportunity's version after this event.")
    kind: TimelineEntryKind
    actor_id: str = strawberry.field(description="A user id, or system:... for processes.")
    at: datetime
    status_before: OpportunityStatus | None = strawberry.field(
        description="The status before the event (null for the one that opened it)."
    )
    status_after: OpportunityStatus
    comment: str | None = strawberry.field(
        description="The follow-up comment, the action's description, the lost reason, the "
        "reason for reopening, or the notes it was opened with."
    )
    next_contact_on: date | None
    details: JSON = strawberry.field(
        description="What else the event says: an action's kind, the invoice number..."
    )

    @strawberry.field(description="The user who acted; null for a system process.")
    async def actor(self, info: Info) -> User | None:
        return await user_by_id(info, self.actor_id)

    @classmethod
    def from_row(cls, row: TimelineRow) -> "TimelineEntry":
        return cls(
            version=row.version,
            kind=TimelineEntryKind(row.kind),
            actor_id=row.actor_id,
            at=datetime.fromisoformat(row.at),
            status_before=OpportunityStatus(row.status_before) if row.status_before else None,
            status_after=OpportunityStatus(row.status_after),
            comment=row.comment,
            next_contact_on=day_or_none(row.next_contact_on),
            details=cast(JSON, json.loads(row.details)),
        )
