"""Incident commands: open, assign, follow up, close, reopen."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.catalogues import require_entry
from cronica.commands.models.incidents import (
    AssignIncident,
    CloseIncident,
    FollowUpIncident,
    OpenIncident,
    ReopenIncident,
)
from cronica.commands.records import change_record, referenced
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.catalogue import catalogue_id_for
from cronica.domain.catalogue_values import CatalogueKind
from cronica.domain.customer import Customer
from cronica.domain.incident import Article, ContactDetails, Incident
from cronica.domain.user import User


def open_incident(call: CommandCall, command: OpenIncident) -> Written:
    def decide() -> list[CronicaAggregate]:
        types = catalogue_id_for(call.who.company_id, CatalogueKind.INCIDENT_TYPES)
        call.app.bring_forward([command.customer_id, types])  # both read in one round trip
        customer = referenced(call, Customer, command.customer_id, "customer_id", shared=True)
        require_entry(call, CatalogueKind.INCIDENT_TYPES, command.type, "type")
        contact = ContactDetails()
        if command.contact_id is not None:
            found = customer.contact(command.contact_id)
            contact = ContactDetails(found.id, found.name, found.phone, found.email)
        article = command.article
        return call.numbered(
            "INC",
            lambda number: Incident.open(
                company_id=call.who.company_id,
                number=number,
                customer_id=customer.id,
                contact=contact,
                subject=command.subject,
                description=command.description,
                priority=command.priority,
                incident_type=command.type,
                article=Article(**article.model_dump()) if article else None,
                resolution=command.resolution,
            ),
        )

    return call.write(decide)


def assign_incident(
    call: CommandCall,
    incident_id: UUID,
    command: AssignIncident,
) -> Written:
    technician = referenced(call, User, command.technician_id, "technician_id", shared=True)
    return change_record(
        call,
        Incident,
        incident_id,
        lambda incident: incident.assign(technician.id, technician.role.value),
    )


def follow_up_incident(
    call: CommandCall,
    incident_id: UUID,
    command: FollowUpIncident,
) -> Written:
    return change_record(
        call,
        Incident,
        incident_id,
        lambda incident: incident.follow_up(command.note, command.started_at, command.ended_at),
    )


def close_incident(
    call: CommandCall,
    incident_id: UUID,
    command: CloseIncident,
) -> Written:
    return change_record(call, Incident, incident_id, lambda i: i.close(command.resolution))


def reopen_incident(
    call: CommandCall,
    incident_id: UUID,
    command: ReopenIncident,
) -> Written:
    return change_record(call, Incident, incident_id, lambda i: i.reopen(command.reason))
