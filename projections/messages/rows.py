"""Internal messages and each recipient's copy of them: the inboxes, and who has each message.

`internal_messages` holds one row per message; `message_attachments` one per file attached;
`message_recipients` one per recipient, with his read receipt and whether he archived it. The
view `inbox_entries` joins them, one row per recipient's copy, for the `INBOX` listing; its `id`
is the message's, unique within one inbox. The view `message_people` has one row per message and
person who has it (its sender, each recipient; once if he sent it to himself), for the `MESSAGES`
listing, read as the person's own (`Scope.own`): a sent box, one message, the messages about a
record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, ClassVar

from cronica.projections.columns import column
from cronica.projections.listing import Listing
from cronica.projections.scope import private


@dataclass(frozen=True)
class MessageColumns:
    """What every view of a message shows of it. `reminder` is the view's truth value (0 or 1
    on SQLite)."""

    id: str
    company_id: str
    sender_id: Annotated[str | None, column(filter="id")]
    subject: Annotated[str, column(filter="text", order=True)]
    body: str
    body_preview: str
    reminder: Annotated[bool, column(filter="bool", sql_type="BOOLEAN")]
    remind_at: Annotated[str | None, column(filter="time", order=True)]
    related_type: Annotated[str | None, column(filter="text")]
    related_id: Annotated[str | None, column(filter="id")]
    attachment_count: int
    sent_at: Annotated[str, column(filter="time", order=True)]
    version: int


@dataclass(frozen=True)
class InboxEntryRow(MessageColumns):
    """A message as one recipient (`user_id`) sees it. `unread` is the view's truth value."""

    scoped_by: ClassVar = private("user_id")

    user_id: str
    unread: Annotated[
        bool,
        column(
            filter="bool",
            order=True,
            order_description="Read (false) before unread when ascending.",
            sql_type="BOOLEAN",
        ),
    ]
    read_at: Annotated[str | None, column(filter="time")]
    archived_at: str | None


INBOX: Listing[InboxEntryRow] = Listing.of(
    "inbox_entries", InboxEntryRow, default_order=[("unread", True), ("sentAt", True)]
)

INBOX_VIEW = (
    "inbox_entries AS SELECT m.id AS id, r.company_id AS company_id, r.user_id AS user_id,"
    " (r.read_at IS NULL) AS unread, m.sender_id AS sender_id, m.subject AS subject,"
    " m.body AS body, m.body_preview AS body_preview, (m.reminder = 1) AS reminder,"
    " m.remind_at AS remind_at, m.related_type AS related_type, m.related_id AS related_id,"
    " m.attachment_count AS attachment_count, m.sent_at AS sent_at, r.read_at AS read_at,"
    " r.archived_at AS archived_at, m.version AS version"
    " FROM message_recipients r JOIN internal_messages m ON m.id = r.message_id"
)


@dataclass(frozen=True)
class MessageRow(MessageColumns):
    """A message as its sender and every recipient have it (`person_id`: one of them)."""

    scoped_by: ClassVar = private("person_id")

    person_id: str


MESSAGES: Listing[MessageRow] = Listing.of(
    "message_people", MessageRow, default_order=[("sentAt", True)]
)

_MESSAGE_COLUMNS = (
    "m.id AS id, m.company_id AS company_id, {person} AS person_id, m.sender_id AS sender_id,"
    " m.subject AS subject, m.body AS body, m.body_preview AS body_preview,"
    " (m.reminder = 1) AS reminder, m.remind_at AS remind_at, m.related_type AS related_type,"
    " m.related_id AS related_id, m.attachment_count AS attachment_count,"
    " m.sent_at AS sent_at, m.version AS version"
)
MESSAGE_PEOPLE_VIEW = (
    f"message_people AS SELECT {_MESSAGE_COLUMNS.format(person='m.sender_id')}"
    " FROM internal_messages m WHERE m.sender_id IS NOT NULL"
    f" UNION SELECT {_MESSAGE_COLUMNS.format(person='r.user_id')}"
    " FROM message_recipients r JOIN internal_messages m ON m.id = r.message_id"
)

MESSAGES_DDL = (
    "CREATE TABLE IF NOT EXISTS internal_messages ("
    " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, sender_id TEXT, subject TEXT NOT NULL,"
    " body TEXT NOT NULL, body_preview TEXT NOT NULL, reminder INTEGER NOT NULL,"
    " remind_at TEXT, related_type TEXT, related_id TEXT, attachment_count INTEGER NOT NULL,"
    " sent_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL)",
    # The files attached, in the order the sender gave them.
    "CREATE TABLE IF NOT EXISTS message_attachments ("
    " message_id TEXT NOT NULL, place INTEGER NOT NULL, company_id TEXT NOT NULL,"
    " name TEXT NOT NULL, media_type TEXT NOT NULL, size BIGINT NOT NULL, sha256 TEXT NOT NULL,"
    " PRIMARY KEY (message_id, place))",
    "CREATE TABLE IF NOT EXISTS message_recipients ("
    " message_id TEXT NOT NULL, user_id TEXT NOT NULL, company_id TEXT NOT NULL,"
    " read_at TEXT, archived_at TEXT, PRIMARY KEY (message_id, user_id))",
    # A sent box, and the messages about a record.
    "CREATE INDEX IF NOT EXISTS internal_messages_sender"
    " ON internal_messages (company_id, sender_id, sent_at)",
    "CREATE INDEX IF NOT EXISTS internal_messages_related"
    " ON internal_messages (company_id, related_id)",
    "CREATE INDEX IF NOT EXISTS message_recipients_inbox"
    " ON message_recipients (company_id, user_id, archived_at, read_at)",
)
