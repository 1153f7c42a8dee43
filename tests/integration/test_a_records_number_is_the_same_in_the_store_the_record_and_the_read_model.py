"""The number a save binds is the one everywhere: in the stored event (where no stand-in is
left), in the record the writing process loads, in the record a fresh process replays, and in the
read model."""

from __future__ import annotations

import json

from cronica.commands.application import CronicaApplication
from cronica.domain.incident import Incident
from cronica.ops.container import Container
from cronica.projections.incidents.queries import list_incidents
from cronica.projections.paging import Window
from tests.fixtures.scopes import whole_company
from tests.fixtures.staff.office import Office


def test_the_number_agrees_everywhere(container: Container) -> None:
    office = Office(container.application)
    agent = office.hire("Marta Vidal", "agent")
    customer_id = office.customer(agent, "Ferrer SL")
    office.open(agent, customer_id, "First")

    written = office.open(agent, customer_id, "Second")
    container.runner.catch_up()

    app = container.application
    [stored] = app.events.recorder.select_events(written.id)
    assert b'"number":"INC-000002"' in stored.state and b"\\u0000" not in stored.state
    loaded = app.repository.get(written.id)
    fresh = CronicaApplication(env=container.settings.event_store_env())
    try:
        replayed = fresh.repository.get(written.id)
    finally:
        fresh.close()
    assert isinstance(loaded, Incident) and isinstance(replayed, Incident)
    assert loaded.number == replayed.number == "INC-000002"
    page = list_incidents(
        container.store,
        whole_company(str(agent.company_id)),
        None,
        (("number", False),),
        Window(first=10),
    )
    assert [row.number for row in page.rows] == ["INC-000001", "INC-000002"]


def test_text_spelling_a_stand_in_is_stored_as_typed(container: Container) -> None:
    """The save writes numbers over the stand-ins' JSON text (in SQL on PostgreSQL); what a
    person typed that spells one, backslashes and all, is no stand-in and stays as it is."""
    office = Office(container.application)
    agent = office.hire("Marta Vidal", "agent")
    customer_id = office.customer(agent, "Ferrer SL")
    spelled = "\\u0000INC#1\\u0000 \\\\u0000INC#1\\\\u0000"

    written = office.open(agent, customer_id, spelled)

    incident = container.application.repository.get(written.id)
    [stored] = container.application.events.recorder.select_events(written.id)
    assert isinstance(incident, Incident)
    assert (incident.number, incident.subject) == ("INC-000001", spelled)
    assert json.loads(stored.state)["subject"] == spelled
