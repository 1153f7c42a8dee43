"""Internal message commands: send (with attachments already uploaded), read, clear the reminder,
archive. A message is private to its sender and recipients: to anyone else it does not exist."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from uuid import UUID

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.attachments import AttachmentStore, attached
from cronica.commands.errors import RecordNotFoundError
from cronica.commands.models.messages import SendMessage
from cronica.commands.own_records import related
from cronica.commands.records import change_record, referenced
from cronica.commands.results import Principal, Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.message import InternalMessage
from cronica.domain.user import User


def send_message(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    command: SendMessage,
    store: AttachmentStore,
) -> Written:
    def decide() -> list[CronicaAggregate]:
        recipients = [
            referenced(app, User, user_id, who.company_id, "recipient_ids").id
            for user_id in command.recipient_ids
        ]
        about = related(app, who, command.related_record)
        return [
            InternalMessage.send(
                company_id=who.company_id,
                sender_id=who.user_id,
                recipient_ids=recipients,
                subject=command.subject,
                body=command.body,
                reminder=command.reminder,
                remind_at=command.remind_at,
                related_type=about.related_type,
                related_id=about.related_id,
                attachments=attached(store, who.company_id, command.attachments),
            )
        ]

    return app.write(request, decide)


def _change_message(
    app: CronicaApplication,
    who: Principal,
    request: CommandRequest,
    message_id: UUID,
    change: Callable[[InternalMessage], object],
) -> Written:
    """`change_record` for the message's sender and recipients; others are told what an
    unknown id tells them."""

    def checked(message: InternalMessage) -> None:
        if not message.concerns(who.user_id):
            raise RecordNotFoundError(f"no {InternalMessage.__name__.lower()} {message_id}")
        change(message)

    return change_record(app, who, request, InternalMessage, message_id, checked)


def read_message(
    app: CronicaApplication, who: Principal, request: CommandRequest, message_id: UUID
) -> Written:
    """Records the caller's read receipt; a message read before is answered unchanged."""
    return _change_message(
        app, who, request, message_id, lambda message: message.read(who.user_id, datetime.now(UTC))
    )


def clear_message_reminder(
    app: CronicaApplication, who: Principal, request: CommandRequest, message_id: UUID
) -> Written:
    return _change_message(
        app, who, request, message_id, lambda message: message.clear_reminder(who.user_id)
    )


def archive_message(
    app: CronicaApplication, who: Principal, request: CommandRequest, message_id: UUID
) -> Written:
    return _change_message(
        app, who, request, message_id, lambda message: message.archive(who.user_id)
    )
