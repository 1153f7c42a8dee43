"""Customer and contact commands as the office issues them (through the command functions, as
the HTTP API would): for the stories and random moves of the customer view."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from cronica.commands.contacts import attach_contact, change_contact, create_contact
from cronica.commands.customer_parts import add_part, change_part
from cronica.commands.customers import (
    assign_representative,
    change_customer,
    create_customer,
    link_customer,
    set_custom_field,
)
from cronica.commands.models.base import CommandModel
from cronica.commands.models.contacts import AttachContact, ChangeContact, CreateContact
from cronica.commands.models.customers import (
    AssignRepresentative,
    CreateCustomer,
    LinkCustomer,
    SetCustomField,
)
from cronica.commands.results import Principal, Written
from tests.integration.office import Office, call_of


@dataclass(frozen=True)
class CustomerDesk:
    """The office's customer and contact commands; `who` is the person issuing each."""

    office: Office

    def register(self, who: Principal, kind: str, name: str, tax_id: str | None = None) -> UUID:
        command = CreateCustomer(kind=kind, name=name, tax_id=tax_id)  # type: ignore[arg-type]
        return create_customer(call_of(self.office.app, who), command).id

    def change(self, who: Principal, customer_id: UUID, command: CommandModel) -> Written:
        """Any change `commands.customers.CHANGES` carries out (convert, block, classify...)."""
        return change_customer(call_of(self.office.app, who), customer_id, command)

    def add(self, who: Principal, customer_id: UUID, command: CommandModel) -> UUID:
        """Adds a contact, an address or a valuation; answers its id."""
        return add_part(call_of(self.office.app, who), customer_id, command)[1]

    def change_part(
        self, who: Principal, customer_id: UUID, part_id: UUID, command: CommandModel
    ) -> Written:
        """Changes or removes (by the body's type) a contact, an address or a valuation."""
        app = self.office.app
        return change_part(call_of(app, who), customer_id, part_id, command)

    def represent(self, who: Principal, customer_id: UUID, representative: Principal) -> Written:
        command = AssignRepresentative(representative_id=representative.user_id)
        return assign_representative(call_of(self.office.app, who), customer_id, command)

    def link(self, who: Principal, customer_id: UUID, other_id: UUID) -> Written:
        command = LinkCustomer(customer_id=other_id)
        return link_customer(call_of(self.office.app, who), customer_id, command)

    def custom_field(
        self, who: Principal, customer_id: UUID, name: str, value: str | int | float | bool
    ) -> Written:
        command = SetCustomField(name=name, value=value)
        return set_custom_field(call_of(self.office.app, who), customer_id, command)

    def meet(self, who: Principal, name: str, position: str | None = None) -> UUID:
        """A contact met without a customer."""
        command = CreateContact(name=name, position=position, phone="611 222 333")
        return create_contact(call_of(self.office.app, who), command).id

    def change_contact(self, who: Principal, contact_id: UUID, name: str) -> Written:
        command = ChangeContact(name=name, position="Gerente", email="gerencia@example.es")
        return change_contact(call_of(self.office.app, who), contact_id, command)

    def attach(self, who: Principal, contact_id: UUID, customer_id: UUID) -> Written:
        command = AttachContact(customer_id=customer_id)
        return attach_contact(call_of(self.office.app, who), contact_id, command)
