"""Reading timesheets: the days of an employee, or of a team, over a range of days; and their
lines filtered and ordered like every list."""

from __future__ import annotations

from collections.abc import Sequence

from cronica.projections.filtering import Filter
from cronica.projections.listing import OrderBy
from cronica.projections.scope import Scope
from cronica.projections.store import ReadStore
from cronica.projections.timesheets.rows import TIMESHEET_LINES, TimesheetDay, TimesheetLine


def timesheet(
    store: ReadStore, scope: Scope, employee_id: str, from_day: str, to_day: str
) -> list[TimesheetDay]:
    """The employee's days from `from_day` to `to_day` (inclusive, 'YYYY-MM-DD') that have lines,
    in ascending order."""
    return timesheets(store, scope, [employee_id], from_day, to_day)[employee_id]


def timesheets(
    store: ReadStore, scope: Scope, employee_ids: Sequence[str], from_day: str, to_day: str
) -> dict[str, list[TimesheetDay]]:
    """The days of several employees (a team), as `timesheet` gives them, read in one query;
    every employee asked for is a key, with no days when he has no lines."""
    found: dict[str, list[TimesheetDay]] = {employee_id: [] for employee_id in employee_ids}
    by_day: dict[tuple[str, str], list[TimesheetLine]] = {}
    lines = timesheet_lines(store, scope, employee_ids, from_day, to_day)
    # The lines come in the order they started; sorted by day stably, each day keeps it.
    for line in sorted(lines, key=lambda line: line.day):
        by_day.setdefault((line.employee_id, line.day), []).append(line)
    for (employee_id, day), day_lines in by_day.items():
        found[employee_id].append(
            TimesheetDay(day, day_lines, sum(line.minutes for line in day_lines))
        )
    return found


def timesheet_lines(
    store: ReadStore,
    scope: Scope,
    employee_ids: Sequence[str],
    from_day: str,
    to_day: str,
    filter_: Filter | None = None,
    order_by: OrderBy = (),
) -> list[TimesheetLine]:
    """The employees' lines of the days from `from_day` to `to_day` that match the filter, in
    `order_by` (by default, the order they started in); only those of employees whose work the
    caller reads (the others have no days)."""
    if not employee_ids:
        return []
    return TIMESHEET_LINES.rows(
        store,
        scope,
        filter_,
        order_by,
        where=f"employee_id IN ({', '.join('?' * len(employee_ids))}) AND day >= ? AND day <= ?",
        params=(*employee_ids, from_day, to_day),
    )
