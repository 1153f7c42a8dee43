"""The leak matrix of reads, continued over the company of units root > X > X1 and root > Y
(tests/fixtures/staff/unit_tree.py): in each unit its agent plans a task, receives a repair
order for its technician, logs a notice for himself, opens an opportunity, puts an entry in his
agenda, adds an hour to his timesheet and sends a message to the unit's office worker. Lists,
lookups, the customer view's nested lists, CSV exports and `record`/`history` answer each user
exactly the records of their units (all of them for admins and auditors); agendas and timesheets
only their owner, the managers above them, admins and auditors; a message only its recipient's
inbox; the set-aside events admins only. Another company's admin sees none of it."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import timedelta
from uuid import UUID

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import GraphQLApi, Person, running_app
from tests.fixtures.staff.agenda_desk import AgendaDesk
from tests.fixtures.staff.agent_work import AgentWork
from tests.fixtures.staff.office import Office
from tests.fixtures.staff.reception import Reception
from tests.fixtures.staff.timesheet_desk import MONDAY, add_hour_at
from tests.fixtures.staff.unit_tree import ROLES, Company, company

KINDS = {"tasks": "task", "repairOrders": "repairOrder", "notices": "notice"}
KINDS["opportunities"] = "opportunity"
LISTS = "query { " + " ".join(
    f"{name}(first: 100) {{ edges {{ node {{ id }} }} }}" for name in KINDS
)
LISTS = LISTS + " inbox(first: 100) { edges { node { id } } } }"
LOOKUPS = (
    "query ($id: ID!) { record(id: $id) { id } history(id: $id) { version } "
    + " ".join(f"{one}(id: $id) {{ id }}" for one in KINDS.values())
    + " }"
)
NESTED = """
query ($id: ID!) {
  customer(id: $id) {
    repairOrders { edges { node { id } } }
    opportunities { edges { node { id } } }
  }
}
"""
WORK = """
query ($user: ID!) {
  agenda(userId: $user, view: MONTH, date: "2026-03-01") { edges { node { recordId } } }
  timesheet(employeeId: $user, from: "2026-03-01", to: "2026-03-31") { lines { id } }
}
"""
SET_ASIDE = "query { setAsideEvents { position } }"
NESTED_LISTS = ("repairOrders", "opportunities")
BUSINESS_READS = {
    f"{read}:{list_name}"
    for list_name in KINDS
    for read in ("list", "export", "lookup", "record", "history")
} | {f"nested:{list_name}" for list_name in NESTED_LISTS}


def records(api: GraphQLApi, acme: Company) -> dict[str, dict[str, str]]:
    """Each unit's records of each kind (keyed by list name), its agenda entry, its timesheet
    line's day and its message."""
    made: dict[str, dict[str, str]] = {}
    for name in acme.units:
        agent, technician = acme.people[("agent", name)], acme.people[("technician", name)]
        work = AgentWork(api.office, agent.who, UUID(acme.customers[name]))
        made[name] = {
            "tasks": str(work.task(agent.who, MONDAY)),
            "repairOrders": str(work.repair(technician.who, MONDAY)),
            "notices": str(work.notice(agent.who, MONDAY)),
            "opportunities": str(work.opportunity(agent.who)),
        }
        ends = MONDAY + timedelta(hours=1)
        made[name]["entry"] = str(
            AgendaDesk(api.office).put_entry(agent.who, MONDAY, ends, name).id
        )
        add_hour_at(api.office, agent.who, MONDAY + timedelta(hours=3), "Valencia", name)
        office = acme.people[("office", name)]
        made[name]["message"] = str(Reception(api.office).send(agent.who, [office.who], name).id)
    return made


def exported(api: GraphQLApi, reader: Person, list_name: str) -> set[str]:
    headers = {"X-Cronica-Position": str(api.position()), "Authorization": f"Bearer {reader.token}"}
    answer = api.client.get(f"/v1/exports/{list_name}.csv", headers=headers)
    assert answer.status_code == 200, answer.text
    text = answer.content.decode("utf-8-sig")  # a CSV export starts with a byte order mark
    return {row["id"] for row in csv.DictReader(io.StringIO(text), delimiter=";")}  # es-ES


def business_reads(
    api: GraphQLApi, reader: Person, acme: Company, made: dict[str, dict[str, str]]
) -> dict[str, set[str]]:
    """Per unit: which reads found its records of the business (`list:kind`, `lookup:kind`...)."""
    lists = api.read(reader, LISTS)
    listed = {name: {edge["node"]["id"] for edge in lists[name]["edges"]} for name in KINDS}
    exports = {name: exported(api, reader, name) for name in KINDS}
    found: dict[str, set[str]] = {unit: set() for unit in made}
    for unit, ids in made.items():
        nested = api.read(reader, NESTED, id=acme.customers[unit])["customer"]
        for list_name, one in KINDS.items():
            wanted = ids[list_name]
            lookup = api.read(reader, LOOKUPS, id=wanted)
            reads = {
                "list": wanted in listed[list_name],
                "export": wanted in exports[list_name],
                "lookup": lookup[one] is not None,
                "record": lookup["record"] is not None,
                "history": lookup["history"] is not None,
            }
            if list_name in NESTED_LISTS:
                nodes = nested[list_name]["edges"] if nested else []
                reads["nested"] = wanted in {edge["node"]["id"] for edge in nodes}
            found[unit] |= {f"{read}:{list_name}" for read, yes in reads.items() if yes}
    return found


def work_reads(api: GraphQLApi, reader: Person, owner: Person, made: dict[str, str]) -> set[str]:
    """Which of the owner's work the reader found: his agenda entry, his timesheet line."""
    answer = api.answer(reader, WORK, {"X-Cronica-Position": str(api.position())}, user=owner.id)
    data = answer.get("data") or {}
    found = set()
    if data.get("agenda") and made["entry"] in {
        edge["node"]["recordId"] for edge in data["agenda"]["edges"]
    }:
        found.add("agenda")
    if data.get("timesheet") and data["timesheet"]["lines"]:
        found.add("timesheet")
    return found


def test_each_user_reads_exactly_the_tasks_orders_notices_work_and_messages_they_may(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        acme = company(api)
        made = records(api, acme)
        outsider = api.hire("Gus", "admin", Office(api.app, slug="globex"))
        tally: Counter[str] = Counter()

        def count(allowed: bool, reads: int = 1) -> None:
            tally["allowed" if allowed else "refused"] += reads

        for (role, unit_name), reader in acme.people.items():
            visible = acme.visible_units(role, unit_name)
            for unit, reads in business_reads(api, reader, acme, made).items():
                expected = BUSINESS_READS if unit in visible else set()
                assert reads == expected, (role, unit_name, unit, reads ^ expected)
                count(bool(expected), len(BUSINESS_READS))
            for owner_unit, owner_made in made.items():
                owner = acme.people[("agent", owner_unit)]
                allowed = acme.reads_work(role, unit_name, reader, owner)
                found = work_reads(api, reader, owner, owner_made)
                assert found == ({"agenda", "timesheet"} if allowed else set()), (
                    role,
                    unit_name,
                    owner_unit,
                    found,
                )
                count(allowed, 2)
            inbox = api.read(reader, LISTS)["inbox"]["edges"]
            received = {edge["node"]["id"] for edge in inbox}
            for owner_unit, owner_made in made.items():
                recipient = acme.people[("office", owner_unit)]
                allowed = recipient == reader
                assert (owner_made["message"] in received) is allowed, (role, unit_name)
                count(allowed)
            answer = api.answer(reader, SET_ASIDE)
            assert ("errors" not in answer) is (role == "admin"), (role, answer)
            count(role == "admin")

        for unit, reads in business_reads(api, outsider, acme, made).items():
            assert reads == set(), (unit, reads)
            count(False, len(BUSINESS_READS))
        print(
            f"\nread leak matrix (work queues, orders, notices, opportunities, agendas,"
            f" timesheets, messages, set-aside events): {len(BUSINESS_READS) + 4} reads x"
            f" {len(ROLES)} roles x {len(acme.units)} units (+ another company): {dict(tally)}"
        )
