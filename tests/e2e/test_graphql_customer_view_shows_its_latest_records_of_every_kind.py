"""The customer view shows, in the same query, the customer's latest repair orders, opportunities
and activities (tasks) beside its incidents: each the first page of that kind's own list filtered
by the customer, newest first, with how many there are in all; a page of customers costs the
same few queries whatever its size."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import GraphQLApi, running_app
from tests.fixtures.staff.sales import Sales
from tests.fixtures.staff.task_office import TaskOffice, work
from tests.fixtures.staff.workshop import Workshop
from tests.fixtures.transaction_counter import TransactionCounter

MONDAY = datetime(2026, 3, 2, 9, tzinfo=UTC)

LATEST = """
fragment Latest on Customer {
  name
  repairOrders(first: 2) { totalCount edges { node { number faultDescription } } }
  opportunities(first: 2) { totalCount edges { node { number subject } } }
  latestActivities(first: 2) { totalCount edges { node { number description } } }
  incidents(first: 2) { totalCount edges { node { number } } }
}
query ($id: ID!) { customer(id: $id) { ...Latest } }
"""

PAGE = """
query ($first: Int!) {
  customers(first: $first) {
    edges { node {
      repairOrders { totalCount } opportunities { totalCount }
      latestActivities { totalCount } incidents { totalCount }
    } }
  }
}
"""


def busy_customer(api: GraphQLApi, name: str, records: int) -> str:
    """A customer with `records` repair orders, opportunities and tasks, made in that order."""
    office = api.office
    agent = office.hire(f"Agent of {name}", "agent")
    technician = office.hire(f"Technician of {name}", "technician")
    customer = office.customer(agent, name)
    for n in range(records):
        at = MONDAY + timedelta(days=n)
        Workshop(office).receive(agent, customer, technician, f"Fault {n}", at)
        Sales(office).open(agent, customer, f"Deal {n}")
        TaskOffice(office).plan(agent, customer, work(f"Call {n}", at))
    return str(customer)


def test_a_customer_shows_its_latest_repair_orders_opportunities_and_activities(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        reader = api.hire("Ana Ruiz", "manager")
        customer_id = busy_customer(api, "Frutas Levante", 3)
        busy_customer(api, "Bodega Sur", 1)  # another customer's records stay out

        view = api.read(reader, LATEST, id=customer_id)["customer"]

        assert view["name"] == "Frutas Levante"
        assert view["repairOrders"]["totalCount"] == 3
        faults = [edge["node"]["faultDescription"] for edge in view["repairOrders"]["edges"]]
        assert faults == ["Fault 2", "Fault 1"]  # newest first
        assert view["opportunities"]["totalCount"] == 3
        assert [e["node"]["subject"] for e in view["opportunities"]["edges"]] == [
            "Deal 2",
            "Deal 1",
        ]
        activities = view["latestActivities"]
        assert activities["totalCount"] == 3
        assert [e["node"]["description"] for e in activities["edges"]] == ["Call 2", "Call 1"]
        assert view["incidents"] == {"totalCount": 0, "edges": []}


def test_a_page_of_customers_with_their_latest_records_costs_a_bounded_number_of_queries(
    settings: Settings,
) -> None:
    # No projections in the background: only the reads of the query itself are counted.
    with running_app(settings, run_projections=False) as api:
        reader = api.hire("Ana Ruiz", "manager")
        for n in range(12):
            busy_customer(api, f"Customer {n}", 1)
        api.container.runner.catch_up()

        counts = []
        for size in (2, 12):
            counter = TransactionCounter(api.container.store)
            page = api.read(reader, PAGE, first=size)["customers"]["edges"]
            assert len(page) == size
            counts.append(counter.count)

        assert counts[0] == counts[1]
