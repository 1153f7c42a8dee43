"""The repair order list: one row per repair order, filtered, ordered and paged by the GraphQL API.

`finished_at` is when the service was finished: the end of the work registered as finishing it.
It stays while the article is delivered, verified and closed (each has its own moment or status)
and is cleared when the order is reopened, until work finishes it again. `delivered_at` is the
latest delivery, which stays on record as the domain keeps it.
"""

from __future__ import annotations

import json
from dataclasses import astuple, dataclass, fields
from typing import Any

from cronica.domain.repair_order import RepairOrder
from cronica.domain.repair_order_values import Reception
from cronica.domain.repair_order_values import RepairOrderStatus as Status
from cronica.projections.listing import Listing
from cronica.projections.projection import Projection
from cronica.projections.rows import PRIORITY_RANK, minutes_between, update_stamped, utc_text
from cronica.projections.store import Cursor


@dataclass(frozen=True)
class RepairOrderRow:
    id: str
    company_id: str
    number: str
    customer_id: str
    contact_id: str | None
    project_id: str | None
    received_by: str
    technician_id: str | None
    scheduled_starts_at: str | None
    scheduled_ends_at: str | None
    status: str
    fault_description: str
    accessories: str  # a JSON list of text
    in_warranty: bool
    warranty_reference: str | None
    priority: str
    minutes_worked: int
    materials_count: int
    rating: int | None
    received_at: str
    finished_at: str | None
    delivered_at: str | None
    updated_at: str
    version: int

    def __post_init__(self) -> None:
        # SQLite answers a BOOLEAN column with 0 or 1.
        object.__setattr__(self, "in_warranty", bool(self.in_warranty))


_COLUMNS = [f.name for f in fields(RepairOrderRow)]

REPAIR_ORDERS: Listing[RepairOrderRow] = Listing(
    table="repair_orders",
    row_type=RepairOrderRow,
    filter_fields={
        "status": "status",
        "priority": "priority",
        "customerId": "customer_id",
        "contactId": "contact_id",
        "projectId": "project_id",
        "receivedBy": "received_by",
        "technicianId": "technician_id",
        "receivedAt": "received_at",
        "scheduledStartsAt": "scheduled_starts_at",
        "finishedAt": "finished_at",
        "deliveredAt": "delivered_at",
        "number": "number",
        "faultDescription": "fault_description",
        "inWarranty": "in_warranty",
        "rating": "rating",
    },
    order_fields={
        "receivedAt": "received_at",
        "updatedAt": "updated_at",
        "scheduledStartsAt": "scheduled_starts_at",
        "finishedAt": "finished_at",
        "number": "number",
        "priority": "priority_rank",  # low < normal < high < urgent, not alphabetical
        "status": "status",
    },
    default_order=[("receivedAt", True)],
)

_DDL = (
    "CREATE TABLE IF NOT EXISTS repair_orders ("
    " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, number TEXT NOT NULL,"
    " customer_id TEXT NOT NULL, contact_id TEXT, project_id TEXT, received_by TEXT NOT NULL,"
    " technician_id TEXT, scheduled_starts_at TEXT, scheduled_ends_at TEXT,"
    " status TEXT NOT NULL, fault_description TEXT NOT NULL, accessories TEXT NOT NULL,"
    " in_warranty BOOLEAN NOT NULL, warranty_reference TEXT, priority TEXT NOT NULL,"
    " minutes_worked INTEGER NOT NULL, materials_count INTEGER NOT NULL, rating INTEGER,"
    " received_at TEXT NOT NULL, finished_at TEXT, delivered_at TEXT,"
    " updated_at TEXT NOT NULL, version INTEGER NOT NULL, priority_rank INTEGER NOT NULL)",
    *REPAIR_ORDERS.indexes(),
)


class RepairOrderListProjection(Projection):
    """Rows of `repair_orders`: each repair order as its latest event left it."""

    name = "repair_orders"
    tables = ("repair_orders",)
    ddl = _DDL

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, RepairOrder.Received):
            cursor.execute(
                f"INSERT INTO repair_orders ({', '.join(_COLUMNS)}, priority_rank) "
                f"VALUES ({', '.join('?' * (len(_COLUMNS) + 1))})",
                (*astuple(_received(event)), PRIORITY_RANK[event.priority]),
            )
        elif changes := [c for c in (_own_columns(event), status_change(event)) if c is not None]:
            assignments = ", ".join(assignment for assignment, _ in changes)
            params = [param for _, change_params in changes for param in change_params]
            update_stamped(cursor, "repair_orders", event, assignments, params)


def _received(event: RepairOrder.Received) -> RepairOrderRow:
    reception = Reception.from_event_data(event.reception)
    return RepairOrderRow(
        id=str(event.originator_id),
        company_id=str(event.company_id),
        number=event.number,
        customer_id=str(event.customer_id),
        contact_id=str(event.contact_id) if event.contact_id else None,
        project_id=str(event.project_id) if event.project_id else None,
        received_by=str(reception.received_by),
        technician_id=None,
        scheduled_starts_at=None,
        scheduled_ends_at=None,
        status=Status.RECEIVED.value,
        fault_description=reception.fault_description,
        accessories=json.dumps(list(reception.accessories), ensure_ascii=False),
        in_warranty=reception.warranty.in_warranty,
        warranty_reference=reception.warranty.reference,
        priority=event.priority,
        minutes_worked=0,
        materials_count=0,
        rating=None,
        received_at=utc_text(reception.received_at),
        finished_at=None,
        delivered_at=None,
        updated_at=utc_text(event.timestamp),
        version=event.originator_version,
    )


def _own_columns(event: Any) -> tuple[str, tuple[Any, ...]] | None:
    """The columns besides the status (and version, updated_at) that a later event sets."""
    if isinstance(event, RepairOrder.Scheduled):
        slot = (str(event.technician_id), utc_text(event.starts_at), utc_text(event.ends_at))
        return "technician_id = ?, scheduled_starts_at = ?, scheduled_ends_at = ?", slot
    if isinstance(event, RepairOrder.WorkRegistered):
        minutes = minutes_between(event.started_at, event.ended_at)
        return "minutes_worked = minutes_worked + ?", (minutes,)
    if isinstance(event, RepairOrder.MaterialUsed):
        return "materials_count = materials_count + 1", ()
    if isinstance(event, RepairOrder.Delivered):
        return "delivered_at = ?", (utc_text(event.delivered_at),)
    if isinstance(event, RepairOrder.Verified):
        return "rating = ?", (event.rating,)
    return None


SCHEDULED_STATUS = (
    "status = CASE WHEN status = ? THEN status ELSE ? END",
    (Status.IN_PROGRESS.value, Status.SCHEDULED.value),
)
"""The status a new slot sets: an order already worked on stays in progress."""


def status_change(event: Any) -> tuple[str, tuple[Any, ...]] | None:
    """The `status` and `finished_at` a repair order's event sets, as the aggregate moves them;
    shared by every read model that shows them."""
    if isinstance(event, RepairOrder.Scheduled):
        return SCHEDULED_STATUS
    status = status_after(event)
    if status is Status.FINISHED:
        return "status = ?, finished_at = ?", (status.value, utc_text(event.ended_at))
    if isinstance(event, RepairOrder.Reopened):
        return "status = ?, finished_at = NULL", (Status.IN_PROGRESS.value,)
    return None if status is None else ("status = ?", (status.value,))


def status_after(event: Any) -> Status | None:
    """The status a repair order's event moves it to, but for a new slot (`SCHEDULED_STATUS`:
    it depends on the status before)."""
    if isinstance(event, RepairOrder.WorkRegistered):
        return Status.FINISHED if event.finishes_service else Status.IN_PROGRESS
    return _MOVED_TO.get(type(event))


_MOVED_TO = {
    RepairOrder.Delivered: Status.DELIVERED,
    RepairOrder.Verified: Status.VERIFIED,
    RepairOrder.Closed: Status.CLOSED,
    RepairOrder.Reopened: Status.IN_PROGRESS,
}
