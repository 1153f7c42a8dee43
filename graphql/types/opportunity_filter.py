"""The OpportunityFilter input: which opportunities a list (or the pipeline) takes."""

import strawberry

from cronica.graphql.priority import IncidentPriority
from cronica.graphql.types.filters import (
    DateFilter,
    DateTimeFilter,
    EnumFilter,
    FloatFilter,
    IdFilter,
    StringFilter,
    combined,
)
from cronica.graphql.types.opportunity_timeline import OpportunityStatus
from cronica.projections.filtering import Filter


@strawberry.input(description="Which opportunities to take: every field given must match.")
class OpportunityFilter:
    and_: list["OpportunityFilter"] | None = strawberry.field(
        name="and", default=None, description="Every one of these must match."
    )
    or_: list["OpportunityFilter"] | None = strawberry.field(
        name="or", default=None, description="At least one of these must match."
    )
    not_: list["OpportunityFilter"] | None = strawberry.field(
        name="not", default=None, description="None of these may match."
    )
    status: EnumFilter[OpportunityStatus] | None = None
    priority: EnumFilter[IncidentPriority] | None = None
    customer_id: IdFilter | None = None
    agent_id: IdFilter | None = None
    type: StringFilter | None = None
    source: StringFilter | None = None
    number: StringFilter | None = None
    subject: StringFilter | None = None
    lost_reason: StringFilter | None = None
    created_at: DateTimeFilter | None = None
    closed_at: DateTimeFilter | None = None
    next_contact_on: DateFilter | None = None
    amount: FloatFilter | None = strawberry.field(
        default=None, description="The expected amount; opportunities without one never match."
    )

    def to_filter(self) -> Filter:
        return combined(
            {
                "status": self.status,
                "priority": self.priority,
                "customerId": self.customer_id,
                "agentId": self.agent_id,
                "type": self.type,
                "source": self.source,
                "number": self.number,
                "subject": self.subject,
                "lostReason": self.lost_reason,
                "createdAt": self.created_at,
                "closedAt": self.closed_at,
                "nextContactOn": self.next_contact_on,
                "amount": self.amount,
            },
            self.and_,
            self.or_,
            self.not_,
        )
