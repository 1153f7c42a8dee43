"""Customers without follow-up: those whose latest activity (a task planned, recorded as done,
followed up or closed) is older than a time, or who have none, the ones without any first."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from cronica.ops.container import Container
from cronica.projections.paging import Window
from cronica.projections.tasks.customer_activity import customers_without_follow_up
from cronica.projections.tasks.queries import tasks_by_ids
from tests.fixtures.known_states.tasks import TaskDesk
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office
from tests.fixtures.staff.task_office import work

LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)


def without_follow_up(container: Container, desk: TaskDesk, since: datetime) -> list[UUID]:
    container.runner.catch_up()
    page = customers_without_follow_up(
        container.store, whole_company(str(desk.marta.company_id)), since, Window(first=50)
    )
    assert page.total_count == len(page.rows)
    return [UUID(row.id) for row in page.rows]


def activity_of(container: Container, desk: TaskDesk, customer_id: UUID) -> str | None:
    page = customers_without_follow_up(
        container.store,
        whole_company(str(desk.marta.company_id)),
        datetime.now(UTC),
        Window(first=50),
    )
    return next(row.last_activity_at for row in page.rows if row.id == str(customer_id))


def test_customers_without_any_activity_come_first_then_the_longest_without(
    container: Container,
) -> None:
    desk = TaskDesk(Office(container.application))
    now = datetime.now(UTC)

    assert without_follow_up(container, desk, LONG_AGO) == [desk.cafe]
    # Marta planned task 8 of the Shop after Pau followed up task 5 of the Bar.
    assert without_follow_up(container, desk, now) == [desk.cafe, desk.bar, desk.shop]


def test_the_latest_activity_is_when_a_task_was_last_planned_recorded_or_done(
    container: Container,
) -> None:
    desk = TaskDesk(Office(container.application))
    container.runner.catch_up()
    company = str(desk.marta.company_id)
    rows = tasks_by_ids(container.store, whole_company(company), [str(i) for i in desk.ids])
    eighth, fifth = rows[str(desk.task_id(8))], rows[str(desk.task_id(5))]

    # Planning task 8 of the Shop was activity with him, cancelling it was not; the Bar's
    # latest is following task 5 up.
    assert eighth.closed_at is not None and eighth.closed_at > eighth.created_at
    assert activity_of(container, desk, desk.shop) == eighth.created_at
    assert activity_of(container, desk, desk.bar) == fifth.closed_at
    assert activity_of(container, desk, desk.cafe) is None

    desk.tasks.record(desk.marta, desk.cafe, work("Phoned", datetime(2026, 1, 5, tzinfo=UTC)))
    desk.tasks.take_charge(desk.pau, desk.task_id(2))  # no activity either
    container.runner.catch_up()

    assert without_follow_up(container, desk, datetime.fromisoformat(eighth.created_at)) == [
        desk.bar
    ]
    assert activity_of(container, desk, desk.bar) == fifth.closed_at
    assert activity_of(container, desk, desk.cafe) is not None


def test_another_companys_customers_are_not_listed(container: Container) -> None:
    desk = TaskDesk(Office(container.application))
    other = Office(container.application, slug="globex")
    boss = other.hire("Gus", "manager")
    other.customer(boss, "Grill")

    assert without_follow_up(container, desk, LONG_AGO) == [desk.cafe]
