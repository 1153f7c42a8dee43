"""The `notices` connection and the `notice` field: unresolved notices stand out, every filter and
ordering works, pages walk the list, and a notice shows its caller, people, resolution and
history — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import running_app
from tests.fixtures.staff.office import Office
from tests.fixtures.staff.reception import Reception

MADRID = timezone(timedelta(hours=1))
MORNING = datetime(2025, 3, 10, 9, tzinfo=MADRID)

NOTICES = """
query ($filter: NoticeFilter, $orderBy: [NoticeOrder!], $first: Int, $after: String) {
  notices(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { node { text } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

NOTICE = """
query ($id: ID!) {
  notice(id: $id) {
    number text code importance status standsOut forwardCount actionCount takenAt version
    caller { kind name phone customerId customer { name } }
    recipient { name } takenBy { name }
    resolution { resolvedAt code department workCentre solution resolver { name } }
    history { type }
  }
}
"""


def test_unresolved_notices_stand_out_and_the_list_filters_orders_and_pages(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        rosa, luis = api.hire("Rosa Gil", "office"), api.hire("Luis Pons", "agent")
        reception = Reception(api.office)
        ferrer = api.office.customer(rosa.who, "Ferrer SL")
        calls = {}
        for hours, (text, importance, recipient) in enumerate(
            [("Boiler", 2, luis), ("Invoice", 5, rosa), ("Quote", 4, luis), ("Parts", 1, luis)]
        ):
            calls[text] = reception.log(
                rosa.who,
                recipient.who,
                text,
                customer_id=ferrer if text != "Parts" else None,
                caller_kind="customer" if text != "Parts" else "supplier",
                importance=importance,
                taken_at=MORNING + timedelta(hours=hours),
            ).id
        reception.resolve(luis.who, calls["Quote"], MORNING + timedelta(days=1))

        def texts(**variables: Any) -> list[str]:
            connection = api.read(luis, NOTICES, **variables)["notices"]
            return [edge["node"]["text"] for edge in connection["edges"]]

        assert texts() == ["Parts", "Quote", "Invoice", "Boiler"]  # newest taken first
        flagged_first = [
            {"field": "STANDS_OUT", "direction": "DESC"},
            {"field": "IMPORTANCE", "direction": "DESC"},
        ]
        assert texts(orderBy=flagged_first) == ["Invoice", "Boiler", "Parts", "Quote"]
        mine = {"recipientId": {"eq": luis.id}, "standsOut": {"eq": True}}
        by_number = [{"field": "NUMBER"}]
        assert texts(filter=mine, orderBy=by_number) == ["Boiler", "Parts"]
        assert texts(filter={"standsOut": {"eq": False}}) == ["Quote"]
        assert texts(filter={"status": {"eq": "RESOLVED"}}) == ["Quote"]
        assert texts(filter={"importance": {"gte": 4}}, orderBy=by_number) == ["Invoice", "Quote"]
        assert texts(filter={"callerKind": {"in": ["SUPPLIER", "OTHER"]}}) == ["Parts"]
        assert texts(filter={"customerId": {"isNull": True}}) == ["Parts"]
        since = (MORNING + timedelta(hours=2)).astimezone(UTC).isoformat()
        assert texts(filter={"takenAt": {"gte": since}}) == ["Parts", "Quote"]
        either = {"or": [{"text": {"contains": "boil"}}, {"number": {"eq": "AV-000002"}}]}
        assert texts(filter=either, orderBy=by_number) == ["Boiler", "Invoice"]
        assert texts(filter={"not": [{"code": {"eq": "call_back"}}]}) == []

        first = api.read(luis, NOTICES, orderBy=by_number, first=3)["notices"]
        assert first["totalCount"] == 4 and first["pageInfo"]["hasNextPage"]
        after = first["pageInfo"]["endCursor"]
        assert texts(orderBy=by_number, first=3, after=after) == ["Parts"]


def test_a_notice_shows_its_caller_people_resolution_and_history(settings: Settings) -> None:
    with running_app(settings) as api:
        rosa, luis = api.hire("Rosa Gil", "office"), api.hire("Luis Pons", "agent")
        marta = api.hire("Marta Vidal", "manager")
        reception = Reception(api.office)
        ferrer = api.office.customer(rosa.who, "Ferrer SL")
        notice_id = reception.log(
            rosa.who, luis.who, "Wants a visit", customer_id=ferrer, importance=4, taken_at=MORNING
        ).id
        open_notice = api.read(marta, NOTICE, id=str(notice_id))["notice"]
        assert (open_notice["number"], open_notice["standsOut"]) == ("AV-000001", True)
        assert (open_notice["status"], open_notice["resolution"]) == ("OPEN", None)
        assert open_notice["caller"] == {
            "kind": "CUSTOMER",
            "name": None,
            "phone": "600 123 456",
            "customerId": str(ferrer),
            "customer": {"name": "Ferrer SL"},
        }
        assert (open_notice["recipient"], open_notice["takenBy"]) == (
            {"name": "Luis Pons"},
            {"name": "Rosa Gil"},
        )
        assert datetime.fromisoformat(open_notice["takenAt"]) == MORNING

        reception.forward(luis.who, notice_id, marta.who)
        reception.note_action(marta.who, notice_id, MORNING + timedelta(hours=1))
        resolved_at = MORNING + timedelta(hours=2)
        reception.resolve(marta.who, notice_id, resolved_at, code="informed")

        resolved = api.read(rosa, NOTICE, id=str(notice_id))["notice"]
        assert (resolved["standsOut"], resolved["status"], resolved["version"]) == (
            False,
            "RESOLVED",
            4,
        )
        assert (resolved["recipient"], resolved["forwardCount"], resolved["actionCount"]) == (
            {"name": "Marta Vidal"},
            1,
            1,
        )
        resolution = resolved["resolution"]
        assert datetime.fromisoformat(resolution.pop("resolvedAt")) == resolved_at
        assert resolution == {
            "code": "informed",
            "department": "Sales",
            "workCentre": "Valencia",
            "solution": "Sorted out",
            "resolver": {"name": "Marta Vidal"},
        }
        assert [event["type"] for event in resolved["history"]] == [
            "Notice.Logged",
            "Notice.Forwarded",
            "Notice.ActionNoted",
            "Notice.Resolved",
        ]

        elsewhere = api.hire("Gus", "manager", office=Office(api.app, slug="globex"))
        assert api.read(elsewhere, NOTICE, id=str(notice_id))["notice"] is None
        assert api.read(rosa, NOTICE, id="no-such-notice")["notice"] is None
