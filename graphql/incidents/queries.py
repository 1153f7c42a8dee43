"""Query fields over the incident list."""

from typing import Annotated

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.incidents.filters import IncidentFilter, IncidentOrder
from cronica.graphql.incidents.types import Incident
from cronica.graphql.paging import PageRequest, paged_listing
from cronica.graphql.queries.arguments import AtLeastPosition
from cronica.graphql.types.connection import Connection
from cronica.projections.incidents.rows import INCIDENTS


@strawberry.type
class IncidentQueries:
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
        where = filter_.to_filter() if filter_ else None
        order = [key.to_key() for key in order_by or []]
        return await paged_listing(info, INCIDENTS, where, order, request, Incident.from_row)

    @strawberry.field(description="One incident of the company; null if there is none.")
    async def incident(
        self, info: Info, id: strawberry.ID, at_least_position: AtLeastPosition = None
    ) -> Incident | None:
        await info.context.read_after(at_least_position)
        row = await info.context.loaders.incidents.load(id)
        return Incident.from_row(row) if row else None
