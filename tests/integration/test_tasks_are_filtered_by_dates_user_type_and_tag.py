"""The task list filtered by creation date, planned dates, user, type and tag, and ordered."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from cronica.ops.container import Container
from cronica.projections.filtering import AllOf, AnyOf, Condition, Filter, NoneOf
from cronica.projections.paging import UnknownOrderFieldError, Window
from cronica.projections.tasks.queries import list_tasks
from cronica.projections.tasks.rows import has_tag
from tests.fixtures.known_states.tasks import NEW_YORK, TaskDesk, day, numbers
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office

BY_NUMBER = (("number", False),)


class Listed:
    """The desk's tasks as the task list shows them."""

    def __init__(self, container: Container) -> None:
        self.desk = TaskDesk(Office(container.application))
        container.runner.catch_up()
        self.container = container

    def __call__(
        self, filter_: Filter | None = None, order_by: Sequence[tuple[str, bool]] = BY_NUMBER
    ) -> list[int]:
        company = str(self.desk.marta.company_id)
        page = list_tasks(
            self.container.store, whole_company(company), filter_, order_by, Window(first=50)
        )
        return numbers([row.number for row in page.rows])


@pytest.fixture
def listed(container: Container) -> Listed:
    return Listed(container)


def test_tasks_are_filtered_by_user_type_status_and_customer(listed: Listed) -> None:
    desk = listed.desk
    assert listed(Condition("operatorId", "eq", str(desk.marta.user_id))) == [1, 6, 7]
    assert listed(Condition("operatorId", "is_null", True)) == [2, 3]
    assert listed(Condition("createdById", "eq", str(desk.pau.user_id))) == [3, 4, 5, 6]
    assert listed(Condition("type", "in", ["visit", "objection"])) == [2, 3, 6]
    assert listed(Condition("status", "eq", "cancelled")) == [8]
    assert listed(
        AllOf([Condition("customerId", "eq", str(desk.shop)), NoneOf(has_tag("vip"))])
    ) == [
        3,
        7,
        8,
    ]


def test_a_tag_matches_exactly(listed: Listed) -> None:
    assert listed(has_tag("vip")) == [1]
    assert listed(has_tag("vip2")) == [3]
    assert listed(has_tag("VIP")) == []
    assert listed(AnyOf([has_tag("vip"), has_tag("vip2")])) == [1, 3]
    assert listed(AllOf([has_tag("vip"), has_tag("quote")])) == [1]


def test_tasks_are_filtered_by_planned_and_creation_times(listed: Listed) -> None:
    from_tuesday = Condition("plannedStartsAt", "gte", day(1, NEW_YORK))
    before_friday = Condition("plannedStartsAt", "lt", day(4))
    assert listed(AllOf([from_tuesday, before_friday])) == [2, 3, 5]
    assert listed(Condition("plannedEndsAt", "lte", day(2))) == [1, 4]
    assert listed(Condition("plannedEndsAt", "is_null", True)) == [2, 5, 6, 7, 8]

    assert listed(order_by=[("createdAt", False)]) == [1, 2, 3, 4, 5, 6, 7, 8]
    page = list_tasks(
        listed.container.store,
        whole_company(str(listed.desk.marta.company_id)),
        None,
        BY_NUMBER,
        Window(first=8),
    )
    fourth_created = page.rows[3].created_at
    assert listed(Condition("createdAt", "gt", fourth_created)) == [5, 6, 7, 8]


def test_missing_times_sort_after_every_time_on_both_databases(listed: Listed) -> None:
    assert listed(order_by=[("plannedEndsAt", False), ("number", False)]) == [
        4,
        1,
        3,
        2,
        5,
        6,
        7,
        8,
    ]
    assert listed(order_by=[("closedAt", True), ("number", False)])[:5] == [1, 2, 3, 6, 8]


def test_an_unknown_order_field_is_refused(listed: Listed) -> None:
    with pytest.raises(UnknownOrderFieldError):
        listed(order_by=[("description", False)])
