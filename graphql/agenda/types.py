"""The AgendaItem type: something in a user's agenda (a task, a repair order's slot, an entry,
an assigned incident, an opportunity's day of next contact, a customer's visit), with the user
and the customer loaded in batches; and the agenda's enums, the read model's own."""

from datetime import date, datetime

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.customers.types import Customer, customer_by_id
from cronica.graphql.enums import graphql_enum
from cronica.graphql.node.types import Node
from cronica.graphql.row_values import id_or_none, time_or_none
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.agenda.rows import AgendaItemKind, AgendaItemRow
from cronica.projections.agenda.visits import AgendaView

graphql_enum(
    AgendaItemKind,
    "Where an agenda item comes from.",
    OPPORTUNITY_CONTACT="The day to contact an opportunity's customer again.",
    INCIDENT="The entry an incident's assignment put in the agenda.",
    CUSTOMER_VISIT="A visit of the customer's visit plan.",
)
graphql_enum(
    AgendaView,
    "Which days an agenda shows around its date.",
    WORK_WEEK="Monday to Friday.",
    WEEK="Monday to Sunday.",
)


@strawberry.type(description="Something in a user's agenda, from its start to its end.")
class AgendaItem:
    id: strawberry.ID = strawberry.field(
        description="Stable: the same item (and a plan's visit on the same day) keeps its id."
    )
    kind: AgendaItemKind
    record_id: strawberry.ID = strawberry.field(
        description="The record it comes from: the task, repair order, opportunity, incident, "
        "customer (of a visit) or the entry itself."
    )
    record_number: str | None = strawberry.field(description="Its number; null for an entry.")
    title: str
    notes: str
    starts_at: datetime
    ends_at: datetime | None = strawberry.field(description="Null: a task without a deadline.")
    all_day: bool
    day: date = strawberry.field(description="The day it starts, where its times were given.")
    last_day: date
    status: str = strawberry.field(description="Its record's status (planned, done, ...).")
    user_id: strawberry.ID
    customer_id: strawberry.ID | None
    version: int = strawberry.field(description="The version of the record it comes from.")
    updated_at: datetime

    @strawberry.field(description="Whose agenda it is in.")
    async def user(self, info: Info) -> User | None:
        return await user_by_id(info, self.user_id)

    @strawberry.field
    async def customer(self, info: Info) -> Customer | None:
        return await customer_by_id(info, self.customer_id)

    @classmethod
    def from_row(cls, row: AgendaItemRow) -> "AgendaItem":
        return cls(
            id=strawberry.ID(row.id),
            kind=AgendaItemKind(row.kind),
            record_id=strawberry.ID(row.record_id),
            record_number=row.record_number,
            title=row.title,
            notes=row.notes,
            starts_at=datetime.fromisoformat(row.starts_at),
            ends_at=time_or_none(row.ends_at),
            all_day=bool(row.all_day),
            day=date.fromisoformat(row.day),
            last_day=date.fromisoformat(row.last_day),
            status=row.status,
            user_id=strawberry.ID(row.user_id),
            customer_id=id_or_none(row.customer_id),
            version=row.version,
            updated_at=datetime.fromisoformat(row.updated_at),
        )


@strawberry.type(
    description="An entry someone put in an agenda (a meeting, a visit, an incident's "
    "appointment): its record, as `node(id)` refetches it."
)
class AgendaEntry(AgendaItem, Node):
    pass
