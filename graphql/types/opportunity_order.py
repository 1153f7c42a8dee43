"""The OpportunityOrder input: sort keys for the opportunity list (ties always end by id)."""

from enum import Enum

import strawberry

from cronica.graphql.list_inputs import OrderDirection


@strawberry.enum
class OpportunityOrderField(Enum):
    CREATED_AT = "createdAt"
    UPDATED_AT = "updatedAt"
    NUMBER = "number"
    PRIORITY = strawberry.enum_value("priority", description="low < normal < high < urgent")
    STATUS = "status"
    AMOUNT = strawberry.enum_value("amount", description="No amount sorts before any amount.")
    NEXT_CONTACT_ON = strawberry.enum_value(
        "nextContactOn", description="No next contact sorts before any day."
    )
    CLOSED_AT = strawberry.enum_value(
        "closedAt", description="Still open sorts before any time closed."
    )


@strawberry.input(description="One sort key; several are applied in the order given.")
class OpportunityOrder:
    field: OpportunityOrderField
    direction: OrderDirection = OrderDirection.ASC

    def to_key(self) -> tuple[str, bool]:
        """(field, descending), as `OPPORTUNITIES.page` takes it."""
        return self.field.value, self.direction is OrderDirection.DESC


NEWEST_FIRST = [
    OpportunityOrder(field=OpportunityOrderField.CREATED_AT, direction=OrderDirection.DESC)
]
