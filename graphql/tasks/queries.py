"""Query fields over the task list and the work queues: every task, the urgent ones, those in
preparation, without follow-up, without a deadline, and the customers without follow-up."""

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

import strawberry

from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.connection import Connection
from cronica.graphql.context import Info
from cronica.graphql.errors import InvalidArgumentError
from cronica.graphql.paging import PageRequest, paged
from cronica.graphql.read_rules import listing_rule, rows_rule
from cronica.graphql.tasks.customers_without_follow_up import CustomerWithoutFollowUp
from cronica.graphql.tasks.filters import TaskFilter, TaskOrder
from cronica.graphql.tasks.types import Task
from cronica.projections.paging import Page, Window
from cronica.projections.tasks import queries as work_queues
from cronica.projections.tasks.customer_activity import (
    CustomerActivityRow,
    customers_without_follow_up,
)
from cronica.projections.tasks.queries import WorkQueue, list_tasks
from cronica.projections.tasks.rows import TASKS, TaskRow

FilterArgument = Annotated[TaskFilter | None, strawberry.argument(name="filter")]
OrderArgument = Annotated[
    list[TaskOrder] | None,
    strawberry.argument(description="Without it, the order the list is made for."),
]


def _queue(queue: WorkQueue, description: str) -> Any:
    """A connection field over one work queue; every queue takes the same arguments."""

    async def resolve(
        info: Info,
        filter_: FilterArgument = None,
        order_by: OrderArgument = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        at_least_position: AtLeastPosition = None,
    ) -> Connection[Task]:
        context = info.context
        await context.read_after(at_least_position)
        request = PageRequest.parse(first, after, last, before)
        where = filter_.to_filter() if filter_ else None
        order = [key.to_key() for key in order_by or []]

        async def query(window: Window) -> Page[TaskRow]:
            scope = context.viewer.scope
            return await context.api.run(list_tasks, scope, where, order, window, queue)

        return await paged(request, query, Task.from_row)

    return strawberry.field(
        resolver=resolve, description=description, extensions=listing_rule(TASKS)
    )


@strawberry.type
class TaskQueries:
    tasks: Connection[Task] = _queue(
        work_queues.ALL_TASKS, "The company's tasks, a page at a time (newest first)."
    )
    urgent_tasks: Connection[Task] = _queue(
        work_queues.URGENT, "Planned tasks of a priority type (soonest first)."
    )
    tasks_in_preparation: Connection[Task] = _queue(
        work_queues.IN_PREPARATION, "Planned tasks nobody took charge of (oldest first)."
    )
    tasks_without_follow_up: Connection[Task] = _queue(
        work_queues.WITHOUT_FOLLOW_UP,
        "Activities done without planning a next task (latest closed first).",
    )
    tasks_without_deadline: Connection[Task] = _queue(
        work_queues.WITHOUT_DEADLINE, "Planned tasks without an end (soonest first)."
    )

    @strawberry.field(
        extensions=listing_rule(TASKS),
        description="One task of the company; null if there is none.",
    )
    async def task(
        self, info: Info, id: strawberry.ID, at_least_position: AtLeastPosition = None
    ) -> Task | None:
        await info.context.read_after(at_least_position)
        row = await info.context.loaders.tasks.load(id)
        return Task.from_row(row) if row else None

    @strawberry.field(
        extensions=rows_rule(CustomerActivityRow),
        description="Customers with no activity (a task planned, recorded, followed up or "
        "closed) for `days` days, or none ever: those without any first, then the longest.",
    )
    async def customers_without_follow_up(
        self,
        info: Info,
        days: int,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        at_least_position: AtLeastPosition = None,
    ) -> Connection[CustomerWithoutFollowUp]:
        if days < 0:
            raise InvalidArgumentError("days must not be negative")
        context = info.context
        await context.read_after(at_least_position)
        request = PageRequest.parse(first, after, last, before)
        since = datetime.now(UTC) - timedelta(days=days)

        async def query(window: Window) -> Page[CustomerActivityRow]:
            scope = context.viewer.scope
            return await context.api.run(customers_without_follow_up, scope, since, window)

        return await paged(request, query, CustomerWithoutFollowUp.from_row)
