"""Query fields over the notice list."""

from typing import Annotated

import strawberry

from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.connection import Connection
from cronica.graphql.context import Info
from cronica.graphql.notices.filters import NoticeFilter, NoticeOrder
from cronica.graphql.notices.types import Notice
from cronica.graphql.paging import PageRequest, paged_listing
from cronica.projections.notices.rows import NOTICES


@strawberry.type
class NoticeQueries:
    @strawberry.field(
        description="The company's notices, newest taken first unless ordered otherwise, a page "
        "at a time (20 by default); unresolved ones stand out (`standsOut`)."
    )
    async def notices(
        self,
        info: Info,
        filter_: Annotated[NoticeFilter | None, strawberry.argument(name="filter")] = None,
        order_by: list[NoticeOrder] | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        at_least_position: AtLeastPosition = None,
    ) -> Connection[Notice]:
        context = info.context
        await context.read_after(at_least_position)
        request = PageRequest.parse(first, after, last, before)
        where = filter_.to_filter() if filter_ else None
        order = [key.to_key() for key in order_by or []]  # none: the listing's own
        return await paged_listing(info, NOTICES, where, order, request, Notice.from_row)

    @strawberry.field(description="One notice of the company; null if there is none.")
    async def notice(
        self, info: Info, id: strawberry.ID, at_least_position: AtLeastPosition = None
    ) -> Notice | None:
        await info.context.read_after(at_least_position)
        row = await info.context.loaders.notices.load(id)
        return Notice.from_row(row) if row else None
