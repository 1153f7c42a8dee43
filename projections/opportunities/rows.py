"""The rows of the opportunity list (`opportunities`): what a row holds, how it is filtered and
ordered (its columns), and the table they make."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, ClassVar

from cronica.domain.opportunity_values import OpportunityStatus, amount_from_cents
from cronica.domain.priority import Priority
from cronica.projections.columns import column, computed, create_table
from cronica.projections.listing import Listing
from cronica.projections.scope import business

# Missing values sort first on both databases (by default SQLite puts NULLs first and
# PostgreSQL last), so a page's rows are the same whichever holds them.


@dataclass(frozen=True)
class OpportunityRow:
    """An opportunity; `amount_cents` is its expected amount in whole cents (None: not given),
    `open_actions` counts its commercial actions not done yet."""

    scoped_by: ClassVar = business("agent_id")

    id: str
    company_id: str
    unit_id: str
    number: Annotated[str, column(filter="text", order=True)]
    customer_id: Annotated[str, column(filter="id")]
    contact_id: str | None
    agent_id: Annotated[str | None, column(filter="id")]
    type: Annotated[str, column(filter="text")]
    subject: Annotated[str, column(filter="text")]
    notes: str
    source: Annotated[str | None, column(filter="text")]
    priority: Annotated[
        str,
        column(
            filter="enum",
            enum=Priority,
            order="priority_rank",
            order_kind=int,
            order_description="low < normal < high < urgent",
        ),
    ]
    status: Annotated[str, column(filter="enum", enum=OpportunityStatus, order=True)]
    amount_cents: Annotated[
        int | None,
        column(
            api_name="amount",
            order="COALESCE(amount_cents, -1)",
            order_description="No amount sorts before any amount.",
        ),
    ]
    expected_on: str | None
    next_contact_on: Annotated[
        str | None,
        column(
            filter="date",
            order="COALESCE(next_contact_on, '')",
            order_description="No next contact sorts before any day.",
        ),
    ]
    lost_reason: Annotated[str | None, column(filter="text")]
    what_to_improve: str | None
    invoice_number: str | None
    open_actions: int
    created_at: Annotated[str, column(filter="time", order=True)]
    closed_at: Annotated[
        str | None,
        column(
            filter="time",
            order="COALESCE(closed_at, '')",
            order_description="Still open sorts before any time closed.",
        ),
    ]
    updated_at: Annotated[str, column(order=True)]
    version: int

    computed_columns: ClassVar = (
        # The API speaks of amounts, the rows hold cents.
        computed(
            "amount",
            "amount_cents / 100.0",
            filter="float",
            description="The expected amount; opportunities without one never match.",
        ),
    )

    @property
    def expected_amount(self) -> Decimal | None:
        return None if self.amount_cents is None else amount_from_cents(self.amount_cents)


OPPORTUNITIES: Listing[OpportunityRow] = Listing.of(
    "opportunities", OpportunityRow, default_order=[("createdAt", True)]
)

OPPORTUNITIES_TABLE = create_table(
    "opportunities", OpportunityRow, extra_columns=("priority_rank INTEGER NOT NULL",)
)
