"""The RepairOrderOrder input: sort keys for the repair order list (ties always end by id)."""

from enum import Enum

import strawberry

from cronica.graphql.list_inputs import OrderDirection


@strawberry.enum
class RepairOrderOrderField(Enum):
    RECEIVED_AT = "receivedAt"
    UPDATED_AT = "updatedAt"
    SCHEDULED_STARTS_AT = "scheduledStartsAt"
    FINISHED_AT = "finishedAt"
    NUMBER = "number"
    PRIORITY = strawberry.enum_value("priority", description="low < normal < high < urgent")
    STATUS = "status"


@strawberry.input(description="One sort key; several are applied in the order given.")
class RepairOrderOrder:
    field: RepairOrderOrderField
    direction: OrderDirection = OrderDirection.ASC

    def to_key(self) -> tuple[str, bool]:
        """(field, descending), as `Listing.page` takes it."""
        return self.field.value, self.direction is OrderDirection.DESC


NEWEST_FIRST = [
    RepairOrderOrder(field=RepairOrderOrderField.RECEIVED_AT, direction=OrderDirection.DESC)
]
