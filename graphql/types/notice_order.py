"""The NoticeOrder input: sort keys for the notice list (ties always end by id)."""

from enum import Enum

import strawberry

from cronica.graphql.list_inputs import OrderDirection


@strawberry.enum
class NoticeOrderField(Enum):
    TAKEN_AT = "takenAt"
    RESOLVED_AT = "resolvedAt"
    UPDATED_AT = "updatedAt"
    NUMBER = "number"
    IMPORTANCE = "importance"
    STANDS_OUT = strawberry.enum_value(
        "standsOut", description="Resolved (false) before unresolved (true) when ascending."
    )


@strawberry.input(description="One sort key; several are applied in the order given.")
class NoticeOrder:
    field: NoticeOrderField
    direction: OrderDirection = OrderDirection.ASC

    def to_key(self) -> tuple[str, bool]:
        """(field, descending), as the notice listing takes it."""
        return self.field.value, self.direction is OrderDirection.DESC


NEWEST_FIRST = [NoticeOrder(field=NoticeOrderField.TAKEN_AT, direction=OrderDirection.DESC)]
