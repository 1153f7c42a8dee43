"""The timesheet projection: a line per incident follow-up, per piece of repair work and per line
added by hand (changed when it is corrected and gone when it is withdrawn), plus the incident and
repair order numbers the lines show. A line counts on the day it started, in the time zone it was
given in.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from cronica.domain.incident import Incident
from cronica.domain.repair_order import RepairOrder
from cronica.domain.timesheet_line import TimesheetEntry
from cronica.projections.projection import Projection
from cronica.projections.rows import id_text, minutes_between, utc_text
from cronica.projections.store import Cursor
from cronica.projections.timesheets.rows import (
    INCIDENT_SOURCE,
    MANUAL_SOURCE,
    NUMBERS,
    REPAIR_ORDER_SOURCE,
    TIMESHEET_DDL,
)

# Every column of a line but the last, its number (which a numbered line takes from its
# record's row).
_INSERTED = (
    "company_id, id, employee_id, day, started_at, ended_at, minutes, note, source_type,"
    " source_id, work_centre, department"
)
_INSERT = (
    f"INSERT INTO timesheet_lines ({_INSERTED}, source_number)"
    f" SELECT {', '.join('?' * len(_INSERTED.split(',')))}, "
)


def line_id_for(record_id: UUID | str, version: int) -> str:
    """Stable across rebuilds: derived from the event that adds the line (a record's version)."""
    return str(uuid5(NAMESPACE_URL, f"cronica:timesheet:{record_id}:{version}"))


class TimesheetProjection(Projection):
    """Rows of `timesheet_lines`, plus the incident and repair order numbers the lines show."""

    name = "timesheets"
    tables = ("timesheet_lines", *NUMBERS.values())
    ddl = TIMESHEET_DDL

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, Incident.Created):
            _number(cursor, INCIDENT_SOURCE, event)
        elif isinstance(event, RepairOrder.Received):
            _number(cursor, REPAIR_ORDER_SOURCE, event)
        elif isinstance(event, Incident.FollowedUp):
            _insert_line(cursor, event, event.actor_id, event.note, INCIDENT_SOURCE)
        elif isinstance(event, RepairOrder.WorkRegistered):
            technician_id = str(event.technician_id)
            _insert_line(cursor, event, technician_id, event.work_done, REPAIR_ORDER_SOURCE)
        elif isinstance(event, TimesheetEntry.Added):
            where = (event.work_centre, event.department)
            employee_id = str(event.employee_id)
            _insert_line(cursor, event, employee_id, event.description, MANUAL_SOURCE, where)
        elif isinstance(event, TimesheetEntry.TimesCorrected):
            cursor.execute(
                "UPDATE timesheet_lines SET day = ?, started_at = ?, ended_at = ?, minutes = ?"
                " WHERE id = ?",
                (*_times(event.started_at, event.ended_at), id_text(event.originator_id)),
            )
        elif isinstance(event, TimesheetEntry.DescriptionCorrected):
            cursor.execute(
                "UPDATE timesheet_lines SET note = ? WHERE id = ?",
                (event.description, id_text(event.originator_id)),
            )
        elif isinstance(event, TimesheetEntry.Withdrawn):
            cursor.execute(
                "DELETE FROM timesheet_lines WHERE id = ?", (id_text(event.originator_id),)
            )


def _number(cursor: Cursor, source_type: str, event: Any) -> None:
    cursor.execute(
        f"INSERT INTO {NUMBERS[source_type]} (id, number) VALUES (?, ?)",
        (id_text(event.originator_id), event.number),
    )


def _times(started_at: datetime, ended_at: datetime) -> tuple[str, str, str, int]:
    """The day the work counts on (where it was done), its times and its minutes."""
    return (
        started_at.date().isoformat(),
        utc_text(started_at),
        utc_text(ended_at),
        minutes_between(started_at, ended_at),
    )


def _insert_line(
    cursor: Cursor,
    event: Any,
    employee_id: str,
    note: str,
    source: str,
    where: tuple[str | None, str | None] = (None, None),
) -> None:
    """The line of an event with `started_at` and `ended_at`, done at `where` (a work centre and
    department): a numbered record's line takes its number from the record's row (in the same
    statement), a line added by hand has none."""
    record_id = id_text(event.originator_id)
    numbers = NUMBERS.get(source)
    line_id = record_id if numbers is None else line_id_for(record_id, event.originator_version)
    times = _times(event.started_at, event.ended_at)
    values = (
        id_text(event.company_id),
        line_id,
        employee_id,
        *times,
        note,
        source,
        record_id,
        *where,
    )
    if numbers is None:
        cursor.execute(f"{_INSERT}?", (*values, ""))
    else:
        cursor.execute(f"{_INSERT}number FROM {numbers} WHERE id = ?", (*values, record_id))
