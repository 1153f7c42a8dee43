"""The leak matrix of reads: one company with units root > X > X1 and root > Y, a user of each
role in each unit and an admin of a second company; a customer with an incident in each unit.
Every list, lookup, nested list, search and `record`/`history` answers each user exactly the
records of their unit and the units under it (all of them for admins and auditors, none of
another company's), and people's work (agendas, timesheets) only to themselves and to the
managers above them. Moving a user or a record changes what is visible from then on."""

from __future__ import annotations

from collections import Counter
from typing import Any
from uuid import UUID

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import GraphQLApi, Person, running_app
from tests.fixtures.staff.office import Office, request_of
from tests.fixtures.staff.unit_tree import ROLES, Company, company

LISTS = """
query ($id: ID!) {
  customers(first: 100) { edges { node { id incidents { edges { node { id } } } } } }
  incidents(first: 100) { totalCount edges { node { id } } }
  searchOrders(first: 100) { edges { node { id } } }
  customer(id: $id) { id }
  record(id: $id) { id }
  history(id: $id) { version }
}
"""
AGENDA = "query ($user: ID!) { agenda(userId: $user) { totalCount } }"


def seen(api: GraphQLApi, reader: Person, acme: Company) -> dict[str, set[str]]:
    """Per unit's customer: which of the reads found it (or its incident)."""
    found: dict[str, set[str]] = {name: set() for name in acme.units}
    for name in acme.units:
        for field_name, record in (("customer", "customers"), ("record", "incidents")):
            wanted = getattr(acme, record)[name]
            data = api.read(reader, LISTS, id=wanted)
            if data[field_name]:
                found[name].add(field_name)
            if data["history"]:
                found[name].add(f"history of {record}")
            listed = {
                "customers": {e["node"]["id"] for e in data["customers"]["edges"]},
                "nested incidents": {
                    i["node"]["id"]
                    for e in data["customers"]["edges"]
                    for i in e["node"]["incidents"]["edges"]
                },
                "incidents": {e["node"]["id"] for e in data["incidents"]["edges"]},
                "searchOrders": {e["node"]["id"] for e in data["searchOrders"]["edges"]},
            }
            for list_name, ids in listed.items():
                if acme.customers[name] in ids or acme.incidents[name] in ids:
                    found[name].add(list_name)
    return found


READS = {
    "customer",
    "record",
    "history of customers",
    "history of incidents",
    "customers",
    "nested incidents",
    "incidents",
    "searchOrders",
}


def test_each_user_reads_exactly_the_records_of_their_units_and_the_work_of_their_team(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        acme = company(api)
        outsider = api.hire("Gus", "admin", Office(api.app, slug="globex"))
        tally: Counter[str] = Counter()
        for (role, unit_name), person in acme.people.items():
            visible = acme.visible_units(role, unit_name)
            for name, reads in seen(api, person, acme).items():
                expected = READS if name in visible else set()
                assert reads == expected, (role, unit_name, name, reads)
                tally["allowed" if expected else "refused"] += len(READS)
        assert all(not reads for reads in seen(api, outsider, acme).values())
        tally["refused"] += len(READS) * len(acme.units)

        for (role, unit_name), reader in acme.people.items():
            for owner_unit in acme.units:
                owner = acme.people[("agent", owner_unit)]
                answer = api.answer(reader, AGENDA, user=owner.id)
                allowed = acme.reads_work(role, unit_name, reader, owner)
                assert ("errors" not in answer) is allowed, (role, unit_name, owner_unit)
                tally["allowed" if allowed else "refused"] += 1
        print(
            f"\nread leak matrix: {len(READS) + 1} reads x {len(ROLES)} roles x"
            f" {len(acme.units)} units (+ another company): {dict(tally)}"
        )


def test_moving_a_user_or_a_record_changes_what_is_visible_from_then_on(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        acme = company(api)
        agent_y = acme.people[("agent", "Y")]
        assert {name for name, reads in seen(api, agent_y, acme).items() if reads} == {"Y"}

        agent_y = acme.moved(agent_y, "X")
        assert {name for name, reads in seen(api, agent_y, acme).items() if reads} == {"X", "X1"}

        agent_x1 = acme.people[("agent", "X1")]

        def moved_customer() -> list[Any]:
            customer = api.app.repository.get(UUID(acme.customers["Y"]))
            customer.move_to_unit(acme.units["X1"])
            return [customer]

        api.app.write(request_of(acme.people[("admin", "X")].who), moved_customer)
        found = seen(api, agent_x1, acme)
        assert {name for name, reads in found.items() if "customer" in reads} == {"X1", "Y"}
