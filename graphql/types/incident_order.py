"""The IncidentOrder input: sort keys for the incident list (ties always end by id)."""

from enum import Enum

import strawberry

from cronica.graphql.list_inputs import OrderDirection


@strawberry.enum
class IncidentOrderField(Enum):
    OPENED_AT = "openedAt"
    UPDATED_AT = "updatedAt"
    NUMBER = "number"
    PRIORITY = strawberry.enum_value("priority", description="low < normal < high < urgent")
    STATUS = "status"


@strawberry.input(description="One sort key; several are applied in the order given.")
class IncidentOrder:
    field: IncidentOrderField
    direction: OrderDirection = OrderDirection.ASC

    def to_key(self) -> tuple[str, bool]:
        """(field, descending), as `list_incidents` takes it."""
        return self.field.value, self.direction is OrderDirection.DESC


NEWEST_FIRST = [IncidentOrder(field=IncidentOrderField.OPENED_AT, direction=OrderDirection.DESC)]
