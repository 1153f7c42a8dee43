"""The Project type: a customer's project, with its customer, responsible and history."""

from datetime import date, datetime

import strawberry

from cronica.domain.project import ProjectStatus
from cronica.graphql.archived import archived_emails, archived_messages
from cronica.graphql.context import Info
from cronica.graphql.customers.types import Customer, customer_by_id
from cronica.graphql.enums import graphql_enum
from cronica.graphql.node.types import Node
from cronica.graphql.records.types import HistoryEvent, history_field
from cronica.graphql.row_objects import object_from_row
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.projects.rows import ProjectRow

graphql_enum(ProjectStatus, "Open, or closed as completed or cancelled.")


@strawberry.type(description="A customer's project.")
class Project(Node):
    id: strawberry.ID
    number: str = strawberry.field(description="Consecutive within the company: PR-000042.")
    customer_id: strawberry.ID
    contact_id: strawberry.ID | None = strawberry.field(description="The customer's contact.")
    name: str
    description: str
    starts_on: date
    target_on: date
    responsible_id: strawberry.ID
    status: ProjectStatus
    closing_note: str | None
    opened_at: datetime
    updated_at: datetime
    version: int = strawberry.field(description="The project's version: its number of events.")

    @strawberry.field
    async def customer(self, info: Info) -> Customer | None:
        return await customer_by_id(info, self.customer_id)

    @strawberry.field(description="The user responsible for it.")
    async def responsible(self, info: Info) -> User | None:
        return await user_by_id(info, self.responsible_id)

    history: list[HistoryEvent] = history_field("Every event of the project, oldest first.")
    emails = archived_emails()
    messages = archived_messages()

    @classmethod
    def from_row(cls, row: ProjectRow) -> "Project":
        return object_from_row(cls, row)
