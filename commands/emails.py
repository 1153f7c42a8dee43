"""E-mail commands: queue one from a record (the e-mail sender reaction sends it), retry a failed
one. Each attempt is charged to the caller's sending ledger, within the allowance the settings
give (`CRONICA_EMAIL_RECIPIENTS_PER_EMAIL`, `CRONICA_EMAIL_RECIPIENTS_PER_HOUR`)."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from uuid import UUID

from cronica.commands.call import CommandCall
from cronica.commands.errors import RecordNotFoundError, TooManyRequestsError
from cronica.commands.models.emails import QueueEmail
from cronica.commands.own_records import related
from cronica.commands.results import Written
from cronica.domain.base import CronicaAggregate
from cronica.domain.email import Email
from cronica.domain.email_ledger import (
    SendingAllowance,
    SendingLedger,
    ledger_id_for,
    recipients_of,
)
from cronica.domain.roles import Capability, can


def queue_email(call: CommandCall, command: QueueEmail, allowance: SendingAllowance) -> Written:
    def decide() -> list[CronicaAggregate]:
        about = related(call, command.related_record)
        assert about.related_type is not None and about.related_id is not None
        email = Email.queue(
            company_id=call.who.company_id,
            sender_id=call.who.user_id,
            to=command.to,
            cc=command.cc,
            subject=command.subject,
            body=command.body,
            related_type=about.related_type,
            related_id=about.related_id,
        )
        return [email, charged(call, email, allowance)]

    return call.write(decide)


def retry_email(call: CommandCall, email_id: UUID, allowance: SendingAllowance) -> Written:
    """Queues a failed e-mail again: for its sender, or a user who administers the company; to
    anyone else it does not exist (404, before its version or status is looked at)."""

    def decide() -> list[CronicaAggregate]:
        found = call.app.load(Email, email_id, call.who.company_id)
        if found.sender_id != call.who.user_id and not can(call.who.role, Capability.ADMINISTER):
            raise RecordNotFoundError(f"no email {email_id}")
        email = call.load(Email, email_id)
        email.retry()
        return [email, charged(call, email, allowance)]

    return call.write(decide)


def charged(call: CommandCall, email: Email, allowance: SendingAllowance) -> SendingLedger:
    """The caller's sending ledger with the e-mail's current attempt counted, to save with it;
    refused (429, nothing saved) while the attempt would take him over the hour's allowance."""
    company_id, user_id = call.who.company_id, call.who.user_id
    ledger = call.app.find(SendingLedger, ledger_id_for(company_id, user_id))
    ledger = ledger or SendingLedger(company_id=company_id, user_id=user_id)
    now, recipients = datetime.now(UTC), recipients_of([*email.to, *email.cc])
    wait = ledger.wait_before(recipients, now, allowance)
    if wait.total_seconds() > 0:
        seconds = math.ceil(wait.total_seconds())
        raise TooManyRequestsError(
            f"you may send to {allowance.per_window} outside addresses per hour; this e-mail's "
            f"{recipients} fit in {seconds} seconds",
            retry_after=seconds,
        )
    ledger.charge(email.id, recipients, now)
    return ledger
