"""The customer's parts kept by their own ids: contacts, addresses and scored valuations.

`CustomerParts` is not a record of its own: `Customer` is built on it (through
`CustomerProfile`). Its events apply themselves (`apply`) rather than through `@event` methods:
a decorated method always triggers the event class of the class it is written in, so the events
would be named and stored as `CustomerParts.AddressAdded`. Triggered as `self.AddressAdded` they
are the customer's own (`Customer.AddressAdded`), like those `Customer` declares itself.
"""

from __future__ import annotations

from typing import Annotated, Any, TypeVar
from uuid import UUID, uuid4

from cronica.domain.base import CronicaAggregate
from cronica.domain.customer_values import (
    Address,
    AddressData,
    CustomerContact,
    Valuation,
    ValuationKind,
)
from cronica.domain.errors import (
    DomainError,
    IllegalTransitionError,
    UnknownAddressError,
    UnknownContactError,
    UnknownValuationError,
)
from cronica.domain.event_values import ValuesOf

P = TypeVar("P")


def _found(parts: dict[UUID, P], part_id: UUID, unknown: type[DomainError], noun: str) -> P:
    try:
        return parts[part_id]
    except KeyError:
        raise unknown(f"{noun} {part_id} does not belong to the customer") from None


class KeptContact(CronicaAggregate.Event):
    """A contact's details, which the customer keeps under the contact's id."""

    contact_id: UUID
    name: str
    position: str | None
    phone: str | None
    email: str | None

    def apply(self, aggregate: Any) -> None:
        aggregate.contacts[self.contact_id] = CustomerContact(
            self.contact_id, self.name, self.position, self.phone, self.email
        )


class KeptAddress(CronicaAggregate.Event):
    """An address, which the customer keeps under its id."""

    address_id: UUID
    address: AddressData

    def apply(self, aggregate: Any) -> None:
        aggregate.addresses[self.address_id] = Address.from_event_data(self.address)


class KeptValuation(CronicaAggregate.Event):
    """A valuation, which the customer keeps under its id."""

    valuation_id: UUID
    kind: Annotated[str, ValuesOf(ValuationKind)]
    score: int
    note: str | None

    def apply(self, aggregate: Any) -> None:
        aggregate.valuations[self.valuation_id] = Valuation(
            ValuationKind(self.kind), self.score, self.note
        )


class CustomerParts(CronicaAggregate):
    """The contacts, addresses and valuations of a customer."""

    class ContactAdded(KeptContact):
        pass

    class ContactChanged(KeptContact):
        """The contact's details now: a person's details are given together."""

    class ContactRemoved(CronicaAggregate.Event):
        contact_id: UUID

        def apply(self, aggregate: Any) -> None:
            del aggregate.contacts[self.contact_id]

    class AddressAdded(KeptAddress):
        pass

    class AddressChanged(KeptAddress):
        pass

    class AddressRemoved(CronicaAggregate.Event):
        address_id: UUID

        def apply(self, aggregate: Any) -> None:
            del aggregate.addresses[self.address_id]

    class ValuationRecorded(KeptValuation):
        pass

    class ValuationChanged(KeptValuation):
        pass

    class ValuationRemoved(CronicaAggregate.Event):
        valuation_id: UUID

        def apply(self, aggregate: Any) -> None:
            del aggregate.valuations[self.valuation_id]

    def _begin_parts(self) -> None:
        """A new customer's parts: none (called by the customer's created event)."""
        self.contacts: dict[UUID, CustomerContact] = {}
        self.addresses: dict[UUID, Address] = {}
        self.valuations: dict[UUID, Valuation] = {}

    def contact(self, contact_id: UUID) -> CustomerContact:
        return _found(self.contacts, contact_id, UnknownContactError, "contact")

    def address(self, address_id: UUID) -> Address:
        return _found(self.addresses, address_id, UnknownAddressError, "address")

    def valuation(self, valuation_id: UUID) -> Valuation:
        return _found(self.valuations, valuation_id, UnknownValuationError, "valuation")

    def add_contact(
        self,
        name: str,
        position: str | None,
        phone: str | None,
        email: str | None,
        contact_id: UUID | None = None,
    ) -> UUID:
        """Adds a contact under a new id, or under its own when it was met without a customer."""
        contact_id = contact_id or uuid4()
        if contact_id in self.contacts:
            raise IllegalTransitionError(f"contact {contact_id} is the customer's already")
        person = {"name": name, "position": position, "phone": phone, "email": email}
        self.trigger_event(self.ContactAdded, contact_id=contact_id, **person)
        return contact_id

    def change_contact(
        self,
        contact_id: UUID,
        name: str,
        position: str | None,
        phone: str | None,
        email: str | None,
    ) -> None:
        if self.contact(contact_id) != CustomerContact(contact_id, name, position, phone, email):
            person = {"name": name, "position": position, "phone": phone, "email": email}
            self.trigger_event(self.ContactChanged, contact_id=contact_id, **person)

    def remove_contact(self, contact_id: UUID) -> None:
        self.contact(contact_id)
        self.trigger_event(self.ContactRemoved, contact_id=contact_id)

    def add_address(self, address: Address) -> UUID:
        address_id = uuid4()
        self.trigger_event(
            self.AddressAdded, address_id=address_id, address=address.to_event_data()
        )
        return address_id

    def change_address(self, address_id: UUID, address: Address) -> None:
        if self.address(address_id) != address:
            data = address.to_event_data()
            self.trigger_event(self.AddressChanged, address_id=address_id, address=data)

    def remove_address(self, address_id: UUID) -> None:
        self.address(address_id)
        self.trigger_event(self.AddressRemoved, address_id=address_id)

    def record_valuation(self, valuation: Valuation) -> UUID:
        valuation_id = uuid4()
        self.trigger_event(self.ValuationRecorded, valuation_id=valuation_id, **_data(valuation))
        return valuation_id

    def change_valuation(self, valuation_id: UUID, valuation: Valuation) -> None:
        if self.valuation(valuation_id) != valuation:
            self.trigger_event(self.ValuationChanged, valuation_id=valuation_id, **_data(valuation))

    def remove_valuation(self, valuation_id: UUID) -> None:
        self.valuation(valuation_id)
        self.trigger_event(self.ValuationRemoved, valuation_id=valuation_id)


def _data(valuation: Valuation) -> dict[str, Any]:
    return {"kind": valuation.kind.value, "score": valuation.score, "note": valuation.note}
