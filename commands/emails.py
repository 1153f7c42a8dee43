"""E-mail commands: queue one from a record (the e-mail sender reaction sends it), retry a failed
one."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.models.emails import QueueEmail
from cronica.commands.own_records import related
from cronica.commands.records import change_record
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.email import Email


def queue_email(call: CommandCall, command: QueueEmail) -> Written:
    def decide() -> list[CronicaAggregate]:
        about = related(call, command.related_record)
        assert about.related_type is not None and about.related_id is not None
        return [
            Email.queue(
                company_id=call.who.company_id,
                sender_id=call.who.user_id,
                to=command.to,
                cc=command.cc,
                subject=command.subject,
                body=command.body,
                related_type=about.related_type,
                related_id=about.related_id,
            )
        ]

    return call.write(decide)


def retry_email(call: CommandCall, email_id: UUID) -> Written:
    return change_record(call, Email, email_id, lambda email: email.retry())
