"""The TaskFilter input: which tasks a list or work queue shows."""

import strawberry

from cronica.graphql.types.filters import (
    DateTimeFilter,
    EnumFilter,
    IdFilter,
    StringFilter,
    combined,
)
from cronica.graphql.types.task import TaskStatus
from cronica.projections.filtering import Condition, Filter
from cronica.projections.task_rows import has_tag


@strawberry.input(description="Matches tasks by their tags (exactly, in the case written).")
class TagFilter:
    has: str | None = strawberry.field(default=None, description="Carries this tag.")
    has_all: list[str] | None = strawberry.field(
        default=None, description="Carries every one of these tags."
    )

    def conditions(self, field: str) -> list[Condition]:
        tags = [*([self.has] if self.has is not None else []), *(self.has_all or [])]
        return [has_tag(tag) for tag in tags]


@strawberry.input(description="Which tasks to list: every field given must match.")
class TaskFilter:
    and_: list["TaskFilter"] | None = strawberry.field(
        name="and", default=None, description="Every one of these must match."
    )
    or_: list["TaskFilter"] | None = strawberry.field(
        name="or", default=None, description="At least one of these must match."
    )
    not_: list["TaskFilter"] | None = strawberry.field(
        name="not", default=None, description="None of these may match."
    )
    status: EnumFilter[TaskStatus] | None = None
    type: StringFilter | None = strawberry.field(default=None, description="Task-type codes.")
    tag: TagFilter | None = None
    operator_id: IdFilter | None = strawberry.field(
        default=None, description="Who must do it (isNull: in preparation)."
    )
    customer_id: IdFilter | None = None
    contact_id: IdFilter | None = None
    case_id: IdFilter | None = None
    project_id: IdFilter | None = None
    created_by_id: IdFilter | None = None
    created_at: DateTimeFilter | None = None
    planned_starts_at: DateTimeFilter | None = None
    planned_ends_at: DateTimeFilter | None = None
    closed_at: DateTimeFilter | None = None
    number: StringFilter | None = None

    def to_filter(self) -> Filter:
        return combined(
            {
                "status": self.status,
                "type": self.type,
                "tag": self.tag,
                "operatorId": self.operator_id,
                "customerId": self.customer_id,
                "contactId": self.contact_id,
                "caseId": self.case_id,
                "projectId": self.project_id,
                "createdById": self.created_by_id,
                "createdAt": self.created_at,
                "plannedStartsAt": self.planned_starts_at,
                "plannedEndsAt": self.planned_ends_at,
                "closedAt": self.closed_at,
                "number": self.number,
            },
            self.and_,
            self.or_,
            self.not_,
        )
