"""The root Query. Every field reads only the viewer's company, and first waits, when asked
(`atLeastPosition` or the X-Cronica-Position header), until the read models hold the viewer's
own writes."""

import asyncio
from datetime import date
from typing import Annotated

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.errors import InvalidArgumentError, NotAllowedError
from cronica.graphql.paging import PageRequest, connection
from cronica.graphql.types.connection import Connection
from cronica.graphql.types.incident import Incident
from cronica.graphql.types.incident_filter import IncidentFilter
from cronica.graphql.types.incident_order import NEWEST_FIRST, IncidentOrder
from cronica.graphql.types.notice_board import Alert, NoticeBoard
from cronica.graphql.types.timesheet import Timesheet, TimesheetDay
from cronica.graphql.types.user import User, user_by_id
from cronica.projections.incident_list import incidents_by_ids, list_incidents
from cronica.projections.notice_board import alerts_for, unread_count
from cronica.projections.timesheet import timesheet as timesheet_days

MAX_TIMESHEET_DAYS = 366

AtLeastPosition = Annotated[
    int | None,
    strawberry.argument(
        description="Wait until the read models reach this event store position (the "
        "`position` a command answered) before reading."
    ),
]


@strawberry.type
class Query:
    @strawberry.field(description="The calling user.")
    async def me(self, info: Info, at_least_position: AtLeastPosition = None) -> User:
        await info.context.read_after(at_least_position)
        return User.from_viewer(info.context.viewer)

    @strawberry.field(description="The company's incidents, a page at a time (20 by default).")
    async def incidents(
        self,
        info: Info,
        filter_: Annotated[IncidentFilter | None, strawberry.argument(name="filter")] = None,
        order_by: list[IncidentOrder] | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        at_least_position: AtLeastPosition = None,
    ) -> Connection[Incident]:
        context = info.context
        await context.read_after(at_least_position)
        request = PageRequest.parse(first, after, last, before)
        company_id = context.viewer.company_id
        where = filter_.to_filter() if filter_ else None
        order = [key.to_key() for key in order_by or NEWEST_FIRST]
        total = None
        if request.needs_total:
            counted = await context.api.run(list_incidents, company_id, where, order, 0, 0)
            total = counted.total_count
        offset, limit = request.window(total)
        page = await context.api.run(list_incidents, company_id, where, order, offset, limit)
        return connection([Incident.from_row(row) for row in page.rows], offset, page.total_count)

    @strawberry.field(description="One incident of the company; null if there is none.")
    async def incident(
        self, info: Info, id: strawberry.ID, at_least_position: AtLeastPosition = None
    ) -> Incident | None:
        context = info.context
        await context.read_after(at_least_position)
        found = await context.api.run(incidents_by_ids, context.viewer.company_id, [id])
        row = found.get(id)
        return Incident.from_row(row) if row else None

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

    @strawberry.field(description="The calling user's alerts (the latest 100) and unread count.")
    async def notice_board(
        self, info: Info, unread_only: bool = False, at_least_position: AtLeastPosition = None
    ) -> NoticeBoard:
        context = info.context
        await context.read_after(at_least_position)
        company_id, user_id = context.viewer.company_id, context.viewer.user_id
        alerts, unread = await asyncio.gather(
            context.api.run(alerts_for, company_id, user_id, unread_only=unread_only),
            context.api.run(unread_count, company_id, user_id),
        )
        return NoticeBoard(alerts=[Alert.from_row(row) for row in alerts], unread_count=unread)
