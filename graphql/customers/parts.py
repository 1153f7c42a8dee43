"""The parts of a customer: its contacts (and contacts met without a customer), addresses and
scored valuations."""

from datetime import datetime

import strawberry

from cronica.domain.customer_values import AddressKind, ValuationKind
from cronica.graphql.node.types import Node
from cronica.graphql.row_objects import object_from_row
from cronica.projections.customers.parts import AddressRow, ContactRow, ValuationRow

strawberry.enum(AddressKind)
strawberry.enum(ValuationKind)


@strawberry.type(description="A person at a customer, or met without one yet.")
class Contact(Node):
    id: strawberry.ID
    customer_id: strawberry.ID | None = strawberry.field(
        description="Null until the contact is attached to a customer."
    )
    name: str
    position: str | None = strawberry.field(description="The person's position (cargo).")
    phone: str | None
    email: str | None
    created_at: datetime = strawberry.field(description="When the person was first recorded.")
    updated_at: datetime

    @classmethod
    def from_row(cls, row: ContactRow) -> "Contact":
        return object_from_row(cls, row)


@strawberry.type(description="One of the customer's addresses.")
class CustomerAddress:
    id: strawberry.ID
    kind: AddressKind
    label: str | None
    street: str
    city: str
    postal_code: str | None
    province: str | None
    country: str = strawberry.field(description="ISO 3166 two-letter code: ES.")
    added_at: datetime
    updated_at: datetime

    @classmethod
    def from_row(cls, row: AddressRow) -> "CustomerAddress":
        return object_from_row(cls, row)


@strawberry.type(description="A commercial valuation of the customer.")
class CustomerValuation:
    id: strawberry.ID
    kind: ValuationKind
    score: int = strawberry.field(description="From 0 (worst) to 100 (best).")
    note: str | None
    recorded_at: datetime
    updated_at: datetime

    @classmethod
    def from_row(cls, row: ValuationRow) -> "CustomerValuation":
        return object_from_row(cls, row)
