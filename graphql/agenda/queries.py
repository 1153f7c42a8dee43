"""Query fields over agendas: a user's or a team's items on the days of a view."""

from datetime import date, datetime
from typing import Annotated

import strawberry

from cronica.graphql.agenda.filters import AgendaFilter, AgendaOrder
from cronica.graphql.agenda.types import AgendaItem
from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.connection import Connection
from cronica.graphql.context import Info
from cronica.graphql.errors import InvalidArgumentError, NotAllowedError
from cronica.graphql.paging import PageRequest, paged
from cronica.graphql.read_rules import rows_rule
from cronica.projections.agenda.queries import agenda_page
from cronica.projections.agenda.rows import AgendaItemRow
from cronica.projections.agenda.visits import AgendaView, view_days
from cronica.projections.companies.queries import settings_of
from cronica.projections.paging import Page, Window
from cronica.projections.users.queries import team_of


@strawberry.type
class AgendaQueries:
    @strawberry.field(
        extensions=rows_rule(AgendaItemRow),
        description="The items of an agenda on the days of `view` around `date` (today by "
        "default; weeks start on Monday), soonest first, a page at a time. The viewer's own "
        "agenda unless `userId` names another user's or `teamId` a business unit's (its users "
        "and those of every unit under it): only their managers (of a unit above them), admins "
        "and auditors read those.",
    )
    async def agenda(
        self,
        info: Info,
        user_id: strawberry.ID | None = None,
        team_id: strawberry.ID | None = None,
        view: AgendaView = AgendaView.WEEK,
        on: Annotated[date | None, strawberry.argument(name="date")] = None,
        filter_: Annotated[AgendaFilter | None, strawberry.argument(name="filter")] = None,
        order_by: list[AgendaOrder] | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        at_least_position: AtLeastPosition = None,
    ) -> Connection[AgendaItem]:
        context = info.context
        viewer = context.viewer
        if user_id is not None and team_id is not None:
            raise InvalidArgumentError("ask for a user's agenda or a team's, not both")
        await context.read_after(at_least_position)
        await _require_allowed(info, user_id, team_id)
        request = PageRequest.parse(first, after, last, before)
        zone = (await context.api.run(settings_of, viewer.company_id)).zone
        today = datetime.now(zone).date()
        days = view_days(view, on or today)
        where = filter_.to_filter() if filter_ else None
        order = [key.to_key() for key in order_by or []]
        if team_id is not None:
            team = await context.api.run(team_of, viewer.company_id, team_id)
            user_ids = [member.id for member in team]
        else:
            user_ids = [user_id or viewer.user_id]

        async def query(window: Window) -> Page[AgendaItemRow]:
            return await context.api.run(
                agenda_page, viewer.scope, user_ids, days, where, order, window, zone
            )

        return await paged(request, query, AgendaItem.from_row)


async def _require_allowed(info: Info, user_id: str | None, team_id: str | None) -> None:
    """Refuses another user's agenda, or a team's, whose work the viewer does not read."""
    viewer = info.context.viewer
    if team_id is not None:
        viewer.require_work_in(team_id, "a team's agendas")
    elif user_id is not None and user_id != viewer.user_id:
        user = await info.context.loaders.users.load(user_id)
        if user is None or not viewer.reads_work_of(user.id, user.unit_id):
            raise NotAllowedError("only the user's managers, admins and auditors read his agenda")
