"""The work queues: urgent tasks (of a priority type), tasks in preparation, activities without
follow-up and tasks without a deadline, each as the tasks' and the catalogue's events leave it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cronica.ops.container import Container
from cronica.projections.filtering import Condition, Filter
from cronica.projections.listing import OrderBy
from cronica.projections.paging import Window
from cronica.projections.tasks.queries import (
    ALL_TASKS,
    IN_PREPARATION,
    URGENT,
    WITHOUT_DEADLINE,
    WITHOUT_FOLLOW_UP,
    WorkQueue,
    list_tasks,
)
from tests.fixtures.known_states.tasks import TaskDesk, day, numbers
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office


class Queues:
    """The desk's tasks, read from the container's read models after the projections caught up."""

    def __init__(self, container: Container) -> None:
        self.container = container
        self.desk = TaskDesk(Office(container.application))

    def __call__(
        self, queue: WorkQueue, filter_: Filter | None = None, order_by: OrderBy = ()
    ) -> list[int]:
        self.container.runner.catch_up()
        company = str(self.desk.marta.company_id)
        page = list_tasks(
            self.container.store, whole_company(company), filter_, order_by, Window(first=50), queue
        )
        assert page.total_count == len(page.rows)
        return numbers([row.number for row in page.rows])


@pytest.fixture
def queues(container: Container) -> Queues:
    return Queues(container)


def test_a_type_marked_priority_later_makes_its_planned_tasks_urgent(queues: Queues) -> None:
    desk = queues.desk
    assert queues(URGENT) == []

    desk.tasks.prioritise(desk.admin, "visit")
    assert queues(URGENT) == [2, 6]  # soonest first

    desk.tasks.prioritise(desk.admin, "objection")
    desk.tasks.deprioritise(desk.admin, "visit")
    assert queues(URGENT) == [3]

    desk.tasks.cancel(desk.pau, desk.task_id(3))
    assert queues(URGENT) == []


def test_tasks_leave_preparation_when_someone_takes_charge(queues: Queues) -> None:
    desk = queues.desk
    assert queues(IN_PREPARATION) == [2, 3]  # the longest waiting first

    desk.tasks.take_charge(desk.pau, desk.task_id(2))
    assert queues(IN_PREPARATION) == [3]
    desk.tasks.reassign(desk.marta, desk.task_id(3), desk.marta)
    assert queues(IN_PREPARATION) == []


def test_activities_done_without_a_next_task_are_without_follow_up(queues: Queues) -> None:
    desk = queues.desk
    assert queues(WITHOUT_FOLLOW_UP) == [7, 4]  # the latest closed first

    desk.tasks.reopen(desk.marta, desk.task_id(7))
    assert queues(WITHOUT_FOLLOW_UP) == [4]
    next_call = {"description": "Call", "type": "call", "startsAt": day(9)}
    desk.tasks.follow_up(desk.marta, desk.task_id(7), "Wants a second look", next_call)
    assert queues(WITHOUT_FOLLOW_UP) == [4]
    desk.tasks.close(desk.marta, desk.task_id(1))
    assert queues(WITHOUT_FOLLOW_UP) == [1, 4]


def test_planned_tasks_without_an_end_are_without_a_deadline(queues: Queues) -> None:
    desk = queues.desk
    assert queues(WITHOUT_DEADLINE) == [2, 6]

    desk.tasks.reschedule(desk.marta, desk.task_id(2), day(1), day(1) + timedelta(hours=1))
    desk.tasks.reschedule(desk.marta, desk.task_id(1), day(8), None)
    assert queues(WITHOUT_DEADLINE) == [6, 1]


def test_a_queue_is_filtered_and_ordered_like_any_list(queues: Queues) -> None:
    desk = queues.desk
    desk.tasks.prioritise(desk.admin, "visit")
    marta_does = Condition("operatorId", "eq", str(desk.marta.user_id))

    assert queues(URGENT, marta_does) == [6]
    assert queues(URGENT, order_by=[("plannedStartsAt", True)]) == [6, 2]
    assert queues(WITHOUT_FOLLOW_UP, Condition("customerId", "eq", str(desk.bar))) == [4]
    assert queues(ALL_TASKS) == [8, 7, 6, 5, 4, 3, 2, 1]  # the newest first


def test_another_company_has_its_own_priority_types_and_queues(queues: Queues) -> None:
    desk = queues.desk
    other = TaskDesk(Office(queues.container.application, slug="globex"))
    other.tasks.prioritise(other.admin, "visit")
    assert queues(URGENT) == []

    desk.tasks.prioritise(desk.admin, "objection")
    assert queues(URGENT) == [3]
    assert queues(IN_PREPARATION) == [2, 3]
