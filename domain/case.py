"""The case: groups the activities (tasks) of one customer for a matter that lasts.

A case is opened for a customer with a subject and an owner (the user who follows the matter),
renamed at any time, closed with its outcome, and reopened. Tasks are planned in an open case
only; a closed one still takes history notes of work already done.
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar
from uuid import UUID

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.errors import IllegalTransitionError
from cronica.domain.lifecycle import StatusGuarded
from cronica.domain.record_rules import RecordRule


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Case(StatusGuarded, CronicaAggregate):
    """A customer's matter that lasts, numbered CS-000001 onwards within its company."""

    noun = "a case"

    access_rule: ClassVar[RecordRule] = RecordRule.BUSINESS

    @property
    def people(self) -> frozenset[UUID]:
        """Its owner."""
        return people_named(self.owner_id)

    class Opened(CronicaAggregate.Created):
        number: str
        customer_id: UUID
        subject: str
        description: str
        owner_id: UUID

    class Renamed(CronicaAggregate.Event):
        subject: str

    class Closed(CronicaAggregate.Event):
        outcome: str

    class Reopened(CronicaAggregate.Event):
        reason: str

    @event(Opened)
    def __init__(
        self,
        company_id: UUID,
        number: str,
        customer_id: UUID,
        subject: str,
        description: str,
        owner_id: UUID,
    ) -> None:
        self.company_id = company_id
        self.number = number
        self.customer_id = customer_id
        self.subject = subject
        self.description = description
        self.owner_id = owner_id
        self.status = CaseStatus.OPEN
        self.outcome: str | None = None

    def rename(self, subject: str) -> None:
        """Changes the subject, whatever the status (a closed case is still looked up by it)."""
        if subject == self.subject:
            raise IllegalTransitionError(f"case {self.number} is already named {subject!r}")
        self._renamed(subject=subject)

    @event(Renamed)
    def _renamed(self, subject: str) -> None:
        self.subject = subject

    def close(self, outcome: str) -> None:
        self._require({CaseStatus.OPEN}, "close")
        self._closed(outcome=outcome)

    @event(Closed)
    def _closed(self, outcome: str) -> None:
        self.status = CaseStatus.CLOSED
        self.outcome = outcome

    def reopen(self, reason: str) -> None:
        self._require({CaseStatus.CLOSED}, "reopen")
        self._reopened(reason=reason)

    @event(Reopened)
    def _reopened(self, reason: str) -> None:
        self.status = CaseStatus.OPEN
        self.outcome = None

    def require_plannable(self) -> None:
        """Refuses planning a task in a closed case: the matter is over until it is reopened."""
        self._require({CaseStatus.OPEN}, "plan a task in")
