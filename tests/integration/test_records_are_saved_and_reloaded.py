"""Customers and incidents written through the application service come back from the store,
as they are now and as they were at any earlier version, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

from cronica.commands.customers import create_customer
from cronica.commands.models.customers import CreateCustomer
from cronica.domain.customer import Customer
from cronica.domain.incident import Article, Incident, IncidentStatus, Priority
from cronica.ops.settings import Settings
from tests.fixtures.staff.office import Office, call_of
from tests.fixtures.write_side import reloaded

MONDAY = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


def test_a_customer_comes_back_with_its_number_tax_id_and_contacts(
    settings: Settings, office: Office
) -> None:
    agent = office.hire("Marta Vidal", "agent")

    command = CreateCustomer(kind="customer", name="Ferrer SL", taxId="b-1234567-4")
    customer_id = create_customer(call_of(office.app, agent), command).id
    contact_id = office.contact(agent, customer_id, "Lucía Ferrer")

    customer = reloaded(settings, customer_id)
    assert isinstance(customer, Customer)
    assert (customer.number, customer.name, customer.tax_id, customer.company_id) == (
        "C-000001",
        "Ferrer SL",
        "B12345674",
        agent.company_id,
    )
    assert list(customer.contacts) == [contact_id]
    contact = customer.contact(contact_id)
    assert (contact.name, contact.phone, contact.email) == (
        "Lucía Ferrer",
        "600 000 000",
        "contact@example.es",
    )


def test_an_incident_comes_back_as_it_is_and_as_it_was(settings: Settings, office: Office) -> None:
    agent, technician = office.hire("Marta Vidal", "agent"), office.hire("Pau Roig", "technician")
    customer_id = office.customer(agent, "Ferrer SL")
    contact_id = office.contact(agent, customer_id, "Lucía Ferrer")
    article = {
        "reference": "LP-200",
        "serialNumber": "SN-0042",
        "warrantyEndsOn": "2025-06-30",
        "invoiceNumber": "F-2024/118",
        "invoiceDate": "2024-06-30",
    }
    opened = office.open(
        agent, customer_id, "Printer jams", contactId=contact_id, priority="high", article=article
    )

    office.assign(agent, opened.id, technician)
    office.follow_up(technician, opened.id, MONDAY, 45)
    closed = office.close(technician, opened.id)

    incident = reloaded(settings, opened.id)
    assert isinstance(incident, Incident)
    assert (incident.number, incident.status, incident.version) == (
        "INC-000001",
        IncidentStatus.CLOSED,
        closed.version,
    )
    assert (incident.contact.contact_id, incident.contact.name) == (contact_id, "Lucía Ferrer")
    assert incident.priority is Priority.HIGH
    assert incident.article == Article(
        "LP-200", "SN-0042", date(2025, 6, 30), "F-2024/118", date(2024, 6, 30)
    )
    assert (incident.assignee_id, incident.minutes_worked) == (technician.user_id, 45)

    as_opened = reloaded(settings, opened.id, version=opened.version)
    assert isinstance(as_opened, Incident)
    assert (as_opened.status, as_opened.assignee_id, as_opened.version) == (
        IncidentStatus.OPEN,
        None,
        1,
    )
    as_assigned = reloaded(settings, opened.id, version=2)
    assert isinstance(as_assigned, Incident)
    assert (as_assigned.assignee_id, as_assigned.minutes_worked) == (technician.user_id, 0)
