"""Incident commands: open, assign, follow up, close, reopen."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.catalogues import require_entry
from cronica.commands.models.incidents import (
    AssignIncident,
    CloseIncident,
    FollowUpIncident,
    OpenIncident,
    ReopenIncident,
)
from cronica.commands.records import change_record, referenced
from cronica.commands.results import Principal, Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.catalogue_values import CatalogueKind
from cronica.domain.customer import Customer
from cronica.domain.incident import Article, ContactDetails, Incident
from cronica.domain.user import User


def open_incident(
    app: CronicaApplication, who: Principal, request: CommandRequest, command: OpenIncident
) -> Written:
    def decide() -> list[CronicaAggregate]:
        customer = referenced(app, Customer, command.customer_id, who.company_id, "customer_id")
        require_entry(app, who.company_id, CatalogueKind.INCIDENT_TYPES, command.type, "type")
        contact = ContactDetails()
        if command.contact_id is not None:
            found = customer.contact(command.contact_id)
            contact = ContactDetails(found.id, found.name, found.phone, found.email)
        counter = app.counter(who.company_id, "INC")
        article = command.article
        incident = Incident.open(
            company_id=who.company_id,
            number=counter.issue(),
            customer_id=customer.id,
            contact=contact,
            subject=command.subject,
            description=command.description,
            priority=command.priority,
            incident_type=command.type,
            article=Article(**article.model_dump()) if article else None,
            resolution=command.resolution,
        )
        return [incident, counter]

    return app.write(request, decide)


def assign_incident(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    incident_id: UUID,
    command: AssignIncident,
) -> Written:
    technician = referenced(app, User, command.technician_id, who.company_id, "technician_id")
    return change_record(
        app,
        who,
        request,
        Incident,
        incident_id,
        lambda incident: incident.assign(technician.id, technician.role.value),
    )


def follow_up_incident(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    incident_id: UUID,
    command: FollowUpIncident,
) -> Written:
    return change_record(
        app,
        who,
        request,
        Incident,
        incident_id,
        lambda incident: incident.follow_up(command.note, command.started_at, command.ended_at),
    )


def close_incident(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    incident_id: UUID,
    command: CloseIncident,
) -> Written:
    return change_record(
        app, who, request, Incident, incident_id, lambda i: i.close(command.resolution)
    )


def reopen_incident(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    incident_id: UUID,
    command: ReopenIncident,
) -> Written:
    return change_record(
        app, who, request, Incident, incident_id, lambda i: i.reopen(command.reason)
    )
