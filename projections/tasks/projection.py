"""The task list: one row per task (activity) as its latest event left it, plus the company's
priority task types (`priority_types`) and each customer's latest activity
(`customer_activity`); the work queues are read from them (`queries`).

Priority types are a table of their own rather than a flag on each row, so a type marked priority
later makes its existing tasks urgent at once: urgency is joined when a queue is read.
"""

from __future__ import annotations

import json
from typing import Any

from cronica.domain.customer import Customer
from cronica.domain.task import Task
from cronica.domain.task_values import TaskStatus
from cronica.projections.projection import Projection
from cronica.projections.rows import id_text, insert_row, unit_moved, update_stamped, utc_text
from cronica.projections.store import Cursor
from cronica.projections.tasks import customer_activity, priority_types
from cronica.projections.tasks.rows import TASKS, TASKS_TABLE, TaskRow, tag_keys

_DDL = (
    TASKS_TABLE,
    *TASKS.indexes(),
    *priority_types.DDL,
    *customer_activity.DDL,
)


class TaskListProjection(Projection):
    """Rows of `tasks`, `task_priority_types` and `task_customer_activity`."""

    name = "tasks"
    tables = ("tasks", priority_types.TABLE, customer_activity.TABLE)
    ddl = _DDL

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, Task.Created):
            row = _created(event)
            insert_row(cursor, "tasks", row, tag_keys=tag_keys(event.details["tags"]))
            customer_activity.record(cursor, row.customer_id, event.timestamp)
        elif (change := _change(event)) is not None:
            update_stamped(cursor, "tasks", event, *change)
            if isinstance(event, Task.FollowedUp | Task.Closed):
                customer_activity.record_for_task(
                    cursor, id_text(event.originator_id), event.timestamp
                )
        elif isinstance(event, Customer.Created):
            customer_activity.add_customer(cursor, event)
        elif isinstance(event, Customer.MovedToUnit):
            customer_activity.move_customer(cursor, event)
        elif priority_types.is_priority_change(event):
            priority_types.apply_priority_change(cursor, event)


def _created(event: Task.Created) -> TaskRow:
    at = utc_text(event.timestamp)
    recorded = isinstance(event, Task.Recorded)
    follows = getattr(event, "follows_task_id", None)  # only a planned task follows another
    details = event.details
    return TaskRow(
        id=id_text(event.originator_id),
        company_id=id_text(event.company_id),
        unit_id=id_text(event.unit_id),
        number=event.number,
        type=details["task_type"],
        tags=json.dumps(details["tags"]),
        description=details["description"],
        place=details["place"],
        customer_id=id_text(event.customer_id),
        contact_id=_text(event.contact_id),
        case_id=_text(event.case_id),
        project_id=_text(event.project_id),
        operator_id=_text(event.operator_id),
        planned_starts_at=utc_text(event.starts_at),
        planned_ends_at=utc_text(event.ends_at) if event.ends_at else None,
        status=(TaskStatus.DONE if recorded else TaskStatus.PLANNED).value,
        is_history_note=int(recorded),
        outcome=None,
        closing_note=None,
        cancellation_reason=None,
        follows_task_id=_text(follows),
        followed_up_by=None,
        created_by_id=event.actor_id,
        created_at=at,
        closed_at=at if recorded else None,
        updated_at=at,
        version=event.originator_version,
    )


def _text(value: object | None) -> str | None:
    return None if value is None else str(value)


def _change(event: Any) -> tuple[str, tuple[Any, ...]] | None:
    """The columns a task's later event sets (besides version and updated_at)."""
    if not isinstance(event, _ENDINGS):
        return _planning_change(event)
    ended_at = utc_text(event.timestamp)
    if isinstance(event, Task.FollowedUp):
        columns = "status = ?, closed_at = ?, outcome = ?, followed_up_by = ?"
        return columns, (_DONE, ended_at, event.outcome, str(event.next_task_id))
    if isinstance(event, Task.Closed):
        return "status = ?, closed_at = ?, closing_note = ?", (_DONE, ended_at, event.note)
    cancelled = (TaskStatus.CANCELLED.value, ended_at, event.reason)
    return "status = ?, closed_at = ?, cancellation_reason = ?", cancelled


_DONE = TaskStatus.DONE.value
_ENDINGS = (Task.FollowedUp, Task.Closed, Task.Cancelled)


def _planning_change(event: Any) -> tuple[str, tuple[Any, ...]] | None:
    """The columns set by an event that leaves the task planned (or makes it so again)."""
    if isinstance(event, Task.MovedToUnit):
        return unit_moved(event)
    if isinstance(event, Task.TakenInCharge | Task.Reassigned):
        return "operator_id = ?", (str(event.operator_id),)
    if isinstance(event, Task.Rescheduled):
        ends_at = utc_text(event.ends_at) if event.ends_at else None
        return "planned_starts_at = ?, planned_ends_at = ?", (utc_text(event.starts_at), ends_at)
    if isinstance(event, Task.Reopened):
        return "status = ?, closed_at = NULL, closing_note = NULL", (TaskStatus.PLANNED.value,)
    return None
