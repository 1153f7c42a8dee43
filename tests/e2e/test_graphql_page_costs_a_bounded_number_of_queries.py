"""A page of incidents with each one's customer and assignee costs the same few read-store
queries whatever its size: DataLoaders batch the lookups instead of one query per row."""

from __future__ import annotations

from typing import Any

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.transaction_counter import TransactionCounter

PAGE = """
query ($first: Int!) {
  incidents(first: $first) {
    totalCount
    edges { node { number customer { name } assignee { name } } }
  }
}
"""


def test_a_page_of_fifty_incidents_costs_as_few_queries_as_a_page_of_five(
    settings: Settings,
) -> None:
    with running_app(settings, run_projections=False) as api:
        agent = api.hire("Lucía Gómez", "agent")
        technicians = [api.hire(f"Técnico {n}", "technician") for n in range(3)]
        customers = [api.office.customer(agent.who, f"Cliente {n}") for n in range(10)]
        for n in range(50):
            opened = api.office.open(agent.who, customers[n % 10], f"Fault {n}")
            if n % 2:
                api.office.assign(agent.who, opened.id, technicians[n % 3].who)
        api.container.runner.catch_up()
        counter = TransactionCounter(api.container.store)

        def queries_for(first: int) -> int:
            before = counter.count
            answer: dict[str, Any] = api.answer(agent, PAGE, first=first)["data"]["incidents"]
            assert len(answer["edges"]) == first and answer["totalCount"] == 50
            assert all(edge["node"]["customer"] for edge in answer["edges"])
            assert any(edge["node"]["assignee"] for edge in answer["edges"])
            return counter.count - before

        small, large = queries_for(5), queries_for(50)
        # The page itself (rows and count in one transaction), then one batch of customers
        # and one of users.
        assert small == large == 4  # and who the viewer is: one snapshot per request
