"""The customer (account): a prospect or a customer, converted keeping all that is recorded about
it; active or not, blocked or not, linked to other customers of its company.

The rest of the customer is built in layers below it: `CustomerProfile` (names, codes,
classification, representative, notes, custom fields, visit plan) on `CustomerParts` (contacts,
addresses, valuations). Changing a status the customer is already in is refused; setting values it
already has triggers nothing.
"""

from __future__ import annotations

from typing import Annotated, ClassVar
from uuid import UUID

from eventsourcing.domain import event

from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.customer_profile import CustomerProfile
from cronica.domain.customer_values import CustomerKind
from cronica.domain.errors import IllegalTransitionError, SelfLinkError, WrongCompanyError
from cronica.domain.event_values import ValuesOf
from cronica.domain.record_rules import RecordRule
from cronica.domain.tax_id import normalise_tax_id


class Customer(CustomerProfile):
    """A prospect or customer of one company, numbered C-000001 onwards."""

    access_rule: ClassVar[RecordRule] = RecordRule.BUSINESS

    @property
    def people(self) -> frozenset[UUID]:
        """Its sales representative."""
        return people_named(self.representative_id)

    class Created(CronicaAggregate.Created):
        number: str
        kind: Annotated[str, ValuesOf(CustomerKind)]
        name: str
        tax_id: str | None

    class Converted(CronicaAggregate.Event):
        """The prospect became a customer."""

    class Activated(CronicaAggregate.Event):
        pass

    class Deactivated(CronicaAggregate.Event):
        pass

    class Blocked(CronicaAggregate.Event):
        reason: str

    class Unblocked(CronicaAggregate.Event):
        reason: str

    class Linked(CronicaAggregate.Event):
        linked_customer_id: UUID

    class Unlinked(CronicaAggregate.Event):
        linked_customer_id: UUID

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
        self.active = True
        self.blocked_reason: str | None = None
        self.linked_customer_ids: set[UUID] = set()
        self._begin_parts()
        self._begin_profile()

    @property
    def blocked(self) -> bool:
        return self.blocked_reason is not None

    def convert(self) -> None:
        """Makes the prospect a customer; all that is recorded about it stays."""
        if self.kind is CustomerKind.CUSTOMER:
            raise IllegalTransitionError(f"{self.number} is a customer already")
        self._converted()

    @event(Converted)
    def _converted(self) -> None:
        self.kind = CustomerKind.CUSTOMER

    def activate(self) -> None:
        if self.active:
            raise IllegalTransitionError(f"{self.number} is active already")
        self._activated()

    @event(Activated)
    def _activated(self) -> None:
        self.active = True

    def deactivate(self) -> None:
        if not self.active:
            raise IllegalTransitionError(f"{self.number} is inactive already")
        self._deactivated()

    @event(Deactivated)
    def _deactivated(self) -> None:
        self.active = False

    def block(self, reason: str) -> None:
        if self.blocked:
            raise IllegalTransitionError(f"{self.number} is blocked already: {self.blocked_reason}")
        self._blocked(reason=reason)

    @event(Blocked)
    def _blocked(self, reason: str) -> None:
        self.blocked_reason = reason

    def unblock(self, reason: str) -> None:
        if not self.blocked:
            raise IllegalTransitionError(f"{self.number} is not blocked")
        self._unblocked(reason=reason)

    @event(Unblocked)
    def _unblocked(self, reason: str) -> None:
        self.blocked_reason = None

    def link(self, other: Customer) -> None:
        """Links another customer of the company to this one (a group, a head office...)."""
        if other.id == self.id:
            raise SelfLinkError(f"{self.number} cannot be linked to itself")
        if other.company_id != self.company_id:
            raise WrongCompanyError(f"{other.number} is a customer of another company")
        if other.id in self.linked_customer_ids:
            raise IllegalTransitionError(f"{other.number} is linked to {self.number} already")
        self._linked(linked_customer_id=other.id)

    @event(Linked)
    def _linked(self, linked_customer_id: UUID) -> None:
        self.linked_customer_ids.add(linked_customer_id)

    def unlink(self, linked_customer_id: UUID) -> None:
        if linked_customer_id not in self.linked_customer_ids:
            raise IllegalTransitionError(
                f"customer {linked_customer_id} is not linked to {self.number}"
            )
        self._unlinked(linked_customer_id=linked_customer_id)

    @event(Unlinked)
    def _unlinked(self, linked_customer_id: UUID) -> None:
        self.linked_customer_ids.remove(linked_customer_id)
