"""The CustomerOrder input: sort keys for the customer list (ties always end by id)."""

from enum import Enum

import strawberry

from cronica.graphql.list_inputs import OrderDirection


@strawberry.enum
class CustomerOrderField(Enum):
    NAME = strawberry.enum_value("name", description="Ignoring case.")
    NUMBER = "number"
    CREATED_AT = "createdAt"
    UPDATED_AT = "updatedAt"


@strawberry.input(description="One sort key; several are applied in the order given.")
class CustomerOrder:
    field: CustomerOrderField
    direction: OrderDirection = OrderDirection.ASC

    def to_key(self) -> tuple[str, bool]:
        """(field, descending), as `Listing.page` takes it."""
        return self.field.value, self.direction is OrderDirection.DESC


BY_NAME = [CustomerOrder(field=CustomerOrderField.NAME)]
