"""One incident through GraphQL: its fields, customer, contact, assignee, article (with the
warranty judged against today), version and history (actor and correlation id of each event);
and another company's incidents stay invisible."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from cronica.commands.application import CommandRequest
from cronica.commands.call import CommandCall
from cronica.commands.incidents import assign_incident
from cronica.commands.models.incidents import AssignIncident
from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.staff.office import Office

INCIDENT = """
query ($id: ID!, $position: Int) {
  incident(id: $id, atLeastPosition: $position) {
    id number status priority type subject description resolution minutesWorked version
    openedAt closedAt
    customer { id number name kind taxId }
    contact { id name phone email }
    assignee { id name role company { id } }
    article { reference serialNumber warrantyEndsOn warrantyInForce invoiceNumber invoiceDate }
    history { type version time actorId actor { name } correlationId data }
  }
}
"""


def test_an_incident_shows_its_customer_assignee_article_and_history(settings: Settings) -> None:
    with running_app(settings) as api:
        office = api.office
        agent = api.hire("Lucía Gómez", "agent")
        ana = api.hire("Ana Martín", "technician")
        customer = office.customer(agent.who, "Talleres Ruiz")
        contact = office.contact(agent.who, customer, "Jorge Ruiz")
        in_a_year = date.today() + timedelta(days=365)
        article = {
            "reference": "HP-M404",
            "serialNumber": "SN-1",
            "warrantyEndsOn": in_a_year.isoformat(),
            "invoiceNumber": "F-2025-7",
            "invoiceDate": "2025-01-15",
        }
        opened = office.open(
            agent.who, customer, "Printer jams", contactId=contact, priority="high", article=article
        )
        assigning = CommandRequest(actor_id=agent.id, correlation_id="request:assign-to-ana")
        command = AssignIncident(technician_id=ana.who.user_id)
        assign_incident(CommandCall(api.app, agent.who, assigning), opened.id, command)
        started = datetime(2025, 3, 3, 9, tzinfo=UTC)
        office.follow_up(ana.who, opened.id, started, minutes=90)
        closed = office.close(agent.who, opened.id)

        answer = api.answer(agent, INCIDENT, id=str(opened.id), position=closed.position)
        incident = answer["data"]["incident"]

        assert incident["number"] == "INC-000001"
        assert (incident["status"], incident["priority"]) == ("CLOSED", "HIGH")
        assert (incident["resolution"], incident["minutesWorked"]) == ("fixed", 90)
        assert incident["version"] == 4 and incident["closedAt"] is not None
        assert incident["customer"] == {
            "id": str(customer),
            "number": "C-000001",
            "name": "Talleres Ruiz",
            "kind": "customer",
            "taxId": None,
        }
        assert incident["contact"]["id"] == str(contact)
        assert incident["contact"]["name"] == "Jorge Ruiz"
        assert incident["assignee"] == {
            "id": ana.id,
            "name": "Ana Martín",
            "role": "technician",
            "company": {"id": str(ana.who.company_id)},
        }
        assert incident["article"] == {**article, "warrantyInForce": True}

        history = incident["history"]
        assert [event["type"] for event in history] == [
            "Incident.Created",
            "Incident.Assigned",
            "Incident.FollowedUp",
            "Incident.Closed",
        ]
        assert [event["version"] for event in history] == [1, 2, 3, 4]
        assert [event["actor"]["name"] for event in history] == [
            "Lucía Gómez",
            "Lucía Gómez",
            "Ana Martín",
            "Lucía Gómez",
        ]
        assigned = history[1]
        assert assigned["actorId"] == agent.id
        assert assigned["correlationId"] == "request:assign-to-ana"
        assert assigned["data"] == {"technician_id": ana.id}
        assert history[0]["data"]["subject"] == "Printer jams"
        assert history[2]["data"]["started_at"] == started.isoformat()
        times = [datetime.fromisoformat(event["time"]) for event in history]
        assert times == sorted(times)


def test_an_expired_or_missing_warranty_is_not_in_force(settings: Settings) -> None:
    with running_app(settings) as api:
        agent = api.hire("Lucía Gómez", "agent")
        customer = api.office.customer(agent.who, "Talleres Ruiz")
        expired = {"reference": "HP-M404", "warrantyEndsOn": "2020-12-31"}
        old = api.office.open(agent.who, customer, "Old printer", article=expired)
        unknown = api.office.open(agent.who, customer, "Mystery", article={"reference": "X-1"})
        bare = api.office.open(agent.who, customer, "No article")

        def article_of(incident_id: object) -> object:
            return api.read(agent, INCIDENT, id=str(incident_id))["incident"]["article"]

        assert article_of(old.id)["warrantyInForce"] is False  # type: ignore[index]
        assert article_of(unknown.id)["warrantyInForce"] is None  # type: ignore[index]
        assert article_of(bare.id) is None


def test_another_companys_incidents_are_invisible(settings: Settings) -> None:
    with running_app(settings) as api:
        ours = api.hire("Lucía Gómez", "agent")
        rival_office = Office(api.app, slug="rival")
        theirs = api.hire("Diego Pardo", "manager", rival_office)
        our_incident = api.office.open(
            ours.who, api.office.customer(ours.who, "Talleres Ruiz"), "A"
        )
        their_customer = rival_office.customer(theirs.who, "Bodegas Sol")
        their_incident = rival_office.open(theirs.who, their_customer, "B")

        listing = "{ incidents { totalCount edges { node { id } } } }"
        assert api.read(ours, listing)["incidents"]["edges"] == [
            {"node": {"id": str(our_incident.id)}}
        ]
        assert api.read(theirs, listing)["incidents"]["edges"] == [
            {"node": {"id": str(their_incident.id)}}
        ]
        assert api.read(ours, INCIDENT, id=str(their_incident.id))["incident"] is None
        assert api.read(ours, INCIDENT, id="not-even-an-id")["incident"] is None
        filtered = """query ($c: ID) { incidents(filter: {customerId: {eq: $c}}) { totalCount } }"""
        assert api.read(ours, filtered, c=str(their_customer))["incidents"]["totalCount"] == 0
