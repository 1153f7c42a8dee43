"""The rows of the incident list (`incidents`): what a row holds, and how it is filtered and
ordered.

Priority is filtered by its name (`priority`) but ordered by `priority_rank`, which the API also
calls `priority`: low < normal < high < urgent, not alphabetical.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, ClassVar

from cronica.domain.incident import IncidentStatus, Priority
from cronica.projections.columns import column, create_table
from cronica.projections.listing import Listing
from cronica.projections.rows import PRIORITY_ORDER
from cronica.projections.scope import business


@dataclass(frozen=True)
class IncidentRow:
    """An incident; `contact_*` are copied from the customer's contact when it was opened,
    `article_*`, `warranty_ends_on` and `invoice_*` describe the article concerned, if any."""

    scoped_by: ClassVar = business("assignee_id")

    id: str
    company_id: str
    unit_id: str
    number: Annotated[str, column(filter="text", order=True)]
    customer_id: Annotated[str, column(filter="id")]
    contact_id: str | None
    contact_name: str | None
    contact_phone: str | None
    contact_email: str | None
    subject: Annotated[str, column(filter="text")]
    description: str
    priority: Annotated[str, column(filter="enum", enum=Priority)]
    type: Annotated[str, column(filter="text")]
    status: Annotated[str, column(filter="enum", order=True, enum=IncidentStatus)]
    assignee_id: Annotated[str | None, column(filter="id")]
    article_reference: str | None
    article_serial_number: str | None
    warranty_ends_on: str | None
    invoice_number: str | None
    invoice_date: str | None
    resolution: str | None
    minutes_worked: int
    opened_at: Annotated[str, column(filter="time", order=True)]
    closed_at: Annotated[str | None, column(filter="time")]
    updated_at: Annotated[str, column(order=True)]
    version: int
    priority_rank: Annotated[int, PRIORITY_ORDER]


INCIDENTS: Listing[IncidentRow] = Listing.of(
    "incidents", IncidentRow, default_order=[("openedAt", True)]
)
"""Newest opened first when a client asks for no order."""

INCIDENTS_TABLE = create_table("incidents", IncidentRow)
