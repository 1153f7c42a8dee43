"""Lines added by hand to employees' timesheets, at a work centre and department, in the first
week of March 2026."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from cronica.commands.models.timesheets import AddTimesheetLine
from cronica.commands.results import Principal
from cronica.commands.timesheets import add_timesheet_line
from tests.integration.office import Office, request_of

MADRID = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 3, 2, 9, tzinfo=MADRID)
MARCH = ("2026-03-01", "2026-03-31")


def add_hour_at(
    office: Office, who: Principal, start: datetime, work_centre: str, department: str
) -> None:
    """An hour from `start` in `who`'s own timesheet, described by where it was worked."""
    command = AddTimesheetLine(
        employee_id=who.user_id,
        work_centre=work_centre,
        department=department,
        started_at=start,
        ended_at=start + timedelta(hours=1),
        description=f"{work_centre}, {department}",
    )
    add_timesheet_line(office.app, who, request_of(who), command)
