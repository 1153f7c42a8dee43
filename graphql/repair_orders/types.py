"""The RepairOrder type: an article handed in for repair, with its customer, technicians,
warranty and history."""

import json
from datetime import datetime

import strawberry

from cronica.domain.priority import Priority as IncidentPriority
from cronica.domain.repair_order_values import RepairOrderStatus
from cronica.graphql.archived import archived_emails, archived_messages
from cronica.graphql.context import Info
from cronica.graphql.customers.types import Customer, customer_by_id
from cronica.graphql.enums import graphql_enum
from cronica.graphql.node.types import Node
from cronica.graphql.records.types import HistoryEvent, history_field
from cronica.graphql.row_values import id_or_none, time_or_none
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.repair_orders.rows import RepairOrderRow

graphql_enum(RepairOrderStatus)
graphql_enum(IncidentPriority)


@strawberry.type(description="Whether a warranty covers the repair, and its reference.")
class RepairWarranty:
    in_warranty: bool
    reference: str | None


@strawberry.type(description="An article a customer handed in for repair.")
class RepairOrder(Node):
    id: strawberry.ID
    number: str = strawberry.field(description="Consecutive within the company: OR-000042.")
    customer_id: strawberry.ID
    contact_id: strawberry.ID | None
    project_id: strawberry.ID | None
    received_by_id: strawberry.ID
    technician_id: strawberry.ID | None = strawberry.field(
        description="The technician it is scheduled to, if any."
    )
    scheduled_starts_at: datetime | None
    scheduled_ends_at: datetime | None
    status: RepairOrderStatus
    fault_description: str = strawberry.field(description="The fault as the customer told it.")
    accessories: list[str] = strawberry.field(description="What was handed in with the article.")
    warranty: RepairWarranty
    priority: IncidentPriority
    minutes_worked: int
    materials_count: int = strawberry.field(description="How many materials were used.")
    rating: int | None = strawberry.field(description="The customer's latest rating, 1 to 5.")
    received_at: datetime
    finished_at: datetime | None = strawberry.field(
        description="When work finished the service; null until then and after a reopening."
    )
    delivered_at: datetime | None = strawberry.field(description="The latest delivery.")
    updated_at: datetime
    version: int = strawberry.field(description="The order's version: its number of events.")

    @strawberry.field
    async def customer(self, info: Info) -> Customer | None:
        return await customer_by_id(info, self.customer_id)

    @strawberry.field(description="The technician who took the article in.")
    async def received_by(self, info: Info) -> User | None:
        return await user_by_id(info, self.received_by_id)

    @strawberry.field(description="The technician it is scheduled to, if any.")
    async def technician(self, info: Info) -> User | None:
        return await user_by_id(info, self.technician_id)

    history: list[HistoryEvent] = history_field("Every event of the order, oldest first.")
    emails = archived_emails()
    messages = archived_messages()

    @classmethod
    def from_row(cls, row: RepairOrderRow) -> "RepairOrder":
        return cls(
            id=strawberry.ID(row.id),
            number=row.number,
            customer_id=strawberry.ID(row.customer_id),
            contact_id=id_or_none(row.contact_id),
            project_id=id_or_none(row.project_id),
            received_by_id=strawberry.ID(row.received_by),
            technician_id=id_or_none(row.technician_id),
            scheduled_starts_at=time_or_none(row.scheduled_starts_at),
            scheduled_ends_at=time_or_none(row.scheduled_ends_at),
            status=RepairOrderStatus(row.status),
            fault_description=row.fault_description,
            accessories=json.loads(row.accessories),
            warranty=RepairWarranty(in_warranty=row.in_warranty, reference=row.warranty_reference),
            priority=IncidentPriority(row.priority),
            minutes_worked=row.minutes_worked,
            materials_count=row.materials_count,
            rating=row.rating,
            received_at=datetime.fromisoformat(row.received_at),
            finished_at=time_or_none(row.finished_at),
            delivered_at=time_or_none(row.delivered_at),
            updated_at=datetime.fromisoformat(row.updated_at),
            version=row.version,
        )
