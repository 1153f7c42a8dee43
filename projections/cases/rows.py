"""The rows of the case list (`cases`): what a row holds, how it is filtered and ordered (its
columns), and the table they make."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, ClassVar

from cronica.domain.case import CaseStatus
from cronica.projections.columns import column, create_table
from cronica.projections.listing import Listing
from cronica.projections.scope import business


@dataclass(frozen=True)
class CaseRow:
    scoped_by: ClassVar = business("owner_id")

    id: str
    company_id: str
    unit_id: str
    number: Annotated[str, column(filter="text", order=True)]
    customer_id: Annotated[str, column(filter="id")]
    subject: Annotated[str, column(filter="text", order=True)]
    description: str
    owner_id: Annotated[str, column(filter="id")]
    status: Annotated[str, column(filter="enum", order=True, enum=CaseStatus)]
    outcome: str | None
    opened_at: Annotated[str, column(filter="time", order=True)]
    updated_at: Annotated[str, column(order=True)]
    version: int


CASES: Listing[CaseRow] = Listing.of("cases", CaseRow, default_order=[("openedAt", True)])

CASES_TABLE = create_table("cases", CaseRow)
