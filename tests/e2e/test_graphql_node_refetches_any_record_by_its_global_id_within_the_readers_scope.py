"""Global Object Identification: every record type is a Node whose `id` is its global id (the
id commands answer, so existing clients keep their ids), and `node(id)`/`nodes(ids)` refetch any
of them as its own type, within the reader's scope: a record of a unit they do not read, of
another company, or an unknown id is null; a malformed id is
BAD_USER_INPUT. A page of ids costs one query per kind among them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cronica.commands.models.timesheets import AddTimesheetLine
from cronica.commands.timesheets import add_timesheet_line
from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.staff.agenda_desk import AgendaDesk
from tests.fixtures.staff.office import Office, call_of
from tests.fixtures.staff.unit_tree import company
from tests.fixtures.transaction_counter import TransactionCounter

NODE = """
query ($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Incident { subject customer { id } }
    ... on Customer { name }
    ... on User { name }
    ... on Contact { name }
  }
}
"""
NODES = "query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"


def test_node_answers_each_kind_of_record_as_its_own_type(settings: Settings) -> None:
    with running_app(settings, run_projections=False) as api:
        agent = api.hire("Lucía Gómez", "agent")
        customer = api.office.customer(agent.who, "Talleres Ruiz")
        contact = api.office.contact(agent.who, customer, "Marta Ruiz")
        incident = api.office.open(agent.who, customer, "Printer jams").id
        api.container.runner.catch_up()
        expected = {
            str(incident): {"subject": "Printer jams", "customer": {"id": str(customer)}},
            str(customer): {"name": "Talleres Ruiz"},
            str(contact): {"name": "Marta Ruiz"},
            agent.id: {"name": "Lucía Gómez"},
        }
        kinds = {str(incident): "Incident", str(customer): "Customer"}
        kinds |= {str(contact): "Contact", agent.id: "User"}
        for id_, fields in expected.items():
            node = api.read(agent, NODE, id=id_)["node"]
            assert node == {"__typename": kinds[id_], "id": id_, **fields}

        ids = [*expected, "00000000-0000-4000-8000-000000000000"]
        counter = TransactionCounter(api.container.store)
        api.read(agent, "{ me { id } }")
        baseline, counter.count = counter.count, 0  # the position and the viewer's access
        nodes = api.read(agent, NODES, ids=ids)["nodes"]
        assert [node and node["__typename"] for node in nodes] == [*kinds.values(), None]
        # One query per kind, and one more for the lines of work, which the unknown id may be.
        assert counter.count - baseline == len(kinds) + 1

        [error] = api.errors(agent, NODE, id="Incident:42")
        assert "is not a global id" in error
        assert api.answer(agent, NODE, id="x")["errors"][0]["extensions"]["code"] == (
            "BAD_USER_INPUT"
        )


def test_node_shows_only_what_the_reader_may_see(settings: Settings) -> None:
    with running_app(settings) as api:
        acme = company(api)
        outsider = api.hire("Gus", "admin", Office(api.app, slug="globex"))
        for (role, unit_name), reader in acme.people.items():
            visible = acme.visible_units(role, unit_name)
            for name in acme.units:
                for id_ in (acme.incidents[name], acme.customers[name]):
                    found = api.read(reader, NODE, id=id_)["node"]
                    assert (found is not None) == (name in visible), (role, unit_name, name)
        for id_ in acme.incidents.values():
            assert api.read(outsider, NODE, id=id_)["node"] is None


def test_lines_of_work_are_nodes_whether_added_by_hand_or_by_a_follow_up(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        technician = api.hire("Luis Gil", "technician")
        colleague = api.hire("Eva Soto", "technician")
        customer = api.office.customer(technician.who, "Talleres Ruiz")
        incident = api.office.open(technician.who, customer, "Printer jams").id
        started = datetime(2026, 3, 2, 9, tzinfo=UTC)
        api.office.follow_up(technician.who, incident, started, 30)
        body = {
            "workCentre": "Taller",
            "department": "Reparaciones",
            "startedAt": started + timedelta(hours=1),
            "endedAt": started + timedelta(hours=2),
            "description": "Inventario",
        }
        add_timesheet_line(call_of(api.app, technician.who), AddTimesheetLine.model_validate(body))
        day = '"2026-03-02"'
        lines = f"query ($id: ID!) {{ timesheet(employeeId: $id, from: {day}, to: {day})"
        lines += " { days { lines { id } } } }"
        [day] = api.read(technician, lines, id=technician.id)["timesheet"]["days"]
        ids = [line["id"] for line in day["lines"]]
        node = "query ($id: ID!) { node(id: $id) { __typename ... on TimesheetLine { note } } }"
        assert [api.read(technician, node, id=id_)["node"] for id_ in ids] == [
            {"__typename": "TimesheetLine", "note": "30 min"},
            {"__typename": "TimesheetLine", "note": "Inventario"},
        ]
        # A person's work is his and his managers': not a colleague's.
        assert [api.read(colleague, node, id=id_)["node"] for id_ in ids] == [None, None]


COMPANY_OWN = """
query ($id: ID!) {
  node(id: $id) {
    __typename id
    ... on AgendaEntry { title }
    ... on Catalogue { kind entries { code } }
    ... on Company { timeZone }
  }
}
"""


def test_agenda_entries_catalogues_and_the_company_are_nodes_too(settings: Settings) -> None:
    with running_app(settings) as api:
        technician = api.hire("Luis Gil", "technician")
        colleague = api.hire("Eva Soto", "technician")
        outsider = api.hire("Gus", "admin", Office(api.app, slug="globex"))
        starts = datetime(2026, 3, 2, 9, tzinfo=UTC)
        desk = AgendaDesk(api.office)
        ends = starts + timedelta(hours=1)
        entry = str(desk.put_entry(technician.who, starts, ends, "Revisión de la flota").id)
        company_id = api.read(technician, "{ me { company { id } } }")["me"]["company"]["id"]
        entries = "{ catalogueEntries(first: 1) { edges { node { catalogueId kind } } } }"
        [edge] = api.read(technician, entries)["catalogueEntries"]["edges"]
        catalogue = edge["node"]["catalogueId"]

        assert api.read(technician, COMPANY_OWN, id=entry)["node"] == {
            "__typename": "AgendaEntry",
            "id": entry,
            "title": "Revisión de la flota",
        }
        found = api.read(colleague, COMPANY_OWN, id=catalogue)["node"]
        assert (found["__typename"], found["kind"]) == ("Catalogue", edge["node"]["kind"])
        assert found["entries"]
        assert api.read(colleague, COMPANY_OWN, id=company_id)["node"] == {
            "__typename": "Company",
            "id": company_id,
            "timeZone": "Europe/Madrid",
        }
        # A person's agenda is his and his managers'; another company's records are no one's.
        assert api.read(colleague, COMPANY_OWN, id=entry)["node"] is None
        for id_ in (entry, catalogue, company_id):
            assert api.read(outsider, COMPANY_OWN, id=id_)["node"] is None
