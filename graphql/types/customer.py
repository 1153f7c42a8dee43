"""The Customer type: a prospect or customer of the company, with everything the customer view
shows of it in one query (its parts, representative, linked customers and latest records)."""

import json
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Annotated, TypeVar

import strawberry
from strawberry.dataloader import DataLoader
from strawberry.scalars import JSON

from cronica.graphql.context import Info
from cronica.graphql.customer_loaders import Latest
from cronica.graphql.paging import checked_size, connection
from cronica.graphql.records.types import HistoryEvent
from cronica.graphql.types.connection import Connection
from cronica.graphql.types.customer_parts import Contact, CustomerAddress, CustomerValuation
from cronica.graphql.types.customer_visit_plan import VisitPlan
from cronica.graphql.types.user import User, user_by_id
from cronica.projections.customer_directory import CustomerRow
from cronica.projections.paging import Page

if TYPE_CHECKING:
    from cronica.graphql.incidents.types import Incident
    from cronica.graphql.opportunities.types import Opportunity
    from cronica.graphql.repair_orders.types import RepairOrder
    from cronica.graphql.tasks.types import Task

Row = TypeVar("Row")

LATEST = 5
"""How many of its latest records of each kind a customer shows unless asked for more."""


@strawberry.enum(description="Lower case, as the commands take it.")
class CustomerKind(Enum):
    prospect = "prospect"
    customer = "customer"


@strawberry.type(description="The value a customer has for one classification criterion.")
class CriterionValue:
    criterion: str
    value: str


@strawberry.type(description="A prospect or customer (account) of the company.")
class Customer:
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

    @strawberry.field(description="Every event of the customer, oldest first.")
    async def history(self, info: Info) -> list[HistoryEvent]:
        entries = await info.context.loaders.histories.load(self.id)
        return [HistoryEvent.from_entry(entry) for entry in entries]

    # The customer's records kept by other read models: its latest ones of each kind, newest
    # first, as the first page of the plural query of that kind filtered by customerId.

    @strawberry.field(
        description="The customer's latest incidents, newest first: the first page of "
        "`incidents` filtered by its customerId (its cursors go on in that list)."
    )
    async def incidents(
        self, info: Info, first: int = LATEST
    ) -> Connection[Annotated["Incident", strawberry.lazy("cronica.graphql.incidents.types")]]:
        from cronica.graphql.incidents.types import Incident  # it shows its Customer

        page = await _latest(info.context.loaders.customer_parts.incidents, self.id, first)
        return connection([Incident.from_row(row) for row in page.rows], 0, page.total_count)

    @strawberry.field(
        description="The customer's latest repair orders, newest first: the first page of "
        "`repairOrders` filtered by its customerId."
    )
    async def repair_orders(
        self, info: Info, first: int = LATEST
    ) -> Connection[
        Annotated["RepairOrder", strawberry.lazy("cronica.graphql.repair_orders.types")]
    ]:
        from cronica.graphql.repair_orders.types import RepairOrder

        page = await _latest(info.context.loaders.customer_parts.repair_orders, self.id, first)
        return connection([RepairOrder.from_row(row) for row in page.rows], 0, page.total_count)

    @strawberry.field(
        description="The customer's latest opportunities, newest first: the first page of "
        "`opportunities` filtered by its customerId."
    )
    async def opportunities(
        self, info: Info, first: int = LATEST
    ) -> Connection[
        Annotated["Opportunity", strawberry.lazy("cronica.graphql.opportunities.types")]
    ]:
        from cronica.graphql.opportunities.types import Opportunity

        page = await _latest(info.context.loaders.customer_parts.opportunities, self.id, first)
        return connection([Opportunity.from_row(row) for row in page.rows], 0, page.total_count)

    @strawberry.field(
        description="The customer's latest activities (tasks), newest first: the first page of "
        "`tasks` filtered by its customerId."
    )
    async def latest_activities(
        self, info: Info, first: int = LATEST
    ) -> Connection[Annotated["Task", strawberry.lazy("cronica.graphql.tasks.types")]]:
        from cronica.graphql.tasks.types import Task

        page = await _latest(info.context.loaders.customer_parts.tasks, self.id, first)
        return connection([Task.from_row(row) for row in page.rows], 0, page.total_count)

    @classmethod
    def from_row(cls, row: CustomerRow) -> "Customer":
        criteria = json.loads(row.criteria)
        return cls(
            id=strawberry.ID(row.id),
            number=row.number,
            kind=CustomerKind(row.kind),
            name=row.name,
            legal_name=row.legal_name,
            tax_id=row.tax_id,
            sic_code=row.sic_code,
            cnae_code=row.cnae_code,
            active=row.active,
            blocked=row.blocked,
            blocked_reason=row.blocked_reason,
            no_mailing=row.no_mailing,
            segment=row.segment,
            criteria=[CriterionValue(criterion=k, value=criteria[k]) for k in sorted(criteria)],
            zone=row.zone,
            sub_zone=row.sub_zone,
            route=row.route,
            representative_id=strawberry.ID(row.representative_id)
            if row.representative_id
            else None,
            notes=row.notes,
            particularities=row.particularities,
            custom_fields=json.loads(row.custom_fields),
            visit_plan=VisitPlan.from_text(row.visit_plan),
            created_at=datetime.fromisoformat(row.created_at),
            converted_at=datetime.fromisoformat(row.converted_at) if row.converted_at else None,
            updated_at=datetime.fromisoformat(row.updated_at),
            version=row.version,
            linked_customer_ids=json.loads(row.linked_customer_ids),
        )


async def _latest(loader: DataLoader[Latest, Page[Row]], customer_id: str, first: int) -> Page[Row]:
    return await loader.load((customer_id, checked_size("first", first)))


async def customer_by_id(info: Info, customer_id: str | None) -> Customer | None:
    """The viewer's company's customer with this id; None for no id or an unknown customer (the
    loader only finds the viewer's company's customers)."""
    if customer_id is None:
        return None
    row = await info.context.loaders.customers.load(customer_id)
    return Customer.from_row(row) if row else None
