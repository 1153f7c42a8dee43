"""Every stored event carries its company, the acting user and the correlation id of the request
that caused it, so an auditor can answer "who changed this, when, and in which request"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cronica.commands.application import CommandRequest
from cronica.commands.call import CommandCall
from cronica.commands.identity import SYSTEM_ACTOR
from cronica.commands.incidents import assign_incident, follow_up_incident, open_incident
from cronica.commands.models.incidents import AssignIncident, FollowUpIncident, OpenIncident
from cronica.commands.results import Principal
from cronica.domain.business_unit import BusinessUnit
from cronica.domain.catalogue import Catalogue
from cronica.domain.company import Company
from cronica.domain.customer import Customer
from cronica.domain.incident import Incident
from cronica.domain.ownership import root_unit_id_for
from cronica.domain.user import ApiToken, User
from tests.fixtures.staff.office import Office
from tests.fixtures.write_side import stored_events

MONDAY = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


def request(who: Principal, correlation_id: str) -> CommandRequest:
    return CommandRequest(actor_id=str(who.user_id), correlation_id=correlation_id)


def test_each_event_of_an_incident_names_its_actor_and_request(office: Office) -> None:
    agent, manager = office.hire("Marta Vidal", "agent"), office.hire("Rosa Pla", "manager")
    technician = office.hire("Pau Roig", "technician")
    customer_id = office.customer(agent, "Ferrer SL")
    app = office.app

    opening = OpenIncident.model_validate(
        {"customerId": customer_id, "subject": "Jams", "description": "Every page"}
    )
    incident_id = open_incident(CommandCall(app, agent, request(agent, "req-open")), opening).id
    assignment = AssignIncident(technician_id=technician.user_id)
    assign_incident(
        CommandCall(app, manager, request(manager, "req-assign")), incident_id, assignment
    )
    work = FollowUpIncident(note="Cleaned", started_at=MONDAY, ended_at=MONDAY + timedelta(hours=1))
    follow_up_incident(
        CommandCall(app, technician, request(technician, "req-work")), incident_id, work
    )

    history = [e for e in stored_events(app) if e.originator_id == incident_id]
    assert [(type(e), e.actor_id, e.correlation_id) for e in history] == [
        (Incident.Created, str(agent.user_id), "req-open"),
        (Incident.Assigned, str(manager.user_id), "req-assign"),
        (Incident.FollowedUp, str(technician.user_id), "req-work"),
    ]
    assert {e.company_id for e in history} == {agent.company_id}
    assert all(e.timestamp.tzinfo is not None for e in history)


def test_every_event_in_the_store_has_its_company_and_audit_fields(office: Office) -> None:
    agent = office.hire("Marta Vidal", "agent")
    office.open(agent, office.customer(agent, "Ferrer SL"), "Jams")

    events = stored_events(office.app)

    assert {type(e) for e in events} == {
        Company.Created,
        BusinessUnit.Created,
        Catalogue.Started,
        User.Created,
        User.ApiTokenAdded,
        ApiToken.Issued,
        Customer.Created,
        Incident.Created,
    }
    # The company, its users and their tokens were added from the command line.
    assert {e.company_id for e in events} == {agent.company_id}
    # Nobody was put in another unit: everything belongs to the company's root unit.
    assert {e.unit_id for e in events} == {root_unit_id_for(agent.company_id)}
    assert {e.actor_id for e in events} == {SYSTEM_ACTOR, str(agent.user_id)}
    assert all(e.correlation_id for e in events)
