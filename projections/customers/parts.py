"""The parts of the customer view kept in tables of their own: contacts (with those met without a
customer, whose `customer_id` is null until they are attached to one), addresses and valuations.

They belong to the customer directory projection (`projection`), which writes them from
the customer's and the contact's events (`part_events`); here are their rows, tables, and
the reads that fetch the parts of a whole page of customers in one query.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Annotated, ClassVar, Generic, TypeVar

from cronica.projections.columns import column, create_table
from cronica.projections.listing import Listing
from cronica.projections.rows import fetch_grouped
from cronica.projections.scope import Scope, business
from cronica.projections.store import ReadStore

T = TypeVar("T")


@dataclass(frozen=True)
class ContactRow:
    """A person at a customer, or met without one (`customer_id` null)."""

    scoped_by: ClassVar = business()

    id: str
    company_id: str
    unit_id: str
    customer_id: Annotated[
        str | None,
        column(filter="id", description="{isNull: true}: the contacts of no customer yet."),
    ]
    name: Annotated[str, column(filter="text", order=True)]
    position: str | None
    phone: str | None
    email: str | None
    created_at: Annotated[str, column(filter="time", order=True)]
    updated_at: str


@dataclass(frozen=True)
class AddressRow:
    scoped_by: ClassVar = business()

    id: str
    company_id: str
    unit_id: str
    customer_id: str
    kind: str
    street: str
    city: str
    postal_code: str | None
    province: str | None
    country: str
    label: str | None
    added_at: str
    updated_at: str


@dataclass(frozen=True)
class ValuationRow:
    """A scored valuation, 0 (worst) to 100 (best)."""

    scoped_by: ClassVar = business()

    id: str
    company_id: str
    unit_id: str
    customer_id: str
    kind: str
    score: int
    note: str | None
    recorded_at: str
    updated_at: str


@dataclass(frozen=True)
class PartTable(Generic[T]):
    """One table of parts: its rows, and the order a customer's parts are shown in."""

    table: str
    row_type: type[T]
    order: str

    @property
    def columns(self) -> list[str]:
        return [f.name for f in fields(self.row_type)]  # type: ignore[arg-type]

    def of(self, store: ReadStore, scope: Scope, customer_ids: Sequence[str]) -> dict[str, list[T]]:
        """The parts the caller reads of each of these customers, in one query; a customer
        without any (or unknown) has an empty list."""
        return fetch_grouped(
            store,
            self.table,
            self.columns,
            scope.of(self.row_type),
            "customer_id",
            customer_ids,
            self.order,
            self.row_type,
        )


CONTACTS = PartTable("customer_contacts", ContactRow, "name")

CONTACT_LIST: Listing[ContactRow] = Listing.of(
    CONTACTS.table, ContactRow, default_order=[("name", False)]
)
"""Every contact of the company, those of no customer (customerId isNull) among them."""
ADDRESSES = PartTable("customer_addresses", AddressRow, "kind, added_at")
VALUATIONS = PartTable("customer_valuations", ValuationRow, "kind, recorded_at")

PARTS_DDL = (
    create_table(CONTACTS.table, ContactRow),
    *CONTACT_LIST.indexes(),
    *(
        statement
        for part in (ADDRESSES, VALUATIONS)
        for statement in (
            create_table(part.table, part.row_type),
            f"CREATE INDEX IF NOT EXISTS {part.table}_customer"
            f" ON {part.table} (company_id, customer_id)",
        )
    ),
)
PARTS_TABLES = (CONTACTS.table, ADDRESSES.table, VALUATIONS.table)
