"""The rule that crosses records: assigning an incident puts an entry in the technician's agenda
and sends him an internal message, through a reaction to the stored event (never a call between
aggregates), once, however often the event is delivered."""

from __future__ import annotations

from datetime import timedelta

from cronica.commands.reactions import caused_by
from cronica.commands.reactions.runner import position_name
from cronica.commands.results import Principal
from cronica.domain.agenda_entry import AgendaEntry
from cronica.domain.incident import Incident
from cronica.domain.message import InternalMessage
from cronica.ops.container import Container
from tests.fixtures.staff.office import Office
from tests.fixtures.write_side import stored_events


def assign_an_incident(container: Container) -> Principal:
    """The manager Rosa opens an incident and assigns it to the technician Pau (whom it
    answers); the reactions catch up."""
    office = Office(container.application)
    manager, technician = office.hire("Rosa Pla", "manager"), office.hire("Pau Roig", "technician")
    incident_id = office.open(manager, office.customer(manager, "Ferrer SL"), "Boiler stops").id
    office.assign(manager, incident_id, technician)
    container.reactor.catch_up()
    return technician


def test_the_technician_finds_the_incident_in_his_agenda_and_inbox(container: Container) -> None:
    technician = assign_an_incident(container)

    app = container.application
    assigned = next(e for e in stored_events(app) if isinstance(e, Incident.Assigned))
    entry = app.repository.get(AgendaEntry.create_id(caused_by(assigned, "agenda-entry")))
    message = app.repository.get(InternalMessage.create_id(caused_by(assigned, "message")))
    assert isinstance(entry, AgendaEntry) and isinstance(message, InternalMessage)
    assert entry.owner_id == technician.user_id
    assert (entry.starts_at, entry.ends_at - entry.starts_at) == (
        assigned.timestamp,
        timedelta(hours=1),
    )
    assert entry.title == "INC-000001: Boiler stops"
    assert message.recipient_ids == [technician.user_id]
    caused = [e for e in stored_events(app) if e.originator_id in (entry.id, message.id)]
    assert {(e.actor_id, e.correlation_id, e.unit_id) for e in caused} == {
        ("system:incident-assigned", assigned.correlation_id, technician.unit_id)
    }


def test_a_redelivered_assignment_writes_nothing_more(container: Container) -> None:
    assign_an_incident(container)
    written = len(stored_events(container.application))

    # As after a crash between the reaction's save and its position's: every event again.
    with container.store.transaction() as cursor:
        cursor.execute(
            "UPDATE projection_positions SET position = 0 WHERE name = ?",
            (position_name(container.reactor.reactions[0]),),
        )
    container.reactor.catch_up()

    assert len(stored_events(container.application)) == written
