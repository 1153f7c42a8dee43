"""The demo's customers: each with a contact and a billing address; the first with a sales
representative who visits him twice a week, the first two with valuations."""

from __future__ import annotations

import random
from datetime import time

from cronica.commands import customer_parts, customers
from cronica.commands.models.customers import (
    AddContact,
    AddressBody,
    AssignRepresentative,
    CreateCustomer,
    SetVisitPlan,
    ValuationBody,
)
from cronica.domain.errors import InvalidTaxIdError
from cronica.domain.tax_id import normalise_tax_id
from cronica.ops.demo.office import DemoCustomer, DemoOffice, call_of

# Name, CIF letter, contact, his position, billing street, postal code, city, province.
CUSTOMERS = [
    (
        "Talleres Hermanos López S.L.",
        "B",
        "Ramón López",
        "Gerente",
        "Calle de Colón 24",
        "46004",
        "Valencia",
        "Valencia",
    ),
    (
        "Climatizaciones Levante S.A.",
        "A",
        "Carmen Ibáñez",
        "Jefa de compras",
        "Avenida de Aguilera 15",
        "03007",
        "Alicante",
        "Alicante",
    ),
    (
        "Hostal La Alameda",
        "B",
        "Iñaki Etxeberria",
        "Propietario",
        "Alameda de Recalde 7",
        "48009",
        "Bilbao",
        "Bizkaia",
    ),
    (
        "Panadería Santa Rita",
        "B",
        "Rosa Domínguez",
        "Encargada",
        "Calle Mayor 31",
        "30001",
        "Murcia",
        "Murcia",
    ),
    (
        "Clínica Dental Sonrisa",
        "B",
        "Dr. Álvaro Prieto",
        "Director",
        "Calle de Alcalá 120",
        "28009",
        "Madrid",
        "Madrid",
    ),
    (
        "Cooperativa Agrícola del Segura",
        "F",
        "Antonio Navarro",
        "Administrador",
        "Carretera de Alquerías km 3",
        "30580",
        "Alquerías",
        "Murcia",
    ),
]
PROSPECT = 5  # the cooperative: a prospect, not yet a customer
VALUATIONS = [  # by customer index
    (0, ValuationBody(kind="economic", score=72, note="Paga a 30 días sin retrasos.")),
    (0, ValuationBody(kind="commercial", score=64, note="Compra recambios cada mes.")),
    (1, ValuationBody(kind="strategic", score=88, note="Instalador de referencia en Levante.")),
]


def load_customers(office: DemoOffice, rng: random.Random) -> list[DemoCustomer]:
    """Creates the customers with their contacts and billing addresses, then the visits and the
    valuations of the first ones; answers them in CUSTOMERS' order."""
    manager = office.staff.manager
    loaded = []
    for index, (name, cif_letter, contact, position, street, postal, city, province) in enumerate(
        CUSTOMERS
    ):
        created = customers.create_customer(
            call_of(office.app, manager),
            CreateCustomer(
                kind="prospect" if index == PROSPECT else "customer",
                name=name,
                tax_id=_cif(rng, cif_letter),
            ),
        )
        slug = contact.split()[-1].lower()
        contact_body = AddContact(
            name=contact,
            position=position,
            phone=f"+34 6{rng.randint(10_000_000, 99_999_999)}",
            email=f"{slug}@example.es",
        )
        _, contact_id = customers.add_contact(
            call_of(office.app, manager), created.id, contact_body
        )
        address = AddressBody(
            kind="billing", street=street, postal_code=postal, city=city, province=province
        )
        customer_parts.add_part(call_of(office.app, manager), created.id, address)
        loaded.append(DemoCustomer(created.id, contact_id, name, contact))
    _plan_visits(office, loaded[0])
    for index, valuation in VALUATIONS:
        customer_parts.add_part(call_of(office.app, manager), loaded[index].id, valuation)
    return loaded


def _plan_visits(office: DemoOffice, customer: DemoCustomer) -> None:
    """The agent represents the customer and visits his workshop on Tuesday and Thursday
    mornings, from this week on: his agenda shows the visits."""
    manager, agent = office.staff.manager, office.staff.agent
    workshop = AddressBody(
        kind="visit",
        label="Taller",
        street="Polígono Fuente del Jarro, Calle Ciudad de Sevilla 12",
        postal_code="46988",
        city="Paterna",
        province="Valencia",
    )
    customer_parts.add_part(call_of(office.app, manager), customer.id, workshop)
    representative = AssignRepresentative(representative_id=agent.user_id)
    customers.assign_representative(call_of(office.app, manager), customer.id, representative)
    plan = SetVisitPlan(
        weekdays=["tuesday", "thursday"],
        window_starts=time(9),
        window_ends=time(11),
        frequency="weekly",
        starts_on=office.week.monday,
    )
    customers.change_customer(call_of(office.app, manager), customer.id, plan)


def _cif(rng: random.Random, letter: str) -> str:
    """A valid CIF: random digits, and the control character the validator accepts."""
    digits = f"{rng.randint(0, 9_999_999):07d}"
    for control in "0123456789ABCDEFGHIJ":
        try:
            return normalise_tax_id(f"{letter}{digits}{control}")
        except InvalidTaxIdError:
            continue
    raise AssertionError("every CIF has a control character")
