"""The Customer type: a prospect or customer of the company."""

import strawberry

from cronica.projections.customer_directory import CustomerRow


@strawberry.type(description="A prospect or customer (account) of the company.")
class Customer:
    id: strawberry.ID
    number: str = strawberry.field(description="Consecutive within the company: C-000042.")
    name: str
    kind: str = strawberry.field(description="prospect or customer.")
    tax_id: str | None = strawberry.field(description="Spanish NIF, CIF or NIE.")

    @classmethod
    def from_row(cls, row: CustomerRow) -> "Customer":
        return cls(
            id=strawberry.ID(row.id),
            number=row.number,
            name=row.name,
            kind=row.kind,
            tax_id=row.tax_id,
        )
