"""The viewer's `inbox` (unread first, filtered, ordered, paged, archived apart) and the notice
board's open notices, unread messages and the counts a user is warned of when he opens the
application — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from cronica.commands.attachments import AttachmentStore
from cronica.ops.settings import Settings
from tests.fixtures.http.graphql_client import GraphQLApi, Person, running_app
from tests.fixtures.staff.reception import Reception

BOGOTA = timezone(timedelta(hours=-5))
MORNING = datetime(2025, 3, 10, 9, tzinfo=BOGOTA)

INBOX = """
query ($filter: InboxFilter, $orderBy: [InboxOrder!], $unreadOnly: Boolean! = false,
       $archived: Boolean! = false, $first: Int, $after: String) {
  inbox(filter: $filter, orderBy: $orderBy, unreadOnly: $unreadOnly, archived: $archived,
        first: $first, after: $after) {
    totalCount
    edges { node { subject unread } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

MESSAGE = """
{ inbox(first: 1) { edges { node {
  id subject body bodyPreview reminder remindAt attachmentCount sentAt readAt unread archivedAt
  version senderId sender { name } history { type }
} } } }
"""

BOARD = """
{ noticeBoard {
  counts { alerts notices messages total }
  openNotices(first: 2) { text importance standsOut recipient { name } }
  unreadMessages(first: 1) { subject sender { name } }
} }
"""


def reception_of(api: GraphQLApi) -> Reception:
    """The office's notices and messages, attaching files through the app's attachment store."""
    attachments: AttachmentStore = api.client.app.state.attachments  # type: ignore[attr-defined]
    return Reception(api.office, attachments)


def inbox(api: GraphQLApi, reader: Person, **variables: Any) -> list[str]:
    connection = api.read(reader, INBOX, **variables)["inbox"]
    return [edge["node"]["subject"] for edge in connection["edges"]]


def test_the_inbox_lists_unread_messages_first_and_keeps_archived_ones_apart(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        rosa, luis = api.hire("Rosa Gil", "office"), api.hire("Luis Pons", "technician")
        eva = api.hire("Eva Soto", "technician")
        reception = reception_of(api)
        sent = {
            subject: reception.send(rosa.who, [luis.who, eva.who], subject).id
            for subject in ("One", "Two", "Three", "Four", "Five")
        }
        reception.send(eva.who, [luis.who], "From Eva", reminder=True)
        reception.send(luis.who, [rosa.who], "To Rosa")
        for subject in ("Two", "Four"):
            reception.read(luis.who, sent[subject])
        reception.archive(luis.who, sent["One"])

        assert inbox(api, luis) == ["From Eva", "Five", "Three", "Four", "Two"]
        assert inbox(api, luis, unreadOnly=True) == ["From Eva", "Five", "Three"]
        assert inbox(api, luis, archived=True) == ["One"]
        assert inbox(api, eva) == ["Five", "Four", "Three", "Two", "One"]  # her own copies
        assert inbox(api, luis, filter={"unread": {"eq": False}}) == ["Four", "Two"]
        assert inbox(api, luis, filter={"reminder": {"eq": True}}) == ["From Eva"]
        assert inbox(api, luis, filter={"senderId": {"eq": eva.id}}) == ["From Eva"]
        not_rosas = {"not": [{"senderId": {"eq": rosa.id}}]}
        assert inbox(api, luis, filter=not_rosas) == ["From Eva"]
        oldest_first = [{"field": "SENT_AT", "direction": "ASC"}]
        assert inbox(api, luis, orderBy=oldest_first, first=2) == ["Two", "Three"]
        page = api.read(luis, INBOX, orderBy=oldest_first, first=4)["inbox"]
        assert page["totalCount"] == 5 and page["pageInfo"]["hasNextPage"]
        after = page["pageInfo"]["endCursor"]
        assert inbox(api, luis, orderBy=oldest_first, first=4, after=after) == ["From Eva"]


def test_a_message_shows_the_viewers_own_receipt_its_sender_and_history(
    settings: Settings,
) -> None:
    with running_app(settings) as api:
        rosa, luis = api.hire("Rosa Gil", "office"), api.hire("Luis Pons", "technician")
        reception = reception_of(api)
        remind_at = MORNING + timedelta(days=1)
        body = "Take the spare roller to Talleres Pérez,\nplease."
        message_id = reception.send(
            rosa.who, [luis.who], "Roller", body=body, remind_at=remind_at, files=[b"%PDF-1.4"]
        ).id
        reception.read(luis.who, message_id)

        node = api.read(luis, MESSAGE)["inbox"]["edges"][0]["node"]
        assert (node["id"], node["subject"], node["body"]) == (str(message_id), "Roller", body)
        assert node["bodyPreview"] == "Take the spare roller to Talleres Pérez, please."
        assert (node["reminder"], node["attachmentCount"], node["version"]) == (True, 1, 2)
        assert datetime.fromisoformat(node["remindAt"]) == remind_at
        assert datetime.fromisoformat(node["readAt"]) >= datetime.fromisoformat(node["sentAt"])
        assert (node["unread"], node["archivedAt"]) == (False, None)
        assert (node["senderId"], node["sender"]) == (rosa.id, {"name": "Rosa Gil"})
        types = [event["type"] for event in node["history"]]
        assert types == ["InternalMessage.Sent", "InternalMessage.Read"]
        assert api.read(rosa, MESSAGE)["inbox"]["edges"] == []  # she sent it, not received it


def test_the_notice_board_counts_what_a_user_is_warned_of_at_login(settings: Settings) -> None:
    with running_app(settings) as api:
        ana, rosa = api.hire("Ana Ruiz", "manager"), api.hire("Rosa Gil", "office")
        reception = reception_of(api)
        shop = api.office.customer(rosa.who, "Shop")
        api.office.open(rosa.who, shop, "Fridge")  # an alert for the manager
        for hours, (text, importance) in enumerate([("Call", 2), ("Visit", 5), ("Quote", 2)]):
            taken_at = MORNING + timedelta(hours=hours)
            reception.log(rosa.who, ana.who, text, importance=importance, taken_at=taken_at)
        solved = reception.log(rosa.who, ana.who, "Solved", importance=5, taken_at=MORNING)
        reception.resolve(ana.who, solved.id, MORNING + timedelta(hours=1))
        read = reception.send(rosa.who, [ana.who], "Read").id
        reception.send(rosa.who, [ana.who], "Older")
        reception.send(rosa.who, [ana.who], "Newest")
        reception.read(ana.who, read)

        board = api.read(ana, BOARD)["noticeBoard"]
        assert board["counts"] == {"alerts": 1, "notices": 3, "messages": 2, "total": 6}
        opened = [(n["text"], n["importance"], n["standsOut"]) for n in board["openNotices"]]
        assert opened == [("Visit", 5, True), ("Call", 2, True)]  # the oldest of equal ones
        assert board["openNotices"][0]["recipient"] == {"name": "Ana Ruiz"}
        assert board["unreadMessages"] == [{"subject": "Newest", "sender": {"name": "Rosa Gil"}}]
        quiet = api.read(rosa, BOARD)["noticeBoard"]
        assert quiet == {
            "counts": {"alerts": 0, "notices": 0, "messages": 0, "total": 0},
            "openNotices": [],
            "unreadMessages": [],
        }
        too_many = "{ noticeBoard { openNotices(first: 101) { text } } }"
        assert api.errors(ana, too_many) == ["first must be between 0 and 100"]
