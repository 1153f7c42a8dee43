"""The `incidents` connection: cursor paging both ways, every filter and their combinations,
and ordering — on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import GraphQLApi, running_app

INCIDENTS = """
query ($filter: IncidentFilter, $orderBy: [IncidentOrder!], $first: Int, $after: String,
       $last: Int, $before: String) {
  incidents(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last,
            before: $before) {
    totalCount
    edges { cursor node { number } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}
"""

BY_NUMBER = [{"field": "NUMBER", "direction": "ASC"}]


def numbers(connection: dict[str, Any]) -> list[str]:
    return [edge["node"]["number"] for edge in connection["edges"]]


def test_pages_walk_the_list_forward_and_back(settings: Settings) -> None:
    with running_app(settings) as api:
        agent = api.hire("Lucía Gómez", "agent")
        customer = api.office.customer(agent.who, "Talleres Ruiz")
        for n in range(7):
            api.office.open(agent.who, customer, f"Fault {n}")

        def page(**arguments: Any) -> dict[str, Any]:
            return api.read(agent, INCIDENTS, orderBy=BY_NUMBER, **arguments)["incidents"]

        first = page(first=3)
        assert numbers(first) == ["INC-000001", "INC-000002", "INC-000003"]
        assert first["totalCount"] == 7
        assert first["pageInfo"]["hasNextPage"] and not first["pageInfo"]["hasPreviousPage"]
        second = page(first=3, after=first["pageInfo"]["endCursor"])
        assert numbers(second) == ["INC-000004", "INC-000005", "INC-000006"]
        third = page(first=3, after=second["pageInfo"]["endCursor"])
        assert numbers(third) == ["INC-000007"]
        assert not third["pageInfo"]["hasNextPage"] and third["pageInfo"]["hasPreviousPage"]

        last = page(last=3)
        assert numbers(last) == ["INC-000005", "INC-000006", "INC-000007"]
        assert last["pageInfo"]["hasPreviousPage"] and not last["pageInfo"]["hasNextPage"]
        before = page(last=3, before=last["pageInfo"]["startCursor"])
        assert numbers(before) == ["INC-000002", "INC-000003", "INC-000004"]
        start = page(last=3, before=before["pageInfo"]["startCursor"])
        assert numbers(start) == ["INC-000001"]
        assert not start["pageInfo"]["hasPreviousPage"]
        assert start["totalCount"] == 7


def test_bad_arguments_are_graphql_errors(settings: Settings) -> None:
    with running_app(settings) as api:
        agent = api.hire("Lucía Gómez", "agent")
        assert "first must be between 0 and 100" in api.errors(agent, INCIDENTS, first=101)
        assert "last must be between 0 and 100" in api.errors(agent, INCIDENTS, last=-1)
        assert "is not a cursor of this list" in api.errors(agent, INCIDENTS, after="bm9wZQ==")[0]
        assert "is not a cursor of this list" in api.errors(agent, INCIDENTS, before="%%%")[0]
        assert "LOST" in api.errors(agent, INCIDENTS, filter={"status": {"eq": "LOST"}})[0]


class FourIncidents:
    """Two customers' incidents: one assigned, one assigned and closed, one unassigned, and one
    closed at once."""

    def __init__(self, api: GraphQLApi) -> None:
        self.api = api
        self.agent = api.hire("Lucía Gómez", "agent")
        self.ana = api.hire("Ana Martín", "technician")
        self.pablo = api.hire("Pablo Sanz", "technician")
        office, agent = api.office, self.agent.who
        self.acme = office.customer(agent, "Acme Ibérica")
        self.bodega = office.customer(agent, "Bodegas Sol")
        jams = office.open(agent, self.acme, "Printer jams", priority="low", type="breakdown")
        flicker = office.open(
            agent, self.acme, "Screen flickers", priority="high", type="installation"
        )
        office.open(agent, self.bodega, "Printer out of toner", priority="urgent", type="breakdown")
        office.open(agent, self.bodega, "Router down", type="general", resolution="Rebooted")
        office.assign(agent, jams.id, self.ana.who)
        office.assign(agent, flicker.id, self.pablo.who)
        office.close(agent, flicker.id)

    def matching(self, filter_: dict[str, Any]) -> list[str]:
        """The numbers of the incidents the filter picks, in number order."""
        answer = self.api.read(self.agent, INCIDENTS, filter=filter_, orderBy=BY_NUMBER)
        connection = answer["incidents"]
        assert connection["totalCount"] == len(connection["edges"])
        return numbers(connection)

    def opened_at(self, number: str) -> str:
        query = """query ($n: String) {
            incidents(filter: {number: {eq: $n}}) { edges { node { openedAt } } }
        }"""
        return str(
            self.api.read(self.agent, query, n=number)["incidents"]["edges"][0]["node"]["openedAt"]
        )

    def ordered(self, order_by: list[dict[str, str]]) -> list[str]:
        return numbers(self.api.read(self.agent, INCIDENTS, orderBy=order_by)["incidents"])


def test_filters_pick_incidents_by_each_field_and_combine_with_and_or_not(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        four = FourIncidents(api)
        jams, flicker, toner, router = (f"INC-00000{n}" for n in range(1, 5))
        third_opened = four.opened_at(toner)
        open_ = {"status": {"eq": "OPEN"}}
        printer = {"subject": {"contains": "printer"}}
        urgent = {"priority": {"eq": "URGENT"}}
        install = {"type": {"eq": "installation"}}
        cases: list[tuple[dict[str, Any], list[str]]] = [
            ({}, [jams, flicker, toner, router]),
            (open_, [jams, toner]),
            ({"status": {"in": ["CLOSED"]}}, [flicker, router]),
            (urgent, [toner]),
            ({"priority": {"in": ["LOW", "HIGH"]}}, [jams, flicker]),
            ({"customerId": {"eq": str(four.acme)}}, [jams, flicker]),
            ({"customerId": {"in": [str(four.bodega)]}}, [toner, router]),
            ({"assigneeId": {"eq": four.ana.id}}, [jams]),
            ({"assigneeId": {"in": [four.ana.id, four.pablo.id]}}, [jams, flicker]),
            ({"assigneeId": {"isNull": True}}, [toner, router]),
            ({"assigneeId": {"isNull": False}}, [jams, flicker]),
            ({"openedAt": {"gte": third_opened}}, [toner, router]),
            ({"openedAt": {"gt": third_opened}}, [router]),
            ({"openedAt": {"lte": third_opened}}, [jams, flicker, toner]),
            ({"openedAt": {"lt": third_opened}}, [jams, flicker]),
            ({"number": {"eq": toner}}, [toner]),
            ({"subject": {"contains": "PRINTER"}}, [jams, toner]),
            (install, [flicker]),
            ({"type": {"in": ["breakdown", "general"]}}, [jams, toner, router]),
            ({"and": [open_, {"customerId": {"eq": str(four.bodega)}}]}, [toner]),
            ({"or": [{"priority": {"eq": "LOW"}}, install]}, [jams, flicker]),
            ({"not": [printer]}, [flicker, router]),
            ({"not": [printer, {"type": {"eq": "general"}}]}, [flicker]),
            ({**open_, "not": [urgent]}, [jams]),
            ({"or": [{"and": [open_, urgent]}, {"not": [open_, install]}]}, [toner, router]),
        ]
        for filter_, expected in cases:
            assert four.matching(filter_) == expected, filter_


def test_incidents_are_ordered_by_the_fields_asked(settings: Settings) -> None:
    with running_app(settings) as api:
        four = FourIncidents(api)
        jams, flicker, toner, router = (f"INC-00000{n}" for n in range(1, 5))
        assert four.ordered([]) == [router, toner, flicker, jams]  # newest opened first
        priority = [{"field": "PRIORITY", "direction": "DESC"}]
        assert four.ordered(priority) == [toner, flicker, router, jams]
        by_status = [{"field": "STATUS", "direction": "DESC"}, {"field": "NUMBER"}]
        assert four.ordered(by_status) == [jams, toner, flicker, router]
        assert four.ordered([{"field": "UPDATED_AT", "direction": "DESC"}])[0] == flicker
        assert four.ordered([{"field": "OPENED_AT"}]) == [jams, flicker, toner, router]
