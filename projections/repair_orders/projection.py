"""The repair order list's projection: a row when an article is received, changed by each later
event (scheduled, worked on, materials used, delivered, verified, closed, reopened)."""

from __future__ import annotations

import json
from typing import Any

from cronica.domain.repair_order import RepairOrder
from cronica.domain.repair_order_values import Reception
from cronica.domain.repair_order_values import RepairOrderStatus as Status
from cronica.projections.projection import Projection
from cronica.projections.repair_orders.rows import (
    REPAIR_ORDERS,
    REPAIR_ORDERS_TABLE,
    RepairOrderRow,
)
from cronica.projections.repair_orders.statuses import status_change
from cronica.projections.rows import (
    PRIORITY_RANK,
    id_text,
    insert_row,
    minutes_between,
    unit_moved,
    update_stamped,
    utc_text,
)
from cronica.projections.store import Cursor


class RepairOrderListProjection(Projection):
    """Rows of `repair_orders`: each repair order as its latest event left it."""

    name = "repair_orders"
    tables = ("repair_orders",)
    ddl = (REPAIR_ORDERS_TABLE, *REPAIR_ORDERS.indexes())

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, RepairOrder.Received):
            insert_row(cursor, "repair_orders", _received(event))
        elif changes := [c for c in (_own_columns(event), status_change(event)) if c is not None]:
            assignments = ", ".join(assignment for assignment, _ in changes)
            params = [param for _, change_params in changes for param in change_params]
            update_stamped(cursor, "repair_orders", event, assignments, params)


def _received(event: RepairOrder.Received) -> RepairOrderRow:
    reception = Reception.from_event_data(event.reception)
    return RepairOrderRow(
        id=id_text(event.originator_id),
        company_id=id_text(event.company_id),
        unit_id=id_text(event.unit_id),
        number=event.number,
        customer_id=id_text(event.customer_id),
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
        priority_rank=PRIORITY_RANK[event.priority],
    )


def _own_columns(event: Any) -> tuple[str, tuple[Any, ...]] | None:
    """The columns besides the status (and version, updated_at) that a later event sets."""
    if isinstance(event, RepairOrder.MovedToUnit):
        return unit_moved(event)
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
