"""Timesheets: each follow-up of an incident is a line of the timesheet of the user who made it,
on the day it started (in the time zone it was given in), with its minutes and its incident."""

from __future__ import annotations

from dataclasses import dataclass, fields
from itertools import groupby
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from cronica.domain.incident import Incident
from cronica.projections.projection import Projection
from cronica.projections.rows import minutes_between, utc_text
from cronica.projections.store import Cursor, ReadStore

INCIDENT_SOURCE = "incident"


@dataclass(frozen=True)
class TimesheetLine:
    """Time an employee spent on a record (`source_type` 'incident') from start to end."""

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
    "CREATE TABLE IF NOT EXISTS timesheet_incidents (id TEXT PRIMARY KEY, number TEXT NOT NULL)",
)


def line_id_for(record_id: UUID | str, version: int) -> str:
    """Stable across rebuilds: derived from the follow-up event (a record's version)."""
    return str(uuid5(NAMESPACE_URL, f"cronica:timesheet:{record_id}:{version}"))


class TimesheetProjection(Projection):
    """Rows of `timesheet_lines`, plus the incident numbers the lines show."""

    name = "timesheets"
    tables = ("timesheet_lines", "timesheet_incidents")
    ddl = _DDL

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        if isinstance(event, Incident.Created):
            cursor.execute(
                "INSERT INTO timesheet_incidents (id, number) VALUES (?, ?)",
                (str(event.originator_id), event.number),
            )
        elif isinstance(event, Incident.FollowedUp):
            self._followed_up(cursor, event)

    def _followed_up(self, cursor: Cursor, event: Incident.FollowedUp) -> None:
        incident_id = str(event.originator_id)
        # One statement: the line, with its incident's number from the incident's row.
        cursor.execute(
            f"INSERT INTO timesheet_lines (company_id, {', '.join(_COLUMNS)})"
            f" SELECT {', '.join('?' * len(_COLUMNS))}, number"
            " FROM timesheet_incidents WHERE id = ?",
            (
                str(event.company_id),
                line_id_for(incident_id, event.originator_version),
                event.actor_id,
                event.started_at.date().isoformat(),  # the day where the work was done
                utc_text(event.started_at),
                utc_text(event.ended_at),
                minutes_between(event.started_at, event.ended_at),
                event.note,
                INCIDENT_SOURCE,
                incident_id,
                incident_id,
            ),
        )


def timesheet(
    store: ReadStore, company_id: str, employee_id: str, from_day: str, to_day: str
) -> list[TimesheetDay]:
    """The employee's days from `from_day` to `to_day` (inclusive, 'YYYY-MM-DD') that have lines,
    in ascending order."""
    rows = store.query(
        f"SELECT {', '.join(_COLUMNS)} FROM timesheet_lines"
        " WHERE company_id = ? AND employee_id = ? AND day >= ? AND day <= ?"
        " ORDER BY day, started_at, id",
        (company_id, employee_id, from_day, to_day),
    )
    lines = [TimesheetLine(**row) for row in rows]
    days = []
    for day, grouped in groupby(lines, key=lambda line: line.day):
        day_lines = list(grouped)
        days.append(TimesheetDay(day, day_lines, sum(line.minutes for line in day_lines)))
    return days
