"""The rows of the task list (`tasks`): what a row holds, and how it is filtered and ordered.

Tags are filtered through `has_tag` only: the table holds them as a JSON list (`tags`) and as
`tag_keys`, one key per tag, which a filter can match exactly with a portable LIKE.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from cronica.projections.filtering import Condition
from cronica.projections.listing import Listing


@dataclass(frozen=True)
class TaskRow:
    """A task; `planned_ends_at` null: without a deadline; `operator_id` null: in preparation;
    `followed_up_by` the next task planned by following this one up. `tags` is a JSON list."""

    id: str
    company_id: str
    number: str
    type: str
    tags: str
    description: str
    place: str | None
    customer_id: str
    contact_id: str | None
    case_id: str | None
    project_id: str | None
    operator_id: str | None
    planned_starts_at: str
    planned_ends_at: str | None
    status: str
    is_history_note: int
    outcome: str | None
    closing_note: str | None
    cancellation_reason: str | None
    follows_task_id: str | None
    followed_up_by: str | None
    created_by_id: str
    created_at: str
    closed_at: str | None
    updated_at: str
    version: int


TASK_COLUMNS = [f.name for f in fields(TaskRow)]

TASK_FILTER_FIELDS: dict[str, str] = {
    "status": "status",
    "type": "type",
    # Only through `has_tag`; in brackets so no index is made: a LIKE with a leading wildcard
    # cannot use one, and the keys of twenty long tags are too long for a PostgreSQL index.
    "tag": "(tag_keys)",
    "operatorId": "operator_id",
    "customerId": "customer_id",
    "contactId": "contact_id",
    "caseId": "case_id",
    "projectId": "project_id",
    "createdById": "created_by_id",
    "createdAt": "created_at",
    "plannedStartsAt": "planned_starts_at",
    "plannedEndsAt": "planned_ends_at",
    "closedAt": "closed_at",
    "number": "number",
}

# Missing times sort after every time on both databases (their NULL orders differ).
TASK_ORDER_FIELDS: dict[str, str] = {
    "createdAt": "created_at",
    "plannedStartsAt": "planned_starts_at",
    "plannedEndsAt": "COALESCE(planned_ends_at, '9999')",
    "closedAt": "COALESCE(closed_at, '9999')",
    "updatedAt": "updated_at",
    "number": "number",
    "status": "status",
    "type": "type",
}

TASKS: Listing[TaskRow] = Listing(
    table="tasks",
    row_type=TaskRow,
    filter_fields=TASK_FILTER_FIELDS,
    order_fields=TASK_ORDER_FIELDS,
    default_order=[("createdAt", True)],
)


def tag_keys(tags: list[str]) -> str:
    """What the `tag_keys` column holds for these tags."""
    return "".join(_tag_key(tag) for tag in tags)


def _tag_key(tag: str) -> str:
    # Tags are free text; hex has no LIKE wildcards and one case, so `contains` matches exactly.
    return f"|{tag.encode().hex()}|"


def has_tag(tag: str) -> Condition:
    """The condition that a task carries exactly this tag."""
    return Condition("tag", "contains", _tag_key(tag))
