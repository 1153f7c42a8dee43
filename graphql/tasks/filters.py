"""The TaskFilter and TaskOrder inputs: which tasks a list or work queue shows, in which order
(ties always end by id). Their fields come from the task list's columns."""

import strawberry

from cronica.graphql.list_inputs import RowFilter, RowOrder, row_filter, row_order
from cronica.projections.filtering import Condition
from cronica.projections.tasks.rows import TaskRow, has_tag


@strawberry.input(description="Matches tasks by their tags (exactly, in the case written).")
class TagFilter:
    has: str | None = strawberry.field(default=None, description="Carries this tag.")
    has_all: list[str] | None = strawberry.field(
        default=None, description="Carries every one of these tags."
    )

    def conditions(self, field: str) -> list[Condition]:
        tags = [*([self.has] if self.has is not None else []), *(self.has_all or [])]
        return [has_tag(tag) for tag in tags]


@row_filter(TaskRow, description="Which tasks to list: every field given must match.")
class TaskFilter(RowFilter):
    tag: TagFilter | None = None


@row_order(TaskRow)
class TaskOrder(RowOrder):
    pass
