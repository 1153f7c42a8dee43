"""The AgendaFilter and AgendaOrder inputs: which items of an agenda's days to list, and in
which order (ties always end by id)."""

from enum import Enum

import strawberry

from cronica.graphql.list_inputs import OrderDirection
from cronica.graphql.types.agenda import AgendaItemKind
from cronica.graphql.types.filters import (
    BoolFilter,
    DateFilter,
    DateTimeFilter,
    EnumFilter,
    IdFilter,
    StringFilter,
    combined,
)
from cronica.projections.filtering import Filter


@strawberry.input(description="Which agenda items to list: every field given must match.")
class AgendaFilter:
    and_: list["AgendaFilter"] | None = strawberry.field(
        name="and", default=None, description="Every one of these must match."
    )
    or_: list["AgendaFilter"] | None = strawberry.field(
        name="or", default=None, description="At least one of these must match."
    )
    not_: list["AgendaFilter"] | None = strawberry.field(
        name="not", default=None, description="None of these may match."
    )
    kind: EnumFilter[AgendaItemKind] | None = None
    status: StringFilter | None = None
    user_id: IdFilter | None = None
    customer_id: IdFilter | None = None
    record_id: IdFilter | None = None
    title: StringFilter | None = None
    starts_at: DateTimeFilter | None = None
    day: DateFilter | None = None
    all_day: BoolFilter | None = None

    def to_filter(self) -> Filter:
        return combined(
            {
                "kind": self.kind,
                "status": self.status,
                "userId": self.user_id,
                "customerId": self.customer_id,
                "recordId": self.record_id,
                "title": self.title,
                "startsAt": self.starts_at,
                "day": self.day,
                "allDay": self.all_day,
            },
            self.and_,
            self.or_,
            self.not_,
        )


@strawberry.enum
class AgendaOrderField(Enum):
    STARTS_AT = "startsAt"
    DAY = "day"
    KIND = "kind"
    TITLE = "title"
    STATUS = "status"
    UPDATED_AT = "updatedAt"


@strawberry.input(description="One sort key; several are applied in the order given.")
class AgendaOrder:
    field: AgendaOrderField
    direction: OrderDirection = OrderDirection.ASC

    def to_key(self) -> tuple[str, bool]:
        """(field, descending), as `agenda_page` takes it."""
        return self.field.value, self.direction is OrderDirection.DESC
