"""The `customers` connection: every filter, their combinations, ordering (names ignoring case)
and paging; and a page of customers with their parts and latest incidents costs the same few
read-store queries whatever its size."""

from __future__ import annotations

from typing import Any

from cronica.commands.models.customers import (
    AddressBody,
    BlockCustomer,
    ChangeTerritory,
    ClassifyCustomer,
    DeactivateCustomer,
    ValuationBody,
)
from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.staff.customer_desk import CustomerDesk
from tests.fixtures.transaction_counter import TransactionCounter

CUSTOMERS = """
query ($filter: CustomerFilter, $orderBy: [CustomerOrder!], $first: Int, $after: String) {
  customers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { node { name createdAt } }
    pageInfo { hasNextPage endCursor }
  }
}
"""


def names(connection: dict[str, Any]) -> list[str]:
    return [edge["node"]["name"] for edge in connection["edges"]]


def test_customers_are_filtered_ordered_and_paged(settings: Settings) -> None:
    with running_app(settings) as api:
        lucia, pedro = api.hire("Lucía Gómez", "agent"), api.hire("Pedro Sanz", "agent")
        desk, who = CustomerDesk(api.office), lucia.who
        alba = desk.register(who, "prospect", "alba Motors")
        sol = desk.register(who, "customer", "Bodegas Sol", tax_id="12345678z")
        cafe = desk.register(who, "customer", "Café Central")
        torre = desk.register(who, "prospect", "de la Torre")
        for customer, zone in ((alba, "Norte"), (sol, "Sur"), (cafe, "Norte"), (torre, "Este")):
            desk.change(who, customer, ChangeTerritory(zone=zone))
        for customer in (alba, cafe):
            desk.change(who, customer, ClassifyCustomer(segment="retail"))
        desk.change(who, alba, BlockCustomer(reason="unpaid"))
        desk.change(who, sol, DeactivateCustomer())
        desk.represent(who, alba, pedro.who)

        def listed(**arguments: Any) -> dict[str, Any]:
            connection: dict[str, Any] = api.read(lucia, CUSTOMERS, **arguments)["customers"]
            return connection

        def matching(filter_: dict[str, Any]) -> list[str]:
            return names(listed(filter=filter_))

        every = listed()
        assert names(every) == ["alba Motors", "Bodegas Sol", "Café Central", "de la Torre"]
        assert matching({"kind": {"eq": "prospect"}}) == ["alba Motors", "de la Torre"]
        assert matching({"name": {"contains": "CAF"}}) == ["Café Central"]
        assert matching({"taxId": {"eq": "12345678Z"}}) == ["Bodegas Sol"]
        assert matching({"active": {"eq": False}}) == ["Bodegas Sol"]
        assert matching({"blocked": {"eq": True}}) == ["alba Motors"]
        assert matching({"segment": {"eq": "retail"}}) == ["alba Motors", "Café Central"]
        assert matching({"zone": {"in": ["Sur", "Este"]}}) == ["Bodegas Sol", "de la Torre"]
        assert matching({"representativeId": {"eq": pedro.id}}) == ["alba Motors"]
        third_created = every["edges"][2]["node"]["createdAt"]
        assert matching({"createdAt": {"gte": third_created}}) == ["Café Central", "de la Torre"]
        either = {"or": [{"kind": {"eq": "prospect"}}, {"active": {"eq": False}}]}
        assert matching({**either, "not": [{"blocked": {"eq": True}}]}) == [
            "Bodegas Sol",
            "de la Torre",
        ]

        newest_first = listed(orderBy=[{"field": "NUMBER", "direction": "DESC"}])
        assert names(newest_first) == ["de la Torre", "Café Central", "Bodegas Sol", "alba Motors"]
        by_zone_then_created = [{"field": "CREATED_AT", "direction": "DESC"}]
        assert names(listed(filter={"zone": {"eq": "Norte"}}, orderBy=by_zone_then_created)) == [
            "Café Central",
            "alba Motors",
        ]
        first = listed(first=3)
        assert names(first) == ["alba Motors", "Bodegas Sol", "Café Central"]
        assert first["totalCount"] == 4 and first["pageInfo"]["hasNextPage"]
        rest = listed(first=3, after=first["pageInfo"]["endCursor"])
        assert names(rest) == ["de la Torre"] and not rest["pageInfo"]["hasNextPage"]


PAGE = """
query ($first: Int!) {
  customers(first: $first) {
    edges { node {
      name representative { name } linkedCustomers { name }
      contacts { name } addresses { city } valuations { score }
      incidents(first: 2) { totalCount edges { node { subject assignee { name } } } }
    } }
  }
}
"""


def test_a_page_of_fifty_customers_costs_as_few_queries_as_a_page_of_five(
    settings: Settings,
) -> None:
    with running_app(settings, run_projections=False) as api:
        agent = api.hire("Lucía Gómez", "agent")
        technician = api.hire("Ana Martín", "technician")
        desk, who = CustomerDesk(api.office), agent.who
        customers = [desk.register(who, "customer", f"Cliente {n:02}") for n in range(50)]
        for n, customer in enumerate(customers):
            desk.represent(who, customer, agent.who)
            desk.link(who, customer, customers[n - 1])
            api.office.contact(who, customer, f"Contacto {n}")
            desk.add(who, customer, AddressBody(kind="billing", street="Mayor 1", city="Soria"))
            desk.add(who, customer, ValuationBody(kind="economic", score=n))
            for fault in range(n % 4):
                opened = api.office.open(who, customer, f"Fault {fault}")
                api.office.assign(who, opened.id, technician.who)
        api.container.runner.catch_up()
        counter = TransactionCounter(api.container.store)

        def queries_for(first: int) -> int:
            before = counter.count
            edges = api.answer(agent, PAGE, first=first)["data"]["customers"]["edges"]
            assert len(edges) == first
            for n, edge in enumerate(edges):
                node = edge["node"]
                assert node["contacts"] == [{"name": f"Contacto {n}"}]
                assert (node["addresses"], node["valuations"]) == (
                    [{"city": "Soria"}],
                    [{"score": n}],
                )
                assert node["representative"] == {"name": "Lucía Gómez"}
                assert node["incidents"]["totalCount"] == n % 4
                assert len(node["incidents"]["edges"]) == min(n % 4, 2)
            assert edges[1]["node"]["linkedCustomers"] == [{"name": "Cliente 00"}]
            assert edges[2]["node"]["incidents"]["edges"][0]["node"]["assignee"] == {
                "name": "Ana Martín"
            }
            return counter.count - before

        small, large = queries_for(5), queries_for(50)
        # The page (rows and count in one transaction); one batch each of representatives,
        # linked customers, contacts, addresses, valuations and incidents; then one of the
        # incidents' assignees; and who the viewer is (one snapshot per request).
        assert small == large == 9
