"""A company's staff issuing commands through the command functions, as the HTTP API would."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from uuid import UUID

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.call import CommandCall
from cronica.commands.customers import add_contact, create_customer
from cronica.commands.identity import add_user, authenticate, ensure_company
from cronica.commands.inbox import mark_alert_read
from cronica.commands.incidents import (
    assign_incident,
    close_incident,
    follow_up_incident,
    open_incident,
    reopen_incident,
)
from cronica.commands.models.customers import AddContact, CreateCustomer
from cronica.commands.models.incidents import (
    AssignIncident,
    CloseIncident,
    FollowUpIncident,
    OpenIncident,
    ReopenIncident,
)
from cronica.commands.results import Principal, Written


def request_of(who: Principal) -> CommandRequest:
    return CommandRequest(
        actor_id=str(who.user_id), correlation_id=f"test:{uuid.uuid4()}", unit_id=who.unit_id
    )


def call_of(app: CronicaApplication, who: Principal) -> CommandCall:
    """A command call of its own for `who`, as each request of the application would be."""
    return CommandCall(app, who, request_of(who))


@dataclass
class Office:
    """One company of `app`; `hire` adds people, the other methods are their commands."""

    app: CronicaApplication
    slug: str = "acme"
    staff: list[Principal] = field(default_factory=list)

    def __post_init__(self) -> None:
        ensure_company(self.app, self.slug, self.slug.title())

    def hire(self, name: str, role: str) -> Principal:
        new = add_user(self.app, self.slug, name, role)
        person = authenticate(self.app, new.token)
        self.staff.append(person)
        return person

    def people(self, role: str) -> list[Principal]:
        return [person for person in self.staff if person.role == role]

    def customer(self, who: Principal, name: str) -> UUID:
        command = CreateCustomer(kind="customer", name=name)
        return create_customer(call_of(self.app, who), command).id

    def contact(self, who: Principal, customer_id: UUID, name: str) -> UUID:
        command = AddContact(name=name, phone="600 000 000", email="contact@example.es")
        return add_contact(call_of(self.app, who), customer_id, command)[1]

    def open(self, who: Principal, customer_id: UUID, subject: str, **fields: object) -> Written:
        command = OpenIncident.model_validate(
            {"customerId": customer_id, "subject": subject, "description": subject, **fields}
        )
        return open_incident(call_of(self.app, who), command)

    def assign(self, who: Principal, incident_id: UUID, technician: Principal) -> Written:
        command = AssignIncident(technician_id=technician.user_id)
        return assign_incident(call_of(self.app, who), incident_id, command)

    def follow_up(
        self, who: Principal, incident_id: UUID, started_at: datetime, minutes: int
    ) -> Written:
        ended_at = started_at + timedelta(minutes=minutes)
        command = FollowUpIncident(note=f"{minutes} min", started_at=started_at, ended_at=ended_at)
        return follow_up_incident(call_of(self.app, who), incident_id, command)

    def close(self, who: Principal, incident_id: UUID) -> Written:
        command = CloseIncident(resolution="fixed")
        return close_incident(call_of(self.app, who), incident_id, command)

    def reopen(self, who: Principal, incident_id: UUID) -> Written:
        command = ReopenIncident(reason="broke again")
        return reopen_incident(call_of(self.app, who), incident_id, command)

    def mark_read(self, who: Principal, alert_id: str) -> Written:
        return mark_alert_read(call_of(self.app, who), UUID(alert_id))
