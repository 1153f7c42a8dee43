"""The CustomerWithoutFollowUp type: a customer of a "without follow-up" work queue, and when
his latest activity was."""

from datetime import datetime

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.customers.types import Customer, customer_by_id
from cronica.projections.tasks.customer_activity import CustomerActivityRow


@strawberry.type(description="A customer nobody has followed up lately, and his latest activity.")
class CustomerWithoutFollowUp:
    customer_id: strawberry.ID
    last_activity_at: datetime | None = strawberry.field(
        description="When one of his tasks was last planned, recorded, followed up or closed; "
        "null: never."
    )

    @strawberry.field
    async def customer(self, info: Info) -> Customer | None:
        return await customer_by_id(info, self.customer_id)

    @classmethod
    def from_row(cls, row: CustomerActivityRow) -> "CustomerWithoutFollowUp":
        last = row.last_activity_at
        return cls(
            customer_id=strawberry.ID(row.id),
            last_activity_at=datetime.fromisoformat(last) if last else None,
        )
