"""A line of an employee's timesheet added by hand: where and when he worked, and on what.

Lines of incident follow-ups and repair work come from those records' own events; a line added by
hand is a record of its own, so that it can be corrected or withdrawn. The record is named a
timesheet *entry*: `TimesheetLine` names the read model's rows, of which it is one source.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import ClassVar
from uuid import UUID

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.errors import IllegalTransitionError
from cronica.domain.lifecycle import StatusGuarded
from cronica.domain.moments import require_time_range
from cronica.domain.record_rules import RecordRule


class TimesheetEntryStatus(StrEnum):
    RECORDED = "recorded"
    WITHDRAWN = "withdrawn"


RECORDED = frozenset({TimesheetEntryStatus.RECORDED})


class TimesheetEntry(StatusGuarded, CronicaAggregate):
    """Work of an employee from `started_at` to `ended_at` at a work centre and department,
    optionally on a related record (its type and id). Recorded until it is withdrawn."""

    noun = "a timesheet line"

    access_rule: ClassVar[RecordRule] = RecordRule.WORK

    @property
    def people(self) -> frozenset[UUID]:
        """Its employee's own work."""
        return people_named(self.employee_id)

    class Added(CronicaAggregate.Created):
        employee_id: UUID
        work_centre: str
        department: str
        started_at: datetime
        ended_at: datetime
        description: str
        related_type: str | None
        related_id: UUID | None

    class TimesCorrected(CronicaAggregate.Event):
        started_at: datetime
        ended_at: datetime

    class DescriptionCorrected(CronicaAggregate.Event):
        description: str

    class Withdrawn(CronicaAggregate.Event):
        reason: str

    @classmethod
    def add(
        cls,
        *,
        company_id: UUID,
        employee_id: UUID,
        work_centre: str,
        department: str,
        started_at: datetime,
        ended_at: datetime,
        description: str,
        related_type: str | None = None,
        related_id: UUID | None = None,
    ) -> TimesheetEntry:
        """Adds a line to the employee's timesheet; times carry their zone, the end is later."""
        require_time_range(started_at, ended_at, "a timesheet line")
        return cls(
            company_id=company_id,
            employee_id=employee_id,
            work_centre=work_centre,
            department=department,
            started_at=started_at,
            ended_at=ended_at,
            description=description,
            related_type=related_type,
            related_id=related_id,
        )

    @event(Added)
    def __init__(
        self,
        company_id: UUID,
        employee_id: UUID,
        work_centre: str,
        department: str,
        started_at: datetime,
        ended_at: datetime,
        description: str,
        related_type: str | None,
        related_id: UUID | None,
    ) -> None:
        self.company_id = company_id
        self.employee_id = employee_id
        self.work_centre = work_centre
        self.department = department
        self.started_at = started_at
        self.ended_at = ended_at
        self.description = description
        self.related_type = related_type
        self.related_id = related_id
        self.status = TimesheetEntryStatus.RECORDED
        self.withdrawal_reason: str | None = None

    def correct(
        self,
        *,
        started_at: datetime | None = None,
        ended_at: datetime | None = None,
        description: str | None = None,
    ) -> None:
        """Corrects the times (a time not given stays) and/or the description; a correction
        that changes nothing is refused."""
        self._require(RECORDED, "correct")
        started_at = started_at or self.started_at
        ended_at = ended_at or self.ended_at
        description = self.description if description is None else description
        require_time_range(started_at, ended_at, "a timesheet line")
        new_times = (started_at, ended_at) != (self.started_at, self.ended_at)
        if not new_times and description == self.description:
            raise IllegalTransitionError("the timesheet line already says that")
        if new_times:
            self._times_corrected(started_at=started_at, ended_at=ended_at)
        if description != self.description:
            self._description_corrected(description=description)

    @event(TimesCorrected)
    def _times_corrected(self, started_at: datetime, ended_at: datetime) -> None:
        self.started_at = started_at
        self.ended_at = ended_at

    @event(DescriptionCorrected)
    def _description_corrected(self, description: str) -> None:
        self.description = description

    def withdraw(self, reason: str) -> None:
        """Takes the line out of the timesheet (it stays on record, with the reason)."""
        self._require(RECORDED, "withdraw")
        self._withdrawn(reason=reason)

    @event(Withdrawn)
    def _withdrawn(self, reason: str) -> None:
        self.status = TimesheetEntryStatus.WITHDRAWN
        self.withdrawal_reason = reason
