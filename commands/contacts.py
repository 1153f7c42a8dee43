"""Commands on contacts met without a customer: create, change, attach to a customer."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.models.contacts import AttachContact, ChangeContact, CreateContact
from cronica.commands.records import change_record, referenced
from cronica.commands.results import Principal, Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.contact import Contact
from cronica.domain.customer import Customer


def create_contact(
    app: CronicaApplication, who: Principal, request: CommandRequest, command: CreateContact
) -> Written:
    def decide() -> list[CronicaAggregate]:
        return [Contact(company_id=who.company_id, **command.model_dump())]

    return app.write(request, decide)


def change_contact(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    contact_id: UUID,
    command: ChangeContact,
) -> Written:
    return change_record(
        app,
        who,
        request,
        Contact,
        contact_id,
        lambda c: c.change_details(command.name, command.position, command.phone, command.email),
    )


def attach_contact(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    contact_id: UUID,
    command: AttachContact,
) -> Written:
    """Attaches the contact to the customer, who gains it as one of his contacts: both are saved
    together, the contact first (the answer is about it)."""

    def decide() -> list[CronicaAggregate]:
        contact = app.load(Contact, contact_id, who.company_id, request.expected_version)
        customer = referenced(app, Customer, command.customer_id, who.company_id, "customer_id")
        contact.attach_to(customer)
        return [contact, customer]

    return app.write(request, decide)
