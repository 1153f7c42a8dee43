"""The `opportunities` connection (filtered, ordered, paged) and the `opportunityPipeline` over
the SalesFloor's seven opportunities; and a page of opportunities with their timelines costs the
same few read-store queries whatever its size."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import GraphQLApi, Person, running_app
from tests.fixtures.known_states.opportunities import SalesFloor
from tests.fixtures.staff.sales import Sales
from tests.fixtures.transaction_counter import TransactionCounter

OPPORTUNITIES = """
query ($filter: OpportunityFilter, $orderBy: [OpportunityOrder!], $first: Int, $after: String) {
  opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { node { number expectedAmount } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

PIPELINE = """
query ($groupBy: PipelineGroupBy!, $filter: OpportunityFilter, $from: DateTime) {
  opportunityPipeline(groupBy: $groupBy, filter: $filter, createdFrom: $from) {
    key agent { name } count open won lost amount wonAmount lostReasons { reason count }
  }
}
"""


@dataclass
class Floor:
    """The SalesFloor behind a running app, and a manager to read it (hired before the floor's
    events are projected: the app does not run its projections by itself here)."""

    api: GraphQLApi
    sales: SalesFloor
    reader: Person


@pytest.fixture
def floor(settings: Settings) -> Iterator[Floor]:
    with running_app(settings, run_projections=False) as api:
        reader = api.hire("Reader", "manager")
        yield Floor(api, SalesFloor(api.container, api.office), reader)


def test_opportunities_are_filtered_ordered_and_paged(floor: Floor) -> None:
    api, reader = floor.api, floor.reader
    closed_or_big = {
        "or": [{"status": {"in": ["WON", "LOST"]}}, {"amount": {"gte": 1000}}],
        "not": [{"type": {"eq": "renewal"}}],
    }
    by_amount = [{"field": "AMOUNT", "direction": "DESC"}]

    first = api.read(reader, OPPORTUNITIES, filter=closed_or_big, orderBy=by_amount, first=2)
    connection = first["opportunities"]
    assert connection["totalCount"] == 4
    assert [edge["node"] for edge in connection["edges"]] == [
        {"number": "OP-000003", "expectedAmount": "4000.00"},
        {"number": "OP-000001", "expectedAmount": "1000.00"},
    ]
    after = connection["pageInfo"]["endCursor"]
    rest = api.read(reader, OPPORTUNITIES, filter=closed_or_big, orderBy=by_amount, after=after)
    assert [edge["node"]["number"] for edge in rest["opportunities"]["edges"]] == [
        "OP-000007",
        "OP-000004",
    ]
    assert not rest["opportunities"]["pageInfo"]["hasNextPage"]
    jordis = {"agentId": {"eq": str(floor.sales.jordi.user_id)}}
    newest_first = api.read(reader, OPPORTUNITIES, filter=jordis)["opportunities"]
    assert [edge["node"]["number"] for edge in newest_first["edges"]] == ["OP-000005", "OP-000002"]


def test_the_pipeline_by_agent_names_each_agent(floor: Floor) -> None:
    api, reader = floor.api, floor.reader

    groups = api.read(reader, PIPELINE, groupBy="AGENT")["opportunityPipeline"]

    unassigned, *agents = groups
    assert unassigned == {
        "key": None,
        "agent": None,
        "count": 1,
        "open": 0,
        "won": 0,
        "lost": 1,
        "amount": "0.00",
        "wonAmount": "0.00",
        "lostReasons": [{"reason": "price", "count": 1}],
    }
    figures = {
        group["agent"]["name"]: (group["count"], group["open"], group["amount"], group["wonAmount"])
        for group in agents
    }
    assert figures == {"Marta": (4, 2, "5800.00", "4000.00"), "Jordi": (2, 1, "1050.50", "0.00")}


def test_the_pipeline_by_status_takes_a_filter_and_a_creation_start(floor: Floor) -> None:
    api, reader = floor.api, floor.reader
    at_the_shop = {"customerId": {"eq": str(floor.sales.shop)}}
    listed = api.read(reader, "{ opportunities(first: 7) { edges { node { number createdAt } } } }")
    created = {
        edge["node"]["number"]: edge["node"]["createdAt"]
        for edge in listed["opportunities"]["edges"]
    }

    groups = api.read(
        reader, PIPELINE, groupBy="STATUS", filter=at_the_shop, **{"from": created["OP-000005"]}
    )["opportunityPipeline"]

    assert [(g["key"], g["count"], g["amount"], g["lostReasons"]) for g in groups] == [
        (
            "lost",
            2,
            "1300.00",
            [{"reason": "competitor", "count": 1}, {"reason": "price", "count": 1}],
        )
    ]
    assert groups[0]["agent"] is None  # grouped by status: no agent


def test_a_page_of_fifty_with_timelines_costs_as_few_queries_as_a_page_of_five(
    settings: Settings,
) -> None:
    page = """
    query ($first: Int!) {
      opportunities(first: $first) {
        edges { node { customer { name } agent { name } timeline { kind actor { name } } } }
      }
    }
    """
    with running_app(settings, run_projections=False) as api:
        sales = Sales(api.office)
        ana = api.hire("Ana", "manager")
        agents = [api.hire(f"Agent {n}", "agent") for n in range(2)]
        customers = [api.office.customer(ana.who, f"Customer {n}") for n in range(10)]
        for n in range(50):
            agent = agents[n % 2].who
            opened = sales.open(ana.who, customers[n % 10], f"Deal {n}", agent=agent).id
            sales.work(agent, opened, "Called")
        api.container.runner.catch_up()
        counter = TransactionCounter(api.container.store)

        def queries_for(first: int) -> int:
            before = counter.count
            answer: dict[str, Any] = api.answer(ana, page, first=first)
            edges = answer["data"]["opportunities"]["edges"]
            assert len(edges) == first
            assert all(edge["node"]["timeline"][1]["actor"]["name"] for edge in edges)
            return counter.count - before

        small, large = queries_for(5), queries_for(50)
        # The page; then one batch each of customers, agents and timelines; then one batch of
        # the timelines' actors (Ana, who opened them all, is not among the agents).
        assert small == large == 6  # and who the viewer is: one snapshot per request
