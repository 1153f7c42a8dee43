"""The rows of the customer list (`customers`): what a row holds, and how it is filtered and
ordered.

Classification criteria, custom fields, the visit plan and the linked customers are JSON text
(keys sorted), shown as they are; the columns a list filters or orders on are plain ones. Names
sort by `sort_name`, their lower case, so that "de la Torre" is among the Ds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, ClassVar

from cronica.domain.customer_values import CustomerKind
from cronica.projections.columns import column, create_table
from cronica.projections.listing import Listing
from cronica.projections.scope import business


@dataclass(frozen=True)
class CustomerRow:
    """A prospect or customer; `kind` is its CustomerKind's value."""

    scoped_by: ClassVar = business("representative_id")

    id: str
    company_id: str
    unit_id: str
    number: Annotated[str, column(filter="text", order=True)]
    kind: Annotated[str, column(filter="enum", enum=CustomerKind)]
    name: Annotated[
        str,
        column(
            filter="text",
            order="sort_name",
            description="The commercial name.",
            order_description="Ignoring case.",
        ),
    ]
    tax_id: Annotated[str | None, column(filter="text")]
    created_at: Annotated[str, column(filter="time", order=True)]
    legal_name: str | None
    sic_code: str | None
    cnae_code: str | None
    active: Annotated[bool, column(filter="bool", sql_type="BOOLEAN")]
    blocked: Annotated[bool, column(filter="bool", sql_type="BOOLEAN")]
    blocked_reason: str | None
    no_mailing: Annotated[bool, column(sql_type="BOOLEAN")]
    segment: Annotated[str | None, column(filter="text")]
    criteria: str
    zone: Annotated[str | None, column(filter="text")]
    sub_zone: str | None
    route: str | None
    representative_id: Annotated[str | None, column(filter="id")]
    notes: str
    particularities: str
    custom_fields: str
    visit_plan: str | None
    linked_customer_ids: str
    converted_at: str | None
    updated_at: Annotated[str, column(order=True)]
    version: int

    def __post_init__(self) -> None:
        # SQLite answers a BOOLEAN column with 0 or 1.
        for flag in ("active", "blocked", "no_mailing"):
            object.__setattr__(self, flag, bool(getattr(self, flag)))


CUSTOMERS: Listing[CustomerRow] = Listing.of(
    "customers", CustomerRow, default_order=[("name", False)]
)

CUSTOMERS_TABLE = create_table("customers", CustomerRow, extra_columns=("sort_name TEXT NOT NULL",))
