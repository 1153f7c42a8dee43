"""Query fields over opportunities: the list, one opportunity, and the sales pipeline."""

from datetime import UTC, datetime
from typing import Annotated, cast

import strawberry

from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.connection import Connection
from cronica.graphql.context import Info
from cronica.graphql.opportunities.filters import OpportunityFilter, OpportunityOrder
from cronica.graphql.opportunities.pipeline import PipelineGroup, PipelineGroupBy
from cronica.graphql.opportunities.types import Opportunity
from cronica.graphql.paging import PageRequest, paged_listing
from cronica.projections.opportunities.queries import GroupBy, opportunity_pipeline
from cronica.projections.opportunities.rows import OPPORTUNITIES

FilterArgument = Annotated[OpportunityFilter | None, strawberry.argument(name="filter")]


@strawberry.type
class OpportunityQueries:
    @strawberry.field(description="The company's opportunities, a page at a time (20 by default).")
    async def opportunities(
        self,
        info: Info,
        filter_: FilterArgument = None,
        order_by: list[OpportunityOrder] | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        at_least_position: AtLeastPosition = None,
    ) -> Connection[Opportunity]:
        context = info.context
        await context.read_after(at_least_position)
        request = PageRequest.parse(first, after, last, before)
        where = filter_.to_filter() if filter_ else None
        order = [key.to_key() for key in order_by or []]  # none: the listing's own
        return await paged_listing(info, OPPORTUNITIES, where, order, request, Opportunity.from_row)

    @strawberry.field(description="One opportunity of the company; null if there is none.")
    async def opportunity(
        self, info: Info, id: strawberry.ID, at_least_position: AtLeastPosition = None
    ) -> Opportunity | None:
        await info.context.read_after(at_least_position)
        row = await info.context.loaders.opportunities.load(id)
        return Opportunity.from_row(row) if row else None

    @strawberry.field(
        description="The company's opportunities (those matching the filter, created from "
        "`createdFrom` and before `createdBefore` when given) grouped by status, agent, type "
        "or source: groups without an agent or source first, then by key."
    )
    async def opportunity_pipeline(
        self,
        info: Info,
        group_by: PipelineGroupBy,
        filter_: FilterArgument = None,
        created_from: datetime | None = None,
        created_before: datetime | None = None,
        at_least_position: AtLeastPosition = None,
    ) -> list[PipelineGroup]:
        context = info.context
        await context.read_after(at_least_position)
        groups = await context.api.run(
            opportunity_pipeline,
            context.viewer.company_id,
            cast(GroupBy, group_by.value),
            filter_.to_filter() if filter_ else None,
            _aware(created_from),
            _aware(created_before),
        )
        return [PipelineGroup.from_row(group, group_by) for group in groups]


def _aware(moment: datetime | None) -> datetime | None:
    """A time without an offset is taken as UTC, as the filters take it."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)
