"""The e-mail sender reaction, called directly as the reaction runner calls it, against a real
SMTP server: each attempt is recorded sent or failed (never lost), a repeated event changes
nothing, and a retried e-mail goes out as its next attempt."""

from __future__ import annotations

from uuid import UUID

from cronica.commands.application import CronicaApplication
from cronica.commands.mailing import EmailSender, SmtpConfig, SmtpSecurity
from cronica.domain.email import Email, EmailStatus
from cronica.ops.settings import Settings
from tests.fixtures.queued_emails import INCIDENT_ID, REQUEST, email, events_of, queued
from tests.fixtures.smtp_server import free_port, smtp_server


def test_a_queued_email_is_sent_once_with_its_headers(application: CronicaApplication) -> None:
    with smtp_server() as mailbox:
        sender = EmailSender(SmtpConfig("127.0.0.1", mailbox.port, from_address="crm@acme.es"))
        mailbox.unknown.add("taller@talleres-perez.es")
        email_id = queued(application)
        (queued_event,) = events_of(application, email_id)

        sender.react(application, queued_event)
        sender.react(application, queued_event)  # delivered again: already settled

    sent = email(application, email_id)
    assert (sent.status, sent.version, sent.attempt) == (EmailStatus.SENT, 2, 1)
    assert sent.smtp_message_id == f"<{email_id}.1@acme.es>"
    assert events_of(application, email_id)[-1].actor_id == "system:email-sender"
    assert events_of(application, email_id)[-1].correlation_id == "request:mail-1"
    (received,) = mailbox.received
    assert received.recipients == ["pedro@talleres-perez.es"]
    message = received.message
    assert (message["From"], message["To"], message["Cc"]) == (
        "crm@acme.es",
        "pedro@talleres-perez.es",
        "taller@talleres-perez.es",
    )
    assert (message["Subject"], message["Message-ID"]) == (
        "Su incidencia INC-000001",
        sent.smtp_message_id,
    )
    assert message["X-Cronica-Record"] == f"incident/{INCIDENT_ID}"
    assert message.get_content().splitlines() == ["Hemos cambiado el rodillo.", "Un saludo, Ana"]
    (sent_event,) = [e for e in events_of(application, email_id) if isinstance(e, Email.Sent)]
    assert sent_event.refused == ["taller@talleres-perez.es"]


def test_a_failed_attempt_is_recorded_and_the_retry_goes_out(
    application: CronicaApplication,
) -> None:
    port = free_port()
    sender = EmailSender(SmtpConfig("127.0.0.1", port, timeout_seconds=5))
    email_id = queued(application)
    (queued_event,) = events_of(application, email_id)

    sender.react(application, queued_event)  # nobody listens on the port
    failed = email(application, email_id)
    assert (failed.status, failed.attempt) == (EmailStatus.FAILED, 1)
    assert failed.error is not None and failed.error.startswith("ConnectionRefusedError")
    sender.react(application, queued_event)
    assert email(application, email_id).version == 2

    application.write(REQUEST, lambda: [_retried(application, email_id)])
    retried_event = events_of(application, email_id)[-1]
    with smtp_server(port) as mailbox:
        sender.react(application, retried_event)
        sender.react(application, queued_event)  # the first attempt's event, again

    sent = email(application, email_id)
    assert (sent.status, sent.attempt, sent.version) == (EmailStatus.SENT, 2, 4)
    assert sent.smtp_message_id == f"<{email_id}.2@localhost>"
    assert len(mailbox.received) == 1


def _retried(app: CronicaApplication, email_id: UUID) -> Email:
    record = email(app, email_id)
    record.retry()
    return record


def test_logins_and_security_modes_that_do_not_fit_the_server_fail(
    sqlite_only_settings: Settings,
) -> None:
    app = CronicaApplication(env=sqlite_only_settings.event_store_env())
    try:
        with smtp_server(login=("ana", "s3creto")) as mailbox:
            cases = [
                (SmtpConfig("127.0.0.1", mailbox.port, "ana", "s3creto"), None),
                (SmtpConfig("127.0.0.1", mailbox.port, "ana", "wrong"), "SMTPAuthenticationError"),
                (SmtpConfig("127.0.0.1", mailbox.port, security=SmtpSecurity.SSL), "SSLError"),
                (
                    SmtpConfig("127.0.0.1", mailbox.port, security=SmtpSecurity.STARTTLS),
                    "SMTPNotSupportedError",
                ),
                (SmtpConfig(None), "SMTPException: no SMTP server is configured"),
            ]
            for config, error in cases:
                email_id = queued(app)
                EmailSender(config).react(app, events_of(app, email_id)[0])
                outcome = email(app, email_id)
                if error is None:
                    assert outcome.status is EmailStatus.SENT, outcome.error
                else:
                    assert outcome.status is EmailStatus.FAILED
                    assert outcome.error is not None and outcome.error.startswith(error), (
                        outcome.error
                    )
        assert len(mailbox.received) == 1
    finally:
        app.close()
