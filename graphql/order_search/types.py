"""The OrderHit type: a repair order or an incident found by the order search, how well it
matched, and the order itself (loaded in one batch per kind for a whole page of hits).

OrderKind and OrderStatus have no twin in the domain: a kind is the search index's own, and an
order's status is a repair order's or an incident's."""

from datetime import datetime
from enum import Enum
from typing import Annotated

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.incidents.types import Incident
from cronica.graphql.repair_orders.types import RepairOrder
from cronica.projections.order_search.rows import INCIDENT, REPAIR_ORDER
from cronica.projections.order_search.rows import OrderHit as OrderHitRow


@strawberry.enum
class OrderKind(Enum):
    REPAIR_ORDER = REPAIR_ORDER
    INCIDENT = INCIDENT


@strawberry.enum(description="The statuses of repair orders and of incidents.")
class OrderStatus(Enum):
    OPEN = strawberry.enum_value("open", description="An incident not closed.")
    RECEIVED = "received"
    SCHEDULED = "scheduled"
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    DELIVERED = "delivered"
    VERIFIED = "verified"
    CLOSED = strawberry.enum_value("closed", description="A closed incident or repair order.")


SearchedOrder = Annotated[RepairOrder | Incident, strawberry.union("SearchedOrder")]


@strawberry.type(description="An order the search found.")
class OrderHit:
    kind: OrderKind
    id: strawberry.ID
    number: str
    status: OrderStatus
    customer_id: strawberry.ID
    created_at: datetime = strawberry.field(
        description="When an incident was opened, or a repair order's article received."
    )
    finished_at: datetime | None = strawberry.field(
        description="When an incident was closed, or a repair order's service finished."
    )
    rank: float = strawberry.field(
        description="How well it matched the text, higher is better; 0 without text."
    )

    @strawberry.field(description="The repair order or incident itself.")
    async def order(self, info: Info) -> SearchedOrder | None:
        loaders = info.context.loaders
        if self.kind is OrderKind.INCIDENT:
            incident = await loaders.incidents.load(self.id)
            return Incident.from_row(incident) if incident else None
        repair_order = await loaders.repair_orders.load(self.id)
        return RepairOrder.from_row(repair_order) if repair_order else None

    @classmethod
    def from_row(cls, row: OrderHitRow) -> "OrderHit":
        return cls(
            kind=OrderKind(row.kind),
            id=strawberry.ID(row.id),
            number=row.number,
            status=OrderStatus(row.status),
            customer_id=strawberry.ID(row.customer_id),
            created_at=datetime.fromisoformat(row.created_at),
            finished_at=datetime.fromisoformat(row.finished_at) if row.finished_at else None,
            rank=row.rank,
        )
