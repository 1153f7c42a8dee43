"""The Customer type: a prospect or customer of the company, with everything the customer view
shows of it in one query (its parts, representative, linked customers and latest records)."""

import json
from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from cronica.domain.customer_values import CustomerKind
from cronica.graphql.archived import archived_emails, archived_messages
from cronica.graphql.context import Info
from cronica.graphql.customers.parts import Contact, CustomerAddress, CustomerValuation
from cronica.graphql.customers.visit_plan import VisitPlan
from cronica.graphql.enums import graphql_enum
from cronica.graphql.first_pages import first_page
from cronica.graphql.node.types import Node
from cronica.graphql.records.types import HistoryEvent, history_field
from cronica.graphql.row_objects import object_from_row
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.customers.rows import CustomerRow

graphql_enum(CustomerKind, "Lower case, as the commands take it.")


@strawberry.type(description="The value a customer has for one classification criterion.")
class CriterionValue:
    criterion: str
    value: str


@strawberry.type(description="A prospect or customer (account) of the company.")
class Customer(Node):
    id: strawberry.ID
    number: str = strawberry.field(description="Consecutive within the company: C-000042.")
    kind: CustomerKind
    name: str = strawberry.field(description="The commercial name.")
    legal_name: str | None = strawberry.field(description="The legal name (razón social).")
    tax_id: str | None = strawberry.field(description="Spanish NIF, CIF or NIE.")
    sic_code: str | None
    cnae_code: str | None
    active: bool
    blocked: bool
    blocked_reason: str | None
    no_mailing: bool = strawberry.field(description="True: the customer receives no mailings.")
    segment: str | None
    criteria: list[CriterionValue] = strawberry.field(description="By criterion.")
    zone: str | None
    sub_zone: str | None
    route: str | None
    representative_id: strawberry.ID | None
    notes: str
    particularities: str = strawberry.field(description="Notes that go with the valuations.")
    custom_fields: JSON = strawberry.field(description="Each custom field's value, by its code.")
    visit_plan: VisitPlan | None
    created_at: datetime
    converted_at: datetime | None = strawberry.field(description="When the prospect converted.")
    updated_at: datetime
    version: int = strawberry.field(description="The customer's version: its number of events.")
    linked_customer_ids: strawberry.Private[list[str]]

    @strawberry.field(description="The sales representative, if any.")
    async def representative(self, info: Info) -> User | None:
        return await user_by_id(info, self.representative_id)

    @strawberry.field(description="The customers linked to this one (a group, a head office...).")
    async def linked_customers(self, info: Info) -> list["Customer"]:
        rows = await info.context.loaders.customers.load_many(self.linked_customer_ids)
        return [Customer.from_row(row) for row in rows if row is not None]

    @strawberry.field(description="The customer's contacts, by name.")
    async def contacts(self, info: Info) -> list[Contact]:
        rows = await info.context.loaders.customer_parts.contacts.load(self.id)
        return [Contact.from_row(row) for row in rows]

    @strawberry.field(description="The customer's addresses, by kind, oldest first.")
    async def addresses(self, info: Info) -> list[CustomerAddress]:
        rows = await info.context.loaders.customer_parts.addresses.load(self.id)
        return [CustomerAddress.from_row(row) for row in rows]

    @strawberry.field(description="The customer's valuations, by kind, oldest first.")
    async def valuations(self, info: Info) -> list[CustomerValuation]:
        rows = await info.context.loaders.customer_parts.valuations.load(self.id)
        return [CustomerValuation.from_row(row) for row in rows]

    history: list[HistoryEvent] = history_field("Every event of the customer, oldest first.")
    emails = archived_emails()
    messages = archived_messages()

    incidents = first_page(
        "customer_parts.incidents",
        "Incident",
        "cronica.graphql.incidents.types",
        "The customer's latest incidents, newest first: the first page of `incidents` filtered "
        "by its customerId (its cursors go on in that list).",
    )
    repair_orders = first_page(
        "customer_parts.repair_orders",
        "RepairOrder",
        "cronica.graphql.repair_orders.types",
        "The customer's latest repair orders, newest first: the first page of `repairOrders` "
        "filtered by its customerId.",
    )
    opportunities = first_page(
        "customer_parts.opportunities",
        "Opportunity",
        "cronica.graphql.opportunities.types",
        "The customer's latest opportunities, newest first: the first page of `opportunities` "
        "filtered by its customerId.",
    )
    latest_activities = first_page(
        "customer_parts.tasks",
        "Task",
        "cronica.graphql.tasks.types",
        "The customer's latest activities (tasks), newest first: the first page of `tasks` "
        "filtered by its customerId.",
    )

    @classmethod
    def from_row(cls, row: CustomerRow) -> "Customer":
        criteria = json.loads(row.criteria)
        return object_from_row(
            cls,
            row,
            kind=CustomerKind(row.kind),
            criteria=[CriterionValue(criterion=k, value=criteria[k]) for k in sorted(criteria)],
            custom_fields=json.loads(row.custom_fields),
            visit_plan=VisitPlan.from_text(row.visit_plan),
            linked_customer_ids=json.loads(row.linked_customer_ids),
        )


async def customer_by_id(info: Info, customer_id: str | None) -> Customer | None:
    """The viewer's company's customer with this id; None for no id or an unknown customer (the
    loader only finds the viewer's company's customers)."""
    if customer_id is None:
        return None
    row = await info.context.loaders.customers.load(customer_id)
    return Customer.from_row(row) if row else None
