"""One opportunity through GraphQL: its fields, customer, agent, and its timeline (who did what,
the status before and after, comments and next contact date); another company's stay
invisible."""

from __future__ import annotations

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.staff.office import Office
from tests.fixtures.staff.sales import Sales, in_days

OPPORTUNITY = """
query ($id: ID!) {
  opportunity(id: $id) {
    number status priority type subject source expectedAmount nextContactOn lostReason
    whatToImprove invoiceNumber openActions version closedAt
    customer { name }
    agent { name role }
    timeline {
      version kind actorId actor { name } statusBefore statusAfter comment nextContactOn details
    }
    history { type }
  }
}
"""


def test_an_opportunity_shows_its_customer_agent_and_timeline(settings: Settings) -> None:
    with running_app(settings) as api:
        sales = Sales(api.office)
        marta, pau = api.hire("Marta Vidal", "agent"), api.hire("Pau Roig", "manager")
        customer = api.office.customer(marta.who, "Ferrer SL")
        opened = sales.open(
            marta.who, customer, "Label printers", source="fair", amount="1200.50", agent=marta.who
        ).id
        sales.wait(marta.who, opened, "Budget in April", in_days(5))
        visit = sales.act(marta.who, opened, "visit", "Showroom visit")
        sales.work(pau.who, opened, "Quote sent")

        waiting = api.read(marta, OPPORTUNITY, id=str(opened))["opportunity"]
        assert (waiting["number"], waiting["status"], waiting["priority"]) == (
            "OP-000001",
            "WORKING",
            "NORMAL",
        )
        assert (waiting["expectedAmount"], waiting["source"]) == ("1200.50", "fair")
        assert (waiting["openActions"], waiting["nextContactOn"]) == (1, None)
        assert waiting["customer"] == {"name": "Ferrer SL"}
        assert waiting["agent"] == {"name": "Marta Vidal", "role": "agent"}

        sales.done(pau.who, opened, visit)
        sales.win(pau.who, opened, "F-2026-7")
        sales.reopen(marta.who, opened, "Returned")
        sales.lose(marta.who, opened, "price", "Offer leasing")

        lost = api.read(marta, OPPORTUNITY, id=str(opened))["opportunity"]
        assert (lost["status"], lost["lostReason"], lost["whatToImprove"]) == (
            "LOST",
            "price",
            "Offer leasing",
        )
        assert (lost["invoiceNumber"], lost["version"]) == (None, 8)
        assert lost["closedAt"] is not None
        timeline = lost["timeline"]
        assert [
            (entry["kind"], entry["actor"]["name"], entry["statusBefore"], entry["statusAfter"])
            for entry in timeline
        ] == [
            ("OPENED", "Marta Vidal", None, "NEW"),
            ("FOLLOWED_UP", "Marta Vidal", "NEW", "WAITING"),
            ("ACTION_RECORDED", "Marta Vidal", "WAITING", "WAITING"),
            ("FOLLOWED_UP", "Pau Roig", "WAITING", "WORKING"),
            ("ACTION_DONE", "Pau Roig", "WORKING", "WORKING"),
            ("WON", "Pau Roig", "WORKING", "WON"),
            ("REOPENED", "Marta Vidal", "WON", "WORKING"),
            ("LOST", "Marta Vidal", "WORKING", "LOST"),
        ]
        assert [entry["comment"] for entry in timeline[1:5]] == [
            "Budget in April",
            "Showroom visit",
            "Quote sent",
            "Showroom visit",
        ]
        assert timeline[1]["nextContactOn"] == in_days(5).isoformat()
        assert timeline[2]["details"] == {
            "action_id": str(visit),
            "action_kind": "visit",
            "done": False,
        }
        assert timeline[5]["details"] == {"invoice_number": "F-2026-7"}
        assert [entry["version"] for entry in timeline] == list(range(1, 9))
        assert timeline[0]["actorId"] == marta.id
        assert len(lost["history"]) == 8
        assert lost["history"][0]["type"] == "Opportunity.Created"


def test_another_companys_opportunities_are_invisible(settings: Settings) -> None:
    with running_app(settings) as api:
        ours = api.hire("Marta Vidal", "agent")
        rival = Office(api.app, slug="rival")
        theirs = api.hire("Diego Pardo", "manager", rival)
        Sales(api.office).open(ours.who, api.office.customer(ours.who, "Ferrer SL"), "Ours")
        their_id = Sales(rival).open(theirs.who, rival.customer(theirs.who, "Sol"), "Theirs").id

        listing = "{ opportunities { totalCount edges { node { subject } } } }"
        assert api.read(ours, listing)["opportunities"]["edges"] == [{"node": {"subject": "Ours"}}]
        assert api.read(ours, OPPORTUNITY, id=str(their_id))["opportunity"] is None
        pipeline = "{ opportunityPipeline(groupBy: STATUS) { key count } }"
        assert api.read(theirs, pipeline)["opportunityPipeline"] == [{"key": "new", "count": 1}]
