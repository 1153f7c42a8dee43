"""Random but valid work on customers and contacts: prospects and customers registered,
converted, described, blocked, deactivated, represented, linked and given visit plans and custom
fields; their contacts, addresses and valuations added, changed and removed; contacts met
without a customer changed and attached to one."""

from __future__ import annotations

import random
from uuid import UUID

from cronica.commands.models.base import CommandModel
from cronica.commands.models.contacts import ChangeContact
from cronica.commands.models.customers import (
    ActivateCustomer,
    BlockCustomer,
    ClearCustomField,
    ClearVisitPlan,
    ConvertCustomer,
    DeactivateCustomer,
    UnblockCustomer,
    UnlinkCustomer,
)
from cronica.commands.results import Principal
from tests.integration.customer_bodies import NAMES, PARTS, PEOPLE, TAX_IDS, description, visit_plan
from tests.integration.customer_desk import CustomerDesk
from tests.integration.office import Office
from tests.integration.random_moves import Move, RandomMoves


class CustomerMoves(RandomMoves):
    """Changes of status only on customers of its own, whose status it knows; changes any
    status accepts on the shared customers too."""

    def __init__(self, office: Office, rng: random.Random, customers: list[UUID]) -> None:
        super().__init__(office, rng, customers)
        self.desk = CustomerDesk(office)
        self.own: list[UUID] = []
        self.prospects: list[UUID] = []
        self.blocked: set[UUID] = set()
        self.inactive: set[UUID] = set()
        self.linked: set[tuple[UUID, UUID]] = set()
        self.parts: list[tuple[str, UUID, UUID]] = []  # (kind, customer, part)
        self.met: list[UUID] = []

    def available(self) -> list[Move]:
        # One move, picked among the family's own, so that other families keep their share.
        return [self.any_move]

    def any_move(self) -> None:
        moves = [self.register, self.meet, self.describe, self.represent, self.plan_visits]
        if self.own:
            moves += [self.add_part, self.add_part, self.block_or_unblock, self.toggle_active]
            moves += [self.set_custom_field, self.link_or_unlink]
        if self.prospects:
            moves.append(self.convert)
        if self.parts:
            moves += [self.change_part, self.remove_part]
        if self.met:
            moves += [self.change_met, self.attach]
        self.rng.choice(moves)()

    def who(self) -> Principal:
        return self.rng.choice(self.office.staff)

    def any_customer(self) -> UUID:
        return self.rng.choice(self.customers + self.own)

    def register(self) -> None:
        kind = self.rng.choice(["prospect", "customer"])
        name, tax_id = self.rng.choice(NAMES), self.rng.choice(TAX_IDS)
        customer = self.desk.register(self.who(), kind, name, tax_id)
        self.own.append(customer)
        if kind == "prospect":
            self.prospects.append(customer)

    def convert(self) -> None:
        customer = self.prospects.pop(self.rng.randrange(len(self.prospects)))
        self.desk.change(self.who(), customer, ConvertCustomer())

    def describe(self) -> None:
        self.desk.change(self.who(), self.any_customer(), description(self.rng))

    def represent(self) -> None:
        self.desk.represent(self.who(), self.any_customer(), self.rng.choice(self.office.staff))

    def plan_visits(self) -> None:
        plan = ClearVisitPlan() if self.rng.random() < 0.3 else visit_plan(self.rng)
        self.desk.change(self.who(), self.any_customer(), plan)

    def block_or_unblock(self) -> None:
        customer = self.rng.choice(self.own)
        if customer in self.blocked:
            self.desk.change(self.who(), customer, UnblockCustomer(reason="Pagado"))
            self.blocked.remove(customer)
        else:
            self.desk.change(self.who(), customer, BlockCustomer(reason="Factura impagada"))
            self.blocked.add(customer)

    def toggle_active(self) -> None:
        customer = self.rng.choice(self.own)
        if customer in self.inactive:
            self.desk.change(self.who(), customer, ActivateCustomer())
            self.inactive.remove(customer)
        else:
            self.desk.change(self.who(), customer, DeactivateCustomer())
            self.inactive.add(customer)

    def set_custom_field(self) -> None:
        customer, choice = self.rng.choice(self.own), self.rng.randrange(3)
        if choice == 0:
            self.desk.custom_field(self.who(), customer, "employees", self.rng.randrange(1, 500))
        elif choice == 1:
            language = self.rng.choice(["Català", "Euskara", "English"])
            self.desk.custom_field(self.who(), customer, "preferred_language", language)
        else:
            self.desk.change(self.who(), customer, ClearCustomField(name="employees"))

    def link_or_unlink(self) -> None:
        pair = (self.rng.choice(self.own), self.rng.choice(self.customers))
        if pair in self.linked:
            self.desk.change(self.who(), pair[0], UnlinkCustomer(customer_id=pair[1]))
            self.linked.remove(pair)
        else:
            self.desk.link(self.who(), *pair)
            self.linked.add(pair)

    def add_part(self) -> None:
        kind, customer = self.rng.choice(sorted(PARTS)), self.rng.choice(self.own)
        part = self.desk.add(self.who(), customer, PARTS[kind][0](self.rng))
        self.parts.append((kind, customer, part))

    def change_part(self) -> None:
        kind, customer, part = self.rng.choice(self.parts)
        if kind == "contact":
            body: CommandModel = ChangeContact(name=self.rng.choice(PEOPLE), phone="600 000 111")
        else:
            body = PARTS[kind][0](self.rng)
        self.desk.change_part(self.who(), customer, part, body)

    def remove_part(self) -> None:
        kind, customer, part = self.parts.pop(self.rng.randrange(len(self.parts)))
        self.desk.change_part(self.who(), customer, part, PARTS[kind][1])

    def meet(self) -> None:
        self.met.append(self.desk.meet(self.who(), self.rng.choice(PEOPLE), position="Gerente"))

    def change_met(self) -> None:
        self.desk.change_contact(self.who(), self.rng.choice(self.met), self.rng.choice(PEOPLE))

    def attach(self) -> None:
        contact, customer = self.met.pop(self.rng.randrange(len(self.met))), self.any_customer()
        self.desk.attach(self.who(), contact, customer)
        self.parts.append(("contact", customer, contact))
