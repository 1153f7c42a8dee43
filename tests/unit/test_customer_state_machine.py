"""Random command sequences on one customer, checked after every step against a simple model.

The model knows only what the rules say: prospect or customer, active or not, blocked or not,
the addresses and contacts by id, and how many events the accepted commands triggered (none for
a change to what the customer has already). A refused command must raise exactly the DomainError
the rules name, and must trigger no event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from cronica.domain.context import acting_as
from cronica.domain.customer import Customer
from cronica.domain.customer_values import Address, AddressKind, CustomerKind
from cronica.domain.errors import (
    DomainError,
    UnknownAddressError,
    UnknownContactError,
)
from tests.fixtures.aggregate_machines import AggregateMachine, illegal_if, machine_test
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.domain_records import ACME

# Few values, so that sequences often repeat what the customer has already.
ADDRESSES = [
    Address(AddressKind.BILLING, "Calle Colón 1", "Valencia", "46004"),
    Address(AddressKind.DELIVERY, "Calle Colón 1", "Valencia", "46004"),
    Address(AddressKind.VISIT, "Avenida del Puerto 8", "Valencia", "46023", label="Shop"),
]
NAMES = ["Lucía", "Jordi"]
# An index into the ids ever added (removed ones included); past their end, an unknown id.
PICKS = st.integers(0, 6)


@dataclass
class Model:
    """What the customer should look like, from the rules alone."""

    kind: CustomerKind
    active: bool = True
    blocked: bool = False
    addresses: dict[UUID, Address] = field(default_factory=dict)
    contacts: dict[UUID, str] = field(default_factory=dict)


class CustomerMachine(AggregateMachine[Customer]):
    def __init__(self) -> None:
        super().__init__()
        self.address_ids: list[UUID] = []
        self.contact_ids: list[UUID] = []

    @initialize(kind=st.sampled_from(list(CustomerKind)))
    def register(self, kind: CustomerKind) -> None:
        with acting_as(TEST_CONTEXT):
            self.begin(Customer.register(ACME, "C-000001", kind.value, "Ferrer SL", None))
        self.model = Model(kind)

    def triggered_by(
        self, command: Callable[[Customer], object], refusal: type[DomainError] | None
    ) -> int:
        """Runs the command; answers how many events it triggered (at most one)."""
        new = self.run(command, refusal)
        assert len(new) <= 1
        return len(new)

    @staticmethod
    def picked(ids: list[UUID], pick: int) -> UUID:
        return ids[pick] if pick < len(ids) else UUID(int=pick)

    @rule()
    def convert(self) -> None:
        already = self.model.kind is CustomerKind.CUSTOMER
        if self.triggered_by(lambda c: c.convert(), illegal_if(already)):
            self.model.kind = CustomerKind.CUSTOMER

    @rule(active=st.booleans())
    def activate_or_deactivate(self, active: bool) -> None:
        refusal = illegal_if(active == self.model.active)
        command = Customer.activate if active else Customer.deactivate
        if self.triggered_by(command, refusal):
            self.model.active = active

    @rule(blocked=st.booleans())
    def block_or_unblock(self, blocked: bool) -> None:
        refusal = illegal_if(blocked == self.model.blocked)
        if self.triggered_by(
            lambda c: c.block("Unpaid") if blocked else c.unblock("Paid"), refusal
        ):
            self.model.blocked = blocked

    def add(
        self,
        ids: list[UUID],
        parts: dict[UUID, Any],
        add: Callable[[Customer], UUID],
        value: object,
    ) -> None:
        """Adds a part (always accepted), in the customer and in the model's `parts`."""
        with acting_as(TEST_CONTEXT):
            part_id = add(self.aggregate)
        self.events += self.aggregate.collect_events()
        self.triggered += 1
        ids.append(part_id)
        parts[part_id] = value

    def on_part(
        self,
        ids: list[UUID],
        parts: dict[UUID, Any],
        pick: int,
        unknown: type[DomainError],
        command: Callable[[Customer, UUID], object],
        new: object | None,
    ) -> None:
        """Changes the picked part to `new`, or removes it (`new` None): one the model lacks is
        refused; a change to the value it has triggers nothing."""
        part_id = self.picked(ids, pick)
        known = part_id in parts
        triggered = self.triggered_by(lambda c: command(c, part_id), None if known else unknown)
        if not known:
            return
        assert triggered == (new is None or parts[part_id] != new)
        if new is None:
            del parts[part_id]
        else:
            parts[part_id] = new

    @rule(address=st.sampled_from(ADDRESSES))
    def add_address(self, address: Address) -> None:
        self.add(self.address_ids, self.model.addresses, lambda c: c.add_address(address), address)

    @rule(pick=PICKS, address=st.sampled_from(ADDRESSES))
    def change_address(self, pick: int, address: Address) -> None:
        def change(customer: Customer, address_id: UUID) -> None:
            customer.change_address(address_id, address)

        parts = self.model.addresses
        self.on_part(self.address_ids, parts, pick, UnknownAddressError, change, address)

    @rule(pick=PICKS)
    def remove_address(self, pick: int) -> None:
        remove = Customer.remove_address
        parts = self.model.addresses
        self.on_part(self.address_ids, parts, pick, UnknownAddressError, remove, None)

    @rule(name=st.sampled_from(NAMES))
    def add_contact(self, name: str) -> None:
        def add(customer: Customer) -> UUID:
            return customer.add_contact(name, None, None, None)

        self.add(self.contact_ids, self.model.contacts, add, name)

    @rule(pick=PICKS, name=st.sampled_from(NAMES))
    def change_contact(self, pick: int, name: str) -> None:
        def change(customer: Customer, contact_id: UUID) -> None:
            customer.change_contact(contact_id, name, None, None, None)

        parts = self.model.contacts
        self.on_part(self.contact_ids, parts, pick, UnknownContactError, change, name)

    @rule(pick=PICKS)
    def remove_contact(self, pick: int) -> None:
        remove = Customer.remove_contact
        parts = self.model.contacts
        self.on_part(self.contact_ids, parts, pick, UnknownContactError, remove, None)

    @invariant()
    def the_customer_matches_the_model(self) -> None:
        customer, model = self.aggregate, self.model
        self.assert_it_matches(model, "kind", "active", "blocked", "addresses")
        assert {i: c.name for i, c in customer.contacts.items()} == model.contacts


TestCustomerStateMachine = machine_test(CustomerMachine, steps=30)
