"""The customer directory: a prospect described in every way keeps all of it when converted;
a contact met at a fair joins a customer's contacts when attached; removed addresses and
valuations disappear; a page of customers gets its parts in one query each."""

from __future__ import annotations

import json
from datetime import date, time

from cronica.commands.models.contacts import ChangeContact
from cronica.commands.models.customers import (
    AddContact,
    AddressBody,
    BlockCustomer,
    ChangeActivityCodes,
    ChangeNotes,
    ChangeParticularities,
    ChangeTaxId,
    ChangeTerritory,
    ClassifyCustomer,
    ConvertCustomer,
    DeactivateCustomer,
    RemoveAddress,
    RemoveContact,
    RemoveValuation,
    RenameCustomer,
    SetNoMailing,
    SetVisitPlan,
    ValuationBody,
)
from cronica.domain.customer import Customer
from cronica.ops.container import Container
from cronica.projections.customers.parts import (
    ADDRESSES,
    CONTACT_LIST,
    CONTACTS,
    VALUATIONS,
    ContactRow,
)
from cronica.projections.customers.queries import customers_by_ids
from cronica.projections.filtering import Condition
from cronica.projections.paging import Window
from cronica.projections.rows import utc_text
from cronica.projections.store import ReadStore
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.customer_desk import CustomerDesk
from tests.fixtures.staff.office import Office


def unattached_contacts(store: ReadStore, company_id: str) -> list[ContactRow]:
    no_customer = Condition("customerId", "is_null", True)
    return CONTACT_LIST.page(
        store, whole_company(company_id), no_customer, [], Window(first=100)
    ).rows


def test_a_converted_prospect_keeps_everything_recorded_about_it(container: Container) -> None:
    office = Office(container.application)
    lucia, pedro = office.hire("Lucía", "agent"), office.hire("Pedro", "agent")
    desk = CustomerDesk(office)
    levante = desk.register(lucia, "prospect", "Frutas Levante")
    head_office = desk.register(lucia, "customer", "Grupo Levante")
    descriptions = [
        RenameCustomer(name="Levante Frutas", legal_name="Frutas Levante S.L."),
        ChangeTaxId(tax_id="b-12345674"),
        ChangeActivityCodes(sic_code="5148", cnae_code="46.31"),
        SetNoMailing(no_mailing=True),
        ClassifyCustomer(segment="wholesale", criteria={"size": "sme", "area": "east"}),
        ChangeTerritory(zone="Levante", sub_zone="Valencia", route="R1"),
        ChangeNotes(notes="Pays at 60 days"),
        ChangeParticularities(particularities="Closed in August"),
        SetVisitPlan(
            weekdays=["thursday", "monday"],
            window_starts=time(9),
            window_ends=time(13, 30),
            frequency="fortnightly",
            starts_on=date(2026, 3, 2),
        ),
        BlockCustomer(reason="unpaid invoice"),
        DeactivateCustomer(),
    ]
    for command in descriptions:
        desk.change(lucia, levante, command)
    desk.represent(lucia, levante, pedro)
    desk.link(lucia, levante, head_office)
    desk.custom_field(lucia, levante, "employees", 42)
    desk.custom_field(lucia, levante, "preferred_language", "Català")
    container.runner.catch_up()
    company = str(lucia.company_id)
    before = customers_by_ids(container.store, whole_company(company), [str(levante)])[str(levante)]

    converted = desk.change(lucia, levante, ConvertCustomer())
    container.runner.catch_up()

    row = customers_by_ids(container.store, whole_company(company), [str(levante)])[str(levante)]
    stored = container.application.find(Customer, levante)
    assert stored is not None
    assert (row.kind, before.kind, before.converted_at) == ("customer", "prospect", None)
    assert row.converted_at == row.updated_at == utc_text(stored.modified_on)
    assert row.version == converted.version == stored.version == 17
    assert (row.number, row.name, row.legal_name) == (
        "C-000001",
        "Levante Frutas",
        "Frutas Levante S.L.",
    )
    assert (row.tax_id, row.sic_code, row.cnae_code) == ("B12345674", "5148", "4631")
    assert (row.active, row.blocked, row.blocked_reason, row.no_mailing) == (
        False,
        True,
        "unpaid invoice",
        True,
    )
    assert (row.segment, json.loads(row.criteria)) == ("wholesale", {"size": "sme", "area": "east"})
    assert (row.zone, row.sub_zone, row.route) == ("Levante", "Valencia", "R1")
    assert row.representative_id == str(pedro.user_id)
    assert (row.notes, row.particularities) == ("Pays at 60 days", "Closed in August")
    assert json.loads(row.custom_fields) == {"employees": 42, "preferred_language": "Català"}
    assert json.loads(row.linked_customer_ids) == [str(head_office)]
    assert json.loads(row.visit_plan or "null")["weekdays"] == ["monday", "thursday"]
    assert row.created_at == before.created_at
    unchanged = {"kind", "converted_at", "updated_at", "version"}
    assert {k: v for k, v in vars(row).items() if k not in unchanged} == {
        k: v for k, v in vars(before).items() if k not in unchanged
    }


def test_a_contact_met_without_a_customer_joins_one_when_attached(container: Container) -> None:
    office = Office(container.application)
    lucia = office.hire("Lucía", "agent")
    desk = CustomerDesk(office)
    taller = desk.register(lucia, "customer", "Talleres Ruiz")
    jorge = office.contact(lucia, taller, "Jorge Ruiz")
    marta = desk.meet(lucia, "Marta Sanz", position="Compras")
    container.runner.catch_up()
    company = str(lucia.company_id)

    unattached = unattached_contacts(container.store, company)
    assert [(c.id, c.name, c.customer_id) for c in unattached] == [(str(marta), "Marta Sanz", None)]
    met_at = unattached[0].created_at

    desk.change_contact(lucia, marta, "Marta Sanz Gil")
    desk.attach(lucia, marta, taller)
    container.runner.catch_up()

    contacts = CONTACTS.of(container.store, whole_company(company), [str(taller)])[str(taller)]
    assert [(c.name, c.position, c.email) for c in contacts] == [
        ("Jorge Ruiz", None, "contact@example.es"),
        ("Marta Sanz Gil", "Gerente", "gerencia@example.es"),
    ]
    assert contacts[1].created_at == met_at < contacts[1].updated_at
    assert unattached_contacts(container.store, company) == []

    change = ChangeContact(name="Marta Sanz Gil", position="Directora", phone="600 111 222")
    desk.change_part(lucia, taller, marta, change)
    desk.change_part(lucia, taller, jorge, RemoveContact())
    container.runner.catch_up()

    contacts = CONTACTS.of(container.store, whole_company(company), [str(taller)])[str(taller)]
    assert [(c.id, c.position, c.phone, c.email) for c in contacts] == [
        (str(marta), "Directora", "600 111 222", None)
    ]


def test_removed_addresses_and_valuations_disappear(container: Container) -> None:
    office = Office(container.application)
    lucia = office.hire("Lucía", "agent")
    desk = CustomerDesk(office)
    taller, bar = (desk.register(lucia, "customer", name) for name in ("Talleres Ruiz", "Bar Pepe"))
    visit = AddressBody(kind="visit", street="Calle Mayor 3", city="Madrid", postal_code="28013")
    billing = AddressBody(kind="billing", street="Rúa Nova 1", city="Lugo", province="Lugo")
    kept = desk.add(lucia, taller, visit)
    gone = desk.add(lucia, taller, billing)
    desk.add(lucia, bar, AddressBody(kind="delivery", street="Rue X 9", city="Pau", country="FR"))
    economic = desk.add(lucia, taller, ValuationBody(kind="economic", score=70))
    strategic = desk.add(lucia, taller, ValuationBody(kind="strategic", score=20, note="small"))
    desk.add(lucia, bar, AddContact(name="Pepe"))

    desk.change_part(lucia, taller, gone, RemoveAddress())
    moved = AddressBody(kind="visit", street="Calle Mayor 5", city="Madrid", postal_code="28013")
    desk.change_part(lucia, taller, kept, moved)
    desk.change_part(lucia, taller, strategic, RemoveValuation())
    desk.change_part(lucia, taller, economic, ValuationBody(kind="economic", score=85, note="up"))
    container.runner.catch_up()
    company, ids = str(lucia.company_id), [str(taller), str(bar), str(lucia.user_id)]

    addresses = ADDRESSES.of(container.store, whole_company(company), ids)
    assert [(a.id, a.kind, a.street, a.country) for a in addresses[str(taller)]] == [
        (str(kept), "visit", "Calle Mayor 5", "ES")
    ]
    assert [(a.city, a.country) for a in addresses[str(bar)]] == [("Pau", "FR")]
    assert addresses[str(lucia.user_id)] == []
    valuations = VALUATIONS.of(container.store, whole_company(company), ids)
    assert [(v.id, v.score, v.note) for v in valuations[str(taller)]] == [(str(economic), 85, "up")]
    assert valuations[str(bar)] == []
    assert [
        c.name for c in CONTACTS.of(container.store, whole_company(company), ids)[str(bar)]
    ] == ["Pepe"]
    assert ADDRESSES.of(container.store, whole_company("another company"), ids) == {
        id_: [] for id_ in ids
    }
