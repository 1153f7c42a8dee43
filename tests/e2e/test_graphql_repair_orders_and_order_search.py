"""Repair orders and the order search over GraphQL: the `repairOrders` connection and
`repairOrder`, and `searchOrders`, whose hits bring their repair order or incident in one batch
per kind — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.staff.workshop import Workshop
from tests.fixtures.transaction_counter import TransactionCounter

MADRID = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 3, 2, 9, tzinfo=MADRID)

REPAIR_ORDERS = """
query ($filter: RepairOrderFilter, $orderBy: [RepairOrderOrder!], $first: Int) {
  repairOrders(filter: $filter, orderBy: $orderBy, first: $first) {
    totalCount
    edges { node { number status } }
  }
}
"""
REPAIR_ORDER = """
query ($id: ID!) {
  repairOrder(id: $id) {
    number status faultDescription accessories priority minutesWorked materialsCount rating
    receivedAt finishedAt deliveredAt version
    warranty { inWarranty reference }
    customer { name } receivedBy { name } technician { name }
    history { type }
  }
}
"""
SEARCH = """
query ($text: String, $kinds: [OrderKind!], $status: [OrderStatus!], $userId: ID,
       $createdFrom: DateTime, $first: Int) {
  searchOrders(text: $text, kinds: $kinds, status: $status, userId: $userId,
               createdFrom: $createdFrom, first: $first) {
    totalCount
    edges { node {
      kind number status rank
      order {
        __typename
        ... on RepairOrder { faultDescription technician { name } }
        ... on Incident { subject }
      }
    } }
  }
}
"""


def numbers(connection: dict[str, Any]) -> list[str]:
    return [edge["node"]["number"] for edge in connection["edges"]]


def test_a_repair_order_is_listed_and_read_with_its_people(settings: Settings) -> None:
    with running_app(settings) as api:
        agent, luis = api.hire("Marta Vidal", "agent"), api.hire("Luis Gil", "technician")
        shop, office = Workshop(api.office), api.office
        customer = office.customer(agent.who, "Ferrer SL")
        first = shop.receive(
            agent.who, customer, luis.who, "No enciende", MONDAY,
            accessories=["cargador"], warranty={"inWarranty": True, "reference": "G-1"},
        ).id  # fmt: skip
        shop.receive(agent.who, customer, luis.who, "Ruido", MONDAY + timedelta(days=1))
        shop.schedule(agent.who, first, luis.who, MONDAY)
        shop.work(luis.who, first, "Fuente cambiada", MONDAY, 50, finishes=True)
        shop.use(luis.who, first, ("PSU-1", "Fuente", Decimal(1)))
        shop.deliver(agent.who, first, MONDAY + timedelta(days=2))
        shop.verify(agent.who, first, 4, "Bien")

        listed = api.read(agent, REPAIR_ORDERS)["repairOrders"]
        assert (numbers(listed), listed["totalCount"]) == (["OR-000002", "OR-000001"], 2)
        verified = {"status": {"eq": "VERIFIED"}, "technicianId": {"eq": luis.id}}
        assert numbers(api.read(agent, REPAIR_ORDERS, filter=verified)["repairOrders"]) == [
            "OR-000001"
        ]
        by_number = [{"field": "NUMBER", "direction": "ASC"}]
        assert numbers(
            api.read(agent, REPAIR_ORDERS, orderBy=by_number, first=1)["repairOrders"]
        ) == ["OR-000001"]

        order = api.read(agent, REPAIR_ORDER, id=str(first))["repairOrder"]
        assert order["status"] == "VERIFIED"
        assert (order["accessories"], order["warranty"]) == (
            ["cargador"],
            {"inWarranty": True, "reference": "G-1"},
        )
        assert (order["minutesWorked"], order["materialsCount"], order["rating"]) == (50, 1, 4)
        assert order["finishedAt"] == "2026-03-02T08:50:00+00:00"
        assert (order["customer"], order["receivedBy"], order["technician"]) == (
            {"name": "Ferrer SL"},
            {"name": "Luis Gil"},
            {"name": "Luis Gil"},
        )
        assert order["history"][0] == {"type": "RepairOrder.Received"}
        assert len(order["history"]) == order["version"] == 6
        assert api.read(agent, REPAIR_ORDER, id="nope")["repairOrder"] is None


def test_orders_are_searched_by_text_and_filters(settings: Settings) -> None:
    with running_app(settings) as api:
        agent, luis = api.hire("Marta Vidal", "agent"), api.hire("Luis Gil", "technician")
        shop, office = Workshop(api.office), api.office
        customer = office.customer(agent.who, "Ferrer SL")
        for fault in ["Monitor parpadea", "Ratón roto", "Router caído", "Teclado mojado"]:
            shop.receive(agent.who, customer, luis.who, fault, MONDAY - timedelta(days=9))
        printer = shop.receive(agent.who, customer, luis.who, "Impresora atascada", MONDAY).id
        office.open(agent.who, customer, "Cliente pide revisión", description="y su impresora")
        shop.schedule(agent.who, printer, luis.who, MONDAY)

        found = api.read(agent, SEARCH, text='IMPRESORA "atascada')["searchOrders"]
        assert [edge["node"]["order"] for edge in found["edges"]] == [
            {
                "__typename": "RepairOrder",
                "faultDescription": "Impresora atascada",
                "technician": {"name": "Luis Gil"},
            }
        ]
        both = api.read(agent, SEARCH, text="impresora")["searchOrders"]["edges"]
        assert [edge["node"]["kind"] for edge in both] == ["REPAIR_ORDER", "INCIDENT"]
        assert both[0]["node"]["rank"] > both[1]["node"]["rank"] > 0
        assert both[1]["node"]["order"] == {
            "__typename": "Incident",
            "subject": "Cliente pide revisión",
        }

        narrowed = api.read(
            agent, SEARCH, text="impresora", kinds=["REPAIR_ORDER"], status=["SCHEDULED"],
            userId=luis.id, createdFrom="2026-03-01T00:00:00Z",
        )["searchOrders"]  # fmt: skip
        assert numbers(narrowed) == ["OR-000005"]
        assert api.read(agent, SEARCH, text="impresora", status=["CLOSED"])["searchOrders"] == {
            "totalCount": 0,
            "edges": [],
        }
        signs = api.read(agent, SEARCH, text='"*-"', first=100)["searchOrders"]
        assert signs["totalCount"] == 6  # a search of signs alone is no text filter


def test_a_page_of_forty_hits_costs_as_few_queries_as_a_page_of_twenty_five(
    settings: Settings,
) -> None:
    with running_app(settings, run_projections=False) as api:
        agent, luis = api.hire("Marta Vidal", "agent"), api.hire("Luis Gil", "technician")
        shop, office = Workshop(api.office), api.office
        customer = office.customer(agent.who, "Ferrer SL")
        for n in range(20):
            at = MONDAY + timedelta(hours=n)
            order = shop.receive(agent.who, customer, luis.who, f"Fusor {n}", at).id
            shop.schedule(agent.who, order, luis.who, at)
            office.open(agent.who, customer, f"Fusor {n}")
        api.container.runner.catch_up()
        counter = TransactionCounter(api.container.store)

        def queries_for(first: int) -> int:
            before = counter.count
            answer = api.answer(agent, SEARCH, text="fusor", first=first)["data"]["searchOrders"]
            kinds = {edge["node"]["order"]["__typename"] for edge in answer["edges"]}
            assert len(answer["edges"]) == first and kinds == {"RepairOrder", "Incident"}
            return counter.count - before

        # The hits (count and page in one transaction), then one batch of repair orders, one
        # of incidents and one of the technicians.
        assert queries_for(25) == queries_for(40) == 5  # and who the viewer is
