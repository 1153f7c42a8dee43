"""Query fields over timesheets."""

from datetime import date
from typing import Annotated

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.errors import InvalidArgumentError, NotAllowedError
from cronica.graphql.queries.arguments import AtLeastPosition
from cronica.graphql.types.timesheet import Timesheet, TimesheetDay
from cronica.graphql.types.user import user_by_id
from cronica.projections.timesheet import timesheet as timesheet_days

MAX_TIMESHEET_DAYS = 366


@strawberry.type
class TimesheetQueries:
    @strawberry.field(
        description="An employee's timesheet, days from `from` to `to` inclusive. Everyone may "
        "read their own; managers and admins anyone's. Null for an unknown employee."
    )
    async def timesheet(
        self,
        info: Info,
        employee_id: strawberry.ID,
        from_: Annotated[date, strawberry.argument(name="from")],
        to: date,
        at_least_position: AtLeastPosition = None,
    ) -> Timesheet | None:
        context = info.context
        if not context.viewer.may_read_timesheet_of(employee_id):
            raise NotAllowedError("you may read only your own timesheet")
        if not 0 <= (to - from_).days < MAX_TIMESHEET_DAYS:
            raise InvalidArgumentError(
                f"`to` must be 0 to {MAX_TIMESHEET_DAYS - 1} days after `from`"
            )
        await context.read_after(at_least_position)
        employee = await user_by_id(info, employee_id)
        if employee is None:
            return None
        company_id = context.viewer.company_id
        days = await context.api.run(
            timesheet_days, company_id, employee_id, from_.isoformat(), to.isoformat()
        )
        return Timesheet(
            employee=employee,
            from_=from_,
            to=to,
            days=[TimesheetDay.from_row(day) for day in days],
            total_minutes=sum(day.total_minutes for day in days),
        )
