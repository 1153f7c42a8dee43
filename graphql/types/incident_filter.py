"""The IncidentFilter input: which incidents a list shows."""

import strawberry

from cronica.graphql.types.filters import (
    DateTimeFilter,
    EnumFilter,
    IdFilter,
    StringFilter,
    combined,
)
from cronica.graphql.types.incident import IncidentPriority, IncidentStatus
from cronica.projections.filtering import Filter


@strawberry.input(description="Which incidents to list: every field given must match.")
class IncidentFilter:
    and_: list["IncidentFilter"] | None = strawberry.field(
        name="and", default=None, description="Every one of these must match."
    )
    or_: list["IncidentFilter"] | None = strawberry.field(
        name="or", default=None, description="At least one of these must match."
    )
    not_: list["IncidentFilter"] | None = strawberry.field(
        name="not", default=None, description="None of these may match."
    )
    status: EnumFilter[IncidentStatus] | None = None
    priority: EnumFilter[IncidentPriority] | None = None
    customer_id: IdFilter | None = None
    assignee_id: IdFilter | None = None
    opened_at: DateTimeFilter | None = None
    closed_at: DateTimeFilter | None = None
    number: StringFilter | None = None
    subject: StringFilter | None = None
    type: StringFilter | None = None

    def to_filter(self) -> Filter:
        return combined(
            {
                "status": self.status,
                "priority": self.priority,
                "customerId": self.customer_id,
                "assigneeId": self.assignee_id,
                "openedAt": self.opened_at,
                "closedAt": self.closed_at,
                "number": self.number,
                "subject": self.subject,
                "type": self.type,
            },
            self.and_,
            self.or_,
            self.not_,
        )
