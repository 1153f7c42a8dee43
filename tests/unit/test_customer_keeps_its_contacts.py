"""Customers: registered with a validated tax id, with contacts that incidents can refer to."""

from __future__ import annotations

from uuid import uuid4

import pytest

from cronica.domain.context import CommandContext
from cronica.domain.customer import Customer
from cronica.domain.customer_values import CustomerContact, CustomerKind
from cronica.domain.errors import InvalidTaxIdError, UnknownContactError
from tests.fixtures.domain_records import ACME, replayed


def register(tax_id: str | None = "b-12345674") -> Customer:
    return Customer.register(
        company_id=ACME, number="C-000001", kind="customer", name="Ferrer SL", tax_id=tax_id
    )


def test_a_customer_is_registered_with_its_tax_id_normalised(acting: CommandContext) -> None:
    customer = register()

    (created,) = customer.collect_events()
    assert isinstance(created, Customer.Created)
    assert (created.number, created.kind, created.name, created.tax_id) == (
        "C-000001",
        "customer",
        "Ferrer SL",
        "B12345674",
    )
    assert customer.kind is CustomerKind.CUSTOMER
    assert customer.contacts == {}


def test_a_prospect_may_have_no_tax_id(acting: CommandContext) -> None:
    prospect = Customer.register(ACME, "C-000002", "prospect", "Talleres Soler", None)

    assert (prospect.kind, prospect.tax_id) == (CustomerKind.PROSPECT, None)


def test_an_invalid_tax_id_or_kind_registers_nothing(acting: CommandContext) -> None:
    with pytest.raises(InvalidTaxIdError):
        register(tax_id="B12345675")
    with pytest.raises(ValueError, match="supplier"):
        Customer.register(ACME, "C-000001", "supplier", "Ferrer SL", None)


def test_contacts_are_added_and_found_by_id(acting: CommandContext) -> None:
    customer = register()
    lucia = customer.add_contact("Lucía Ferrer", "Purchasing", "+34 600 111 222", "lucia@ferrer.es")
    jordi = customer.add_contact("Jordi Puig", None, None, None)

    assert customer.contact(lucia) == CustomerContact(
        lucia, "Lucía Ferrer", "Purchasing", "+34 600 111 222", "lucia@ferrer.es"
    )
    assert customer.contact(jordi).name == "Jordi Puig"
    added = customer.collect_events()[1:]
    assert [(type(e), e.contact_id) for e in added] == [
        (Customer.ContactAdded, lucia),
        (Customer.ContactAdded, jordi),
    ]


def test_contacts_survive_a_replay_in_the_order_they_were_added(acting: CommandContext) -> None:
    customer = register()
    ids = [customer.add_contact(f"Contact {n}", None, None, None) for n in range(3)]

    again = replayed(Customer, customer.collect_events())

    assert list(again.contacts) == ids
    assert again.contact(ids[1]) == customer.contact(ids[1])


def test_a_contact_of_another_customer_is_unknown(acting: CommandContext) -> None:
    customer = register()
    customer.add_contact("Lucía Ferrer", None, None, None)

    with pytest.raises(UnknownContactError):
        customer.contact(uuid4())
