"""A customer's own rules: a prospect converted keeping its data, activated and deactivated, blocked
and unblocked with a reason, linked to other customers of its company; its names, tax id,
activity codes, classification, territory, representative, notes and custom fields set, each by
an event saying only what changed, and nothing written when nothing changes."""

from __future__ import annotations

from uuid import UUID, uuid4

import pytest

from cronica.domain.catalogue_values import Entry, ValueType
from cronica.domain.company import company_id_for
from cronica.domain.context import CommandContext
from cronica.domain.customer import Customer
from cronica.domain.customer_values import CustomerKind
from cronica.domain.errors import (
    IllegalTransitionError,
    InvalidActivityCodeError,
    InvalidCustomFieldValueError,
    InvalidTaxIdError,
    SelfLinkError,
    WrongCompanyError,
)
from cronica.domain.event_data import event_data
from tests.fixtures.domain_records import ACME, replayed

EMPLOYEES = Entry("employees", "Empleados", value_type=ValueType.NUMBER)
LANGUAGE = Entry("language", "Idioma", value_type=ValueType.CHOICE, choices=("es", "ca"))
SINCE = Entry("since", "Cliente desde", value_type=ValueType.DATE)
VIP = Entry("vip", "VIP", value_type=ValueType.BOOLEAN)
MOTTO = Entry("motto", "Lema", value_type=ValueType.TEXT)


def prospect(number: str = "C-000001", company_id: UUID = ACME) -> Customer:
    return Customer.register(company_id, number, "prospect", "Talleres Soler", None)


def changes(customer: Customer) -> list[tuple[str, dict[str, object]]]:
    """The events triggered since the last call: their names and their own data."""
    return [(type(e).__name__, event_data(e)) for e in customer.collect_events()]


def test_a_prospect_is_converted_once_keeping_what_is_recorded(acting: CommandContext) -> None:
    customer = prospect()
    customer.add_contact("Lucía", None, None, None)
    customer.change_notes("Met at the fair")
    customer.collect_events()

    customer.convert()

    assert changes(customer) == [("Converted", {})]
    assert (customer.kind, customer.notes, len(customer.contacts)) == (
        CustomerKind.CUSTOMER,
        "Met at the fair",
        1,
    )
    with pytest.raises(IllegalTransitionError, match="customer already"):
        customer.convert()


def test_activity_and_blocking_are_statuses_changed_once(acting: CommandContext) -> None:
    customer = prospect()
    customer.collect_events()

    with pytest.raises(IllegalTransitionError):
        customer.activate()
    with pytest.raises(IllegalTransitionError):
        customer.unblock("Paid")
    customer.deactivate()
    customer.block("Unpaid invoices")
    with pytest.raises(IllegalTransitionError):
        customer.deactivate()
    with pytest.raises(IllegalTransitionError, match="Unpaid invoices"):
        customer.block("Again")
    assert (customer.active, customer.blocked, customer.blocked_reason) == (
        False,
        True,
        "Unpaid invoices",
    )
    customer.unblock("Paid")
    customer.activate()

    assert [name for name, _ in changes(customer)] == [
        "Deactivated",
        "Blocked",
        "Unblocked",
        "Activated",
    ]
    assert (customer.active, customer.blocked) == (True, False)


def test_customers_of_one_company_are_linked_and_unlinked(acting: CommandContext) -> None:
    customer, head_office = prospect(), prospect("C-000002")
    customer.collect_events()

    customer.link(head_office)

    assert changes(customer) == [("Linked", {"linked_customer_id": head_office.id})]
    with pytest.raises(IllegalTransitionError, match="already"):
        customer.link(head_office)
    with pytest.raises(SelfLinkError):
        customer.link(customer)
    with pytest.raises(WrongCompanyError):
        customer.link(prospect("C-000009", company_id_for("globex")))
    customer.unlink(head_office.id)
    assert customer.linked_customer_ids == set()
    with pytest.raises(IllegalTransitionError, match="not linked"):
        customer.unlink(head_office.id)


def test_each_setting_says_what_changed_and_a_repeat_writes_nothing(
    acting: CommandContext,
) -> None:
    customer = prospect()
    customer.collect_events()
    representative = uuid4()

    for _ in range(2):
        customer.rename("Soler", "Talleres Soler S.L.")
        customer.change_tax_id(" b-1234567-4 ")
        customer.change_activity_codes("7538", "45.20")
        customer.set_no_mailing(True)
        customer.classify("workshops", {"size": "sme"})
        customer.change_territory("Levante", "Valencia norte", "R-12")
        customer.assign_representative(representative)
        customer.change_particularities("Pays at 90 days")

    assert changes(customer) == [
        ("Renamed", {"name": "Soler", "legal_name": "Talleres Soler S.L."}),
        ("TaxIdChanged", {"tax_id": "B12345674"}),
        ("ActivityCodesChanged", {"sic_code": "7538", "cnae_code": "4520"}),
        ("NoMailingSet", {"no_mailing": True}),
        ("ClassificationChanged", {"segment": "workshops", "criteria": {"size": "sme"}}),
        ("TerritoryChanged", {"zone": "Levante", "sub_zone": "Valencia norte", "route": "R-12"}),
        ("RepresentativeAssigned", {"representative_id": representative}),
        ("ParticularitiesChanged", {"particularities": "Pays at 90 days"}),
    ]
    customer.change_tax_id(None)
    assert customer.tax_id is None


def test_invalid_tax_ids_and_activity_codes_change_nothing(acting: CommandContext) -> None:
    customer = prospect()
    customer.collect_events()

    with pytest.raises(InvalidTaxIdError):
        customer.change_tax_id("B12345675")
    for sic, cnae in [("753", None), (None, "45-20"), ("75 38", None), (None, "452a")]:
        with pytest.raises(InvalidActivityCodeError):
            customer.change_activity_codes(sic, cnae)
    assert changes(customer) == []


def test_custom_fields_hold_values_of_their_definitions_types(acting: CommandContext) -> None:
    customer = prospect()
    customer.collect_events()

    for field, value in [(EMPLOYEES, 12), (LANGUAGE, "ca"), (SINCE, "2020-02-29"), (VIP, True)]:
        customer.set_custom_field(field, value)
    customer.set_custom_field(EMPLOYEES, 12)
    customer.set_custom_field(EMPLOYEES, 12.0)  # a float: not the int 12, though 12 == 12.0
    customer.clear_custom_field("language")
    customer.clear_custom_field("language")

    assert [name for name, _ in changes(customer)] == ["CustomFieldSet"] * 5 + [
        "CustomFieldCleared"
    ]
    assert customer.custom_fields == {"employees": 12.0, "since": "2020-02-29", "vip": True}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        (EMPLOYEES, True),
        (EMPLOYEES, "12"),
        (EMPLOYEES, float("inf")),
        (LANGUAGE, "eu"),
        (SINCE, "2021-02-29"),
        (SINCE, "20200229"),
        (VIP, 1),
        (MOTTO, "  "),
    ],
)
def test_a_value_that_does_not_suit_its_field_is_refused(
    acting: CommandContext, field: Entry, value: str | int | float | bool
) -> None:
    customer = prospect()

    with pytest.raises(InvalidCustomFieldValueError):
        customer.set_custom_field(field, value)


def test_the_events_alone_rebuild_the_customer(acting: CommandContext) -> None:
    customer = prospect()
    customer.rename("Soler", None)
    customer.set_custom_field(VIP, False)
    customer.link(prospect("C-000002"))
    customer.block("Unpaid invoices")

    again = replayed(Customer, customer.collect_events())

    assert vars(again) | {"_pending_events": []} == vars(customer)
