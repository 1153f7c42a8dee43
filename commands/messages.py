"""Internal message commands: send (with attachments already uploaded), read, clear the reminder,
archive. A message is private to its sender and recipients (its kind's access rule): to anyone
else it does not exist."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from cronica.commands.attachments import AttachmentStore, attached
from cronica.commands.call import CommandCall
from cronica.commands.models.messages import SendMessage
from cronica.commands.own_records import related
from cronica.commands.records import change_record, referenced
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.message import InternalMessage
from cronica.domain.user import User


def send_message(
    call: CommandCall,
    command: SendMessage,
    store: AttachmentStore,
) -> Written:
    def decide() -> list[CronicaAggregate]:
        recipients = [
            referenced(call, User, user_id, "recipient_ids").id for user_id in command.recipient_ids
        ]
        about = related(call, command.related_record)
        return [
            InternalMessage.send(
                company_id=call.who.company_id,
                sender_id=call.who.user_id,
                recipient_ids=recipients,
                subject=command.subject,
                body=command.body,
                reminder=command.reminder,
                remind_at=command.remind_at,
                related_type=about.related_type,
                related_id=about.related_id,
                attachments=attached(store, call.who.company_id, command.attachments),
            )
        ]

    return call.write(decide)


def read_message(call: CommandCall, message_id: UUID) -> Written:
    """Records the caller's read receipt; a message read before is answered unchanged."""
    return change_record(
        call,
        InternalMessage,
        message_id,
        lambda message: message.read(call.who.user_id, datetime.now(UTC)),
    )


def clear_message_reminder(call: CommandCall, message_id: UUID) -> Written:
    return change_record(
        call, InternalMessage, message_id, lambda message: message.clear_reminder(call.who.user_id)
    )


def archive_message(call: CommandCall, message_id: UUID) -> Written:
    return change_record(
        call, InternalMessage, message_id, lambda message: message.archive(call.who.user_id)
    )
