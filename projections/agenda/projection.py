"""The agenda: per user, the planned tasks, scheduled repair orders, agenda entries (an assigned
incident's among them), opportunities' days of next contact and customers' visits.

Each task, repair order, opportunity and entry has a row in `agenda_sources` kept as its events
leave it; after every event its item in `agenda_items` is written again from that row, and only
if it is in someone's agenda at some time and not cancelled: a task in preparation (no operator)
or cancelled, an unscheduled repair order, an opportunity not waiting for a contact and a
cancelled entry have no item. Done tasks and repair orders past their slot keep theirs, marked
by their status. Visit plans are kept as plans (`copied_records`) and expanded when a
range is read (`queries`).
"""

from __future__ import annotations

from typing import Any

from cronica.domain.agenda_entry import AgendaEntry, AgendaEntryStatus
from cronica.domain.opportunity import Opportunity
from cronica.domain.opportunity_values import OpportunityStatus
from cronica.domain.repair_order import RepairOrder
from cronica.domain.repair_order_values import RepairOrderStatus
from cronica.domain.task import Task
from cronica.domain.task_values import TaskStatus
from cronica.projections.agenda.changes import GONE, change_of
from cronica.projections.agenda.copied_records import apply_to_records
from cronica.projections.agenda.rows import (
    AGENDA_COLUMNS,
    AGENDA_DDL,
    AGENDA_TABLES,
    NO_SLOT,
    AgendaItemKind,
    Slot,
)
from cronica.projections.projection import Projection
from cronica.projections.rows import id_text, update_stamped, utc_text
from cronica.projections.store import Cursor

_COLUMN_LIST = ", ".join(AGENDA_COLUMNS)
_INSERT_SOURCE = (
    f"INSERT INTO agenda_sources ({_COLUMN_LIST}) VALUES ({', '.join('?' * len(AGENDA_COLUMNS))})"
)
_SHOW_ITEM = (
    f"INSERT INTO agenda_items ({_COLUMN_LIST}) SELECT {_COLUMN_LIST} FROM agenda_sources"
    " WHERE id = ? AND user_id IS NOT NULL AND day IS NOT NULL AND status <> ?"
)
_INSERT_ITEM = _INSERT_SOURCE.replace("agenda_sources", "agenda_items", 1)
_USER, _DAY = AGENDA_COLUMNS.index("user_id"), AGENDA_COLUMNS.index("day")


class AgendaProjection(Projection):
    """Rows of the agenda's tables (`rows.AGENDA_TABLES`)."""

    name = "agenda"
    tables = AGENDA_TABLES
    ddl = AGENDA_DDL

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        record_id = id_text(event.originator_id)
        if (created := _created(cursor, event)) is not None:
            cursor.execute(_INSERT_SOURCE, created)
            # The item of a new record, shown as `_SHOW_ITEM` would show it (a new record is
            # never GONE), from the row at hand: rows of one INSERT, which a rebuild joins (and
            # sends by COPY), where reading the source back kept every statement apart.
            if created[_USER] is not None and created[_DAY] is not None:
                cursor.execute(_INSERT_ITEM, created)
            return
        if (change := change_of(event)) is not None:
            update_stamped(cursor, "agenda_sources", event, *change)
        else:
            apply_to_records(cursor, event)
            return
        cursor.execute("DELETE FROM agenda_items WHERE id = ?", (record_id,))
        cursor.execute(_SHOW_ITEM, (record_id, GONE))


def _created(cursor: Cursor, event: Any) -> tuple[Any, ...] | None:
    """The source row a record's first event makes, in `AGENDA_COLUMNS` order."""
    if isinstance(event, Task.Created):
        slot = Slot.between(event.starts_at, event.ends_at)
        status = TaskStatus.DONE if isinstance(event, Task.Recorded) else TaskStatus.PLANNED
        about = (event.details["description"], event.details["place"] or "")
        return _row(event, event.operator_id, AgendaItemKind.TASK, None, about, slot, status)
    if isinstance(event, RepairOrder.Received):
        about = (event.reception["fault_description"], "")
        return _row(
            event, None, AgendaItemKind.REPAIR_ORDER, None, about, None, RepairOrderStatus.RECEIVED
        )
    if isinstance(event, Opportunity.Created):
        about = (event.details["subject"], event.details["notes"])
        new = OpportunityStatus.NEW
        return _row(
            event, event.agent_id, AgendaItemKind.OPPORTUNITY_CONTACT, None, about, None, new
        )
    if isinstance(event, AgendaEntry.Added):
        related = _related(cursor, event.related_id)
        is_incident = event.related_type == AgendaItemKind.INCIDENT.value and related is not None
        slot = Slot.between(event.starts_at, event.ends_at, event.all_day)
        return _row(
            event,
            event.owner_id,
            AgendaItemKind.INCIDENT if is_incident else AgendaItemKind.AGENDA_ENTRY,
            related if is_incident else (id_text(event.originator_id), None, _customer_of(related)),
            (event.title, event.notes),
            slot,
            AgendaEntryStatus.SCHEDULED,
        )
    return None


def _row(
    event: Any,
    user_id: Any,
    kind: AgendaItemKind,
    record: tuple[str, str | None, str | None] | None,
    about: tuple[str, str],
    slot: Slot | None,
    status: str,
) -> tuple[Any, ...]:
    """`record` is the id, number and customer the item names; None: the event's own record."""
    record_id, number, customer_id = record or (
        id_text(event.originator_id),
        event.number,
        id_text(event.customer_id),
    )
    times = NO_SLOT if slot is None else slot.columns()
    return (
        id_text(event.originator_id),
        id_text(event.company_id),
        str(user_id) if user_id else None,
        kind.value,
        record_id,
        number,
        *about,
        *times,
        str(status),
        customer_id,
        event.originator_version,
        utc_text(event.timestamp),
    )


def _related(cursor: Cursor, related_id: Any) -> tuple[str, str | None, str | None] | None:
    """The id, number and customer of the record an entry is about, if the agenda knows it."""
    if related_id is None:
        return None
    cursor.execute(
        "SELECT id, number, customer_id FROM agenda_records WHERE id = ?"
        " UNION ALL SELECT id, record_number, customer_id FROM agenda_sources WHERE id = ?",
        (str(related_id), str(related_id)),
    )
    found = cursor.fetchone()
    return (found["id"], found["number"], found["customer_id"]) if found else None


def _customer_of(related: tuple[str, str | None, str | None] | None) -> str | None:
    """The customer of an entry's related record (a customer's own id is its customer)."""
    return related[2] if related else None
