"""A contact met without a customer: created, its details changed, then attached to a customer of
its company, who gains it as a contact under the same id; attached, it changes no more."""

from __future__ import annotations

import pytest

from cronica.domain.company import company_id_for
from cronica.domain.contact import Contact, ContactStatus
from cronica.domain.context import CommandContext
from cronica.domain.customer import Customer
from cronica.domain.customer_values import CustomerContact
from cronica.domain.errors import IllegalTransitionError, WrongCompanyError
from tests.fixtures.domain_records import ACME, replayed


def met_at_fair() -> Contact:
    return Contact(company_id=ACME, name="Jordi Puig", position=None, phone=None, email=None)


def test_a_contact_is_created_and_its_details_changed(acting: CommandContext) -> None:
    contact = met_at_fair()

    contact.change_details("Jordi Puig", None, None, None)  # the same: nothing to say
    contact.change_details("Jordi Puig i Mas", "Buyer", "600222333", "jordi@puig.cat")

    events = contact.collect_events()
    assert [type(e).__name__ for e in events] == ["Created", "DetailsChanged"]
    assert (contact.name, contact.position, contact.status, contact.customer_id) == (
        "Jordi Puig i Mas",
        "Buyer",
        ContactStatus.UNATTACHED,
        None,
    )
    assert vars(replayed(Contact, events)) | {"_pending_events": []} == vars(contact)


def test_attached_it_becomes_the_customers_contact_under_its_id(acting: CommandContext) -> None:
    contact = met_at_fair()
    contact.change_details("Jordi Puig", "Buyer", None, "jordi@puig.cat")
    customer = Customer.register(ACME, "C-000001", "prospect", "Puig Hermanos", None)
    customer.collect_events()

    contact.attach_to(customer)

    assert [type(e).__name__ for e in customer.collect_events()] == ["ContactAdded"]
    assert customer.contact(contact.id) == CustomerContact(
        contact.id, "Jordi Puig", "Buyer", None, "jordi@puig.cat"
    )
    assert (contact.status, contact.customer_id) == (ContactStatus.ATTACHED, customer.id)
    with pytest.raises(IllegalTransitionError, match="attached"):
        contact.change_details("Jordi", None, None, None)
    with pytest.raises(IllegalTransitionError, match="attached"):
        contact.attach_to(customer)


def test_a_customer_of_another_company_gains_nothing(acting: CommandContext) -> None:
    contact = met_at_fair()
    contact.collect_events()
    other = Customer.register(company_id_for("globex"), "C-000001", "customer", "Globex", None)
    other.collect_events()

    with pytest.raises(WrongCompanyError):
        contact.attach_to(other)

    assert contact.collect_events() == other.collect_events() == []
    assert other.contacts == {}
