"""Internal messages and each recipient's copy of them: the inboxes.

`internal_messages` holds one row per message; `message_recipients` one per recipient, with his
read receipt and whether he archived it. The view `inbox_entries` joins them, one row per
recipient's copy, for the `INBOX` listing; its `id` is the message's, unique within one inbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cronica.domain.message import InternalMessage
from cronica.projections.filtering import Filter
from cronica.projections.listing import Listing, OrderBy
from cronica.projections.paging import Page
from cronica.projections.projection import Projection
from cronica.projections.rows import update_stamped, utc_text
from cronica.projections.store import Cursor, Dialect, ReadStore

PREVIEW_LENGTH = 120


@dataclass(frozen=True)
class InboxEntryRow:
    """A message as one recipient (`user_id`) sees it."""

    id: str
    company_id: str
    user_id: str
    sender_id: str | None
    subject: str
    body: str
    body_preview: str
    reminder: int
    remind_at: str | None
    related_type: str | None
    related_id: str | None
    attachment_count: int
    sent_at: str
    read_at: str | None
    archived_at: str | None
    version: int


# Boolean SQL expressions, compared with a boolean parameter (0/1 on SQLite).
INBOX_FILTER_FIELDS: dict[str, str] = {
    "unread": "(read_at IS NULL)",
    "reminder": "(reminder = 1)",
    "senderId": "sender_id",
    "relatedId": "related_id",
    "subject": "subject",
    "sentAt": "sent_at",
    "readAt": "read_at",
    "remindAt": "remind_at",
}

INBOX_ORDER_FIELDS: dict[str, str] = {
    "unread": "(read_at IS NULL)",
    "sentAt": "sent_at",
    "remindAt": "remind_at",
    "subject": "subject",
}

UNREAD_FIRST = [("unread", True), ("sentAt", True)]

INBOX: Listing[InboxEntryRow] = Listing(
    table="inbox_entries",
    row_type=InboxEntryRow,
    filter_fields=INBOX_FILTER_FIELDS,
    order_fields=INBOX_ORDER_FIELDS,
    default_order=UNREAD_FIRST,
)

_VIEW = (
    "inbox_entries AS SELECT m.id AS id, r.company_id AS company_id, r.user_id AS user_id,"
    " m.sender_id AS sender_id, m.subject AS subject, m.body AS body,"
    " m.body_preview AS body_preview, m.reminder AS reminder, m.remind_at AS remind_at,"
    " m.related_type AS related_type, m.related_id AS related_id,"
    " m.attachment_count AS attachment_count, m.sent_at AS sent_at, r.read_at AS read_at,"
    " r.archived_at AS archived_at, m.version AS version"
    " FROM message_recipients r JOIN internal_messages m ON m.id = r.message_id"
)

_DDL = (
    "CREATE TABLE IF NOT EXISTS internal_messages ("
    " id TEXT PRIMARY KEY, company_id TEXT NOT NULL, sender_id TEXT, subject TEXT NOT NULL,"
    " body TEXT NOT NULL, body_preview TEXT NOT NULL, reminder INTEGER NOT NULL,"
    " remind_at TEXT, related_type TEXT, related_id TEXT, attachment_count INTEGER NOT NULL,"
    " sent_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS message_recipients ("
    " message_id TEXT NOT NULL, user_id TEXT NOT NULL, company_id TEXT NOT NULL,"
    " read_at TEXT, archived_at TEXT, PRIMARY KEY (message_id, user_id))",
    "CREATE INDEX IF NOT EXISTS message_recipients_inbox"
    " ON message_recipients (company_id, user_id, archived_at, read_at)",
)


def preview_of(body: str) -> str:
    """The body on one line, cut to PREVIEW_LENGTH characters (an ellipsis marks the cut)."""
    line = " ".join(body.split())
    return line if len(line) <= PREVIEW_LENGTH else line[: PREVIEW_LENGTH - 1].rstrip() + "…"


class MessageListProjection(Projection):
    """Rows of `internal_messages` and `message_recipients`, and the `inbox_entries` view."""

    name = "messages"
    tables = ("internal_messages", "message_recipients")
    ddl = _DDL

    def create_tables(self, cursor: Cursor, dialect: Dialect) -> None:
        super().create_tables(cursor, dialect)
        # Neither database knows the other's way to create a view only once.
        create = "CREATE OR REPLACE VIEW" if dialect == "postgres" else "CREATE VIEW IF NOT EXISTS"
        cursor.execute(f"{create} {_VIEW}")

    def drop_tables(self, cursor: Cursor) -> None:
        cursor.execute("DROP VIEW IF EXISTS inbox_entries")
        super().drop_tables(cursor)

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        message_id = str(event.originator_id)
        if isinstance(event, InternalMessage.Sent):
            self._sent(cursor, event)
            return
        if isinstance(event, InternalMessage.Read):
            cursor.execute(
                "UPDATE message_recipients SET read_at = ? WHERE message_id = ? AND user_id = ?",
                (utc_text(event.read_at), message_id, str(event.reader_id)),
            )
        elif isinstance(event, InternalMessage.Archived):
            cursor.execute(
                "UPDATE message_recipients SET archived_at = ?"
                " WHERE message_id = ? AND user_id = ?",
                (utc_text(event.timestamp), message_id, str(event.recipient_id)),
            )
        elif isinstance(event, InternalMessage.ReminderCleared):
            cursor.execute(
                "UPDATE internal_messages SET reminder = 0, remind_at = NULL WHERE id = ?",
                (message_id,),
            )
        else:
            return
        update_stamped(cursor, "internal_messages", event, "", ())

    def _sent(self, cursor: Cursor, event: InternalMessage.Sent) -> None:
        message_id, company_id = str(event.originator_id), str(event.company_id)
        sent_at = utc_text(event.timestamp)
        cursor.execute(
            "INSERT INTO internal_messages (id, company_id, sender_id, subject, body,"
            " body_preview, reminder, remind_at, related_type, related_id, attachment_count,"
            " sent_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                message_id,
                company_id,
                str(event.sender_id) if event.sender_id else None,
                event.subject,
                event.body,
                preview_of(event.body),
                int(event.reminder),
                utc_text(event.remind_at) if event.remind_at else None,
                event.related_type,
                str(event.related_id) if event.related_id else None,
                len(event.attachments),
                sent_at,
                sent_at,
                event.originator_version,
            ),
        )
        cursor.executemany(
            "INSERT INTO message_recipients (message_id, user_id, company_id, read_at,"
            " archived_at) VALUES (?, ?, ?, NULL, NULL)",
            [(message_id, str(user_id), company_id) for user_id in event.recipient_ids],
        )


def inbox_of(
    store: ReadStore,
    company_id: str,
    user_id: str,
    filter_: Filter | None,
    order_by: OrderBy,
    offset: int,
    limit: int,
    *,
    unread_only: bool = False,
    archived: bool = False,
) -> Page[InboxEntryRow]:
    """A page of the messages the user received, unread first then newest when `order_by` is
    empty: those still in his inbox, or (`archived`) those he archived."""
    where = "user_id = ? AND archived_at IS " + ("NOT NULL" if archived else "NULL")
    if unread_only:
        where += " AND read_at IS NULL"
    return INBOX.page(
        store, company_id, filter_, order_by, offset, limit, where=where, params=(user_id,)
    )
