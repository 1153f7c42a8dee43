"""The work queues over the task list: every task, the urgent ones (of a priority type), those in
preparation (nobody took charge), activities without follow-up, and tasks without a deadline.

Each queue is a standing condition on `tasks` plus its own default order; a client's filter and
order apply within it, through the same `Listing` as every list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from cronica.domain.task_values import TaskStatus
from cronica.projections.filtering import Filter
from cronica.projections.listing import OrderBy
from cronica.projections.paging import Page, Window
from cronica.projections.scope import Scope
from cronica.projections.store import ReadStore
from cronica.projections.tasks.priority_types import IS_PRIORITY
from cronica.projections.tasks.rows import TASKS, TaskRow

_PLANNED = TaskStatus.PLANNED.value


@dataclass(frozen=True)
class WorkQueue:
    """Which tasks a queue holds (SQL over `tasks`, with its parameters), and the order it shows
    them in when the client asks for none."""

    where: str
    params: tuple[Any, ...]
    default_order: OrderBy


ALL_TASKS = WorkQueue("1=1", (), [("createdAt", True)])

URGENT = WorkQueue(
    f"status = ? AND {IS_PRIORITY}",
    (_PLANNED,),
    [("plannedStartsAt", False)],
)
"""Planned tasks of a type the company's catalogue marks priority (marked now, whenever)."""

IN_PREPARATION = WorkQueue(
    "status = ? AND operator_id IS NULL", (_PLANNED,), [("createdAt", False)]
)
"""Planned tasks nobody has taken charge of, the longest waiting first."""

WITHOUT_FOLLOW_UP = WorkQueue(
    "status = ? AND followed_up_by IS NULL", (TaskStatus.DONE.value,), [("closedAt", True)]
)
"""Activities done (closed, or recorded as history notes) without planning a next task."""

WITHOUT_DEADLINE = WorkQueue(
    "status = ? AND planned_ends_at IS NULL", (_PLANNED,), [("plannedStartsAt", False)]
)
"""Planned tasks with a start but no end."""


def list_tasks(
    store: ReadStore,
    scope: Scope,
    filter_: Filter | None,
    order_by: OrderBy,
    window: Window,
    queue: WorkQueue = ALL_TASKS,
) -> Page[TaskRow]:
    """The window's page of the queue's tasks matching the filter; `order_by` is (field,
    descending) pairs (the queue's default order when empty), always ended by the id."""
    order = order_by or queue.default_order
    return TASKS.page(store, scope, filter_, order, window, where=queue.where, params=queue.params)


def tasks_by_ids(store: ReadStore, scope: Scope, ids: Sequence[str]) -> dict[str, TaskRow]:
    """The tasks with these ids the caller reads, keyed by id; others are absent."""
    return TASKS.by_ids(store, scope, ids)
