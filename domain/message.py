"""An internal message between users of a company: read receipts, a reminder flag, attachments.

A message sent by a rule (an incident assigned to a technician) names the event that caused it in
`caused_by`; its id derives from that key, so a rule that runs twice for one event meets the
message it already sent. Such a message has no sender user (`sender_id` None).

Attachments are named by their SHA-256 digest: the bytes live in a store outside the events, put
there before the message naming them is sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import ClassVar
from uuid import UUID

from eventsourcing.domain import event

from cronica.domain.attachment import Attachment, AttachmentData
from cronica.domain.base import CronicaAggregate, people_named
from cronica.domain.errors import (
    IllegalTransitionError,
    InvalidReminderError,
    NoRecipientError,
    NotARecipientError,
)
from cronica.domain.moments import require_aware
from cronica.domain.ownership import id_caused_by
from cronica.domain.record_rules import RecordRule


class InternalMessage(CronicaAggregate):
    """A message from a user (or a rule) to one or more users of the same company. Each
    recipient reads and archives his own copy; the reminder flag, set when it is sent, keeps
    it among the reminders of sender and recipients until one of them clears it."""

    access_rule: ClassVar[RecordRule] = RecordRule.PRIVATE

    @property
    def people(self) -> frozenset[UUID]:
        """Its sender and recipients."""
        return people_named(self.sender_id, *self.recipient_ids)

    class Sent(CronicaAggregate.Created):
        sender_id: UUID | None
        recipient_ids: list[UUID]
        subject: str
        body: str
        reminder: bool
        remind_at: datetime | None
        related_type: str | None
        related_id: UUID | None
        attachments: list[AttachmentData]
        caused_by: str | None

    class Read(CronicaAggregate.Event):
        """The read receipt of one recipient."""

        reader_id: UUID
        read_at: datetime

    class ReminderCleared(CronicaAggregate.Event):
        cleared_by: UUID

    class Archived(CronicaAggregate.Event):
        recipient_id: UUID

    @staticmethod
    def create_id(caused_by: str | None) -> UUID:
        """Derived from `caused_by` when given (a repeated rule sends the same message),
        else new."""
        return id_caused_by("message", caused_by)

    @classmethod
    def send(
        cls,
        *,
        company_id: UUID,
        sender_id: UUID | None,
        recipient_ids: Sequence[UUID],
        subject: str,
        body: str,
        reminder: bool = False,
        remind_at: datetime | None = None,
        related_type: str | None = None,
        related_id: UUID | None = None,
        attachments: Sequence[Attachment] = (),
        caused_by: str | None = None,
    ) -> InternalMessage:
        """Sends a message to the recipients given (each once, in the order given)."""
        recipients = list(dict.fromkeys(recipient_ids))
        if not recipients:
            raise NoRecipientError("an internal message needs at least one recipient")
        if remind_at is not None:
            require_aware(remind_at, "the time to remind")
            if not reminder:
                raise InvalidReminderError("a time to remind needs the reminder flag")
        for attachment in attachments:
            attachment.check()
        return cls(
            company_id=company_id,
            sender_id=sender_id,
            recipient_ids=recipients,
            subject=subject,
            body=body,
            reminder=reminder,
            remind_at=remind_at,
            related_type=related_type,
            related_id=related_id,
            attachments=[attachment.to_event_data() for attachment in attachments],
            caused_by=caused_by,
        )

    @event(Sent)
    def __init__(
        self,
        company_id: UUID,
        sender_id: UUID | None,
        recipient_ids: list[UUID],
        subject: str,
        body: str,
        reminder: bool,
        remind_at: datetime | None,
        related_type: str | None,
        related_id: UUID | None,
        attachments: list[AttachmentData],
        caused_by: str | None,
    ) -> None:
        self.company_id = company_id
        self.sender_id = sender_id
        self.recipient_ids = list(recipient_ids)
        self.subject = subject
        self.body = body
        self.reminder = reminder
        self.remind_at = remind_at
        self.related_type = related_type
        self.related_id = related_id
        self.attachments = [Attachment.from_event_data(data) for data in attachments]
        self.caused_by = caused_by
        self.read_at: dict[UUID, datetime] = {}
        self.archived_by: set[UUID] = set()

    def concerns(self, user_id: UUID) -> bool:
        """True for its sender and its recipients: the users who may see it."""
        return user_id == self.sender_id or user_id in self.recipient_ids

    def _require_recipient(self, user_id: UUID, action: str) -> None:
        if user_id not in self.recipient_ids:
            raise NotARecipientError(f"only its recipients {action} a message; {user_id} is not")

    def read(self, reader_id: UUID, at: datetime) -> bool:
        """Records the recipient's read receipt; False (and no event) when he had read it."""
        self._require_recipient(reader_id, "read")
        require_aware(at, "the time of reading")
        if reader_id in self.read_at:
            return False
        self._read(reader_id=reader_id, read_at=at)
        return True

    @event(Read)
    def _read(self, reader_id: UUID, read_at: datetime) -> None:
        self.read_at[reader_id] = read_at

    def clear_reminder(self, user_id: UUID) -> None:
        """Its sender or one of its recipients stops following the message, for all of them."""
        if not self.concerns(user_id):
            raise NotARecipientError(f"{user_id} neither sent nor received the message")
        if not self.reminder:
            raise IllegalTransitionError("the message has no reminder to clear")
        self._reminder_cleared(cleared_by=user_id)

    @event(ReminderCleared)
    def _reminder_cleared(self, cleared_by: UUID) -> None:
        self.reminder = False
        self.remind_at = None

    def archive(self, recipient_id: UUID) -> None:
        """Moves the message out of the recipient's inbox (for him alone)."""
        self._require_recipient(recipient_id, "archive")
        if recipient_id in self.archived_by:
            raise IllegalTransitionError("the message is already archived")
        self._archived(recipient_id=recipient_id)

    @event(Archived)
    def _archived(self, recipient_id: UUID) -> None:
        self.archived_by.add(recipient_id)
