"""The internal messages' projection: `internal_messages` and `message_recipients` as the
messages' events left them, and the view `inbox_entries` over both (`rows`)."""

from __future__ import annotations

from typing import Any

from cronica.domain.message import InternalMessage
from cronica.projections.messages.rows import INBOX_VIEW, MESSAGE_PEOPLE_VIEW, MESSAGES_DDL
from cronica.projections.projection import Projection
from cronica.projections.rows import id_text, update_stamped, utc_text
from cronica.projections.store import Cursor, Dialect

PREVIEW_LENGTH = 120


def preview_of(body: str) -> str:
    """The body on one line, cut to PREVIEW_LENGTH characters (an ellipsis marks the cut)."""
    line = " ".join(body.split())
    return line if len(line) <= PREVIEW_LENGTH else line[: PREVIEW_LENGTH - 1].rstrip() + "…"


class MessageListProjection(Projection):
    """Rows of `internal_messages` and `message_recipients`, and the views `inbox_entries` and
    `message_people` over them."""

    name = "messages"
    tables = ("internal_messages", "message_attachments", "message_recipients")
    ddl = MESSAGES_DDL

    def create_tables(self, cursor: Cursor, dialect: Dialect) -> None:
        super().create_tables(cursor, dialect)
        # Neither database knows the other's way to create a view only once.
        create = "CREATE OR REPLACE VIEW" if dialect == "postgres" else "CREATE VIEW IF NOT EXISTS"
        cursor.execute(f"{create} {INBOX_VIEW}")
        cursor.execute(f"{create} {MESSAGE_PEOPLE_VIEW}")

    def drop_tables(self, cursor: Cursor) -> None:
        cursor.execute("DROP VIEW IF EXISTS inbox_entries")
        cursor.execute("DROP VIEW IF EXISTS message_people")
        super().drop_tables(cursor)

    def apply(self, cursor: Cursor, event: Any, position: int) -> None:
        message_id = id_text(event.originator_id)
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
        message_id, company_id = id_text(event.originator_id), id_text(event.company_id)
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
            "INSERT INTO message_attachments (message_id, place, company_id, name, media_type,"
            " size, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (message_id, place, company_id, f["name"], f["media_type"], f["size"], f["sha256"])
                for place, f in enumerate(event.attachments)
            ],
        )
        cursor.executemany(
            "INSERT INTO message_recipients (message_id, user_id, company_id, read_at,"
            " archived_at) VALUES (?, ?, ?, NULL, NULL)",
            [(message_id, str(user_id), company_id) for user_id in event.recipient_ids],
        )
