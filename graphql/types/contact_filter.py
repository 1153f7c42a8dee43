"""The ContactFilter and ContactOrder inputs: which contacts a list shows, in which order."""

from enum import Enum

import strawberry

from cronica.graphql.list_inputs import OrderDirection
from cronica.graphql.types.filters import DateTimeFilter, IdFilter, StringFilter, combined
from cronica.projections.filtering import Filter


@strawberry.input(description="Which contacts to list: every field given must match.")
class ContactFilter:
    and_: list["ContactFilter"] | None = strawberry.field(
        name="and", default=None, description="Every one of these must match."
    )
    or_: list["ContactFilter"] | None = strawberry.field(
        name="or", default=None, description="At least one of these must match."
    )
    not_: list["ContactFilter"] | None = strawberry.field(
        name="not", default=None, description="None of these may match."
    )
    customer_id: IdFilter | None = strawberry.field(
        default=None, description="{isNull: true}: the contacts of no customer yet."
    )
    name: StringFilter | None = None
    created_at: DateTimeFilter | None = None

    def to_filter(self) -> Filter:
        return combined(
            {"customerId": self.customer_id, "name": self.name, "createdAt": self.created_at},
            self.and_,
            self.or_,
            self.not_,
        )


@strawberry.enum
class ContactOrderField(Enum):
    NAME = "name"
    CREATED_AT = "createdAt"


@strawberry.input(description="One sort key; several are applied in the order given.")
class ContactOrder:
    field: ContactOrderField
    direction: OrderDirection = OrderDirection.ASC

    def to_key(self) -> tuple[str, bool]:
        return self.field.value, self.direction is OrderDirection.DESC
