"""The Task type: an activity for a customer, with its operator, customer, urgency and history."""

import json
from datetime import datetime

import strawberry

from cronica.domain.task_values import TaskStatus
from cronica.graphql.archived import archived_emails, archived_messages
from cronica.graphql.catalogues.types import CatalogueEntry
from cronica.graphql.context import Info
from cronica.graphql.customers.types import Customer, customer_by_id
from cronica.graphql.enums import graphql_enum
from cronica.graphql.node.types import Node
from cronica.graphql.records.types import HistoryEvent, history_field
from cronica.graphql.row_values import id_or_none, time_or_none
from cronica.graphql.users.types import User, user_by_id
from cronica.projections.tasks.rows import TaskRow

graphql_enum(TaskStatus)


@strawberry.type(description="A task (activity) for a customer: planned, done or cancelled.")
class Task(Node):
    id: strawberry.ID
    number: str = strawberry.field(description="Consecutive within the company: T-000042.")
    type: str = strawberry.field(description="A code of the company's task-type catalogue.")
    tags: list[str]
    description: str
    place: str | None
    customer_id: strawberry.ID
    contact_id: strawberry.ID | None
    case_id: strawberry.ID | None
    project_id: strawberry.ID | None
    operator_id: strawberry.ID | None
    planned_starts_at: datetime
    planned_ends_at: datetime | None = strawberry.field(
        description="Null: the task is without a deadline."
    )
    status: TaskStatus
    in_preparation: bool = strawberry.field(description="Planned, and nobody took charge of it.")
    is_history_note: bool = strawberry.field(description="Recorded as already done.")
    outcome: str | None = strawberry.field(description="What following it up found.")
    closing_note: str | None
    cancellation_reason: str | None
    follows_task_id: strawberry.ID | None = strawberry.field(
        description="The task whose follow-up planned this one."
    )
    followed_up_by_id: strawberry.ID | None = strawberry.field(
        description="The next task its follow-up planned; null: not followed up."
    )
    created_by_id: strawberry.ID = strawberry.field(description="Who planned or recorded it.")
    created_at: datetime
    closed_at: datetime | None = strawberry.field(description="When it was done or cancelled.")
    updated_at: datetime
    version: int = strawberry.field(description="The task's version: its number of events.")

    @strawberry.field
    async def customer(self, info: Info) -> Customer | None:
        return await customer_by_id(info, self.customer_id)

    @strawberry.field(description="Who must do it; null while it is in preparation.")
    async def operator(self, info: Info) -> User | None:
        return await user_by_id(info, self.operator_id)

    @strawberry.field(
        description="Its type's entry in the task-type catalogue: its name and colour."
    )
    async def type_entry(self, info: Info) -> CatalogueEntry | None:
        row = await info.context.loaders.task_types.load(self.type)
        return CatalogueEntry.from_row(row) if row else None

    @strawberry.field(description="Whether its type is a priority task type now.")
    async def is_priority(self, info: Info) -> bool:
        return bool(await info.context.loaders.priority_task_types.load(self.type))

    history: list[HistoryEvent] = history_field("Every event of the task, oldest first.")
    emails = archived_emails()
    messages = archived_messages()

    @classmethod
    def from_row(cls, row: TaskRow) -> "Task":
        status = TaskStatus(row.status)
        return cls(
            id=strawberry.ID(row.id),
            number=row.number,
            type=row.type,
            tags=json.loads(row.tags),
            description=row.description,
            place=row.place,
            customer_id=strawberry.ID(row.customer_id),
            contact_id=id_or_none(row.contact_id),
            case_id=id_or_none(row.case_id),
            project_id=id_or_none(row.project_id),
            operator_id=id_or_none(row.operator_id),
            planned_starts_at=datetime.fromisoformat(row.planned_starts_at),
            planned_ends_at=time_or_none(row.planned_ends_at),
            status=status,
            in_preparation=status is TaskStatus.PLANNED and row.operator_id is None,
            is_history_note=bool(row.is_history_note),
            outcome=row.outcome,
            closing_note=row.closing_note,
            cancellation_reason=row.cancellation_reason,
            follows_task_id=id_or_none(row.follows_task_id),
            followed_up_by_id=id_or_none(row.followed_up_by),
            created_by_id=strawberry.ID(row.created_by_id),
            created_at=datetime.fromisoformat(row.created_at),
            closed_at=time_or_none(row.closed_at),
            updated_at=datetime.fromisoformat(row.updated_at),
            version=row.version,
        )
