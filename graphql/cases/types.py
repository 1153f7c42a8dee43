"""The Case type: a customer's matter that lasts, with its customer, owner and history."""

from datetime import datetime

import strawberry

from cronica.domain.case import CaseStatus
from cronica.graphql.archived import archived_emails, archived_messages
from cronica.graphql.context import Info
from cronica.graphql.customers.types import Customer, customer_by_id
from cronica.graphql.enums import graphql_enum
from cronica.graphql.node.types import Node
from cronica.graphql.records.types import HistoryEvent, history_field
from cronica.graphql.row_objects import object_from_row
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.cases.rows import CaseRow

graphql_enum(CaseStatus)


@strawberry.type(description="A customer's matter that lasts: it groups his activities.")
class Case(Node):
    id: strawberry.ID
    number: str = strawberry.field(description="Consecutive within the company: CS-000042.")
    customer_id: strawberry.ID
    subject: str
    description: str
    owner_id: strawberry.ID
    status: CaseStatus
    outcome: str | None = strawberry.field(description="How it was closed; null while open.")
    opened_at: datetime
    updated_at: datetime
    version: int = strawberry.field(description="The case's version: its number of events.")

    @strawberry.field
    async def customer(self, info: Info) -> Customer | None:
        return await customer_by_id(info, self.customer_id)

    @strawberry.field(description="The user who owns the case.")
    async def owner(self, info: Info) -> User | None:
        return await user_by_id(info, self.owner_id)

    history: list[HistoryEvent] = history_field("Every event of the case, oldest first.")
    emails = archived_emails()
    messages = archived_messages()

    @classmethod
    def from_row(cls, row: CaseRow) -> "Case":
        return object_from_row(cls, row)
