"""A read-only grant (`ReadGrants`): a user granted unit Y reads Y's records (lists, lookups,
`record`) though his own unit is X; a grant to a unit lets every user of it and of the units
under it read them. The grant gives no one's work (agendas stay their people's and managers').
Once withdrawn, Y's records are out of sight again. (Grants are written through the aggregate,
as a command would.)"""

from __future__ import annotations

from uuid import UUID

from eventsourcing.application import AggregateNotFoundError

from cronica.domain.read_grants import ReadGrants, read_grants_id_for
from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import GraphQLApi, Person, running_app
from tests.fixtures.staff.office import request_of
from tests.fixtures.staff.unit_tree import Company, company

READS = """
query ($customer: ID!, $incident: ID!) {
  customers(first: 100) { edges { node { id } } }
  incidents(first: 100) { edges { node { id } } }
  customer(id: $customer) { id }
  record(id: $incident) { id }
}
"""
AGENDA = "query ($user: ID!) { agenda(userId: $user) { totalCount } }"


def reads_of_y(api: GraphQLApi, reader: Person, acme: Company) -> set[str]:
    """Which reads found unit Y's customer or incident."""
    customer, incident = acme.customers["Y"], acme.incidents["Y"]
    data = api.read(reader, READS, customer=customer, incident=incident)
    found = {
        name
        for name in ("customers", "incidents")
        if {customer, incident} & {edge["node"]["id"] for edge in data[name]["edges"]}
    }
    return found | {name for name in ("customer", "record") if data[name]}


def change_grant(api: GraphQLApi, acme: Company, grantee: UUID, unit: str, give: bool) -> None:
    """Grants (or withdraws) unit `unit` to the grantee (a user or a unit), as an admin."""
    admin = acme.people[("admin", "X")].who

    def decide() -> list[ReadGrants]:
        grants_id = read_grants_id_for(grantee)
        try:
            grants = api.app.repository.get(grants_id)
        except AggregateNotFoundError:
            grants = ReadGrants(company_id=admin.company_id, grantee_id=grantee)
        if give:
            grants.grant(acme.units[unit])
        else:
            grants.withdraw(acme.units[unit])
        return [grants]

    api.app.write(request_of(admin), decide)


def test_a_user_or_a_unit_granted_another_unit_reads_its_records_until_withdrawn(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        acme = company(api)
        agent_x, office_x1 = acme.people[("agent", "X")], acme.people[("office", "X1")]
        everything = {"customers", "incidents", "customer", "record"}
        assert reads_of_y(api, agent_x, acme) == set()

        change_grant(api, acme, agent_x.who.user_id, "Y", give=True)
        assert reads_of_y(api, agent_x, acme) == everything
        assert reads_of_y(api, office_x1, acme) == set()  # granted to agent X alone
        owner = acme.people[("agent", "Y")]
        assert api.answer(agent_x, AGENDA, user=owner.id).get("errors")

        change_grant(api, acme, acme.units["X"], "Y", give=True)
        assert reads_of_y(api, office_x1, acme) == everything  # X1 is under X
        assert reads_of_y(api, acme.people[("agent", "X1")], acme) == everything

        change_grant(api, acme, agent_x.who.user_id, "Y", give=False)
        change_grant(api, acme, acme.units["X"], "Y", give=False)
        assert reads_of_y(api, agent_x, acme) == set()
        assert reads_of_y(api, office_x1, acme) == set()
