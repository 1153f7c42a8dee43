"""The order search: repair orders and incidents by their fields and free text, ranked."""

from datetime import datetime

import strawberry

from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.connection import Connection
from cronica.graphql.context import Info
from cronica.graphql.order_search.types import OrderHit, OrderKind, OrderStatus
from cronica.graphql.paging import PageRequest, paged
from cronica.graphql.read_rules import rows_rule
from cronica.projections.order_search.queries import OrderSearch, search_orders
from cronica.projections.order_search.rows import OrderHit as OrderHitRow
from cronica.projections.paging import Page, Window


@strawberry.type
class OrderSearchQueries:
    @strawberry.field(
        extensions=rows_rule(OrderHitRow),
        description="The company's repair orders and incidents matching every argument given, "
        "best match of the text first (then newest). The text is searched in the fault, "
        'subject and description, work and follow-up notes and resolutions: "quoted words" '
        "go together, `or` accepts either side, a leading - leaves a word out; case and "
        "accents do not matter. Time bounds are inclusive.",
    )
    async def search_orders(
        self,
        info: Info,
        text: str | None = None,
        kinds: list[OrderKind] | None = None,
        status: list[OrderStatus] | None = None,
        user_id: strawberry.ID | None = None,
        customer_id: strawberry.ID | None = None,
        contact_id: strawberry.ID | None = None,
        project_id: strawberry.ID | None = None,
        created_from: datetime | None = None,
        created_to: datetime | None = None,
        finished_from: datetime | None = None,
        finished_to: datetime | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        at_least_position: AtLeastPosition = None,
    ) -> Connection[OrderHit]:
        context = info.context
        await context.read_after(at_least_position)
        request = PageRequest.parse(first, after, last, before)
        search = OrderSearch(
            text=text,
            kinds=[kind.value for kind in kinds] if kinds is not None else None,
            statuses=[one.value for one in status] if status is not None else None,
            user_id=user_id,
            customer_id=customer_id,
            contact_id=contact_id,
            project_id=project_id,
            created_from=created_from,
            created_to=created_to,
            finished_from=finished_from,
            finished_to=finished_to,
        )

        async def query(window: Window) -> Page[OrderHitRow]:
            scope = context.viewer.scope
            return await context.api.run(search_orders, scope, search, window)

        return await paged(request, query, OrderHit.from_row)
