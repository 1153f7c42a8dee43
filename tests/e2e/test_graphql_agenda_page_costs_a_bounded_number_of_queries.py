"""A page of 100 agenda items (tasks, entries and the visits of plans expanded for the month)
with each item's user and customer costs the same few read-store queries as a page of 10."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.staff.agenda_desk import AgendaDesk
from tests.fixtures.transaction_counter import TransactionCounter

MADRID = timezone(timedelta(hours=1))
MARCH = date(2026, 3, 1)

PAGE = """
query ($first: Int!) {
  agenda(view: MONTH, date: "2026-03-01", first: $first) {
    totalCount
    edges { node { kind title user { name } customer { name } } }
  }
}
"""


def test_a_page_of_a_hundred_items_costs_as_few_queries_as_a_page_of_ten(
    settings: Settings,
) -> None:
    with running_app(settings, run_projections=False) as api:
        desk = AgendaDesk(api.office)
        sara = api.hire("Sara Vidal", "agent")
        customers = [api.office.customer(sara.who, f"Cliente {n}") for n in range(10)]
        for n in range(40):
            starts = datetime.combine(MARCH + timedelta(days=n % 31), time(8 + n % 10), MADRID)
            desk.plan_task(sara.who, customers[n % 10], starts, operatorId=sara.id)
            desk.put_entry(sara.who, starts, starts + timedelta(hours=1), f"Entry {n}")
        for customer in customers[:2]:
            desk.represent(sara.who, customer, sara.who)
            weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"]
            desk.plan_visits(sara.who, customer, weekdays, MARCH)
        api.container.runner.catch_up()
        counter = TransactionCounter(api.container.store)

        def queries_for(first: int) -> int:
            before = counter.count
            answer: dict[str, Any] = api.answer(sara, PAGE, first=first)["data"]["agenda"]
            nodes = [edge["node"] for edge in answer["edges"]]
            # 40 tasks, 40 entries, and 22 weekdays of March visited for each of 2 customers.
            assert len(nodes) == first and answer["totalCount"] == 40 + 40 + 2 * 22
            assert all(node["user"] == {"name": "Sara Vidal"} for node in nodes)
            assert any(node["customer"] for node in nodes)
            return counter.count - before

        small, large = queries_for(10), queries_for(100)
        # Who the viewer is (their unit tree and grants: one snapshot), the company's time zone,
        # the visit plans, the page (rows and count in one transaction), then one batch of users
        # and one of customers.
        assert small == large == 6
