"""Query fields of the customer view: the customer list, one customer with its contacts,
addresses, valuations, representative and latest incidents in one query, and the contact list
(where contacts met without a customer are found, to attach them to one)."""

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
from cronica.graphql.listing_fields import listing_connection
from cronica.graphql.read_rules import listing_rule
from cronica.projections.customers.parts import CONTACT_LIST
from cronica.projections.customers.rows import CUSTOMERS


@strawberry.type
class CustomerQueries:
    customers: Connection[Customer] = listing_connection(
        CUSTOMERS,
        CustomerFilter,
        CustomerOrder,
        Customer,
        description="The company's customers, a page at a time (20 by default).",
    )

    @strawberry.field(
        extensions=listing_rule(CUSTOMERS),
        description="One customer of the company; null if there is none.",
    )
    async def customer(
        self, info: Info, id: strawberry.ID, at_least_position: AtLeastPosition = None
    ) -> Customer | None:
        await info.context.read_after(at_least_position)
        return await customer_by_id(info, id)

    contacts: Connection[Contact] = listing_connection(
        CONTACT_LIST,
        ContactFilter,
        ContactOrder,
        Contact,
        description="The company's contacts, by name (20 a page by default).",
    )
