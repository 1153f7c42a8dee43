"""The TaskOrder input: sort keys for task lists and work queues (ties always end by id)."""

from enum import Enum

import strawberry

from cronica.graphql.types.incident_order import OrderDirection


@strawberry.enum
class TaskOrderField(Enum):
    CREATED_AT = "createdAt"
    PLANNED_STARTS_AT = "plannedStartsAt"
    PLANNED_ENDS_AT = strawberry.enum_value(
        "plannedEndsAt", description="No deadline counts as later than any."
    )
    CLOSED_AT = strawberry.enum_value(
        "closedAt", description="Not closed counts as later than any."
    )
    UPDATED_AT = "updatedAt"
    NUMBER = "number"
    STATUS = "status"
    TYPE = "type"


@strawberry.input(description="One sort key; several are applied in the order given.")
class TaskOrder:
    field: TaskOrderField
    direction: OrderDirection = OrderDirection.ASC

    def to_key(self) -> tuple[str, bool]:
        """(field, descending), as `list_tasks` takes it."""
        return self.field.value, self.direction is OrderDirection.DESC
