"""The rows of timesheets (`timesheet_lines`): what a line holds, where it comes from, and how
lines are filtered and ordered.

A follow-up of an incident is a line of the user who made it; work registered on a repair order,
of the technician who did it; a line added by hand (a TimesheetEntry), of its employee. Only a
line added by hand says at which work centre and department the work was done.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, ClassVar

from cronica.projections.columns import column, create_table
from cronica.projections.listing import Listing
from cronica.projections.scope import work

INCIDENT_SOURCE = "incident"
REPAIR_ORDER_SOURCE = "repair_order"
MANUAL_SOURCE = "manual"
"""A line added by hand: its source is the line itself (the id to correct or withdraw it)."""
NUMBERS = {INCIDENT_SOURCE: "timesheet_incidents", REPAIR_ORDER_SOURCE: "timesheet_repair_orders"}
"""The tables of the numbers of the records whose lines show one."""


@dataclass(frozen=True)
class TimesheetLine:
    """Time an employee spent from start to end, and where the line comes from: `source_type`
    'incident' or 'repair_order' (with its number), or 'manual' (no number). `work_centre` and
    `department` are null but on a line added by hand."""

    scoped_by: ClassVar = work("employee_id")

    id: str
    employee_id: str
    day: str
    started_at: Annotated[str, column(filter="time", order=True)]
    ended_at: str
    minutes: int
    note: str
    source_type: str
    source_id: str
    source_number: str
    work_centre: Annotated[
        str | None,
        column(
            filter="text",
            order="COALESCE(work_centre, '')",
            order_description="Lines without a work centre come first.",
        ),
    ] = None
    department: Annotated[
        str | None,
        column(
            filter="text",
            order="COALESCE(department, '')",
            order_description="Lines without a department come first.",
        ),
    ] = None


@dataclass(frozen=True)
class TimesheetDay:
    """The lines of one day, in the order they started, and their total."""

    day: str
    lines: list[TimesheetLine]
    total_minutes: int


TIMESHEET_LINES: Listing[TimesheetLine] = Listing.of(
    "timesheet_lines", TimesheetLine, default_order=[("startedAt", False)]
)

TIMESHEET_DDL = (
    create_table("timesheet_lines", TimesheetLine, extra_columns=("company_id TEXT NOT NULL",)),
    "CREATE INDEX IF NOT EXISTS timesheet_lines_employee_day"
    " ON timesheet_lines (company_id, employee_id, day, started_at)",
    *TIMESHEET_LINES.indexes(),
    *(
        f"CREATE TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY, number TEXT NOT NULL)"
        for table in NUMBERS.values()
    ),
)
