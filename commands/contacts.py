"""Commands on contacts met without a customer: create, change, attach to a customer."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.models.contacts import AttachContact, ChangeContact, CreateContact
from cronica.commands.records import change_record, referenced
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.contact import Contact
from cronica.domain.customer import Customer


def create_contact(call: CommandCall, command: CreateContact) -> Written:
    def decide() -> list[CronicaAggregate]:
        return [Contact(company_id=call.who.company_id, **command.model_dump())]

    return call.write(decide)


def change_contact(
    call: CommandCall,
    contact_id: UUID,
    command: ChangeContact,
) -> Written:
    return change_record(
        call,
        Contact,
        contact_id,
        lambda c: c.change_details(command.name, command.position, command.phone, command.email),
    )


def attach_contact(
    call: CommandCall,
    contact_id: UUID,
    command: AttachContact,
) -> Written:
    """Attaches the contact to the customer, who gains it as one of his contacts: both are saved
    together, the contact first (the answer is about it)."""

    def decide() -> list[CronicaAggregate]:
        contact = call.load(Contact, contact_id)
        customer = referenced(call, Customer, command.customer_id, "customer_id")
        contact.attach_to(customer)
        return [contact, customer]

    return call.write(decide)
