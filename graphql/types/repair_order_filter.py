"""The RepairOrderFilter input: which repair orders a list shows."""

import strawberry

from cronica.graphql.types.filters import (
    BoolFilter,
    DateTimeFilter,
    EnumFilter,
    IdFilter,
    IntFilter,
    StringFilter,
    combined,
)
from cronica.graphql.types.incident import IncidentPriority
from cronica.graphql.types.repair_order import RepairOrderStatus
from cronica.projections.filtering import Filter


@strawberry.input(description="Which repair orders to list: every field given must match.")
class RepairOrderFilter:
    and_: list["RepairOrderFilter"] | None = strawberry.field(
        name="and", default=None, description="Every one of these must match."
    )
    or_: list["RepairOrderFilter"] | None = strawberry.field(
        name="or", default=None, description="At least one of these must match."
    )
    not_: list["RepairOrderFilter"] | None = strawberry.field(
        name="not", default=None, description="None of these may match."
    )
    status: EnumFilter[RepairOrderStatus] | None = None
    priority: EnumFilter[IncidentPriority] | None = None
    customer_id: IdFilter | None = None
    contact_id: IdFilter | None = None
    project_id: IdFilter | None = None
    received_by: IdFilter | None = None
    technician_id: IdFilter | None = None
    received_at: DateTimeFilter | None = None
    scheduled_starts_at: DateTimeFilter | None = None
    finished_at: DateTimeFilter | None = None
    delivered_at: DateTimeFilter | None = None
    number: StringFilter | None = None
    fault_description: StringFilter | None = None
    in_warranty: BoolFilter | None = None
    rating: IntFilter | None = None

    def to_filter(self) -> Filter:
        return combined(
            {
                "status": self.status,
                "priority": self.priority,
                "customerId": self.customer_id,
                "contactId": self.contact_id,
                "projectId": self.project_id,
                "receivedBy": self.received_by,
                "technicianId": self.technician_id,
                "receivedAt": self.received_at,
                "scheduledStartsAt": self.scheduled_starts_at,
                "finishedAt": self.finished_at,
                "deliveredAt": self.delivered_at,
                "number": self.number,
                "faultDescription": self.fault_description,
                "inWarranty": self.in_warranty,
                "rating": self.rating,
            },
            self.and_,
            self.or_,
            self.not_,
        )
