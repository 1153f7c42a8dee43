"""Random command sequences on a contact met without a customer, checked after every step against
a simple model.

The model knows only what the rules say: the details change while the contact is unattached (and
only when they differ), it is attached once, to a customer of its own company, who then holds the
same details under the contact's id; afterwards every change is refused without an event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from eventsourcing.domain import Aggregate
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from cronica.domain.company import company_id_for
from cronica.domain.contact import Contact, ContactStatus
from cronica.domain.context import acting_as
from cronica.domain.customer import Customer
from cronica.domain.customer_values import CustomerContact
from cronica.domain.errors import DomainError, IllegalTransitionError, WrongCompanyError
from tests.fixtures.command_context import TEST_CONTEXT
from tests.fixtures.domain_records import ACME, replayed

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
    triggered: int = 0  # events after Created


class ContactMachine(RuleBasedStateMachine):
    @initialize()
    def meet(self) -> None:
        self.model = Model()
        with acting_as(TEST_CONTEXT):
            self.contact = Contact(ACME, *self.model.details)
        self.events: list[Aggregate.Event] = self.contact.collect_events()

    def attempt(
        self,
        command: Callable[[Contact], None],
        refusal: type[DomainError] | None,
        event: type[Aggregate.Event] | None,
    ) -> bool:
        """Runs the command; True when it was accepted with the one event expected (or none)."""
        with acting_as(TEST_CONTEXT):
            if refusal is None:
                command(self.contact)
            else:
                with pytest.raises(DomainError) as refused:
                    command(self.contact)
                assert type(refused.value) is refusal
        new = self.contact.collect_events()
        assert [type(e) for e in new] == ([] if refusal or event is None else [event])
        self.events += new
        self.model.triggered += len(new)
        return refusal is None

    @property
    def refused_when_attached(self) -> type[DomainError] | None:
        return None if self.model.attached_to is None else IllegalTransitionError

    @rule(details=DETAILS)
    def change_details(self, details: Details) -> None:
        same = details == self.model.details
        event = None if same else Contact.DetailsChanged
        if self.attempt(lambda c: c.change_details(*details), self.refused_when_attached, event):
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
        contact, model = self.contact, self.model
        assert (contact.name, contact.position, contact.phone, contact.email) == model.details
        assert self.contact.version == 1 + model.triggered
        if model.attached_to is None:
            assert (contact.status, contact.customer_id) == (ContactStatus.UNATTACHED, None)
        else:
            customer = model.attached_to
            assert (contact.status, contact.customer_id) == (ContactStatus.ATTACHED, customer.id)
            assert customer.contact(contact.id) == CustomerContact(contact.id, *model.details)

    @invariant()
    def the_events_alone_rebuild_the_contact(self) -> None:
        assert [e.originator_version for e in self.events] == list(range(1, len(self.events) + 1))
        again = replayed(Contact, self.events)
        assert vars(again) | {"_pending_events": []} == vars(self.contact)


ContactMachine.TestCase.settings = settings(max_examples=100, stateful_step_count=20, deadline=None)
TestContactStateMachine = ContactMachine.TestCase
