"""Sending queued e-mails through SMTP: the reaction that turns `Email.Queued` and `Email.Retried`
into a message on the wire, and records each attempt as sent or failed (never lost).

Delivery of events is at least once, so the sender does nothing for an attempt already settled.
One gap no SMTP client closes: a crash after the server accepted the message and before `Sent`
is saved sends it again; its Message-ID names the e-mail and the attempt, so the copies are the
same message to the receiving systems.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any
from uuid import UUID

from cronica.commands.application import CronicaApplication
from cronica.commands.reactions import Reaction
from cronica.commands.smtp_config import SmtpConfig, SmtpSecurity
from cronica.domain.email import FIRST_ATTEMPT, Email


def message_id_for(email_id: UUID, attempt: int, from_address: str) -> str:
    domain = from_address.rpartition("@")[2] or "localhost"
    return f"<{email_id}.{attempt}@{domain}>"


def compose(email: Email, config: SmtpConfig) -> EmailMessage:
    """The e-mail's current attempt as a MIME message (plain UTF-8 text)."""
    message = EmailMessage()
    message["From"] = config.from_address
    message["To"] = ", ".join(email.to)
    if email.cc:
        message["Cc"] = ", ".join(email.cc)
    message["Subject"] = email.subject
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = message_id_for(email.id, email.attempt, config.from_address)
    message["X-Cronica-Record"] = f"{email.related_type}/{email.related_id}"
    message.set_content(email.body)
    return message


def deliver(message: EmailMessage, config: SmtpConfig) -> list[str]:
    """Hands the message to the server; answers the addresses it refused while accepting
    others. Raises `smtplib.SMTPException` or `OSError` when nobody received it."""
    if config.host is None:
        raise smtplib.SMTPException("no SMTP server is configured (set CRONICA_SMTP_HOST)")
    context = ssl.create_default_context(cafile=config.ca_file)
    client: smtplib.SMTP
    if config.security is SmtpSecurity.SSL:
        client = smtplib.SMTP_SSL(
            config.host, config.port, timeout=config.timeout_seconds, context=context
        )
    else:
        client = smtplib.SMTP(config.host, config.port, timeout=config.timeout_seconds)
    with client:
        if config.security is SmtpSecurity.STARTTLS:
            client.starttls(context=context)
        if config.username:
            client.login(config.username, config.password or "")
        return sorted(client.send_message(message))


class EmailSender(Reaction):
    """Sends each queued attempt of an e-mail and records how it went."""

    name = "email-sender"
    handles = (Email.Queued, Email.Retried)

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config

    def react(self, app: CronicaApplication, event: Any) -> None:
        attempt = event.attempt if isinstance(event, Email.Retried) else FIRST_ATTEMPT
        email = app.find(Email, event.originator_id)
        if email is None or not email.awaits(attempt):
            return
        message = compose(email, self.config)
        try:
            refused = deliver(message, self.config)
        except (smtplib.SMTPException, OSError) as error:
            failure = f"{type(error).__name__}: {error}"
            self._record(app, event, attempt, lambda e: e.record_failure(attempt, failure))
        else:
            message_id, sent_at = str(message["Message-ID"]), datetime.now(UTC)
            self._record(
                app, event, attempt, lambda e: e.record_sent(attempt, message_id, sent_at, refused)
            )

    def _record(
        self, app: CronicaApplication, event: Any, attempt: int, outcome: Callable[[Email], None]
    ) -> None:
        """Saves the attempt's outcome, unless a rival sender settled it meanwhile."""

        def decide() -> list[Email]:
            email = app.load(Email, event.originator_id, event.company_id)
            if email.awaits(attempt):
                outcome(email)
            return [email]

        app.write(self.request_for(event), decide)
