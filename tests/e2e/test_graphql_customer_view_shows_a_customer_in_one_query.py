"""The customer view through GraphQL: one query shows a customer with its contacts (one met
at a fair among them), addresses, valuations, representative, linked customers, visit plan,
latest incidents and history; the contact list shows contacts of no customer until they are
attached; another company's customers stay invisible."""

from __future__ import annotations

from datetime import date, time

from cronica.commands.models.customers import (
    AddressBody,
    ClassifyCustomer,
    ConvertCustomer,
    RemoveAddress,
    SetVisitPlan,
    ValuationBody,
)
from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.staff.customer_desk import CustomerDesk
from tests.fixtures.staff.office import Office

CUSTOMER_VIEW = """
query ($id: ID!, $incidents: Int!) {
  customer(id: $id) {
    id number kind name taxId active blocked noMailing segment version convertedAt
    criteria { criterion value }
    customFields
    visitPlan { weekdays windowStarts windowEnds frequency everyWeeks startsOn }
    representative { name role }
    linkedCustomers { number name }
    contacts { id name position customerId }
    addresses { kind street city postalCode country }
    valuations { kind score note }
    incidents(first: $incidents) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { number subject customer { number } } }
    }
    history { type }
  }
}
"""


def test_one_query_shows_a_customer_with_its_parts_and_latest_incidents(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        lucia = api.hire("Lucía Gómez", "agent")
        pedro = api.hire("Pedro Sanz", "agent")
        desk, who = CustomerDesk(api.office), lucia.who
        levante = desk.register(who, "prospect", "Frutas Levante", tax_id="B12345674")
        group = desk.register(who, "customer", "Grupo Levante")
        marta = desk.meet(who, "Marta Gil", position="Compras")
        desk.add(who, levante, AddressBody(kind="billing", street="Colón 1", city="Valencia"))
        gone = desk.add(who, levante, AddressBody(kind="visit", street="Paz 2", city="Alzira"))
        desk.change_part(who, levante, gone, RemoveAddress())
        desk.add(who, levante, ValuationBody(kind="strategic", score=90, note="key account"))
        desk.add(who, levante, ValuationBody(kind="economic", score=60))
        api.office.contact(who, levante, "Jorge Ruiz")
        desk.attach(who, marta, levante)
        desk.represent(who, levante, pedro.who)
        desk.link(who, levante, group)
        desk.change(who, levante, ClassifyCustomer(segment="wholesale", criteria={"size": "sme"}))
        desk.custom_field(who, levante, "employees", 42)
        plan = SetVisitPlan(
            weekdays=["thursday", "monday"],
            window_starts=time(9),
            window_ends=time(13, 30),
            frequency="every_n_weeks",
            every_weeks=3,
            starts_on=date(2026, 3, 2),
        )
        desk.change(who, levante, plan)
        desk.change(who, levante, ConvertCustomer())
        for n in range(4):
            api.office.open(who, levante, f"Fault {n}")
        api.office.open(who, group, "Elsewhere")

        view = api.read(lucia, CUSTOMER_VIEW, id=str(levante), incidents=3)["customer"]

        assert (view["number"], view["kind"], view["name"], view["taxId"]) == (
            "C-000001",
            "customer",
            "Frutas Levante",
            "B12345674",
        )
        assert (view["active"], view["blocked"], view["noMailing"]) == (True, False, False)
        assert view["version"] == api.app.repository.get(levante).version == 14
        assert view["convertedAt"] is not None
        assert view["segment"] == "wholesale"
        assert view["criteria"] == [{"criterion": "size", "value": "sme"}]
        assert view["customFields"] == {"employees": 42}
        assert view["visitPlan"] == {
            "weekdays": ["MONDAY", "THURSDAY"],
            "windowStarts": "09:00:00",
            "windowEnds": "13:30:00",
            "frequency": "EVERY_N_WEEKS",
            "everyWeeks": 3,
            "startsOn": "2026-03-02",
        }
        assert view["representative"] == {"name": "Pedro Sanz", "role": "agent"}
        assert view["linkedCustomers"] == [{"number": "C-000002", "name": "Grupo Levante"}]
        assert [(c["name"], c["position"], c["customerId"]) for c in view["contacts"]] == [
            ("Jorge Ruiz", None, str(levante)),
            ("Marta Gil", "Compras", str(levante)),
        ]
        assert view["contacts"][1]["id"] == str(marta)
        assert view["addresses"] == [
            {
                "kind": "BILLING",
                "street": "Colón 1",
                "city": "Valencia",
                "postalCode": None,
                "country": "ES",
            }
        ]
        assert [(v["kind"], v["score"], v["note"]) for v in view["valuations"]] == [
            ("ECONOMIC", 60, None),
            ("STRATEGIC", 90, "key account"),
        ]
        incidents = view["incidents"]
        assert incidents["totalCount"] == 4 and incidents["pageInfo"]["hasNextPage"]
        assert [edge["node"]["subject"] for edge in incidents["edges"]] == [
            "Fault 3",
            "Fault 2",
            "Fault 1",
        ]
        assert {edge["node"]["customer"]["number"] for edge in incidents["edges"]} == {"C-000001"}
        assert view["history"][0]["type"] == "Customer.Created"
        assert view["history"][-1]["type"] == "Customer.Converted"

        # The view's incidents are the first page of the customer's own incident list.
        rest = api.read(
            lucia,
            "query ($c: ID, $after: String) { incidents(filter: {customerId: {eq: $c}},"
            " after: $after) { edges { node { subject } } } }",
            c=str(levante),
            after=incidents["pageInfo"]["endCursor"],
        )
        assert rest["incidents"]["edges"] == [{"node": {"subject": "Fault 0"}}]


def test_another_companys_customers_are_invisible(settings: Settings) -> None:
    with running_app(settings) as api:
        ours = api.hire("Lucía Gómez", "agent")
        rival = Office(api.app, slug="rival")
        theirs = api.hire("Diego Pardo", "manager", rival)
        our_customer = api.office.customer(ours.who, "Talleres Ruiz")
        their_customer = rival.customer(theirs.who, "Bodegas Sol")
        rival.open(theirs.who, their_customer, "Theirs")

        listing = "{ customers { totalCount edges { node { id } } } }"
        assert api.read(ours, listing)["customers"] == {
            "totalCount": 1,
            "edges": [{"node": {"id": str(our_customer)}}],
        }
        view = "query ($id: ID!) { customer(id: $id) { name } }"
        assert api.read(ours, view, id=str(their_customer))["customer"] is None
        assert api.read(theirs, view, id=str(their_customer))["customer"] == {"name": "Bodegas Sol"}
        assert api.read(ours, view, id="not-even-an-id")["customer"] is None


CONTACTS = """
query ($filter: ContactFilter, $orderBy: [ContactOrder!]) {
  contacts(filter: $filter, orderBy: $orderBy) { totalCount edges { node { name customerId } } }
}
"""


def test_contacts_of_no_customer_are_listed_until_attached(settings: Settings) -> None:
    with running_app(settings) as api:
        lucia = api.hire("Lucía Gómez", "agent")
        desk, who = CustomerDesk(api.office), lucia.who
        taller = desk.register(who, "customer", "Talleres Ruiz")
        api.office.contact(who, taller, "Jorge Ruiz")
        marta = desk.meet(who, "Marta Gil")
        desk.meet(who, "Iker Sanz")
        unattached = {"customerId": {"isNull": True}}

        def listed(**arguments: object) -> list[tuple[str, str | None]]:
            edges = api.read(lucia, CONTACTS, **arguments)["contacts"]["edges"]
            return [(edge["node"]["name"], edge["node"]["customerId"]) for edge in edges]

        assert listed(filter=unattached) == [("Iker Sanz", None), ("Marta Gil", None)]
        newest_first = [{"field": "CREATED_AT", "direction": "DESC"}]
        assert [name for name, _ in listed(orderBy=newest_first)] == [
            "Iker Sanz",
            "Marta Gil",
            "Jorge Ruiz",
        ]

        desk.attach(who, marta, taller)

        assert listed(filter=unattached) == [("Iker Sanz", None)]
        assert listed(filter={"customerId": {"eq": str(taller)}}) == [
            ("Jorge Ruiz", str(taller)),
            ("Marta Gil", str(taller)),
        ]
        assert listed(filter={"name": {"contains": "iker"}}) == [("Iker Sanz", None)]
