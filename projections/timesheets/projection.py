"""Timesheets: the lines of each employee's days, with their minutes and where they come from.

A follow-up of an incident is a line of the user who made it; work registered on a repair order,
of the technician who did it; a line added by hand (a TimesheetEntry), of its employee, changed
when it is corrected and gone when it is withdrawn. A line counts on the day it started, in the
time zone it was given in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from itertools import groupby
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from cronica.domain.incident import Incident
from cronica.domain.repair_order import RepairOrder
from cronica.domain.timesheet_line import TimesheetEntry
from cronica.projections.projection import Projection
from cronica.projections.rows import minutes_between, utc_text
from cronica.projections.store import Cursor, ReadStore

INCIDENT_SOURCE = "incident"
REPAIR_ORDER_SOURCE = "repair_order"
MANUAL_SOURCE = "manual"
"""A line added by hand: its source is the line itself (the id to correct or withdraw it)."""
# The tables of the numbers of the records whose lines show one.
NUMBERS = {INCIDENT_SOURCE: "timesheet_incidents", REPAIR_ORDER_SOURCE: "timesheet_repair_orders"}


@dataclass(frozen=True)
class TimesheetLine:
    """Time an employee spent from start to end, and where the line comes from: `source_type`
    'incident' or 'repair_order' (with its number), or 'manual' (no number)."""

    id: str
    employee_id: str
    day: str
    started_at: str
    ended_at: str
    minutes: int
    note: str
    source_type: str
    source_id: str
    source_number: str


@dataclass(frozen=True)
class TimesheetDay:
    """The lines of one day, in the order they started, and their total."""

    day: str
    lines: list[TimesheetLine]
    total_minutes: int


_COLUMNS = [f.name for f in fields(TimesheetLine)]

_DDL = (
    "CREATE TABLE IF NOT EXISTS timesheet_lines ("
    " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, employee_id TEXT NOT NULL,"
    " day TEXT NOT NULL, started_at TEXT NOT NULL, ended_at TEXT NOT NULL,"
    " minutes INTEGER NOT NULL, note TEXT NOT NULL, source_type TEXT NOT NULL,"
    " source_id TEXT NOT NULL, source_number TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS timesheet_lines_employee_day"
    " ON timesheet_lines (company_id, employee_id, day, started_at)",
    *(
        f"CREATE TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY, number TEXT NOT NULL)"
        for table in NUMBERS.values()
    ),
)
# Every column of a line but the last, its number (which a numbered line takes from its
# record's row).
_INSERT = (
    f"INSERT INTO timesheet_lines (company_id, {', '.join(_COLUMNS)})"
    f" SELECT {', '.join('?' * len(_COLUMNS))}, "
)


def line_id_for(record_id: UUID | str, version: int) -> str:
    """Stable across rebuilds: derived from the event that adds the line (a record's version)."""
    return str(uuid5(NAMESPACE_URL, f"cronica:timesheet:{record_id}:{version}"))


class TimesheetProjection(Projection):
    """Rows of `timesheet_lines`, plus the incident and repair order numbers the lines show."""

    name = "timesheets"
    tables = ("timesheet_lines", *NUMBERS.values())
    ddl = _DDL

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
            employee_id = str(event.employee_id)
            _insert_line(cursor, event, employee_id, event.description, MANUAL_SOURCE)
        elif isinstance(event, TimesheetEntry.TimesCorrected):
            cursor.execute(
                "UPDATE timesheet_lines SET day = ?, started_at = ?, ended_at = ?, minutes = ?"
                " WHERE id = ?",
                (*_times(event.started_at, event.ended_at), str(event.originator_id)),
            )
        elif isinstance(event, TimesheetEntry.DescriptionCorrected):
            cursor.execute(
                "UPDATE timesheet_lines SET note = ? WHERE id = ?",
                (event.description, str(event.originator_id)),
            )
        elif isinstance(event, TimesheetEntry.Withdrawn):
            cursor.execute("DELETE FROM timesheet_lines WHERE id = ?", (str(event.originator_id),))


def _number(cursor: Cursor, source_type: str, event: Any) -> None:
    cursor.execute(
        f"INSERT INTO {NUMBERS[source_type]} (id, number) VALUES (?, ?)",
        (str(event.originator_id), event.number),
    )


def _times(started_at: datetime, ended_at: datetime) -> tuple[str, str, str, int]:
    """The day the work counts on (where it was done), its times and its minutes."""
    return (
        started_at.date().isoformat(),
        utc_text(started_at),
        utc_text(ended_at),
        minutes_between(started_at, ended_at),
    )


def _insert_line(cursor: Cursor, event: Any, employee_id: str, note: str, source: str) -> None:
    """The line of an event with `started_at` and `ended_at`: a numbered record's line takes its
    number from the record's row (in the same statement), a line added by hand has none."""
    record_id = str(event.originator_id)
    numbers = NUMBERS.get(source)
    line_id = record_id if numbers is None else line_id_for(record_id, event.originator_version)
    times = _times(event.started_at, event.ended_at)
    values = (str(event.company_id), line_id, employee_id, *times, note, source, record_id)
    if numbers is None:
        cursor.execute(f"{_INSERT}?", (*values, ""))
    else:
        cursor.execute(f"{_INSERT}number FROM {numbers} WHERE id = ?", (*values, record_id))


def timesheet(
    store: ReadStore, company_id: str, employee_id: str, from_day: str, to_day: str
) -> list[TimesheetDay]:
    """The employee's days from `from_day` to `to_day` (inclusive, 'YYYY-MM-DD') that have lines,
    in ascending order."""
    return timesheets(store, company_id, [employee_id], from_day, to_day)[employee_id]


def timesheets(
    store: ReadStore, company_id: str, employee_ids: Sequence[str], from_day: str, to_day: str
) -> dict[str, list[TimesheetDay]]:
    """The days of several employees (a team), as `timesheet` gives them, read in one query;
    every employee asked for is a key, with no days when he has no lines."""
    found: dict[str, list[TimesheetDay]] = {employee_id: [] for employee_id in employee_ids}
    if not found:
        return found
    rows = store.query(
        f"SELECT {', '.join(_COLUMNS)} FROM timesheet_lines WHERE company_id = ?"
        f" AND employee_id IN ({', '.join('?' * len(found))}) AND day >= ? AND day <= ?"
        " ORDER BY employee_id, day, started_at, id",
        (company_id, *found, from_day, to_day),
    )
    lines = [TimesheetLine(**row) for row in rows]
    by_day = groupby(lines, key=lambda line: (line.employee_id, line.day))
    for (employee_id, day), grouped in by_day:
        day_lines = list(grouped)
        found[employee_id].append(
            TimesheetDay(day, day_lines, sum(line.minutes for line in day_lines))
        )
    return found
