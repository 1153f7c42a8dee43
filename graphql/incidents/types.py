"""The Incident type: a customer's post-sale incident, with its customer, assignee, article and
history."""

from datetime import date, datetime

import strawberry

from cronica.domain.incident import IncidentStatus
from cronica.domain.priority import Priority as IncidentPriority
from cronica.graphql.archived import archived_emails, archived_messages
from cronica.graphql.context import Info
from cronica.graphql.customers.types import Customer, customer_by_id
from cronica.graphql.enums import graphql_enum
from cronica.graphql.node.types import Node
from cronica.graphql.records.types import HistoryEvent, history_field
from cronica.graphql.row_values import day_or_none
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.incidents.rows import IncidentRow

graphql_enum(IncidentStatus)
graphql_enum(IncidentPriority)


@strawberry.type(description="The customer's contact person, as copied onto the incident.")
class IncidentContact:
    id: strawberry.ID | None
    name: str | None
    phone: str | None
    email: str | None


@strawberry.type(description="The article concerned, its warranty and the invoice it was sold on.")
class Article:
    reference: str
    serial_number: str | None
    warranty_ends_on: date | None
    invoice_number: str | None
    invoice_date: date | None
    warranty_in_force: bool | None = strawberry.field(
        description="Whether the warranty covers today; null when its end is unknown."
    )

    @classmethod
    def from_row(cls, row: IncidentRow) -> "Article | None":
        if row.article_reference is None:
            return None
        ends_on = day_or_none(row.warranty_ends_on)
        return cls(
            reference=row.article_reference,
            serial_number=row.article_serial_number,
            warranty_ends_on=ends_on,
            invoice_number=row.invoice_number,
            invoice_date=day_or_none(row.invoice_date),
            warranty_in_force=None if ends_on is None else date.today() <= ends_on,
        )


@strawberry.type(description="A customer's post-sale incident.")
class Incident(Node):
    id: strawberry.ID
    number: str = strawberry.field(description="Consecutive within the company: INC-000042.")
    customer_id: strawberry.ID
    assignee_id: strawberry.ID | None
    contact: IncidentContact | None
    subject: str
    description: str
    priority: IncidentPriority
    type: str
    status: IncidentStatus
    article: Article | None
    resolution: str | None
    minutes_worked: int
    opened_at: datetime
    closed_at: datetime | None
    updated_at: datetime
    version: int = strawberry.field(description="The incident's version: its number of events.")

    @strawberry.field
    async def customer(self, info: Info) -> Customer | None:
        return await customer_by_id(info, self.customer_id)

    @strawberry.field(description="The technician it is assigned to, if any.")
    async def assignee(self, info: Info) -> User | None:
        return await user_by_id(info, self.assignee_id)

    history: list[HistoryEvent] = history_field("Every event of the incident, oldest first.")
    emails = archived_emails()
    messages = archived_messages()

    @classmethod
    def from_row(cls, row: IncidentRow) -> "Incident":
        has_contact = row.contact_id is not None or row.contact_name is not None
        return cls(
            id=strawberry.ID(row.id),
            number=row.number,
            customer_id=strawberry.ID(row.customer_id),
            assignee_id=strawberry.ID(row.assignee_id) if row.assignee_id else None,
            contact=IncidentContact(
                id=strawberry.ID(row.contact_id) if row.contact_id else None,
                name=row.contact_name,
                phone=row.contact_phone,
                email=row.contact_email,
            )
            if has_contact
            else None,
            subject=row.subject,
            description=row.description,
            priority=IncidentPriority(row.priority),
            type=row.type,
            status=IncidentStatus(row.status),
            article=Article.from_row(row),
            resolution=row.resolution,
            minutes_worked=row.minutes_worked,
            opened_at=datetime.fromisoformat(row.opened_at),
            closed_at=datetime.fromisoformat(row.closed_at) if row.closed_at else None,
            updated_at=datetime.fromisoformat(row.updated_at),
            version=row.version,
        )
