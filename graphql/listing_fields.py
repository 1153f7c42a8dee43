"""Root query fields over a read model's `Listing`, the same for every record type listed that
way: a page of the company's rows as a connection (filtered and ordered by the inputs derived from
the listing's columns, in the listing's default order when none is asked for), and one row by id.

    @strawberry.type
    class IncidentQueries:
        incidents: Connection[Incident] = listing_connection(
            INCIDENTS, IncidentFilter, IncidentOrder, Incident, description="..."
        )
        incident: Incident | None = record_by_id("incidents", Incident, INCIDENTS, what="...")
"""

from typing import Annotated, Any

import strawberry

from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.connection import Connection
from cronica.graphql.context import Info
from cronica.graphql.list_inputs import RowFilter, RowOrder
from cronica.graphql.paging import PageRequest, paged_listing
from cronica.graphql.read_rules import listing_rule
from cronica.projections.listing import Listing


def listing_connection(
    listing: Listing[Any],
    filter_input: type[RowFilter],
    order_input: type[RowOrder],
    node: Any,
    *,
    description: str,
) -> Any:
    """A connection field over the listing's rows, each shown as `node.from_row(row)`."""

    async def resolve(
        info: Info,
        filter_: RowFilter | None = None,
        order_by: list[RowOrder] | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        at_least_position: AtLeastPosition = None,
    ) -> Any:
        await info.context.read_after(at_least_position)
        request = PageRequest.parse(first, after, last, before)
        where = filter_.to_filter() if filter_ else None
        order = [key.to_key() for key in order_by or []]
        return await paged_listing(info, listing, where, order, request, node.from_row)

    # The GraphQL types of the filter, the order and the nodes are the listing's own.
    resolve.__annotations__ |= {
        "filter_": Annotated[filter_input | None, strawberry.argument(name="filter")],
        "order_by": list[order_input] | None,  # type: ignore[valid-type]
        "return": Connection[node],
    }
    return strawberry.field(
        resolver=resolve, description=description, extensions=listing_rule(listing)
    )


def record_by_id(loader: str, node: Any, listing: Listing[Any], *, what: str) -> Any:
    """A field answering the company's `what` with the id given (through the batch loader named
    `loader`, which reads the rows of `listing`), or null if there is none or the viewer may not
    see it."""

    async def resolve(
        info: Info, id: strawberry.ID, at_least_position: AtLeastPosition = None
    ) -> Any:
        await info.context.read_after(at_least_position)
        row = await getattr(info.context.loaders, loader).load(id)
        return node.from_row(row) if row else None

    resolve.__annotations__["return"] = node | None
    return strawberry.field(
        resolver=resolve,
        description=f"One {what} of the company; null if there is none (or you may not see it).",
        extensions=listing_rule(listing),
    )
