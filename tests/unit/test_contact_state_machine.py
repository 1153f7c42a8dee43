"""Random command sequences on a contact met without a customer, checked after every step against
a simple model.

The model knows only what the rules say: the details change while the contact is unattached (and
only when they differ), it is attached once, to a customer of its own company, who then holds the
same details under the contact's id; afterwards every change is refused without an event.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st
from hypothesis.stateful import initialize, invariant, rule

from cronica.domain.company import company_id_for
from cronica.domain.contact import Contact, ContactStatus
from cronica.domain.context import acting_as
from cronica.domain.customer import Customer
from cronica.domain.customer_values import CustomerContact
from cronica.domain.errors import DomainError, WrongCompanyError
from tests.fixtures.aggregate_machines import AggregateMachine, illegal_if, machine_test
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.domain_records import ACME

Details = tuple[str, str | None, str | None, str | None]
# Few values, so that sequences often "change" the details to the ones the contact has.
DETAILS = st.tuples(
    st.sampled_from(["Jordi Puig", "Jordi Puig i Mas"]),
    st.sampled_from([None, "Buyer"]),
    st.sampled_from([None, "600222333"]),
    st.sampled_from([None, "jordi@puig.cat"]),
)


@dataclass
class Model:
    details: Details = ("Jordi Puig", None, None, None)
    attached_to: Customer | None = None


class ContactMachine(AggregateMachine[Contact]):
    @initialize()
    def meet(self) -> None:
        self.model = Model()
        with acting_as(TEST_CONTEXT):
            self.begin(Contact(ACME, *self.model.details))

    @property
    def refused_when_attached(self) -> type[DomainError] | None:
        return illegal_if(self.model.attached_to is not None)

    @rule(details=DETAILS)
    def change_details(self, details: Details) -> None:
        same = details == self.model.details
        expected = [] if same else [Contact.DetailsChanged]
        refusal = self.refused_when_attached
        if self.attempt(lambda c: c.change_details(*details), refusal, *expected):
            self.model.details = details

    @rule(company=st.sampled_from(["acme", "globex"]))
    def attach(self, company: str) -> None:
        with acting_as(TEST_CONTEXT):
            customer = Customer.register(
                company_id_for(company), "C-000001", "customer", "Puig", None
            )
        customer.collect_events()
        refusal = self.refused_when_attached
        if refusal is None and company != "acme":
            refusal = WrongCompanyError
        if self.attempt(lambda c: c.attach_to(customer), refusal, Contact.AttachedToCustomer):
            self.model.attached_to = customer
            assert [type(e) for e in customer.collect_events()] == [Customer.ContactAdded]
        else:
            assert customer.collect_events() == [] and customer.contacts == {}

    @invariant()
    def the_contact_matches_the_model(self) -> None:
        contact, model = self.aggregate, self.model
        assert (contact.name, contact.position, contact.phone, contact.email) == model.details
        if model.attached_to is None:
            assert (contact.status, contact.customer_id) == (ContactStatus.UNATTACHED, None)
        else:
            customer = model.attached_to
            assert (contact.status, contact.customer_id) == (ContactStatus.ATTACHED, customer.id)
            assert customer.contact(contact.id) == CustomerContact(contact.id, *model.details)


TestContactStateMachine = machine_test(ContactMachine, steps=20)
