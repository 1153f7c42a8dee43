"""`history_of`: a record's stored events for the auditor, oldest first, optionally up to a
moment — on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import datetime

from cronica.projections.records.history import history_of
from tests.fixtures.staff.office import Office


def test_the_history_lists_every_event_with_its_actor_and_stops_at_a_moment(
    office: Office,
) -> None:
    agent = office.hire("Lucía Gómez", "agent")
    ana = office.hire("Ana Martín", "technician")
    customer = office.customer(agent, "Talleres Ruiz")
    article = {"reference": "HP-M404", "warrantyEndsOn": "2026-01-31"}
    incident = office.open(agent, customer, "Printer jams", article=article).id
    office.assign(agent, incident, ana)
    office.close(agent, incident)

    history = history_of(office.app.events, incident)

    assert [(e.type, e.version) for e in history] == [
        ("Incident.Created", 1),
        ("Incident.Assigned", 2),
        ("Incident.Closed", 3),
    ]
    assert {e.actor_id for e in history} == {str(agent.user_id)}
    assert all(e.correlation_id.startswith("test:") for e in history)
    created = history[0].data
    assert created["customer_id"] == str(customer)  # ids as text, ready for JSON
    assert created["article"]["warranty_ends_on"] == "2026-01-31"
    assert "company_id" not in created and "actor_id" not in created
    assert history[1].data == {"technician_id": str(ana.user_id)}

    assigned_at = datetime.fromisoformat(history[1].time)
    assert [e.type for e in history_of(office.app.events, incident, upto=assigned_at)] == [
        "Incident.Created",
        "Incident.Assigned",
    ]
    assert history_of(office.app.events, uuid.uuid4()) == []
