"""The post-sale incident: opened for a customer, assigned to a technician, followed up, closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, ClassVar, TypedDict
from uuid import UUID

from eventsourcing.domain import event

from cronica.domain import lifecycle_steps as steps
from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.errors import IllegalTransitionError
from cronica.domain.event_values import DateText, ValuesOf
from cronica.domain.lifecycle import StatusGuarded
from cronica.domain.moments import require_time_range
from cronica.domain.priority import Priority
from cronica.domain.record_rules import RecordRule
from cronica.domain.roles import require_technician


class IncidentStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ArticleData(TypedDict):
    """An article as the events hold it."""

    reference: str
    serial_number: str | None
    warranty_ends_on: DateText | None
    invoice_number: str | None
    invoice_date: DateText | None


@dataclass(frozen=True)
class Article:
    """The article concerned, with its warranty and the invoice it was sold on."""

    reference: str
    serial_number: str | None = None
    warranty_ends_on: date | None = None
    invoice_number: str | None = None
    invoice_date: date | None = None

    def warranty_in_force(self, on: date) -> bool | None:
        """True or False when the warranty's end is known, None when it is not."""
        return None if self.warranty_ends_on is None else on <= self.warranty_ends_on

    def to_event_data(self) -> ArticleData:
        return {
            "reference": self.reference,
            "serial_number": self.serial_number,
            "warranty_ends_on": _iso_or_none(self.warranty_ends_on),
            "invoice_number": self.invoice_number,
            "invoice_date": _iso_or_none(self.invoice_date),
        }

    @classmethod
    def from_event_data(cls, data: ArticleData) -> Article:
        return cls(
            reference=data["reference"],
            serial_number=data["serial_number"],
            warranty_ends_on=_date_or_none(data["warranty_ends_on"]),
            invoice_number=data["invoice_number"],
            invoice_date=_date_or_none(data["invoice_date"]),
        )


def _iso_or_none(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _date_or_none(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class ContactDetails:
    """The contact's name, phone and e-mail, copied onto the incident when it is opened."""

    contact_id: UUID | None = None
    name: str | None = None
    phone: str | None = None
    email: str | None = None


class Incident(StatusGuarded, CronicaAggregate):
    """A customer's post-sale incident, numbered INC-000001 onwards within its company."""

    noun = "an incident"

    access_rule: ClassVar[RecordRule] = RecordRule.BUSINESS

    @property
    def people(self) -> frozenset[UUID]:
        """Its assigned technician."""
        return people_named(self.assignee_id)

    class Created(CronicaAggregate.Created):
        lifecycle = steps.CREATED
        number: str
        customer_id: UUID
        contact_id: UUID | None
        contact_name: str | None
        contact_phone: str | None
        contact_email: str | None
        subject: str
        description: str
        priority: Annotated[str, ValuesOf(Priority)]
        incident_type: str
        article: ArticleData | None
        closed_at_once: bool

    class Assigned(CronicaAggregate.Event):
        lifecycle = steps.ASSIGNED
        technician_id: UUID

    class FollowedUp(CronicaAggregate.Event):
        lifecycle = steps.FOLLOWED_UP
        note: str
        started_at: datetime
        ended_at: datetime

    class Closed(CronicaAggregate.Event):
        lifecycle = steps.closed(steps.Outcome.RESOLVED)
        resolution: str

    class Reopened(CronicaAggregate.Event):
        lifecycle = steps.REOPENED
        reason: str

    @classmethod
    def open(
        cls,
        *,
        company_id: UUID,
        number: str,
        customer_id: UUID,
        contact: ContactDetails,
        subject: str,
        description: str,
        priority: str,
        incident_type: str,
        article: Article | None,
        resolution: str | None = None,
    ) -> Incident:
        """Opens an incident; given a resolution, it is closed at once (no manager is alerted)."""
        incident = cls(
            company_id=company_id,
            number=number,
            customer_id=customer_id,
            contact_id=contact.contact_id,
            contact_name=contact.name,
            contact_phone=contact.phone,
            contact_email=contact.email,
            subject=subject,
            description=description,
            priority=Priority(priority).value,
            incident_type=incident_type,
            article=article.to_event_data() if article else None,
            closed_at_once=resolution is not None,
        )
        if resolution is not None:
            incident.close(resolution)
        return incident

    @event(Created)
    def __init__(
        self,
        company_id: UUID,
        number: str,
        customer_id: UUID,
        contact_id: UUID | None,
        contact_name: str | None,
        contact_phone: str | None,
        contact_email: str | None,
        subject: str,
        description: str,
        priority: str,
        incident_type: str,
        article: ArticleData | None,
        closed_at_once: bool,
    ) -> None:
        self.company_id = company_id
        self.number = number
        self.customer_id = customer_id
        self.contact = ContactDetails(contact_id, contact_name, contact_phone, contact_email)
        self.subject = subject
        self.description = description
        self.priority = Priority(priority)
        self.incident_type = incident_type
        self.article = Article.from_event_data(article) if article else None
        self.status = IncidentStatus.OPEN
        self.assignee_id: UUID | None = None
        self.minutes_worked = 0
        self.resolution: str | None = None

    def assign(self, technician_id: UUID, technician_role: str) -> None:
        self._require({IncidentStatus.OPEN}, "assign")
        require_technician(technician_id, technician_role)
        if technician_id == self.assignee_id:
            raise IllegalTransitionError(f"incident is already assigned to {technician_id}")
        self._assigned(technician_id=technician_id)

    @event(Assigned)
    def _assigned(self, technician_id: UUID) -> None:
        self.assignee_id = technician_id

    def follow_up(self, note: str, started_at: datetime, ended_at: datetime) -> None:
        self._require({IncidentStatus.OPEN}, "follow up")
        require_time_range(started_at, ended_at, "a follow-up")
        self._followed_up(note=note, started_at=started_at, ended_at=ended_at)

    @event(FollowedUp)
    def _followed_up(self, note: str, started_at: datetime, ended_at: datetime) -> None:
        self.minutes_worked += int((ended_at - started_at).total_seconds() // 60)

    def close(self, resolution: str) -> None:
        self._require({IncidentStatus.OPEN}, "close")
        self._closed(resolution=resolution)

    @event(Closed)
    def _closed(self, resolution: str) -> None:
        self.status = IncidentStatus.CLOSED
        self.resolution = resolution

    def reopen(self, reason: str) -> None:
        self._require({IncidentStatus.CLOSED}, "reopen")
        self._reopened(reason=reason)

    @event(Reopened)
    def _reopened(self, reason: str) -> None:
        self.status = IncidentStatus.OPEN
        self.resolution = None
