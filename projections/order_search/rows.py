"""What the order search finds: an `OrderHit` is a document's fields that a search filters on
(declared as columns, so the filter fields and the indexes come from one place), and how well the
document matched the text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, ClassVar

from cronica.projections.columns import column, columns_of
from cronica.projections.scope import business

REPAIR_ORDER, INCIDENT = "repair_order", "incident"
"""The kinds of document: what `kind` holds."""

# Kind and status have a few values each: an index on them would not narrow a company's orders.
_FEW_VALUES = column(filter="text", indexed=False)


@dataclass(frozen=True)
class OrderHit:
    """An order found, with the fields it was filtered by and how well it matched the text.
    The search's table also holds the unit that owns the order and its technician, whom the
    caller's scope reads."""

    scoped_by: ClassVar = business("technician_id")

    kind: Annotated[str, _FEW_VALUES]
    id: str
    number: str
    status: Annotated[str, _FEW_VALUES]
    customer_id: Annotated[str, column(filter="id")]
    contact_id: Annotated[str | None, column(filter="id")]
    project_id: Annotated[str | None, column(filter="id")]
    created_at: Annotated[str, column(filter="time")]
    finished_at: Annotated[str | None, column(filter="time")]
    rank: float


SEARCH_FIELDS = {c.api_name: f"s.{c.name}" for c in columns_of(OrderHit) if c.filter}
"""The filter fields of a search (`OrderSearch.conditions`), over `order_search s`."""

INDEXES = tuple(
    f"CREATE INDEX IF NOT EXISTS order_search_{c.name} ON order_search (company_id, {c.name})"
    for c in columns_of(OrderHit)
    if c.filter and c.indexed
)
