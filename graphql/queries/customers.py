"""Query fields of the customer view: the customer list, one customer with its contacts,
addresses, valuations, representative and latest incidents in one query, and the contact list
(where contacts met without a customer are found, to attach them to one)."""

from collections.abc import Callable
from typing import Annotated, TypeVar

import strawberry

from cronica.graphql.context import Info
from cronica.graphql.paging import PageRequest, paged
from cronica.graphql.queries.arguments import AtLeastPosition
from cronica.graphql.types.connection import Connection
from cronica.graphql.types.contact_filter import ContactFilter, ContactOrder
from cronica.graphql.types.customer import Customer
from cronica.graphql.types.customer_filter import CustomerFilter
from cronica.graphql.types.customer_order import BY_NAME, CustomerOrder
from cronica.graphql.types.customer_parts import Contact
from cronica.projections.customer_directory import CUSTOMERS
from cronica.projections.customer_parts import CONTACT_LIST
from cronica.projections.filtering import Filter
from cronica.projections.listing import Listing, OrderBy
from cronica.projections.paging import Page

Row = TypeVar("Row")
Node = TypeVar("Node")


async def _listed(
    info: Info,
    listing: Listing[Row],
    where: Filter | None,
    order: OrderBy,
    request: PageRequest,
    to_node: Callable[[Row], Node],
) -> Connection[Node]:
    """The page the request asks for of the viewer's company's rows of the listing."""
    context = info.context

    async def query(offset: int, limit: int) -> Page[Row]:
        company_id = context.viewer.company_id
        return await context.api.run(listing.page, company_id, where, order, offset, limit)

    return await paged(request, query, to_node)


@strawberry.type
class CustomerQueries:
    @strawberry.field(description="The company's customers, a page at a time (20 by default).")
    async def customers(
        self,
        info: Info,
        filter_: Annotated[CustomerFilter | None, strawberry.argument(name="filter")] = None,
        order_by: list[CustomerOrder] | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        at_least_position: AtLeastPosition = None,
    ) -> Connection[Customer]:
        await info.context.read_after(at_least_position)
        request = PageRequest.parse(first, after, last, before)
        where = filter_.to_filter() if filter_ else None
        order = [key.to_key() for key in order_by or BY_NAME]
        return await _listed(info, CUSTOMERS, where, order, request, Customer.from_row)

    @strawberry.field(description="One customer of the company; null if there is none.")
    async def customer(
        self, info: Info, id: strawberry.ID, at_least_position: AtLeastPosition = None
    ) -> Customer | None:
        await info.context.read_after(at_least_position)
        row = await info.context.loaders.customers.load(id)
        return Customer.from_row(row) if row else None

    @strawberry.field(description="The company's contacts, by name (20 a page by default).")
    async def contacts(
        self,
        info: Info,
        filter_: Annotated[ContactFilter | None, strawberry.argument(name="filter")] = None,
        order_by: list[ContactOrder] | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
        at_least_position: AtLeastPosition = None,
    ) -> Connection[Contact]:
        await info.context.read_after(at_least_position)
        request = PageRequest.parse(first, after, last, before)
        where = filter_.to_filter() if filter_ else None
        order = [key.to_key() for key in order_by or []]
        return await _listed(info, CONTACT_LIST, where, order, request, Contact.from_row)
