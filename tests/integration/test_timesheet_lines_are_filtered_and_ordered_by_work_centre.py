"""A timesheet's lines are filtered and ordered by the work centre and department a line added
by hand names; lines of incident follow-ups name neither (null), on both databases."""

from __future__ import annotations

from datetime import timedelta

from cronica.ops.container import Container
from cronica.projections.filtering import AnyOf, Condition, Filter
from cronica.projections.listing import OrderBy
from cronica.projections.timesheets.queries import timesheet_lines
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office
from tests.fixtures.staff.timesheet_desk import MARCH, MONDAY, add_hour_at


def test_lines_are_filtered_and_ordered_by_work_centre_and_department(
    container: Container,
) -> None:
    office = Office(container.application)
    luis = office.hire("Luis", "technician")
    add_hour_at(office, luis, MONDAY, "Valencia", "Workshop")
    add_hour_at(office, luis, MONDAY + timedelta(days=1), "Madrid", "Sales")
    add_hour_at(office, luis, MONDAY + timedelta(days=2), "Valencia", "Office")
    fridge = office.open(luis, office.customer(luis, "Shop"), "Fridge")
    office.follow_up(luis, fridge.id, MONDAY + timedelta(days=3), 30)
    container.runner.catch_up()

    def lines(
        filter_: Filter | None = None, order_by: OrderBy = ()
    ) -> list[tuple[str | None, ...]]:
        found = timesheet_lines(
            container.store,
            whole_company(str(luis.company_id)),
            [str(luis.user_id)],
            *MARCH,
            filter_,
            order_by,
        )
        return [(line.work_centre, line.department) for line in found]

    assert lines() == [
        ("Valencia", "Workshop"),
        ("Madrid", "Sales"),
        ("Valencia", "Office"),
        (None, None),  # an incident's follow-up
    ]
    assert lines(Condition("workCentre", "eq", "Valencia")) == [
        ("Valencia", "Workshop"),
        ("Valencia", "Office"),
    ]
    either = AnyOf(
        [Condition("department", "eq", "Sales"), Condition("workCentre", "is_null", True)]
    )
    assert lines(either) == [("Madrid", "Sales"), (None, None)]
    by_place = [("workCentre", False), ("department", True)]
    assert lines(order_by=by_place) == [
        (None, None),  # no work centre comes first
        ("Madrid", "Sales"),
        ("Valencia", "Workshop"),
        ("Valencia", "Office"),
    ]
    assert lines(Condition("department", "contains", "o"), [("department", False)]) == [
        ("Valencia", "Office"),
        ("Valencia", "Workshop"),
    ]
