"""The status (and `finished_at`) each event of a repair order moves it to, as the aggregate
moves them: shared by every read model that shows a repair order's status."""

from __future__ import annotations

from typing import Any

from cronica.domain.repair_order import RepairOrder
from cronica.domain.repair_order_values import RepairOrderStatus as Status
from cronica.projections.rows import utc_text

SCHEDULED_STATUS = (
    "status = CASE WHEN status = ? THEN status ELSE ? END",
    (Status.IN_PROGRESS.value, Status.SCHEDULED.value),
)
"""The status a new slot sets: an order already worked on stays in progress."""


def status_change(event: Any) -> tuple[str, tuple[Any, ...]] | None:
    """The `status` and `finished_at` a repair order's event sets (SQL assignments and their
    parameters), or None for an event that leaves them."""
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
