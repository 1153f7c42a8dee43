"""E-mail commands: queue one from a record (the e-mail sender reaction sends it), retry a failed
one."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.application import CommandRequest, CronicaApplication
from cronica.commands.models.emails import QueueEmail
from cronica.commands.own_records import related
from cronica.commands.records import change_record
from cronica.commands.results import Principal, Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.email import Email


def queue_email(
    app: CronicaApplication, who: Principal, request: CommandRequest, command: QueueEmail
) -> Written:
    def decide() -> list[CronicaAggregate]:
        about = related(app, who, command.related_record)
        assert about.related_type is not None and about.related_id is not None
        return [
            Email.queue(
                company_id=who.company_id,
                sender_id=who.user_id,
                to=command.to,
                cc=command.cc,
                subject=command.subject,
                body=command.body,
                related_type=about.related_type,
                related_id=about.related_id,
            )
        ]

    return app.write(request, decide)


def retry_email(
    app: CronicaApplication, who: Principal, request: CommandRequest, email_id: UUID
) -> Written:
    return change_record(app, who, request, Email, email_id, lambda email: email.retry())
