"""The Opportunity type: a sale in the making, with its customer, agent, timeline and history."""

from datetime import date, datetime
from decimal import Decimal

import strawberry

from cronica.domain.priority import Priority as IncidentPriority
from cronica.graphql.archived import archived_emails, archived_messages
from cronica.graphql.context import Info
from cronica.graphql.customers.types import Customer, customer_by_id
from cronica.graphql.node.types import Node
from cronica.graphql.opportunities.timeline import OpportunityStatus, TimelineEntry
from cronica.graphql.records.types import HistoryEvent, history_field
from cronica.graphql.row_values import day_or_none
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.opportunities.rows import OpportunityRow


@strawberry.type(description="A sale in the making for a customer (presales).")
class Opportunity(Node):
    id: strawberry.ID
    number: str = strawberry.field(description="Consecutive within the company: OP-000042.")
    customer_id: strawberry.ID
    contact_id: strawberry.ID | None
    agent_id: strawberry.ID | None
    type: str
    subject: str
    notes: str
    source: str | None = strawberry.field(description="How the customer heard about us.")
    priority: IncidentPriority
    status: OpportunityStatus
    expected_amount: Decimal | None = strawberry.field(
        description="In the company's currency, with two decimals."
    )
    expected_on: date | None
    next_contact_on: date | None = strawberry.field(
        description="While waiting: the day to contact the customer again."
    )
    lost_reason: str | None = strawberry.field(description="A code of the lost-reasons catalogue.")
    what_to_improve: str | None
    invoice_number: str | None = strawberry.field(description="The invoice of the sale, if won.")
    open_actions: int = strawberry.field(description="Commercial actions not done yet.")
    created_at: datetime
    closed_at: datetime | None = strawberry.field(description="When it was won or lost.")
    updated_at: datetime
    version: int = strawberry.field(description="The opportunity's version: its number of events.")

    @strawberry.field
    async def customer(self, info: Info) -> Customer | None:
        return await customer_by_id(info, self.customer_id)

    @strawberry.field(description="The user who sells it, if any.")
    async def agent(self, info: Info) -> User | None:
        return await user_by_id(info, self.agent_id)

    @strawberry.field(
        description="Every event of the opportunity, oldest first: who, when, the status "
        "before and after, its comment and next contact date."
    )
    async def timeline(self, info: Info) -> list[TimelineEntry]:
        rows = await info.context.loaders.opportunity_timelines.load(self.id)
        return [TimelineEntry.from_row(row) for row in rows or []]

    history: list[HistoryEvent] = history_field(
        "Every stored event of the opportunity, oldest first."
    )
    emails = archived_emails()
    messages = archived_messages()

    @classmethod
    def from_row(cls, row: OpportunityRow) -> "Opportunity":
        return cls(
            id=strawberry.ID(row.id),
            number=row.number,
            customer_id=strawberry.ID(row.customer_id),
            contact_id=strawberry.ID(row.contact_id) if row.contact_id else None,
            agent_id=strawberry.ID(row.agent_id) if row.agent_id else None,
            type=row.type,
            subject=row.subject,
            notes=row.notes,
            source=row.source,
            priority=IncidentPriority(row.priority),
            status=OpportunityStatus(row.status),
            expected_amount=row.expected_amount,
            expected_on=day_or_none(row.expected_on),
            next_contact_on=day_or_none(row.next_contact_on),
            lost_reason=row.lost_reason,
            what_to_improve=row.what_to_improve,
            invoice_number=row.invoice_number,
            open_actions=row.open_actions,
            created_at=datetime.fromisoformat(row.created_at),
            closed_at=datetime.fromisoformat(row.closed_at) if row.closed_at else None,
            updated_at=datetime.fromisoformat(row.updated_at),
            version=row.version,
        )
