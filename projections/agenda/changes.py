"""How the later events of a task, repair order, opportunity or agenda entry change its row in
`agenda_sources` (part of the agenda projection, `projection.AgendaProjection`)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from cronica.domain.agenda_entry import AgendaEntry
from cronica.domain.opportunity import Opportunity
from cronica.domain.opportunity_values import OpportunityStatus
from cronica.domain.repair_order import RepairOrder
from cronica.domain.task import Task
from cronica.domain.task_values import TaskStatus
from cronica.projections.agenda.rows import NO_SLOT, Slot
from cronica.projections.repair_orders.statuses import SCHEDULED_STATUS, status_after

GONE = TaskStatus.CANCELLED.value
"""The status no item shows: cancelled tasks and entries (both say "cancelled") leave the
agenda."""
_SLOT_COLUMNS = "starts_at = ?, ends_at = ?, all_day = ?, day = ?, last_day = ?"
# A move keeps the item all-day or not: only its times and days change.
_MOVE_COLUMNS = "starts_at = ?, ends_at = ?, day = ?, last_day = ?"


def change_of(event: Any) -> tuple[str, tuple[Any, ...]] | None:
    """The columns a later event of a task, repair order, opportunity or entry sets."""
    if isinstance(event, Task.TakenInCharge | Task.Reassigned):
        return "user_id = ?", (str(event.operator_id),)
    if isinstance(event, Task.Rescheduled | AgendaEntry.Moved):
        return _MOVE_COLUMNS, _moved_to(event.starts_at, event.ends_at)
    if isinstance(event, Task.FollowedUp | Task.Closed):
        return "status = ?", (TaskStatus.DONE.value,)
    if isinstance(event, Task.Cancelled | AgendaEntry.Cancelled):
        return "status = ?", (GONE,)
    if isinstance(event, Task.Reopened):
        return "status = ?", (TaskStatus.PLANNED.value,)
    if isinstance(event, AgendaEntry.TitleEdited):
        return "title = ?", (event.title,)
    if isinstance(event, AgendaEntry.NotesEdited):
        return "notes = ?", (event.notes,)
    if isinstance(event, RepairOrder.Scheduled):
        status, statuses = SCHEDULED_STATUS
        moved = (str(event.technician_id), *_moved_to(event.starts_at, event.ends_at))
        return f"user_id = ?, {_MOVE_COLUMNS}, {status}", (*moved, *statuses)
    if (repair_status := status_after(event)) is not None:
        return "status = ?", (repair_status.value,)
    if isinstance(event, Opportunity.Assigned):
        return "user_id = ?", (str(event.agent_id),)
    if isinstance(event, Opportunity.FollowedUp):
        contact_on = event.next_contact_on
        times = Slot.whole_day(date.fromisoformat(contact_on)).columns() if contact_on else NO_SLOT
        return f"status = ?, notes = ?, {_SLOT_COLUMNS}", (event.status, event.comment, *times)
    if (outcome := _opportunity_outcome(event)) is not None:
        return f"status = ?, {_SLOT_COLUMNS}", (outcome.value, *NO_SLOT)
    return None


def _moved_to(starts_at: datetime, ends_at: datetime | None) -> tuple[Any, ...]:
    """The values of `_MOVE_COLUMNS`."""
    slot = Slot.between(starts_at, ends_at)
    return slot.starts_at, slot.ends_at, slot.day, slot.last_day


def _opportunity_outcome(event: Any) -> OpportunityStatus | None:
    """Won, lost or reopened (to working): no day of next contact any more."""
    statuses = {
        Opportunity.ClosedAsWon: OpportunityStatus.WON,
        Opportunity.Lost: OpportunityStatus.LOST,
        Opportunity.Reopened: OpportunityStatus.WORKING,
    }
    return statuses.get(type(event))
