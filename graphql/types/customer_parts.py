"""The parts of a customer: its contacts (and contacts met without a customer), addresses and
scored valuations."""

from datetime import datetime
from enum import Enum

import strawberry

from cronica.projections.customer_parts import AddressRow, ContactRow, ValuationRow


@strawberry.enum
class AddressKind(Enum):
    BILLING = "billing"
    DELIVERY = "delivery"
    VISIT = "visit"
    OTHER = "other"


@strawberry.enum
class ValuationKind(Enum):
    ECONOMIC = "economic"
    COMMERCIAL = "commercial"
    STRATEGIC = "strategic"
    OTHER = "other"


@strawberry.type(description="A person at a customer, or met without one yet.")
class Contact:
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
        return cls(
            id=strawberry.ID(row.id),
            customer_id=strawberry.ID(row.customer_id) if row.customer_id else None,
            name=row.name,
            position=row.position,
            phone=row.phone,
            email=row.email,
            created_at=datetime.fromisoformat(row.created_at),
            updated_at=datetime.fromisoformat(row.updated_at),
        )


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
        return cls(
            id=strawberry.ID(row.id),
            kind=AddressKind(row.kind),
            label=row.label,
            street=row.street,
            city=row.city,
            postal_code=row.postal_code,
            province=row.province,
            country=row.country,
            added_at=datetime.fromisoformat(row.added_at),
            updated_at=datetime.fromisoformat(row.updated_at),
        )


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
        return cls(
            id=strawberry.ID(row.id),
            kind=ValuationKind(row.kind),
            score=row.score,
            note=row.note,
            recorded_at=datetime.fromisoformat(row.recorded_at),
            updated_at=datetime.fromisoformat(row.updated_at),
        )
