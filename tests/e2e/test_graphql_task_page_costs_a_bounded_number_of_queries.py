"""A page of a hundred tasks with each one's operator, customer and urgency costs as many read-store
transactions as a page of ten: DataLoaders batch the lookups instead of one query per row."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.staff.task_office import TaskOffice, work
from tests.fixtures.transaction_counter import TransactionCounter

PAGE = """
query ($first: Int!) {
  urgentTasks(first: $first) {
    totalCount
    edges { node { number isPriority operator { name } customer { name } } }
  }
}
"""

MONDAY = datetime(2026, 3, 2, 9, tzinfo=UTC)


def test_a_page_of_a_hundred_tasks_costs_as_few_queries_as_a_page_of_ten(
    settings: Settings,
) -> None:
    with running_app(settings, run_projections=False) as api:
        tasks = TaskOffice(api.office)
        admin = api.hire("Ada Ruiz", "admin")
        agents = [api.hire(f"Agente {n}", "agent") for n in range(4)]
        customers = [api.office.customer(agents[0].who, f"Cliente {n}") for n in range(12)]
        for n in range(100):
            body = work(f"Visit {n}", MONDAY + timedelta(hours=n), type="visit")
            if n % 3:
                body["operatorId"] = agents[n % 4].who.user_id
            tasks.plan(agents[n % 4].who, customers[n % 12], body)
        tasks.prioritise(admin.who, "visit")
        api.container.runner.catch_up()
        counter = TransactionCounter(api.container.store)

        def queries_for(first: int) -> int:
            before = counter.count
            answer: dict[str, Any] = api.answer(agents[0], PAGE, first=first)["data"]
            edges = answer["urgentTasks"]["edges"]
            assert len(edges) == first and answer["urgentTasks"]["totalCount"] == 100
            assert all(edge["node"]["customer"] and edge["node"]["isPriority"] for edge in edges)
            assert any(edge["node"]["operator"] for edge in edges)
            assert not all(edge["node"]["operator"] for edge in edges)
            return counter.count - before

        small, large = queries_for(10), queries_for(100)
        # The page (rows and count in one transaction), then one batch each of customers,
        # users and priority task types.
        assert small == large == 5  # and who the viewer is: one snapshot per request
