"""E-mail goes over STARTTLS, with the login inside the encrypted session, to a server whose
certificate is signed by an authority Cronica is told to trust (`CRONICA_SMTP_CA_FILE`); a
server it cannot verify gets nothing, and the attempt is recorded as failed."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from cronica.commands.application import CronicaApplication
from cronica.commands.mailing import EmailSender, SmtpConfig, SmtpSecurity
from cronica.domain.email import EmailStatus
from cronica.ops.settings import Settings
from tests.fixtures.queued_emails import (
    email,
    events_of,
    queued,
)
from tests.fixtures.smtp_server import smtp_server

LOGIN = ("ana", "s3creto")


@pytest.fixture
def app(sqlite_only_settings: Settings) -> Iterator[CronicaApplication]:
    application = CronicaApplication(env=sqlite_only_settings.event_store_env())
    yield application
    application.close()


def server_context(authority: trustme.CA) -> ssl.SSLContext:
    """What the server presents: a certificate for 127.0.0.1 signed by `authority`."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    return context


def test_mail_goes_over_starttls_to_a_server_signed_by_the_trusted_authority(
    app: CronicaApplication, tmp_path: Path
) -> None:
    company_ca = trustme.CA()
    ca_file = tmp_path / "company-ca.pem"
    company_ca.cert_pem.write_to_path(str(ca_file))

    with smtp_server(login=LOGIN, starttls=server_context(company_ca)) as mailbox:
        config = SmtpConfig(
            "127.0.0.1", mailbox.port, *LOGIN, security=SmtpSecurity.STARTTLS, ca_file=ca_file
        )
        email_id = queued(app)
        EmailSender(config).react(app, events_of(app, email_id)[0])

    sent = email(app, email_id)
    assert sent.status is EmailStatus.SENT, sent.error
    assert [received.recipients for received in mailbox.received] == [[*sent.to, *sent.cc]]


def test_a_server_signed_by_an_unknown_authority_gets_nothing(
    app: CronicaApplication, tmp_path: Path
) -> None:
    trusted, stranger = trustme.CA(), trustme.CA()
    ca_file = tmp_path / "company-ca.pem"
    trusted.cert_pem.write_to_path(str(ca_file))

    with smtp_server(login=LOGIN, starttls=server_context(stranger)) as mailbox:
        for ca in (ca_file, None):  # neither the company's authority nor the system's
            config = SmtpConfig(
                "127.0.0.1", mailbox.port, *LOGIN, security=SmtpSecurity.STARTTLS, ca_file=ca
            )
            email_id = queued(app)
            EmailSender(config).react(app, events_of(app, email_id)[0])
            failed = email(app, email_id)
            assert failed.status is EmailStatus.FAILED
            assert failed.error is not None and "CERTIFICATE_VERIFY_FAILED" in failed.error

    assert mailbox.received == []
