"""The project: a customer's piece of work that lasts, with its dates and the user responsible.

A project is opened for a customer (and optionally one of his contacts) with a name, a
description, a start date, a target date not before the start, and a responsible user. Its name
and description change in any status (a closed project is still looked up by them); it is
rescheduled and handed to another responsible user while open; it is closed as completed or
cancelled, and a closed one is reopened. Repair orders are received into an open project only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import ClassVar
from uuid import UUID

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.errors import IllegalTransitionError, InvalidDateRangeError
from cronica.domain.lifecycle import StatusGuarded
from cronica.domain.record_rules import RecordRule


class ProjectStatus(StrEnum):
    OPEN = "open"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


OPEN = frozenset({ProjectStatus.OPEN})
CLOSED = frozenset({ProjectStatus.COMPLETED, ProjectStatus.CANCELLED})


@dataclass(frozen=True)
class ProjectDates:
    """When the project starts and the day it should be done by (the same day at the earliest)."""

    starts_on: date
    target_on: date

    def __post_init__(self) -> None:
        if self.target_on < self.starts_on:
            raise InvalidDateRangeError(
                f"the target date ({self.target_on}) is before the start ({self.starts_on})"
            )

    def to_event_data(self) -> dict[str, str]:
        """Days as ISO text: the store's JSON carries no dates."""
        return {"starts_on": self.starts_on.isoformat(), "target_on": self.target_on.isoformat()}

    @classmethod
    def from_event_data(cls, starts_on: str, target_on: str) -> ProjectDates:
        return cls(date.fromisoformat(starts_on), date.fromisoformat(target_on))


class Project(StatusGuarded, CronicaAggregate):
    """A customer's project, numbered PR-000001 onwards within its company."""

    noun = "a project"

    access_rule: ClassVar[RecordRule] = RecordRule.BUSINESS

    @property
    def people(self) -> frozenset[UUID]:
        """Its responsible."""
        return people_named(self.responsible_id)

    class Opened(CronicaAggregate.Created):
        number: str
        customer_id: UUID
        contact_id: UUID | None
        name: str
        description: str
        starts_on: str
        target_on: str
        responsible_id: UUID

    class Renamed(CronicaAggregate.Event):
        name: str

    class Redescribed(CronicaAggregate.Event):
        description: str

    class Rescheduled(CronicaAggregate.Event):
        starts_on: str
        target_on: str

    class ResponsibleReassigned(CronicaAggregate.Event):
        responsible_id: UUID

    class Closed(CronicaAggregate.Event):
        outcome: str
        note: str | None

    class Reopened(CronicaAggregate.Event):
        reason: str

    @classmethod
    def open(
        cls,
        *,
        company_id: UUID,
        number: str,
        customer_id: UUID,
        contact_id: UUID | None,
        name: str,
        description: str,
        dates: ProjectDates,
        responsible_id: UUID,
    ) -> Project:
        return cls(
            company_id=company_id,
            number=number,
            customer_id=customer_id,
            contact_id=contact_id,
            name=name,
            description=description,
            responsible_id=responsible_id,
            **dates.to_event_data(),
        )

    @event(Opened)
    def __init__(
        self,
        company_id: UUID,
        number: str,
        customer_id: UUID,
        contact_id: UUID | None,
        name: str,
        description: str,
        starts_on: str,
        target_on: str,
        responsible_id: UUID,
    ) -> None:
        self.company_id = company_id
        self.number = number
        self.customer_id = customer_id
        self.contact_id = contact_id
        self.name = name
        self.description = description
        self.dates = ProjectDates.from_event_data(starts_on, target_on)
        self.responsible_id = responsible_id
        self.status = ProjectStatus.OPEN
        self.closing_note: str | None = None

    def rename(self, name: str | None = None, description: str | None = None) -> None:
        """Changes the name, the description or both (None keeps one); one event per change."""
        new_name = None if name == self.name else name
        new_description = None if description == self.description else description
        if new_name is None and new_description is None:
            raise IllegalTransitionError(
                f"project {self.number} already has that name and description"
            )
        if new_name is not None:
            self._renamed(name=new_name)
        if new_description is not None:
            self._redescribed(description=new_description)

    @event(Renamed)
    def _renamed(self, name: str) -> None:
        self.name = name

    @event(Redescribed)
    def _redescribed(self, description: str) -> None:
        self.description = description

    def reschedule(self, dates: ProjectDates) -> None:
        self._require(OPEN, "reschedule")
        if dates == self.dates:
            raise IllegalTransitionError(f"project {self.number} already has those dates")
        self._rescheduled(**dates.to_event_data())

    @event(Rescheduled)
    def _rescheduled(self, starts_on: str, target_on: str) -> None:
        self.dates = ProjectDates.from_event_data(starts_on, target_on)

    def reassign(self, responsible_id: UUID) -> None:
        self._require(OPEN, "reassign")
        if responsible_id == self.responsible_id:
            raise IllegalTransitionError(
                f"{responsible_id} is already responsible for project {self.number}"
            )
        self._responsible_reassigned(responsible_id=responsible_id)

    @event(ResponsibleReassigned)
    def _responsible_reassigned(self, responsible_id: UUID) -> None:
        self.responsible_id = responsible_id

    def close(self, outcome: ProjectStatus, note: str | None = None) -> None:
        """Closes the project as completed or cancelled, with an optional note."""
        self._require(OPEN, "close")
        if outcome not in CLOSED:
            raise IllegalTransitionError(
                f"a project is closed completed or cancelled, not {outcome}"
            )
        self._closed(outcome=outcome.value, note=note)

    @event(Closed)
    def _closed(self, outcome: str, note: str | None) -> None:
        self.status = ProjectStatus(outcome)
        self.closing_note = note

    def reopen(self, reason: str) -> None:
        self._require(CLOSED, "reopen")
        self._reopened(reason=reason)

    @event(Reopened)
    def _reopened(self, reason: str) -> None:
        self.status = ProjectStatus.OPEN
        self.closing_note = None

    def require_open_for(self, work: str) -> None:
        """Refuses new work (receiving an order, planning a task) in a closed project: its work
        is over until it is reopened."""
        self._require(OPEN, work)
