"""The rows of the repair order list (`repair_orders`): what a row holds, and how it is filtered
and ordered.

`finished_at` is when the service was finished: the end of the work registered as finishing it.
It stays while the article is delivered, verified and closed (each has its own moment or status)
and is cleared when the order is reopened, until work finishes it again. `delivered_at` is the
latest delivery, which stays on record as the domain keeps it. Priority is filtered by its name
but ordered by `priority_rank` (low < normal < high < urgent).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, ClassVar

from cronica.domain.incident import Priority
from cronica.domain.repair_order_values import RepairOrderStatus
from cronica.projections.columns import column, create_table
from cronica.projections.listing import Listing
from cronica.projections.rows import PRIORITY_ORDER
from cronica.projections.scope import business


@dataclass(frozen=True)
class RepairOrderRow:
    """A repair order; `accessories` is a JSON list of text, `rating` the latest verification's."""

    scoped_by: ClassVar = business("technician_id")

    id: str
    company_id: str
    unit_id: str
    number: Annotated[str, column(filter="text", order=True)]
    customer_id: Annotated[str, column(filter="id")]
    contact_id: Annotated[str | None, column(filter="id")]
    project_id: Annotated[str | None, column(filter="id")]
    received_by: Annotated[str, column(filter="id")]
    technician_id: Annotated[str | None, column(filter="id")]
    scheduled_starts_at: Annotated[str | None, column(filter="time", order=True)]
    scheduled_ends_at: str | None
    status: Annotated[str, column(filter="enum", order=True, enum=RepairOrderStatus)]
    fault_description: Annotated[str, column(filter="text")]
    accessories: str
    in_warranty: Annotated[bool, column(filter="bool", sql_type="BOOLEAN")]
    warranty_reference: str | None
    priority: Annotated[str, column(filter="enum", enum=Priority)]
    minutes_worked: int
    materials_count: int
    rating: Annotated[int | None, column(filter="int")]
    received_at: Annotated[str, column(filter="time", order=True)]
    finished_at: Annotated[str | None, column(filter="time", order=True)]
    delivered_at: Annotated[str | None, column(filter="time")]
    updated_at: Annotated[str, column(order=True)]
    version: int
    priority_rank: Annotated[int, PRIORITY_ORDER]

    def __post_init__(self) -> None:
        # SQLite answers a BOOLEAN column with 0 or 1.
        object.__setattr__(self, "in_warranty", bool(self.in_warranty))


REPAIR_ORDERS: Listing[RepairOrderRow] = Listing.of(
    "repair_orders", RepairOrderRow, default_order=[("receivedAt", True)]
)
"""Newest received first when a client asks for no order."""

REPAIR_ORDERS_TABLE = create_table("repair_orders", RepairOrderRow)
