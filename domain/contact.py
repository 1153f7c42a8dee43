"""A contact met without a customer (at a fair, on a call), kept until it is attached to one.

Attached, the person becomes one of the customer's contacts under the contact's own id, and is
changed there from then on: the contact record only remembers which customer it went to.
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar
from uuid import UUID

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate
from cronica.domain.customer import Customer
from cronica.domain.errors import WrongCompanyError
from cronica.domain.lifecycle import StatusGuarded
from cronica.domain.record_rules import RecordRule


class ContactStatus(StrEnum):
    UNATTACHED = "unattached"
    ATTACHED = "attached"


class Contact(StatusGuarded, CronicaAggregate):
    """A person of no customer yet: name, position (cargo), phone and e-mail."""

    noun = "a contact"

    access_rule: ClassVar[RecordRule] = RecordRule.BUSINESS

    class Created(CronicaAggregate.Created):
        name: str
        position: str | None
        phone: str | None
        email: str | None

    class DetailsChanged(CronicaAggregate.Event):
        """The contact's details now: a person's details are given together."""

        name: str
        position: str | None
        phone: str | None
        email: str | None

    class AttachedToCustomer(CronicaAggregate.Event):
        customer_id: UUID

    @event(Created)
    def __init__(
        self,
        company_id: UUID,
        name: str,
        position: str | None,
        phone: str | None,
        email: str | None,
    ) -> None:
        self.company_id = company_id
        self.name = name
        self.position = position
        self.phone = phone
        self.email = email
        self.status = ContactStatus.UNATTACHED
        self.customer_id: UUID | None = None

    def change_details(
        self, name: str, position: str | None, phone: str | None, email: str | None
    ) -> None:
        self._require({ContactStatus.UNATTACHED}, "change")
        if (name, position, phone, email) != (self.name, self.position, self.phone, self.email):
            self._details_changed(name=name, position=position, phone=phone, email=email)

    @event(DetailsChanged)
    def _details_changed(
        self, name: str, position: str | None, phone: str | None, email: str | None
    ) -> None:
        self.name = name
        self.position = position
        self.phone = phone
        self.email = email

    def attach_to(self, customer: Customer) -> None:
        """Makes the person one of the customer's contacts, under this contact's id."""
        self._require({ContactStatus.UNATTACHED}, "attach")
        if customer.company_id != self.company_id:
            raise WrongCompanyError(f"{customer.number} is a customer of another company")
        customer.add_contact(self.name, self.position, self.phone, self.email, contact_id=self.id)
        self._attached_to_customer(customer_id=customer.id)

    @event(AttachedToCustomer)
    def _attached_to_customer(self, customer_id: UUID) -> None:
        self.status = ContactStatus.ATTACHED
        self.customer_id = customer_id
