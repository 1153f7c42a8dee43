"""Query fields over the repair order list."""

from typing import Annotated

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.paging import PageRequest, paged_listing
from cronica.graphql.queries.arguments import AtLeastPosition
from cronica.graphql.repair_orders.filters import RepairOrderFilter, RepairOrderOrder
from cronica.graphql.repair_orders.types import RepairOrder
from cronica.graphql.types.connection import Connection
from cronica.projections.repair_orders.rows import REPAIR_ORDERS


@strawberry.type
class RepairOrderQueries:
    @strawberry.field(description="The company's repair orders, a page at a time (20 by default).")
    async def repair_orders(
        self,
        info: Info,
        filter_: Annotated[RepairOrderFilter | None, strawberry.argument(name="filter")] = None,
        order_by: list[RepairOrderOrder] | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        at_least_position: AtLeastPosition = None,
    ) -> Connection[RepairOrder]:
        context = info.context
        await context.read_after(at_least_position)
        request = PageRequest.parse(first, after, last, before)
        where = filter_.to_filter() if filter_ else None
        order = [key.to_key() for key in order_by or []]
        return await paged_listing(info, REPAIR_ORDERS, where, order, request, RepairOrder.from_row)

    @strawberry.field(description="One repair order of the company; null if there is none.")
    async def repair_order(
        self, info: Info, id: strawberry.ID, at_least_position: AtLeastPosition = None
    ) -> RepairOrder | None:
        await info.context.read_after(at_least_position)
        row = await info.context.loaders.repair_orders.load(id)
        return RepairOrder.from_row(row) if row else None
