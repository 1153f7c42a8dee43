"""The Timesheet type: an employee's work, day by day: incident follow-ups, repair work, and
lines added by hand; and its lines filtered and ordered."""

from datetime import date, datetime
from typing import Annotated

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.node.types import Node
from cronica.graphql.timesheets.filters import TimesheetLineFilter, TimesheetLineOrder
from cronica.graphql.users.types import User
from cronica.projections.timesheets.queries import timesheet_lines
from cronica.projections.timesheets.rows import TimesheetDay as TimesheetDayRow
from cronica.projections.timesheets.rows import TimesheetLine as TimesheetLineRow


@strawberry.type(description="A stretch of work, and the record it was done for.")
class TimesheetLine(Node):
    id: strawberry.ID
    started_at: datetime
    ended_at: datetime
    minutes: int
    note: str
    source_type: str = strawberry.field(
        description="Where the line comes from: incident, repair_order, or manual (added by "
        "hand: the source is the line itself, whose id corrects or withdraws it)."
    )
    source_id: strawberry.ID
    source_number: str
    work_centre: str | None = strawberry.field(
        description="The work centre it was done at; null but on a line added by hand."
    )
    department: str | None = strawberry.field(
        description="The department it was done for; null but on a line added by hand."
    )

    @classmethod
    def from_row(cls, row: TimesheetLineRow) -> "TimesheetLine":
        return cls(
            id=strawberry.ID(row.id),
            started_at=datetime.fromisoformat(row.started_at),
            ended_at=datetime.fromisoformat(row.ended_at),
            minutes=row.minutes,
            note=row.note,
            source_type=row.source_type,
            source_id=strawberry.ID(row.source_id),
            source_number=row.source_number,
            work_centre=row.work_centre,
            department=row.department,
        )


@strawberry.type(description="One day's lines (in the time zone each line was recorded in).")
class TimesheetDay:
    day: date
    lines: list[TimesheetLine]
    total_minutes: int

    @classmethod
    def from_row(cls, row: TimesheetDayRow) -> "TimesheetDay":
        return cls(
            day=date.fromisoformat(row.day),
            lines=[TimesheetLine.from_row(line) for line in row.lines],
            total_minutes=row.total_minutes,
        )


@strawberry.type(description="An employee's timesheet over a range of days (days worked only).")
class Timesheet:
    employee: User
    from_: date = strawberry.field(name="from")
    to: date
    days: list[TimesheetDay]
    total_minutes: int

    @strawberry.field(
        description="The lines of the range's days that match `filter`, in `orderBy` (by "
        "default, the order they started in)."
    )
    async def lines(
        self,
        info: Info,
        filter_: Annotated[TimesheetLineFilter | None, strawberry.argument(name="filter")] = None,
        order_by: list[TimesheetLineOrder] | None = None,
    ) -> list[TimesheetLine]:
        context = info.context
        where = filter_.to_filter() if filter_ else None
        order = [key.to_key() for key in order_by or []]
        days = (self.from_.isoformat(), self.to.isoformat())
        rows = await context.api.run(
            timesheet_lines, context.viewer.scope, [self.employee.id], *days, where, order
        )
        return [TimesheetLine.from_row(row) for row in rows]


@strawberry.type(description="A team's work on one day: every member's minutes added up.")
class TeamTimesheetDay:
    day: date
    total_minutes: int


@strawberry.type(
    description="The timesheets of a team (a business unit and every unit under it) over a "
    "range of days: each member's, and the team's total per day worked."
)
class TeamTimesheet:
    team_id: strawberry.ID
    from_: date = strawberry.field(name="from")
    to: date
    members: list[Timesheet] = strawberry.field(
        description="Every member, by name, including those who worked no day of the range."
    )
    days: list[TeamTimesheetDay]
    total_minutes: int
