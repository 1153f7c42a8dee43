"""The customer (account): a prospect or a customer, with its contacts."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID, uuid4

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate
from cronica.domain.errors import UnknownContactError
from cronica.domain.tax_id import normalise_tax_id


class CustomerKind(StrEnum):
    PROSPECT = "prospect"
    CUSTOMER = "customer"


@dataclass(frozen=True)
class Contact:
    """A person at the customer, with their position (cargo)."""

    id: UUID
    name: str
    position: str | None
    phone: str | None
    email: str | None


class Customer(CronicaAggregate):
    """A prospect or customer of one company, numbered C-000001 onwards."""

    class Created(CronicaAggregate.Created):
        number: str
        kind: str
        name: str
        tax_id: str | None

    class ContactAdded(CronicaAggregate.Event):
        contact_id: UUID
        name: str
        position: str | None
        phone: str | None
        email: str | None

    @classmethod
    def register(
        cls, company_id: UUID, number: str, kind: str, name: str, tax_id: str | None
    ) -> Customer:
        """Validates the tax id and kind, then creates the customer."""
        return cls(
            company_id=company_id,
            number=number,
            kind=CustomerKind(kind).value,
            name=name,
            tax_id=normalise_tax_id(tax_id) if tax_id else None,
        )

    @event(Created)
    def __init__(
        self, company_id: UUID, number: str, kind: str, name: str, tax_id: str | None
    ) -> None:
        self.company_id = company_id
        self.number = number
        self.kind = CustomerKind(kind)
        self.name = name
        self.tax_id = tax_id
        self.contacts: dict[UUID, Contact] = {}

    def add_contact(
        self, name: str, position: str | None, phone: str | None, email: str | None
    ) -> UUID:
        contact_id = uuid4()
        self._contact_added(
            contact_id=contact_id, name=name, position=position, phone=phone, email=email
        )
        return contact_id

    @event(ContactAdded)
    def _contact_added(
        self,
        contact_id: UUID,
        name: str,
        position: str | None,
        phone: str | None,
        email: str | None,
    ) -> None:
        self.contacts[contact_id] = Contact(contact_id, name, position, phone, email)

    def contact(self, contact_id: UUID) -> Contact:
        try:
            return self.contacts[contact_id]
        except KeyError:
            raise UnknownContactError(
                f"contact {contact_id} does not belong to customer {self.id}"
            ) from None
