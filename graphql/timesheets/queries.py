"""Query fields over timesheets: an employee's, and a team's."""

from collections import Counter
from datetime import date
from typing import Annotated

import strawberry

from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.context import Info
from cronica.graphql.errors import InvalidArgumentError, NotAllowedError
from cronica.graphql.read_api import Viewer
from cronica.graphql.read_rules import rows_rule
from cronica.graphql.timesheets.types import (
    TeamTimesheet,
    TeamTimesheetDay,
    Timesheet,
    TimesheetDay,
)
from cronica.graphql.users.types import User
from cronica.projections.store import ReadStore
from cronica.projections.timesheets.queries import timesheet as timesheet_days
from cronica.projections.timesheets.queries import timesheets
from cronica.projections.timesheets.rows import TimesheetLine as TimesheetLineRow
from cronica.projections.users.queries import team_of, units_by_ids

MAX_TIMESHEET_DAYS = 366

From = Annotated[date, strawberry.argument(name="from")]


def _require_range(from_: date, to: date) -> None:
    if not 0 <= (to - from_).days < MAX_TIMESHEET_DAYS:
        raise InvalidArgumentError(f"`to` must be 0 to {MAX_TIMESHEET_DAYS - 1} days after `from`")


@strawberry.type
class TimesheetQueries:
    @strawberry.field(
        extensions=rows_rule(TimesheetLineRow),
        description="An employee's timesheet, days from `from` to `to` inclusive. Everyone may "
        "read their own; managers those of their subtree's users, admins and auditors anyone's. "
        "Null for an unknown employee.",
    )
    async def timesheet(
        self,
        info: Info,
        employee_id: strawberry.ID,
        from_: From,
        to: date,
        at_least_position: AtLeastPosition = None,
    ) -> Timesheet | None:
        context = info.context
        viewer = context.viewer
        _require_range(from_, to)
        await context.read_after(at_least_position)
        row = await context.loaders.users.load(employee_id)
        if row is not None and not viewer.reads_work_of(row.id, row.unit_id):
            raise NotAllowedError("you may read only your own timesheet")
        if row is None:
            return None
        employee = User.from_row(row)
        days = await context.api.run(
            timesheet_days, viewer.scope, employee_id, from_.isoformat(), to.isoformat()
        )
        return _timesheet(employee, from_, to, [TimesheetDay.from_row(day) for day in days])

    @strawberry.field(
        extensions=rows_rule(TimesheetLineRow),
        description="The timesheets of a team (a business unit and every unit under it), days "
        "from `from` to `to` inclusive; for the unit's managers (of it or a unit above it), "
        "admins and auditors. Null for an unknown unit.",
    )
    async def team_timesheet(
        self,
        info: Info,
        team_id: strawberry.ID,
        from_: From,
        to: date,
        at_least_position: AtLeastPosition = None,
    ) -> TeamTimesheet | None:
        context = info.context
        _require_range(from_, to)
        await context.read_after(at_least_position)
        return await context.api.run(_team_timesheet, context.viewer, team_id, from_, to)


def _timesheet(employee: User, from_: date, to: date, days: list[TimesheetDay]) -> Timesheet:
    total = sum(day.total_minutes for day in days)
    return Timesheet(employee=employee, from_=from_, to=to, days=days, total_minutes=total)


def _team_timesheet(
    store: ReadStore, viewer: Viewer, team_id: str, from_: date, to: date
) -> TeamTimesheet | None:
    """The unit's members and all their lines: a few queries, however many members it has."""
    company_id = viewer.company_id
    if team_id not in units_by_ids(store, company_id, [team_id]):
        return None
    viewer.require_work_in(team_id, "a team's timesheets")
    members = team_of(store, company_id, team_id)
    found = timesheets(
        store, viewer.scope, [m.id for m in members], from_.isoformat(), to.isoformat()
    )
    sheets = [
        _timesheet(User.from_row(m), from_, to, [TimesheetDay.from_row(d) for d in found[m.id]])
        for m in members
    ]
    per_day: Counter[date] = Counter()
    for sheet in sheets:
        per_day.update({day.day: day.total_minutes for day in sheet.days})
    return TeamTimesheet(
        team_id=strawberry.ID(team_id),
        from_=from_,
        to=to,
        members=sheets,
        days=[TeamTimesheetDay(day=day, total_minutes=per_day[day]) for day in sorted(per_day)],
        total_minutes=sum(per_day.values()),
    )
