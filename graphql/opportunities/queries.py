"""Query fields over opportunities: the list, one opportunity, and the sales pipeline."""

from datetime import UTC, datetime
from typing import Annotated, cast

import strawberry

from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.connection import Connection
from cronica.graphql.context import Info
from cronica.graphql.listing_fields import listing_connection, record_by_id
from cronica.graphql.opportunities.filters import OpportunityFilter, OpportunityOrder
from cronica.graphql.opportunities.pipeline import PipelineGroup, PipelineGroupBy
from cronica.graphql.opportunities.types import Opportunity
from cronica.graphql.read_rules import listing_rule
from cronica.projections.opportunities.queries import GroupBy, opportunity_pipeline
from cronica.projections.opportunities.rows import OPPORTUNITIES

FilterArgument = Annotated[OpportunityFilter | None, strawberry.argument(name="filter")]


@strawberry.type
class OpportunityQueries:
    opportunities: Connection[Opportunity] = listing_connection(
        OPPORTUNITIES,
        OpportunityFilter,
        OpportunityOrder,
        Opportunity,
        description="The company's opportunities, a page at a time (20 by default).",
    )
    opportunity: Opportunity | None = record_by_id(
        "opportunities", Opportunity, OPPORTUNITIES, what="opportunity"
    )

    @strawberry.field(
        extensions=listing_rule(OPPORTUNITIES),
        description="The company's opportunities (those matching the filter, created from "
        "`createdFrom` and before `createdBefore` when given) grouped by status, agent, type "
        "or source: groups without an agent or source first, then by key.",
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
            context.viewer.scope,
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
