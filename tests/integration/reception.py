"""The notices and internal messages of an office's staff, issued through the command functions as
the HTTP API would: calls taken for someone, forwarded, worked on, resolved, reopened; messages
sent, read, their reminder cleared, archived."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from cronica.commands.attachment_store import DatabaseAttachmentStore
from cronica.commands.attachments import AttachmentStore
from cronica.commands.messages import (
    archive_message,
    clear_message_reminder,
    read_message,
    send_message,
)
from cronica.commands.models.messages import AttachmentReference, SendMessage
from cronica.commands.models.notices import (
    ForwardNotice,
    LogNotice,
    NoteNoticeAction,
    ReopenNotice,
    ResolveNotice,
)
from cronica.commands.notices import (
    forward_notice,
    log_notice,
    note_notice_action,
    reopen_notice,
    resolve_notice,
)
from cronica.commands.results import Principal, Written
from cronica.projections.store import SQLiteReadStore
from tests.integration.office import Office, call_of


def attachments_in_memory() -> DatabaseAttachmentStore:
    """An attachment store of its own (an in-memory SQLite database), for work that has no
    container's store at hand; only the thread that made it may use it."""
    store = DatabaseAttachmentStore(SQLiteReadStore(":memory:"), max_bytes=1_000_000)
    store.setup()
    return store


@dataclass
class Reception:
    """The office's notices and messages; `attachments` holds the bytes messages attach (a
    store of its own unless given the process's)."""

    office: Office
    attachments: AttachmentStore = field(default_factory=attachments_in_memory)

    def log(
        self,
        who: Principal,
        recipient: Principal,
        text: str,
        *,
        customer_id: UUID | None = None,
        caller_kind: str = "customer",
        importance: int = 3,
        code: str = "call_back",
        taken_at: datetime | None = None,
    ) -> Written:
        command = LogNotice.model_validate(
            {
                "callerKind": caller_kind,
                "customerId": customer_id,
                "callerName": None if customer_id else "Caller of " + text,
                "callerPhone": "600 123 456",
                "recipientId": recipient.user_id,
                "code": code,
                "text": text,
                "importance": importance,
                "takenAt": taken_at,
            }
        )
        return log_notice(call_of(self.office.app, who), command)

    def forward(self, who: Principal, notice_id: UUID, to: Principal) -> Written:
        command = ForwardNotice(recipient_id=to.user_id, comment="yours, I think")
        return forward_notice(call_of(self.office.app, who), notice_id, command)

    def note_action(self, who: Principal, notice_id: UUID, done_at: datetime) -> Written:
        command = NoteNoticeAction(description="Called back", done_at=done_at)
        return note_notice_action(call_of(self.office.app, who), notice_id, command)

    def resolve(
        self, who: Principal, notice_id: UUID, resolved_at: datetime, code: str = "solved"
    ) -> Written:
        command = ResolveNotice(
            department="Sales",
            work_centre="Valencia",
            resolution_code=code,
            solution="Sorted out",
            resolved_at=resolved_at,
        )
        return resolve_notice(call_of(self.office.app, who), notice_id, command)

    def reopen(self, who: Principal, notice_id: UUID) -> Written:
        command = ReopenNotice(reason="He called again")
        return reopen_notice(call_of(self.office.app, who), notice_id, command)

    def send(
        self,
        who: Principal,
        recipients: Sequence[Principal],
        subject: str,
        *,
        body: str = "Please see to it.",
        reminder: bool = False,
        remind_at: datetime | None = None,
        files: Sequence[bytes] = (),
    ) -> Written:
        """Sends a message with the files attached, followed (its reminder flag set) when
        `reminder` or `remind_at` is given."""
        attached = [
            AttachmentReference(
                sha256=self.attachments.put(who.company_id, content), name=f"file-{n}.txt"
            )
            for n, content in enumerate(files)
        ]
        command = SendMessage(
            recipient_ids=[recipient.user_id for recipient in recipients],
            subject=subject,
            body=body,
            reminder=reminder or remind_at is not None,
            remind_at=remind_at,
            attachments=attached,
        )
        app = self.office.app
        return send_message(call_of(app, who), command, self.attachments)

    def read(self, who: Principal, message_id: UUID) -> Written:
        return read_message(call_of(self.office.app, who), message_id)

    def clear_reminder(self, who: Principal, message_id: UUID) -> Written:
        return clear_message_reminder(call_of(self.office.app, who), message_id)

    def archive(self, who: Principal, message_id: UUID) -> Written:
        return archive_message(call_of(self.office.app, who), message_id)
