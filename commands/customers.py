"""Customer commands: register a prospect or customer, add a contact."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.models.customers import AddContact, CreateCustomer
from cronica.commands.results import Principal, Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.customer import Customer


def create_customer(
    app: CronicaApplication, who: Principal, request: CommandRequest, command: CreateCustomer
) -> Written:
    def decide() -> list[CronicaAggregate]:
        counter = app.counter(who.company_id, "C")
        customer = Customer.register(
            company_id=who.company_id,
            number=counter.issue(),
            kind=command.kind,
            name=command.name,
            tax_id=command.tax_id,
        )
        return [customer, counter]

    return app.write(request, decide)


def add_contact(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    customer_id: UUID,
    command: AddContact,
) -> tuple[Written, UUID]:
    """Adds the contact; answers the customer's new version and the new contact's id."""
    added: list[UUID] = []

    def decide() -> list[CronicaAggregate]:
        customer = app.load(Customer, customer_id, who.company_id, request.expected_version)
        added[:] = [
            customer.add_contact(command.name, command.position, command.phone, command.email)
        ]
        return [customer]

    written = app.write(request, decide)
    if not added:  # an idempotent repeat: the contact added by the first answer's version
        customer = app.find(Customer, customer_id, version=written.version)
        assert customer is not None, "an answered command's record exists at its version"
        added.append(list(customer.contacts)[-1])
    return written, added[0]
