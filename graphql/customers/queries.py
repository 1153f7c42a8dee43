"""Query fields of the customer view: the customer list, one customer with its contacts,
addresses, valuations, representative and latest incidents in one query, and the contact list
(where contacts met without a customer are found, to attach them to one)."""

from typing import Annotated

import strawberry

from cronica.graphql.arguments import AtLeastPosition
from cronica.graphql.connection import Connection
from cronica.graphql.context import Info
from cronica.graphql.customers.filters import (
    ContactFilter,
    ContactOrder,
    CustomerFilter,
    CustomerOrder,
)
from cronica.graphql.customers.parts import Contact
from cronica.graphql.customers.types import Customer, customer_by_id
from cronica.graphql.paging import PageRequest, paged_listing
from cronica.projections.customers.parts import CONTACT_LIST
from cronica.projections.customers.rows import CUSTOMERS


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
        order = [key.to_key() for key in order_by or []]  # none: by name
        return await paged_listing(info, CUSTOMERS, where, order, request, Customer.from_row)

    @strawberry.field(description="One customer of the company; null if there is none.")
    async def customer(
        self, info: Info, id: strawberry.ID, at_least_position: AtLeastPosition = None
    ) -> Customer | None:
        await info.context.read_after(at_least_position)
        return await customer_by_id(info, id)

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
        return await paged_listing(info, CONTACT_LIST, where, order, request, Contact.from_row)
