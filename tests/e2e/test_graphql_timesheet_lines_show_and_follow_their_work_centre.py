"""Through GraphQL a timesheet's lines show their work centre and department (null for an
incident's follow-up), and are filtered and ordered by them."""

from __future__ import annotations

from datetime import timedelta

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.staff.timesheet_desk import MONDAY, add_hour_at

LINES = """
query ($employee: ID!, $filter: TimesheetLineFilter, $orderBy: [TimesheetLineOrder!]) {
  timesheet(employeeId: $employee, from: "2026-03-01", to: "2026-03-31") {
    days { lines { workCentre department } }
    lines(filter: $filter, orderBy: $orderBy) { workCentre department minutes }
  }
}
"""


def test_a_timesheets_lines_are_filtered_and_ordered_by_work_centre(settings: Settings) -> None:
    with running_app(settings) as api:
        office = api.office
        luis = api.hire("Luis Gil", "technician")
        add_hour_at(office, luis.who, MONDAY, "Valencia", "Workshop")
        add_hour_at(office, luis.who, MONDAY + timedelta(days=1), "Madrid", "Sales")
        incident = office.open(luis.who, office.customer(luis.who, "Shop"), "Fridge")
        office.follow_up(luis.who, incident.id, MONDAY + timedelta(days=2), 30)

        def read(**arguments: object) -> dict[str, list[dict[str, object]]]:
            answer: dict[str, list[dict[str, object]]] = api.read(
                luis, LINES, employee=luis.id, **arguments
            )["timesheet"]
            return answer

        shown = read()
        assert [line for day in shown["days"] for line in day["lines"]] == [
            {"workCentre": "Valencia", "department": "Workshop"},
            {"workCentre": "Madrid", "department": "Sales"},
            {"workCentre": None, "department": None},
        ]
        ordered = read(orderBy=[{"field": "WORK_CENTRE", "direction": "DESC"}])
        assert [line["workCentre"] for line in ordered["lines"]] == ["Valencia", "Madrid", None]
        in_madrid = read(filter={"workCentre": {"eq": "Madrid"}})
        assert in_madrid["lines"] == [
            {"workCentre": "Madrid", "department": "Sales", "minutes": 60}
        ]
        by_department = read(
            filter={"department": {"in": ["Workshop", "Sales"]}},
            orderBy=[{"field": "DEPARTMENT"}],
        )
        assert [line["department"] for line in by_department["lines"]] == ["Sales", "Workshop"]
