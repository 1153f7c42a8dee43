"""The rows of the task list (`tasks`): what a row holds, and how it is filtered and ordered.

Tags are filtered through `has_tag` only: the table holds them as a JSON list (`tags`) and as
`tag_keys`, one key per tag, which a filter can match exactly with a portable LIKE.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, ClassVar

from cronica.domain.task_values import TaskStatus
from cronica.projections.columns import column, create_table
from cronica.projections.filtering import Condition
from cronica.projections.listing import Listing
from cronica.projections.scope import business


@dataclass(frozen=True)
class TaskRow:
    """A task; `planned_ends_at` null: without a deadline; `operator_id` null: in preparation;
    `followed_up_by` the next task planned by following this one up. `tags` is a JSON list."""

    scoped_by: ClassVar = business("operator_id")

    id: str
    company_id: str
    unit_id: str
    number: Annotated[str, column(filter="text", order=True)]
    type: Annotated[str, column(filter="text", order=True, description="Task-type codes.")]
    tags: str
    description: str
    place: str | None
    customer_id: Annotated[str, column(filter="id")]
    contact_id: Annotated[str | None, column(filter="id")]
    case_id: Annotated[str | None, column(filter="id")]
    project_id: Annotated[str | None, column(filter="id")]
    operator_id: Annotated[
        str | None, column(filter="id", description="Who must do it (isNull: in preparation).")
    ]
    planned_starts_at: Annotated[str, column(filter="time", order=True)]
    planned_ends_at: Annotated[
        str | None,
        column(
            filter="time",
            order="COALESCE(planned_ends_at, '9999')",
            order_description="No deadline counts as later than any.",
        ),
    ]
    status: Annotated[str, column(filter="enum", order=True, enum=TaskStatus)]
    is_history_note: int
    outcome: str | None
    closing_note: str | None
    cancellation_reason: str | None
    follows_task_id: str | None
    followed_up_by: str | None
    created_by_id: Annotated[str, column(filter="id")]
    created_at: Annotated[str, column(filter="time", order=True)]
    closed_at: Annotated[
        str | None,
        column(
            filter="time",
            order="COALESCE(closed_at, '9999')",
            order_description="Not closed counts as later than any.",
        ),
    ]
    updated_at: Annotated[str, column(order=True)]
    version: int


# Tags are filtered only through `has_tag`, over a column the rows do not carry; in brackets so
# no index is made: a LIKE with a leading wildcard cannot use one, and the keys of twenty long
# tags are too long for a PostgreSQL index.
TASKS: Listing[TaskRow] = Listing.of(
    "tasks", TaskRow, default_order=[("createdAt", True)], extra_filters={"tag": "(tag_keys)"}
)

TASKS_TABLE = create_table("tasks", TaskRow, extra_columns=("tag_keys TEXT NOT NULL",))


def tag_keys(tags: list[str]) -> str:
    """What the `tag_keys` column holds for these tags."""
    return "".join(_tag_key(tag) for tag in tags)


def _tag_key(tag: str) -> str:
    # Tags are free text; hex has no LIKE wildcards and one case, so `contains` matches exactly.
    return f"|{tag.encode().hex()}|"


def has_tag(tag: str) -> Condition:
    """The condition that a task carries exactly this tag."""
    return Condition("tag", "contains", _tag_key(tag))
